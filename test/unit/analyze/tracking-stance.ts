// What the tracking tests of single sentences read: one helper, so each test file states only its sentences and the
// section a unit sits under.
import { analyzeText } from '../../../src/core/analyze';
import { matchClause, type MatchOptions } from '../../../src/core/analyze/engine';

const stanceOf = (f: { stance: string; condition?: string }): string =>
  `${f.stance}${f.condition ? ` ${f.condition}` : ''}`;

/**
 * The stances ("grant", "conditional opt_out") of a text's findings in one category, each once, or one per finding with
 * `perFinding`; "none" for none.
 */
export function stancesIn(category: string, text: string, perFinding = false): string {
  const stances = analyzeText(text)
    .findings.filter((f) => f.category === category)
    .map(stanceOf);
  return (perFinding ? stances : [...new Set(stances)]).join('; ') || 'none';
}

/** stancesIn for tracking. */
export const trackingStance = (text: string): string => stancesIn('tracking', text);

/**
 * One unit as the evaluation reads it, a clause of its own under a section (its lead label not analysed): the tracking
 * stances of its hits, each once, sorted; "none" for none.
 */
export function unitTrackingStances(text: string, opts: MatchOptions): string {
  return [...new Set(matchClause(text, new Set(['tracking']), opts).map(stanceOf))].sort().join('; ') || 'none';
}
