// The reader's act on an outside party's product as the condition of the sharing, and that party as its recipient
// (GUIDE D4, `conditional opt_in`): "If you connect a third-party app, that app may receive your content", "By adding or
// using an Application, the information … may be accessed by the respective Application Developer", "Your decision to
// share … with these third parties may result in Acme sending … to these third parties".
// Not the service's own sharing after some act of the reader: a recipient other than the party the act named ("When
// you use a third-party service, we may disclose your information to law enforcement"), using or visiting the service,
// things the service places on its pages (G7), or its vendors the reader deals with (D1, D10): all stay grants.
import {
  COMPANY_PURPOSES,
  GUARD_STEMS,
  LEXICON_LISTS,
  OUTSIDE_PARTIES,
  READER_ACT_OUTSIDE,
  READER_ACT_PRODUCTS,
  READER_ACT_VENDOR_ROLES,
  READER_ACT_VERBS,
  SENTENCE_LINKERS,
  SERVICE_PAGES,
} from './lexicon';
import { RECIPIENT_WORD } from './rules/data-sharing';
import { wordsPattern } from './word-pattern';

const VERB = wordsPattern(READER_ACT_VERBS);
const PRODUCT = wordsPattern(READER_ACT_PRODUCTS);
const WORD = String.raw`[\w’'-]+`;

/**
 * The condition that opens the sentence (after a linking word: "Similarly, by …"), up to its act verbs: "if you (choose
 * to) connect", "in the event you voluntarily use", "by adding or using", "your decision to share".
 */
const CONDITION = new RegExp(
  String.raw`^\W*(?:${wordsPattern(SENTENCE_LINKERS)},\s+)?(?:(?:if|when|whenever|once|after|in\s+the\s+event(?:\s+that)?)\s+you\s+(?:(?:voluntarily|expressly|explicitly|actively|also|first)\s+)?(?:(?:choose|elect|decide|opt)\s+to\s+)?|by\s+|your\s+decision\s+to\s+)${VERB}(?:(?:,|\s+(?:and|or))\s+${VERB})*\b`,
);
/** The act names an outside party or its product: "a third-party app", "another platform", "an Application". */
const OUTSIDE_PRODUCT = new RegExp(
  String.raw`\b(?:${wordsPattern(OUTSIDE_PARTIES)}|${wordsPattern(READER_ACT_OUTSIDE)}\s+(?:${WORD}\s+)?${PRODUCT}|an\s+${PRODUCT})\b`,
);
/** …but not the service's vendor ("a third-party payment provider") nor what it places on its pages (G7). */
const NOT_OUTSIDE_ACT = new RegExp(
  String.raw`\b(?:${wordsPattern(READER_ACT_VENDOR_ROLES)}|(?:on|in)\s+our\s+(?:${WORD}\s+)?${wordsPattern(SERVICE_PAGES)})\b`,
);
/**
 * The party the act named, pointed back at: "it", "them" (not the empty "it is …"), "that app", "such third parties", "the respective application
 * developer, affiliate or business partner" (the determiner reaches the coordinated nouns), "the third party you choose".
 */
const NAMED_PARTY = new RegExp(
  String.raw`^(?:(?:it|them)\b(?!\s+(?:is|was|(?:may|will|would)\s+be)\b)|(?:that|those|such|these|the\s+(?:respective|relevant|selected|chosen|connected|linked))\s+(?:${WORD}\s+){0,2}(?:${PRODUCT}|third[\s-]part(?:y|ies)|developers?|providers?)\b(?:(?:,|,?\s+(?:and|or))\s+(?!(?:with|to|by|their|our|its)\b)${WORD}(?:\s+(?!(?:and|or)\b)${WORD})?\b){0,3}|the\s+third[\s-]party\s+(?:that\s+)?you\s+(?:choose|select|authori[sz]e)\b)`,
);
/** The main clause's subject before the action, after "you agree that": "that app may receive …". */
const SUBJECT_OPENING = /^[\s,]*(?:you\s+(?:agree|acknowledge|understand)\s+that\s+)?/;
/** The recipient after the action: "with …", "to …", the passive's "by …". */
const RECIPIENT_AFTER = /\b(?:with|to|by)\s+/;
const RECIPIENT_BEFORE = new RegExp(RECIPIENT_AFTER.source, 'g');
/** The act ends at a comma, or at the main clause's modal ("Your decision to share … may result in …"). */
const ACT_END = /[,;]|\s(?:may|will|can|could|might|would|shall)\s/;
/**
 * Another recipient named beside the party ("… and with advertisers", "… and to law enforcement"), or a ground or a
 * purpose of the service's own ("as required by law", "to protect our rights", "to comply with …", "for advertising").
 * Tested one by one: joined into one regex, recheck finds them polynomial.
 */
const OTHER_RECIPIENT_OR_GROUND: readonly RegExp[] = [
  RECIPIENT_WORD,
  new RegExp(String.raw`\b${wordsPattern(LEXICON_LISTS.Authority ?? [])}\b`),
  /\bas\s+(?:required|permitted)\b|\bto\s+law\b/,
  new RegExp(String.raw`\bto\s+(?:comply|${wordsPattern(GUARD_STEMS)})|\b${wordsPattern(COMPANY_PURPOSES)}\b`),
];
const namesOther = (rest: string): boolean => OTHER_RECIPIENT_OR_GROUND.some((r) => r.test(rest));
/** The words that name the party, in the act and in the anaphor: "a third-party app" … "that app". */
const PARTY_WORD = new RegExp(String.raw`\b(?:${PRODUCT}|third[\s-]part(?:y|ies))\b`, 'g');
const partyStem = (word: string): string => word.replace(/[\s-]/g, '').replace(/(?:ies|y|s)$/, '');
/**
 * The anaphor points at the party the act named: a pronoun, the reader's choice, or a word of the act's party ("another
 * platform" … "these third parties" is some other party).
 */
function sameParty(anaphor: string, act: string): boolean {
  if (/^(?:it|them|the\s+third)\b/.test(anaphor)) return true;
  const named = new Set([...act.matchAll(PARTY_WORD)].map((m) => partyStem(m[0])));
  return [...anaphor.matchAll(PARTY_WORD)].some((m) => named.has(partyStem(m[0])));
}

/**
 * `sentence` (lower case) opens on the reader's act on an outside product, and the sharing at `at` (after the act) goes
 * to that party alone, named by an anaphor as the main clause's subject or as the recipient after the action.
 */
export function readerActNamesRecipient(sentence: string, at: number): boolean {
  const condition = CONDITION.exec(sentence);
  if (condition === null) return false;
  const cut = ACT_END.exec(sentence.slice(condition[0].length));
  const actEnd = Math.min(at, cut ? condition[0].length + cut.index : at);
  const act = sentence.slice(0, actEnd);
  if (!OUTSIDE_PRODUCT.test(act) || NOT_OUTSIDE_ACT.test(act)) return false;
  const main = sentence.slice(actEnd, at);
  const subject = main.replace(SUBJECT_OPENING, '');
  const asSubject = NAMED_PARTY.exec(subject);
  if (asSubject !== null)
    return sameParty(asSubject[0], act) && !namesOther(subject.slice(asSubject[0].length) + sentence.slice(at));
  // The recipient phrase that holds the action's anchor ("accessed by the respective developer, affiliate …"), else the
  // first one after the action.
  const before = [...main.matchAll(RECIPIENT_BEFORE)].pop();
  const after = RECIPIENT_AFTER.exec(sentence.slice(at));
  const start = before ? actEnd + before.index + before[0].length : after ? at + after.index + after[0].length : null;
  if (start === null) return false;
  const party = NAMED_PARTY.exec(sentence.slice(start));
  // No other recipient anywhere in the main clause, before the party or after it.
  return (
    party !== null &&
    sameParty(party[0], act) &&
    !namesOther(sentence.slice(actEnd, start) + sentence.slice(start + party[0].length))
  );
}
