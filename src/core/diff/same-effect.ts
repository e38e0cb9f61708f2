// A same-effect rewording: a clause whose wording changed only slightly (wording.ts) and whose rights did not change at
// all. It does not make a version "changed" and is not listed among the reported changes; the popup and the history
// page show such edits as a collapsed count ("3 wording edits that change no right"), so nothing is hidden.
import { rightKeyOf } from '../score/rights';
import type { CategoryId, Clause, Finding } from '../types';
import { changesReachWord } from './bearing';
import { breadthTerms } from './breadth';
import { discretionSaidOneWay, modalSubjects } from './discretion';
import { isRestatement } from './restatement';
import type { Change } from './types';
import { onlyPlainWordsSwapped } from './word-swap';
import { slightlyReworded, wordingStems } from './wording';

/** The discretion said one way when no name is known to be the writer's: only "we". */
const WE_ONLY = discretionSaidOneWay([]);

/** Everything a clause's findings say about rights: category × stance × who takes it, its weight and role. */
function rightsSaid(findings: readonly Finding[]): Set<string> {
  return new Set(findings.map((f) => `${rightKeyOf(f)}|${f.actor}|${f.severity}|${f.role ?? ''}`));
}

// The categories where a word's reach is the right itself (what is trained on, licensed, shared, sold, tracked): a
// plain word swapped there ("content you post on the site" → "anywhere") is never taken for the same, whatever the
// word lists say.
const SWAP_GUARDED: ReadonlySet<CategoryId> = new Set([
  'ai_training',
  'content_licence',
  'data_sharing',
  'data_sale',
  'tracking',
]);

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((k) => b.has(k));

const contains = (outer: ReadonlySet<string>, inner: ReadonlySet<string>): boolean =>
  [...inner].every((k) => outer.has(k));

/**
 * Whether a reworded clause (`changes`: its changes, one per category) says the same: no change alters a right, its
 * findings say the same rights before and after, no breadth word of a licence came or went, and the wording changed
 * only slightly (no word that sets its reach added or dropped: bearing.ts), or by a word or two swapped for others that
 * bear no term (word-swap.ts; never in a clause with a SWAP_GUARDED finding on either side), or only as a restatement
 * does (restatement.ts: other names for the same thing, an example of plain words), or only by what `renamed` accepts
 * (renames.ts). The texts are compared with the writer's discretion said one way (`oneWay`: discretion.ts, built for
 * the names both versions define as "we"), so that "We may" → "Acme reserves the right to" meets every other test
 * together with it; the subject of every modal must stay the same person, in order (discretion.ts modalSubjects).
 */
export function isSameEffectRewording(
  before: Clause,
  after: Clause,
  fb: readonly Finding[],
  fa: readonly Finding[],
  changes: readonly Change[],
  renamed?: (before: string, after: string) => boolean,
  oneWay: (text: string) => string = WE_ONLY,
): boolean {
  if (changes.some((c) => c.impact !== 'neutral' || c.right !== null)) return false;
  if (!sameSet(rightsSaid(fb), rightsSaid(fa))) return false;
  if (!sameSet(breadthTerms(before.text), breadthTerms(after.text))) return false;
  const b = oneWay(before.text);
  const a = oneWay(after.text);
  // Whose act, right or duty it is stays: "You may delete" → "We may delete" (or "We reserve the right to delete").
  if (modalSubjects(b).join(' ') !== modalSubjects(a).join(' ')) return false;
  const swaps = ![...fb, ...fa].some((f) => SWAP_GUARDED.has(f.category));
  return (
    // In a guarded clause the words are the right's reach: "recordings of support calls" → "recordings of calls".
    (slightlyReworded(b, a, !swaps) && !changesReachWord(b, a)) ||
    (swaps && onlyPlainWordsSwapped(b, a)) ||
    isRestatement(b, a, swaps) ||
    (renamed?.(before.text, after.text) ?? false)
  );
}

/** A clause must say this many words before its sentence found inside another clause counts as the same sentence. */
const MIN_CONTAINED_WORDS = 5;

/**
 * Finds, for a clause added or removed, a clause of the other version that still says it word for word, joined to a
 * heading or to the sentence next to it ("5.3 Accuracy. You are responsible for keeping …"): a sentence moved into
 * another clause, not one added or removed. The clause found must say at least the rights this one says.
 */
export function containedIn(
  clauses: readonly Clause[],
  findingsOf: (clauseId: string) => readonly Finding[],
): (clause: Clause, findings: readonly Finding[]) => boolean {
  let texts: string[] | null = null;
  return (clause, findings) => {
    const stems = wordingStems(clause.text);
    if (stems.length < MIN_CONTAINED_WORDS) return false;
    texts ??= clauses.map((c) => ` ${wordingStems(c.text).join(' ')} `);
    const needle = ` ${stems.join(' ')} `;
    const rights = rightsSaid(findings.filter((f) => !f.role));
    return texts.some(
      (t, i) =>
        t.length > needle.length &&
        t.includes(needle) &&
        contains(rightsSaid(findingsOf(clauses[i]!.id).filter((f) => !f.role)), rights),
    );
  };
}
