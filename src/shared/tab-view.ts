// A tab's report as the user's settings show it: the stored report holds every finding at every sensitivity, and the
// popup gets the findings and the grade of what the user chose to see (core/report/view.ts).
import { viewOf, type ViewSettings } from '../core/report/view';
import type { TabState } from './tab-state';

export function tabStateAsShown(state: TabState, view: ViewSettings): TabState {
  if (!state.analysis) return state;
  const doc = { isLegal: state.detection?.isLegal ?? false, wordCount: state.wordCount };
  return { ...state, analysis: viewOf(state.analysis, doc, view) };
}
