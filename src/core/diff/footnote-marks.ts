// Footnote marks: a page that renders its footnote references as superscript numbers puts them into the text as plain
// numbers ("visit the Your Privacy Choices 78 page"). Added or dropped, they change no term: the clause is
// the same clause. A number that counts something ("30 days", "under 13", "section 4") is never such a mark.
import { diffArrays } from 'diff';
import { COUNTING_WORDS, FUNCTION_WORDS, LEXICON_LISTS, OBJECT_PRONOUNS } from '../analyze/lexicon';
import { tokens } from './similarity';

const FUNCTION = new Set(FUNCTION_WORDS);
const UNITS = new Set(LEXICON_LISTS.TimeUnit ?? []);
const COUNTING = new Set(COUNTING_WORDS);
const OBJECT = new Set(OBJECT_PRONOUNS);
const AMOUNT = /[$€£¥]\s?\d|\d\s?%/;

/**
 * Whether the token at `i` is a footnote mark: a number of 1–3 digits after a word that carries a term and before no
 * unit or number ("Choices 78 page"), or after an object pronoun and before "and", "or" or nothing ("with us 64 and
 * use", where the clause states no amount): "send you 2 reminders", "fine you 500 for each breach", "pay you $50"
 * count.
 */
function isMark(words: readonly string[], i: number, amounts: boolean): boolean {
  const w = words[i]!;
  if (!/^\d{1,3}$/.test(w)) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (prev !== undefined && OBJECT.has(prev))
    return !amounts && (next === undefined || next === 'and' || next === 'or');
  if (prev === undefined || /\d/.test(prev) || FUNCTION.has(prev) || COUNTING.has(prev)) return false;
  return next === undefined || !(UNITS.has(next) || /\d/.test(next));
}

/**
 * Whether the two texts differ only by footnote marks added or dropped. A number replaced by another is never a mark
 * (an age limit raised from 13 to 16 has the same shape as a renumbered footnote).
 */
export function onlyFootnoteMarksChanged(before: string, after: string): boolean {
  // The word tokens drop a currency or percent sign: "pay you $50" would read as "pay you 50".
  const amounts = AMOUNT.test(before) || AMOUNT.test(after);
  const b = tokens(before);
  const a = tokens(after);
  let marks = 0;
  let bi = 0;
  let ai = 0;
  let previous: 'added' | 'removed' | 'equal' = 'equal';
  for (const part of diffArrays(b, a)) {
    const n = part.value.length;
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'equal';
    if (kind !== 'equal' && previous !== 'equal') return false;
    previous = kind;
    if (part.added || part.removed) {
      const [words, at] = part.added ? [a, ai] : [b, bi];
      for (let k = 0; k < n; k++) if (!isMark(words, at + k, amounts)) return false;
      marks += n;
    }
    if (!part.added) bi += n;
    if (!part.removed) ai += n;
  }
  return marks > 0;
}
