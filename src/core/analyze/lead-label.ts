// Section labels at the start of a clause. The extractor keeps a paragraph's lead label in its first clause
// ("3.3 Sale of data. Meetly does not sell…", with Clause.section "3.3 Sale of data"); the words of a label are a
// topic, not a statement, so they must never produce a finding ("Sale of data" is no sale). The analyser reads the
// clause from where its body starts; evidence stays a substring of the original clause text.
// Mirrors the label shapes of src/core/extract/section-labels.ts (kept separate: that module belongs to the DOM side).
import { isSpace } from './char-class';
import { DEMONSTRATIVES, HEADING_LABEL_TOPICS, LEXICON_LISTS, OBJECT_DETERMINERS } from './lexicon';
import { wordsPattern } from './word-pattern';

/** A section number the clause opens with: "3.3 ", "§ 3 ", "Section 10.4 ", "12. ". */
const LEAD_NUMBER = /^(?:(?:§|art\.|article|section|sec\.|clause)\s*)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/i;
/** What ends a short title, then more text: "Sale of data. Meetly…" (capital after "."), "Retention: we…". */
const TITLE_END = /^(?:\.\s+(?=["“(]?[\p{Lu}\d])|:\s+(?=\S))/u;
const MAX_TITLE_CHARS = 80;

/**
 * A short title up to its terminator: the text before the first of . : ; ! ? (trailing spaces left out, at most 80
 * characters), when that is a "." or ":" that TITLE_END accepts. Done in code rather than as one regex
 * (`^([^.:;!?]{1,80}?)\s*…`), whose title and spaces overlapped and backtracked polynomially.
 */
function titleLead(rest: string): { title: string; length: number } | null {
  const stop = rest.search(/[.:;!?]/);
  if (stop < 1) return null;
  const end = TITLE_END.exec(rest.slice(stop));
  if (!end) return null;
  const before = rest.slice(0, stop);
  const title = before.trimEnd() || before.slice(0, 1);
  if ([...title].length > MAX_TITLE_CHARS) return null;
  return { title, length: stop + end[0].length };
}
/** Words that make a fragment a sentence rather than a title. */
const PREDICATE =
  /\b(?:we|you|they|it|i|is|are|was|were|be|been|being|am|do|does|did|don['’]t|doesn['’]t|may|might|will|would|shall|should|can|could|must|has|have|had|not|never)\b/i;
const MAX_TITLE_WORDS = 10;

/**
 * The "s" forms of the lexicon's action verbs ("shares", "sells", "retains"), not nouns with no verb form beside them
 * ("disclosures"). Some are nouns too ("updates", "transfers"): STATEMENT asks for an object after them, and "this"
 * before a time word is no object ("Key changes this year").
 */
const VERB_TAGS = ['TrainVerb', 'ImproveVerb', 'ShareVerb', 'SellVerb', 'RetainVerb', 'DeleteVerb', 'ChangeVerb'];
const THIRD_PERSON_VERBS = VERB_TAGS.flatMap((tag) => {
  const list = LEXICON_LISTS[tag] ?? [];
  const forms = new Set(list);
  // A verb has its bare form and a past or -ing form beside the "s" form; a noun in "s" ("sales") has no such form.
  return list.filter((w) => {
    if (!/^[a-z]+s$/.test(w)) return false;
    const stem = forms.has(w.slice(0, -1)) ? w.slice(0, -1) : forms.has(w.slice(0, -2)) ? w.slice(0, -2) : '';
    return !!stem && list.some((x) => x !== w && /(?:ed|ing)$/.test(x) && x.startsWith(stem.replace(/e$/, '')));
  });
});
/**
 * A subject, one of those verbs, then an object ("Acme sells your data."): a statement, however short. Sentence case
 * only, and not a question heading ("How Acme shares your data").
 */
const OBJECT_WORDS = [
  ...OBJECT_DETERMINERS.filter((w) => !DEMONSTRATIVES.includes(w)),
  ...['his', 'her', 'personal', 'data', 'information', 'content', 'it', 'them', 'users?', 'customers?'],
].join('|');
const STATEMENT = new RegExp(
  String.raw`^(?!(?:how|what|why|when|where|who|whom|which)\b)\S+(?:\s+\S+)?\s+(?:${THIRD_PERSON_VERBS.join('|')})\s+(?:${OBJECT_WORDS}|(?:${DEMONSTRATIVES.join('|')})(?!\s+(?:day|week|month|quarter|season|year|time)s?\b))\b`,
  'i',
);

/** True when `words` read as a title: every word of four or more letters capitalised ("Sale of Personal Data"). */
function isTitled(fragment: string): boolean {
  return fragment.split(/\s+/).every((w) => !/^\p{Ll}{4,}/u.test(w));
}

/**
 * Whether `text` holds more than `max` runs of characters that are not whitespace (`\s`, which `trim` and
 * `split(/\s+/)` read): it then splits into more than `max` words, trimmed or not, and with a last "." or ":" dropped.
 */
function hasMoreWords(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

const TOPIC_LABEL = new RegExp(String.raw`\b${wordsPattern(HEADING_LABEL_TOPICS)}`);
/**
 * A unit's lead label or a table row's label that is one more heading over the unit for the rules that read headings
 * (engine.ts matchClause, index.ts underRowLabel): it names training, development, improvement or models ("Model
 * Training", "Product Improvement"); not "AI Features", "Note", nor a number ("1.").
 */
export function isTopicLabel(label: string): boolean {
  return TOPIC_LABEL.test(label.toLowerCase());
}

/** A short fragment with no predicate and a capital or digit first: a heading, not a statement. */
export function isHeadingLike(fragment: string): boolean {
  // Every clause is asked, and most are long sentences: more words than a title has answer before any copy is made.
  if (hasMoreWords(fragment, MAX_TITLE_WORDS)) return false;
  const f = fragment.trim().replace(/[.:]$/, '');
  if (!f || !/^[\p{Lu}\d§"“(]/u.test(f) || !/\p{L}/u.test(f)) return false;
  // At most one word past the limit is split off: every clause is asked, and most are long sentences.
  const words = f.split(/\s+/, MAX_TITLE_WORDS + 1);
  return (
    words.length <= MAX_TITLE_WORDS &&
    !PREDICATE.test(f) &&
    (isTitled(f) || LEAD_NUMBER.test(`${f} `) || (words.length <= 6 && !STATEMENT.test(f)))
  );
}

/**
 * Where the body of a clause starts, after a leading section label: the clause's own `section` when the text opens
 * with it and a label terminator follows, else a section number plus an optional heading-like title
 * ("3.3 Sale of data. …", "1.3 We may…" → after "1.3 "), else a Title Case lead ("Information Sale and Sharing: …").
 * Returns text.length when the whole clause is a label (nothing to analyse), 0 when there is no label.
 */
export function bodyStart(text: string, section = ''): number {
  const sec = section.trim();
  if (sec && text.startsWith(sec)) {
    const rest = text.slice(sec.length);
    const term = /^\s*[.:–—-]*\s*/.exec(rest)![0];
    // "Cookies are small files…" under the heading "Cookies" is a sentence, not a label: require a terminator, the
    // end of the clause, or (for a numbered label, whose bold run may have lost its period) a capital next.
    if (rest.trim() === '' || /[.:–—-]/.test(term) || (LEAD_NUMBER.test(`${sec} `) && /^\s+[\p{Lu}"“(]/u.test(rest))) {
      return sec.length + term.length;
    }
  }
  let pos = 0;
  const num = LEAD_NUMBER.exec(text);
  if (num && !/^(?:[KMGT]i?B|USD|EUR|GBP|%|percent|days?|months?|years?|hours?)\b/i.test(text.slice(num[0].length)))
    pos = num[0].length;
  const rest = text.slice(pos);
  const title = titleLead(rest);
  if (title && isHeadingLike(title.title) && (pos > 0 || isTitled(title.title))) return pos + title.length;
  // The whole clause is a heading ("3.3 Sale of data.", "Sale of Personal Information").
  if (isHeadingLike(rest)) return text.length;
  return pos;
}
