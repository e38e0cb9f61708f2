// The grade: the ONE place that defines what a right costs, the 0–100 score, the A–E letters and when a page gets no
// grade. The explanation people read is generated from these same constants.
import { CATEGORY_LABELS } from '../categories';
import { CONDITION_SEVERITY_STEPS } from '../analyze/severity';
import {
  CATEGORY_IDS,
  SEVERITIES,
  type CategoryId,
  type Finding,
  type Grade,
  type RiskSummary,
  type Severity,
  type UngradedReason,
} from '../types';
import { rightsOf, type Right } from './rights';

export { mentionsOf, rightsOf, stanceRank, type Right } from './rights';

/**
 * Points one right costs, by the severity of its strongest clause. That severity already carries the consent
 * discount (a conditional finding is CONDITION_SEVERITY_STEPS lower, analyze/severity.ts); a right the company rules
 * out costs nothing.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { high: 20, medium: 8, low: 3 };
/** One category can cost at most this much. */
export const CATEGORY_CAP = 30;
/**
 * Lowest score for each grade, best first. Calibrated on the development part of the real-document yardstick (terms
 * and privacy documents detected as legal, `npm run eval -- real` prints their score deciles): round numbers near the
 * deciles so that each letter holds between a tenth and a quarter of real documents, never more than 40%.
 */
export const GRADE_THRESHOLDS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 80],
  ['B', 65],
  ['C', 50],
  ['D', 35],
  ['E', 0],
];
/** Shorter documents get no grade: a stub or a cookie banner says too little to be graded. */
export const MIN_GRADED_WORDS = 150;

export type { UngradedReason } from '../types';

/** Why a page has no grade, in words for the popup, the exports and the CLI. */
export const UNGRADED_WORDS: Readonly<Record<UngradedReason, string>> = {
  'not-legal': 'Not graded: this page does not look like terms of service or a privacy policy',
  'too-short': `Not graded: the text is under ${MIN_GRADED_WORDS} words, too short to grade`,
  language: 'Not graded: this language is not analysed yet, so no findings is not an all-clear',
};

const STEP_WORDS = ['no', 'one', 'two', 'three'];

/** How the grade is computed, in plain words, from the constants above. */
export function gradingExplanation(): string {
  const w = SEVERITY_WEIGHTS;
  const bands = GRADE_THRESHOLDS.filter(([, min]) => min > 0)
    .map(([g, min]) => `${g} ${min}+`)
    .join(', ');
  const lowest = GRADE_THRESHOLDS[GRADE_THRESHOLDS.length - 1]![0];
  const lastMin = GRADE_THRESHOLDS[GRADE_THRESHOLDS.length - 2]![1];
  return (
    `The grade counts rights, not sentences: what the document lets the company do, however often it says so. ` +
    `Each right costs points by its severity: high ${w.high}, medium ${w.medium}, low ${w.low}. ` +
    `A right that applies unless you opt out is ${STEP_WORDS[CONDITION_SEVERITY_STEPS.opt_out]} severity step lower, ` +
    `one that applies only after you opt in ${STEP_WORDS[CONDITION_SEVERITY_STEPS.opt_in]} steps lower, and one the ` +
    `company rules out (such as "we do not sell your data") costs nothing. Each category costs at most ${CATEGORY_CAP} ` +
    `points. The score is 100 minus the cost: ${bands}, ${lowest} below ${lastMin}. Pages that are not terms or ` +
    `policies, texts under ${MIN_GRADED_WORDS} words and languages not analysed yet get no grade. The grade reflects ` +
    `only what the analyser found in this text; it is not legal advice.`
  );
}

export const GRADING_EXPLANATION = gradingExplanation();

export function rightCost(r: Right): number {
  return r.stance === 'restrict' ? 0 : SEVERITY_WEIGHTS[r.severity];
}

export function gradeFor(score: number): Grade {
  for (const [grade, min] of GRADE_THRESHOLDS) if (score >= min) return grade;
  return 'E';
}

function scoreOfRights(rights: readonly Right[]): number {
  const costs = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const r of rights) costs[r.category] += rightCost(r);
  const total = CATEGORY_IDS.reduce((sum, c) => sum + Math.min(CATEGORY_CAP, costs[c]), 0);
  return Math.max(0, Math.round(100 - total));
}

/** Why a document with this analysis gets no grade, or null when it is graded. */
export function ungradedReason(ctx: {
  languageSupported: boolean;
  isLegal: boolean;
  wordCount: number;
}): UngradedReason | null {
  if (!ctx.isLegal) return 'not-legal';
  if (!ctx.languageSupported) return 'language';
  if (ctx.wordCount < MIN_GRADED_WORDS) return 'too-short';
  return null;
}

/** Grade, score, per-category counts and a one-line driver for a set of findings (graded unless told why not). */
export function summarize(all: readonly Finding[], ungraded: UngradedReason | null = null): RiskSummary {
  // A mention (a pointer, explanation or definition that names a right) takes no right: it neither costs nor counts.
  const findings = all.filter((f) => !f.role);
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const f of findings) counts[f.category]++;
  if (ungraded) return { grade: null, score: null, ungraded, counts, driver: UNGRADED_WORDS[ungraded] };
  const rights = rightsOf(findings);
  const score = scoreOfRights(rights);
  return { grade: gradeFor(score), score, counts, driver: driverText(rights) };
}

/** The summary of a language the analyser does not read: no grade, and no findings is not an all-clear. */
export function notAnalysedSummary(): RiskSummary {
  return summarize([], 'language');
}

/**
 * The summary of an analysis, recomputed from its findings by the side that shows it (whoever sent the findings), for
 * a document as detected: graded only when it is legal text, long enough, in a language the analyser reads.
 */
export function summaryOf(
  result: { languageSupported: boolean; findings: readonly Finding[] },
  doc: { isLegal: boolean; wordCount: number },
): RiskSummary {
  return summarize(result.findings, ungradedReason({ languageSupported: result.languageSupported, ...doc }));
}

export interface GradeDriver {
  right: Right;
  cost: number;
  /** The grade the document would get without this right. */
  gradeWithout: Grade;
}

/** The rights that cost the most, worst first, each with the grade the document would have without it. */
export function gradeDrivers(findings: readonly Finding[], limit = 3): GradeDriver[] {
  const rights = rightsOf(findings);
  return rights
    .map((right) => ({ right, cost: rightCost(right) }))
    .filter((d) => d.cost > 0)
    .sort((a, b) => b.cost - a.cost)
    .slice(0, limit)
    .map((d) => ({ ...d, gradeWithout: gradeFor(scoreOfRights(rights.filter((r) => r !== d.right))) }));
}

/** "2 high-severity rights: AI / machine-learning training, Broad licence to your content". */
function driverText(rights: readonly Right[]): string {
  for (const sev of SEVERITIES) {
    const grants = rights.filter((r) => r.stance === 'grant' && r.severity === sev);
    if (grants.length === 0) continue;
    const cats = CATEGORY_IDS.filter((c) => grants.some((g) => g.category === c)).map((c) => CATEGORY_LABELS[c]);
    return `${cats.length} ${sev}-severity right${cats.length === 1 ? '' : 's'} taken: ${cats.join(', ')}`;
  }
  const conditional = rights.filter((r) => r.stance === 'conditional').length;
  const restrict = rights.filter((r) => r.stance === 'restrict').length;
  if (conditional || restrict) {
    const parts = [
      conditional ? `${conditional} only with consent or unless you opt out` : '',
      restrict ? `${restrict} ruled out by the company` : '',
    ].filter(Boolean);
    return `No right taken outright; ${parts.join(', ')}`;
  }
  return 'No flagged clauses found in this text';
}
