// The names of a terms document as regex source, derived once from the lexicon's TermsDoc class, for every test that
// asks whether a clause names the terms or a policy: the terms rules, the service rules' "also changes a document"
// (rules/service-change.ts) and the ToS;DR case lookup (core/export/tosdr-cases.ts). A word added to the lexicon
// reaches all of them; a hand copy of the list drifted (it lacked "contract", "guidelines", "eula", "tos").
import { LEXICON_LISTS, TERMS_DOC_EVERYDAY } from './lexicon';
import { wordsPattern } from './word-pattern';

const ONE_WORD = LEXICON_LISTS.TermsDoc!.filter((w) => !w.includes(' '));

/** A whole-word alternation, longest first (the multi-word names start with one of these or follow "privacy"). */
const wordAlternation = (words: readonly string[]): string =>
  String.raw`(?:${[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')})\b`;

/** Any document name, one word or several ("terms of use", spaces as `\s+`); no `\b` on either side. */
export const TERMS_DOC_NAME = wordsPattern(LEXICON_LISTS.TermsDoc!);

/** Any one-word document name ("terms", "policies", "contract"), ending at a word boundary; no leading `\b`. */
export const TERMS_DOC_WORD = wordAlternation(ONE_WORD);

/**
 * The last word of every document name, one word or several ("terms of use" ends in "use"): a cue for a pattern in
 * which the name's last word meets what follows it ("… #TermsDoc may change"). No leading `\b`.
 */
export const TERMS_DOC_LAST_WORD = wordAlternation([
  ...new Set(LEXICON_LISTS.TermsDoc!.map((w) => w.split(' ').at(-1)!)),
]);

/** The names that are a document wherever they stand (not "notice", "statement"). */
export const TERMS_DOC_PLAIN_WORD = wordAlternation(ONE_WORD.filter((w) => !TERMS_DOC_EVERYDAY.includes(w)));

/** The names that are a document only after a determiner ("this Notice"). */
export const TERMS_DOC_EVERYDAY_WORD = wordAlternation(TERMS_DOC_EVERYDAY);
