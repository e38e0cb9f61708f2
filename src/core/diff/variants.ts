// A page that alternates between variants (A→B→A: two page templates, an English and a Spanish text served on
// different days) is one document with variants, not a change each time: a new version is compared with the kept
// version it is nearest to.
import { clauseKey } from './align';
import { bagOf, dice, tokens } from './similarity';
import type { VersionSnapshot } from './types';

/** How close (Jaccard over clause keys) an older version must be to count as the variant the page returned to. */
const VARIANT_MIN_SIMILARITY = 0.9;

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
 * compare `version` with: the most similar by clause keys; the previous version unless an older one is strictly nearer
 * and shares at least 90% of its clauses (a return to a known variant).
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
    // An older version wins only when the page has nearly returned to it: a revision that undoes part of the last
    // one is still compared with the last one.
    if (i > 0 && score < VARIANT_MIN_SIMILARITY) return;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Whether `b` is another page served at the same address (a stub, a translation, a regional page) rather than a
 * revision of `a`: they share under 30% of their words (Dice over the word multisets), or one is two and a half times
 * the other's length and they share under 60%. A rewrite of a policy keeps much of its vocabulary at a similar length.
 * Only for texts of 150 words or more (the shortest the grade reads as a document).
 */
export function isOtherPage(a: Pick<VersionSnapshot, 'clauses'>, b: Pick<VersionSnapshot, 'clauses'>): boolean {
  const wa = a.clauses.flatMap((c) => tokens(c.text));
  const wb = b.clauses.flatMap((c) => tokens(c.text));
  // Too short to tell a page from another: compared clause by clause as usual.
  if (Math.max(wa.length, wb.length) < MIN_WORDS) return false;
  if (!wa.length || !wb.length) return true;
  const similarity = dice(bagOf(wa), wa.length, bagOf(wb), wb.length);
  const ratio = Math.max(wa.length, wb.length) / Math.min(wa.length, wb.length);
  return similarity < OTHER_PAGE_MAX_SIMILARITY || (ratio >= STUB_RATIO && similarity < STUB_MAX_SIMILARITY);
}

const MIN_WORDS = 150;
const OTHER_PAGE_MAX_SIMILARITY = 0.3;
const STUB_RATIO = 2.5;
const STUB_MAX_SIMILARITY = 0.6;
