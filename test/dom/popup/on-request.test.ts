// A page analysed on request that does not look legal is shown, not graded, and kept in history only if asked.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportView } from '../../../src/pages/popup/report-view';
import type { PopupActions } from '../../../src/pages/popup/actions';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';
import { summarize } from '../../../src/core/score';

afterEach(() => {
  document.body.innerHTML = '';
});

function stateOf(isLegal: boolean): TabState {
  return {
    ...emptyTabState(5, 'https://shop.example/product', 'analysed'),
    detection: { isLegal, kind: isLegal ? 'terms' : 'other', confidence: 0.2, reasons: [] },
    analysis: {
      analyserVersion: 't',
      languageSupported: true,
      findings: [],
      summary: summarize([], isLegal ? null : 'not-legal'),
    },
  } as TabState;
}

describe('popup: analysed on request', () => {
  it('says the page is not graded or kept, and keeps it when asked', async () => {
    const asked: Array<[number, boolean | undefined]> = [];
    let refreshed = 0;
    const actions = {
      analyseAnyway: (tabId: number, keep?: boolean) => {
        asked.push([tabId, keep]);
        return Promise.resolve(stateOf(false));
      },
    } as unknown as PopupActions;
    const root = document.createElement('div');
    document.body.append(root);
    render(
      h(ReportView, { state: stateOf(false), tabId: 5, actions, onRefresh: () => Promise.resolve(void refreshed++) }),
      root,
    );
    expect(root.querySelector('.grade')?.textContent).toBe('–');
    expect(root.querySelector('.on-request')?.textContent).toMatch(/not graded or kept in your history/);
    (root.querySelector('button.keep') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual([[5, true]]);
    expect(refreshed).toBe(1);
  });

  it('says nothing of the kind on a legal page', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      h(ReportView, {
        state: stateOf(true),
        tabId: 5,
        actions: {} as PopupActions,
        onRefresh: () => Promise.resolve(),
      }),
      root,
    );
    expect(root.querySelector('.on-request')).toBeNull();
    expect(root.querySelector('.grade')?.textContent).toBe('A');
  });
});
