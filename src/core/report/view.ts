// Settings belong to the view, not to the record: a report holds every finding at every sensitivity (each marked with
// the lowest sensitivity that shows it), and whoever shows it filters by the user's settings of that moment. The
// grade is computed from what is shown: turning a category off takes it out of the grade too, as a user expects.
import { summaryOf } from '../score';
import {
  CATEGORY_IDS,
  SENSITIVITIES,
  type AnalysisResult,
  type CategoryId,
  type Finding,
  type Sensitivity,
} from '../types';

/** What the user chose to see (Options): the categories and the sensitivity. */
export interface ViewSettings {
  categories: readonly CategoryId[];
  sensitivity: Sensitivity;
}

/** The extension's default settings, the CLI's and the evaluation's: every category, sensitivity normal. */
export const DEFAULT_VIEW: ViewSettings = { categories: CATEGORY_IDS, sensitivity: 'normal' };

const rank = (s: Sensitivity): number => SENSITIVITIES.indexOf(s);

/**
 * Whether a finding shows at this sensitivity. A finding of a record analysed under one user's settings, before the
 * analysis covered every sensitivity, has no mark and shows at all of them (it is what that analysis found).
 */
export function shownAt(f: Finding, sensitivity: Sensitivity): boolean {
  if (f.shownFrom !== undefined && rank(f.shownFrom) > rank(sensitivity)) return false;
  return !(f.hiddenFrom !== undefined && rank(sensitivity) >= rank(f.hiddenFrom));
}

/** The findings these settings show. */
export function findingsShown(findings: readonly Finding[], view: ViewSettings): Finding[] {
  const categories = new Set(view.categories);
  return findings.filter((f) => categories.has(f.category) && shownAt(f, view.sensitivity));
}

/**
 * An analysis as these settings show it: its findings filtered, and its summary (the grade too) recomputed from them
 * for the document as detected.
 */
export function viewOf(
  analysis: AnalysisResult,
  doc: { isLegal: boolean; wordCount: number },
  view: ViewSettings,
): AnalysisResult {
  const findings = findingsShown(analysis.findings, view);
  return {
    ...analysis,
    findings,
    summary: summaryOf({ languageSupported: analysis.languageSupported, findings }, doc),
  };
}
