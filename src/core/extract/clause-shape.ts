// Whether a short line is a clause (it says something) or only names a topic, read from its first words: no parse.
// Title lines and the items of a contents list name topics; a line with a subject and a verb states what is done.
import { MODAL_WORDS, RELATIVE_PRONOUNS } from '../analyze/lexicon';

/** An item's number or letter opening the line ("7. ", "(b) ", "iv) "). */
const ITEM_NUMBER = /^\(?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|(?:[a-z]|[ivx]{2,4})[.)])\s+/i;
/** Subjects that are a clause's whatever follows them (a verb, or a contraction's "not"). */
const PERSONAL_SUBJECTS = new Set(['we', 'you', 'they', 'he', 'she', 'i']);
/** A pronoun's contracted verb ("we’re", "you’ll", "they’ve"). */
const CONTRACTED_VERB = /^(?:we|you|they|he|she|i)['’](?:re|ll|ve|[dms])$/i;
/** Words after a pronoun that join it to another subject or name it, so no verb follows yet ("We and our partners"). */
const JOINS_SUBJECT = new Set(['and', 'or', 'as', 'at', 'of', '&', 'the', 'all']);
/** A subordinator or wh-word opening the line makes it a dependent clause: a topic ("When we share your data"). */
const OPENS_DEPENDENT = new Set([
  ...'when where how what why whether if once before after until while because unless whenever wherever'.split(' '),
  ...RELATIVE_PRONOUNS.filter((w) => w !== 'that'),
]);
/** Words that end a subject noun phrase before a modal could be its verb ("Information you may provide"). */
const ENDS_SUBJECT = new Set([
  ...PERSONAL_SUBJECTS,
  ...RELATIVE_PRONOUNS,
  ...OPENS_DEPENDENT,
  'it',
  'them',
  'us',
  'to',
]);
const MODALS = new Set([...MODAL_WORDS, 'cannot', "can't", 'can’t', "won't", 'won’t']);
/** Words a phrase cannot end on: the line goes on in the next one ("… such as by accessing the" / "Services …"). */
const OPEN_END = /(?:^|\s)(?:the|a|an|and|or|nor|of|your|our|their|its|my|such|including|whose)$/i;
/** Most words of a subject noun phrase before its modal ("The Acme Group companies may …"). */
const SUBJECT_WORDS = 4;

/** Words of four letters or more all capitalised ("Sale of Personal Data", "DO NOT SELL"): a title's style. */
export function titled(text: string): boolean {
  return text.split(' ').every((w) => !/^[“"(]?\p{Ll}{4,}/u.test(w));
}

/**
 * A line that states an act: it opens (after its number, and after an opening phrase closed by a comma) with a
 * personal subject and a verb ("We may share …", "You may not interfere …", "Without a legal basis, we may not …"),
 * or with a noun phrase and a modal verb ("Acme may terminate your account …"). Not a topic that opens with a
 * subordinator or wh-word ("When we share your information", "How we use cookies"), nor a noun phrase whose modal
 * belongs to a relative clause ("Information you may provide"), nor a title in Title Case ("We May Share …").
 */
export function statesClause(line: string): boolean {
  const text = line.replace(ITEM_NUMBER, '').trim();
  if (!text || titled(text)) return false;
  if (opensClause(text)) return true;
  // An opening phrase closed by a comma, within the first words ("Without a legal basis, we may …").
  const comma = text.indexOf(',');
  return comma > 0 && comma < 60 && opensClause(text.slice(comma + 1).trim());
}

function opensClause(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/^[“"‘'(]{1,3}|[”"’'),;:.]{1,3}$/g, ''));
  const first = words[0]?.toLowerCase() ?? '';
  if (OPENS_DEPENDENT.has(first)) return false;
  if (CONTRACTED_VERB.test(first)) return true;
  const next = words[1]?.toLowerCase();
  if (PERSONAL_SUBJECTS.has(first) && next && !JOINS_SUBJECT.has(next) && /^\p{L}/u.test(next)) return true;
  // A noun phrase, then a modal written in lower case and a word after it (not the month in "Updated 1 May 2024").
  for (let k = 1; k <= SUBJECT_WORDS && k < words.length - 1; k++) {
    if (k > 1 && ENDS_SUBJECT.has(words[k - 1]!.toLowerCase())) return false;
    if (MODALS.has(words[k]!) && /^\p{Ll}/u.test(words[k + 1]!)) return true;
  }
  return false;
}

/** A line that ends on a word no phrase ends on: it is cut, and goes on in the next line. */
export function endsOpen(line: string): boolean {
  return OPEN_END.test(line.trim());
}
