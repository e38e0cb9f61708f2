// Settings apply when a report is shown (issue 17): the tab's report holds every finding at every sensitivity, and a
// change of sensitivity in Options changes the popup at its next read, with no new analysis.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/pages/popup/app';
import type { PopupActions } from '../../../src/pages/popup/actions';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';
import { tabStateAsShown } from '../../../src/shared/tab-view';
import { analyzeText } from '../../../src/core/analyze';
import { CATEGORY_LABELS } from '../../../src/core/categories';
import { DEFAULT_VIEW, type ViewSettings } from '../../../src/core/report/view';

afterEach(() => {
  document.body.innerHTML = '';
});

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('popup: settings apply when the report is shown', () => {
  it('shows a weak signal once sensitivity is high, without analysing again', async () => {
    const text = 'We use Matomo and Segment for this purpose. We may sell your personal information to advertisers.';
    let analyses = 0;
    const analyse = (): ReturnType<typeof analyzeText> => {
      analyses++;
      // Rules only: the model reads "Matomo and Segment" as tracking at every sensitivity, no weak signal.
      return analyzeText(text, { sensitivity: 'every', model: 'off' });
    };
    const { clauses, ...analysis } = analyse();
    const stored: TabState = {
      ...emptyTabState(7, 'https://example.com/terms', 'analysed'),
      detection: { kind: 'terms', isLegal: true, confidence: 1, reasons: [] },
      analysis,
      wordCount: 400,
      flaggedClauses: clauses,
    };
    // The background answers get-tab-state with the stored report as the current settings show it.
    let view: ViewSettings = DEFAULT_VIEW;
    let listener: (() => void) | null = null;
    const actions = {
      resolveTabId: () => Promise.resolve(7),
      getTabState: () => Promise.resolve(tabStateAsShown(stored, view)),
      siteEnabled: () => Promise.resolve(true),
      markSeen: () => Promise.resolve(),
      watchTabState: (_tabId: number, onChange: () => void) => {
        listener = onChange;
        return () => (listener = null);
      },
    } as unknown as PopupActions;
    const root = document.createElement('div');
    document.body.append(root);
    render(h(App, { actions }), root);
    await settle();
    const saleLabel = CATEGORY_LABELS.data_sale;
    const trackingLabel = CATEGORY_LABELS.tracking;
    expect(root.textContent).toContain(saleLabel);
    expect(root.textContent).not.toContain(trackingLabel);
    const gradeBefore = root.querySelector('.grade-card')?.textContent;

    // Options: sensitivity high (storage.local changes, and the popup's watch reads the state again).
    view = { ...DEFAULT_VIEW, sensitivity: 'high' };
    listener!();
    await settle();
    expect(root.textContent).toContain(trackingLabel);
    // And a category turned off leaves the view, and the grade.
    view = { categories: DEFAULT_VIEW.categories.filter((c) => c !== 'data_sale'), sensitivity: 'normal' };
    listener!();
    await settle();
    expect(root.textContent).not.toContain(saleLabel);
    expect(root.querySelector('.grade-card')?.textContent).not.toBe(gradeBefore);
    expect(analyses).toBe(1);
  });
});
