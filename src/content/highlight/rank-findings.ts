import type { Finding, Severity, Stance } from '../../core/types';

// A grant is what people most need to see, a restriction is good news: the mark shows the worst finding.
const STANCE_RANK: Record<Stance, number> = { grant: 0, conditional: 1, restrict: 2 };
const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first: grant over conditional over restrict, then high over medium over low. Stable. */
export function rankFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort(
      (a, b) =>
        STANCE_RANK[a.finding.stance] - STANCE_RANK[b.finding.stance] ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}
