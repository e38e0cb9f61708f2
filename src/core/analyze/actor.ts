// Who acts in a clause: the service (with its affiliates, partners and processors), the user, or someone else.
// "You may share your content with third parties" is the USER sharing, not a company grant; "You agree that we may
// share…" and "You grant us a licence…" are company rights despite the "you". Obligations and prohibitions on the
// user ("you may not use our content to train AI", "you agree not to sell") are never a right the service takes.
// The word classes (UserSubject, ServiceSubject, ServiceSide, ThirdParty, UserData) live in lexicon.ts.
import type { Actor } from '../types';
import { trimEndChars } from '../normalize/trim-chars';
import { bracketsAround } from './brackets';
import { firstPartyEndsAt, type FirstPartyNames } from './first-party';
import {
  ACCESS_WORDS,
  ADVISING_VERBS,
  CONDITION_WORDS,
  DUTY_ONLY_READERS,
  GERUND_LINKS,
  ING_MODIFIERS,
  ING_NON_GERUNDS,
  LEAVE_GIVEN_WORDS,
  LEXICON_LISTS,
  MODAL_WORDS,
  PARTY_ROLE_NOUNS,
  PURPOSE_OPENERS,
  SUBJECT_VERB_LINKS,
  OBJECT_DETERMINERS,
  OTHERS_IN_THE_OPEN,
  PROHIBITION_ADVERBS,
  PUBLIC_PLACES,
  READER_ACCOUNTS,
  READER_ACT_OBJECT_PRONOUNS,
  READER_ACT_OBJECT_STATES,
  READER_ACT_TIME_WORDS,
  READER_ARRANGES,
  DUTY_ADVERBS,
  READER_OWN_ACT,
  READER_OWN_MODEL,
  SANCTION_VERBS,
  READER_ROLE_PHRASES,
  READER_ROLES,
  RELATIVE_PRONOUNS,
  ROLE_OWNERS,
  USER_PARTIES,
  USER_POSTS_VERBS,
  USER_POSTS_ONLINE_VERBS,
  USER_DISCLOSES_VERBS,
  USER_DISCLOSING_VERBS,
  USER_PUBLISHES_VERBS,
} from './lexicon';
import type { Token } from './nlp';
import { endAt, WORD_START } from './sticky-at';
import { WITH_READERS_CONSENT } from './reader-consent';
import { wordsPattern } from './word-pattern';

/**
 * The reader as a subject: "you", or a role that stands for it ("users", "the User", "Members", "the Customer",
 * "Licensee", "Subscriber"). A duty, a choice or an act of the reader reads the same whichever word names it.
 */
export const READER = String.raw`(?:you|the\s+${wordsPattern(READER_ROLES)}|${wordsPattern(READER_ROLES)}s?)`;
/** Before a role, a word that makes it another's ("our clients", "its users"): no reader (see `ownedRole`). */
const OWNER_BEFORE = new RegExp(String.raw`\b${wordsPattern(ROLE_OWNERS)}\s$`);
const ROLE_WORDS: ReadonlySet<string> = new Set(READER_ROLES);
/**
 * A word (lower case) that names the reader by its role (READER_ROLES): singular, or plural only with `plural`, or
 * either with 'either'. For readings with a word slot `[a-z]+` where READER would be: with the reader's names inside
 * their gaps, recheck judges some of them polynomial.
 */
export function isReaderRole(word: string, plural: boolean | 'either'): boolean {
  if (plural !== true && ROLE_WORDS.has(word)) return true;
  return plural !== false && word.endsWith('s') && ROLE_WORDS.has(word.slice(0, -1));
}
/** A token that names the reader by its role ("customer", "licensees"), singular or plural. */
const readerRoleWord = (word: string): boolean => isReaderRole(word, 'either');
/**
 * READER as a word slot, its role read in code (readerInSlot): "you", "the" and a word (group 1), or a word (group 2).
 */
export const READER_SLOT = String.raw`(?:you|the\s+([a-z]+)|([a-z]+))`;
/** The words READER_SLOT took are READER's: a role in the singular after "the", or a role or its plural alone. */
export function readerInSlot(afterThe: string | undefined, bare: string | undefined): boolean {
  if (afterThe !== undefined) return isReaderRole(afterThe, false);
  return bare === undefined || isReaderRole(bare, 'either');
}
/** A token, or two tokens joined by a space, that name the reader in READER_ROLE_PHRASES ("account holders"). */
const ROLE_PHRASE = new RegExp(String.raw`^${wordsPattern(Object.keys(READER_ROLE_PHRASES))}s?$`);
/**
 * Token `i` ends a name of the reader: "you", a role ("Customer", "users"), or a role in two words ("account holders",
 * READER_ROLE_PHRASES).
 */
function readerWordAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.normal;
  return (
    w === 'you' ||
    readerRoleWord(w) ||
    ROLE_PHRASE.test(w) ||
    (i > 0 && ROLE_PHRASE.test(`${tokens[i - 1]!.normal} ${w}`))
  );
}
/** A name of the reader in READER_ROLE_PHRASES, with its plural "s" and its possessive apart. */
const ROLE_PHRASES = new RegExp(
  String.raw`\b(${wordsPattern(Object.keys(READER_ROLE_PHRASES))})(s?)\b((?:['’]s?)?)`,
  'gi',
);
/**
 * The text with each name of the reader in READER_ROLE_PHRASES written as the role it means, padded with spaces to
 * the same length ("account holders may" → "users           may"): READER and the other alternations of READER_ROLES
 * then read it, each role in them one word. A possessive stays on the role, the spaces after it ("participant's
 * consent" → "user's      consent"): the readings of the reader's consent or data want the apostrophe on the role.
 * Every offset into the text (the tokens') stays where it was.
 */
export function joinReaderRoles(text: string): string {
  return text.replace(ROLE_PHRASES, (m, phrase: string, s: string, possessive: string) => {
    const role = READER_ROLE_PHRASES[phrase.toLowerCase().replace(/\s+/g, ' ')] ?? phrase;
    const cased = /^\p{Lu}/u.test(phrase) ? role[0]!.toUpperCase() + role.slice(1) : role;
    return `${cased}${s}${possessive}`.padEnd(m.length, ' ');
  });
}
/**
 * The reader's role as a subject: a defined term ("Customer shall …", "If the Customer posts …"), written with a
 * capital or after "the". A bare lower-case plural ("customers") as often names the service's other customers. Not a
 * quoted alias ('the counterparty ("Customer")'), an item of a list ("Clients, partners, …"), nor before another
 * capitalised word ("the Acme Customer Agreement", "Customer Product Usage Information").
 */
function readerRoleAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!readerRoleWord(t.normal) || /[,;:.!?("“”'‘’)]/.test(t.post)) return false;
  const prev = tokens[j - 1];
  if (prev && /[("“'‘]\s*$/.test(prev.post)) return false;
  if (/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') || !verbAfterRole(tokens, j)) return false;
  // A modal right after it makes the role a subject after a lead-in with no comma ("For the avoidance of doubt the
  // Licensee may disclose …"); "invoice the Customer and may share" has "and" between.
  return prev?.normal === 'the'
    ? clauseStartsAt(tokens, j - 1) || MODAL.test(tokens[j + 1]?.normal ?? '')
    : /^\p{Lu}/u.test(t.text);
}

/**
 * The reader's role opens a clause at token `k` ("…, the Customer grants …", "…, Licensee hereby grants …"), as "you"
 * does: the role itself or "the" before it.
 */
export function readerSubjectAt(tokens: readonly Token[], k: number): boolean {
  const j = tokens[k]?.normal === 'the' ? k + 1 : k;
  return j < tokens.length && readerRoleAt(tokens, j);
}

/** A verb of advice in any form ("encourage", "urges", "advised"). */
const ADVISING = new RegExp(String.raw`^${wordsPattern(ADVISING_VERBS)}(?:s|d|ed)?$`);
/**
 * The role the service advises to act: "we encourage the Customer to use caution in disclosing …", "we urge Licensee
 * to review …" (as "we encourage you to …"): the act after "to" is the reader's.
 */
function advisedRole(tokens: readonly Token[], j: number): boolean {
  if (!readerWordAt(tokens, j) || tokens[j]!.normal === 'you' || tokens[j + 1]?.normal !== 'to') return false;
  const k = readerRoleWord(tokens[j]!.normal) || ROLE_PHRASE.test(tokens[j]!.normal) ? j : j - 1;
  const verb = tokens[k - 1]?.normal === 'the' ? tokens[k - 2] : tokens[k - 1];
  return !!verb && ADVISING.test(verb.normal) && !/[,;:.!?]/.test(verb.post);
}

/** One whole token among `words` (the lexicon's modals and the few auxiliaries each test adds). */
function tokenAmong(words: readonly string[], extra = ''): RegExp {
  return new RegExp(`^(?:${words.join('|')}${extra})$`);
}
/** A modal on its own ("may", "shall"). */
const MODAL = tokenAmong(MODAL_WORDS);
/** Words after a subject that belong to its verb: a modal, an auxiliary, an adverb ("Licensee hereby grants"). */
const VERB_AFTER_SUBJECT = tokenAmong(
  [...MODAL_WORDS, 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did'],
  '|hereby|also|further|not|never|then|alone|[a-z]+ly',
);
const AUX_AFTER_NOUN = tokenAmong([...MODAL_WORDS, 'is', 'are', 'was', 'were', 'have', 'has', 'do', 'does']);
/** The forms of "be" that carry a clause's verb or passive. */
const BE_FORMS = ['is', 'are', 'was', 'were', 'be', 'been'];
/**
 * The word at `k` is a verb in the third person ("Customer posts", "Supplier discloses"): an "-s" word that is no data
 * noun and has no verb of its own after it ("Customer orders may be …" is a noun).
 */
function thirdPersonVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^[a-z]{2,}(?<![su]s)s$/.test(t.normal) || isDataNoun(t)) return false;
  return /[,;:.!?]/.test(t.post) || !AUX_AFTER_NOUN.test(tokens[k + 1]?.normal ?? '');
}
/**
 * The role at `j` stands before its verb. A role before a noun modifies it ("Customer support may share …",
 * "Customer feedback trains …"): the noun is the subject.
 */
function verbAfterRole(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next) return false;
  return (
    VERB_AFTER_SUBJECT.test(next.normal) ||
    GRANT_VERBS.test(next.normal) ||
    next.tags.some((g) => g.endsWith('Verb')) ||
    thirdPersonVerb(tokens, j + 1)
  );
}
/** Words that open a clause: the subject after them ("If the Customer posts …") is the clause's. */
export const CLAUSE_OPENERS =
  /^(?:if|when|whenever|where|wherever|unless|until|that|because|as|since|once|while|whereas|then|so|although|though|provided|after|before)$/;
/**
 * The word at `k` ("the" of "the Customer") opens a clause: the first of the sentence, after a stop or an opener. After
 * a verb the role is its object ("We will invoice the Customer and may share …").
 */
function clauseStartsAt(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  // An opener fused to the last sentence by a missing space ("purposes.If the User provides …") opens it too.
  return !prev || /[,;:.!?(]/.test(prev.post) || CLAUSE_OPENERS.test(prev.normal.replace(/^.*\./, ''));
}

/** "decide whether to disclose", "wish to share": volition before the action belongs to the user unless the company is named. */
const VOLITION = /^(?:wish|want|choose|decide|deciding|decides|elect|asked|ask|whether)$/;
/** Verbs by which the service lets the user do the action that follows: "enable you to share", "let you post". */
const ENABLING = /^(?:enable|enables|enabling|allow|allows|allowing|let|lets|permit|permits)$/;
/** Verbs by which the user hands a right to the company. */
const GRANT_VERBS =
  /^(?:grants?|hereby|consents?|agrees?|authori[sz]es?|permits?|allows?|acknowledges?|understands?|accepts?|licen[cs]es?|instructs?|directs?|gives?|assigns?|waives?|represents?)$/;
const PASSIVE_AUX = /^(?:be|been|is|are|was|were|being|get|gets)$/;
/** Verbs by which the user collects other people's consent: "obtain consent from users before sharing …". */
const COLLECT_CONSENT =
  /^(?:obtain|obtains|obtaining|obtained|get|gets|getting|seek|seeking|secure|securing|collect|collecting)$/;
/** Words between such a verb and "consent": "obtain all required consents", "get their prior written consent". */
const CONSENT_QUALIFIER =
  /^(?:their|his|her|its|the|a|an|any|all|such|prior|written|express|explicit|valid|appropriate|necessary|required|parental|informed|affirmative|verifiable|adequate|proper|legally|and|or|end|users?)$/;

/**
 * The token at `k` is a grant verb by which the user hands the company a right. Not "consent" as what the user
 * collects from others ("you must obtain consent from users before sharing", "obtain end users' consent before
 * transferring"): the act that follows is the user's.
 */
function isGrantVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!GRANT_VERBS.test(t.normal)) return false;
  if (!/^consents?$/.test(t.normal)) return true;
  for (let i = k - 1; i >= Math.max(0, k - 5); i--) {
    if (COLLECT_CONSENT.test(tokens[i]!.normal)) return false;
    if (!CONSENT_QUALIFIER.test(tokens[i]!.normal)) return true;
  }
  return true;
}
/** Nouns a relative clause with the user as subject often qualifies, besides the lexicon's UserData class. */
const DATA_NOUNS =
  /^(?:content|contents|data|information|materials?|files?|messages?|recordings?|photos?|videos?|images?|documents?|posts?|prompts?|inputs?|submissions?|comments?|text|audio|everything|anything|things?|engagement|behaviou?r|activity|activities|interactions?|preferences|experience|journeys?)$/;
/**
 * Words before a user word that make it no subject: "information about you", "our users", "of other members", and
 * verbs whose object it is ("we will notify you of changes", "providing users with targeted ads", "showing you ads").
 */
const NOT_SUBJECT_BEFORE =
  /^(?:about|to|from|with|for|of|by|help|allow|let|enable|show|send|give|other|our|its|their|all|and|between|among|how|notify|notifying|inform|informing|tell|telling|alert|remind|email|e-mail|contact|contacting|showing|shows|sending|sends|giving|gives|provide|provides|providing|present|presenting|offer|offering|serve|serving|deliver|delivering|recommend|recommending|track|tracks|tracking|identify|identifies|identifying|recognise|recognises|recognising|recognize|recognizes|recognizing|distinguish|distinguishes|distinguishing|follow|follows|monitor|monitors|monitoring|observe|observes|observing|target|targets|targeting|reach|reaches|reaching|anonymous)$/;
/** The subject of a duty on the user (userDuties): the reader, or a party bound only by duties ("Developer"). */
const DUTY_SUBJECT = String.raw`(?:${READER}|${wordsPattern(DUTY_ONLY_READERS)}s?)`;
/** Each step of the duty, read from where it is put (sticky): small regexes whose joins are stepped in code. */
const DUTY_SUBJECT_AT = new RegExp(String.raw`${DUTY_SUBJECT}\s+`, 'y');
/** One word of the duty's lead before "not": "will", "agrees", "hereby", "also" (up to three, userDutyLeadEnd). */
const DUTY_LEAD_AT =
  /(?:also|further|hereby|will|shall|may|must|should|can|agrees?|undertakes?|promises?|represents?|warrants?|acknowledges?)\s+/y;
const DUTY_AND_AGREES_AT = /and\s+(?:agrees?|warrants?)\s+/y;
const DUTY_THAT_AT = new RegExp(String.raw`that\s+(?:they|it|${READER})\s+(?:will|shall)\s+`, 'y');
const DUTY_NOT_AT = /(?:not|never|refrain\s+from)\b/y;
const READER_NOT_ALLOWED_AT = new RegExp(
  String.raw`${READER}\s+(?:(?:also|further)\s+)?(?:(?:are|is)\s+(?:not\s+(?:allowed|permitted|authori[sz]ed|entitled)|prohibited\s+from|forbidden\s+to)\b|won['’]t|can['’]t|cannot|mustn['’]t|shan['’]t|(?:aren|isn)['’]t\s+(?:allowed|permitted))`,
  'y',
);
const NOR_READER_AT = new RegExp(String.raw`nor\s+(?:will|shall|may)\s+${READER}\b`, 'y');
const IN_NO_EVENT_AT = new RegExp(
  String.raw`(?:in\s+no\s+(?:event|case)|under\s+no\s+circumstances?|at\s+no\s+time|on\s+no\s+account)(?:\s*,)?\s+(?:will|shall|may|must|should|can|are|is)\s+${DUTY_SUBJECT}(?!['’])\s+(?!be\b|(?:[\w-]+\s+)?(?:data|information|content|details)\b)`,
  'y',
);
/**
 * The end of "not"/"never"/"refrain from" after up to `left` words of the duty's lead from `at` ("will not", "agrees
 * and warrants that it will not", "also agrees that you shall not"), or -1; the longest lead is tried first.
 */
function dutyNotEnd(s: string, at: number, left: number): number {
  if (left > 0) {
    const lead = endAt(DUTY_LEAD_AT, s, at);
    if (lead >= 0) {
      const and = endAt(DUTY_AND_AGREES_AT, s, lead);
      for (const from of and >= 0 ? [and, lead] : [lead]) {
        const that = endAt(DUTY_THAT_AT, s, from);
        for (const next of that >= 0 ? [that, from] : [from]) {
          const end = dutyNotEnd(s, next, left - 1);
          if (end >= 0) return end;
        }
      }
    }
  }
  return endAt(DUTY_NOT_AT, s, at);
}
/** The end of a duty on the user that opens at `at` (a word's start), or -1. */
function userDutyEnd(s: string, at: number): number {
  const subject = endAt(DUTY_SUBJECT_AT, s, at);
  const not = subject >= 0 ? dutyNotEnd(s, subject, 3) : -1;
  if (not >= 0) return not;
  for (const re of [READER_NOT_ALLOWED_AT, NOR_READER_AT, IN_NO_EVENT_AT]) {
    const end = endAt(re, s, at);
    if (end >= 0) return end;
  }
  return -1;
}
/**
 * Each duty or prohibition on the user in `s` (lower-cased), left to right and apart, as a regex's matches: "you will
 * not", "you agree not to", "you are not permitted to", "users shall not", "you must refrain from", "you are prohibited
 * from", and the inverted "in no event may you", "under no circumstances shall the Customer", but not a passive or the
 * reader's data after it ("at no time will you be tracked", "under no circumstances will Customer Data be sold": the
 * service's promise). Read word by word in code, so that a reader's phrase or a lead word can be added to a step
 * without a polynomial regex.
 */
function* userDuties(s: string): Generator<{ index: number; 0: string }> {
  let from = 0;
  for (const w of s.matchAll(WORD_START)) {
    if (w.index < from) continue;
    const end = userDutyEnd(s, w.index);
    if (end < 0) continue;
    yield { index: w.index, 0: s.slice(w.index, end) };
    from = end;
  }
}
/**
 * A responsibility put on the user ("you are solely responsible for …"): a duty over the acts it names, but not over a
 * clause after it with a verb of its own ("… your content, which may be used to train our models" is the company's),
 * nor "responsible for reviewing any modifications" (keeping up with the company's acts).
 */
const USER_RESPONSIBLE = new RegExp(
  String.raw`\b(?:${READER}\s+(?:are|is|shall\s+be|will\s+be|remains?)\s+(?:solely\s+|fully\s+|entirely\s+|exclusively\s+)?responsible\s+for|it\s+is\s+(?:solely\s+)?your\s+(?:sole\s+)?responsibility\s+to)\s+(?!(?:periodically\s+|regularly\s+)?(?:review|check|monitor|read|visit|becom))`,
);
/**
 * A sentence that opens with a prohibition in the imperative, with no subject: "Do not use Acme except for your own
 * personal use and do not sell, rent, transfer, or share your account". Not a "Do Not Sell or Share My Personal
 * Information" link (the user's choice, read by the rules) nor a "Do Not Track" label; not "Never …", which as often
 * opens an item of the service's promises ("We are committed to: … Never selling your information").
 */
const IMPERATIVE_PROHIBITION = /^\W*(?:please\s+)?(?:do\s+not|don['’]t)\s+(?!track\b)/;
/**
 * Between "Do not" and the action, another clause ("Do not use the Services if you do not agree that we may …", "Do not
 * worry: we share …"): the prohibition does not reach the action. "our" as an object ("Do not use our content to
 * train …") is within it.
 */
const CLAUSE_BETWEEN = /\bwe\b|:\s*(?!\(?[a-z0-9]{1,4}[.)]\s)/;
/**
 * A clause with a subject of its own and a modal or a passive: "…, because prompts may be reviewed …", "… that the
 * Company may share …", "…, and Acme may disclose …". Not the reader's ("that you may …"), nor a condition on the act
 * ("if the data will be sold": the prohibition reaches into it).
 */
const OWN_CLAUSE_OPENER = /(?:[,;]\s*(?:and|but|or)|\b(?:because|as|since|that|though|although|whereas|while))\s+/g;
const READER_FIRST = new RegExp(String.raw`^${READER}\s`);
const CLAUSE_VERB = tokenAmong([...MODAL_WORDS, ...BE_FORMS]);
function ownClauseStart(between: string): number {
  let start = -1;
  for (const m of between.matchAll(OWN_CLAUSE_OPENER)) {
    const after = between.slice(m.index + m[0].length);
    if (READER_FIRST.test(after)) continue;
    const verb = after.split(/\s+/, 6).findIndex((w) => CLAUSE_VERB.test(w));
    if (verb >= 1 && verb <= 4) start = m.index + m[0].length;
  }
  return start;
}
function ownClause(between: string): boolean {
  return ownClauseStart(between) >= 0;
}
/**
 * Where the action's own clause begins in `before` (the text from its clause's start to the action) when that text
 * opens with "Do not": the prohibition does not negate it ("Do not submit …, because prompts may be used to train …").
 * -1 when there is no such clause.
 */
export function clauseAfterImperative(before: string): number {
  return IMPERATIVE_PROHIBITION.test(before) ? ownClauseStart(before) : -1;
}
/**
 * The service named as a subject between `from` (a text offset) and the action: the first party or "we"/"the company"
 * with a modal or a verb of its own ("… if you do not accept that Acme shares …").
 */
function serviceSubjectBetween(
  tokens: readonly Token[],
  from: number,
  anchor: number,
  firstParty: FirstPartyNames,
): boolean {
  for (let k = anchor - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    const named = firstPartyEndsAt(tokens, k, firstParty) || (t.tags.includes('ServiceSubject') && t.normal !== 'us');
    if (named && (MODAL.test(tokens[k + 1]?.normal ?? '') || thirdPersonVerb(tokens, k + 1))) return true;
  }
  return false;
}
/**
 * A prohibition with no subject: "It is prohibited to share …", "It is not permitted to sell …", as "you may not". It
 * ends at a clause of its own after it ("…, and Acme may disclose …"). Not about the reader's own data as the object
 * ("It is prohibited to sell your data", "… to disclose customer data to third parties" is the service's promise), nor
 * with the service named as a subject after it. "our content" as the object is the reader's duty still.
 */
const IMPERSONAL_PROHIBITION = new RegExp(
  String.raw`\bit\sis\s(?:${wordsPattern(PROHIBITION_ADVERBS)}\s)?(?:prohibited|forbidden|not\s(?:permitted|allowed))\sto\b`,
);
const OBJECT_WORD = String.raw`(?!(?:to|with|for|from|in|on|at|by|about|except|unless|without)\b)[\w-]+`;
/**
 * The reader's data by a data word of the lexicon after up to two modifiers ("your personal data", "your location
 * data", "Customer's contact details"), not any "your" ("your account", "your login details" are the reader's). Read
 * in code from each owner (readersData): one regex with the reader's roles between the gaps is polynomial by recheck.
 */
const READER_OWNER = new RegExp(String.raw`\b(?:your|${wordsPattern(READER_ROLES)}s?(?:['’]s?)?)\s+`, 'g');
/** From the first word, up to four object words, then the owner (READER_OWNER) where the slice ends. */
const OBJECT_LEAD = new RegExp(String.raw`^[\w-]+(?:,?\s+${OBJECT_WORD}){0,4}?\s+$`);
/** The first five words and the spaces after them: the furthest OBJECT_LEAD reaches. */
const LEAD_WORDS = /^(?:\S+\s+){0,5}/;
/** After the owner: up to two modifiers, not an access word, then a data word of the lexicon. */
const OWNED_DATA = String.raw`(?:(?!${wordsPattern(ACCESS_WORDS)}\b)${OBJECT_WORD}\s+){0,2}?${wordsPattern(LEXICON_LISTS.UserData!)}\b`;
const OWNED_DATA_AT = new RegExp(OWNED_DATA, 'y');
/** …not data it got elsewhere ("your personal data obtained through …"). */
const OWNED_DATA_NOT_GOT_AT = new RegExp(
  String.raw`${OWNED_DATA}(?!\s+(?:obtained|received|accessed)\s+(?:through|via|from)\b)`,
  'y',
);
/**
 * The reader's owner word within the first five words of the text, then its data as `ownedAt` (sticky) reads it after
 * the owner.
 */
function readersData(text: string, ownedAt: RegExp): boolean {
  // OBJECT_LEAD takes at most five words before the owner: no owner further on can pass it.
  const leadEnd = LEAD_WORDS.exec(text)![0].length;
  for (const m of text.matchAll(READER_OWNER)) {
    if (m.index > leadEnd) break;
    if (!OBJECT_LEAD.test(text.slice(0, m.index))) continue;
    ownedAt.lastIndex = m.index + m[0].length;
    if (ownedAt.test(text)) return true;
  }
  return false;
}
/** The reader's data named as the object before the action ("to use Customer Data to train …"). */
const readersDataFirst = (text: string): boolean => readersData(text, OWNED_DATA_AT);
/** The reader's data as the object of the action ("sell (or share) your personal data …"), not data it got elsewhere. */
const readersObject = (text: string): boolean => readersData(text, OWNED_DATA_NOT_GOT_AT);
function impersonalProhibition(
  tokens: readonly Token[],
  anchor: number,
  sentenceToAction: string,
  rest: string,
  firstParty: FirstPartyNames,
): boolean {
  const m = IMPERSONAL_PROHIBITION.exec(sentenceToAction);
  if (!m) return false;
  const between = sentenceToAction.slice(m.index + m[0].length);
  if (CLAUSE_BETWEEN.test(between) || ownClause(between)) return false;
  // The reader's data before the action is its object too ("to use Customer Data to train …").
  if (readersDataFirst(between.trimStart())) return false;
  return readersProhibition(tokens, tokens[anchor]!.start - between.length, anchor, rest, firstParty);
}
/**
 * A prohibition with no subject of its own is the reader's duty, unless the service is named as a subject from `from`
 * to the action, or the reader's own data is its object (the service's promise).
 */
function readersProhibition(
  tokens: readonly Token[],
  from: number,
  anchor: number,
  rest: string,
  firstParty: FirstPartyNames,
  readsObject: (text: string) => boolean = readersObject,
): boolean {
  return !serviceSubjectBetween(tokens, from, anchor, firstParty) && !readsObject(rest);
}
/**
 * The act as a gerund that opens the sentence, then forbidden: "Scraping content from the Site to train … is
 * prohibited", "Sharing, selling or licensing this contact information is strictly prohibited", as "It is prohibited
 * to …". Not a preposition or a pronoun in "-ing" ("Regarding …", "Nothing …"), a noun in "-ing" ("Processing of data
 * …") or a trade before its noun ("Advertising networks … are not allowed to …": the networks' duty, not the reader's),
 * not with an exception after it ("… is not permitted without your consent": the service's condition), nor with a
 * clause of its own between.
 */
const GERUND_OPENS = new RegExp(
  String.raw`^\W*(?:[a-z0-9]{1,4}[.)]\s*)?(?!${wordsPattern(ING_NON_GERUNDS)}\b)(?!${wordsPattern(ING_MODIFIERS)}\s+(?!${wordsPattern(OBJECT_DETERMINERS)}\b|${wordsPattern(GERUND_LINKS)}\b)[a-z])([a-z]{2,}ing)\b(?!\s+of\b)`,
);
/**
 * "without" the reader's say ("… is not permitted without your consent", "without the User's approval") makes the
 * prohibition the service's promise; without the service's leave ("without our written permission", "without a
 * licence from Acme") it stays the reader's ban.
 */
const FORBIDDEN_AFTER = new RegExp(
  String.raw`^[^.;:]*?\b(is|are)\s+(?:${wordsPattern(PROHIBITION_ADVERBS)}\s+)?(?:prohibited|forbidden|not\s+(?:permitted|allowed))\b(?![^.;]*\s(?:unless|${WITH_READERS_CONSENT}|except|other\s+than)\b)`,
);
/** A gerund subject takes "is"; "are" only after gerunds joined ("Selling or sharing … are prohibited"). */
const GERUNDS_JOINED = /(?:,|\band|\bor)\s+[a-z]{2,}ing\b/;
/** The service or a modal in the subject: a clause of the service's own, no gerund subject. */
const SERVICE_OR_MODAL = ['we', 'us', ...MODAL_WORDS];
const OWN_SUBJECT = new RegExp(String.raw`\b(?:${SERVICE_OR_MODAL.join('|')})\b`);
/**
 * The act is in a gerund subject that the sentence then forbids ("Selling your personal information is strictly
 * prohibited"): the gerund phrase from its first word, or null. `sentenceToAction` and `rest` in lower case, `rest` from
 * the action to the sentence's end.
 */
export function forbiddenGerund(sentenceToAction: string, rest: string): string | null {
  const text = sentenceToAction + rest;
  const g = GERUND_OPENS.exec(text);
  if (!g) return elidedForbiddenGerund(sentenceToAction, rest);
  const m = FORBIDDEN_AFTER.exec(rest);
  if (!m || OWN_SUBJECT.test(sentenceToAction) || OWN_SUBJECT.test(m[0]) || ownClause(sentenceToAction))
    return elidedForbiddenGerund(sentenceToAction, rest);
  if (m[1] === 'are' && !GERUNDS_JOINED.test(sentenceToAction + m[0])) return null;
  return text.slice(g[0].length - g[1]!.length);
}

/** Words of leave that a contrast's bare "is not" repeats: "… is allowed, but sharing … is not [allowed]". */
const LEAVE_GIVEN = new Set(LEAVE_GIVEN_WORDS);
const NON_GERUNDS = new Set(ING_NON_GERUNDS);
/**
 * The gerund after "but" whose bare "is not" ends the sentence, after leave given before the contrast: "Commenting on
 * other streamers is allowed, but disclosing their contact details is not". The elided word is the leave ("is not
 * allowed"): the reader's prohibition, as the spelled-out "… is not allowed" (FORBIDDEN_AFTER). Words stepped in code,
 * no regex over the sentence. The gerund phrase from its first word, or null.
 */
function elidedForbiddenGerund(sentenceToAction: string, rest: string): string | null {
  const cut = sentenceToAction.lastIndexOf(' but ');
  if (cut < 0) return null;
  const stop = rest.search(/[.;!?]/);
  const tail = (stop < 0 ? rest : rest.slice(0, stop)).trim().split(/\s+/);
  if (tail.length < 3 || tail[tail.length - 1] !== 'not' || !/^(?:is|are)$/.test(tail[tail.length - 2]!)) return null;
  const gerundPhrase = sentenceToAction.slice(cut + 5).trimStart() + rest;
  const first = gerundPhrase.split(/\s+/, 1)[0]!;
  if (!/^[a-z]{2,}ing$/.test(first) || NON_GERUNDS.has(first) || OWN_SUBJECT.test(tail.join(' '))) return null;
  const leave = sentenceToAction
    .slice(0, cut)
    .split(/\s+/)
    .slice(-3)
    .map((w) => trimEndChars(w, /,/));
  const k = leave.findIndex((w) => w === 'is' || w === 'are');
  return k >= 0 && LEAVE_GIVEN.has(leave[leave.length - 1]!) && k < leave.length - 1 ? gerundPhrase : null;
}
/** The gerund prohibition is the reader's duty: not with the reader's data as the gerund's object (the service's promise). */
function gerundForbidden(
  tokens: readonly Token[],
  anchor: number,
  sentenceToAction: string,
  rest: string,
  firstParty: FirstPartyNames,
): boolean {
  const phrase = forbiddenGerund(sentenceToAction, rest);
  if (phrase === null || readersDataFirst(phrase)) return false;
  // The object by a data word: a gerund subject with no actor is often the reader's ban ("Selling your account …").
  return readersProhibition(
    tokens,
    tokens[anchor]!.start - sentenceToAction.length,
    anchor,
    rest,
    firstParty,
    readersDataFirst,
  );
}
/** A "Do Not Sell or Share My/Your Personal Information" link: the user's choice, read by the rules. */
const DO_NOT_SELL_TITLE = /^\W*do\s+not\s+sell\b[^.]{1,40}\b(?:my|your)\b/;

/**
 * A sentence that opens with advice in the imperative on how the user should act: "Think carefully before sharing
 * personal information with third parties", "Use caution when disclosing …", "Be careful about what you share".
 */
const ADVICE_WORDS = String.raw`(?:always\s+)?(?:think\s+(?:carefully|twice)|(?:use|exercise|take)\s+(?:caution|care|discretion|(?:common\s+sense\s+and\s+)?good\s+judge?ment|common\s+sense)|be\s+(?:careful|cautious|mindful|wary|thoughtful)|avoid|refrain\s+from)\b`;
/**
 * The same advice addressed to the user ("You should use discretion when disclosing information online"), or opened by
 * "please" after a clause ("…, and please use caution when disclosing any personal information"). Mid-sentence, a
 * bare verb is as often the service's own ("we collect data and avoid sharing it").
 */
const IMPERATIVE_ADVICE = new RegExp(
  String.raw`^\W*(?:${READER}\s+(?:should|must|may\s+(?:want|wish)\s+to)\s+(?:also\s+|always\s+)?|please\s+)?${ADVICE_WORDS}|(?:[,;]\s*|\b)(?:and\s+)?(?:please\s+|${READER}\s+should\s+(?:also\s+|always\s+)?)${ADVICE_WORDS}`,
  'g',
);
/** The last advice in the sentence before the action, or null. */
function lastAdvice(sentenceToAction: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const m of sentenceToAction.matchAll(IMPERATIVE_ADVICE)) last = m as RegExpExecArray;
  return last;
}
/**
 * Between the advice and the action, a clause of the service's own: "Use caution: we share …", "Be careful, as we
 * share …", "Be mindful that the company may share …" (a first-party name is checked on the tokens). A clause about
 * what the user posts ("…, as anything you post may be disclosed to other users") stays within the advice.
 */
const ADVICE_ENDS = new RegExp(
  String.raw`[:;]|\b(?:we|us|our)\b|\b(?:that|because|as|since)\s+(?:the\s+|its\s+)?(?:company|service|${wordsPattern(LEXICON_LISTS.ServiceSide!)})\b`,
);
const MODAL_WORD = new RegExp(String.raw`\b(?:${MODAL_WORDS.join('|')})\b`, 'g');
/** The reader as a subject in the modal's clause ("you may", "anything you post may"), not "data about members". */
const READER_IN = new RegExp(
  String.raw`(?<!\b(?:about|of|from|to|with|for|by|on|regarding|concerning|${ROLE_OWNERS.join('|')})\s)\b${READER}\b`,
);
/** The clause a modal's subject sits in, from the last comma or subordinator before it. */
const CLAUSE_START = /^(?:[\s\S]*(?:,|\b(?:that|because|as|since|before|when|if)\b))?/;
/** A modal whose subject is not the user ("…, information may be shared with third parties") ends the advice. */
function modalNotOfUser(afterAdvice: string): boolean {
  for (const m of afterAdvice.matchAll(MODAL_WORD)) {
    const before = afterAdvice.slice(0, m.index);
    const clause = before.slice(CLAUSE_START.exec(before)![0].length);
    if (!READER_IN.test(clause)) return true;
  }
  return false;
}
/** The advice reaches the action: no clause and no first-party name between (a name is the subject of the action). */
function adviceGoverns(
  tokens: readonly Token[],
  anchor: number,
  sentenceToAction: string,
  firstParty: FirstPartyNames,
): boolean {
  const m = lastAdvice(sentenceToAction);
  const end = (m?.index ?? 0) + (m?.[0].length ?? 0);
  const afterAdvice = sentenceToAction.slice(end);
  if (!m || ADVICE_ENDS.test(afterAdvice) || modalNotOfUser(afterAdvice)) return false;
  const from = (tokens[anchor]?.start ?? 0) - sentenceToAction.length + end;
  for (let k = anchor - 1; k >= 0 && tokens[k]!.start >= from; k--)
    if (firstPartyEndsAt(tokens, k, firstParty)) return false;
  // The service as the passive's agent: "Be mindful that information you post may be shared by us with advertisers".
  if (tokens[anchor + 1]?.normal !== 'by') return true;
  for (let k = anchor + 2; k <= anchor + 4 && k < tokens.length; k++)
    if (
      tokens[k]!.tags.some((g) => /^(?:ServiceSubject|ServiceSide)$/.test(g)) ||
      firstPartyEndsAt(tokens, k, firstParty)
    )
      return false;
  return true;
}

/**
 * A sentence opened by the act as a gerund ("Before disclosing your data to a third party, …") whose main clause
 * advises the reader ("…, please check their policy", "…, you should be careful"): the gerund's subject is the reader
 * (lexicon READER_OWN_ACT). A main clause of the service's own ("…, we require them to …") leaves it to the others.
 */
const OPENER_BEFORE_GERUND = new RegExp(
  String.raw`^\W*(?:(?:also|and|but|tip)\W+)?${wordsPattern(READER_OWN_ACT.gerundOpeners)}\s+$`,
);
/** The main clause after the gerund's, opened by advice to the reader (lexicon READER_OWN_ACT). */
const ADVICE_CLAUSE = new RegExp(
  String.raw`^[^,;:]*(?:,[^,;:]*){0,3}?,\s*(?:and\s+)?(?:(?:please\s+)?(?:always\s+)?${wordsPattern(READER_OWN_ACT.adviceOpeners)}\b|${READER}\s+(?:also\s+|always\s+)?${wordsPattern(READER_OWN_ACT.readerAdvised)}\b)`,
);
function readerGerundAdvised(
  tokens: readonly Token[],
  anchor: number,
  sentence: string,
  rest: string,
  end: number,
  firstParty: FirstPartyNames,
): boolean {
  if (!/[a-z]{3}ing$/.test(tokens[anchor]!.normal) || !OPENER_BEFORE_GERUND.test(sentence)) return false;
  const main = ADVICE_CLAUSE.exec(rest);
  if (!main) return false;
  // The service anywhere in the advice's sentence is the gerund's subject as often ("…, be careful: we share …").
  if (ADVICE_ENDS.test(rest.slice(main[0].length))) return false;
  for (let k = anchor + 1; k < tokens.length && tokens[k]!.start < end; k++)
    if (
      tokens[k]!.tags.some((g) => g === 'ServiceSubject' || g === 'ServiceSide') ||
      firstPartyEndsAt(tokens, k, firstParty)
    )
      return false;
  return true;
}
/**
 * The reader's ease or care with the act just after: "you are comfortable sharing …", "Users are careful when
 * disclosing …". Not as a condition ("If you are comfortable sharing your data, turn on the setting": an opt-in).
 */
const READER_EASE = new RegExp(
  String.raw`\b${READER}\s+(?:are|is|feel|feels|be)\s+(?:[a-z]+ly\s+)?${wordsPattern(READER_OWN_ACT.ease)}\s+(?:(?:when|before|while|about|in)\s+)?$`,
);
/** The words READER_EASE can end on: the sentence's last word must be one, a cheap gate before the unanchored test. */
const EASE_LAST = new Set<string>([...READER_OWN_ACT.ease, 'when', 'before', 'while', 'about', 'in']);
function readerEase(sentence: string): boolean {
  if (!EASE_LAST.has(lastWordOf(sentence))) return false;
  const m = READER_EASE.exec(sentence);
  return !!m && !/\b(?:if|unless|once|whether)\s+$/.test(sentence.slice(0, m.index));
}
/** The act as the reader's choice: "it is solely your choice to share …", "it is up to the customer whether to …". */
const READER_CHOICE = new RegExp(
  String.raw`\bit\s+is\s+(?:[a-z]+ly\s+)?(?:(?:your|the\s+${wordsPattern(READER_ROLES)}['’]s|${wordsPattern(READER_ROLES)}s?['’]s?)\s+(?:own\s+)?${wordsPattern(READER_OWN_ACT.choiceNouns)}|up\s+to\s+(?:you|the\s+${wordsPattern(READER_ROLES)}))\s+(?:whether\s+)?to\s+(?:[a-z]+,?\s+(?:or|and)\s+)?$`,
);

/** The words READER_CHOICE can end on ("… to", "… to publish or"): the gate before the unanchored test. */
const CHOICE_LAST = new Set(['to', 'or', 'and']);
function readerChoice(sentence: string): boolean {
  return CHOICE_LAST.has(lastWordOf(sentence)) && READER_CHOICE.test(sentence);
}
/**
 * The sentence's last word when it ends in letters and spaces ("" after a comma or a digit), read from the end: it
 * gates the tests anchored at the sentence's end ("…$"), which an engine otherwise tries from every position.
 */
function lastWordOf(sentence: string): string {
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[a-z]/.test(sentence[start - 1]!)) start--;
  return sentence.slice(start, end);
}

/** An imperative prohibition after "so" just before the action: "…, so never share …", "so do not disclose …". */
const SO_NEVER = /\bso\W{0,4}(?:never|do\s+not|don['’]t)\s+$/;

/** "Do not share your account …" with the action in the prohibition's own clause. */
function imperativeGoverns(
  tokens: readonly Token[],
  anchor: number,
  sentenceToAction: string,
  lowerText: string,
  firstParty: FirstPartyNames,
): boolean {
  if (DO_NOT_SELL_TITLE.test(lowerText)) return false;
  // An item read after its lead-in ("Provided that you: do not adapt, copy, … share …") opens after the colon.
  const item = sentenceToAction.slice(sentenceToAction.lastIndexOf(':') + 1);
  return [sentenceToAction, item].some((part) => {
    const m = IMPERATIVE_PROHIBITION.exec(part);
    if (!m) return false;
    const between = part.slice(m[0].length);
    // `part` ends with the action word itself.
    const from = tokens[anchor]!.end - between.length;
    return (
      !CLAUSE_BETWEEN.test(between) && !ownClause(between) && !serviceSubjectBetween(tokens, from, anchor, firstParty)
    );
  });
}
/** After the reader's responsibility, a verb or subject of a clause of its own ("…, which may be used …"). */
const OWN_VERB = new RegExp(String.raw`\b(?:${[...SERVICE_OR_MODAL, ...BE_FORMS].join('|')})\b`);
/** A list item that states what the user must not do: "Not to train any model …", "(v) use nor attempt to use …". */
const NOT_TO_ITEM = /^\W*(?:[ivx\d]+[.)]\s*)?(?:not\s+to|never\s+to|(?:[a-z]+\s+){1,3}nor\s+attempt\s+to)\b/;
/**
 * An item of a list of what the user may not do, opening with its own exception: "except as otherwise authorised by
 * Acme, use the Services to train …", "except where explicitly allowed by this Agreement, collect …".
 */
const EXCEPT_AS_ALLOWED_ITEM =
  /^\W*except\s(?:as|where|to\sthe\sextent)\s(?:otherwise\s|expressly\s|explicitly\s|specifically\s)?(?:authori[sz]ed|permitted|allowed)\b/;
/** A list item of what the user may not do that opens with its own exception ("except as authorised by Acme, use …"). */
export function isExceptAsAllowedItem(lower: string): boolean {
  return EXCEPT_AS_ALLOWED_ITEM.test(lower);
}
/** The user's own model or training data: "train your own models", "create models from your own training data". */
const USER_OWN = /\byour\sown\s(?:[\w-]+\s){0,2}?(?:models?|training|datasets?|ai|algorithms?)\b/;
/** A heading or lead-in that introduces what the user must not do ("Prohibited uses", "You agree not to:"). */
const PROHIBITION_HEADING =
  /\b(?:prohibit\w*|restrictions?\s+(?:on|of)\s+use|(?:usage|use)\s+restrictions?|you\s+(?:\w+\s+){0,2}(?:not|never)\b|(?:are|is)\s+not\s+(?:allowed|permitted)|aren['’]t\s+allowed|don['’]ts|not\s+to\s*:|forbidden|restricted\s+(?:use|activities))/i;

/**
 * A subject-less item that opens with its verbs and acts on other people's data: "Selling, exchanging or distributing
 * to a third party the phone numbers of any person without such person's consent", "Share others’ personal
 * information off-platform". A rule for the user: the service names the reader's data ("your …") in its own lists.
 */
const VERBS_ONLY = /^\W*(?:[a-z]+(?:,\s*|\s+(?:or|and)\s+|\s+and\/or\s+))*$/i;
const OTHERS_DATA =
  /\b(?:others['’]|other\s+(?:people|persons|users|members|individuals)['’]|(?:of|about)\s+(?:any|another|other)\s+(?:person|people|individual|user|member|party)s?\b|(?:someone|anyone)\s+else['’]s\b)/i;
function othersDataItem(before: string, after: string): boolean {
  if (!VERBS_ONLY.test(before)) return false;
  const end = after.search(/[.;!?](?:\s|$)/);
  return OTHERS_DATA.test((end < 0 ? after : after.slice(0, end)).slice(0, 120)) && !/\byou(?:rs?)?\b/i.test(after);
}

/**
 * The end of a lead-in that lists what the user can do ("You can use the Platform to:", "Users may:"): its items are
 * the user's own acts, unless the service is named in it.
 */
const USER_ABILITY_LEAD = new RegExp(
  String.raw`^\W*${READER}\s+(?:can|may|could|(?:are|is)\s+able\s+to|will\s+be\s+able\s+to)\s+(?!not\b)`,
  'i',
);

/** A lead-in that lists choices: "You may choose to:", "Users may elect to:". */
const CHOICE_LEAD = /\b(?:choose|chose|elect|decide|opt|wish|want|consent|agree|allow)\b/i;

/** The lead-in that ends with a colon just before the unit (from its last sentence or colon break), or "". */
function lastLead(context: string): string {
  const trimmed = context.trimEnd();
  if (!trimmed.endsWith(':')) return '';
  const body = trimmed.slice(0, -1);
  const cut = Math.max(body.lastIndexOf(':'), body.lastIndexOf('. '), body.lastIndexOf(';'));
  return body.slice(cut + 1);
}

/** Words a grant verb may stand before the user it grants to: "grant to any other user", "give each member". */
const GRANTEE_LEAD = /^(?:to|each|any|every|other|all|that|the|such|a|and|us)$/;
/** Verbs that hand a right to whoever follows them ("you grant each User a licence"). */
const GRANT_TO = /^(?:grant|grants|granting|give|gives|giving|license|licenses|licence|licences)$/;

/** The user word at `j` receives a right ("you grant each User of the Service a licence"): an object, no subject. */
function isGrantee(tokens: readonly Token[], j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const w = tokens[k]!.normal;
    if (GRANT_TO.test(w)) return true;
    if (!GRANTEE_LEAD.test(w)) return false;
  }
  return false;
}

/**
 * "Other users may share information about you", "Other members can see …": other users as the subject of a modal,
 * the sentence's own subject (not "of other users", "and other members").
 */
function othersActing(tokens: readonly Token[], j: number, anchor: number): boolean {
  if (tokens[j - 1]?.normal !== 'other' || !MODAL.test(tokens[j + 1]?.normal ?? '')) return false;
  if (clauseBetween(tokens, j, anchor)) return false;
  const lead = tokens[j - 2];
  return !lead || /[,;:.!?]/.test(lead.post) || /^(?:that|because|since|when|where|if|but|also)$/.test(lead.normal);
}

/** A passive's agent right after the action: "shared by (other) members", "disclosed by you". */
function userAgentAfter(tokens: readonly Token[], anchor: number): boolean {
  if (tokens[anchor + 1]?.normal !== 'by' || /[,;:.!?]/.test(tokens[anchor]!.post)) return false;
  let k = anchor + 2;
  if (/^(?:other|another|fellow|the)$/.test(tokens[k]?.normal ?? '')) k++;
  const t = tokens[k];
  return (
    !!t &&
    t.tags.includes('UserSubject') &&
    !isDataNoun(tokens[k + 1]) &&
    !POSSESSIVE.test(t.text) &&
    !serviceAgentAfter(tokens, k)
  );
}

/**
 * A second agent that is the company after the user's: "disclosed by you or by Acme to third parties", "shared by
 * other members … and by Acme with advertisers". The company acts too.
 */
function serviceAgentAfter(tokens: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length - 1 && !endsSentence(tokens[i - 1]!); i++) {
    if (!/^(?:or|and)$/.test(tokens[i]!.normal) || tokens[i + 1]!.normal !== 'by') continue;
    const agent = tokens[i + 2];
    if (agent && (agent.tags.some((g) => /^(?:ServiceSubject|ServiceSide)$/.test(g)) || namedAgent(agent))) return true;
  }
  return false;
}

/** A name as agent ("by Acme"), not a capitalised defined term of the user's side or others ("by Other Users"). */
const namedAgent = (t: Token): boolean =>
  /^\p{Lu}/u.test(t.text) &&
  !/^(?:other|others|third|your|their|my|any|such|the|a|an|all|some)$/.test(t.normal) &&
  !t.tags.some((g) => /^(?:UserParty|ThirdParty)$/.test(g));

/** Adverbs a modal may carry before a comma opens an aside: "may also, …". */
const MODAL_ADVERB = /^(?:also|then|only|additionally|further|however|therefore)$/;

/**
 * Between a subject at `j` with its modal and the action, a clause of its own: ", and Acme may share …", "; …", "posts
 * that Acme discloses …", or a capitalised name with a modal. The subject is not the action's.
 */
function clauseBetween(tokens: readonly Token[], j: number, anchor: number): boolean {
  // An aside opened by a comma right after the modal ("Buyer may (also), on behalf of End Users who request it, …")
  // holds no clause of the action's: a relative there is not one. The aside ends at the next comma.
  let aside = false;
  for (let k = j + 1; k < anchor; k++) {
    const t = tokens[k]!;
    if (t.post.includes(';')) return true;
    if (t.post.includes(',') && /^(?:and|but|or|while|whereas)$/.test(tokens[k + 1]?.normal ?? '')) return true;
    if (!aside && k > j + 2 && /^(?:that|which|who|whom)$/.test(t.normal)) return true;
    if (!aside && k > j + 2 && /^\p{Lu}/u.test(t.text) && MODAL.test(tokens[k + 1]?.normal ?? '')) return true;
    if (t.post.includes(','))
      aside = k <= j + 3 && tokens.slice(j + 2, k + 1).every((x) => MODAL_ADVERB.test(x.normal));
  }
  return false;
}

/**
 * Between a role at `j` and the action, another subject with its modal or its verb: "Customer may view reports, and Acme
 * may share …", "…, and they will disclose …", "… and Supplier discloses …". Not a verb joined to the role's ("will
 * stop using the API, and delete …").
 */
function otherSubjectBetween(tokens: readonly Token[], j: number, anchor: number): boolean {
  for (let k = j + 1; k < anchor; k++) {
    const named = /^\p{Lu}/u.test(tokens[k]!.text);
    if (!named && !/^(?:we|they|it)$/.test(tokens[k]!.normal)) continue;
    if (MODAL.test(tokens[k + 1]!.normal)) return true;
    // "…, and Supplier discloses the order details": a name with its own verb in the third person. A capitalised
    // "-s" word after it is the name's own ("cease all use of the Brand Features, and delete …").
    const verb = tokens[k + 1]!;
    if (
      named &&
      !/[,;:.!?]/.test(tokens[k]!.post) &&
      (k + 1 === anchor || (!/^\p{Lu}/u.test(verb.text) && thirdPersonVerb(tokens, k + 1)))
    )
      return true;
  }
  return false;
}

/**
 * "it" or "they" opening a "that" clause after the reader's role as subject: "Customer represents and warrants that it
 * has the right to disclose …" is the reader's warranty, as "you … that you have" is. Not with the service or another
 * party named between.
 */
function roleByPronoun(tokens: readonly Token[], j: number, firstParty: FirstPartyNames): boolean {
  if (!/^(?:it|they)$/.test(tokens[j]!.normal) || tokens[j - 1]?.normal !== 'that') return false;
  for (let k = j - 2; k >= 0 && !endsSentence(tokens[k]!); k--) {
    const t = tokens[k]!;
    if (readerRoleAt(tokens, k)) return true;
    // An earlier "that" or opener: the role does not govern this "that" clause ("… that the Service is … and that it").
    if (CLAUSE_OPENERS.test(t.normal)) return false;
    if (t.tags.some((g) => /^(?:ServiceSubject|ServiceSide|ThirdParty|UserSubject)$/.test(g))) return false;
    if (firstPartyEndsAt(tokens, k, firstParty)) return false;
  }
  return false;
}

/** Words between "we, or" and a user word: "we, or particular users", "we and some of our members". */
const JOINED_LEAD = /^(?:particular|certain|other|some|of|our|the|selected|authori[sz]ed)$/;

/** The user word at `j` is coordinated after the service ("We, or users with administrative rights, …"). */
function joinedToService(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k >= j - 3 && JOINED_LEAD.test(tokens[k]?.normal ?? '')) k--;
  return /^(?:or|and)$/.test(tokens[k]?.normal ?? '') && !!tokens[k - 1]?.tags.includes('ServiceSubject');
}

/**
 * A party of a contract that stands for the user ("Customer shall …", "Publisher will not …", "Developers must
 * disclose …"): a defined term, so written with a capital, and the subject of a duty or promise. Not the same word in a
 * privacy policy's list of third parties ("advertisers may use cookies"): a plural is the user's only under a duty.
 */
const PARTY = new RegExp(String.raw`^(?:${USER_PARTIES.join('|')})(s?)$`);
// "may" and "will" alone give leave or tell the future ("Publisher may share …"): a duty only with "not".
const PARTY_DUTY_ONE = /^(?:shall|must|agrees|undertakes|should|cannot|represents|warrants)$/;
const PARTY_DUTY_MANY = /^(?:shall|must|agree|undertake|should|cannot)$/;
const PARTY_BOUND = /^(?:required|obliged|obligated|responsible|prohibited|forbidden|not)$/;

/**
 * The word at `j` is such a party, as the subject of the verb after it. Not a quoted alias after a name ('Acme Ltd.
 * ("Publisher") may …'), nor a party bound about the reader's data ("Advertisers must not sell your information"): a
 * limit on a recipient, addressed to the user.
 */
function isPartySubject(tokens: readonly Token[], j: number, text: string): boolean {
  const t = tokens[j]!;
  const m = PARTY.exec(t.normal);
  if (!m || !/^\p{Lu}/u.test(t.text) || /[,;:.!?]/.test(t.post)) return false;
  if (/[("“'‘]$/.test(text.slice(Math.max(0, t.start - 2), t.start).trimEnd())) return false;
  const next = tokens[j + 1]?.normal ?? '';
  const duty =
    (m[1] === '' ? PARTY_DUTY_ONE : PARTY_DUTY_MANY).test(next) ||
    (/^(?:may|will)$/.test(next) && (!givesLeave(tokens, j) || m[1] === '')) ||
    // "The Seller is required to share …", "Publishers will be obligated to include …".
    (/^(?:is|are)$/.test(next) && PARTY_BOUND.test(tokens[j + 2]?.normal ?? '')) ||
    (next === 'will' && tokens[j + 2]?.normal === 'be' && PARTY_BOUND.test(tokens[j + 3]?.normal ?? ''));
  return duty && !readersDataAfter(tokens, j);
}

/** The subject at `j` is given leave or told the future: "may" or "will" without "not" ("Publisher may share …"). */
const givesLeave = (tokens: readonly Token[], j: number): boolean =>
  /^(?:may|will)$/.test(tokens[j + 1]?.normal ?? '') && tokens[j + 2]?.normal !== 'not';

/** "your …" in the same sentence after token `j`. */
function readersDataAfter(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length; k++) {
    if (/^(?:your|yours)$/.test(tokens[k]!.normal)) return true;
    if (/[.;!?]/.test(tokens[k]!.post)) return false;
  }
  return false;
}

/** The reader's own products after "your": the subject of the reader's acts and of a duty after a condition. */
const OWN_PRODUCTS = [
  'app',
  'application',
  'website',
  'site',
  'product',
  'integration',
  'bot',
  'game',
  'extension',
  'client',
];
const OWN_PRODUCT = new RegExp(String.raw`^(?:${OWN_PRODUCTS.join('|')})s?$`);

/** The reader's role as a possessive token: "Customer's", "user's", "users" before an apostrophe ("users' app"). */
const ROLE_OWNER = new RegExp(String.raw`^${wordsPattern(READER_ROLES)}(?:'s|s)$`);
const RELATIVE_PRONOUN = new RegExp(String.raw`^${wordsPattern(RELATIVE_PRONOUNS)}$`);
/**
 * Token `k` names the reader as the owner of what follows: "your", or the reader's role as a possessive opening its
 * clause ("The Customer's application …", "If the user's website …"). After a verb or a preposition ("data from the
 * user's website") or an owner ("Our customer's application") it is another's thing, the service's object.
 */
function readersOwn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.normal === 'your') return true;
  if (!ROLE_OWNER.test(t.normal) || !(t.normal.endsWith("'s") || /^['’]/.test(t.post))) return false;
  const start = tokens[k - 1]?.normal === 'the' ? k - 1 : k;
  const prev = tokens[start - 1]?.normal ?? '';
  // A relative pronoun opens a clause too ("the manner in which the Customer's application accesses …").
  return (clauseStartsAt(tokens, start) || RELATIVE_PRONOUN.test(prev)) && !ROLE_OWNER_WORD.test(prev);
}

/**
 * The reader's own app or site as the subject ("your application accesses, uses, stores, or shares user data", "the
 * Customer's application …"): in developer and publisher terms, what it does is the reader's act.
 */
function isOwnProduct(tokens: readonly Token[], j: number, anchor: number): boolean {
  if (!OWN_PRODUCT.test(tokens[j]!.normal) || !readersOwn(tokens, j - 1)) return false;
  // A name before the action is its subject ("If Your Product contains …, Acme reserves the right to disable it").
  for (let k = j + 1; k < anchor; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * The reader's own notice or service bound to the action: "The privacy policy must disclose to users that …", "your
 * service must clearly and conspicuously disclose to such third parties …". A duty put on a privacy policy or on "your
 * service" (or "the Customer's service") is the reader's (a publisher's, a developer's): the company's own policy
 * states, it is not told to.
 */
function ownWorkBound(tokens: readonly Token[], j: number, anchor: number): boolean {
  const t = tokens[j]!;
  const own =
    (t.tags.includes('TermsDoc') && /^(?:policy|policies|notice|statement)$/.test(t.normal)) ||
    (/^(?:service|services)$/.test(t.normal) && readersOwn(tokens, j - 1));
  if (!own || !/^(?:must|should)$/.test(tokens[j + 1]?.normal ?? '')) return false;
  for (let k = j + 2; k < anchor; k++) if (!/^(?:\w+ly|and|also|always)$/.test(tokens[k]!.normal)) return false;
  return true;
}

/**
 * "you are requested to disclose …", "you will be asked to provide …": the user is asked, the act that follows is the
 * user's.
 */
const ASKED = /^(?:requested|asked|required|invited|encouraged|expected|obliged|obligated)$/;
/**
 * "you are not required to share …", "Customer will be permitted to export or share …": leave to act, or no duty to,
 * is the user's choice of the act that follows.
 */
const LEAVE = /^(?:permitted|allowed|able|free|entitled|welcome)$/;
/** The words from `k` up to the action are verbs joined to it: "export, copy or share" (at most three, then "or"). */
const JOINED_VERBS = /^(?:[a-z]+,?\s){0,2}(?:and|or|and\/or)\s$/;
function verbsJoined(tokens: readonly Token[], k: number, anchor: number): boolean {
  if (k === anchor) return true;
  const words = tokens.slice(k, anchor).map((t) => `${t.normal}${t.post.trim()} `);
  return JOINED_VERBS.test(words.join('')) && !words.some((w) => OBJECT_DETERMINERS.includes(w.trim()));
}
function askedToAct(tokens: readonly Token[], k: number, anchor: number): boolean {
  const not = tokens[k + 1]?.normal === 'not' ? 1 : 0;
  const word = tokens[k + 1 + not]?.normal ?? '';
  if (!(ASKED.test(word) || LEAVE.test(word)) || tokens[k + 2 + not]?.normal !== 'to') return false;
  // The verbs joined to the action ("permitted to export or share") are the user's as well.
  let first = k + 3 + not;
  // "you are able to choose to disclose": the choice is the user's too.
  if (VOLITION.test(tokens[first]?.normal ?? '') && tokens[first + 1]?.normal === 'to') first += 2;
  if (!verbsJoined(tokens, first, anchor)) return false;
  // Not with a recipient after it: "you may be required to provide Personal Data directly to third parties" is the
  // service's requirement of a disclosure (the user's data given to the service itself is none). Leave or no duty
  // keeps the act the user's, whoever receives it.
  return !!not || LEAVE.test(word) || !recipientAfter(tokens, anchor);
}

/** "you are (directly) providing your information to that advertiser": the auxiliary of the act, no passive. */
function progressive(tokens: readonly Token[], k: number, anchor: number): boolean {
  if (!/^(?:are|is|were|was)$/.test(tokens[k]!.normal) || !/[a-z]{3}ing$/.test(tokens[anchor]!.normal)) return false;
  for (let i = k + 1; i < anchor; i++)
    if (!/^(?:[a-z]+ly|also|now|then|still|not)$/.test(tokens[i]!.normal)) return false;
  return true;
}

/** The name ending at `j` is followed, before the action, by a capitalised noun of its own: "Acme Brand Features". */
function namesModifier(tokens: readonly Token[], j: number, anchor: number): boolean {
  const next = tokens[j + 1];
  return (
    j + 1 < anchor &&
    !!next &&
    !/[,;:.!?()]/.test(tokens[j]!.post) &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    tokens[j - 1]?.normal !== undefined &&
    /^(?:the|of|all|any)$/.test(tokens[j - 1]!.normal) &&
    // "the Acme Terms of Service" names the company's document, which the company changes.
    !next.tags.includes('TermsDoc')
  );
}

/** A word written as a possessive: "users’", "member's". */
const POSSESSIVE = /\w['’]s?$/;

/** "you consent to disclose …", "you agree to share …": the user's own act follows the consent at once. */
function consentsToOwnAct(tokens: readonly Token[], k: number, anchor: number): boolean {
  return (
    /^(?:consent|consents|agree|agrees)$/.test(tokens[k]!.normal) &&
    tokens[k + 1]?.normal === 'to' &&
    k + 2 === anchor &&
    !GRANT_VERBS.test(tokens[anchor]!.normal) &&
    !GRANT_TO.test(tokens[anchor]!.normal) &&
    // "you agree to share your data with our partners" is consent to a disclosure the service arranges.
    !recipientAfter(tokens, anchor)
  );
}

const RECIPIENT_TAG = /^(?:ThirdParty|ServiceSide|NamedService|BigTech|Authority)$/;

/** A recipient named after the action, in its sentence. */
function recipientAfter(tokens: readonly Token[], anchor: number): boolean {
  for (let i = anchor + 1; i < tokens.length; i++) {
    if (tokens[i]!.tags.some((g) => RECIPIENT_TAG.test(g))) return true;
    if (endsSentence(tokens[i]!)) return false;
  }
  return false;
}

/**
 * A prohibition whose subject is the act itself: "Disclosing personal information of others without their consent is
 * not allowed", "Selling accounts is prohibited". Only when the act opens the sentence, the prohibition is in its
 * clause (not after ", and"), and the data is not the user's own ("Selling your data … is not permitted" is the
 * service's promise).
 */
const ACT_PROHIBITED_AFTER =
  /^(?:(?!,\s(?:and|but|or|so|while)\s|\byour\b)[^.;!?]){0,200}?\b(?:is|are)\s+(?:strictly\s+)?(?:not\s+(?:allowed|permitted|tolerated|acceptable)|prohibited|forbidden|banned)\b/;

/**
 * An act named as a noun that may open such a sentence: "Any sale of user data by the developer is prohibited". With no
 * agent ("Any disclosure of personal data to third parties is prohibited") it is the company's own ban, which no rule
 * reads as a limit yet: no finding is better than the grant its share verb would give.
 */
const ACT_NOUN = /^(?:sale|sales|resale|disclosure|disclosures|transfer|transfers|distribution)$/;

/** "… is not responsible for the (use or) …" just before an act noun. */
const DISCLAIMS_BEFORE =
  /\bnot\s+(?:be\s+)?(?:held\s+)?(?:responsible|liable)\s+for\s+(?:the\s+|any\s+)?(?:[a-z]+,?\s+(?:or|and)\s+)?$/;

/** Verbs by which the user hands data on: "information that you provide to any third party" (lexicon READER_OWN_ACT). */
const USER_GIVES = new RegExp(String.raw`^${wordsPattern(READER_OWN_ACT.gives)}$`);

/** "… that you (users, the Customer) provide to …" after the act, in its sentence: the data is what the user gives. */
function userGivesAfter(tokens: readonly Token[], anchor: number): boolean {
  for (let i = anchor + 1; i < tokens.length - 1; i++) {
    if (readerWordAt(tokens, i) && USER_GIVES.test(tokens[i + 1]!.normal)) return true;
    if (endsSentence(tokens[i]!)) return false;
  }
  return false;
}

/** The other side of a contract, or either side: "Either party may elect to modify", "Customer may elect to amend". */
const NOT_THE_COMPANY =
  /^(?:party|parties|customer|customers|client|clients|licensee|licensees|subscriber|subscribers|member|members|user|users|you|buyer|seller)$/;

/** A subject written as a name ("Acme may elect to change …"), not a role of the other side. */
function namesCompany(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text) && !NOT_THE_COMPANY.test(t.normal);
}

/** Verbs whose object "you" often is before the service acts again ("we may ask you for details and may share them"). */
const OBJECT_VERBS =
  /^(?:ask|asks|asked|asking|request|requests|invite|invites|inviting|charge|charges|bill|bills|call|calls|thank|authenticate|authenticates|verify|verifies|verifying|register|registers|sign|signs|connect|connects|match|matches|refer|refers|survey|interview|reward|rewards)$/;

/**
 * "you" right after such a verb is its object: the subject of the action is further back. Not "ask you to share" (the
 * user does what follows "to"), nor with punctuation between ("If we ask, you share …").
 */
function isObjectOfVerb(tokens: readonly Token[], j: number): boolean {
  const verb = tokens[j - 1];
  if (!verb || !OBJECT_VERBS.test(verb.normal) || /[,;:.!?]/.test(verb.post)) return false;
  return tokens[j + 1]?.normal !== 'to';
}

function isDataNoun(t: Token | undefined): boolean {
  return !!t && (t.tags.includes('UserData') || DATA_NOUNS.test(t.normal));
}

/** The user word at `j` opens a relative clause whose verb is not the action at `anchor`. */
function isRelativeClause(tokens: readonly Token[], j: number, anchor: number): boolean {
  const verb = tokens[j + 1]?.normal ?? '';
  if (anchor - j < 3 || /^(?:may|might|can|could|will|would|shall|should|must|are|do|have)$/.test(verb)) return false;
  for (let k = j + 1; k < anchor; k++) if (VOLITION.test(tokens[k]!.normal)) return false;
  return !coordinatedVerbs(tokens, j + 1, anchor);
}

/**
 * The words from `k` to the action are verbs joined to it ("content you publish and/or transmit to other users",
 * "information you post, upload or share with others"): the relative clause's own verb is the action, the user's.
 */
const USER_POSTS: ReadonlySet<string> = new Set(USER_POSTS_VERBS);
function coordinatedVerbs(tokens: readonly Token[], k: number, anchor: number): boolean {
  let verbs = 0;
  for (let i = k; i < anchor; i++) {
    const t = tokens[i]!;
    if (/^(?:and|or|\/|and\/or)$/.test(t.normal)) continue;
    if (!USER_POSTS.has(t.normal) && !t.tags.includes('ShareVerb')) return false;
    if (i + 1 < anchor && !/[,/]/.test(t.post) && !/^(?:and|or|\/|and\/or)$/.test(tokens[i + 1]!.normal)) return false;
    verbs++;
  }
  return verbs > 0 && verbs <= 3;
}

/**
 * The sub-clause start moved back over verbs joined to the action's ("information you post or share with third
 * parties"): the conjunction starts no clause when the user word before those verbs is their subject.
 */
function withJoinedVerbs(tokens: readonly Token[], from: number): number {
  let k = from;
  while (
    k >= 2 &&
    /^(?:and|or)$/.test(tokens[k - 1]!.normal) &&
    USER_POSTS.has(tokens[k - 2]!.normal) &&
    !/[,;:.!?]/.test(tokens[k - 2]!.post)
  )
    k -= 2;
  return k < from && tokens[k - 1]?.tags.includes('UserSubject') ? k - 1 : from;
}

/**
 * The user's verbs of putting information where others see it, or of letting it out (share ↔ disclose), for the
 * readings where the user's act itself names the public place.
 */
const PUBLISHES_OR_DISCLOSES = [...USER_PUBLISHES_VERBS, ...USER_DISCLOSES_VERBS];
/** PUBLISHES_OR_DISCLOSES as a pattern, with the ongoing "are revealing" / "is disclosing". */
const PUTS_OR_LETS_OUT = String.raw`(?:${wordsPattern(PUBLISHES_OR_DISCLOSES)}|(?:are|is)\s+${wordsPattern(USER_DISCLOSING_VERBS)})`;
/**
 * The user puts the data out in the open, in the action's sentence: "Any information you share in public areas …
 * becomes public and anyone may take and use that information", "If you post content to …, that third party service
 * will also receive the content you posted, which will also be visible to anyone". What others then do with it is no
 * right the service takes. Only the verbs of putting out (USER_PUBLISHES_VERBS): with "disclose" the data may go to
 * the service's side first ("information you disclose to our moderators is visible to anyone").
 */
const USER_PUBLISHES = new RegExp(
  String.raw`\b(?:if|when|whenever|once|anything|information|content|data|materials?|posts?|that|which)\s+${READER}\s+(?:(?:chooses?\s+to|decides?\s+to|also)\s+)?(?:${USER_PUBLISHES_VERBS.join('|')})\b`,
);
const SEEN_WORDS = ['visible', 'viewable', 'seen', 'viewed', 'accessible', 'available'];
const SEEN = new RegExp(String.raw`^(?:${SEEN_WORDS.join('|')}|public)$`);
const THE_OPEN = String.raw`(?:the\s+)?(?:general\s+)?(?:public|anyone|anybody|everyone|(?:entire\s+|whole\s+)?world)`;
/** The open as what the data is seen by: "visible to anyone", "publicly accessible", "becomes public". */
const IN_THE_OPEN = new RegExp(
  String.raw`\b(?:(?:${SEEN_WORDS.join('|')})\s+(?:to|by)\s+${THE_OPEN}|public(?:ly)?\s+(?:${SEEN_WORDS.join('|')})|(?:become|becomes|became|made|make|makes|be|is|are)\s+public)\b`,
);
/** The open as where the user puts the data: "you post publicly", "you submit to any public area", "you share … with anyone". */
const USER_PUTS_OPENLY = new RegExp(
  String.raw`\b${READER}\s+(?:(?:chooses?\s+to|decides?\s+to|also)\s+)?${PUTS_OR_LETS_OUT}\s+(?:[\w’'-]+\s+){0,3}?(?:publicly|in\s+public|(?:with|to)\s+${THE_OPEN}|(?:to|in|on)\s+(?:any\s+|a\s+|the\s+)?(?:public|semi-public))\b`,
);
/** The service's side, anywhere in the sentence, as a recipient besides the open ("… accessible to our partners"). */
const SERVICE_SIDE = new RegExp(String.raw`\b(?:we|us|${wordsPattern(LEXICON_LISTS.ServiceSide!)})\b`);
/**
 * Other recipients named with the open ("visible to anyone and to our advertisers"), not the place it is seen in
 * ("anyone on our website").
 */
const OTHERS = new RegExp(
  String.raw`\b(?:(?<!\b(?:on|in|at|using|visiting)\s)our|${wordsPattern(LEXICON_LISTS.ThirdParty!.filter((w) => !/^any(?:one|body|\s+person)/.test(w)))})\b`,
);
/** Where the open's list of recipients ends: a clause of its own ("anyone that has access to it through …"). */
const RECIPIENTS_END = /[.;!?]|\b(?:that|which|who|whom|through|via|where|when|if|but|so)\b/;

/**
 * Where, in the lower-cased sentence, the user puts the data in the open: the span that lists who it is open to (to
 * check for other recipients there), or null.
 */
function openedAt(sentence: string): { from: number; to: number } | null {
  if (SERVICE_SIDE.test(sentence)) return null;
  let from = -1;
  const put = USER_PUTS_OPENLY.exec(sentence);
  if (put) from = put.index + put[0].length;
  else {
    const m = USER_PUBLISHES.exec(sentence);
    const open = m ? IN_THE_OPEN.exec(sentence.slice(m.index + m[0].length)) : null;
    if (m && open) from = m.index + m[0].length + open.index + open[0].length;
  }
  if (from < 0) return null;
  const end = sentence.slice(from).search(RECIPIENTS_END);
  return { from, to: end < 0 ? sentence.length : from + end };
}

/**
 * The user puts the data out in the open, or takes the risk of what others do with it, in the sentence before the
 * action: "if you voluntarily disclose information on message boards or in chat areas, …", "whenever you give out
 * personal information through a Public Forum, …", "if you post content online, …", "you assume the risk that the
 * personal information you provide on that service may be …". A bare "online" is open to all only for what the user
 * posts: information the user provides online is what any service receives. Read in code (userPutsInOpen): the user's
 * act from a word's start (sticky), then a public place within 80 characters.
 */
const USER_PUTS_AT = new RegExp(
  String.raw`${READER}\s+(?:(?:voluntarily|chooses?\s+to|decides?\s+to|also)\s+)?(?:${PUTS_OR_LETS_OUT}|${wordsPattern(['provide', 'provides', 'give out', 'gives out'])})\b`,
  'y',
);
/** A public place, from where it is put (sticky): "message boards", "publicly", "in public". */
const IN_PUBLIC_AT = new RegExp(String.raw`\b(?:${wordsPattern(PUBLIC_PLACES)}|publicly|in\s+public)\b`, 'y');
const READER_TAKES_RISK_AT = new RegExp(
  String.raw`${READER}\s+(?:assumes?|(?:are|is)\s+assuming|will\s+be\s+assuming|bears?)\s+the\s+risk`,
  'y',
);
/** The end of a public place within 80 characters after `at`, in the same clause (no "." or ";" before it), or -1. */
function inPublicEnd(s: string, at: number): number {
  for (let i = at; i <= at + 80 && i <= s.length; i++) {
    const end = endAt(IN_PUBLIC_AT, s, i);
    if (end >= 0) return end;
    if (s[i] === '.' || s[i] === ';') break;
  }
  return -1;
}
/**
 * Either reading needs a public place or "risk" somewhere in `s`: one unanchored test spares most sentences the sticky
 * reading from every word's start.
 */
const OPEN_OR_RISK = new RegExp(String.raw`\b(?:${wordsPattern(PUBLIC_PLACES)}|publicly|in\s+public)\b|risk`);
/**
 * The first place in `s` where the user puts data in the open (USER_PUTS_AT, then IN_PUBLIC_AT within 80 characters)
 * or takes the risk (READER_TAKES_RISK_AT).
 */
function userPutsInOpen(s: string): { index: number; 0: string } | null {
  if (!OPEN_OR_RISK.test(s)) return null;
  for (const w of s.matchAll(WORD_START)) {
    const put = endAt(USER_PUTS_AT, s, w.index);
    const end = put >= 0 ? inPublicEnd(s, put) : -1;
    const to = end >= 0 ? end : endAt(READER_TAKES_RISK_AT, s, w.index);
    if (to >= 0) return { index: w.index, 0: s.slice(w.index, to) };
  }
  return null;
}
/** The user posts, to be read with "online" after it: "if you post content online". */
const USER_POSTS_AT = new RegExp(
  String.raw`\b${READER}\s+(?:(?:voluntarily|chooses?\s+to|decides?\s+to|also)\s+)?${wordsPattern(USER_POSTS_ONLINE_VERBS)}\b`,
  'g',
);
/** The user posts on the web at large ("if you post content online"), within 80 characters of the clause: the match. */
function userPostsOnline(before: string): { index: number; 0: string } | null {
  for (const m of before.matchAll(USER_POSTS_AT)) {
    const from = m.index + m[0].length;
    const window = before.slice(from, from + 80 + ' online'.length);
    const online = /\bonline\b/.exec(window);
    if (online && !/[.;]/.test(window.slice(0, online.index)))
      return { index: m.index, 0: before.slice(m.index, from + online.index + online[0].length) };
  }
  return null;
}
/** Others as the passive's agent: "used by third parties", "collected and used by people you don't know". */
const OTHERS_AGENT = new RegExp(String.raw`\bby\s+(?:other\s+)?${wordsPattern(OTHERS_IN_THE_OPEN)}\b`, 'g');
/** Others first among recipients: "by third parties", "by strangers and other users". */
const OTHERS_WORD = new RegExp(String.raw`^(?:other\s+)?${wordsPattern(OTHERS_IN_THE_OPEN)}\b`);
/** The service's side or another named recipient: "our advertisers", "us", "advertisers". */
const OTHER_RECIPIENT = new RegExp(
  String.raw`^(?:our|us|we|${wordsPattern(LEXICON_LISTS.ServiceSide!)}|${wordsPattern(LEXICON_LISTS.ThirdParty!)})\b`,
);
/** The agent's list goes on: "by third parties and by Acme", "by third parties, including our advertisers". */
const AGENT_LIST_GOES_ON = /^\s*(?:,\s*)?(?:and|or|and\/or|as\s+well\s+as|including|such\s+as|like)\s+(?:by\s+)?/;
/**
 * What others take from where the user put the data: others are the agent of the action (the action itself, or the
 * recipient that is the match's word), and the sentence names neither the service nor its side (GUIDE data_sharing:
 * publishing what the user chose to post is no sharing).
 */
function othersTakeFromOpen(
  tokens: readonly Token[],
  anchor: number,
  text: string,
  firstParty: FirstPartyNames,
): boolean {
  const before = sentenceBefore(tokens, anchor, text);
  const sentence = before + text.slice(tokens[anchor]!.start, sentenceEndAt(tokens, anchor)).toLowerCase();
  const at = before.length;
  const put = userPutsInOpen(before) ?? userPostsOnline(before);
  if (!put || SERVICE_SIDE.test(sentence)) return false;
  // The agent follows the action within a joined verb ("collected and used by …"), or holds the anchor.
  const actionEnd = at + tokens[anchor]!.end - tokens[anchor]!.start;
  for (const m of sentence.matchAll(OTHERS_AGENT)) {
    const from = m.index;
    if (from < put.index + put[0].length) continue;
    if (
      (from <= at && at < from + m[0].length) ||
      (from >= actionEnd && /^\s*(?:(?:and|or|and\/or)\s+[a-z]+\s+)?$/.test(sentence.slice(actionEnd, from)))
    )
      return !agentListGoesOn(tokens, anchor, sentence, from + m[0].length, firstParty);
  }
  return false;
}

/**
 * After the others as agent, the list names someone besides others: "and by Acme", "including our advertisers", "or
 * us", "and advertisers". Not a second verb ("… by third parties and used to send you spam").
 */
function agentListGoesOn(
  tokens: readonly Token[],
  anchor: number,
  sentence: string,
  after: number,
  firstParty: FirstPartyNames,
): boolean {
  const joint = AGENT_LIST_GOES_ON.exec(sentence.slice(after));
  if (!joint) return false;
  const at = after + joint[0].length;
  const next = sentence.slice(at);
  if (OTHERS_WORD.test(next)) return false;
  if (/\bby\s+$/.test(joint[0]) || OTHER_RECIPIENT.test(next)) return true;
  // A name right after the joint ("and Acme"): the first party. Where it is not known, a capitalised name is one more
  // of the others ("by third parties and Acme"); "and by Acme" was read above.
  if (!firstParty.length) return false;
  const offset = tokens[anchor]!.start - (sentence.length - (sentenceEndAt(tokens, anchor) - tokens[anchor]!.start));
  const k = tokens.findIndex((t) => t.start >= offset + at);
  if (k < 0) return false;
  return [0, 1, 2].some((d) => tokens[k + d] !== undefined && firstPartyEndsAt(tokens, k + d, firstParty));
}

/** openedAt's span when it names no other recipient with the open, or null. */
function openOnlyAt(sentence: string): { from: number; to: number } | null {
  const span = openedAt(sentence);
  return span && !OTHERS.test(sentence.slice(span.from, span.to)) ? span : null;
}

function userMadePublic(tokens: readonly Token[], anchor: number, text: string, firstParty: FirstPartyNames): boolean {
  const before = sentenceBefore(tokens, anchor, text);
  const start = tokens[anchor]!.start - before.length;
  const sentence = before + text.slice(tokens[anchor]!.start, sentenceEndAt(tokens, anchor)).toLowerCase();
  const span = openOnlyAt(sentence);
  if (!span) return false;
  // The first party among those it is open to ("visible to anyone, including Acme") is a recipient besides the open.
  for (let k = 0; k < tokens.length && tokens[k]!.start < start + span.to; k++)
    if (tokens[k]!.start >= start + span.from && firstPartyEndsAt(tokens, k, firstParty)) return false;
  return true;
}

/**
 * The lower-cased sentence says the user puts the data in the open, and names no other recipient: not the service or
 * its side ("Content you post will be accessible to our partners and to anyone"), nor others with the open.
 */
export function saysUserMadePublic(sentence: string): boolean {
  return openOnlyAt(joinReaderRoles(sentence)) !== null;
}

/** Where the action's sentence ends in the text. */
function sentenceEndAt(tokens: readonly Token[], anchor: number): number {
  for (let i = anchor; i < tokens.length; i++) if (endsSentence(tokens[i]!)) return tokens[i]!.end;
  return tokens[tokens.length - 1]?.end ?? 0;
}

const READER_ACCOUNT = new RegExp(String.raw`^${wordsPattern(READER_ACCOUNTS)}s?$`);
/**
 * "any account that attempts to share …": a relative clause on the reader's account, active, has the reader as its
 * subject. Not "an account that is deleted" or "that has been closed" (passive or a state), not the main clause's verb
 * after the relative clause ("any account that makes a purchase will have its details shared"), and not the idiom
 * "take into account that …".
 */
function accountActs(tokens: readonly Token[], j: number, anchor: number): boolean {
  if (!/^(?:that|who|which)$/.test(tokens[j]!.normal) || !READER_ACCOUNT.test(tokens[j - 1]?.normal ?? ''))
    return false;
  if (!/^(?:any|an|a|the|each|every|such|your|all)$/.test(tokens[j - 2]?.normal ?? '')) return false;
  const next = tokens[j + 1]?.normal ?? '';
  if (BE_FORMS.includes(next) || (/^(?:has|have|had)$/.test(next) && tokens[j + 2]?.normal === 'been')) return false;
  for (let k = j + 2; k < anchor; k++)
    if (/^(?:may|might|will|would|shall|should|can|could|must|is|are|was|were|have|has)$/.test(tokens[k]!.normal))
      return false;
  return true;
}

/** Where the action sits: its tokens, the sub-clause start, and what frames the clause. */
export interface ActorContext {
  tokens: readonly Token[];
  /** First token of the sub-clause holding the action (stance.ts scopeStart). */
  from: number;
  /** The action word. */
  anchor: number;
  /** The clause text the tokens index into. */
  text: string;
  firstParty: FirstPartyNames;
  /** Headings above the clause, outermost first (a prohibition heading makes a subject-less item the user's). */
  headings?: readonly string[];
  /** Where the unit's own words start in `text`: before it are its list's lead-ins (engine.ts `contextEnd`). */
  unitStart?: number;
}

/**
 * Whether the word at `start` sits inside brackets that close before `limit`, after other words of the aside: "(for
 * questions you ask only)". Not a word's own bracket ("Service(s)"): the bracket opens after a space or at the start.
 */
function inClosedBrackets(text: string, start: number, limit: number): boolean {
  const brackets = bracketsAround(text, start, start);
  if (!brackets) return false;
  const { open, close } = brackets;
  if (open > 0 && !/\s/.test(text[open - 1]!)) return false;
  // The user named in brackets ('Customer ("you") shall not …', "(You or your agent) may …") is the subject itself.
  if (!/[\p{L}\p{N}]/u.test(text.slice(open + 1, start))) return false;
  return close < limit;
}

/**
 * Who performs the action at token `anchor`. Passive voice ("information you provide may be shared") is the
 * service acting; a duty or prohibition on the user before the action makes it the user's, even with a third party
 * in between ("you will not, and will not allow any third party to, use … to train").
 */
export function actorOf(ctx: ActorContext): Actor {
  const { tokens, anchor, firstParty } = ctx;
  // The reader's role in two words read as one ("account holders", joinReaderRoles): the offsets stay.
  const text = joinReaderRoles(ctx.text);
  const from = withJoinedVerbs(tokens, ctx.from);
  const sentence = sentenceBefore(tokens, anchor, text);
  const end = sentenceEndAt(tokens, anchor);
  const rest = text.slice(tokens[anchor]!.start, end).toLowerCase();
  if (
    userDutyGoverns(sentence) ||
    readerArranges(sentence, rest, firstParty) ||
    sanctionOnReadersAct(sentence, firstParty) ||
    dutyToTell(sentence, firstParty) ||
    dutyAfterCondition(sentence, text.slice(tokens[anchor]!.start)) ||
    partyActsInCondition(sentence, tokens[anchor]!.normal, text.slice(tokens[anchor]!.start))
  )
    return 'user';
  const lowerText = text.toLowerCase();
  // With the action word: "Do not share …" has the action right after the prohibition.
  if (imperativeGoverns(tokens, anchor, sentence + (tokens[anchor]?.normal ?? ''), lowerText, firstParty))
    return 'user';
  if (readerTrainsOwn(tokens, anchor, sentence, rest, firstParty)) return 'user';
  if (
    impersonalProhibition(tokens, anchor, sentence, rest, firstParty) ||
    gerundForbidden(tokens, anchor, sentence, rest, firstParty)
  )
    return 'user';
  // "…, so never share your password with anyone": an advice to the user after "so".
  if (SO_NEVER.test(sentence) || adviceGoverns(tokens, anchor, sentence, firstParty)) return 'user';
  if (readerGerundAdvised(tokens, anchor, sentence, rest, end, firstParty) || readerEase(sentence)) return 'user';
  if (readerChoice(sentence)) return 'user';
  if (EXCEPT_AS_ALLOWED_ITEM.test(lowerText) || USER_OWN.test(lowerText)) return 'user';
  // "Acme is not responsible for the disclosure of any information that you provide to any third party": a
  // disclaimer names the act, it takes no right.
  if (ACT_NOUN.test(tokens[anchor]!.normal) && DISCLAIMS_BEFORE.test(sentence) && userGivesAfter(tokens, anchor))
    return 'user';
  // "may be viewed and shared by members with …": the passive names the user's side as its agent.
  if (userAgentAfter(tokens, anchor)) return 'user';
  // "If you disclose information on message boards, that information can be collected and used by third parties".
  if (othersTakeFromOpen(tokens, anchor, text, firstParty)) return 'user';
  const prev = tokens[anchor - 1];
  // "content you posted, which will be visible to anyone": being seen where the user put it is no disclosure.
  const seenAt = (k: number): boolean =>
    k > from && SEEN.test(tokens[k]!.normal) && PASSIVE_AUX.test(tokens[k - 1]!.normal);
  if ([0, 1, 2, 3].some((d) => seenAt(anchor - d)) && userMadePublic(tokens, anchor, text, firstParty)) return 'user';
  // "you are disclosing …": the progressive is the subject's own act, read on below; a passive is the service's.
  if (prev && PASSIVE_AUX.test(prev.normal) && !progressive(tokens, anchor - 1, anchor)) return 'service';
  const act = tokens[anchor]!;
  if (
    (/ing$/.test(act.normal) || ACT_NOUN.test(act.normal)) &&
    /^(?:(?:any|the|all)\s+)?$/i.test(text.slice(tokens[from]?.start ?? 0, act.start)) &&
    ACT_PROHIBITED_AFTER.test(lowerText.slice(act.end))
  )
    return 'user';
  let volition = false;
  // "Acme may elect to change these Terms": a modal before the volition names a subject that decides the change; with
  // no user word before it, that subject is the company (a user changing the terms or the service is no such choice).
  const isChange = (t: Token | undefined): boolean =>
    !!t && (t.tags.includes('ChangeVerb') || t.tags.includes('OfferChangeVerb'));
  // The action's own noun phrase ("third-party Sub-Processors" when the recipient is the match's last word) is no
  // subject before it.
  let own = anchor;
  const recipient = tokens[anchor]!.tags.includes('ThirdParty');
  while (
    own > from &&
    (/^[-‐‑]$/.test(tokens[own - 1]!.post) || (recipient && tokens[own - 1]!.tags.includes('ThirdParty')))
  )
    own--;
  const sharer = namedSharerAt(tokens, anchor, firstParty);
  for (let j = own - 1; j >= from; j--) {
    const t = tokens[j]!;
    const w = t.normal;
    if (accountActs(tokens, j, own)) return 'user';
    // A company or a third party named before the action is the actor ("third parties that provide ads may collect").
    if (t.tags.includes('ServiceSubject')) return 'service';
    // The company's name as a modifier ("cease all use of the Acme Brand Features") names no subject.
    if (firstPartyEndsAt(tokens, j, firstParty) && !namesModifier(tokens, j, anchor)) return 'service';
    if (t.tags.includes('ServiceSide')) return 'service';
    // "Developers must disclose …": a party that stands for the user, though the word often names a third party.
    // A party's leave or future ("Customer may view reports, and Acme may share …") reaches no later clause.
    const party = isPartySubject(tokens, j, text) && !(givesLeave(tokens, j) && clauseBetween(tokens, j, anchor));
    if (t.tags.includes('ThirdParty') && !party)
      return userMadePublic(tokens, anchor, text, firstParty) ? 'user' : 'third_party';
    const decidesChange =
      MODAL.test(tokens[j - 1]?.normal ?? '') && isChange(tokens[j + 2]) && namesCompany(tokens[j - 2]);
    if (anchor - j <= 4 && VOLITION.test(w) && !decidesChange) volition = true;
    if (ownWorkBound(tokens, j, anchor)) return 'user';
    const advised = advisedRole(tokens, j);
    const role =
      (readerRoleAt(tokens, j) || roleByPronoun(tokens, j, firstParty) || advised) &&
      !otherSubjectBetween(tokens, j, anchor);
    // A name of the reader in two words ("account holders", READER_ROLE_PHRASES) is a subject as "users" is.
    const phrase = ROLE_PHRASE.test(w) || (j > from && ROLE_PHRASE.test(`${tokens[j - 1]!.normal} ${w}`));
    if (t.tags.includes('UserSubject') || phrase || party || role || isOwnProduct(tokens, j, anchor)) {
      // "When you install the app, Acme may share …": a clause later, the company by name shares (as stance reads it).
      if (sharer > j && tokens.slice(j, sharer).some((x) => x.post.includes(','))) return 'service';
      // A bracket closed before the action is an aside: "you grant us a perpetual (for questions you ask only) …
      // right" is the company's right, whoever asks.
      if (inClosedBrackets(text, t.start, tokens[anchor]!.start)) continue;
      // "you" followed by a grant verb before the action: the company receives the right.
      // A passive after the user's relative clause ("information you provide may be used") is the company acting.
      // Not "you consent to disclose information": the user discloses, the consent is to the user's own act.
      // A party's duty in the passive ("The Seller is required to share …") is no passive of the action.
      for (let k = j + 1; k < anchor; k++)
        if (
          (PASSIVE_AUX.test(tokens[k]!.normal) &&
            !(party && PARTY_BOUND.test(tokens[k + 1]?.normal ?? '')) &&
            !askedToAct(tokens, k, anchor) &&
            !progressive(tokens, k, anchor)) ||
          (isGrantVerb(tokens, k) && !consentsToOwnAct(tokens, k, anchor))
        )
          return 'service';
      // "your" is tokenised separately, so reaching "you" here means a subject or object "you";
      // an object "you" follows a verb ("information about you") — then keep looking for a subject.
      // Likewise a user word inside a noun phrase ("of other members and users", "our users") is no subject.
      // "end users" is one noun: the word before "end" decides ("deliver end users ads" is an object).
      // So does "the" before a role ("collect information from the Customer"): the word before it decides.
      const skip = tokens[j - 1]?.normal === 'end' || (tokens[j - 1]?.normal === 'the' && readerRoleWord(w));
      const before = tokens[j - (skip ? 2 : 1)]?.normal ?? '';
      // "to enable you to communicate, collaborate, and share information": the service lets the user act.
      if (ENABLING.test(before) && anchor - j <= 6) return 'user';
      // "the Customer" after a verb is its object ("Acme trusts the Customer and will not sell …").
      if (
        skip &&
        !advised &&
        tokens[j - 1]?.normal === 'the' &&
        !clauseStartsAt(tokens, j - 1) &&
        !MODAL.test(tokens[j + 1]?.normal ?? '')
      )
        continue;
      if ((NOT_SUBJECT_BEFORE.test(before) && !othersActing(tokens, j, anchor)) || isGrantee(tokens, j)) continue;
      if (isObjectOfVerb(tokens, j)) continue;
      // "We, or users with administrative rights, use and disclose …": the service is the first of the subjects.
      if (joinedToService(tokens, j)) continue;
      // A possessive ("users’ roles", "the user's visits") names whose, not who acts: the subject is further back.
      if (POSSESSIVE.test(t.text) || /^['’]/.test(t.post) || /['’]s$|s['’]$/.test(w)) continue;
      // A user word modifying a data noun ("User Content", "user information") is no subject either.
      // (The data noun may be the match's last word itself: "monitor user behaviour".)
      // "you" modifies no noun: "information you post" has "post" as its verb.
      if (j + 1 <= anchor && w !== 'you' && isDataNoun(tokens[j + 1])) continue;
      // A relative clause on a data noun ("the content you upload, including…, to train") describes the object; the
      // subject of the action is further back. Not when the clause's own verb is the action ("information you
      // disclose to others", "information you choose to share"), nor before a modal ("Information You may access…"
      // is a heading fused to a sentence whose subject is the user).
      if (
        (isDataNoun(tokens[j - 1]) || (/^(?:that|which)$/.test(before) && isDataNoun(tokens[j - 2]))) &&
        isRelativeClause(tokens, j, anchor)
      )
        continue;
      return 'user';
    }
  }
  if (volition) return 'user';
  // No subject in the clause: a list item under "Prohibited uses" or "Not to …" is something the user must not do.
  const item = text.slice(tokens[from]?.start ?? 0).toLowerCase();
  // A fragment that opens in lower case ("… Services. in connection with the training of …") is an item of such a
  // list fused to the previous one.
  // An item read after its lead-in starts a clause of its own where the unit starts.
  const fragment =
    from === 0 ||
    (!!ctx.unitStart && (tokens[from]?.start ?? 0) >= ctx.unitStart) ||
    (/^[\s(]*[a-z]/.test(text.slice(tokens[from]?.start ?? 0)) &&
      /\.\s*$/.test(text.slice(0, tokens[from]?.start ?? 0)));
  // The unit's own words when the action is in them: a lead-in with no colon is read fused to the item.
  const unitStart = ctx.unitStart ?? 0;
  const itemStart = Math.max(tokens[from]?.start ?? 0, tokens[anchor]!.start >= unitStart ? unitStart : 0);
  if (
    fragment &&
    (NOT_TO_ITEM.test(item) ||
      (ctx.headings ?? []).some((h) => PROHIBITION_HEADING.test(h)) ||
      othersDataItem(text.slice(itemStart, tokens[anchor]!.start), text.slice(tokens[anchor]!.end)))
  )
    return 'user';
  // An item after "You can use the Platform to:" is the user's act, as the lead-in's subject says.
  // Not a list of choices ("You may choose to:": each item is a consent), nor an item whose action has its own verb
  // ("sync your contacts, which are then shared with our partners": the service shares).
  if (ctx.unitStart && (tokens[from]?.start ?? 0) >= ctx.unitStart) {
    const lead = lastLead(text.slice(0, ctx.unitStart));
    const ownVerb = tokens.slice(from, anchor).some((t) => PASSIVE_AUX.test(t.normal) || MODAL.test(t.normal));
    if (USER_ABILITY_LEAD.test(lead) && !/\b(?:we|us)\b/i.test(lead) && !CHOICE_LEAD.test(lead) && !ownVerb)
      return 'user';
  }
  return 'service';
}

/**
 * A duty or prohibition on the user governs the action at `anchor` ("you agree not to sell …", "Disclosing … of a person
 * without their consent is not allowed"): its consent is the other person's, no opt-in the service offers.
 */
export function isUserDuty(
  tokens: readonly Token[],
  anchor: number,
  text: string,
  firstParty: FirstPartyNames = [],
): boolean {
  text = joinReaderRoles(text);
  const sentence = sentenceBefore(tokens, anchor, text);
  const rest = text.slice(tokens[anchor]!.start, sentenceEndAt(tokens, anchor)).toLowerCase();
  if (userDutyGoverns(sentence) || readerArranges(sentence, rest, firstParty)) return true;
  return gerundForbidden(tokens, anchor, sentence, rest, firstParty);
}

/** Abbreviations whose period ends no sentence: "(e.g. names)", "i.e.". */
const ABBREVIATION = /^(?:e\.?g|i\.?e|viz|cf|incl)$/i;

/**
 * The token ends a sentence: a period, "!" or "?" after it, but not an abbreviation's period ("e.g.,") nor a period
 * closed by a bracket or followed by a comma ("names, emails, etc.) for marketing").
 */
function endsSentence(t: Token): boolean {
  return /[.!?]/.test(t.post) && !ABBREVIATION.test(t.text) && !/^\.\s*[),]/.test(t.post);
}

/** The text of the action's sentence up to the action, lower-cased. */
function sentenceBefore(tokens: readonly Token[], anchor: number, text: string): string {
  let j = anchor - 1;
  // A semicolon separates items of one sentence ("You shall not use X (a) in datasets; (b) in the development …"),
  // unless the item has a verb of its own ("…; (ii) Acme may modify these Terms"): then it starts there.
  let item = -1;
  while (j >= 0 && !endsSentence(tokens[j]!)) {
    if (item < 0 && tokens[j]!.post.includes(';')) item = j;
    j--;
  }
  if (item >= 0) {
    for (let k = item + 1; k < anchor; k++)
      if (/^(?:may|will|shall|can|must|might|would|could)$/.test(tokens[k]!.normal)) j = item;
  }
  const start = tokens[j + 1]?.start ?? 0;
  return text.slice(start, tokens[anchor]?.start ?? text.length).toLowerCase();
}

/** A sentence that opens with a condition: "If you share …,", "When personal data is shared with Acme …,". */
const CONDITION_OPENER = String.raw`^\W*(?:if|when|whenever|where|should|in\s+(?:the\s+)?(?:event|case)\s+(?:that|where)|in\s+case)`;
const OPENS_CONDITION = new RegExp(String.raw`${CONDITION_OPENER}\b`);
/**
 * The main clause after the condition puts a duty on the user: "…, (then) you must use commercially reasonable
 * efforts", "…, you are responsible for …", "…, your service must disclose …". Not "…, you must stop using the
 * Services" (leaving when the user disagrees: the terms_change rules read that), nor a duty to hand the company a right
 * ("…, you must grant us a licence").
 */
const DUTY_MAIN = new RegExp(
  String.raw`,\s*(?:then\s+)?(?:${READER}|your\s+(?:service|${OWN_PRODUCTS.join('|')})s?)\s+(?:must|shall|should|will\s+(?:need|have)\s+to|(?:are|is)\s+(?:solely\s+|fully\s+)?(?:responsible|required|obligated))\b(?!\s+(?:not\s+)?(?:immediately\s+)?(?:stop|cease|discontinue|terminate|end|cancel|close|be\s+(?:deemed|bound|notified|informed|told|given)))`,
);
const CONNECTIVE = /^\W*(?:in\s+addition|also|additionally|further|furthermore|moreover|however|finally|similarly),\s*/;
const HANDS_RIGHT_AFTER = /\b(?:grant|license|licence|authori[sz]e|permit|allow|consent|we)\b/;

/**
 * The action sits in a condition that opens the sentence, and the main clause after it is a duty on the user: "If
 * personal data is shared with Acme due to your use of a product, then you must ensure …". The condition takes no right.
 */
function dutyAfterCondition(opening: string, rest: string): boolean {
  // "In addition, if you plan to …, you must …": a connective before the condition opens nothing, nor does a lead-in
  // read before the unit ("… requirements to accurately represent: In addition, if …").
  const sentence = opening.slice(opening.lastIndexOf(':') + 1).replace(CONNECTIVE, '');
  if (!OPENS_CONDITION.test(sentence) || sentence.includes(',')) return false;
  const end = rest.search(/[.;!?](?:\s|$)/);
  const tail = (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
  const m = DUTY_MAIN.exec(tail);
  // The right handed over is named at the duty's start ("you must grant us …", "… you must agree that we may …"), not
  // in a later act of the user's ("… and prompt the user to consent to any changes").
  if (!m || HANDS_RIGHT_AFTER.test(tail.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
  // The user acts in the condition ("If you share …", "… is shared with Acme due to your use …"); a company act
  // there ("If we share your data with partners, you must …") stays the company's.
  const condition = sentence + tail.slice(0, m.index);
  return USER_OPENS_CONDITION.test(condition) || userAgent(condition, m[0]);
}
const USER_OPENS_CONDITION = new RegExp(String.raw`${CONDITION_OPENER}\s+${READER}\b`);
/**
 * The service's right to act on the reader's breach, with the act in the condition: "we may suspend your account if
 * you sell …", "Acme may terminate this Agreement if Licensee attempts to share …". The act is the reader's, the right
 * the service's is a termination (GUIDE S3). The last such condition before the action.
 */
const SANCTION = new RegExp(
  String.raw`\b(?:may|will|can|shall|reserves?\s+the\s+right\s+to)\s+(?:[\w-]+\s+){0,3}?${wordsPattern(SANCTION_VERBS)}\s+(?:[\w-]+\s+){0,2}?(?:your|the|any|this|such|its|their)\s+(?:[\w-]+\s+)?(?:accounts?|access|agreement|services?|profiles?|subscriptions?|licen[cs]es?)\b`,
);
const IF_READER = new RegExp(
  String.raw`\b(?:if|where|should|in\s+(?:the\s+)?(?:event|case)(?:\s+that)?)\s+${READER}\b`,
  'g',
);
/** A main clause of its own after the condition ("…, but may still disclose it", ", we may share …"). */
const MAIN_CLAUSE_AFTER = /[,;]\s+(?:(?:and|but|or|then)\s+)?(?:[\w'’-]+\s+){0,3}?(?:may|will|can|shall|must)\b/;
function sanctionOnReadersAct(sentence: string, firstParty: FirstPartyNames): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(IF_READER)) {
    // The service's sanction within 100 characters before the condition, in the same part of the sentence (. ; :).
    const before = sentence.slice(Math.max(0, m.index - 100), m.index);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'));
    const part = before.slice(cut + 1);
    const s = SANCTION.exec(part);
    if (s && servicePrecedes(part.slice(0, s.index), firstParty)) last = m;
  }
  if (!last) return false;
  const after = sentence.slice(last.index + last[0].length);
  // A clause of the service's own after it ("…, in which case we may share …") is the service's act.
  return !/\b(?:we|us)\b/.test(after) && !MAIN_CLAUSE_AFTER.test(after) && !ownClause(after);
}
/** The words before a modal end with the service as its subject: "we", "Acme". */
function servicePrecedes(words: string, firstParty: FirstPartyNames): boolean {
  const w = words.trimEnd();
  return (
    /(?:^|\W)(?:we|us)$/.test(w) ||
    firstParty.some((name) => {
      const n = name.join(' ');
      return w === n || w.endsWith(` ${n}`);
    })
  );
}
/**
 * A condition that opens the sentence with a party standing for the user as its subject, the action inside it: "If a
 * creator repeatedly shares content that falls short of our standards, we may …", "If publishers collect, process, or
 * disclose information that identifies …". What the party might do is no right the company takes. Not about the
 * reader's data ("If a seller shares your address, …": a recipient's act on it).
 */
const PARTY_OPENS_CONDITION = new RegExp(
  String.raw`${CONDITION_OPENER}\s+(?:(?:a|an|the|any)\s+)?(?:${[...USER_PARTIES, 'guest', 'streamer'].join('|')})s?\s+`,
);
/** The party's own verb follows it (not "If the buyer is sold …"), and only a list of verbs has commas. */
const PASSIVE_OR_STATE = /^(?:is|are|was|were|has|have|had|being|be)\b/;
const VERB_LIST = /^(?:[a-z]+,\s(?:(?:and|or)\s)?)+[a-z]+$/;
function partyActsInCondition(sentence: string, action: string, after: string): boolean {
  const m = PARTY_OPENS_CONDITION.exec(sentence);
  const end = after.search(/[,;.!?]/);
  if (!m || /\byours?\b/i.test(sentence + (end < 0 ? after : after.slice(0, end)))) return false;
  const rest = sentence.slice(m[0].length) + action;
  return !PASSIVE_OR_STATE.test(rest) && (!rest.includes(',') || VERB_LIST.test(rest));
}
/**
 * The reader's use as the cause: "due to your use", "through the Customer's use" (not "through other users' use").
 * "their use" only when the duty after it falls on a plural role ("…, then users must"): in a "you" document it is a
 * third party's ("through their use of cookies").
 */
const USER_AGENT = new RegExp(
  String.raw`\bby\s+${READER}\b|\b(?:due\s+to|through|because\s+of)\s+(?:your|(?:the\s+)?${wordsPattern(READER_ROLES)}s?['’]s?)\s+use\b`,
);
const THEIR_USE = /\b(?:due\s+to|through|because\s+of)\s+their\s+use\b/;
const PLURAL_ROLE_DUTY = new RegExp(String.raw`^,\s*(?:then\s+)?(?:the\s+)?${wordsPattern(READER_ROLES)}s\s`);
function userAgent(condition: string, duty: string): boolean {
  return USER_AGENT.test(condition) || (THEIR_USE.test(condition) && PLURAL_ROLE_DUTY.test(duty));
}

/** "you agree to keep your password confidential and not disclose …": the second duty of an agreement. */
const USER_AGREES_TO = new RegExp(String.raw`\b${READER}\s+(?:also\s+)?agrees?\s+to\s`);
const AND_NOT = /\b(?:and|or)\s+(?:to\s+)?(?:not|never)\b/;
function agreesAndNot(sentence: string): { index: number; 0: string } | null {
  const a = USER_AGREES_TO.exec(sentence);
  if (!a) return null;
  const from = a.index + a[0].length;
  const n = AND_NOT.exec(sentence.slice(from));
  return n && !/\b(?:we|us)\b/.test(sentence.slice(from, from + n.index)) ? { index: from + n.index, 0: n[0] } : null;
}

/**
 * A duty on the user, or on the user's privacy notice, to tell others what happens: "You must disclose in your privacy
 * policy that third parties may collect data from your users", "the Publisher's Privacy Policy available to end-users
 * shall disclose that third party advertisers and the Company may place cookies", "you must ensure that all recipients
 * have granted permission". What the notice must say, or what the user must make sure of, is no right taken by the
 * page's company. The group holds "ensure"/"make sure" (see dutyToTell).
 */
const DUTY_TO_TELL = new RegExp(
  String.raw`\b(?:you|${wordsPattern(USER_PARTIES)}s?|(?:your|the\s+[\w'’]+)\s+privacy\s+(?:policy|notice|statement)(?:\s+available\s+to\s+[\w-]+)?)\s+(?:(?:also|further)\s+)?(?:must|shall|should|will|agrees?\s+to|(?:are|is)\s+(?:required|obliged|obligated)\s+to)\s+(?:${wordsPattern(DUTY_ADVERBS)}\s+){0,4}(?:disclose|inform|notify|tell|explain|state|(ensure|make\s+sure))\b`,
);
/**
 * After the subject of the duty's "that" clause: a modal, "is/are able to" or a right held ("that we can share", "that
 * Acme may use", "that we have the right to use").
 */
const SERVICE_OPENS =
  /\s(?:can|could|may|might|will|would|shall|should|(?:is|are)\s+(?:able|allowed|permitted|entitled)\s+to|(?:have|has)\s+(?:the|all)\s+(?:\w+\s+)?rights?)\b/;
/** Leave for the service to act: "that your privacy policy permits us to share", "… allows Acme to share". */
const SERVICE_LET = /\b(?:permits?|allows?|enables?|authori[sz]es?|entitles?)\s+((?:[\w’'-]+\s+){1,4}?)to\b/g;
/** A comma aside opening the "that" clause: "that, where required, we may share". */
const CLAUSE_ASIDE = /^,[^,]{0,60},\s*/;
/** The service, or a list it opens ("we and our partners"), as what a clause starts with. */
function startsWithService(words: string, firstParty: FirstPartyNames): boolean {
  return (
    /^(?:we|us)\b/.test(words) ||
    firstParty.some((name) => {
      const n = name.join(' ');
      return words === n || words.startsWith(`${n} `);
    })
  );
}
/**
 * The duty's "that" clause holds the action: "… disclose in your privacy policy that …". A duty to make sure the service
 * can act ("you must ensure that we are able to use …", "ensure that your policy permits us to share …") hands the
 * service the right: the service named in the clause keeps the act its own.
 */
function dutyToTell(sentence: string, firstParty: FirstPartyNames): boolean {
  const m = DUTY_TO_TELL.exec(sentence);
  if (!m) return false;
  const rest = sentence.slice(m.index + m[0].length);
  const that = rest.search(/\bthat\b/);
  if (that < 0 || that > 120 || /[.;]/.test(rest.slice(0, that))) return false;
  if (m[1] === undefined) return true;
  const clause = rest
    .slice(that + 'that'.length)
    .trimStart()
    .replace(CLAUSE_ASIDE, '');
  const opens = SERVICE_OPENS.exec(clause);
  if (opens && startsWithService(clause.slice(0, opens.index).trim(), firstParty)) return false;
  for (const let_ of clause.matchAll(SERVICE_LET)) if (startsWithService(let_[1]!.trim(), firstParty)) return false;
  return true;
}

/**
 * A duty on a business reader to arrange consent or notice with its own end users about tracking (GUIDE T14, lexicon
 * READER_ARRANGES): "You must obtain end users' consent before Acme's tags set cookies", "Partner agrees to obtain the
 * end user's consent to the use of cookies … by Acme", "You must provide a clear notice to your users that third-party
 * vendors, including Acme, use cookies", and a warranty that it is done ("Advertiser represents and warrants that any
 * websites … provide users notice that …"). What the duty's object names is the reader's to arrange. A few words may
 * stand between the verb and its noun ("obtain from each End User any consent"), none opening another phrase.
 */
const ARRANGE_PARTY = String.raw`(?:${READER}|(?:the\s+)?${wordsPattern(READER_ARRANGES.parties)}s?)`;
const ARRANGE_WORDS = String.raw`(?:(?!${wordsPattern(READER_ARRANGES.gapStops)}\s)[\w’'-]+\s+){0,6}?`;
const READER_ARRANGES_DUTY = new RegExp(
  String.raw`\b${ARRANGE_PARTY}\s+(?:${wordsPattern(READER_ARRANGES.leadAdverbs)}\s+)?(?:(?:${wordsPattern(READER_ARRANGES.duties)}\s+){1,2}|${wordsPattern(READER_ARRANGES.warrants)}\s+(?:[\w’'-]+\s+){0,12}?)(?:${wordsPattern(READER_ARRANGES.verbAdverbs)}\s+){0,3}(?:${wordsPattern(READER_ARRANGES.collect)}\s+${ARRANGE_WORDS}${wordsPattern(READER_ARRANGES.consent)}|(?<!\bbeen\s)${wordsPattern(READER_ARRANGES.give)}\s+${ARRANGE_WORDS}${wordsPattern(READER_ARRANGES.notice)})\b`,
  'g',
);
const TRACKING_TOPIC = new RegExp(String.raw`\b${wordsPattern(READER_ARRANGES.trackingTopic)}\b`);
const READER_TRACKED = new RegExp(String.raw`\b${wordsPattern(READER_ARRANGES.readerTracked)}\b`);
const NOT_READER_BEFORE = new RegExp(String.raw`\b${wordsPattern(READER_ARRANGES.notReaderBefore)}\s+$`);
/**
 * A clause of another party after the duty ends its reach: a joining word, an optional comma aside, then the service
 * or another party with a modal or a verb within a few words ("…, which we may use", "… and, where permitted, we will
 * share", "…, because Acme uses cookies", "… and our partners may then use"). "before we set cookies", "for Acme to
 * use cookies" stay inside the duty's object.
 */
const ARRANGE_JOIN = new RegExp(String.raw`(?:[;.]|\b${wordsPattern(READER_ARRANGES.joiners)}\b)\s*,?\s*`, 'g');
const OTHER_SUBJECT = new RegExp(String.raw`^(?:then\s+)?${wordsPattern(READER_ARRANGES.otherSubjects)}\b`);
const CLAUSE_VERB_AFTER = /^\s*(?:[\w’'-]+\s+){0,3}?(?:can|could|may|might|will|would|shall|should|must|are|[a-z]+s)\b/;
const JOIN_ASIDE = /^[^,;.]{1,40},\s*/;
function opensOtherClause(words: string, firstParty: FirstPartyNames): boolean {
  const subject = OTHER_SUBJECT.exec(words);
  if (subject && CLAUSE_VERB_AFTER.test(words.slice(subject[0].length))) return true;
  return startsWithService(words.replace(/^then\s+/, ''), firstParty);
}
function otherClauseAfter(after: string, firstParty: FirstPartyNames): boolean {
  for (const j of after.matchAll(ARRANGE_JOIN)) {
    const words = after.slice(j.index + j[0].length);
    if (opensOtherClause(words, firstParty)) return true;
    const aside = JOIN_ASIDE.exec(words);
    if (aside && opensOtherClause(words.slice(aside[0].length), firstParty)) return true;
  }
  return false;
}
/**
 * The business reader's duty to arrange consent or notice reaches the action: `sentence` is the text before it, `rest`
 * the action's own words to the sentence's end (the tracking tool may be named there).
 */
function readerArranges(sentence: string, rest: string, firstParty: FirstPartyNames): boolean {
  const m = readersMatch(READER_ARRANGES_DUTY, sentence);
  // "Partners will obtain your consent": the consent is the reader's own, asked by another party, not the reader's duty.
  if (!m || (!/^you\b/.test(m[0]) && /\byour\b/.test(m[0]))) return false;
  const after = sentence.slice(m.index + m[0].length);
  const whole = `${sentence}${rest}`;
  if (!TRACKING_TOPIC.test(whole) || READER_TRACKED.test(whole)) return false;
  if (NOT_READER_BEFORE.test(sentence.slice(0, m.index))) return false;
  return !otherClauseAfter(after, firstParty);
}

/** The reader, or a business party that stands for it, as the subject of its own training. */
const OWN_MODEL_SUBJECT = String.raw`(?:${READER}|${wordsPattern(READER_OWN_MODEL.trainers)}s?)`;
/** The reader's leave right before the training verb: "You can fine-tune", "Enterprise customers may train". */
const READER_MAY_TRAIN = new RegExp(
  String.raw`\b${OWN_MODEL_SUBJECT}\s+(?:also\s+)?${wordsPattern(READER_OWN_MODEL.ability)}\s+(?:also\s+)?(?:fine[\s-]*)?$`,
  'g',
);
const OWN_MODEL_SUBJECT_FIRST = new RegExp(String.raw`^${OWN_MODEL_SUBJECT}\s`);
const ROLE_OWNER_WORD = new RegExp(String.raw`^${wordsPattern(ROLE_OWNERS)}$`);
/** "Content submitted by members may train …": the reader named after "by" is no subject. */
const BY_BEFORE = /\bby\s+$/;
/** Another party or clause between the reader and the training verb (lexicon READER_OWN_MODEL.otherBetween). */
const OTHER_BETWEEN = new RegExp(String.raw`\b${wordsPattern(READER_OWN_MODEL.otherBetween)}\b`);
/**
 * A sentence whose subject is the reader, first or after one modifier ("Creators may use …", "Enterprise customers can
 * …"), not another's ("Our partners may …"). The modifier is stepped in code: one regex with it backtracks.
 */
function opensWithReader(sentence: string): boolean {
  const words = sentence.replace(/^\W+/, '');
  if (OWN_MODEL_SUBJECT_FIRST.test(words)) return true;
  const space = words.search(/\s/);
  return (
    space > 0 &&
    !ROLE_OWNER_WORD.test(words.slice(0, space)) &&
    OWN_MODEL_SUBJECT_FIRST.test(words.slice(space).trimStart())
  );
}
/** The reader is the sentence's subject and no other party or clause stands between it and the training verb. */
function readerAloneBefore(sentence: string, firstParty: FirstPartyNames): boolean {
  if (!opensWithReader(sentence)) return false;
  const words = sentence.replace(/^\W+/, '').toLowerCase();
  const between = words.slice(words.search(/\s/) + 1);
  if (OTHER_BETWEEN.test(between)) return false;
  const plain = ` ${words.replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
  return !firstParty.some((name) => plain.includes(` ${name.join(' ')} `));
}
const AI_MODEL = wordsPattern(LEXICON_LISTS.AiModel!);
/** The training verb's object is the reader's own model: "train their own custom models", "tune your own model". */
const OWN_MODEL_OBJECT = new RegExp(
  String.raw`^[\w-]+\s+(?:[\w-]+\s+){0,2}?(${wordsPattern(READER_OWN_MODEL.own)})\s+(?:[\w-]+\s+){0,3}?${AI_MODEL}\b`,
);
/** "your fine-tuned model": the trained model named as the reader's. */
const YOUR_TRAINED = new RegExp(
  String.raw`\byour\s+(?:${wordsPattern(READER_OWN_MODEL.yourKinds)}\s+)?(?:fine[\s-]*)?$`,
);
/** The trained model kept for the reader: "Fine-tuned models (you create) are available only to you". */
const KEPT_FOR_READER = new RegExp(
  String.raw`^[\w-]+\s+${AI_MODEL}\s+(?:(?:that\s+)?you\s+[\w-]+\s+)?(?:(?:(?:is|are|remains?|will\s+(?:be|remain))\s+(?:${wordsPattern(READER_OWN_MODEL.onlyWords)}\s+)?)?${wordsPattern(READER_OWN_MODEL.keptFor)})\b`,
);
/**
 * The reader trains a model of its own, at the training verb `anchor`: its leave right before the verb (not after
 * "by"), its own model as the verb's object with the reader alone as the subject, or the trained model named as the
 * reader's ("your fine-tuned model", "fine-tuned models are available only to you"). Training by the service or its
 * partners on the reader's data is another reading.
 */
function readerTrainsOwn(
  tokens: readonly Token[],
  anchor: number,
  sentence: string,
  rest: string,
  firstParty: FirstPartyNames,
): boolean {
  if (!tokens[anchor]!.tags.includes('TrainVerb')) return false;
  const may = readersMatch(READER_MAY_TRAIN, sentence);
  if (may && !BY_BEFORE.test(sentence.slice(0, may.index))) return true;
  const own = OWN_MODEL_OBJECT.exec(rest);
  if (own && readerAloneBefore(sentence, firstParty)) return true;
  return YOUR_TRAINED.test(sentence) || KEPT_FOR_READER.test(rest);
}

/** A duty on the user governs the action unless the service is named as a subject after it ("…; we may use …"). */
function userDutyGoverns(sentence: string): boolean {
  const m = readersMatch(userDuties(sentence), sentence) ?? agreesAndNot(sentence);
  if (m) return !/\b(?:we|us)\b/.test(sentence.slice(m.index + m[0].length));
  const r = readersMatch(USER_RESPONSIBLE_ALL, sentence);
  return !!r && !OWN_VERB.test(withoutWhenItIs(sentence.slice(r.index + r[0].length)));
}
const WHEN_OPENERS = new Set(READER_ACT_TIME_WORDS);
const IT_WORDS = new Set(READER_ACT_OBJECT_PRONOUNS);
const OBJECT_STATES = new Set(READER_ACT_OBJECT_STATES);
/**
 * The index of the last word of a state of the object ("no longer needed", "not required") opening at index k, or -1.
 */
function stateAt(words: readonly string[], k: number): number {
  let j = k;
  if (words[j] === 'no' && words[j + 1] === 'longer') j += 2;
  else if (words[j] === 'not' || words[j] === 'longer') j += 1;
  const word = words[j] ?? '';
  // The text may end at the action itself ("… once it is no longer [necessary]"): the negation then names the state.
  if (!word && j > k) return j - 1;
  return OBJECT_STATES.has(trimEndChars(word, /[^a-z]/)) ? j : -1;
}
/**
 * The words with the be-form of each time or condition of the reader's own act dropped, where its subject is a pronoun
 * for what the reader acts on and it names only a state of that: "responsible for deleting such data once it is no
 * longer necessary". A be-form before a past participle ("until it is sold to our partners") is another's act on the
 * reader's object, and one that goes on past the state ("once it is no longer needed, otherwise retained", "… and
 * retained") carries that act too: both keep the be-form, so OWN_VERB reads them. Words stepped in code, no regex
 * over the sentence.
 */
function withoutWhenItIs(text: string): string {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push(words[i]!);
    if (!WHEN_OPENERS.has(words[i]!) || !IT_WORDS.has(words[i + 1] ?? '')) continue;
    const be = words[i + 2] ?? '';
    if (!/^(?:is|are)$/.test(be)) continue;
    const state = stateAt(words, i + 3);
    if (state < 0 || /,$/.test(words[state]!) || /^(?:and|or)$/.test(words[state + 1] ?? '')) continue;
    out.push(words[i + 1]!);
    i += 2;
  }
  return out.join(' ');
}
const USER_RESPONSIBLE_ALL = new RegExp(USER_RESPONSIBLE.source, 'g');
/**
 * The first match (of a global regex, or of a reader in code such as userDuties) whose subject is the reader, not a
 * role another owns ("Our clients shall not sell …", S5).
 */
function readersMatch(re: RegExp, sentence: string): RegExpExecArray | null;
function readersMatch<M extends { index: number; 0: string }>(matches: Iterable<M>, sentence: string): M | null;
function readersMatch(
  re: RegExp | Iterable<{ index: number; 0: string }>,
  sentence: string,
): { index: number; 0: string } | null {
  for (const m of re instanceof RegExp ? sentence.matchAll(re) : re)
    if (!OWNER_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return m;
  return null;
}

/** Between a named sharer and the action: modals and adverbs ("Acme may also share"). */
const SHARER_LINKS = new Set([...MODAL_WORDS, ...SUBJECT_VERB_LINKS, 'then', 'further', 'additionally']);
/** Capitalised words that name the user, not the company. */
const USER_NAMES = new Set(['you', 'customer', 'customers', 'user', 'users', 'member', 'members', 'i']);
/**
 * The company by name shares, right before the action: a first-party name or a capitalised name other than the user's
 * ("Acme may share", "Acme Corp. will disclose", "Acme shares your data"), with at most modals and adverbs between. The
 * name's index, or -1.
 */
export function namedSharerAt(tokens: readonly Token[], anchor: number, firstParty: FirstPartyNames): number {
  let j = anchor - 1;
  while (j >= 0 && SHARER_LINKS.has(tokens[j]!.normal)) j--;
  const t = tokens[j];
  if (!t) return -1;
  if (firstPartyEndsAt(tokens, j, firstParty)) return j;
  // Where the page's first party is known, another name is another company acting ("If you pay by card, Cardco
  // may keep …"). Where it is not, a name shares only after the user's condition or a purpose that opens the sentence
  // ("When you …, Acme may share …", "To help ensure you receive useful ads, Acme shares …"), and only by a share or
  // sale verb.
  const act = tokens[anchor]!.tags;
  if (firstParty.length || !(act.includes('MoveVerb') || act.includes('SellVerb')) || !afterUserCondition(tokens, j))
    return -1;
  // The act is lower case as written: a capitalised one goes on the name ("Acme Shares personal data is kept …").
  if (!/^[a-z]/.test(tokens[anchor]!.text)) return -1;
  // Another name is the subject only before a modal or a verb: in "access your Acme Data" it is a modifier. A verb in
  // "-s" before its object's determiner is a verb, though tagged a noun ("Acme shares your data").
  if (j === anchor - 1 && !tokens[anchor]!.tags.includes('Verb') && !verbBeforeObject(tokens, anchor)) return -1;
  return j > 0 &&
    /^[A-Z]/.test(t.text) &&
    !USER_NAMES.has(t.normal.replace(/[’']s$/, '')) &&
    !PARTY_ROLES.has(t.normal) &&
    !/[.:;]/.test(tokens[j - 1]!.post)
    ? j
    : -1;
}
/**
 * The sentence before `j` opens with a condition word ("When you install the app, …") or a purpose ("To help ensure you
 * receive …", "So that you …", "In order to …"): the reader named there is that clause's, not the sharer.
 */
function afterUserCondition(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && !/[.:;!?]/.test(tokens[k - 1]!.post)) k--;
  if (k < 0 || k >= j) return false;
  const w = tokens[k]!.normal;
  const two = `${w} ${tokens[k + 1]?.normal ?? ''}`;
  return CONDITION_OPENERS.has(w) || CONDITION_OPENERS.has(two);
}
const CONDITION_OPENERS = new Set([...CONDITION_WORDS, ...PURPOSE_OPENERS, 'where']);
const PARTY_ROLES = new Set(PARTY_ROLE_NOUNS);
/**
 * Determiners that open an object: after a word in "-s", they make it a verb ("shares your data"); so does the user's
 * data named within three words, with no stop between ("shares limited personal information").
 */
const OBJECT_OPENS = new Set([...OBJECT_DETERMINERS, 'such']);
function verbBeforeObject(tokens: readonly Token[], anchor: number): boolean {
  const t = tokens[anchor]!;
  // Lower case as written: a capitalised word in "-s" is part of a name ("Acme Shares personal data is kept …").
  if (!/[a-z]s$/.test(t.text) || t.post.trim()) return false;
  if (OBJECT_OPENS.has(tokens[anchor + 1]?.normal ?? '')) return true;
  for (let k = anchor + 1; k <= anchor + 3 && k < tokens.length; k++) {
    if (tokens[k]!.tags.includes('UserData')) return true;
    if (tokens[k]!.post.trim()) return false;
  }
  return false;
}
