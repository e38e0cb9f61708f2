// What a change in one category does to the user's rights, judged from the stances before and after.
import type { CategoryId, Finding, Severity, Stance } from '../types';
import type { ChangeImpact } from './types';
import { breadthChange } from './breadth';

// Higher = the company holds more of the right. No finding sits between a restriction and a consent-based clause.
const STANCE_RISK: Record<Stance | 'none', number> = { restrict: 0, none: 1, conditional: 2, grant: 3 };
export const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** The finding that says most about a clause in one category: the riskiest stance, then the highest severity. */
export function strongest(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if (!best) best = f;
    else {
      const d =
        STANCE_RISK[f.stance] - STANCE_RISK[best.stance] || SEVERITY_RANK[f.severity] - SEVERITY_RANK[best.severity];
      if (d > 0) best = f;
    }
  }
  return best;
}

export interface ImpactContext {
  /** Categories where the old version grants the right somewhere. */
  grantedBefore: ReadonlySet<CategoryId>;
  /** Categories where the new version grants the right somewhere. */
  grantedAfter: ReadonlySet<CategoryId>;
}

/**
 * `texts`: the clause before and after a rewording. A content licence of the same stance and severity that gains a
 * breadth word of the lexicon (perpetual, irrevocable, sublicensable, any and all media, likeness, voice) is wider:
 * worse, never the same effect.
 */
export function impactOf(
  category: CategoryId,
  before: Finding | undefined,
  after: Finding | undefined,
  ctx: ImpactContext,
  texts?: { before: string; after: string },
): ChangeImpact {
  const sb = before?.stance ?? 'none';
  const sa = after?.stance ?? 'none';
  // A consent clause next to an existing grant narrows that grant ("will not use … without your consent");
  // dropping such a clause while the grant stays widens it again.
  if (sb === 'none' && sa === 'conditional' && ctx.grantedBefore.has(category)) return 'better';
  if (sb === 'conditional' && sa === 'none' && ctx.grantedAfter.has(category)) return 'worse';
  const d = STANCE_RISK[sa] - STANCE_RISK[sb];
  if (d > 0) return 'worse';
  if (d < 0) return 'better';
  // Same stance: a grant or consent clause of higher severity takes more (e.g. a licence made perpetual).
  if (before && after && sa !== 'restrict') {
    const s = SEVERITY_RANK[after.severity] - SEVERITY_RANK[before.severity];
    if (s > 0) return 'worse';
    if (s < 0) return 'better';
    if (category === 'content_licence' && texts) {
      const wider = breadthChange(texts.before, texts.after);
      if (wider > 0) return 'worse';
      if (wider < 0) return 'better';
    }
  }
  return 'neutral';
}
