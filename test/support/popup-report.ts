// The popup's report view rendered on a tab state: the preamble the popup DOM tests share.
import { h, render } from 'preact';
import type { PopupActions } from '../../src/pages/popup/actions';
import { ReportView } from '../../src/pages/popup/report-view';
import { emptyTabState, type TabState } from '../../src/shared/tab-state';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';

/** An analysed legal page with no finding (grade A), changed by `patch`. */
export function analysedState(url: string, patch: Partial<TabState> = {}): TabState {
  return {
    ...emptyTabState(7, url, 'analysed'),
    title: 'Terms of Service',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: [] },
    analysis: {
      analyserVersion: 'test-1',
      languageSupported: true,
      findings: [],
      summary: {
        grade: 'A',
        score: 100,
        counts: Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>,
        driver: '',
      },
    },
    lang: 'en',
    seenAt: Date.UTC(2024, 0, 1),
    ...patch,
  };
}

/** The report view only calls its actions on clicks; a test that clicks nothing gets these. */
export const unusedActions = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) }) as PopupActions;

export function showReport(state: TabState): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ReportView, { state, tabId: state.tabId, actions: unusedActions, onRefresh: async () => undefined }), root);
  return root;
}
