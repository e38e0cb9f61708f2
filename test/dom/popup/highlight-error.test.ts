// A painting problem shows as a note beside a complete report, never in place of it.
import { afterEach, describe, expect, it } from 'vitest';
import { analysedState, showReport } from '../../support/popup-report';

const show = (highlightError: string | null): HTMLElement =>
  showReport(analysedState('https://example.com/terms', { highlightError }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup report: highlight problem', () => {
  it('is a note beside the grade, which stays', () => {
    const root = show('host element refused');
    expect(root.querySelector('.highlight-error')?.textContent).toContain(
      'The highlights could not be shown on this page (host element refused)',
    );
    expect(root.querySelector('.grade')?.textContent).toBe('A');
  });

  it('is absent when painting went fine', () => {
    expect(show(null).querySelector('.highlight-error')).toBeNull();
  });
});
