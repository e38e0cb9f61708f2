// Risk summary: the ONE place that defines severity weights, the 0–100 score and the A–E grade.
import { CATEGORY_LABELS } from '../categories';
import { CATEGORY_IDS, type CategoryId, type Finding, type Grade, type RiskSummary, type Severity } from '../types';

/** Points a plain grant costs, by severity. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { high: 20, medium: 8, low: 3 };
/** Share of the weight a finding costs, by stance: consent first (opt_in) costs little, restrictions nothing. */
export const STANCE_FACTORS = { grant: 1, opt_out: 0.6, opt_in: 0.25, restrict: 0 } as const;
/** One category can cost at most this much, so a long policy that repeats itself is not graded by its length. */
export const CATEGORY_CAP = 30;
/** Lowest score for each grade, best first. */
export const GRADE_THRESHOLDS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 90],
  ['B', 75],
  ['C', 55],
  ['D', 35],
  ['E', 0],
];

/**
 * How the grade is computed, in plain English for the popup and exports.
 * Every flagged clause costs points: a high-severity grant 20, medium 8, low 3. A clause that only applies after you
 * opt in costs a quarter of that, one that applies unless you opt out costs 60%, and a clause that limits the company
 * (e.g. "we do not sell your data") costs nothing. Each category costs at most 30 points. The score is 100 minus the
 * cost; A is 90 or more, B 75+, C 55+, D 35+, E below 35.
 */
export const GRADING_EXPLANATION =
  'Every flagged clause costs points: a high-severity grant 20, medium 8, low 3. A clause that applies only after you opt in costs a quarter of that, one that applies unless you opt out costs 60%, and a clause that limits the company (such as "we do not sell your data") costs nothing. Each category costs at most 30 points. The score is 100 minus the cost: A is 90 or more, B 75+, C 55+, D 35+, E below 35. The grade reflects only what the analyser found in this text; it is not legal advice.';

function cost(f: Finding): number {
  const factor =
    f.stance === 'grant'
      ? STANCE_FACTORS.grant
      : f.stance === 'restrict'
        ? STANCE_FACTORS.restrict
        : f.condition === 'opt_in'
          ? STANCE_FACTORS.opt_in
          : STANCE_FACTORS.opt_out;
  return SEVERITY_WEIGHTS[f.severity] * factor;
}

export function gradeFor(score: number): Grade {
  for (const [grade, min] of GRADE_THRESHOLDS) if (score >= min) return grade;
  return 'E';
}

/** Grade, score, per-category counts and a one-line driver for a set of findings. */
export function summarize(all: readonly Finding[]): RiskSummary {
  // A mention (a pointer, explanation or definition that names a right) takes no right: it neither costs nor counts.
  const findings = all.filter((f) => !f.role);
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  const costs = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const f of findings) {
    counts[f.category]++;
    costs[f.category] += cost(f);
  }
  const total = CATEGORY_IDS.reduce((sum, c) => sum + Math.min(CATEGORY_CAP, costs[c]), 0);
  const score = Math.max(0, Math.round(100 - total));
  return { grade: gradeFor(score), score, counts, driver: driverText(findings) };
}

/** "2 high-severity grants: AI / machine-learning training, Broad licence to your content". */
function driverText(findings: readonly Finding[]): string {
  for (const sev of ['high', 'medium', 'low'] as const) {
    const grants = findings.filter((f) => f.stance === 'grant' && f.severity === sev);
    if (grants.length === 0) continue;
    const cats = CATEGORY_IDS.filter((c) => grants.some((g) => g.category === c)).map((c) => CATEGORY_LABELS[c]);
    return `${grants.length} ${sev}-severity grant${grants.length === 1 ? '' : 's'}: ${cats.join(', ')}`;
  }
  const conditional = findings.filter((f) => f.stance === 'conditional').length;
  const restrict = findings.filter((f) => f.stance === 'restrict').length;
  if (conditional || restrict) {
    const parts = [
      conditional ? `${conditional} only with consent or unless you opt out` : '',
      restrict ? `${restrict} limiting the company` : '',
    ].filter(Boolean);
    return `No outright grants found; ${parts.join(', ')}`;
  }
  return 'No flagged clauses found in this text';
}
