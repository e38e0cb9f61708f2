// A page that alternates between variants (A→B→A: two page templates, an English and a Spanish text served on
// different days) is one document with variants, not a change each time: a new version is compared with the kept
// version it is nearest to.
import { clauseKey } from './align';
import type { VersionSnapshot } from './types';

function keySet(v: Pick<VersionSnapshot, 'clauses'>): Set<string> {
  return new Set(v.clauses.map((c) => clauseKey(c.text)).filter(Boolean));
}

/** |A∩B| / |A∪B| over the versions' distinct clause keys; 1 for two empty versions. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}

/**
 * Index (into `candidates`, the previous version first, then older kept versions, newest first) of the version to
 * compare `version` with: the most similar by clause keys; the previous version unless another is strictly nearer.
 */
export function nearestVariant(
  version: Pick<VersionSnapshot, 'clauses'>,
  candidates: ReadonlyArray<Pick<VersionSnapshot, 'clauses'>>,
): number {
  if (candidates.length <= 1) return 0;
  const keys = keySet(version);
  let best = 0;
  let bestScore = -1;
  candidates.forEach((c, i) => {
    const score = jaccard(keys, keySet(c));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
