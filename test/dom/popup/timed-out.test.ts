// An analysis the watchdog gave up on is said plainly in the popup, with a way to try again.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotLegalView } from '../../../src/pages/popup/not-legal-view';
import { emptyTabState } from '../../../src/shared/tab-state';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup: analysis abandoned by the watchdog', () => {
  it('says the page took too long to analyse, and offers to try again', () => {
    const root = document.createElement('div');
    document.body.append(root);
    let asked = 0;
    const state = {
      ...emptyTabState(3, 'https://example.com/terms', 'timed-out'),
      error: 'This page took too long to analyse: The analysis took longer than 20 s and was stopped.',
    };
    render(h(NotLegalView, { state, onAnalyse: () => void asked++ }), root);
    expect(root.querySelector('#not-legal-title')?.textContent).toBe('This page took too long to analyse');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/stay responsive/);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    button!.click();
    expect(asked).toBe(1);
  });
});
