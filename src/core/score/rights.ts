// Rights, not sentences: the findings of a document grouped by what they give away. A policy that says the same
// thing ten times gives one right; the grade and the popup count rights.
import { CATEGORY_IDS, type CategoryId, type Condition, type Finding, type Severity, type Stance } from '../types';

export interface Right {
  /** category|stance|condition: what is given, and on what terms. */
  key: string;
  category: CategoryId;
  stance: Stance;
  condition?: Condition;
  /** The severity of its strongest clause. */
  severity: Severity;
  /** The finding that says it most strongly: the one to show. */
  strongest: Finding;
  /** Every clause that says it, strongest first (the others are "also said in …"). */
  clauseIds: string[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
const STANCE_RANK: Readonly<Record<string, number>> = { grant: 3, opt_out: 2, opt_in: 1, restrict: 0 };

/** grant > unless you opt out > only if you opt in > ruled out. */
export function stanceRank(r: { stance: Stance; condition?: Condition | undefined }): number {
  return STANCE_RANK[r.stance === 'conditional' ? (r.condition ?? 'opt_out') : r.stance]!;
}

/** The right a finding gives: its key (category|stance|condition), shared with change reports. */
export function rightKeyOf(f: Finding): string {
  return `${f.category}|${f.stance}|${f.stance === 'conditional' ? (f.condition ?? 'opt_out') : ''}`;
}

/**
 * Groups findings into rights, worst first (stance, then severity, then category order). Mentions (findings on a
 * pointer, explanation or definition) give no right: they are listed apart (mentionsOf).
 */
export function rightsOf(findings: readonly Finding[]): Right[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) if (!f.role) byKey.set(rightKeyOf(f), [...(byKey.get(rightKeyOf(f)) ?? []), f]);
  const rights: Right[] = [];
  for (const [key, group] of byKey) {
    const sorted = [...group].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    const strongest = sorted[0]!;
    rights.push({
      key,
      category: strongest.category,
      stance: strongest.stance,
      ...(strongest.stance === 'conditional' ? { condition: strongest.condition ?? 'opt_out' } : {}),
      severity: strongest.severity,
      strongest,
      clauseIds: [...new Set(sorted.map((f) => f.clauseId))],
    });
  }
  return rights.sort(
    (a, b) =>
      stanceRank(b) - stanceRank(a) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category),
  );
}

/** Findings on pointers, explanations and definitions: where the document names a right without taking it. */
export function mentionsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.role);
}
