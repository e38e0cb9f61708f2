// A name changed throughout ("Acme" → "Globex Media") that the document itself announces: a clause of either version
// names both ("Acme est désormais Globex Media", "Acme to Globex Media name change") and the name is replaced in
// several clauses. Clauses that differ only by
// that name say the same terms under the new name. A name replaced without such a notice (a legal framework replaced
// by another, a new processor) is not taken for a rename.
import { diffArrays } from 'diff';
import { FUNCTION_WORDS } from '../analyze/lexicon';
import type { Clause } from '../types';

const FUNCTION = new Set(FUNCTION_WORDS);
/** A name is at most this many words. */
const MAX_NAME_WORDS = 4;

const wordsOf = (text: string): string[] => text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

interface Substitution {
  old: string[];
  now: string[];
}

/** The runs of words replaced between two texts (function words left out), in order. */
function substitutions(before: string, after: string): Substitution[] {
  const b = wordsOf(before);
  const a = wordsOf(after);
  const out: Substitution[] = [];
  let pending: Substitution | null = null;
  let bi = 0;
  let ai = 0;
  for (const part of diffArrays(
    b.map((w) => w.toLowerCase()),
    a.map((w) => w.toLowerCase()),
  )) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      // Function words between two runs ("d'Acme" → "de Globex Media" aligns "de" on its own) join them.
      const joins = pending !== null && part.value.every((w) => FUNCTION.has(w));
      if (pending && !joins) out.push(pending);
      if (!joins) pending = null;
      bi += n;
      ai += n;
      continue;
    }
    pending ??= { old: [], now: [] };
    if (part.removed) pending.old.push(...b.slice(bi, (bi += n)));
    else pending.now.push(...a.slice(ai, (ai += n)));
  }
  if (pending) out.push(pending);
  const content = (words: string[]): string[] => words.filter((w) => !FUNCTION.has(w.toLowerCase()));
  return out
    .map((s) => ({ old: content(s.old), now: content(s.now) }))
    .filter((s) => s.old.length > 0 || s.now.length > 0);
}

const phrase = (words: readonly string[]): string => ` ${words.join(' ').toLowerCase()} `;

/** A rename is made throughout: the same name replaced in at least this many clauses of the version. */
const MIN_RENAMED_CLAUSES = 3;

const keyOf = (s: Substitution): string => `${phrase(s.old)}→${phrase(s.now)}`;

/** Whether a substitution has the shape of a name replaced by another: capitalised words, a few of them, both sides. */
const nameLike = (s: Substitution): boolean =>
  s.old.length > 0 &&
  s.now.length > 0 &&
  s.old.length <= MAX_NAME_WORDS &&
  s.now.length <= MAX_NAME_WORDS &&
  [...s.old, ...s.now].every(isCapitalised) &&
  phrase(s.old) !== phrase(s.now);

/**
 * A test of whether two texts of a clause differ only by names renamed throughout: every word replaced is part of a
 * capitalised name of at most four words replaced by another, the same replacement is made in at least three of the
 * `reworded` pairs of clause texts, and some clause of either version names the old and the new name together (the
 * notice of the rename).
 */
export function renamedOnly(
  before: readonly Pick<Clause, 'text'>[],
  after: readonly Pick<Clause, 'text'>[],
  reworded: ReadonlyArray<readonly [string, string]>,
): (beforeText: string, afterText: string) => boolean {
  let counts: Map<string, number> | null = null;
  let texts: string[] | null = null;
  const announced = (s: Substitution): boolean => {
    texts ??= [...before, ...after].map((c) => ` ${wordsOf(c.text).join(' ').toLowerCase()} `);
    const old = phrase(s.old);
    const now = phrase(s.now);
    return texts.some((t) => t.includes(old) && t.includes(now));
  };
  const throughout = (s: Substitution): boolean => {
    if (!counts) {
      counts = new Map();
      for (const [b, a] of reworded)
        for (const key of new Set(substitutions(b, a).filter(nameLike).map(keyOf)))
          counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return (counts.get(keyOf(s)) ?? 0) >= MIN_RENAMED_CLAUSES;
  };
  return (beforeText, afterText) => {
    const subs = substitutions(beforeText, afterText);
    return subs.length > 0 && subs.every((s) => nameLike(s) && throughout(s) && announced(s));
  };
}
