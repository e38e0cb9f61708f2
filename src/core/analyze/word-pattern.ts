// A lexicon phrase list as a regex alternation, for the rules' pre-filters and the model's stance readers
// (model/retention-stance.ts, model/tracking-stance.ts): a space matches any whitespace, a final `*` any word ending.
import { escapeRegExp } from '../escape-regexp';

export function wordsPattern(list: readonly string[]): string {
  const phrase = (w: string): string =>
    escapeRegExp(w.replace(/\*$/, ''))
      .replace(/ /g, String.raw`\s+`)
      .concat(w.endsWith('*') ? String.raw`[\w-]*` : '');
  return `(?:${list.map(phrase).join('|')})`;
}

/**
 * The phrases of a list that hold no shorter phrase of it as whole words ("personal data" holds "data"): for a test of
 * whether a text contains any of them, the same answer from a shorter alternation.
 */
export function shortestPhrases(list: readonly string[]): string[] {
  const holds = (w: string, v: string): boolean => v !== w && ` ${w} `.includes(` ${v} `);
  return list.filter((w) => !list.some((v) => !v.endsWith('*') && holds(w, v)));
}

/** The words of `text` in order (letters, digits, apostrophes and hyphens: "sub-processors" stays one word); no case change. */
export function plainWords(text: string): string[] {
  return text.split(/[^\w’'-]+/).filter(Boolean);
}

/** The text with each run of white space made one space, for the regexes written with single spaces between words. */
export const oneSpace = (text: string): string => text.replace(/\s+/g, ' ');
