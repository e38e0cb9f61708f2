// The reader's act on an outside party's product as the condition of the sharing, and that party as its recipient
// (GUIDE D4, `conditional opt_in`): "If you connect a third-party app, that app may receive your content", "By
// adding or using an Application, the information … may be accessed by the respective Application Developer", "Your
// decision to share … with these third parties may result in Acme sending … to these third parties".
// Not the service's own sharing after some act of the reader: a recipient other than the party the act named ("When
// you use a third-party service, we may disclose your information to law enforcement"), using or visiting the service,
// things the service places on its pages (G7), or its vendors the reader deals with (D1, D10): all stay grants.
import {
  COMPANY_PURPOSES,
  CONDITION_WORDS,
  GUARD_STEMS,
  LEGAL_BASIS_OTHER_AIMS,
  LEGAL_BASIS_PHRASES,
  LEXICON_LISTS,
  MODAL_WORDS,
  OUTSIDE_PARTIES,
  READER_ACT_ADVERBS,
  READER_ACT_AGREEMENT_VERBS,
  READER_ACT_ANAPHOR_ADJECTIVES,
  READER_ACT_CHOICE_VERBS,
  READER_ACT_MAKER_ROLES,
  READER_ACT_OUTSIDE,
  READER_ACT_PLACED,
  READER_ACT_PRODUCTS,
  READER_ACT_PROVIDERS,
  READER_ACT_SERVICE_GROUNDS,
  READER_ACT_USE_PURPOSES,
  READER_ACT_VENDOR_ROLES,
  READER_ACT_VERBS,
  SENTENCE_LINKERS,
  SERVICE_PAGES,
  THIRD_PARTY_WORDS,
} from './lexicon';
import { RECIPIENT_WORD } from './rules/data-sharing';
import { wordsPattern } from './word-pattern';

const VERB = wordsPattern(READER_ACT_VERBS);
const VERB_GLOBAL = new RegExp(String.raw`\b${VERB}\b`, 'g');
const PRODUCT = wordsPattern(READER_ACT_PRODUCTS);
const WORD = String.raw`[\w’'-]+`;
const THIRD_PARTY = wordsPattern(THIRD_PARTY_WORDS);
const MODAL = wordsPattern(MODAL_WORDS);

/**
 * The condition that opens the sentence (after a linking word: "Similarly, by …"), up to its act verbs: "if you (choose
 * to) connect", "in the event you voluntarily use", "by adding or using", "your decision to share".
 */
const CONDITION = new RegExp(
  String.raw`^\W*(?:${wordsPattern(SENTENCE_LINKERS)},\s+)?(?:(?:${wordsPattern(CONDITION_WORDS)}|in\s+the\s+event(?:\s+that)?)\s+you\s+(?:${wordsPattern(READER_ACT_ADVERBS)}\s+)?(?:${wordsPattern(READER_ACT_CHOICE_VERBS)}\s+to\s+)?|by\s+|your\s+decision\s+to\s+)${VERB}(?:(?:,|\s+(?:and|or))\s+${VERB})*\b`,
);
/**
 * The act names an outside party or its product: "a third-party app", "another platform", "an Application … provided by
 * one of our business partners" (an app alone may be the service's own: "an app provided by Acme").
 */
const OUTSIDE_PRODUCT = new RegExp(
  String.raw`\b(?:${wordsPattern(OUTSIDE_PARTIES)}|${wordsPattern(READER_ACT_OUTSIDE)}\s+(?:${WORD}\s+)?${PRODUCT})\b`,
);
const PROVIDED_BY_OUTSIDE = new RegExp(
  String.raw`\b(?:provided|offered|made|developed)\s+by\s+(?:(?:one|any)\s+of\s+)?(?:our|an?|the)\s+(?:${WORD}\s+)?${wordsPattern(READER_ACT_PROVIDERS)}`,
);
/**
 * …but not the service's vendor ("a third-party payment provider"), nor what it places on its pages or in its app (G7):
 * "on our website", "of our app", "powered by …", "on our behalf".
 */
const NOT_OUTSIDE_ACT = new RegExp(
  String.raw`\b(?:${wordsPattern(READER_ACT_VENDOR_ROLES)}|${wordsPattern(READER_ACT_PLACED)}|(?:on|in|of|within)\s+our\s+(?:${WORD}\s+)?${wordsPattern(SERVICE_PAGES)})\b`,
);
/** "Use" alone is the reader's act only for the reader's own end: "if you use a third-party app to post". */
const USE_ONLY = /^(?:use|using)$/;
const USE_PURPOSE = new RegExp(String.raw`\bto\s+${wordsPattern(READER_ACT_USE_PURPOSES)}\b`);
/**
 * The party the act named, pointed back at: "it", "them" (not the empty "it is …", "it may be …"), "that app", "such
 * third parties", "the respective application developer, affiliate or business partner" (the determiner reaches the
 * coordinated nouns, captured for tailInAct), "the third party you choose".
 */
const NAMED_PARTY = new RegExp(
  String.raw`^(?:(?:it|them)\b(?!\s+(?:is|was|${MODAL}\s+be)\b)|(?:that|those|such|these|the\s+${wordsPattern(READER_ACT_ANAPHOR_ADJECTIVES)})\s+(?:${WORD}\s+){0,2}(?:${PRODUCT}|${THIRD_PARTY}|${wordsPattern(READER_ACT_MAKER_ROLES)})\b((?:(?:,|,?\s+(?:and|or))\s+(?!(?:with|to|by|their|our|its|which|who|whom|that|including)\b)${WORD}(?:\s+(?!(?:and|or)\b)${WORD})?\b){0,3})|the\s+${THIRD_PARTY}\s+(?:that\s+)?you\s+(?:choose|select|authori[sz]e)\b)`,
);
/** The main clause's subject before the action, after "you agree that": "that app may receive …". */
const SUBJECT_OPENING = new RegExp(String.raw`^[\s,]*(?:you\s+${wordsPattern(READER_ACT_AGREEMENT_VERBS)}\s+that\s+)?`);
/** The recipient's preposition, after the action or before it: "with …", "to …", the passive's "by …". */
const RECIPIENT_PREPOSITION = /\b(?:with|to|by)\s+/;
const RECIPIENT_BEFORE = new RegExp(RECIPIENT_PREPOSITION.source, 'g');
/** The act ends at a comma, or at the main clause's modal ("Your decision to share … may result in …"). */
const ACT_END = new RegExp(String.raw`[,;]|\s${MODAL}\s`);
/** An authority as a recipient ("law enforcement", "regulators"); also stance.ts's test beside the act's own party. */
export const AUTHORITY_WORD = new RegExp(String.raw`\b${wordsPattern(LEXICON_LISTS.Authority ?? [])}\b`);
/**
 * Another recipient named beside the party ("… and with advertisers", "… and to law enforcement"), or a ground or a
 * purpose of the service's own ("as required by law", "to protect our rights", "to comply with …", "for advertising").
 * Tested one by one: joined into one regex, recheck finds them polynomial.
 */
const OTHER_RECIPIENT_OR_GROUND: readonly RegExp[] = [
  RECIPIENT_WORD,
  AUTHORITY_WORD,
  /\b(?:as|if|where|when)\s+(?:(?:so|otherwise)\s+)?(?:required|permitted)\b/,
  /\brequired\s+by\b|\bpursuant\s+to\b|\bto\s+law\b/,
  new RegExp(String.raw`\bto\s+(?:comply|${wordsPattern(GUARD_STEMS)})|\b${wordsPattern(COMPANY_PURPOSES)}\b`),
  new RegExp(
    String.raw`\b${wordsPattern([...READER_ACT_SERVICE_GROUNDS, ...LEGAL_BASIS_PHRASES, ...LEGAL_BASIS_OTHER_AIMS])}\b`,
  ),
];
const namesOther = (rest: string): boolean => OTHER_RECIPIENT_OR_GROUND.some((r) => r.test(rest));
/**
 * The words that name the party, in the act and in the anaphor ("a third-party app" … "that app"), and the roles of its
 * maker ("the application developer").
 */
const PARTY_WORD = new RegExp(
  String.raw`\b(?:${PRODUCT}|${THIRD_PARTY}|${wordsPattern(READER_ACT_MAKER_ROLES)})\b`,
  'g',
);
const MAKER_ROLE = new RegExp(String.raw`^${wordsPattern(READER_ACT_MAKER_ROLES)}$`);
const partyStem = (word: string): string => word.replace(/[\s-]/g, '').replace(/(?:ies|y|s)$/, '');
/**
 * The heads of the party phrases in `text`: the last party word of each run ("a third-party service" → service, "such
 * third parties" → thirdpart, "service providers" → serviceprovider); a maker role names the product before it ("the
 * application developer" → application), except the service's vendors ("service providers").
 */
function partyHeads(text: string): Set<string> {
  const heads = new Set<string>();
  let run: string[] = [];
  let end = -1;
  const close = (): void => {
    if (run.length === 0) return;
    const last = run[run.length - 1]!;
    const before = run[run.length - 2];
    if (!MAKER_ROLE.test(last)) heads.add(partyStem(last));
    else if (before !== undefined && partyStem(before) !== 'service') heads.add(partyStem(before));
    else heads.add(partyStem(`${before ?? ''}${last}`));
    run = [];
  };
  for (const m of text.matchAll(PARTY_WORD)) {
    if (!/^[\s-]*$/.test(text.slice(end, m.index))) close();
    run.push(m[0]);
    end = m.index + m[0].length;
  }
  close();
  return heads;
}
/**
 * The anaphor points at the party the act named: a pronoun, the reader's choice, or the head of the act's party
 * ("another platform" … "these third parties" is some other party; "a third-party service" … "such third parties"
 * too).
 */
function sameParty(anaphor: string, act: string): boolean {
  if (/^(?:it|them|the\s+third)\b/.test(anaphor)) return true; // "the third party you choose"
  const named = partyHeads(act);
  return [...partyHeads(anaphor)].some((h) => named.has(h));
}
/** The anaphor restricted to some of them ("those third parties that help us", "such third parties, including …"). */
const RESTRICTED = /^\s*(?:,\s*)?(?:that|who|including)\b/;
/**
 * The coordinated words after the anaphor's head are the act's own ("the respective application developer, affiliate or
 * business partner" after "… provided by one of our affiliates or business partners"); another word is another
 * recipient ("that app, regulators or courts").
 */
function tailInAct(tail: string, act: string): boolean {
  const named = new Set((act.match(/[a-z]+/g) ?? []).map((w) => w.replace(/s$/, '')));
  return (tail.match(/[a-z]+/g) ?? [])
    .filter((w) => !/^(?:and|or|a|an|the)$/.test(w))
    .every((w) => named.has(w.replace(/s$/, '')));
}
/** The party matched by NAMED_PARTY is the act's alone, and nothing restricts it to some. */
function namesActParty(party: RegExpExecArray, act: string, rest: string): boolean {
  return sameParty(party[0], act) && tailInAct(party[1] ?? '', act) && !RESTRICTED.test(rest);
}

/**
 * The sibling of stance.ts's userStartsTransfer, which reads the reader's own act (connecting, permitting) whatever
 * it names.
 * `sentence` (lower case) opens on the reader's act on an outside product, and the sharing at `at` (after the act) goes
 * to that party alone, named by an anaphor as the main clause's subject or as the recipient after the action.
 */
export function readerActNamesRecipient(sentence: string, at: number): boolean {
  const condition = CONDITION.exec(sentence);
  if (condition === null) return false;
  const cut = ACT_END.exec(sentence.slice(condition[0].length));
  const actEnd = Math.min(at, cut ? condition[0].length + cut.index : at);
  const act = sentence.slice(0, actEnd);
  if (!(OUTSIDE_PRODUCT.test(act) || PROVIDED_BY_OUTSIDE.test(act)) || NOT_OUTSIDE_ACT.test(act)) return false;
  const verbs = condition[0].match(VERB_GLOBAL) ?? [];
  if (verbs.every((v) => USE_ONLY.test(v)) && !USE_PURPOSE.test(act)) return false;
  const main = sentence.slice(actEnd, at);
  const subject = main.replace(SUBJECT_OPENING, '');
  const asSubject = NAMED_PARTY.exec(subject);
  if (asSubject !== null) {
    const rest = subject.slice(asSubject[0].length);
    return namesActParty(asSubject, act, rest) && !namesOther(rest + sentence.slice(at));
  }
  // The recipient phrase that holds the action's anchor ("accessed by the respective developer, affiliate …"), else the
  // first one after the action.
  const before = [...main.matchAll(RECIPIENT_BEFORE)].pop();
  const after = RECIPIENT_PREPOSITION.exec(sentence.slice(at));
  const start = before ? actEnd + before.index + before[0].length : after ? at + after.index + after[0].length : null;
  if (start === null) return false;
  const party = NAMED_PARTY.exec(sentence.slice(start));
  // No other recipient anywhere in the main clause, before the party or after it.
  if (party === null) return false;
  const rest = sentence.slice(start + party[0].length);
  return namesActParty(party, act, rest) && !namesOther(sentence.slice(actEnd, start) + rest);
}
