// A painting problem shows as a note beside a complete report, never in place of it.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupActions } from '../../../src/pages/popup/actions';
import { ReportView } from '../../../src/pages/popup/report-view';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';

function analysedState(highlightError: string | null): TabState {
  return {
    ...emptyTabState(7, 'https://example.com/terms', 'analysed'),
    title: 'Terms of Service',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: [] },
    analysis: {
      analyserVersion: 'test-1',
      languageSupported: true,
      findings: [],
      summary: {
        grade: 'A',
        score: 100,
        counts: {
          ai_training: 0,
          data_sharing: 0,
          data_sale: 0,
          content_licence: 0,
          tracking: 0,
          retention: 0,
          terms_change: 0,
        },
        driver: '',
      },
    },
    lang: 'en',
    seenAt: Date.UTC(2024, 0, 1),
    highlightError,
  };
}

const actions = new Proxy({}, { get: () => () => Promise.reject(new Error('not used')) }) as PopupActions;

function show(state: TabState): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ReportView, { state, tabId: 7, actions, onRefresh: async () => undefined }), root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup report: highlight problem', () => {
  it('is a note beside the grade, which stays', () => {
    const root = show(analysedState('host element refused'));
    expect(root.querySelector('.highlight-error')?.textContent).toContain(
      'The highlights could not be shown on this page (host element refused)',
    );
    expect(root.querySelector('.grade')?.textContent).toBe('A');
  });

  it('is absent when painting went fine', () => {
    expect(show(analysedState(null)).querySelector('.highlight-error')).toBeNull();
  });
});
