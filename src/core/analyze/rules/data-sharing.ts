// data_sharing: disclosure of user data to third parties, affiliates, partners, advertisers.
// Service providers processing on the company's behalf, legally required disclosures and business transfers
// (merger, acquisition, bankruptcy) are low severity. A business transfer is data_sharing, never data_sale: the data
// follows the business to its new owner, it is not sold to a buyer for the buyer's own purposes.
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';
import {
  CHOICE_VERBS,
  CHOSEN_THIRD_PARTY,
  CONTRACT_PARTIES,
  ABROAD_WORDS,
  CCPA_SENSE_WORDS,
  SAFEGUARD_NOT_LIMIT_WORDS,
  HARM_NOUNS,
  JOIN_PREPOSITIONS,
  JOINED_TO_DETERMINERS,
  LEXICON_LISTS,
  MAKE_FORMS,
  MODAL_WORDS,
  PORTABILITY_PHRASE,
  OPT_OUT_ACTS,
  OUTSIDE_PARTIES,
  OUTSIDE_PLACES,
  DESTINATION_PLACES,
  DESTINATION_NAMED_PLACES,
  OWN_STAFF_WORDS,
  POINTED_DATA,
  PRESUPPOSED_SHARE_VERBS,
  RECIPIENT_OWN_ENDS,
  RECIPIENT_USE_VERBS,
  PARTITIVE_WORDS,
  READER_ROLES,
  READER_WISH_NOUNS,
  RELY_VERBS,
  TAKE_ON_VERBS,
  ENGAGE_VERB_FORMS,
  ENGAGED_BY_PARTICIPLES,
  PROCESSOR_ROLES,
  OUR_ONLY_PROCESSOR_ROLES,
  THEY_IN_OTHER_CLAUSE_WORDS,
  TRACKED_PLACE_PREPOSITIONS,
  TRANSFER_SAFEGUARDS,
  TRANSFER_STEPS,
  OWN_PURPOSE_NOUNS,
  USER_LET_VERBS,
  PROTECTION_OBJECTS,
  DATA_HOLDING_RECIPIENTS,
  DATA_REQUIREMENT_KINDS,
  DENIED_SIGHT_VERBS,
  USER_PARTIES,
  WITH_PHRASE_HEADS,
  SUBPROCESSOR_WORDS,
  PLACED_BY_VERBS,
  PROVIDED_NOT_DATA,
  KINDS_POINTERS,
  KINDS_PRONOUNS,
  KINDS_HEDGES,
  KINDS_VERBS,
  KINDS_PRONOUN_HEDGES,
  SOURCE_KINDS,
  KINDS_RECIPIENT_MODIFIES,
  KINDS_NAMED_PRONOUNS,
  KINDS_FROM_NOUNS,
  KINDS_DESCRIBED,
  KINDS_GENERIC_HEADS,
  KINDS_SUPERLATIVES,
  KINDS_DESCRIBED_SCOPES,
  DERIVED_DATA_RECIPIENT_NOUNS,
  DERIVED_OTHER_SUBJECT_DETERMINERS,
  REQUEST_COUNT_NOUNS,
  REQUEST_COUNTED_NOUNS,
  DERIVED_DATA_ADJECTIVES,
  DERIVED_DATA_MAKERS,
  DERIVED_DATA_NOUNS,
  DERIVED_DATA_SHARE_VERBS,
  DERIVED_DATA_RECIPIENT_VERBS,
  DERIVED_DATA_RECIPIENT_PARTICIPLES,
  REQUEST_STATISTICS_NOUNS,
  DERIVED_DATA_READERS,
  DERIVED_DATA_PARTICIPLES,
  SOURCE_KIND_HEADS,
  USERS_OWN_PROVIDER_WORDS,
  DISCLOSURE_GERUNDS,
  RELATIVE_PRONOUNS,
  RECIPIENT_OWN_PLACES,
  SERVICE_HELD_DATA_WORDS,
  AVAILABLE_WORDS,
  SERVICE_OFFERINGS,
  DESCRIBED_POINTS,
  DESCRIBED_HEAD_NOUNS,
  DESCRIBED_HEAD_PREPOSITIONS,
  RIGHT_POINTER_VERBS,
  RIGHT_POINTER_HEADS,
  TITLED_PARTS,
  TITLED_WORDS,
  OPT_OUT_MEANS,
} from '../lexicon';
import { DATA_SHARING_VETOES, RECIPIENT_DUTY, TRADE_RECIPIENT } from './data-sharing-vetoes';
import { CONTRACT_RECIPIENT, RECIPIENT } from './recipient-stems';
import { namesRecipients, usersSubject } from '../section-recipients';
import { RECIPIENT_HEADING_SOURCE, RELATIVE_ACT_SOURCE, WHO_RECEIVES_HEADING_SOURCE } from '../table-cell';
import type { FirstPartyNames } from '../first-party';
import { oneSpace, plainWords, wordsPattern } from '../word-pattern';
import { MAY_BE_SALE } from '../sale-rights';
import { endsAt } from '../sticky-at';
import { ahead, alt, anyOf, gap, REST_OF_WORD, run, wordHolding, words, wordSeq, type TextTest } from '../word-gap';
import { PLAIN_DENIAL } from '../denial';

/** "third-party" in other senses: sites we link to, beneficiaries, third-party content or products. */
const OTHER_SENSE =
  /\bthird[\s-]part(?:y|ies)['’]?s?\s+(?:web\s*sites?\b(?!\s+hosting\s+(?:providers?|compan|services?))|sites?|links?|beneficiar(?:y|ies)|content|materials?|products?|offerings?|applications?\s+(?:that\s+)?you|services\s+(?:that\s+)?you|claims?|intellectual|rights?)|link(?:s|ed)?\s+to\s+(?:other\s+|third[\s-]party\s+)?(?:web\s*sites?|sites?)|\bno\s+third[\s-]party\s+beneficiar|\b(?:web\s*)?sites?\s+(?:or\s+services\s+)?(?:owned|run|operated|maintained|controlled)\s+(?:(?:and|or)\s+(?:owned|run|operated|maintained|controlled)\s+)?by\s+(?:[\w-]+\s+){0,2}?third[\s-]part/;
/**
 * A disclosure that names its data or an outside recipient, beside a third-party site or product named in passing:
 * "we may share or make available certain customer list information with third parties … to target ads on third-party
 * websites", "we disclosed each category to third-party business partners … and third-party sites".
 */
const DISCLOSES_NAMED = wordSeq(
  String.raw`\b(?:share|shares|shared|disclose|discloses|disclosed|sell|sells|sold)\b(?:\s+(?:or|and)\s+make\s+available)?`,
  gap(4),
  alt(
    [String.raw`(?:data|information)\b`],
    [
      String.raw`(?:with|to)\s+(?:our\s+|certain\s+|selected\s+|other\s+)?third[\s-]part(?:y|ies)\s+(?!(?:web\s*)?sites?\b|apps?\b|applications?\b|platforms?\b|services?\b|links?\b|content\b|products?\b)`,
    ],
  ),
);
/**
 * Disclosure as a security risk, not a disclosure by the service: "prevent users' information from being revealed",
 * "we cannot guarantee that our measures will prevent every unauthorised attempt to … disclose", "might still be
 * revealed or stolen", "to ensure that personal data is not disclosed to any person who has no right (does not have a
 * right) to receive it".
 * Only when the service is not also the subject of a disclosure verb in the clause, and not where the recipients must
 * guard against it ("each vendor must agree to protect your data from unauthorized access": a limit on them, D12).
 */
// "Who has no right" after a recipient ("our vendors, who do not have the right to access it for any other purpose")
// limits the recipient; only after a person in general ("any person", "anyone") is it the security purpose.
const SECURITY_SENSE =
  /\bunauthori[sz]ed\b|\b(?:person|persons|people|anyone|anybody|someone|individual|individuals|one|those)\s+(?:who|that)\s+(?:(?:has|have)\s+no|(?:does|do)\s+not\s+have\s+(?:a|the|any))\s+right\s+to\s+(?:receive|access|see|view)\b|\bfrom\s+being\s+(?:revealed|disclosed|accessed|leaked|stolen|lost)\b|\bstolen\b|\b(?:cannot|can\s*not|can['’]t)\s+(?:fully\s+|completely\s+|absolutely\s+)?(?:guarantee|ensure|assure|warrant|promise)\b/;
/**
 * What is public is seen by whoever looks, not disclosed by the service: "can be seen by anyone", "anyone can see it",
 * "information shared publicly may be copied", "data made public … can be used by anyone". Only when the service is
 * not also the subject of a disclosure verb in the clause. Not "made public" alone: "any information you have made
 * public on the network" describes data the service receives from elsewhere (OPP-115 counts that as sharing).
 */
const PUBLIC_SENSE =
  /\b(?:seen|viewed|read|used|accessed|copied|indexed|found|collected)\s+(?:and\s+[\w-]+\s+)?by\s+(?:anyone|anybody|everyone|others|other\s+users|the\s+public|search\s+engines)\b|\b(?:anyone|anybody|everyone)\s+(?:else\s+)?(?:can|could|may)\s+(?:see|view|read|access|find)\b|\b(?:shared|disclosed?|disclosing|posted|published)\s+publicly\b/;
const WE_DISCLOSE =
  /\b(?:we|us)\s+(?:(?:may|might|will|can|could|also|do|does|would|need\s+to|have\s+to)\s+){0,2}(?:share|disclose|transfer|provide|sell|pass|release|give)\b/;
/** A lexicon word list as a regex alternation (spaces match any whitespace), for the pre-filters. */
const alternation = (words: readonly string[]): string => `${wordsPattern(words)}\\b`;
// "Sound recordings" are licensed works (music made available to creators), not the user's recordings.
const DATA_WORD =
  /\b(?:data|information|activit(?:y|ies)|content|details|records|identifiers?|address(?:es)?|e-?mails?|names?|profile|location|usage|communications?|files?|messages?|(?<!sound\s)recordings?|pii|s?pi|statistics|databases?|backups?|cv|histor(?:y|ies)|(?:customer|mailing)\s+lists?)\b/;
/**
 * The data named by what it is, as the lexicon's UserData names it ("payment method", "phone number"): only the phrases
 * with no word DATA_WORD passes already ("your email", "first name", "contact details" pass), so the alternation stays
 * short enough for recheck to judge.
 */
const DATA_NAMES = alternation(LEXICON_LISTS.UserData!.filter((w) => w.includes(' ') && !DATA_WORD.test(w)));
const DATA = new RegExp(String.raw`${DATA_WORD.source}|\b${DATA_NAMES}`);

/**
 * Word-gap building blocks. A word may hold apostrophes and hyphens; the separator after it may not, so a run of
 * dashes, apostrophes or slashes splits into words and separators in exactly one way (a separator that could also
 * be part of a word lets the engine try every split of the run: exponential backtracking, seen on a table cell
 * followed by 37 dashes).
 */
const REST = String.raw`[\w’'-]*`; // the rest of a word after a stem
const SEP = String.raw`[^\w’'-]+`;
const W = String.raw`[\w’'-]+[^\w’'-]+`; // one word and what follows it

export { RECIPIENT } from './recipient-stems';
/**
 * The lexicon's Adviser words as stems (rules.test.ts checks them), for share-with-third-parties' pre-filter only.
 * RECIPIENT stays without them because the composite regexes built from it must stay small enough for recheck to judge.
 */
export const ADVISER = String.raw`(?:lawyer|attorney|auditor|accountant|advis[eo]r|notar|bailiff|debt\s+collector|collection\s+agenc|credit\s+(?:bureau|reference|reporting)|fraud\s+prevention\s+agenc)`;
const SHARE_STEMS = String.raw`sell|sold|rent|shar|disclos|transfer|provid|distribut|giv|makes?\s+available|made\s+available|making\s+available|pass|releas|report|send|sent|forward|reveal|exchang|transmit|suppl(?:y|ie)|communicated|made\s+accessible|uploaded`;
/** The stems, and the lexicon's one-word share verbs they do not cover ("divulge"; HAND reads "hand over"). */
const SHARE_WORDS = `${SHARE_STEMS}|${wordsPattern(
  LEXICON_LISTS.ShareVerb!.filter((w) => !w.includes(' ') && !new RegExp(String.raw`^(?:${SHARE_STEMS})`).test(w)),
)}`;
const HAND = String.raw`hand(?:s|ed|ing)?`;
const MAKE = wordsPattern([...MAKE_FORMS]);
const AVAILABLE = wordsPattern([...AVAILABLE_WORDS]);
const BECOME_AVAILABLE = String.raw`(?:is|are|be|been|become|becomes)\s+(?:visible|available|accessible)`;
/** A share word and the rest of it, as word-gap parts (the two stems with gaps step them in code). */
const SHARE_WORD = [
  alt(
    [String.raw`\b(?:${SHARE_WORDS}|${BECOME_AVAILABLE})`],
    [String.raw`\b${HAND}`, gap(4), 'over'],
    // Up to twelve words: a list of the user's data ("make your name, email address and phone number available");
    // past four, share-with-third-parties keeps it only for the user's data (madeAvailableFarNotUsers).
    [String.raw`\b${MAKE}`, gap(12), AVAILABLE],
  ),
  REST,
];
// Pre-filters are proximity regexes mirroring the patterns: a clause that merely contains "provide" and, somewhere
// else, "court" costs a compromise parse and several matcher passes for nothing (measured: 19 candidates, 2 hits).
/**
 * A trade named as a recipient ("to your local dealer", "with an independent dealer"): right after "with/to", a
 * determiner and at most one free word, as an undetermined word is often a verb ("how to contact a local dealer").
 */
const SHARE_TO_TRADE = wordSeq(
  ...SHARE_WORD,
  gap(24),
  String.raw`(?:with|to)\s+(?:(?:a|an|the|our|your|its|their)\s+(?:[\w-]+\s+)?)?${TRADE_RECIPIENT}`,
);
/** Share word, then "with/to/among" and a recipient within the pattern's reach (12 + 5 terms, hyphens split). */
const SHARE_THEN_THIRD = anyOf(
  wordSeq(...SHARE_WORD, gap(24), '(?:with|to|among|across|within)', gap(7), RECIPIENT),
  wordSeq(...SHARE_WORD, gap(24), '(?:with|to)', gap(7), ADVISER),
  SHARE_TO_TRADE,
  // Not "transferred outside": that says where the data goes ("outside of the country in which you reside"), not who
  // gets it (GUIDE D13).
  /\b(?:shared|disclosed|share|disclose|pass|passed|distributed)\s+(?:outside|beyond)\b/,
);
export const RECIPIENT_WORD = new RegExp(String.raw`\b${RECIPIENT}`);
/** "access to … is limited to" a recipient. */
const ACCESS_LIMITED_TO = anyOf(
  wordSeq(String.raw`\baccess\s+to\b`, gap(10), String.raw`(?:limited|restricted)\s+to\b`, gap(10), RECIPIENT),
  wordSeq(
    String.raw`\b(?:limit|limits|restrict|restricts)\s+access\s+to\b`,
    gap(4),
    String.raw`(?:data|information)\s+to\b`,
    gap(10),
    RECIPIENT,
  ),
);
/** A disclosure verb, then "to others" or "to (any) other users" within a few words. */
const OTHERS_RECEIVE = wordSeq(
  String.raw`\b(?:disclos|reveal|give|gave|given|pass)`,
  REST_OF_WORD,
  gap(7),
  String.raw`to\s+(?:(?:any|the)\s+)?others?\b`,
);
/** A limit on what recipients may do (data_sharing.recipients-bound), and what it is about. */
const SAFEGUARD_WORD =
  /\b(?:bound|obligated|obliged|require[sd]?|obliges?|obligates?|binds?|instructs?|adheres?|compl(?:y|ies)|commit(?:s|ted)?|ensures?|make\s+sure|only\s+(?:allowed|permitted|authori[sz]ed)|(?:may|can|will)\s+only)\b/;
const SAFEGUARD_TOPIC = /\b(?:data|information|confidential\w*|privacy|personal)\b/;
/**
 * A recipient bound to the policy or to confidentiality needs no data word of its own: "our service providers and
 * partners strictly adhere to the Privacy Policy", "we require the third parties to comply with this Privacy Policy".
 */
const BOUND_TO_POLICY = wordSeq(
  String.raw`\b${RECIPIENT}`,
  REST_OF_WORD,
  gap(8),
  String.raw`(?:adhere|adheres|comply|complies|commit|commits|committed)\s+(?:to|with)\s+(?:this\s+|the\s+|our\s+)?(?:[\w’'-]+\s+){0,2}?(?:privacy|confidentiality)\b`,
);
/** Contract words of the limits on recipients that the service's contracts state (data_sharing.recipient-contract-terms). */
const RECIPIENT_CONTRACT =
  /\b(?:contracts?|agreements?|terms|imposed|required\s+to\s+(?:enter|sign)|(?:must|shall)\s+(?:agree|undertake)|outside)\b/;
/** What makes a contract's obligations about the data ("at least as strict as this DPA", "confidentiality terms"). */
const DATA_PROTECTION_TERMS = String.raw`(?:data|privacy|confidential\w*|security|protect\w*|dpa|at\s+least\s+as)\b`;
const CONTRACT_OBLIGATIONS = String.raw`(?:obligations|commitments|terms|protections|requirements|restrictions)\b`;
/** A recipient as the processor contracts name it: RECIPIENT, or the one-word "subprocessor" it leaves out. */
/** "Contracts with our vendors … contain": the head of the contract shapes. */
const CONTRACT_WITH_RECIPIENT = [
  String.raw`\b(?:contracts?|agreements?|terms)\s+with\b`,
  gap(2),
  CONTRACT_RECIPIENT,
  REST_OF_WORD,
  gap(12),
  String.raw`(?:contain|include|impos)\w*`,
] as const;
/**
 * The service's contract binds a recipient, with no data word of its own: "our contracts with our Sub-Processors
 * contain commitments at least as strict as this DPA", "the Subprocessor is required to enter into confidentiality
 * terms".
 */
const CONTRACT_BINDS_RECIPIENT = anyOf(
  // Obligations about the data, not any commercial term ("contain obligations to pay royalties"): a protection word
  // before the obligation word or soon after it ("commitments at least as strict as this DPA").
  wordSeq(...CONTRACT_WITH_RECIPIENT, gap(6), DATA_PROTECTION_TERMS, gap(2), CONTRACT_OBLIGATIONS),
  wordSeq(...CONTRACT_WITH_RECIPIENT, gap(8), CONTRACT_OBLIGATIONS, gap(12), DATA_PROTECTION_TERMS),
  wordSeq(
    String.raw`\b${CONTRACT_RECIPIENT}`,
    REST_OF_WORD,
    gap(6),
    String.raw`required\s+to\s+(?:enter|sign)\s+into\b`,
    gap(8),
    String.raw`(?:confidentiality|privacy|security|protection)\b`,
  ),
);
/**
 * The words of data_sharing.recipients-chosen-or-asked (GUIDE D12): the service asks, requires or bars its recipients,
 * works only with some, vets them, or makes its arrangements with them contractual.
 */
const RECIPIENT_CHOSEN_OR_ASKED =
  /\b(?:asks?|requests?|requires?|restricts?|prohibits?|forbids?|only\s+(?:use|engage|work|cooperate|partner|select|choose|contract)|(?:select|use|engage|choose)\s+only|(?:not|never|don[’']t|won[’']t)\s+(?:work|partner|cooperate)\s+with|due\s+diligence|carefully\s+(?:select|chos|choose|vet|screen)\w*|ensure\s+(?:via|by|through)|arrangements?\s+with|subject\s+to)\b/;
/**
 * Recipients chosen for their guarantees need no data word of their own (GUIDE D12): "we will only use processors
 * which provide sufficient guarantees …", "we don’t work with partners who don’t agree to these standards".
 */
const CHOSEN_FOR_GUARANTEES = anyOf(
  // The guarantee is a protection of the data (PROTECTION_OBJECTS), not any terms: "processors which provide
  // sufficient guarantees", not "advertisers who comply with our advertising policies".
  wordSeq(
    String.raw`\bonly\s+(?:use|engage|work|cooperate|partner|select|choose|contract)\b`,
    gap(4),
    RECIPIENT,
    REST_OF_WORD,
    gap(2),
    String.raw`(?:who|which|that)\b`,
    gap(10),
    String.raw`${wordsPattern(PROTECTION_OBJECTS)}\b`,
  ),
  // "We don't work with partners who don't agree to these standards"; not "… who do not pay their invoices".
  wordSeq(
    String.raw`\b(?:not|never|don[’']t|won[’']t)\s+(?:work|partner|cooperate)\s+with\b`,
    gap(3),
    RECIPIENT,
    REST_OF_WORD,
    String.raw`\s+(?:who|which|that)\s+(?:(?:do|does|will|would|can)\s*)?(?:not|n[’']t)\b`,
    gap(8),
    String.raw`${wordsPattern(PROTECTION_OBJECTS)}\b`,
  ),
  // Only inside a region (D13a), recipients that hold the data: "we select only hosting providers located in the EU";
  // not "suppliers within the EU for our organic ingredients", "payment providers in the EU".
  wordSeq(
    String.raw`\b(?:select|use|engage|choose)\s+only\b`,
    gap(3),
    String.raw`${wordsPattern(DATA_HOLDING_RECIPIENTS)}`,
    gap(8),
    String.raw`(?:in|within)\s+(?:the\s+)?${wordsPattern(OUTSIDE_PLACES)}\b`,
  ),
  // Held to requirements about the data, or to the same ones as the service or as the recipients before: "Authorized
  // vendors are subject to FedRAMP certification requirements", "… and are subject to the same requirements."; not
  // "contractors are subject to security requirements when they visit our offices", "merchants are subject to the
  // same requirements as other users".
  wordSeq(
    String.raw`\b${RECIPIENT}`,
    REST_OF_WORD,
    gap(6),
    String.raw`(?:are|is)\s+subject\s+to\s+(?:the\s+same\s+(?:requirements|obligations|restrictions)(?!\s+as\s+(?!(?:we|us|our)\b))|(?:[\w-]+\s+)?${wordsPattern(DATA_REQUIREMENT_KINDS)}\s+(?:requirements|obligations|restrictions))\b`,
  ),
);
/** The acts on the data a recipient may be barred from (RECIPIENT_BARRED, data_sharing.recipients-barred). */
const BARRED_ACTS = 'use|disclose|share|sell|retain|process|transfer|access|rent';
/** Seeing the data, denied to a recipient ("cannot see", "will never read"; lexicon DENIED_SIGHT_VERBS). */
const SIGHT_ACTS = DENIED_SIGHT_VERBS.join('|');
/**
 * A recipient barred from an act on the data (GUIDE D12): "our vendors are contractually prohibited from using …",
 * "these companies are not permitted to disclose …", "service providers may not sell …", "… cannot access …", "…
 * cannot see your actual data", "… will never read your messages".
 */
const RECIPIENT_BARRED = wordSeq(
  String.raw`\b${RECIPIENT}`,
  REST_OF_WORD,
  gap(8),
  String.raw`(?:(?:(?:contractually|strictly|expressly|legally|also)\s+)?(?:prohibited|forbidden|barred)\s+from|not\s+(?:be\s+)?(?:allowed|permitted|authori[sz]ed)\s+to|(?:may|must|shall|can)\s*not\s+(?:${BARRED_ACTS}|${SIGHT_ACTS})|(?:(?:will|can|shall)\s+)?never\s+(?:${BARRED_ACTS}|${SIGHT_ACTS}))\b`,
);
/**
 * A limit whose subject is the recipients as "they" or "them" (GUIDE D12): "They are bound by confidentiality", "we
 * require them to keep it secure", "they may only use it to provide services to us". Who "they" are is read from the
 * section (afterRecipients).
 */
const THEY_BOUND = anyOf(
  wordSeq(
    String.raw`\bthey\b`,
    gap(4),
    String.raw`(?:bound|obligated|obliged|required|not\s+(?:allowed|permitted|authori[sz]ed)|(?:may|must|shall|can)\s*not\s+(?:${BARRED_ACTS}))\b`,
  ),
  /\b(?:require|requires|oblige|obliges|obligate|obligates|instruct|instructs|bind|binds)\s+them\s+to\b/,
);
/**
 * "They" after a clause of its own, which may name who they are ("When these volunteers access it, they …"); a short
 * opener ("In addition, they …") names nobody.
 */
const THEY_AFTER_CLAUSE_BEFORE = /[^,]{24},\s?$/;
/** … or a denial before the limit ("we do not require them to"), as THEY_AFTER_CLAUSE_BEFORE. */
const THEY_NOT_NAMED_BEFORE = new RegExp(
  String.raw`(?:\b(?:not|never)|n['’]t)\s+(?:[\w-]+\s+)?$|${THEY_AFTER_CLAUSE_BEFORE.source}`,
);
/** Before "they": a clause that asks how, says what for, or requires something of them (they-receive-in-section). */
const THEY_IN_OTHER_CLAUSE = new RegExp(String.raw`\b${wordsPattern(THEY_IN_OTHER_CLAUSE_WORDS)}\s+$`, 'i');
/**
 * "They" opening a sentence after another of the unit's: that sentence must name recipients ("We share it with our
 * vendors. They may use it …"); otherwise "they" is whoever it names ("Our employees are trained. They may access …",
 * "You may invite friends. They will receive …", "Cookies are small files. They collect …").
 */
const SENTENCE_BEFORE_NAMES_NO_RECIPIENT = {
  test(before: string): boolean {
    const end = before.trimEnd();
    if (!/[.;!?]$/.test(end)) return false;
    const sentence = end.slice(0, -1);
    const start = Math.max(...['.', ';', '!', '?'].map((p) => sentence.lastIndexOf(p))) + 1;
    return !namesRecipients({ text: sentence.slice(start) });
  },
};
/** "They may receive / collect / have access to …": the recipients of the section as subject (they-receive-in-section). */
const THEY_RECEIVE = wordSeq(
  String.raw`\bthey\b`,
  gap(3),
  String.raw`(?:receive|collect|obtain|access|use|have\s+access|gain\s+access)\b`,
);
/** "They may only use it …", "they are only permitted to …": the recipients' use limited to a purpose. */
const THEY_ONLY = wordSeq(String.raw`\bthey\b`, gap(4), String.raw`only\b`);
/** They pass it on as well ("… but they may share it with …"), or the bar is on training models (ai_training's). */
const PASS_ON_AHEAD = String.raw`[^.;]*?\b(?:but|and|yet)\s+(?:they\s+|it\s+)?(?:may|might|can|could|will)\s+(?:also\s+)?(?:share|disclose|sell|transfer|provide|pass)\b`;
const THEY_PASS_ON_AFTER = new RegExp(String.raw`^${PASS_ON_AHEAD}|^[^.;]{0,60}?\b(?:train|training)\b`);
/**
 * Their own rules, not the service's limit (GUIDE D13: a disclaimer): "they are bound by their own privacy policies",
 * "…, not by ours"; or the thing is the service's name or logo (a trademark licence), not the data.
 */
const THEY_OWN_RULES_AFTER =
  /^\s*(?:by\s+)?their\s+own\b|^[^.;]{0,80}?\b(?:not\s+(?:by\s+)?ours|in\s+accordance\s+with\s+their\s+own)\b|^[^.;]{0,60}?\b(?:logos?|trademarks?|domain\s+names?)\b/;
/**
 * A use limited to the recipients' own purpose is a grant limited in purpose, still a grant (GUIDE D12 restricts only
 * to "provide services to us"): "they may only use it for their own marketing", "… to build profiles and show you ads".
 */
const THEY_OWN_PURPOSE_AFTER = new RegExp(
  String.raw`^(?![^.;]*\b(?:(?:to|for)\s+us|on\s+our\s+behalf)\b)(?:(?!\bnot\b|n['’]t\b)[^.;]){0,80}?\b${wordsPattern(RECIPIENT_OWN_ENDS)}\b`,
);
/** Their own users' data, right after the recipients' act ("developers … may collect information from their users"). */
const THEIR_OWN_USERS_AFTER =
  /^\s*(?:about|from|of)\s+their\s+(?:own\s+)?(?:users|customers|visitors|members|subscribers)\b/;
/**
 * The recipients collect on their own places, not the service's: "Our partners receive your information when you visit
 * or use their services", "… when you visit their websites" (GUIDE: sharing is a disclosure by the service). Right
 * after the data (a run of any words before "when" was polynomial for recheck); theirOwnPlaces reads the rest.
 */
const THEIR_OWN_PLACES_AFTER = new RegExp(
  String.raw`^\s+(?:about\s+you\s+)?(?:when|if|whenever|while)\s+you\s+(?:visit|use|access|browse)(?:\s+(?:or|and)\s+(?:visit|use|access|browse))?\s+their\s+(?:own\s+)?${wordsPattern(RECIPIENT_OWN_PLACES)}\b`,
);
/** The service's own place anywhere further on: "… through the Service", "… or ours", "… integrated into our app". */
const SERVICE_PLACE = /\b(?:our|ours|the\s+services?)\b/;
/** Data the user gives the service, or their services reached through the user's account with it. */
const SERVICE_HELD_DATA = new RegExp(String.raw`\b${wordsPattern(SERVICE_HELD_DATA_WORDS)}\b`);
const WITH_YOUR_ACCOUNT = /\b(?:with|using|via|through) your (?:[\w-]+ )?(?:account|login|credentials)\b/;
/**
 * Recipients that collect only on their own places take nothing from the service; not when the service's place, its
 * name, the user's account with it or data the user gives it (account, profile, card details) is in the clause: "…
 * when you use their services through the Acme app", "our affiliates receive your account information when you use
 * their services".
 */
function theirOwnPlaces(evidence: string, after: string, firstParty: FirstPartyNames | undefined): boolean {
  if (!THEIR_OWN_PLACES_AFTER.test(after)) return false;
  const end = after.search(/[.;](?:\s|$)/);
  const rest = oneSpace(end < 0 ? after : after.slice(0, end));
  if (SERVICE_PLACE.test(rest) || SERVICE_HELD_DATA.test(evidence) || WITH_YOUR_ACCOUNT.test(rest)) return false;
  const words = plainWords(rest.toLowerCase());
  return !(firstParty ?? []).some((name) => name.length > 0 && words.includes(name[0]!));
}
/** The recipients' own ends further on in the sentence (the lexicon's RECIPIENT_OWN_ENDS). */
const OWN_ENDS_AHEAD = String.raw`[^.;]{0,80}?\b${wordsPattern(RECIPIENT_OWN_ENDS)}\b`;
/** A relative clause that presupposes the sharing: "(that) we provide to them", "we share with them", "we send them". */
const WE_GAVE_THEM = String.raw`(?:that\s+|which\s+)?we\s+${wordsPattern(PRESUPPOSED_SHARE_VERBS)}\s+(?:(?:to|with)\s+)?(?:them|it)(?:\s+with)?`;
/** A use limited by "only", or presupposed by WE_GAVE_THEM (recipients-use-as-needed's evidence). */
const LIMITED_USE = new RegExp(String.raw`\b(?:only|solely)\b|\b${WE_GAVE_THEM}\b`, 'i');
/** WE_GAVE_THEM in a use, taken out before the use is searched for a share act of its own. */
const WE_GAVE_THEM_IN_USE = new RegExp(String.raw`\b${WE_GAVE_THEM}\b`, 'gi');
/**
 * After a recipient's use of the data, a limit to what its work needs (GUIDE D12: "they may only use it to provide
 * services to us"): "… use the information we provide to them (only) as necessary for the performance of their
 * services", "… only to the extent necessary to …": after a relative clause that presupposes the sharing, or with
 * "only" ("… may access, collect, transmit or store … data as reasonably necessary to …" is a grant). Not a use for
 * their own ends ("as necessary to show you ads", "to market their products"), a grant limited in purpose, nor one
 * followed by an onward share ("…, and they may share it with their subprocessors").
 */
const USED_AS_NEEDED_AFTER = new RegExp(
  String.raw`^(?:\s+${WE_GAVE_THEM},?\s+(?:only\s+|solely\s+)?|,?\s+(?:only|solely)\s+)(?:as|to\s+the\s+extent|insofar\s+as)\s+(?:(?:is|are|reasonably|strictly)\s+)?(?:necessary|needed|required)\b(?!${OWN_ENDS_AHEAD})(?!${PASS_ON_AHEAD})`,
);
/**
 * "They" as the users of the sentence before, in the same unit ("Members can see each other's profiles. They may not
 * …"; "Children under 13 may not use our Services. They must not …"): their own duty, not the recipients' (GUIDE "Not
 * a grant"). The units before are section state (usersBefore).
 */
const USERS_BEFORE_THEY = {
  test(before: string): boolean {
    const end = before.trimEnd().replace(/\bwe$/i, '').trimEnd();
    if (!/[.;!?]$/.test(end)) return false;
    const sentence = end.slice(0, -1);
    const start = Math.max(...['.', ';', '!', '?'].map((p) => sentence.lastIndexOf(p))) + 1;
    return usersSubject(sentence.slice(start));
  },
};
/** A recipient bound to confidentiality needs no data word of its own: "our vendors are bound by confidentiality obligations". */
const BOUND_TO_CONFIDENTIALITY = wordSeq(
  String.raw`\b${RECIPIENT}`,
  REST_OF_WORD,
  gap(8),
  String.raw`bound\s+by\s+(?:(?:strict|written|contractual|appropriate|similar|the\s+same)\s+)?(?:duties\s+of\s+)?confidentiality\b`,
);
/**
 * The clause passes the data on itself (the lexicon's share and sell verbs; not "provide" or "give", which a limit
 * says as often: "… to use it only to provide services to us").
 */
const SHARE_ACT = new RegExp(
  String.raw`\b${wordsPattern([...LEXICON_LISTS.ShareVerb!, ...LEXICON_LISTS.SellVerb!].filter((w) => !/^(?:provid|giv)/.test(w)))}\b`,
);
/**
 * SHARE_ACT as an act, not the harm a limit guards against: in "… to protect your data from unauthorized access, use, or
 * disclosure" the noun names no sharing; any other share word, and "disclosure(s)" elsewhere ("we make disclosures to
 * them only for that purpose", "disclosure to law enforcement may occur"), still does.
 */
// Only what stands just before the noun (a lookbehind with a run was polynomial for recheck).
const HARM_BEFORE = String.raw`(?:\b(?:${wordsPattern(HARM_NOUNS)}),?\s(?:or|and)|\b(?:unauthori[sz]ed|unlawful|accidental))\s`;
const SHARE_ACT_NOT_HARM = new RegExp(
  String.raw`(?!disclosures?\b)${SHARE_ACT.source}|(?<!${HARM_BEFORE})\bdisclosures?\b`,
);
/** Data coming in (GUIDE D10): the recipients pass it on to the service ("… and share it with us", "… send it to us"). */
const COMING_IN_AFTER = new RegExp(
  String.raw`^[^.;]*?\b${wordsPattern(LEXICON_LISTS.ShareVerb!)}\s+(?:(?:it|them|this|that|(?:(?:this|that|such|the)\s+)?(?:information|data))\s+)?(?:back\s+)?(?:with|to)\s+us\b`,
);
/** SHARE_ACT_NOT_HARM further on in the sentence. */
const SHARE_ACT_AHEAD = new RegExp(String.raw`^[^.;]*?(?:${SHARE_ACT_NOT_HARM.source})`);
/**
 * "Provide" or "give" that does pass the data on: "before we provide it to them", "give them access to it", "give
 * them your contact details". Not "the
 * information we provide them", which names the data the limit covers and presupposes the sharing.
 */
const GIVES_IT = new RegExp(
  String.raw`\b${wordsPattern(LEXICON_LISTS.ShareVerb!.filter((w) => /^(?:provid|giv)/.test(w)))}\s+(?:it\s+to|them\s+(?:with|access|your)|\w+\s+access\s+to|(?:(?:this|such|your|any|the)\s+)?(?:personal\s+)?(?:data|information)\s+to)\b`,
);
/**
 * The reader as the one who must bind its own recipients ("Customer shall require its third parties to …", "Licensee
 * must restrict its vendors from …"): the reader's duty, no limit of the service's. Read just before the verb.
 */
const READER_BINDS_ITS_OWN = new RegExp(
  String.raw`\b${wordsPattern(READER_ROLES)}s?\s+(?:shall|must|will|agrees?\s+to|is\s+required\s+to)\s+(?:(?:also|ensure\s+that\s+it)\s+)?`,
  'y',
);
/** How far back READER_BINDS_ITS_OWN is read: its longest ("subscribers is required to ensure that it ", 43) with room for doubled spaces. */
const READER_BINDS_WITHIN = 80;
/**
 * READER_BINDS_ITS_OWN read back from the end of `before` (endsAt): as a regex ending in `$` after the reader's names,
 * recheck judges it polynomial.
 */
const readerBindsItsOwn = (before: string): boolean =>
  endsAt(READER_BINDS_ITS_OWN, before, before.length, READER_BINDS_WITHIN);
/**
 * The recipients may use the data for themselves after all ("… but they may also use it for their own marketing",
 * "partners who agree to use your data for their own marketing purposes"); not a bar on it ("from using it for their
 * own marketing", "not to use it for …").
 */
const OWN_USE_AFTER = new RegExp(
  String.raw`^[^.;]*?(?<!\bnot\s)\b(?:may|might|can|could|will|to)\s+(?:also\s+)?use\s+(?:it|them|this|that|(?:your|the|such)\s+(?:personal\s+)?(?:data|information))\s+for\s+their\s+own\s+${wordsPattern(OWN_PURPOSE_NOUNS)}\b`,
);
/** The user's own contract with an outside party, just before its words: "subject to your agreement with …". */
const USER_CONTRACT_BEFORE = String.raw`\b(?:your|customer['’]s|user['’]s)\s+(?:[\w-]+\s+)?$`;
/** A recipient, then receiving/accessing verbs within the pattern's reach. */
const THIRD_THEN_RECEIVE = wordSeq(
  String.raw`\b${RECIPIENT}`,
  REST_OF_WORD,
  gap(16),
  '(?:receive|access|collect|obtain|process|use|store|handle|get)',
);
/**
 * A recipient, then a verb that joins the data with other data ("these partners may combine it with …"), or the data
 * joined "by" a recipient: the pre-filter of recipient-combines-data.
 */
const THIRD_THEN_COMBINE = anyOf(
  wordSeq(
    String.raw`\b${RECIPIENT}`,
    REST_OF_WORD,
    gap(10),
    '(?:combin|connect|link|merg|match|append|enhanc|enrich|augment|supplement)',
  ),
  wordSeq(String.raw`\b(?:combined|linked|merged|matched)\s+by`, gap(3), RECIPIENT),
);
/**
 * Words before a recipient that make it the reader's own agent or vendor ("your service providers may …"), unless they
 * name the reader's consent or request ("with your consent partners may …").
 */
const READERS_OWN_PARTY_BEFORE = new RegExp(
  String.raw`\byour\s+(?:own\s+)?(?!${wordsPattern(READER_WISH_NOUNS)}\s)(?:[\w-]+\s+)?$`,
);
/** "by" (and an owner) right before the recipients, read back from their start (endsAt). */
const BY_BEFORE = /by\s+(?:our\s+|the\s+|its\s+|their\s+)?/y;
/** How far back BY_BEFORE is read: its longest ("by their ", 9) with room for doubled spaces. */
const BY_BEFORE_WITHIN = 40;
/**
 * Before recipients chosen or asked (recipients-chosen-or-asked): a share act, "by", the reader's own party, or the
 * reader binding its own recipients, each read on its own: as one regex, recheck judges them polynomial.
 */
const chosenOrAskedRejected = (before: string): boolean =>
  SHARE_ACT.test(before) ||
  endsAt(BY_BEFORE, before, before.length, BY_BEFORE_WITHIN) ||
  READERS_OWN_PARTY_BEFORE.test(before) ||
  readerBindsItsOwn(before);
/**
 * What a recipient joins the data with, said within a few words of the data ("… with other data they collect", "… to
 * other information they have", "… against their records"); not "in order to comply with …" or "in accordance with".
 */
const JOINED_WITH_AFTER = new RegExp(
  String.raw`^(?!,?\s+(?:(?!${wordsPattern(WITH_PHRASE_HEADS)}\b)[\w'’-]+,?\s+){0,8}?(?:${wordsPattern(JOIN_PREPOSITIONS)}|to\s+${wordsPattern(JOINED_TO_DETERMINERS)})\b)`,
);
/** The lexicon's short forms of data words ("PII", "PI", "SPI", "CV"): whole words only, as no stem reaches them. */
const DATA_ABBREVIATIONS = wordsPattern(LEXICON_LISTS.UserData!.filter((w) => !w.includes(' ') && w.length <= 3));
const SHARE_DATA = anyOf(
  wordSeq(
    String.raw`\b(?:transfer|provide|give|send|pass)`,
    REST_OF_WORD,
    gap(4),
    '(?:data|information|details)',
    gap(2),
    String.raw`with\s+your\s+(?:\w+\s+)?(?:consent|permission)\b`,
    { needs: [/\b(?:consent|permission)\b/] },
  ),
  ...[
    ['\\b(?:share|shares|sharing|reveals?|releases?)'],
    ['\\bdisclos', '\\w*'],
    ['\\b(?:give|gives|giving|hand|hands|handing)', '\\s+out'],
  ].map((start) =>
    wordSeq(
      ...start,
      gap(6),
      String.raw`(?:data|information|details|${DATA_ABBREVIATIONS}|records|e-?mails?|email\s+address\w*|phone\s+numbers?|content|communications|recordings)\b`,
    ),
  ),
  // The pattern's five terms before one data term of three words: "share and provide access to all personally
  // identifiable information" (not "share, and/or otherwise interact with your User Content", seven words before).
  wordSeq(
    '\\b(?:share|shares|sharing|disclos\\w*|reveals?|releases?)',
    gap(5),
    String.raw`personally\s+identifiable\s+(?:information|data)\b`,
    { needs: [/\bpersonally\s+identifiable\b/] },
  ),
  // The data named by what it is, in a sequence of its own (a longer alternation above is more than recheck can
  // judge): "we share a unique identifier", "disclose certain device identifiers", "share each rider's name and
  // profile picture" (UserData's "profile"; the identifiers are TrackTech words).
  wordSeq(
    '\\b(?:share|shares|sharing|disclos\\w*|reveals?|releases?)',
    gap(6),
    String.raw`(?:(?:unique|device|advertising)\s+identifiers?|profile\s+pictures?)\b`,
    { needs: [/\b(?:identifier|picture)/] },
  ),
  ...[
    [String.raw`\b(?:data|information|details|${DATA_ABBREVIATIONS}|records|content)`],
    ['\\be-?mail', '\\s+address(?:es)?'],
    ['\\bphone', '\\s+numbers?'],
  ].map((start) =>
    wordSeq(
      ...start,
      gap(10),
      String.raw`(?:shared|disclosed|revealed|passed\s+on|handed\s+(?:over|out)|given\s+out)\b`,
    ),
  ),
);
const LEGAL = wordSeq(
  ...SHARE_WORD,
  gap(22),
  alt(
    [
      String.raw`(?:law\s+enforcement|government|authorit|court|regulator|subpoena|warrant|police|legal\s+process|legal(?:ly)?\s+(?:required|necessary|request|obligation)|lawful)`,
    ],
    ['(?:required|permitted|necessary|compelled|obliged|obligated)', gap(6), String.raw`(?:laws?|regulations?)\b`],
  ),
);
/**
 * legal-disclosure-occasion's words: a share word, then the law as its occasion ("as necessary to satisfy applicable
 * law", "pursuant to a legal request"), or the law compelling a disclosure.
 */
const LEGAL_OCCASION = anyOf(
  LEGAL,
  wordSeq(...SHARE_WORD, gap(22), String.raw`(?:pursuant|response|compliance|responding|reply)\s+(?:to|with)\b`),
  wordSeq(
    String.raw`\b(?:compelled|required|obliged|obligated|ordered|forced)\s+(?:by|under)\b`,
    gap(4),
    'to',
    gap(2),
    ...SHARE_WORD,
  ),
);
/** What legal-disclosure reads as a verb but is none (its rejectEvidence). */
const LEGAL_REJECT =
  /^(?:provided\s+(?:that|otherwise)\b|made\s+available\s+by\b|(?:provid|send|sent|giv)\w*\s+(?:you\b|(?:[\w’'-]+\s+){0,4}?to\s+you\b)|releas\w*\s+(?:any\s+|all\s+)?claims?\b|provid\w*\s+(?:(?:a|an|the)\s+)?(?:less|lower|more|higher|same|similar|different|adequate|equivalent|comparable|sufficient)\s+(?:level\s+of\s+)?(?:data\s+)?protection\b)/i;
const TRANSFER_PERMITTED = /^transfer\w*\b[^]*\bpermitted\b/i;
/** An authority named as who receives (lexicon class Authority). */
const AUTHORITY_NAMED = new RegExp(String.raw`\b${wordsPattern(LEXICON_LISTS.Authority!)}\b`, 'i');
const BUSINESS_TRANSFER =
  /\b(?:among\s+the\s+(?:\w+\s+)?(?:items|assets)|transferred\s+(?:business\s+)?assets|merger|mergers|merged\s+with|acqui|bankrupt|reorgani|insolven|divest|successor(?!s?\s+and\s+assigns)|purchaser|buyer|new\s+owner|(?:transfer|change)\s+(?:of|in)\s+ownership|ownership\s+or\s+control|change\s+(?:in|of)\s+control|dissolution|liquidation|takeover|take\s+over|changes?\s+hands|due\s+diligence|sale\s+of\s+(?:our|the)\s+(?:company|business)|assets?\s+(?:sold|transferred)|out\s+of\s+business|(?:buys|purchases)\s+us\b|business\s+(?:transfer|units?|assets)|(?:sell|buy)\w*\s+or\s+(?:sell|buy)|(?:sell|sale|transfer)\w*\s+(?:or\s+\w+\s+)?(?:of\s+)?(?:all|part|some|substantially|any\s+part|portions?)\b)/;

/**
 * A clause with no data word can still be a disclosure when its verb is one: "we may share it with our partners",
 * "in connection with any merger or acquisition of our business" (a list item under a sharing head). Weak verbs
 * alone are not enough ("we provide the Services to organisations", "we sell gift cards to partners").
 */
const STRONG_NO_DATA =
  /\b(?:shar(?:e|es|ed|ing)(?!\s+(?:(?:our|their|your|its|the\s+same|a|common)\s+)?(?:common\s+)?(?:values?|interests?|goals?|vision|mission|passion|commitment|concerns?|views?|experiences?))|disclos\w*|transfer\w*|pass\w*\s+(?:\w+\s+)?on|releas\w*|reveal\w*|transmit\w*|mergers?|acquisitions?|bankruptcy|reorgani[sz]ation|insolvency|(?:sell|sells|sold|sale\s+of)\s+(?:all|part|some|substantially|any\s+part|a\s+portion|portions)\b|(?:purchaser|buyer|acquirer|successor)s?\s+(?:[\w’'-]+\s+){0,3}?of\s+(?:[\w’'-]+\s+){0,3}?(?:business|assets|company))\b/;
/** Short clauses only (list items, pronoun objects); a password or credentials are the user's secret, not user data. */
const SECRET = /\b(?:passwords?|credentials|log-?in\s+details)\b/;
/**
 * A recipient list item needs no data word (the list head names the data), but an item has no subject of its own:
 * "We work with partners who share our values" is a sentence.
 */
const SENTENCE_SUBJECT = /^\W*(?:we|you|they|it|i)\b/;
/** "We may give consultants … access to information", "grant our vendors access to your data". */
const GIVE_ACCESS = wordSeq(
  String.raw`\b(?:give|gives|given|giving|grant|grants|granted|granting|provide|provides|provided|providing|allow|allows)`,
  gap(3),
  `${RECIPIENT}${REST}`,
  gap(9),
  String.raw`access\b`,
  { needs: [/\baccess\b/] },
);
/**
 * A list item that opens with an authority and then says when ("Law enforcement agencies, when required by law;",
 * "Courts or regulators, to comply with …"). No finite verb before the comma: "Government agencies only receive
 * aggregate statistics" is a sentence about them.
 */
const NOT_FINITE_WORD = String.raw`(?!(?:are|is|was|were|have|has|had|must|will|would|may|might|shall|should|can|could|do|does|did|only|never|receive|receives|require|requires|request|requests|may)\b)[\w’'-]+\s+`;
// The lead \W* takes all the punctuation before the first word character ((?!\W)), which keeps the regex linear;
// the one thing giving some back could do, a first word written with its "'" or "-" ("'is" is no finite verb), is
// the second branch. The spaces before "when"/"if"… are taken whole ((?<!\s)): starting later in them found nothing more.
const AUTHORITY_ITEM = new RegExp(
  String.raw`^\W*(?!\W)(?:(?:(?:with|to|or|and)\s+)?(?:${NOT_FINITE_WORD}){0,6}?|(?<=[’'-])[\w’'-]+\s+(?:${NOT_FINITE_WORD}){0,5}?)(?:law\s+enforcement|authorities|government|regulators|courts)\b[^,;:.]{0,40}?(?:,|;|:|(?<!\s)\s+(?:when|if|where|as|to|in\s+(?:response|order|compliance|connection)|upon|pursuant)\b)`,
);
/**
 * Mutual confidentiality (NDA) clauses are about business secrets of either party, not user data: "the disclosing
 * party", "the other party's", "confidential information of either party disclosed during the arbitration".
 */
// Not the other side of a business transfer: "disclosed to the other party(ies) of the transaction".
const NOT_TRANSACTION = String.raw`(?!\s*\(ies\)|\s+(?:of|to|in)\s+(?:the|such|that|a|any)\s+transactions?\b)`;
const NDA = new RegExp(
  String.raw`\b(?:disclosing|receiving)\s+party['’]?s?\b|\bdisclose\s+the\s+existence\b|\b(?:the|each)\s+other\s+party\b${NOT_TRANSACTION}|\bother\s+party['’]s?\b${NOT_TRANSACTION}|\bconfidential\s+information\s+of\s+either\s+party\b`,
); // not "any other party"
/**
 * The words only a contract between two parties uses, unlike "the other party" of a merger: "each party may disclose
 * the existence of this Agreement to the other party's acquirer" discloses no user data.
 */
const NDA_ONLY =
  /\b(?:disclosing|receiving)\s+party|\bconfidential\s+information\b|\bdisclose\s+the\s+existence\b|\bother\s+party['’]s\b/;
/** Contract words that a business transfer of the user's data may use too ("the terms of this Agreement will apply"). */
const BETWEEN_PARTIES = /\b(?:each|either|neither)\s+party\b|\bterms\s+of\s+this\s+agreement\b/;
/** The user's data named as such: "your personal information", "users' data" (DATA read in the two words after). */
const USER_OWNS = /\b(?:your|users?['’]?|customers?['’]?)\s+[\w’'-]+(?:\s+[\w’'-]+)?/g;
const userDataNamed = (lower: string): boolean => [...lower.matchAll(USER_OWNS)].some((m) => DATA.test(m[0]));
/**
 * A mutual confidentiality clause, but not a business transfer to "the other party" ("disclosed to the other party in
 * a merger or acquisition": the buyer gets the user's data, GUIDE D11).
 */
const isNda = (lower: string): boolean =>
  NDA.test(lower) &&
  !(BUSINESS_TRANSFER.test(lower) && !NDA_ONLY.test(lower) && !(BETWEEN_PARTIES.test(lower) && !userDataNamed(lower)));
/** The policy saying what it leaves out ("This Policy does not apply to …"): in a table's header, for every cell too. */
const NOT_COVERED = wordSeq(
  String.raw`\b(?:policy|statement|notice)`,
  String.raw`\s+(?:does\s+not|doesn['’]t|do\s+not)\s+(?:apply|cover|govern)`,
);
/**
 * The policy describing itself ("how we collect, use and share information", "With whom do we share…?"). "With
 * whom" only as a question at the start: "the processors with whom we share your personal data:" is a disclosure.
 * A table heading "Categories of third parties to whom we disclose …" describes the table, not one disclosure, and
 * the right to "request a list of the third parties to whom we disclosed" describes a right.
 */
export const META = anyOf(
  NOT_COVERED,
  /^\W*(?:with|to)\s+whom\b/,
  // The law asking for the notice: "the CCPA requires certain disclosures about …", "laws in some states require us to
  // provide residents with additional information about the categories of personal information we … share".
  wordSeq(
    String.raw`\b(?:laws?|acts?|ccpa|cpra|gdpr|regulations?|legislation)\b`,
    // Any punctuation between the words: "the California Consumer Privacy Act (CCPA) requires certain disclosures".
    words(5, { lead: true, sep: String.raw`[^\w’'-]` }),
    String.raw`requires?\s+(?:us\s+to\s+(?:provide|give|make)|(?:certain|specific|additional)\s+(?:disclosures|information|notices?))\b`,
  ),
  // The user's own rights: data portability ("in a structured, commonly used and machine-readable format", "transferred
  // to another service provider" at the user's request) and the right to know what is disclosed.
  // The document stating its scope: "This Privacy Policy explains how Acme and its affiliates … collect, use and share".
  wordSeq(
    String.raw`\b(?:policy|notice|statement)\b`,
    run(40, '[^.;:]'),
    String.raw`\b(?:explains|describes|outlines)\s+how\b`,
  ),
  // A section announcing what it covers: "This section explains when, why and with whom we disclose your
  // information", "This paragraph explains when we may share …", "This section of our policy details what …".
  wordSeq(
    String.raw`\bthis\s+(?:section|paragraph|part|chapter)\b`,
    run(40, '[^.;:]'),
    String.raw`\b(?:explains|describes|outlines|details|sets\s+out|tells\s+you)\s+(?:how|when|why|whether|what|which|with\s+whom|to\s+whom|the\s+categories)\b`,
  ),
  /\bportab/,
  /\bstructured,?\s(?:commonly\sused|machine.readable)/,
  /\bto\syou\sor\s(?:to\s)?(?:a|another|any)\s(?:third.party|controller|service\sprovider)\b/,
  /\bright\sto\s(?:request|know|ask)\s(?:that\swe\sdisclose|what\s(?:personal\s)?(?:information|data)\swe)\b/,
  // The user asking what was disclosed ("request certain information regarding our disclosure of personal information
  // to third parties", "asking about the business practices related to disclosing", "a notice describing which
  // categories … we have shared"): a right to know, not a disclosure. No comma in the gaps: "if you request
  // information about our services, we may share …" is a disclosure.
  wordSeq(
    String.raw`\b(?:request|requests|requesting|obtain|ask|asking|inquire)\b`,
    run(80, '[^.;:]'),
    String.raw`\b(?:(?:information|notice|details|practices)\s+(?:from\s+us\s+)?(?:regarding|about|concerning|describing|on|related\s+to)|list\s+of)\s+`,
    words(8),
    String.raw`(?:disclosures?|disclosing|disclosed|sharing|shared)\b`,
  ),
  wordSeq(String.raw`\b(?:how|ways?\s+in\s+which|who\s+we)\b`, run(50, '[^.;:]'), String.raw`\b(?:shar|disclos)`),
  wordSeq(String.raw`\bcategories\s+of\s+`, words(3, { word: '[\\w-]' }), String.raw`(?:with|to)\s+whom\b`),
  wordSeq(
    String.raw`\b(?:request|obtain|ask|receive)\b`,
    run(60, '[^.;:]'),
    String.raw`\b(?:list|names?|identit(?:y|ies))\s+of\s+(?:the\s+|all\s+)?`,
    words(3, { word: '[\\w-]' }),
    String.raw`(?:(?:with|to)\s+whom|to\s+which)\b`,
  ),
  wordSeq(String.raw`\b(?:with|to)\s+whom\b(?!\s+we\b)`, run(50, '[^.;:]'), String.raw`\b(?:shar|disclos)`),
  // A question ("With whom do we share…?"): the text ends with "?" and blanks (an end-anchored \s* run was quadratic).
  {
    source: String.raw`\?\s*$`,
    flags: '',
    test: (text: string): boolean => text.trimEnd().endsWith('?'),
    toString: () => String.raw`/\?\s*$/`,
  },
);
/**
 * A clause that opens with the service disclosing ("We share this information with the categories described in “With
 * Whom Your Information Is Shared”", "Who we share with: We may share …") states a disclosure of its own: a section
 * title quoted in it or fused before it does not make it the policy describing itself. Only share/disclose: "We will
 * provide to you, or a third party you have chosen, your personal data in a structured … format" is portability.
 */
// The run before "we" cannot hold a sentence end of its own (a later start point matches the same), which keeps the
// test linear.
const OPENS_WITH_WE_DISCLOSE =
  /(?:^|[:.!?]\s)(?:[^\w’':.!?-]|[:.!?](?!\s))*we\s+(?:(?:may|might|will|can|also|do|does|would|routinely|only|sometimes|generally)\s+){0,2}(?:share|disclose)\b/;
/** Words that make a data word's subject the user's: "your username", "the events you attend", "personal data". */
const USERS_MARK = /\b(?:you|your|yours|yourself|personal|personally|users?|user['’]s)\b/;
/** Words that may stand before the data word when it heads its clause's subject ("the data such as …"). */
const SUBJECT_LEAD_WORDS = new Set([
  'the',
  'any',
  'all',
  'such',
  'this',
  'these',
  'those',
  'your',
  'personal',
  'certain',
  'some',
  'other',
]);
/**
 * Within the subject, what makes the passive another clause's: a verb of its own ("to improve the app", "helps to
 * ensure that …") or "and" opening a new subject ("… and our release notes are shared with …").
 */
const SUBJECT_BREAK =
  /\bto\s+(?!(?:you|your|us|our|the|a|an|any|its|their|them|it|this|these|those|other|third|which|whom)\b)[a-z]|\band\s+(?:we|our|its|their|they|it|this|these|those)\b/;
/**
 * data-listed-then-shared reads a passive whose subject is the user's data: the data word must head the clause's subject
 * (at its start, after a comma or "and", behind only a determiner), its words must make it the user's, and no verb or
 * new subject may stand between it and "is/be shared".
 */
function notUsersDataSubject(before: string, evidence: string): boolean {
  const lead = plainWords(
    before
      .slice(-80)
      .split(/[.;:,(!?]/)
      .pop() ?? '',
  );
  while (lead.length && SUBJECT_LEAD_WORDS.has(lead[lead.length - 1] ?? '')) lead.pop();
  const last = lead[lead.length - 1];
  if (last !== undefined && last !== 'and' && last !== 'or') return true;
  // The evidence ends at "is/be shared", which holds none of USERS_MARK's or SUBJECT_BREAK's words.
  return !USERS_MARK.test(evidence) || SUBJECT_BREAK.test(evidence);
}
/** data-listed-then-shared's words: a data word, up to twelve words, then "shared/disclosed with/to". */
const DATA_LISTED_THEN_SHARED = wordSeq(
  String.raw`\b(?:data|information|details)\b`,
  gap(12),
  String.raw`(?:shared|disclosed)\s+(?:with|to)\b`,
);
/** The service's site named as who receives: "to the Website" (TO_US and the passive below). */
const SERVICE_SITE = String.raw`(?:the\s+(?:web\s*site|site|service)|our\s+(?:web\s*site|site))`;
// Where a noun phrase ends: a relative or participle after "the company" ("the company hosting the event", "the
// services we use") names an outside party; only "the company." or "the company by …" is the service itself.
const PHRASE_ENDS = String.raw`(?=\s*(?:[.,;:!?)]|$)|\s+(?:by|and|or)\b)`;
/**
 * After a passive disclosure: no recipient ("is never shared."), or one that is no outside party: the service, the
 * user, no one, the public (seen by whoever looks), the service's own staff, places.
 */
const NO_OUTSIDE_RECIPIENT_AFTER = new RegExp(
  String.raw`^(?!\s+(?:with|to)\s)|^\s+(?:with|to)\s+(?:(?:us|you|yourself|anyone|everyone|no\s+one|nobody|the\s+public)\b|(?:${SERVICE_SITE}|the\s+(?:services|company|platform)|our\s+(?:services?|servers?|platform))${PHRASE_ENDS}|our\s+(?:own\s+)?${wordsPattern(OWN_STAFF_WORDS)}\b|(?:other\s+|third\s+)?(?:${wordsPattern(DESTINATION_PLACES)}|servers)\b|the\s+${wordsPattern(DESTINATION_NAMED_PLACES)}${PHRASE_ENDS})`,
);
/**
 * Data coming in: "… share your information with us", "disclose information to the Website". Not "in connection with
 * the Site" or "with respect to the Service": the site is what the sharing concerns, not who receives it ("we do not
 * sell or share personal information in connection with the Site"). Data kept inside: "share those data internally".
 */
const TO_US = new RegExp(
  String.raw`^[^\w’'-]*(?:[\w’'-]+[^\w’'-]+){0,8}?(?<!\b(?:connection|respect)\s)(?:with|to)\s+(?:us|${SERVICE_SITE})\b|^\s*(?:to|with)\s+you\b|^\s+internally\b`,
);

/**
 * Information about the service's own offerings, not the user's ("we will disclose information about our products or
 * services only with your consent": marketing to the user; GUIDE data_sharing is the user's data). Only where the
 * offering ends its noun phrase ("information about our event attendees", "… our products purchased by you" are the
 * user's), and not when the rest of the clause names the user or the user's data ("… our services, including how you
 * use them", "… our services and your account"); the user as recipient ("… with you") is no such name.
 */
const ABOUT_OFFERINGS = new RegExp(
  String.raw`\b(?:information|data|details)\s+(?:about|on|regarding|concerning)\s+(?:our|its|the)\s+(?:own\s+|new\s+|latest\s+)?${wordsPattern(SERVICE_OFFERINGS)}(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|to|with|only|in|for|from|at|via|through|on|as|if|when|where|unless|except|without|upon)\b)`,
);
const USER_NAMED = new RegExp(
  String.raw`\b(?:associated\s+with\s+you|(?<!\b(?:with|to)\s+)you|users?|customers?|members?)\b|\byour\s+(?:[\w-]+\s+)?(?:${wordsPattern(SERVICE_HELD_DATA_WORDS)}\b|${DATA_WORD.source})`,
);
function aboutServiceOfferings(text: string): boolean {
  const about = ABOUT_OFFERINGS.exec(text);
  if (!about) return false;
  const rest =
    text
      .slice(about.index + about[0].length)
      .replace(ABBREVIATION_PERIOD, ' ')
      .split(/[.;!?]/)[0] ?? '';
  return !USER_NAMED.test(rest);
}

/** Connectors after a recipient that make a list item of "we share … with:" ("service providers who help us…"). */
const ITEM_LINK = String.raw`(?:who|that|which|whom|so\s+that|appointed|acting|to\s+(?:enable|help|assist|perform|provide|process|deliver|store|operate|support)|in\s+order|on\s+our\s+behalf|including|such\s+as)`;
/** A word that is not a finite verb: "These companies MAY USE information (not including …)" is a sentence, no item. */
const NOT_VERB = String.raw`(?!(?:may|might|will|would|can|could|must|shall|should|are|is|was|were|have|has|had|do|does|did|use|uses|collect|collects|receive|receives)\b)${W}`;
/** Words before the recipient in an item: a plain run ("our trusted business"), no comma ("Be aware, however, that"). */
// Not a subject, a sentence adverb or an instruction: "We and our service providers … collect", "Please note that
// third parties …", "If these developers …", "The following guidelines … apply to advertisers who" are sentences.
const LEAD = String.raw`[\w’'-]+\s+`;
const ITEM_LEAD = String.raw`(?!(?:we|i|you|please|note|if|when|where|following)\b)${LEAD}`;
/** A recipient list item: the clause opens with (with/to +) a recipient, then a purpose or description. */
export const RECIPIENT_ITEM = new RegExp(
  String.raw`^\W*(?!from\b)(?:(?:with|to|or|and)\s+)?(?:${ITEM_LEAD}){0,4}?${RECIPIENT}${REST}${SEP}(?:${NOT_VERB}){0,14}?${ITEM_LINK}\b`,
);
/** "With/To <recipient> who …" is a sharing list item even with no data word (the data is named in the list head). */
const SHARE_ITEM = new RegExp(
  String.raw`^\W*(?:with|to)\s+(?:${LEAD}){0,4}?${RECIPIENT}${REST}${SEP}(?:${NOT_VERB}){0,14}?${ITEM_LINK}\b`,
);

/**
 * A company's name as the subject ("Acme uses third party vendors to host …", "Acme may use third parties to provide
 * the Services"): a word before a modal or a verb in the third person that is none of the user's side, a recipient or
 * a function word ("you may also be using", "… and uses"). The user's side is every role the lexicon gives the user
 * ("Licensee may use third-party contractors", "Merchants may use … providers"): their vendors are their business.
 * Not a prohibition ("sites … may not: use third-party services …") nor the noun ("infringing uses of your content").
 * The actor check reads who it is; this lets the cue through.
 */
const USER_SIDE = wordsPattern([...new Set([...CONTRACT_PARTIES, ...USER_PARTIES, ...LEXICON_LISTS.UserSubject!])]);
const NAMED_SUBJECT = String.raw`(?<![\w’'-])(?!(?:${USER_SIDE}s?|i|they|parties|providers?|vendors?|affiliates?|services?|it|he|she|who|which|that|and|or|but|then|may|might|will|would|can|could|shall|should|also|not|to)\b)[\w’'-]+(?=\s+(?:(?:may|will|can)(?!\s+not\b)|also|uses(?!\s+of\b)|employs|engages|utili[sz]es|relies|hires)\b)`;
/**
 * "We engage third parties to perform services on our behalf": processors get the data to do the work. "We" or a
 * name (NAMED_SUBJECT) must be the subject: the anchor is the purpose verb, so the actor check alone would not see "You
 * may use third parties…".
 * After the recipient, \W+ takes all the punctuation (\b): leaving a "'" or "-" to a LEAD word only added words.
 */
const ENGAGE = anyOf(
  wordSeq(
    String.raw`\b(?:we|${NAMED_SUBJECT})`,
    words(3, { lead: true }),
    String.raw`(?:employ|engag|use|uses|hire|contract\s+with|retain|work\s+with|rely\s+on|partner\s+with)\w*`,
    words(4, { lead: true }),
    String.raw`${RECIPIENT}\w*\W+\b`,
    words(5),
    String.raw`(?:to\s+(?:perform|provide|help|assist|process|host|store|operate|deliver|manage|serve|handle|support|analy[sz]e|facilitate)|on\s+our\s+behalf)\b`,
    { needs: [RECIPIENT_WORD] },
  ),
  // Working with them, named with examples before what they do: "we contract with a select group of third-party
  // processors and service providers such as … to allow them to carry out their services for us".
  wordSeq(
    String.raw`\b(?:we|${NAMED_SUBJECT})`,
    words(3, { lead: true }),
    String.raw`(?:work|partner|contract|collaborate)\w*\s+with`,
    words(4, { lead: true }),
    String.raw`${RECIPIENT}\w*`,
    gap(14),
    String.raw`(?:to|who|that|which)\s+(?:help|helps|assist|assists|allow|enable|perform|performs|provide|provides|process|processes|host|hosts|store|stores|track|analy[sz]e|carry|carries|support|supports)\b`,
    { needs: [RECIPIENT_WORD] },
  ),
  // "Acme may also use third party providers for such services": the subject may be the first party's name.
  wordSeq(
    String.raw`\b(?:employ|engag|use|uses|utili[sz]e)\w*`,
    words(2, { lead: true }),
    String.raw`${RECIPIENT}\w*`,
    words(1, { lead: true }),
    String.raw`for\b`,
    { needs: [RECIPIENT_WORD] },
  ),
  wordSeq(
    String.raw`\b(?:rel(?:y|ies|ying)|depends?|depending)\s+(?:up)?on`,
    words(4, { lead: true }),
    String.raw`${RECIPIENT}\w*\W+\b(?:for|to|such\s+as|including|like)\b`,
  ),
  // Whoever engages, as a modal verb ("Acme may engage its affiliates or a third party in order to …", "the Processor
  // may contract subcontractors", "authorise Acme to subcontract its processing of … to sub-processors"): the actor
  // check cannot see the user here (the anchor is the recipient), so "you may engage" is left out by the regex. A modal
  // before the verb keeps the noun out ("subject to contract terms with partners"); "engage in" and "engage with" are
  // other senses.
  wordSeq(
    // Grouped: the single regex of `source` joins the parts, so a bare "|" would split it there.
    String.raw`(?:(?<!\b(?:you|users?|customers?|i)\s)(?<![\w’'-])(?:may|will|can|shall)\s+(?:also\s+)?(?:engage|subcontract|contract)\b(?!\s+(?:in|with)\b)|\bto\s+subcontract\b)`,
    gap(10),
    String.raw`(?:${RECIPIENT}|sub-?processor)`,
    { needs: [/\b(?:engage|subcontract|contract)\b/] },
  ),
  // Whoever the subject: "third party agents, subsidiaries and affiliates that perform functions on our behalf".
  wordSeq(
    String.raw`\b${RECIPIENT}`,
    REST_OF_WORD,
    gap(8),
    String.raw`(?:that|who|which)\s+(?:perform|performs|provide|provides|carry\s+out|carries\s+out)\b`,
    gap(4),
    String.raw`on\s+our\s+behalf\b`,
    { needs: [/\bon\s+our\s+behalf\b/] },
  ),
);

/**
 * Named third-party analytics services. Their script or SDK sends visitors' usage data (IP address, pages, events)
 * to the provider's servers, so using one IS disclosure to a processor: data_sharing, low severity (as ToS;DR
 * counts it). Self-hostable tools (Matomo, Piwik) and generic words ("segment", "heap") are left out.
 */
const ANALYTICS =
  /\b(?:google\s+analytics|mixpanel|hotjar|facebook\s+pixel|meta\s+pixel|adobe\s+analytics|optimizely|new\s+relic|crazy\s?egg|fullstory|quantcast|comscore|appsflyer|firebase\s+analytics|google\s+tag\s+manager|clicky|kissmetrics|chartbeat|heap\s+analytics|amplitude\s+analytics)\b/;
const ANALYTICS_USE = wordSeq(
  String.raw`\b(?:use|uses|used|using|employ|employs|utili[sz]es?|integrates?)`,
  gap(6),
  ANALYTICS.source.slice(2),
);
/**
 * A section whose title says it lists recipients: "Who we share your information with", "Third parties",
 * "Disclosure of personal data", "Sub-processors", or the words a table's header names who receives with, as a heading
 * holds them ("Sent to", "Who can access your information", "… to whom we disclose": table-cell.ts
 * RECIPIENT_HEADING_SOURCE, so that a cell under its header and an item under its heading are read alike). Not
 * "third-party websites/links" (OTHER_SENSE) or cookies.
 */
// The exclusion looks 200 characters on: unbounded, it reads the rest of the heading from every "to"/"with", which is
// quadratic in a long heading; a heading's exclusion word is near its act.
const SHARING_SECTION = new RegExp(
  String.raw`(?:\b(?:shar(?:e|es|ed|ing)|disclos\w*|third[\s-]part(?:y|ies)|sub-?processors?|service\s+providers|(?:transfers?|transmission)\s+(?:of|to)\s+(?:third|your|personal))\b|${RECIPIENT_HEADING_SOURCE})(?![^]{0,200}\b(?:web\s*sites?|sites|links|beneficiar\w*|cookies?|content\s+you|your\s+content|with\s+(?:other\s+)?users|with\s+friends)\b)`,
);
/**
 * "X may assign … to an acquirer / a successor by merger": a pre-filter of business-transfer. Assigning only the
 * contract, its rights or a licence is no disclosure (the veto contract-assigned); "… assign this Agreement, with the
 * account information it holds, to a successor" is.
 */
const ASSIGN_TO_BUYER = wordSeq(
  String.raw`\b(?:assign|assigns|novate)`,
  gap(20),
  String.raw`(?:merger|acquisition|acquirer|successor(?!s?\s+and\s+assigns)|purchaser|buyer|reorgani[sz]ation|affiliates?|subsidiar)`,
);
/** The user assigning ("You may not assign this Agreement to a successor") is no disclosure by the company. */
const USER_ASSIGNS = /\byou\s+(?:[\w’'-]+\s+){0,3}?(?:assign|novate)/;
/**
 * An item that opens with a recipient (up to four words in: "Our payment processors", "Law enforcement."). The lead
 * \W* takes all the punctuation before the first word character ((?!\W)): giving some of it back (a "-" or "'" that
 * a LEAD word could start with) only adds words, so it never found more, and it made the regex quadratic.
 */
const SECTION_ITEM = new RegExp(
  String.raw`^\W*(?!\W)(?:(?:with|to)\s+)?(?:${LEAD}){0,4}?(?:${RECIPIENT}|law\s+enforcement|authorit|government|regulator|court)`,
);

/**
 * An item that opens with a recipient, in at most four words ("Payment processors, …", "with law enforcement"). Fixed
 * word counts: a greedy ".{0,4}" gap does not give words back ("Law enforcement, when …" would fail).
 */
const ITEM_RECIPIENT_MATCH = [
  '^(with|to)? (#ThirdParty|#Authority)',
  '^(with|to)? . (#ThirdParty|#Authority)',
  '^(with|to)? . . (#ThirdParty|#Authority)',
  '^(with|to)? . . . (#ThirdParty|#Authority)',
];
/**
 * A sentence about recipients, not an item naming them: a finite verb right after the recipient ("These third parties
 * are not controlled by us", "Some of our service providers ask us to …", "These providers include …", "These service
 * providers use the information we provide to them as necessary …"). The category's other rules judge it as a
 * sentence. A relative clause stays an item ("partners who may …", "vendors that process …"); a use verb counts only
 * right after the recipient ("Analytics providers we use to understand …", "Cloud providers and access management
 * vendors" stay items).
 */
const ITEM_IS_SENTENCE = new RegExp(
  String.raw`^[’']?s?(?:(?:\s+(?!(?:who|whom|that|which|when|where|if|to)\b)[\w’'-]+){0,4}?\s+(?:may|might|will|would|can|cannot|could|must|shall|should|are|is|was|were|have|has|do|does|include|includes|ask|asks|share|shares)|\s+${wordsPattern(RECIPIENT_USE_VERBS)})\b`,
);
/**
 * A heading that asks or names who receives ("Who do we share your information with?", "Categories of third parties
 * to which we may disclose …", "Recipients"): each item under it names one, full stop or not.
 */
// Not "Email recipients" or "To which countries do we transfer your data?": recipients of data, or "to which" a
// party we disclose to.
// The relative and who-receives words are the lexicon's (RECIPIENT_HEADER_WORDS), read as SHARING_SECTION reads them:
// a relative only with the act after it.
const RECIPIENTS_HEADING = new RegExp(
  String.raw`${RELATIVE_ACT_SOURCE}|${WHO_RECEIVES_HEADING_SOURCE}|\b(?:recipients?\s+of|(?:data|third[\s-]+party|external)\s+recipients|categories\s+of\s+recipients|who\s+(?:do\s+|does\s+|will\s+|may\s+)?(?:we|it)\s+(?:share|shares|disclose|discloses|sell|sells))\b|^[\d.\s]*recipients?\W*$`,
);
/** The last character of a match is a full stop or colon: a recipient named alone ("Service providers."). */
const CLOSED_LABEL = (evidence: string): boolean => /^[.:]$/.test(evidence.trimEnd().slice(-1));

/** Named processors from the lexicon, as a regex for pre-filters (one list, in lexicon.ts). */
const NAMED = alternation(LEXICON_LISTS.NamedService!);
const BIG_TECH = alternation(LEXICON_LISTS.BigTech!);
const PARTY = String.raw`(?:${RECIPIENT}|${NAMED}|${BIG_TECH})`;
/** A company's legal-form suffix, lower-cased ("llc", "ltd.", "b.v.", "ireland limited"); see lexicon CorpSuffix. */
const CORP = String.raw`(?:inc|llc|l\.l\.c|ltd|gmbh|plc|s\.?a\.?r\.?l|corp|b\.?v|pty|kg|s\.r\.l|unlimited\s+company|(?:ireland|europe|uk|international)\s+limited)\b`;
/** A clause that opens with an outside company's name: "Acme Cloud EMEA SARL, …", "Acme LLC;". */
// The lead \W* takes all the punctuation before the first word character ((?!\W)), which keeps the regex linear;
// what giving some back found besides is the last branch: a mark taken as the one word before the suffix ("- Ltd").
const OPENS_WITH_COMPANY = new RegExp(
  String.raw`^\W*(?!\W)(?:${NAMED}|${ANALYTICS.source.slice(2)}|${BIG_TECH}|(?:[\w&’'.-]+,?\s+){1,5}?${CORP}|(?<=[&’'.-],?\s+)${CORP})`,
);
/** "Trusted third parties include: Acme, Inc., …": a recipient noun, then an "include:" list of names. */
const INCLUDE_LIST = alt(
  [String.raw`(?:include|includes|are)\s*:`],
  [
    String.raw`(?:include|includes)\s+`,
    ahead(alt([NAMED], [BIG_TECH], [words(4, { min: 1, sep: String.raw`[^\w’'-]` }), CORP])),
  ],
);
// Starts of single words (a start at "providers" covers "service providers"): recheck judged the one alternation
// with its optional and spaced parts only after 20 s under load.
const RECIPIENT_INCLUDE = anyOf(
  wordSeq('\\bthird', String.raw`[\s-]part(?:y|ies)`, gap(3), INCLUDE_LIST),
  wordSeq(
    String.raw`\b(?:partners|providers|vendors|processors|sub-?processors|suppliers|recipients|advertisers|companies)`,
    gap(3),
    INCLUDE_LIST,
  ),
  // No colon, no names, but "recipients" names the role: "The categories of such recipients are email service
  // providers and payment processors." ("Our partners are carefully selected companies" says what they are.)
  wordSeq(String.raw`\brecipients\s+(?:are|include|includes)\s+`, words(3), RECIPIENT),
);
/**
 * The kinds of recipients named back ("These providers include business support services, payment processors …",
 * "Such data processors might be third party service providers such as …", "This includes partners managing our
 * advertising placements …"): a pointer and a recipient, or a pronoun, then "(may) include" or "may be", then a
 * recipient within six words (data_sharing.recipient-kinds-listed).
 */
const KINDS_HEDGE = String.raw`(?:${wordsPattern(KINDS_HEDGES)}\s+){0,2}`;
/** A pointer and a recipient, then "(may) include", then a recipient within six words; `start` anchors the pointer. */
function pointerKinds(start: string): ReturnType<typeof wordSeq> {
  return wordSeq(
    String.raw`${start}${wordsPattern(KINDS_POINTERS)}\b`,
    gap(3),
    RECIPIENT,
    REST_OF_WORD,
    String.raw`\s+${KINDS_HEDGE}${wordsPattern(KINDS_VERBS)}\b`,
    gap(6),
    RECIPIENT,
  );
}
const RECIPIENT_KINDS = anyOf(
  pointerKinds(String.raw`\b`),
  // "may be" names what they are only with a recipient right after it ("might be third party service providers"), not
  // "may be members of the Network Advertising Initiative".
  wordSeq(
    String.raw`\b${wordsPattern(KINDS_POINTERS)}\b`,
    gap(3),
    RECIPIENT,
    REST_OF_WORD,
    String.raw`\s+${KINDS_HEDGE}be\b`,
    gap(2),
    RECIPIENT,
  ),
  // At the unit's start only: "For example, this includes visits to an advertiser's website" lists no recipients.
  wordSeq(
    String.raw`^\W*${wordsPattern(KINDS_PRONOUNS)}\s+(?:${wordsPattern(KINDS_PRONOUN_HEDGES)}\s+)?${wordsPattern(KINDS_VERBS)}\b`,
    gap(6),
    RECIPIENT,
  ),
);
/**
 * What lifts the "no data in clause" veto for the kinds (NO_DATA_WORD_NEEDED), at the unit's start only: a pointer and a
 * recipient before "include" ("These providers include … payment processors"), or "this"/"these" ("This may include
 * the ISP, the email service provider …"); not "they", which may be anyone ("Members can join groups. They may include
 * partners who organise local events"), nor "may be" ("The Seller may be entitled to …").
 */
const RECIPIENT_KINDS_NAMED = anyOf(
  pointerKinds(String.raw`^\W*`),
  wordSeq(
    String.raw`^\W*${wordsPattern(KINDS_NAMED_PRONOUNS)}\s+(?:${wordsPattern(KINDS_PRONOUN_HEDGES)}\s+)?${wordsPattern(KINDS_VERBS)}\b`,
    gap(6),
    RECIPIENT,
  ),
);
/**
 * Sources of the data named as kinds ("Our data providers include …"), and a lead-in's "include:" read before an item
 * ("These include:" › "Users may be subject to third party terms": the item is no kind of recipient).
 */
const KINDS_NOT_RECIPIENTS = new RegExp(
  String.raw`^\W*${wordsPattern(KINDS_POINTERS)}\s+(?:[\w’'-]+\s+)?${wordsPattern(SOURCE_KINDS)}\s+${wordsPattern(SOURCE_KIND_HEADS)}\b|\byour\b|\b${wordsPattern(KINDS_VERBS)}\s*:`,
  'i',
);
/** The reader's own parties after the kinds: "companies such as your TV provider", "third parties you provide with …". */
const KINDS_THE_READERS = new RegExp(
  String.raw`^[^\w’'-]*(?:(?:that|who|whom)\s+)?you\b|^[^\w’'-]*(?:[\w’'-]+[^\w’'-]+){0,2}?your\b` +
    // The recipient word naming something of theirs: "an advertiser's website", "our partner programs".
    String.raw`|^[\w-]*(?:['’]s\b|\s+${wordsPattern(KINDS_RECIPIENT_MODIFIES)}\b)`,
);
/**
 * The recipient word inside the evidence as a possessive, after data that comes from it ("information from affiliate
 * websites"), or described rather than named: a describer and a generic head alone ("some of the largest companies"),
 * or a superlative with a scope ("the biggest brands in the world"); not "some of the largest cloud hosting companies
 * and payment processors", "many of the advertising networks listed below", which name kinds.
 */
const KINDS_NOT_NAMED = new RegExp(
  String.raw`\b${RECIPIENT}\w*['’]s\b|\b${wordsPattern(KINDS_FROM_NOUNS)}\s+from\b` +
    String.raw`|\b${wordsPattern(KINDS_DESCRIBED)}\s+(?:${wordsPattern(KINDS_SUPERLATIVES)}\s+)?${wordsPattern(KINDS_GENERIC_HEADS)}\b(?!\s+(?:and|or)\b)` +
    String.raw`|\b${wordsPattern(KINDS_SUPERLATIVES)}\s+(?:[\w-]+\s+){0,2}?${wordsPattern(KINDS_DESCRIBED_SCOPES)}\b`,
  'i',
);
const KINDS_PATTERN_POINTERS = `(${KINDS_POINTERS.join('|')})`;
const KINDS_PATTERN_HEDGE = `(${KINDS_HEDGES.join('|')})?`;
const KINDS_PATTERN_VERBS = `(${KINDS_VERBS.join('|')})`;
/**
 * Aggregate, de-identified or anonymous data passed on (GUIDE G6), as data_sharing.derived-data-disclosed reads it: a
 * pass-on verb a few words before such data, or such data a dozen words before the verb ("… which we may use or
 * disclose", "… and share it freely", "… may be disclosed to others"). The words are the lexicon's (DERIVED_DATA_*),
 * "de-identified" with or without its hyphen (the lexicon spells it as compromise reads it: each word is listed both
 * ways here rather than the pattern patched).
 */
const derivedWords = (list: readonly string[]): string =>
  wordsPattern(list.flatMap((w) => (w.startsWith('deidentif') ? [w, `de-${w.slice(2)}`] : [w])));
const DERIVED_ADJECTIVE = String.raw`${derivedWords([...new Set([...DERIVED_DATA_ADJECTIVES, ...DERIVED_DATA_MAKERS])])}\b`;
const DERIVED_SHARE = String.raw`${wordsPattern([
  ...DERIVED_DATA_SHARE_VERBS,
  ...DERIVED_DATA_RECIPIENT_VERBS,
  ...DERIVED_DATA_PARTICIPLES,
  ...DERIVED_DATA_RECIPIENT_PARTICIPLES,
])}\b`;
const DERIVED_DATA_SHARED = anyOf(
  wordSeq(String.raw`\b${DERIVED_SHARE}`, gap(5), DERIVED_ADJECTIVE),
  wordSeq(String.raw`\b${DERIVED_ADJECTIVE}`, gap(16), DERIVED_SHARE),
);
/** The verb's object is the service or the reader: "provide you with aggregated statistics", "share … with us". */
const DERIVED_TO_READER = new RegExp(
  String.raw`^\S+\s+(?:(?:to|with)\s+)?(?:us|you|(?:our\s+)?${wordsPattern(DERIVED_DATA_READERS)}\s+with)\b|\byour\s+own\b` +
    // Anonymous people, not anonymous data: "provide anonymous visitors with information".
    String.raw`|\b${wordsPattern(DERIVED_DATA_ADJECTIVES)}\s+${wordsPattern(DERIVED_DATA_READERS)}\b`,
  'i',
);
/** Counts of something right after the data ("… statistics on the number of government requests"): REQUEST_STATISTICS. */
const REQUEST_COUNTS_OF = String.raw`(?:on|about|of)\s+(?:the\s+)?${wordsPattern(REQUEST_COUNT_NOUNS)}\s+of\b`;
/**
 * After the verb: coming to the service, kept in-house ("… to our internal research team"), passed on by another, or
 * counts of requests (a transparency report) right after the data, not of users; not any mention of requests later ("… in response to
 * legal requests", "as described in our transparency report" still pass data on).
 */
const DERIVED_NOT_OUT = new RegExp(
  String.raw`${TO_US.source}|^\s+(?:[\w’'-]+\s+){0,3}?(?:our\s+)?internal\b|^\s+by\s+(?!(?:us|we|ourselves)\b)|^\s+${REQUEST_COUNTS_OF}\s+(?:[\w’'-]+\s+){0,3}?${wordsPattern(REQUEST_COUNTED_NOUNS)}\b`,
);
/**
 * Another party as the subject right before the verb ("Advertisers may share aggregated campaign reports with their
 * agencies", "Our users can share anonymous feedback"): what they pass on is theirs to pass, not the service's.
 */
/**
 * The parties are the lexicon's ThirdParty, not ServiceSide nor "company": "The Company may share …", "Our affiliates may
 * share …" are the service.
 */
const DERIVED_OTHER_SUBJECT = new RegExp(
  String.raw`^\W*(?:${wordsPattern(DERIVED_OTHER_SUBJECT_DETERMINERS)}\s+)?(?:${wordsPattern(LEXICON_LISTS.ThirdParty ?? [])}|${wordsPattern(DERIVED_DATA_READERS)})\s+(?:${wordsPattern([...MODAL_WORDS, ...KINDS_HEDGES, 'sometimes', 'then'])}\s+){0,2}$`,
  'i',
);
const DERIVED_PATTERN_ADJECTIVES = `(${DERIVED_DATA_ADJECTIVES.join('|')})`;
const DERIVED_PATTERN_NOUNS = `(${DERIVED_DATA_NOUNS.join('|')})`;
const DERIVED_PATTERN_SHARE = `(${DERIVED_DATA_SHARE_VERBS.join('|')})`;
const DERIVED_PATTERN_RECIPIENT_VERBS = `(${DERIVED_DATA_RECIPIENT_VERBS.join('|')})`;
/**
 * After a verb of DERIVED_DATA_RECIPIENT_VERBS: "to"/"with"/"for" a party (#ThirdParty, DERIVED_DATA_RECIPIENT_NOUNS);
 * not any word ("provide aggregated market data to help investors", "… with real-time updates"), nor the reader's side
 * ("to our users", DERIVED_TO_READER).
 */
const DERIVED_PATTERN_RECIPIENTS = [
  '(to|with|for) .{0,3} #ThirdParty',
  `(to|with) .{0,3} (${DERIVED_DATA_RECIPIENT_NOUNS.join('|')})`,
];
/**
 * Counts of the requests the service receives (a transparency report: "aggregated statistics on the number of
 * government requests"): figures about the service's own dealings, no disclosure of its users' data.
 */
const REQUEST_STATISTICS = new RegExp(
  String.raw`\b${wordsPattern(REQUEST_STATISTICS_NOUNS)}\s+${REQUEST_COUNTS_OF}`,
  'i',
);
/**
 * A named company (legal-form suffix) in the role of host, processor or recipient: "hosted by InnoCraft Ltd.",
 * "a payment service provided by Stripe Inc.", "passed to Google Ireland Limited", "a service of Hotjar Ltd.".
 * Not "operated/run/owned by Example Ltd": that is how a site names its own operator. A "service provided by" a
 * company is the site itself when the clause opens with "this/our website".
 */
const COMPANY_ROLE = new RegExp(
  [
    String.raw`\b(?:hosted|processed|stored|handled|collected|received)\s+(?:on\s+\w+\s+behalf\s+)?by${SEP}(?:${W}){0,4}?${CORP}`,
    String.raw`^(?!\W*(?:this|our|the)\s+(?:web\s*site|site|app|application|service|platform|company)\b)[^]*?\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,6}?services?\s+(?:provided|operated|offered)\s+by${SEP}(?:${W}){0,4}?(?:${CORP}|${NAMED}|${BIG_TECH})`,
    String.raw`\ba\s+service\s+of${SEP}(?:${W}){0,4}?(?:${CORP}|${NAMED}|${BIG_TECH})`,
    // Not "send … to:" — a contact address ("Written queries may be sent to: Example Ltd., …").
    String.raw`\b(?:shar|disclos|transfer|pass|transmit|forward|releas|giv|suppl(?:y|ie)|hand\w*\s+over|made\s+available)${REST}${SEP}(?:${W}){0,8}?(?:to|with)\s+(?:${W}){0,6}?${CORP}`,
    String.raw`\b(?:categories\s+of\s+)?(?:recipients|(?:sub-?)?processors)\s*:\s*(?:${W}){0,5}?(?:${CORP}|${RECIPIENT}|${NAMED}|${BIG_TECH})`,
  ].join('|'),
);
/**
 * Passive processing by an outside party: "hosted by Acme Cloud", "payments are processed by Acmepay",
 * "personal data may be accessed by our group companies", "support is provided through Zendesk". Not "provided by"
 * or "sent by" (data coming in from a third party), and only infrastructure verbs lift the data-word veto.
 */
const BY_VERB = String.raw`(?:performed|protected|placed|set|deployed|served|processed|used|accessed|handled|stored|hosted|received|collected|viewed|seen|analy[sz]ed|obtained|retained|held|managed|operated|run|powered|fulfilled|delivered|routed)`;
const VIA_VERB = String.raw`(?:sent|connected|provided|delivered|processed|handled|routed|hosted|stored|made\s+available|transmitted|transferred|collected|managed|powered)`;
/** PARTY, or the service's subprocessors, which RECIPIENT leaves out: "processed by our sub-processors" (GUIDE D1). */
const HANDLER = String.raw`(?:${PARTY}|${CONTRACT_RECIPIENT})`;
const HANDLED_BY = anyOf(
  wordSeq(String.raw`\b${BY_VERB}`, String.raw`\W+(?:on\s+\w+\s+behalf\s+)?by`, gap(4), HANDLER),
  wordSeq(String.raw`\b${VIA_VERB}`, String.raw`\W+(?:through|via)`, gap(3), HANDLER),
  wordSeq(String.raw`\b(?:store|stores|stored|host|hosts|hosted|keep|keeps|kept)`, gap(5), 'with', gap(3), HANDLER),
);
/**
 * Infrastructure run by someone else needs no data word: "Payments are processed by PayPal." Verbs that as often say
 * who makes or brings a thing ("orders are fulfilled by licensed pharmacies", "when alcohol is delivered by a
 * third-party provider", "services provided by third-party installers") need a named service or "on our behalf": the
 * thing is goods or work, not user data, unless the clause names data (then the data word lets it through). "Powered
 * by" stays with the infrastructure verbs: "AI features powered by third-party technology providers" run on them.
 */
const INFRA_BY = anyOf(
  wordSeq(
    String.raw`\b(?:hosted|protected|connected|processed|powered|handled|stored|managed|routed|sent)`,
    String.raw`\W+(?:(?:on\s+\w+\s+behalf\s+)?by|through|via)`,
    gap(4),
    String.raw`(?:third[\s-]part|vendor|provider|processor|subcontractor|contractor|partner|affiliate|subsidiar|compan|${NAMED}|${BIG_TECH})`,
  ),
  wordSeq(
    String.raw`\b(?:operated|run|fulfilled|delivered|provided)`,
    alt(
      [String.raw`\W+(?:by|through|via)`, gap(4), String.raw`(?:${NAMED}|${BIG_TECH})`],
      [String.raw`\W+on\s+\w+\s+behalf\s+by`, gap(4), PARTY],
    ),
  ),
);
/** "Stripe receives your card details", "Google Fonts, which receives your IP address". */
const NAMED_RECEIVES = new RegExp(
  String.raw`\b${NAMED}\W+(?:(?:which|that|who)\s+)?(?:(?:may|will|can|also|then|only)\s+){0,2}(?:receives?|process(?:es)?|collects?|obtains?|ha(?:s|ve)\s+access)\b`,
);
/** "We use Stripe to process payments", "Stripe receives your card details", "payment services (e.g., Stripe, PayPal)". */
/** A named processor anywhere in the clause: what most named-service shapes need, tested before their common verbs. */
const ANY_NAMED = { needs: [new RegExp(String.raw`\b${NAMED}`)] };
const NAMED_SERVICE = anyOf(
  wordSeq(
    String.raw`\b(?:use|uses|used|using|employ|employs|engag(?:e|es|ed)|hire|hires|utili[sz]es?|rel(?:y|ies)\s+on|integrates?)`,
    gap(3),
    NAMED,
    gap(3),
    String.raw`(?:to|for|as)\b`,
    ANY_NAMED,
  ),
  wordSeq(
    String.raw`\b(?:partner|partners|partnered|partnering|work|works|worked|working)\s+with`,
    gap(2),
    NAMED,
    ANY_NAMED,
  ),
  NAMED_RECEIVES,
  wordSeq(
    String.raw`\b(?:sub-?processors|processors|providers|vendors|services|partners)`,
    String.raw`\W+(?:(?:e\.g\.?|such\s+as|like|including|namely|for\s+example)\W+)?${NAMED}`,
    ANY_NAMED,
  ),
  wordSeq(...SHARE_WORD, gap(8), String.raw`(?:to|with)\W+${NAMED}`, ANY_NAMED),
  wordSeq(
    ...SHARE_WORD,
    gap(8),
    'to',
    gap(2),
    String.raw`(?:${NAMED}|${BIG_TECH})['’]?s?\s+(?:servers?|data\s+cent(?:er|re)s?|cloud)\b`,
    { needs: [/\b(?:servers?|data\s+cent(?:er|re)s?|cloud)\b/] },
  ),
);
/** What an outside service does for the site, as a heading or lead label ("Hosting: Amazon Web Services"). */
const SERVICE_LABEL = String.raw`(?:hosting|analytics|payments?(?:\s+processing)?|e-?mail(?:\s+delivery)?|newsletters?|(?:customer\s+)?support|crash\s+reporting|error\s+(?:tracking|monitoring)|maps|fonts|search|cdn|content\s+delivery(?:\s+network)?|authentication|sign[\s-]in|advertising|ads|videos?|(?:live\s+)?chat|monitoring|infrastructure|(?:cloud\s+)?storage|backups?|captcha|spam\s+protection|comments|forms|surveys|marketing|mailing\s+lists?|identity\s+verification)`;
/**
 * A heading that is only a service label: "Hosting", "4.2 Analytics", "Payment providers". The number starts with a
 * digit (dots before it are in \W*), so the leading \W* and the number never compete for the same dots.
 */
/**
 * A cookie list, as the context a table cell is read in (its headings, row and column; GUIDE D14): "Targeting Cookies",
 * "Strictly necessary cookie", "First Party/Third Party" under "Trackers we use".
 */
export const COOKIE_LIST = new RegExp(
  // The lexicon's trackers, not the data they hold ("device identifiers", "tracking data") nor words of other lists
  // ("scripts", "tags", "similar technologies").
  // The lexicon has "trackers" only: the singular is added ("Tracker type").
  String.raw`\b${wordsPattern([
    ...LEXICON_LISTS.TrackTech!.filter((w) => !/identifier|\bid\b|data|scripts|^tags$|similar/.test(w)),
    'tracker',
  ])}\b`,
);
/**
 * A row label that names a tracker by its last word ("Advertising cookie", "Acme pixel"): the row of a cookie list even
 * under a header that does not say so ("Type"); not a data row ("Cookie identifiers").
 */
export const TRACKER_ROW_LABEL = new RegExp(
  String.raw`\b${wordsPattern([
    ...LEXICON_LISTS.TrackTech!.filter((w) => !/\s|identifier|\bid\b|data|scripts|similar/.test(w)),
    'tag',
    'beacon',
    'tracker',
  ])}\W*$`,
  'i',
);
/**
 * The section a cookie list's cell is read under (index.ts): only a table cell is a party column's value; a paragraph
 * "Third Party Cookies" is a title.
 */
export const cookieCellSection = (where: string): string => `cookie list cell › ${where}`;
const COOKIE_CELL = /^cookie list cell › /;
export const COOKIE_PARTY_CELL_RULE = 'data_sharing.third-party-cookie-cell';
const SERVICE_HEADING = new RegExp(
  String.raw`^\W*(?:\d[\d.]*\s+)?(?:${SERVICE_LABEL}(?:\s+(?:services?|providers?|partners?|tools?|vendors?))?|(?:categories\s+of\s+)?recipients|(?:sub-?)?processors|(?:third[\s-]party\s+)?(?:service\s+providers|services|vendors)|third[\s-]parties)\W*$`,
);
// "analytics" too: "we may use third-party web analytics on our Services" hands visitors' usage data to its maker.
const THIRD_KIND = String.raw`(?:services?|providers?|tools|compan\w*|vendors?|processors?|partners?|platforms?|analytics)`;
/** The company (or its app/site) as the subject, then up to three words: "You may use third-party services" is the user's business. */
const OUR_SIDE = [
  String.raw`\b(?:we|our\s+[\w-]+|the\s+(?:app|application|site|website|web\s*site|service|services|company|platform)|this\s+(?:app|application|site|website|web\s*site|service|platform)|${NAMED_SUBJECT})\s+`,
  words(3, { sep: String.raw`[^\w’'-]` }),
];
/**
 * A provider head reached through the user's words ("use your internet service provider to estimate your location",
 * "use the name of your mobile service provider"): the user's provider, which receives nothing from the service.
 * Not where the evidence names an outside party itself ("use your data with third-party service providers"). Also data
 * used from providers.
 */
function usersOwnProvider(evidence: string): boolean {
  // Words only: the evidence may end on its sentence's stop, and "sub-processors" keeps its hyphen.
  const ws = plainWords(evidence.toLowerCase());
  if (!/^(?:providers?|vendors?|contractors?|sub-?processors?)$/.test(ws[ws.length - 1] ?? '')) return false;
  // Data taken from providers is received, not given ("we use information from data providers"), unless what is used
  // is their service ("we use services from external providers").
  if (ws.includes('from') && !ws.some((w) => /^(?:services?|tools?)$/.test(w))) return true;
  // Effort used in choosing them, or an instrument used with them, says nothing of using them ("we use reasonable
  // efforts to select service providers", "we use standard contractual clauses with our sub-processors", "we use
  // contracts with our vendors that require …"): the instrument is the object of the verb, the provider only its other
  // party. Only after a verb of using: "processing agreements with third-party service providers" is another shape.
  if (
    /^(?:use|uses|using|utili[sz]\w*|employ\w*|engag\w*|hir\w*|rel\w*|mak\w*)$/.test(ws[0] ?? '') &&
    ws.some((w) =>
      /^(?:efforts?|care|diligence|measures|clauses|contracts?|agreements?|safeguards?|mechanisms?)$/.test(w),
    )
  )
    return true;
  if (ws.some((w) => /^(?:third|external|outside)/.test(w))) return false;
  return ws.some((w) => USERS_OWN_PROVIDER_WORDS.has(w));
}
/**
 * A provider named by its trade whose use only opens the sentence ("Where we use certain service providers, we may use
 * specific contracts approved by the European Commission"): the use is presupposed and the main clause says the rest
 * (GUIDE G4). Only for the trade-named shape: "where we use third-party services" names the outside party itself.
 */
function presupposedProviderUse(before: string, evidence: string): boolean {
  if (/\b(?:third|external|outside)\b/i.test(evidence)) return false;
  const ws = plainWords(before.toLowerCase());
  return ws.length >= 2 && /^(?:where|when|whenever|if)$/.test(ws[ws.length - 2] ?? '') && ws[ws.length - 1] === 'we';
}
/** What every "our side uses them" shape of SERVICES_USED holds, tested before its common words. */
const SERVICES_USED_NEEDS = { needs: [/\b(?:third[\s-]part|external|outside|services|tools|service\s+provider)/] };
/**
 * "We use third-party services/providers/tools", "third-party providers help us operate the service", "our hosting
 * provider is …", "built on Acme Cloud": outside companies involved in running the service get user data
 * to do it (ToS;DR: "many third parties are involved in operating the service"). Not third-party software,
 * components or libraries bundled into an app: those run on the user's device.
 */
/** The role "acts as" names a processor of ours by (lexicon PROCESSOR_ROLES; a vendor or contractor only as "our"). */
const ACTS_AS_PROCESSOR = String.raw`(?:(?:(?:our|a|the)\s+)?${wordsPattern(PROCESSOR_ROLES)}|our\s+${wordsPattern(OUR_ONLY_PROCESSOR_ROLES)})`;
/**
 * "We use data from third parties that act as our service providers": data coming in from the party, or about it, is
 * no party engaged (GUIDE D10). The words between the engaging verb and "act as" name no data and no source.
 */
function engagedForData(evidence: string): boolean {
  const actsAs = /\b(?:acts?|acting|serves?|serving)\s+as\b/i.exec(evidence);
  return (
    !!actsAs && /\b(?:from|about|received|obtained|collected|data|information)\b/i.test(evidence.slice(0, actsAs.index))
  );
}
/** The engaging verbs as one-word alternatives of a match line ("rely" without its "on"). */
const ENGAGE_ONE_WORD = [...ENGAGE_VERB_FORMS.map((v) => v.split(' ')[0]!), ...ENGAGED_BY_PARTICIPLES].join('|');
const SERVICES_USED = anyOf(
  // Our side uses them: "we use third-party services", "… tools provided by other companies", "… the services of X".
  // One sequence per shape, each after OUR_SIDE: the cue scan reads the words of a shape only at the top level, and
  // "we … use" alone lets most clauses through.
  wordSeq(
    SERVICES_USED_NEEDS,
    ...OUR_SIDE,
    String.raw`(?:use|uses|using|employ|employs|engag\w*|utili[sz]\w*|rel(?:y|ies)\s+on|hire|hires)`,
    gap(4),
    String.raw`(?:third[\s-]part(?:y|ies)|external|outside)`,
    gap(2),
    String.raw`${THIRD_KIND}\b`,
  ),
  wordSeq(
    SERVICES_USED_NEEDS,
    ...OUR_SIDE,
    '(?:use|uses|using)',
    gap(2),
    String.raw`(?:services|tools)\s+(?:provided|offered|operated|run)\s+by`,
    gap(2),
    RECIPIENT,
  ),
  wordSeq(
    SERVICES_USED_NEEDS,
    ...OUR_SIDE,
    String.raw`(?:use|uses|using|engage|engages|employ|employs)\s+(?:the\s+)?(?:services\s+of|external\s+service\s+providers?|service\s+providers?)\b`,
  ),
  // The provider named by its trade, a few words before its head: "we use an analytics service provider", "we utilize
  // major cloud service providers", "we use carefully selected vendors". Not the user's own provider ("your internet
  // service provider"): the rule's rejectEvidence reads the words between.
  // The head is a provider by trade ("service provider") or an outside one ("third-party vendors", "external
  // contractors"), as SERVICES_USED_NEEDS holds: a bare "vendors" or "sub-processors" after "use" or "engage" is most
  // often a processor agreement's procedure or limit ("we only engage sub-processors who are bound by …", D8, D12).
  wordSeq(
    SERVICES_USED_NEEDS,
    ...OUR_SIDE,
    String.raw`(?:use|uses|using|employ|employs|engag\w*|utili[sz]\w*|rel(?:y|ies)\s+on|hire|hires|mak(?:e|es|ing)\s+use\s+of)`,
    gap(5),
    String.raw`(?:service\s+providers?|(?:third[\s-]party|external|outside)\s+(?:service\s+)?(?:providers?|vendors?|contractors?|sub-?processors?))\b`,
    { needs: [/\b(?:provider|vendor|contractor|sub-?processor)/] },
  ),
  // A recipient our side engages, named a processor by a relative or an apposition (GUIDE D1): "we use carefully
  // selected and trusted third parties, who act as service providers", "operated by a third party that acts as our
  // service provider". The role is what makes the engaged party one that gets the data; "on our behalf" is not needed.
  ...[
    [...OUR_SIDE, String.raw`${wordsPattern(ENGAGE_VERB_FORMS)}\b`],
    [String.raw`\b${wordsPattern(ENGAGED_BY_PARTICIPLES)}\s+by`],
  ].map((engaged) =>
    wordSeq(
      ...engaged,
      gap(5),
      RECIPIENT,
      REST_OF_WORD,
      String.raw`,?\s+(?:(?:who|that|which)\s+(?:act|acts|serve|serves)|acting|serving)\s+as\s+${ACTS_AS_PROCESSOR}\b`,
      { needs: [/\b(?:act|acts|acting|serve|serves|serving)\s+as\s/] },
    ),
  ),
  // Two sequences, not one with an alternation after the recipient: the cue scan reads the words after a gap only at
  // the top level, and a recipient word alone lets most clauses through to run every branch of this test.
  wordSeq(
    String.raw`\b${RECIPIENT}`,
    REST_OF_WORD,
    gap(3),
    String.raw`(?:help|helps|assist|assists|support|supports)\s+(?:us\s+)?(?:to\s+)?(?:operate|run|provide|deliver|maintain|host)\b`,
    { needs: [/\b(?:help|helps|assist|assists|support|supports)\s/] },
  ),
  wordSeq(String.raw`\b${RECIPIENT}`, REST_OF_WORD, String.raw`\s+(?:are|is)\s+involved\s+in\b`, {
    needs: [/\binvolved\s/],
  }),
  wordSeq(
    '\\b(?:hosting|cloud|payment|email|storage|infrastructure)',
    String.raw`\s+(?:service\s+)?(?:provider|providers|processor|processors|partner|partners)\s+(?:is|are|include|includes)\b`,
  ),
  wordSeq(
    '\\b(?:provided|operated|supplied|built|hosted|run|runs|running)',
    String.raw`\s+(?:by|on|on\s+top\s+of)\s+${NAMED}`,
  ),
  wordSeq(
    '\\blist',
    String.raw`\s+of\s+(?:(?:our|the|current|all)\s+){0,2}(?:sub-?processors|processors|(?:third[\s-]party\s+)?(?:service\s+providers|vendors))\b`,
  ),
  // Recipient first: "third-party services we use", "service providers that this site relies on", "… are used on this site".
  wordSeq(
    // Optional prefixes spelled out ("external\s+service\s+providers|service\s+providers"): the cue scan needs a word
    // to start each alternative.
    String.raw`\b(?:third[\s-]party\s+(?:services|providers|tools|vendors)|external\s+service\s+providers|service\s+providers|sub-?processors|processors|vendors)`,
    String.raw`\s+(?:that\s+|which\s+)?(?:we|this\s+(?:site|website|web\s*site|app))\s+(?:use|uses|engage|engages|work\s+with|rel(?:y|ies)\s+on)\b`,
  ),
  wordSeq(
    String.raw`\b(?:third[\s-]party|external)`,
    String.raw`\s+(?:services|tools|providers|plugins)\s+(?:(?:are|is)\s+)?used\s+(?:on|by|in|for|to)\b`,
  ),
  // Processors "engaged by us": someone processes data for the company.
  wordSeq(
    '\\b(?:processors?|providers|vendors|subcontractors)',
    String.raw`\s+(?:engaged|appointed|used|commissioned|retained)\s+by\s+(?:us|the\s+company)\b`,
  ),
  wordSeq(
    String.raw`\b(?:store|stores|stored|host|hosts|hosted|keep|keeps|kept|located)`,
    gap(4),
    '(?:in|on|at)',
    gap(4),
    String.raw`(?:${NAMED}|third[\s-]part(?:y|ies)['’]?\s+(?:providers?|servers?|data))`,
  ),
  wordSeq(String.raw`\boutsourc${REST}`, gap(10), 'to', gap(3), RECIPIENT),
  // A processing agreement (DPA) with a provider.
  wordSeq(
    String.raw`\bprocessing\s+(?:agreements?|addend(?:um|a)|contracts?)\s+with`,
    gap(3),
    `(?:${RECIPIENT}|${NAMED}|${BIG_TECH})`,
  ),
  // Embedded players, maps and buttons load from their maker's servers: "embeds videos from YouTube".
  wordSeq(String.raw`\b(?:embed\w*|integrat\w*)`, gap(4), '(?:from|by)', gap(1), `(?:${NAMED}|${BIG_TECH})`),
  wordSeq(
    String.raw`\b(?:buttons?|plug-?ins?|widgets?|videos?|maps?|players?|fonts?)\s+(?:from|by|of)`,
    gap(1),
    `(?:${NAMED}|${BIG_TECH})`,
    gap(4),
    String.raw`(?:are|is)\s+(?:embedded|integrated|included|used|loaded)\b`,
  ),
);
/** "We allow selected third parties to use your contact information", "we never let advertisers see your messages". */
const LET_USE = wordSeq(
  String.raw`\b(?:let|lets|allow|allows|allowed|permit|permits|permitted|enable|enables|authori[sz]es?)`,
  gap(3),
  `(?:${RECIPIENT}${REST}|${NAMED})`,
  gap(3),
  String.raw`(?:use|access|see|view|receive|collect|obtain|process|recogni[sz]e|track|record|place|set|deploy|drop|(?:contact|send|e-?mail|call)\s+you)\b`,
);

/**
 * The service lets outside parties help it run: "to allow service providers to assist us in providing the Services",
 * "to enable our vendors and affiliates to perform certain activities on our behalf". Helping the service run, they
 * receive what it holds (GUIDE D1), though no data word is said.
 */
const LET_ASSIST = wordSeq(
  String.raw`\b(?:allow|allows|allowing|enable|enables|enabling|permit|permits|permitting)`,
  gap(3),
  String.raw`${RECIPIENT}${REST}`,
  gap(4),
  alt(
    [String.raw`to\s+(?:assist|help|support)\s+us\b`],
    ['to', String.raw`\s+(?:perform|carry)`, gap(5), String.raw`(?:on\s+our\s+behalf|for\s+us)\b`],
  ),
);

/**
 * A company named as the service's processor: "Acme Cloud Ltd, which provides data storage in the EU in the role of
 * data processor", "we use the service provider Examplemail, Inc. to send newsletters", "our processor Examplecrm,
 * Inc.". A processor handles the service's data for it (GUIDE D1).
 */
const PROCESSOR_NAMED = anyOf(
  wordSeq(
    String.raw`\b(?:which|that|who|providing|provides|offering|offers)\b`,
    gap(16),
    String.raw`in\s+the\s+role\s+of`,
    gap(3),
    String.raw`(?:sub-?)?processors?\b`,
  ),
  wordSeq(
    String.raw`\b(?:use|uses|using|rel(?:y|ies)\s+on|engag\w*|our|its)`,
    gap(2),
    String.raw`(?:service\s+)?(?:providers?|processors?|vendors?)\b`,
    gap(3),
    CORP,
  ),
);

/**
 * An outside party that holds the user's data beside the service, named by its role under data-protection law (GUIDE
 * D1): joint controllers or processors ("we act as joint controllers with our advertising partners", "Acme and its
 * partner Examplepay act as joint processors", "… all of which are jointly responsible for processing …") and a
 * recipient acting as an independent controller ("our card-issuing partner acts as an independent controller when
 * processing card data"). The rule's patterns need the recipient; this is the pre-filter.
 */
const CONTROLLER_ROLE =
  /\b(?:joint(?:ly)?|independent|separate)\s+(?:data\s+)?(?:controllers?|processors?|responsible\s+for)\b/;
/**
 * Sub-processors engaged by the service (GUIDE D1): a sub-processor processes the data by definition, so using,
 * engaging or retaining one, the reader's authorisation of their engagement, and its acceptance or objection by
 * leaving (D8: "you may object to a new sub-processor by terminating the agreement" is a grant) pass data on.
 */
/** The same words in a compromise pattern: "(subprocessor|…|secondary processors)". */
const SUBPROCESSOR_TERMS = `(${SUBPROCESSOR_WORDS.join('|')})`;
const SUBPROCESSOR_WORD = String.raw`${wordsPattern(
  SUBPROCESSOR_WORDS.flatMap((w) => (w.startsWith('sub ') ? [w, w.replace(' ', '-')] : [w])),
)}\b`;
const SUBPROCESSORS_ENGAGED = wordSeq(
  String.raw`\b(?:use|uses|using|engag\w*|retain|retains|retained|appoint\w*|employ|employs|authori[sz]\w*|approv\w*|accept\w*|object|objects|objected|objecting|services\s+of)\b`,
  gap(8),
  SUBPROCESSOR_WORD,
);
/**
 * What lifts the "no data in clause" veto for the whole clause, so narrower than the cues: an engage verb directly
 * before the sub-processor word, with at most a determiner or adjective between ("we engage sub-processors", "Acme
 * may use other sub-processors"), and a joint controller or processor ("we act as joint controllers with our
 * partners"). Not an objection, acceptance or approval ("If Customer objects to a new sub-processor, Acme will provide
 * written notice to the partner concerned" stays nothing) and not a bare "independent controller".
 */
const ENGAGE_VERB = String.raw`\b(?:use|uses|using|engage|engages|engaged|engaging|retain|retains|retained|appoint|appoints|appointed|employ|employs)\s+`;
const SUBPROCESSOR_DETERMINERS = String.raw`(?:(?:the|a|an|any|new|other|additional|further|our|its|certain|selected|trusted|following|third[\s-]party)\s+){0,2}`;
const SUBPROCESSORS_ENGAGED_DIRECTLY = new RegExp(
  String.raw`(?:${ENGAGE_VERB}|\b(?:use|engagement|appointment)\s+(?:of|as)\s+|\bservices\s+of\s+|${ENGAGE_VERB}(?!us\b|you\b)(?:[\w.-]+\s+){1,3}as\s+(?:(?:a|an|our|its)\s+)?|\b(?:affiliates|vendors|providers|parties|partners|companies|entities|them)\s+as\s+(?:(?:a|an|our|its)\s+)?)` +
    SUBPROCESSOR_DETERMINERS +
    SUBPROCESSOR_WORD,
);
/** An objection answered only by leaving: "If Customer objects to a new sub-processor, Customer may terminate the Agreement". */
const OBJECTS_BY_LEAVING = wordSeq(
  String.raw`\bobject(?:s|ed|ing)?\s+to\b`,
  gap(3),
  SUBPROCESSOR_WORD,
  gap(14),
  String.raw`(?:terminat\w*|cease|ceasing|stop|stopping|close|closing)\s+(?:(?:of|using|use)\s+)?(?:(?:the|this|your|its|their|our)\s+)?(?:agreements?|services?|subscriptions?|accounts?|contract|processing)\b`,
);
/** The engagement or role as the occasion of what follows: "When engaging any Subprocessor, …", "Where our partners act as …". */
const OCCASION_BEFORE = /\b(?:when|where|whenever|if|before|once|prior\s+to)\s+(?:[\w’'-]+\s+){0,2}$/;
const JOINT_ROLE = /\bjoint(?:ly)?\s+(?:data\s+)?(?:controllers?|processors?|responsible\s+for)\b/;
/** The ads an outside party serves or measures for the service. */
const AD_WORD = String.raw`(?:ads?|adverts?|advertisements?|advertising|marketing|campaigns?)\b`;
/**
 * The service works with outside parties on its advertising: "we work with third-party ad networks to display
 * advertising", "Acme may work with partners to show you ads", "we work with advertising partners to promote our
 * products on other websites", "we use third-party advertising companies to serve ads". They get what identifies the
 * user to do it (GUIDE T6: sharing with marketing partners for targeting is data_sharing as well as tracking).
 */
const ADS_WITH_PARTNERS = anyOf(
  wordSeq(
    String.raw`\b(?:work|works|working|partner|partners|partnering|collaborate|collaborates)\s+with\b`,
    gap(16),
    String.raw`to\s+(?:\w+\s+)?(?:serve|show|display|deliver|target|personali[sz]e|place|measure|advertise|manage)\b`,
    gap(8),
    AD_WORD,
  ),
  wordSeq(
    String.raw`\b(?:work|works|working|partner|partners|partnering)\s+with\b`,
    gap(4),
    String.raw`(?:advertising|ad|marketing)\s+(?:partners?|networks?|compan(?:y|ies)|providers?|vendors?|agencies)\b`,
  ),
  wordSeq(
    String.raw`\b(?:use|uses|using)\b`,
    gap(3),
    String.raw`(?:advertising|ad)\s+(?:compan(?:y|ies)|networks?|partners?|vendors?|providers?|services)\s+to\s+(?:serve|show|display|deliver|target|place)\b`,
  ),
);

/**
 * A disclosure whose data is the list that follows: "we may collect, use, and disclose for our business purposes the
 * following categories of personal information:", "we have shared or sold the following data:", "Data disclosed for
 * advertising measurement includes …". The lead-in states the disclosure itself (GUIDE G2).
 */
const DISCLOSES_THE_FOLLOWING = anyOf(
  wordSeq(
    String.raw`\b(?:disclos(?:e|es|ed)|shared?|transferred|sold)\b`,
    gap(8),
    String.raw`(?:the\s+following|these)\s+(?:(?:categories|types|kinds|pieces)\s+of\s+)?(?:personal\s+)?(?:data|information|categories|types)\b`,
  ),
  /\b(?:data|information)\s+disclosed\s+(?:for|to)\b[^.;:]{0,60}\binclud(?:es?|ing)\b/,
);

/**
 * The lexicon's identifiers (TrackTech "advertising id", "device identifier", "online identifiers"), as the words a
 * pattern reads: the kind first (or "your"), the noun last.
 */
const TRACK_IDS = LEXICON_LISTS.TrackTech!.filter((w) => /\s(?:id|identifiers?)$/.test(w));
const ID_KINDS = [...new Set(['your', ...TRACK_IDS.map((w) => w.split(' ')[0]!)])].join('|');
const ID_NOUNS = [...new Set(TRACK_IDS.map((w) => w.split(' ').at(-1)!))].join('|');
/** What an outside party places on the user's device to collect (the lexicon's TrackTech). */
const TRACKER = wordsPattern(LEXICON_LISTS.TrackTech!);
/** "We" with another party beside it: "we and …", "we, or …", "we, along with …". */
const WE_BESIDE = String.raw`\bwe\W+(?:and|or|along\s+with|as\s+well\s+as|together\s+with)`;
/**
 * The service and an outside party as joint subjects of a collecting or using verb: "we and our service providers may
 * collect …", "we, or our third-party partners, may collect …", "we and third parties may automatically record …", or
 * that use or set trackers ("we and approved third parties use cookies"). The outside party gets the data it collects
 * or uses (GUIDE D1), whatever the data word ("cookies" is enough).
 */
const WE_AND_THIRD = wordSeq(
  String.raw`${WE_BESIDE}(?:\W+or)?`,
  words(3, { lead: true }),
  String.raw`${RECIPIENT}${REST}`,
  gap(10),
  alt(
    [String.raw`(?:collect|collects|analy[sz]e|access|process|receive|aggregate|obtain|store|gather|record|combine)\b`],
    [String.raw`(?:use|uses)`, gap(8), String.raw`to\s+(?:collect|gather|obtain|receive)\b`],
    [String.raw`(?:use|uses|set|sets|place|places|deploy|deploys)\b`, gap(4), String.raw`(?:${TRACKER}|technologies)`],
    // The data already named: "we and these third-party ad companies use this information to …".
    [String.raw`(?:use|uses)\s+(?:this|such|that|the\s+same)\s+(?:information|data)\b`],
  ),
);
/**
 * The service by its name and its own outside parties as joint subjects: "Acme and its business partners gather
 * information through Internet activity", "Acme and its agents may collect some information", "Acme and our advertising
 * partners also may use these technologies".
 */
const NAME_AND_ITS_THIRD = wordSeq(
  String.raw`\b(?:and|or)\s+(?:its|our)`,
  words(2, { lead: true }),
  String.raw`${RECIPIENT}${REST}`,
  gap(5),
  alt(
    [String.raw`(?:collect|collects|gather|gathers|obtain|obtains|receive|receives|record|records|track)\b`],
    [String.raw`(?:use|uses|set|sets|place|places|deploy|deploys)\b`, gap(4), String.raw`(?:${TRACKER}|technologies)`],
  ),
);
/** The service and an outside party enabled at once: "Cookies help us and third parties provide …". */
const ENABLE_US = String.raw`(?:helps?|helping|enables?|enabling|lets?|allows?|allowing)\s+us\b`;
const ENABLES_US_AND_THIRD = wordSeq(String.raw`\b${ENABLE_US}`, gap(4), RECIPIENT);
/** …by trackers, which need no data word: "These cookies enable us, our advertisers and measurement partners to …". */
const TRACKERS_ENABLE_US_AND_THIRD = wordSeq(String.raw`\b(?:${TRACKER})\b`, gap(10), ENABLE_US, gap(4), RECIPIENT);

/**
 * The CCPA's account of disclosures: "disclosed for a business purpose", "disclosed in the preceding 12 months". The
 * law's words name a disclosure to service providers or others, whoever they are (GUIDE D1).
 */
const DISCLOSED_FOR_BUSINESS = anyOf(
  wordSeq(
    String.raw`\bdisclos(?:e|es|ed|ing)\b`,
    gap(10),
    String.raw`(?:for|to)\s+(?:a|our|their)\s+business\s+purpose`,
  ),
  wordSeq(
    String.raw`\b(?:disclos(?:e|es|ed|ing)|shared)\b`,
    gap(8),
    String.raw`(?:in|within|during)\s+the\s+(?:preceding|past|last|previous|prior)\s+(?:12|twelve)\s+months`,
  ),
);

/** The user's side in a platform's contract (lexicon); not advertisers: their ads reach the visitor's device. */
const SELLER_SIDE = wordsPattern(USER_PARTIES.filter((w) => w !== 'advertiser'));
/** What an outside party does with trackers of its own on the service. */
const TRACKER_VERB = String.raw`(?:use|uses|set|sets|place|places|deploy|deploys|drop|drops|serve|serves|operate|operates)\b`;
/**
 * An outside party serving the ads on the service: "third party vendors may serve you advertisements when you visit the
 * Services", "targeted ads may be displayed to you by third parties, such as ad networks". The ad network reads the
 * visitor's device and browsing to choose and count the ad (GUIDE D1, D14).
 */
const THIRD_SERVES_ADS = anyOf(
  wordSeq(
    String.raw`\b${RECIPIENT}`,
    REST_OF_WORD,
    gap(8),
    String.raw`(?:serve|serves|show|shows|display|displays|deliver|delivers|provide|provides)\b`,
    gap(2),
    String.raw`(?:ads|advertisements|adverts)\b`,
    { needs: [/\b(?:ads|advertisements|adverts)\b/] },
  ),
  wordSeq(
    String.raw`\b(?:ads|advertisements|adverts)\b`,
    gap(8),
    String.raw`(?:served|displayed|delivered|shown)\s+to\s+you\s+by\b`,
    gap(8),
    PARTY,
  ),
);
/**
 * An outside party's own trackers on the service (GUIDE T6, T13): "these third parties may use cookies …", "third
 * parties such as … may place cookies", "we use first-party and third-party cookies", "cookies … set by our
 * third-party business partners". The party gets what its trackers collect (D1), whatever the data word.
 */
/** An outside party as the subject of a tracker verb: "our advertising partners may use cookies …". */
const PARTY_USES_TRACKERS = wordSeq(String.raw`\b${RECIPIENT}`, REST_OF_WORD, gap(6), TRACKER_VERB, gap(5), TRACKER);
const THIRD_PARTY_TRACKERS = anyOf(
  PARTY_USES_TRACKERS,
  wordSeq(
    String.raw`\b(?:we|our|this)\b`,
    gap(4),
    String.raw`(?:use|uses|using|employ|employs|set|sets|place|places|deploy|deploys|serve|serves)\b`,
    gap(6),
    String.raw`third[\s-]part(?:y|ies)`,
    SEP,
    TRACKER,
  ),
  wordSeq(TRACKER, gap(12), String.raw`(?:set|placed|stored|served|deployed|dropped)\s+by\b`, gap(6), RECIPIENT),
  wordSeq(String.raw`${TRACKER}\s+from`, gap(2), String.raw`third[\s-]part`),
  // The means with no subject of its own: "including using third-party cookies to …", "captured using first and
  // third-party cookies".
  wordSeq(String.raw`\b(?:using|through|via)\b`, gap(3), String.raw`third[\s-]part(?:y|ies)`, SEP, TRACKER),
);
/**
 * Trackers put on the service by an outside party, however the passive is said: "cookies … set through our site by us
 * or by our advertising partners", "cookies provided by trusted third parties", "operated by third parties".
 */
const PLACED_BY = String.raw`(?:${PLACED_BY_VERBS.join('|')})\b`;
/**
 * The trackers themselves, the lexicon's TrackTech words of one word: not identifiers or tracking data ("identifiers
 * provided by third parties" come in) nor scripts ("content, scripts and graphics provided by our partners").
 */
const TRACK_DEVICES = LEXICON_LISTS.TrackTech!.filter((w) => !/\s|identifier|\bid\b|data|scripts/.test(w));
const TRACK_DEVICE = String.raw`(?:${TRACK_DEVICES.join('|')}|technologies)\b`;
const TRACKERS_PLACED_BY = wordSeq(
  String.raw`\b${TRACK_DEVICE}`,
  gap(8),
  PLACED_BY,
  gap(4),
  String.raw`(?:by|through)\b`,
  gap(6),
  RECIPIENT,
);
/** …and under a cookie heading, with the trackers as "they"/"these": "They may be set by … third party providers". */
const PLACED_BY_PARTY = wordSeq(String.raw`\b${PLACED_BY}`, gap(4), String.raw`by\b`, gap(6), RECIPIENT);
/**
 * An outside party's trackers named as such: a clause that has them is about that party on the service, whatever
 * third-party sites it also names ("… third-party cookies … to show you ads on third-party sites").
 */
const THIRD_PARTY_TRACKER_NOUN = new RegExp(String.raw`\bthird[\s-]part(?:y|ies)\s+(?:${TRACKER})`);
/**
 * Third-party sites only as where an outside party tracks: each one named after a tracker verb and a place word ("… use
 * cookies to show you ads on third-party websites", "… set their own cookies when you view ads on third-party sites").
 * A site named before the verb, or not as a place, is who tracks or a site beside the party ("a third-party site you
 * visit and its partners may use cookies", "third-party sites' advertisers may set cookies"): the site's trackers, not
 * a party the service lets in (GUIDE T18).
 */
const TRACKER_VERB_AT = new RegExp(`\\b${TRACKER_VERB}`);
const PLACE_WORD = new RegExp(`^(?:${TRACKED_PLACE_PREPOSITIONS.join('|')})$`);
/** OTHER_SENSE everywhere in a clause: to check each site it names, and to read the clause with its sites left out. */
const OTHER_SENSE_ALL = new RegExp(OTHER_SENSE.source, 'g');
/** How many words before a site the place word may stand: "on other websites and third-party sites". */
const PLACE_WORD_REACH = 4;
function sitesOnlyAsPlace(lower: string): boolean {
  let seen = false;
  for (const m of lower.matchAll(OTHER_SENSE_ALL)) {
    const before = lower.slice(0, m.index);
    if (!TRACKER_VERB_AT.test(before)) return false;
    const near = before
      .split(/[^\w'’-]+/)
      .filter(Boolean)
      .slice(-PLACE_WORD_REACH);
    if (!near.some((w) => PLACE_WORD.test(w))) return false;
    seen = true;
  }
  return seen;
}
/**
 * An outside party's own trackers ("advertisers may set and access their own cookies"), or the party beside the
 * service as the subject ("we, and our carefully selected business partners, may place cookies"): the party is one the
 * service lets in, whatever third-party sites the clause names as where it tracks. Read with those sites left out, so
 * that "third-party sites" is never the party ("not robots or third-party sites, this site may make use of cookies").
 */
const OWN_OR_BESIDE_US = new RegExp(String.raw`\btheir\s+own\s+(?:${TRACKER})|${WE_BESIDE}\b`);
function partyTracksBesideSites(lower: string): boolean {
  return OWN_OR_BESIDE_US.test(lower) && PARTY_USES_TRACKERS.test(lower.replace(OTHER_SENSE_ALL, ' '));
}
/**
 * …not a linked site's own trackers, nor trackers the browser blocks ("links to third-party websites, which may set
 * their own third-party cookies", "Some browsers block third-party cookies"): no party the service lets in (GUIDE T18).
 */
const NOT_ON_THE_SERVICE =
  /\blinks?\s+to\s+(?:(?:a|an|the|any)\s+)?(?:other\s+)?(?:third[\s-]party\s+)?(?:web\s?)?(?:sites?|websites?|services?|apps?)\b|\b(?:block|blocks|blocking|disable|disables|refuse|reject|delete)\s+(?:all\s+)?third[\s-]part(?:y|ies)\s/;

/**
 * The CCPA pair joined by a slash, as one compromise term, in either order: with "sharing", or with another term after
 * it ("sales/shares/targeted advertising"); and with a bare "share(s|d)" half, which the rule reads only before the data.
 */
const SLASH_SALE = '(sales?|sell|sold|selling)';
const SLASH_SALE_SHARING = `/^(${SLASH_SALE}\\/(sharing|shar(es?|ed)\\/)|sharing\\/${SLASH_SALE}(\\/|$)|shar(es?|ed)\\/${SLASH_SALE}\\/)/`;
const SLASH_SALE_SHARE = `/^(${SLASH_SALE}\\/shar(es?|ed)|shar(es?|ed)\\/${SLASH_SALE})$/`;

/**
 * A transfer abroad with a recipient named (GUIDE D7): "transferred to … our third-party vendors' facilities in
 * various countries", "other countries in which … our subprocessors have operations", "recipients … located in
 * countries outside the EEA". Without a recipient ("our servers are in the US") it is no sharing.
 */
/** What "outside …" names as abroad: Europe, its unions and the UK (ABROAD, recipients based outside it). */
const OUTSIDE_EUROPE = 'eea|eu|europe|european|uk|united';
const ABROAD = String.raw`(?:countr(?:y|ies)|abroad|overseas|around\s+the\s+(?:world|globe)|(?:other|another|foreign|different)\s+jurisdictions?|jurisdictions|united\s+states|outside\s+(?:of\s+)?(?:the\s+|your\s+)?(?:${OUTSIDE_EUROPE}|country|region))\b`;
// The active forms too: "we may store and process … in the USA … with the help of our affiliates" (GUIDE D13).
const MOVED = String.raw`\b(?:transfer\w*|stored|stores?|processed|process(?:es)?|accessed|hosted|hosts?)\b`;
const ABROAD_RECIPIENT = String.raw`\b(?:${RECIPIENT}|sub-?processor)${REST}`;
const TRANSFER_ABROAD = anyOf(
  wordSeq(MOVED, gap(14), ABROAD, gap(12), ABROAD_RECIPIENT),
  wordSeq(MOVED, gap(12), ABROAD_RECIPIENT, gap(14), ABROAD),
  // What an outside party collected goes abroad: "data collected by cookies and Google Analytics may be transferred
  // outside the EEA" (the pattern names the party; the cue only needs the shape).
  wordSeq(
    String.raw`\b(?:collected|gathered|obtained|received)\s+by\b`,
    gap(8),
    MOVED,
    gap(4),
    String.raw`(?:outside|abroad|overseas|countr(?:y|ies)|jurisdictions|states)\b`,
  ),
  // "reserves the right to use certain service providers outside the EEA".
  wordSeq(
    String.raw`\b(?:use|uses|using|engage|engages|engaging)\b`,
    gap(3),
    ABROAD_RECIPIENT,
    gap(2),
    String.raw`(?:outside|abroad|overseas)\b`,
  ),
  // Not a dispute resolution body "located in the United States" (DPF recourse, no recipient of data).
  wordSeq(
    String.raw`(?<!resolution\s)${ABROAD_RECIPIENT}`,
    gap(6),
    String.raw`(?:located|based|operating|headquartered)\s+(?:in|outside)\b`,
    gap(6),
    ABROAD,
  ),
  // "service providers … based outside of Europe": the place right after "outside".
  wordSeq(
    String.raw`(?<!resolution\s)${ABROAD_RECIPIENT}`,
    gap(6),
    String.raw`(?:located|based|operating|headquartered)\s+outside\s+(?:of\s+)?(?:the\s+)?(?:${OUTSIDE_EUROPE})\b`,
  ),
);

/**
 * A transfer abroad that names no recipient, read with the recipients its section's earlier units named (GUIDE D13a):
 * "Such information may be transferred to other countries around the world". Only the transfer words: storage and
 * processing abroad say where the data is, not that it goes to anyone.
 */
const TRANSFER_WORD = String.raw`\btransfer(?:s|red|ring)?\b`;
/**
 * The data kept or processed where outside parties have their facilities: "stored … in other countries where we or our
 * affiliates, subsidiaries or service providers have facilities", "outside the EEA where Acme, its Affiliates or its
 * Sub-processors maintain operations" (GUIDE D13: "where we or our service providers maintain servers").
 */
const WHERE_RECIPIENTS_KEEP = wordSeq(
  String.raw`\b(?:transfer\w*|stor(?:ed|es?|ing)|process(?:ed|es|ing)?|accessed|hosted|hosts?)\b`,
  gap(30),
  String.raw`\b(?:where|which)\b`,
  gap(8),
  String.raw`\b${RECIPIENT}`,
  REST_OF_WORD,
  gap(8),
  String.raw`\b(?:maintain|maintains|have|has|operate|operates|keep|keeps|run|runs)\s+(?:their\s+|its\s+)?(?:facilities|operations|servers|offices|premises|infrastructure|data\s+cent(?:er|re)s)\b`,
);
/**
 * Data kept on machines an outside party owns: "stored on servers belonging to Acme SA and to our service providers",
 * "stored on servers of our software partner", "stored on servers owned by Acme and by our cloud storage providers".
 */
const ON_THEIR_SERVERS = wordSeq(
  String.raw`\b(?:stor(?:e|es|ed|ing)|host(?:s|ed|ing)?|kept|keeps?|held)\b`,
  gap(10),
  String.raw`\b(?:servers?|databases?|cent(?:er|re)s|infrastructure|systems)\b`,
  gap(8),
  String.raw`\b(?:of|by|to)\b`,
  gap(8),
  String.raw`\b${RECIPIENT}`,
);
/** stored-on-their-servers' patterns: the data kept on machines, and who runs them. */
const KEPT_ON_MACHINES =
  '(store|stores|stored|storing|host|hosts|hosted|hosting|kept|keep|keeps|held) .{0,10} (servers|server|databases|database|centers|centres|infrastructure|systems)';
const RUN_BY = '(owned|operated|provided|managed|run|maintained|controlled)';
const TRANSFER_OUT = wordSeq(
  TRANSFER_WORD,
  gap(14),
  String.raw`(?:countr(?:y|ies)|abroad|overseas|world|globe|jurisdictions?|outside|states)\b`,
);
/** The reason shown for a disclosure to outside companies (the general third-party rules share it). */
const SHARED_OUTSIDE_WHY =
  'Disclosing user data to outside companies (affiliates, partners, advertisers) takes it out of the service.';

/** A safeguard for transfers abroad (the lexicon's TRANSFER_SAFEGUARDS; stance.ts reads the same). */
export const SAFEGUARD = new RegExp(String.raw`\b${wordsPattern(TRANSFER_SAFEGUARDS)}\b`);
/** A safeguard that names a mechanism or a protection, not only steps (TRANSFER_STEPS); stance.ts reads the same. */
export const NAMED_SAFEGUARD = new RegExp(
  String.raw`\b${wordsPattern(TRANSFER_SAFEGUARDS.filter((w) => !TRANSFER_STEPS.includes(w)))}\b`,
);
/**
 * A place abroad the unit sends data to: other countries, outside one of OUTSIDE_PLACES, ABROAD_WORDS, or any place
 * ("wherever your information is transferred"; not "where we transfer data").
 */
const ABROAD_PLACE = String.raw`\b(?:${ABROAD}|wherever\b|outside\s+(?:of\s+)?(?:the\s+|your\s+)?${wordsPattern(OUTSIDE_PLACES)}\b|${wordsPattern(ABROAD_WORDS)}\b)`;
const ABROAD_PLACE_RE = new RegExp(ABROAD_PLACE);
/**
 * Transfer that is no sending abroad: the data moving over the network ("to protect your data during transfer", "in
 * transit") or the user's own transfer ("you may transfer your data to another service", PORTABILITY_PHRASE).
 */
const NOT_SENT_ABROAD = new RegExp(
  String.raw`\b(?:during|in)\s+(?:the\s+)?(?:transfer|transit|transmission)\b|\byou\s+(?:may|can|could|are\s+able\s+to)\s+(?:also\s+)?(?:transfer|port|move)\b`,
);
const PORTABLE_RE = new RegExp(PORTABILITY_PHRASE);
/**
 * Steps alone (TRANSFER_STEPS: "we take reasonable steps to …") guard a transfer only when the unit sends the data
 * abroad and is not about data in transit or the user's own transfer; a named safeguard needs no place.
 */
const SAFEGUARD_FOR_TRANSFER: TextTest = {
  source: String.raw`^(?:(?=[\s\S]*${NAMED_SAFEGUARD.source})|(?=[\s\S]*${ABROAD_PLACE})(?![\s\S]*(?:${NOT_SENT_ABROAD.source}|${PORTABILITY_PHRASE})))`,
  flags: '',
  test: (lower: string): boolean =>
    NAMED_SAFEGUARD.test(lower) ||
    (ABROAD_PLACE_RE.test(lower) && !NOT_SENT_ABROAD.test(lower) && !PORTABLE_RE.test(lower)),
  toString: () => '/SAFEGUARD_FOR_TRANSFER/',
};
/** The service taking on recipients as a subordinate clause's occasion: "where we use certain service providers, …". */
const WHEN_WE_USE_RECIPIENTS = wordSeq(
  String.raw`\b(?:where|when|whenever|if)\s+we\s+${wordsPattern(TAKE_ON_VERBS)}\b`,
  gap(3),
  RECIPIENT,
);
/**
 * Who receives a transfer, named in the unit itself (GUIDE D13, D13a "the recipient"): outside parties in the plural,
 * or "the recipient" of the transfer, or the data importer the service deals with ("clauses with the data importer").
 * Singular roles ("Acme as processor", "we act as data importer") name the service.
 */
const SAFEGUARD_RECIPIENT = anyOf(
  /\b(?:third[\s-]part(?:y|ies)|affiliates|partners|vendors|providers|processors|subprocessors|subcontractors|contractors|suppliers|group\s+companies|recipients?|operators)\b/,
  /\b(?:with|to)\s(?:the|a|each|any)\s(?:data\s)?importers?\b/,
);
/** One word of SAFEGUARD_RECIPIENT, to tell an outside party as a subject from the service. */
const SAFEGUARD_RECIPIENT_WORD =
  /^(?:parties|party|affiliates|partners|vendors|providers|processors|subprocessors|subcontractors|contractors|suppliers|companies|recipients?|operators|importers?)$/;
const NOT_LIMIT_WORDS = new Set(SAFEGUARD_NOT_LIMIT_WORDS);
/** The word before `at` in `unit` (lower-cased), or "" at its start. */
function wordBefore(unit: string, at: number): string {
  // A split, not a regex anchored at the end (polynomial on a run of word characters).
  return (
    unit
      .slice(Math.max(0, at - 40), at)
      .split(/[^\w'’-]+/)
      .filter(Boolean)
      .at(-1) ?? ''
  );
}
/** A subject that is the service, not an outside party: "we", or a name that is no recipient word ("Acme"). */
function serviceSubject(word: string): boolean {
  return (
    word === 'we' || (word !== '' && !SAFEGUARD_RECIPIENT_WORD.test(word) && !/^(?:they|who|which|that|it)$/.test(word))
  );
}
/** Any match of `re` (global) whose subject, the word before it, is the service. */
function serviceSays(unit: string, re: RegExp): boolean {
  for (const m of unit.matchAll(re)) if (serviceSubject(wordBefore(unit, m.index))) return true;
  return false;
}
/**
 * The service's liability for what an agent does with the data (GUIDE D8: procedure, `none role=explanation`): "we are
 * liable for data processed by our sub-processors", "we remain responsible for data hosted by our sub-processors".
 */
function liableForHandling(unit: string): boolean {
  return serviceSays(
    unit,
    /\b(?:is|are|remain|remains)\s+(?:fully\s+)?(?:liable|responsible)\s+for\b(?=[^.;:]{0,80}\b(?:processed|hosted|handled|stored)\s+(?:by|with)\b)/g,
  );
}
const NOT_RECIPIENTS_SAFEGUARD = {
  test: (unit: string): boolean =>
    // The service as the importer: data coming in (D13a), "as the data importer, Acme relies on …".
    /^\W*as\s+(?:the\s+|a\s+)?data\s+importer\b/.test(unit) ||
    serviceSays(unit, /\b(?:act|acts|serve|serves|is|are)\s+as\s+(?:the\s+|a\s+)?data\s+importer\b/g) ||
    // The service's own permission to transfer is a grant (D2), whatever safeguard it adds; an agent's is not.
    serviceSays(unit, /\b(?:may|will|can)\s+transfer\b/g) ||
    // The service's liability for an agent's onward transfer (D8).
    /\bliab(?:le|ility)\s+for\s+(?:any\s+)?onward\b/.test(unit) ||
    serviceSays(unit, /\b(?:remain|remains)\s+(?:fully\s+)?liable\b/g) ||
    liableForHandling(unit) ||
    unit.split(/\W+/).some((w) => NOT_LIMIT_WORDS.has(w)),
};
/** The unit names no safeguard: one that does is the safeguard rule's (its transfer is the occasion, D13a). */
const NO_SAFEGUARD = new RegExp(String.raw`^(?![\s\S]*${SAFEGUARD.source})`);
/**
 * Data coming in (GUIDE D13a, D10): the service's own certification under a framework ("we participate in the Data
 * Privacy Framework", "should these certifications lapse"): the service receives, no recipient of the section gets the
 * data. "Certifications" ending a list of mechanisms ("Standard Contractual Clauses, Certifications") is one of the
 * recipients' safeguards.
 */
const COMING_IN =
  /\b(?:participates?|participating|certified|certifications?(?!\s*(?:[.;]|$))|self-certif\w*|adheres?|adhering)\b/;
/**
 * A transfer "from the EEA" is read by where it goes (GUIDE D13a). To the service itself ("to us", "to our servers",
 * "to the United States, which is where we are based"): data coming in. On to other countries or to recipients ("from
 * the EEA to third countries", "… to countries that … not deemed adequate", "… to a recipient outside the EEA"): out to
 * the section's recipients, whoever sends it. To a country alone ("to the United States"), or a destination not after
 * "from" ("where a transfer to a third country is made from the UK", an importer's terms): out when the service sends
 * it ("when we transfer personal data from the EU to the United States"), in otherwise.
 */
const FROM_EUROPE = String.raw`\bfrom\s(?:the\s)?(?:eea|european|eu|uk|united\skingdom|switzerland|swiss)\b`;
const TO_THE_SERVICE = String.raw`\bto\s+(?:us\b(?!-)|the\s+company\b)|\bto\s+(?:our|its)\s+(?:own\s+)?(?:servers?|systems?|data\s+cent(?:er|re)s?|headquarters|offices?|facilities|infrastructure)\b|\bwhere\s+(?:we|it)\s+(?:are|is)\s+(?:based|located|headquartered|established)\b`;
const TO_ELSEWHERE = String.raw`\bto\s+(?:(?:the|a|an|any|certain|some|our)\s+)?(?:${wordsPattern(ABROAD_WORDS)}|countries\s+(?:that|which|without|not|outside)|non-[\w-]+\s+countr|${RECIPIENT})`;
const WE_TRANSFER_FROM = String.raw`\bwe\s(?:(?:${MODAL_WORDS.join('|')}|also|do|does|often|sometimes|\w+ly|need\s+to|have\s+to)\s){0,2}transfer\s(?:[\w’'-]+\s){0,3}?from\s`;
/**
 * The service relying on a safeguard for the transfers it makes: "for transfers from the EEA and the UK, we rely on
 * adequacy decisions" (the service sends; data it only receives is said with "to us" or a certification, COMING_IN).
 * Not a framework the importer joins ("we rely on the EU-U.S. Data Privacy Framework", "the Privacy Shield"): that is
 * the service receiving data in the United States (GUIDE D13a).
 */
const WE_RELY_ON = String.raw`\bwe\s(?:(?:${MODAL_WORDS.join('|')}|also|generally|\w+ly)\s){0,2}(?:${wordsPattern(RELY_VERBS)})\s(?:up)?on\s(?![^;]{0,80}?\b(?:data\sprivacy\sframework|dpf|privacy\sshield)\b)`;
/** A European place a transfer leaves from, by short or full name: "the EEA", "the European Union (EU)", "Switzerland". */
const EUROPE_PLACE = String.raw`(?:the\s)?(?:eea|eu|uk|european\s(?:economic\sarea|union)|united\skingdom|switzerland)(?:\s\([a-z]{2,3}\))?`;
/**
 * The noun "for transfers (of personal data) from the EEA (, the UK and Switzerland)" with no destination after it: the
 * list ends the lead-in (a comma, or "we" at once). Only the noun: "when our customers transfer personal data from the
 * EEA, we rely on …" names another sender; a destination ("from the EEA to us") is read by TO_ELSEWHERE and
 * TO_THE_SERVICE.
 */
const FROM_EUROPE_ALONE = String.raw`\bfor\s(?:(?:the|any|such|all)\s)?transfers?\s(?:of\s(?:[\w-]+\s){1,3}?)?from\s${EUROPE_PLACE}(?:(?:,\s|,?\s(?:and|or)\s)${EUROPE_PLACE}){0,3}(?:\s?[,;)]|\swe\b)`;
/** Out of Europe on to other countries or recipients: "from the EEA (…) to third countries", in one sentence part. */
const FROM_EUROPE_TO_ELSEWHERE = wordSeq(FROM_EUROPE, run(120, '[^.;:]'), TO_ELSEWHERE);
const FROM_EUROPE_RE = new RegExp(FROM_EUROPE);
const TO_THE_SERVICE_RE = new RegExp(TO_THE_SERVICE);
const WE_TRANSFER_FROM_RE = new RegExp(WE_TRANSFER_FROM);
const WE_RELY_ON_RE = new RegExp(WE_RELY_ON);
const FROM_EUROPE_ALONE_RE = new RegExp(FROM_EUROPE_ALONE);
/** No data coming in: each piece tested on its own (as one regex with the run inside lookaheads it was polynomial). */
const NOT_COMING_IN: TextTest = {
  source: String.raw`^(?![\s\S]*(?:${COMING_IN.source}))(?:(?![\s\S]*${FROM_EUROPE})|(?![\s\S]*(?:${TO_THE_SERVICE}))(?=[\s\S]*(?:${FROM_EUROPE_TO_ELSEWHERE.source}|${WE_TRANSFER_FROM}|(?=[\s\S]*${FROM_EUROPE_ALONE})[\s\S]*${WE_RELY_ON})))`,
  flags: '',
  test: (lower: string): boolean =>
    !COMING_IN.test(lower) &&
    (!FROM_EUROPE_RE.test(lower) ||
      (!TO_THE_SERVICE_RE.test(lower) &&
        (FROM_EUROPE_TO_ELSEWHERE.test(lower) ||
          WE_TRANSFER_FROM_RE.test(lower) ||
          (WE_RELY_ON_RE.test(lower) && FROM_EUROPE_ALONE_RE.test(lower))))),
  toString: () => '/NOT_COMING_IN/',
};
/** The safeguards as compromise sequences ("adequacy decision*": the word and its plural). */
const SAFEGUARD_MATCH = `(${TRANSFER_SAFEGUARDS.flatMap((w) => (w.endsWith('*') ? [w.slice(0, -1), `${w.slice(0, -1)}s`] : [w])).join('|')})`;
/**
 * Compliance with a framework's principles for onward transfers (GUIDE D13, D2): an onward transfer goes to a third
 * party, so the principles bind the recipients ("Acme complies with the DPF Principles for all onward transfers of
 * personal data from the EU"). A finite verb, not the user's: the noun ("questions about our compliance with the
 * Principles or onward transfers", "jurisdiction over Acme's compliance") points to the framework, and principles listed
 * beside onward transfers ("… the Principles and onward transfers") are no principles for them (D8: explanation). The
 * liability it accepts for them is a veto's (data_sharing.onward-transfer-liability).
 */
const ONWARD_UNDER_PRINCIPLES = wordSeq(
  String.raw`(?<!\byou\s)\b(?:comply|complies|complied|conform|conforms)\s+(?:with|to)\b`,
  gap(24),
  String.raw`(?:principles|framework|frameworks|dpf|shield)\s+(?:for|regarding|concerning|with\s+respect\s+to|in\s+respect\s+of)\s+(?:all\s+|any\s+)?onward\s+transfers?\b`,
);

/**
 * Cooperating with authorities in an investigation hands them what they ask for: "we may cooperate with law
 * enforcement authorities", "reserves the right to cooperate fully with governmental or regulatory authorities".
 */
const COOPERATE_WITH_AUTHORITIES = wordSeq(
  String.raw`\bcooperat(?:e|es|ing)\s+(?:fully\s+)?with`,
  gap(5),
  String.raw`(?:law\s+enforcement|authorit|government|regulator|police|courts?\b)`,
);
/** "provide <recipient> with <what>", `what` within `near` words of "with": providing, the recipient named first. */
function provideWith(near: number, what: string): TextTest {
  return wordSeq(String.raw`\b(?:provid|suppl)`, REST_OF_WORD, gap(8), 'with', gap(near), what);
}
/** An identifier provided to a recipient is data, though no data word names it: "provide partners with your device ID". */
const ID_PROVIDED = provideWith(3, String.raw`(?:ids?|identifiers?)\b`);
/**
 * Clause shapes that are a disclosure without any data word (list items, named processors, engaged vendors): one
 * list for the category pre-filter and the "no data in clause" veto, so the two cannot drift apart. The shapes with
 * extra conditions (length, no subject, not the user assigning) are spelled out in the veto.
 */
const NO_DATA_WORD_NEEDED: readonly TextTest[] = [
  ID_PROVIDED,
  AUTHORITY_ITEM,
  SHARE_ITEM,
  ENGAGE,
  ANALYTICS_USE,
  RECIPIENT_INCLUDE,
  RECIPIENT_KINDS_NAMED,
  INFRA_BY,
  NAMED_SERVICE,
  LET_USE,
  LET_ASSIST,
  PROCESSOR_NAMED,
  ADS_WITH_PARTNERS,
  DISCLOSES_THE_FOLLOWING,
  SERVICES_USED,
  COMPANY_ROLE,
  WE_AND_THIRD,
  NAME_AND_ITS_THIRD,
  TRACKERS_ENABLE_US_AND_THIRD,
  COOPERATE_WITH_AUTHORITIES,
  THIRD_PARTY_TRACKERS,
  THIRD_SERVES_ADS,
  TRACKERS_PLACED_BY,
  DISCLOSED_FOR_BUSINESS,
  TRANSFER_ABROAD,
  BOUND_TO_POLICY,
  BOUND_TO_CONFIDENTIALITY,
  CONTRACT_BINDS_RECIPIENT,
  CHOSEN_FOR_GUARANTEES,
  JOINT_ROLE,
  SUBPROCESSORS_ENGAGED_DIRECTLY,
  OBJECTS_BY_LEAVING,
];

/**
 * "opt out of such sharing", "object to this disclosure", "withdraw your consent … to the … disclosure, or transfer",
 * "adjust your sharing preferences".
 */
/** What makes a transfer the user's portability right: a portable copy, or the transfer the user asks for. */
const PORTABLE = PORTABILITY_PHRASE;
/** …and another party it goes to: "to you or to a third party", "another controller", "a third party of your choice". */
const PORTED_PARTY = String.raw`(?:you\s+or\s+(?:to\s+)?)?(?:a|an|any|another|the\s+other|other)\s+(?:(?:new|different|data|third[\s-]party)\s+)?(?:third[\s-]part(?:y|ies)|controllers?|organi[sz]ations?|compan(?:y|ies)|entity|business|service\s+providers?|providers?|recipients?|service|party)`;
const PORTED_TO = String.raw`(?:to\s+${PORTED_PARTY}|${CHOSEN_THIRD_PARTY})\b`;
/**
 * Data portability to another party at the user's request ("the right to data portability, which means you can ask us
 * to provide your personal information to you or to a third party", "request that we transfer it to another
 * controller"): a transfer the user starts (GUIDE D4). Portability to the user alone names no recipient.
 */
const PORTABILITY_TO_OTHER = anyOf(
  wordSeq(
    String.raw`\b(?:portab[\w-]*|(?:have\s+the|your)\s+right\s+to\s+(?:transfer|transmit|receive)|(?:request|ask)\s+(?:that\s+we|us\s+to)\s+(?:transfer|transmit|send|provide|move))\b`,
    gap(40),
    String.raw`to\s+(?:a\s+|an\s+|any\s+|another\s+)?(?:third[\s-]part(?:y|ies)|controller|party|organi[sz]ation|company|entity|business|(?:new\s+)?service\s+provider|provider)\b`,
  ),
  // The same in other words: a portable copy or a requested transfer, and another party as where it goes ("Request the
  // transfer of your personal data to you or to a third party", "ask us to transfer … to you or another organization",
  // "provide to you, or a third party you have chosen, your personal data in a structured … format"), either first.
  wordSeq(PORTABLE, gap(40), PORTED_TO),
  wordSeq(PORTED_TO, gap(40), PORTABLE),
  // The right said as its two acts: "to receive your personal data and to transfer it to another controller", "to
  // receive your information in a … format and to share it with a third party"; "request to have data … transferred
  // to another recipient".
  wordSeq(String.raw`\breceive\b`, gap(24), String.raw`(?:transfer|transmit|share|send)\s+(?:it|them)\s+${PORTED_TO}`),
  // "With" only here, after the user receives their own data and shares it: elsewhere "with another service provider"
  // is the service's recipient, and "receive our newsletter and share it with another company" no data of the user's.
  wordSeq(
    String.raw`\breceive\s+(?:(?:a\s+)?cop(?:y|ies)\s+of\s+)?(?:your|the|such|this|that|these|those|any)\b`,
    gap(24),
    String.raw`(?:transfer|transmit|share|send)\s+(?:it|them)\s+with\s+${PORTED_PARTY}\b`,
  ),
  wordSeq(String.raw`\b(?:request|ask)\s+to\s+have\b`, gap(8), String.raw`transferred\s+${PORTED_TO}`),
);
/**
 * The law in general, not the service's practice (G8): "certain state laws provide …", "residents of certain states have
 * the right to …", "some U.S. states give their residents the right to …" (not "under state laws, you have the right
 * …", nor "Residents of California can opt out … by clicking …", the user's); or a pointer to the section on the right.
 */
const LAW_IN_GENERAL_BEFORE =
  /\blaws?\s+(?:provide|give|grant|afford)s?\b|\brefer\s+to\s+(?:the\s+)?section\b|\b(?:residents|consumers)\s+(?:of|in)\s+(?:certain|some|several|other|many)\s+(?:u\.?s\.?\s+)?(?:states|jurisdictions)\s+(?:may\s+)?(?:have\s+(?:the\s+)?rights?|are\s+entitled)\b|\b(?:certain|some)\s+(?:u\.?s\.?\s+)?states\s+(?:provide|give|grant|afford)\b/;
/** A pointer to the section on the right after an opt-out ("…, refer to the section below"): no choice stated here. */
const SECTION_POINTER_AFTER = /^[^.;]{0,80}\brefer\s+to\s+(?:the\s+)?section\b/;
/**
 * The right to opt out named as the topic of a pointer, not offered: "Please refer to the Right to Opt-out of Sale or
 * Sharing section below", "Learn more about the right to opt out of …", "For more information on U.S. state rights,
 * including the right to opt out of …, see Section 9" (GUIDE: role=pointer; G8). Read in code on the clause before
 * the opt-out: the pointer must govern the right itself, as the title it points to or the topic of its head, or name
 * the rights that include it with no verb of its own between ("Details on how we process data are below, and we give
 * every visitor the right to opt out …" states it). A pointer that gives a way to opt out in the rest of the unit ("visit
 * the Right to Opt-Out form and submit your request", "which you may exercise by emailing …") offers the choice.
 */
const POINTED_RIGHT_TITLE = String.raw`["“']?(?:(?:the|our|your)\s+)?(?:${wordsPattern(TITLED_PARTS)}\s+${wordsPattern(TITLED_WORDS)}\s+)?["“']?`;
const POINT_AT_RIGHT = new RegExp(
  String.raw`\b${wordsPattern([...DESCRIBED_POINTS.filter((w) => w !== 'click' && w !== 'contact us'), ...RIGHT_POINTER_VERBS])}\s+${POINTED_RIGHT_TITLE}rights?\s+to$`,
);
const POINTER_HEAD = String.raw`\b${wordsPattern([...DESCRIBED_HEAD_NOUNS, ...RIGHT_POINTER_HEADS])}\s+${wordsPattern(DESCRIBED_HEAD_PREPOSITIONS)}\s+`;
const HEAD_ON_RIGHT = new RegExp(String.raw`${POINTER_HEAD}${POINTED_RIGHT_TITLE}rights?\s+to$`);
/** "information about the rights available to you …": the head on rights that a later ", including the right to" names. */
const POINTER_HEAD_ANYWHERE = new RegExp(POINTER_HEAD);
const RIGHTS_AFTER_HEAD = /^(?:(?:the|your|our)\s+)?(?:[\w-]+\s+){0,3}?rights\b/;
const INCLUDING_RIGHT_TO = /,\s*including\s+(?:the\s+)?rights?\s+to$/;
/** A verb or a new subject between the head and the right: the clause states something of its own. */
const GAP_STATES = /\b(?:is|are|was|were|has|have|we|and|but|gives?|grants?|honou?rs?|provides?|offers?)\b/;
const WAY_TO_OPT_OUT = new RegExp(String.raw`\b${wordsPattern(OPT_OUT_MEANS)}\b`);
function rightNamedByPointer(before: string, after: string): boolean {
  const tail = before.slice(-240).replace(ABBREVIATION_PERIOD, ' ').trimEnd();
  const clause = tail.slice(Math.max(tail.lastIndexOf('.'), tail.lastIndexOf(';'), tail.lastIndexOf(':')) + 1);
  let pointed = POINT_AT_RIGHT.test(clause) || HEAD_ON_RIGHT.test(clause);
  const including = pointed ? null : INCLUDING_RIGHT_TO.exec(clause);
  if (including) {
    const head = POINTER_HEAD_ANYWHERE.exec(clause.slice(0, including.index));
    const start = head ? head.index + head[0].length : 0;
    const rights = head ? RIGHTS_AFTER_HEAD.exec(clause.slice(start, including.index)) : null;
    pointed = rights !== null && !GAP_STATES.test(clause.slice(start + rights[0].length, including.index));
  }
  return pointed && !WAY_TO_OPT_OUT.test(after);
}
/**
 * The way to keep the data from being shared is not to start the feature (GUIDE D4): "if you do not want your
 * information shared in this way, do not connect your account", "… you should not make use of these services".
 */
const NOT_WANT_SHARED = wordSeq(
  String.raw`\bnot\s+(?:want|wish)\b`,
  gap(6),
  String.raw`(?:shared|disclosed|transferred|provided\s+to)\b`,
);
const OPT_OUT_OF_SHARING = anyOf(
  wordSeq(
    String.raw`\b(?:opt(?:ing)?[\s-]?out|object)["”’']?\s+(?:of|to|from)`,
    gap(6),
    String.raw`(?:shar(?:ing|es?|ed)|disclosures?|transfers?)\b`,
  ),
  wordSeq(String.raw`\bwithdraw\s+(?:your\s+)?consent\b`, gap(8), String.raw`(?:sharing|disclosures?|transfers?)\b`),
  /\b(?:adjust|change|manage|update)\s+your\s+(?:data\s+)?sharing\s+(?:preferences|settings|choices)\b/,
  wordSeq(
    String.raw`\b(?:right\s+to|(?:ask|request)\s+us\s+to)\s+(?:restrict|limit)\b`,
    gap(6),
    String.raw`(?:sharing|disclosures?|transfers?)\b`,
  ),
);
/** "opt out of the sale or sharing of …", "Do Not Sell My Personal Information or Share It". */
const OPT_OUT_OF = String.raw`\b(?:opt[\s-]?out|(?:be|been|being|is|are)\s+(?:[\w-]+\s+)?opted[\s-]?out|object)["”’']?\s+(?:of|to|from)`;
/** The CCPA's pair of words, as the opt-out rules read them. */
const SALE_WORD = String.raw`(?:sales?|sell|sold|selling)\b`;
const SHARING_WORD = String.raw`shar(?:ing|es?|ed)\b`;
const OPT_OUT_OF_SALE_AND_SHARING = anyOf(
  wordSeq(OPT_OUT_OF, gap(6), SALE_WORD, gap(6), SHARING_WORD),
  // The pair the other way round, as one term: "opt out of the sharing/sale of …".
  wordSeq(OPT_OUT_OF, gap(6), String.raw`shar(?:ing|es?|ed)\/(?:sales?|sell|sold|selling)\b`),
  wordSeq(String.raw`\b(?:do\s+not|don['’]t)\s+sell\b`, gap(4), String.raw`or\s+share\b`),
);
/**
 * An opt-out whose object reaches the CCPA pair further on than OPT_OUT_OF_SALE_AND_SHARING looks: "opt out of
 * activities that may constitute “targeted advertising”, “sharing”, or “sales”", "opted out from profiling, ad
 * targeting and sale/sharing of …", "opt that browser out of cookies that result in a “sale” or “sharing”". The pair
 * in either order, or joined by a slash; "having opted out" and "opt <it> out" as well.
 */
/** Units without both words skip the walk from every opt-out. */
const SALE_AND_SHARE_NEEDED = { needs: [/\bshar/, /\b(?:sale|sell|sold)/] };
const OPT_OUT_OF_WHAT_LAW_CALLS_SHARING = anyOf(
  wordSeq(OPT_OUT_OF, gap(14), SALE_WORD, gap(8), SHARING_WORD, SALE_AND_SHARE_NEEDED),
  wordSeq(
    String.raw`\bhaving\s+opted[\s-]?out\s+(?:of|to|from)\b`,
    gap(14),
    SALE_WORD,
    gap(8),
    SHARING_WORD,
    SALE_AND_SHARE_NEEDED,
  ),
  // "opt <it> out of …": the gap stepped in code (an unbounded word run in one regex is polynomial).
  wordSeq(
    String.raw`\bopt\s+(?:that|this|the|your|their|its|a|any)\b`,
    gap(4),
    String.raw`out\s+(?:of|from)\b`,
    gap(14),
    SALE_WORD,
    gap(8),
    SHARING_WORD,
    SALE_AND_SHARE_NEEDED,
  ),
  wordSeq(OPT_OUT_OF, gap(14), SHARING_WORD, gap(2), SALE_WORD, SALE_AND_SHARE_NEEDED),
  wordSeq(
    OPT_OUT_OF,
    gap(14),
    String.raw`(?:sales?|sell|sold|selling)\/shar|shar(?:ing|es?|ed)\/(?:sales?|sell|sold|selling)\b`,
    SALE_AND_SHARE_NEEDED,
  ),
);
/**
 * The privacy laws' sense of the pair within the opt-out's reach (GUIDE D10): a term in quotes ("“sales”"), the
 * slash form ("sale/sharing"), or the data or advertising it is said of. A shop's "seasonal sales and items shared by
 * other members" has none.
 */
const CCPA_SENSE = new RegExp(
  String.raw`[“"‘'](?:sales?|sell|sold|selling|shar(?:ing|es?|ed))\b|\b(?:sales?|sell|sold|selling|shar(?:ing|es?|ed))\/|\b${wordsPattern(CCPA_SENSE_WORDS)}\b`,
);
/** What still happens after the opt-out ("having opted out of …, you may still see …"): no choice over the pair. */
const STILL_AFTER_OPT_OUT = /\b(?:still|continue\s+to|nevertheless)\b/;
/** "sell or share", "“sale” or “sharing”": the CCPA's pair of terms. */
// The comma form not as the middle of a longer list ("any profiling, sale, sharing, targeted advertising").
const SALE_AND_SHARING =
  /\b(?:sales?|sell|sold|selling)["”’']?\s+(?:or|and|nor)\s+["“‘']?shar(?:ing|es?|ed)\b|(?<![,;]\s?)\b(?:sales?|sell|sold|selling),(?:\s+nor\s+do\s+we)?\s+shar(?:ing|es?|ed)\b/;
/** "consent to the disclosure", "consent to such sharing": consent to the act, named as a noun. */
const CONSENT_TO_DISCLOSURE = /\bconsents?\s+to\s+(?:(?:the|such|any|this|that)\s+)?(?:disclosures?|sharing)\b/;
/**
 * The service sharing with a party named by its role in the service ("we share with the Driver the Rider's pickup",
 * "we share the Buyer's city with the Seller"): a determiner, then any noun. What follows "with the" is no recipient in
 * WITH_NO_RECIPIENT.
 */
const WE_SHARE_WITH = wordSeq(
  String.raw`\bwe\s+(?:(?:may|might|will|also|then|only|eventually|do|does|can|would|could|not|never)\s+){0,3}(?:share|disclose)\b`,
  gap(12),
  String.raw`with\s+(?:the|each|every|other|a|an|any|that|this|these|those)\b`,
);
const WITH_NO_RECIPIENT =
  /\bwith\s+(?:the|a|an|each|every|any|this|that|these|those|other)\s+(?:same|following|exception|help|purpose|aim|goal|intention|understanding|assistance|support|rest|best|utmost|highest|greatest|least|consent|permission|approval|authori[sz]ation|agreement|instructions?|option|ability|care|security|protection|exceptions?|express|prior|limited|appropriate|necessary|privacy|policy|terms|laws?|applicable|requirements|principles|standards)\b/i;
/**
 * The service's practices (not the word "disclosures") named by a privacy law's terms: "some of the ways in which we share
 * … may be considered 'sales' or 'sharing'", "participation in certain ad networks can constitute a 'sale' or 'sharing'"
 * (a branch of DISCLOSURES_ARE_SALE; the rule's patterns ask for the data and the service as the one who shares).
 */
const PRACTICES_ARE_SALE = wordSeq(
  String.raw`\b(?:ways?|participation)\b`,
  gap(30),
  String.raw`(?:constitutes?|considered|deemed|qualif(?:y|ies)\s+as)\b`,
  gap(4),
  String.raw`(?:sales?|selling|shar(?:e|ing))\b`,
);
/**
 * Part of the service's ways of sharing, as a sentence of the policy, not the policy announcing them: "some of the ways
 * in which we share …", "certain ways we …" (with PRACTICES_ARE_SALE, the META veto lets it through); not "the ways in
 * which we collect, use, and share …", "none of the ways …", "ways in which you can share …".
 */
const SOME_OF_OUR_WAYS = new RegExp(
  String.raw`\b(?:(?:${wordsPattern(PARTITIVE_WORDS)})\s+of\s+(?:the\s+)?|certain\s+)ways?\s+(?:in\s+which\s+)?we\b`,
);
/**
 * The service's disclosures named as what a privacy law calls a sale or "sharing": "some of these disclosures may
 * constitute 'sharing' or the 'sale' of personal information", "this sharing … may also be considered a sale",
 * "Acme engages in 'selling' or 'sharing'". The disclosures are stated as a fact; the law's name for them is data_sale's.
 */
const DISCLOSURES_ARE_SALE = anyOf(
  wordSeq(
    String.raw`\b(?:disclosures?|sharing|transfers)\b`,
    gap(26),
    String.raw`(?:constitutes?|considered|deemed|amounts?\s+to|qualif(?:y|ies)\s+as)\b`,
    gap(3),
    String.raw`(?:sales?|selling|sharing)\b`,
  ),
  wordSeq(String.raw`\bengages?\s+in`, gap(1), String.raw`(?:selling|sales?)\W+(?:or|and)\W+sharing\b`),
  PRACTICES_ARE_SALE,
);
/** "consent to the collection, use, and disclosure of your information", "agree to … our collection, use and sharing". */
const CONSENT_TO_USES = wordSeq(
  String.raw`\b(?:consent|consents|agree|agrees)\s+to`,
  gap(1),
  String.raw`(?:collection|collecting|access|use|using|processing|storage|storing)\b`,
  gap(6),
  String.raw`(?:disclosure|disclosing|sharing)\b`,
);
/** The service acting "directly or through" an outside party: "we may, directly or through third parties, …". */
const DIRECTLY_OR_THROUGH = wordSeq(
  String.raw`\b(?:directly|ourselves|itself)\s+or\s+(?:indirectly\s+)?(?:through|via|by)`,
  gap(3),
  RECIPIENT,
);
/** The data words of the recipient-first shapes ("provide partners with your email address"). */
const RECIPIENT_FIRST_DATA = String.raw`(?:data|information|details|e-?mail|address|identifiers?|ids?\b|content|records|names?)`;
/** "provide these marketing partners with your email address". */
const PROVIDE_WITH_DATA = provideWith(5, RECIPIENT_FIRST_DATA);
/** The double object of "give": "we may give our partners your email address". */
const GIVE_RECIPIENT_DATA = wordSeq(
  String.raw`\b(?:give|gives|giving|gave)\b`,
  gap(3),
  RECIPIENT,
  REST_OF_WORD,
  gap(5),
  RECIPIENT_FIRST_DATA,
);
/**
 * A denial, then a second sharing in the same sentence (GUIDE G4, the widest right wins): "we do not share any
 * personal information with that party, we only provide anonymized … data", "while we do not share your purchases
 * with ad companies, we may share an advertising identifier".
 */
const DENIAL_THEN_SHARE = wordSeq(
  String.raw`\b(?:not|never|n['’]t)\s+(?:share|disclose|provide|give|pass|transfer)`,
  REST_OF_WORD,
  run(200, '[^.;:!?]'),
  // What goes to the user or is the service itself is no sharing: "…, we only provide you with the service".
  String.raw`,\s+(?:but\s+|and\s+)?we\s+(?:(?:only|may|also|instead|will|do)\s+){0,2}(?:share|provide|disclose|give|pass|send|transfer)\b(?!\s+(?:you|(?:the|our)\s+services?)\b)`,
);

/** "the personal information we share includes …". */
// Only as the sentence's subject: "sell any personal information we share with them" presupposes the sharing (G4).
const DATA_WE_SHARE =
  /^[^\w-]*(?:(?:the|all|any|such)\s+)?(?:[\w-]+\s+){0,2}?(?:information|data|details)\s+(?:(?:that|which)\s+)?we\s+(?:share|disclose|transfer)\b/;

/** "Share" as the CCPA's noun, or "share the same …" / "share common …" with no share verb after it. */
const SHARE_OTHER_SENSE = {
  test(evidence: string): boolean {
    const ev = evidence.toLowerCase();
    if (/^shares?\s+of\b/.test(ev)) return true;
    const m = /^shar\w*\s+(?:the\s+same|a\s+common|common)\b/.exec(ev);
    return !!m && !SHARE_ACT.test(ev.slice(m[0].length));
  },
};
/** Data coming in: "information provided to us by our payment processors" (the processors are the source). */
const TO_US_BY = /\b(?:to|with)\s+us\s+by\b/;
/** A match that opens with something provided by someone other than the service, or on/via/through somewhere. */
const OPENS_PROVIDED =
  /^(?:provided|supplied|distributed|offered)\s+(?:by\s+(?!(?:us|we|ourselves)\b)|(on|via|through)\b)/;
/** A match that opens with something given or sent to the user ("provide our offerings to you", "send you offers"). */
const OPENS_TO_YOU = /^(?:provid|send|sent|giv)\w*\s+(?:you\b|(?:[\w’'-]+\s+){0,4}?to\s+you\b)/;
/**
 * A match that opens with something other than data provided, given or offered: "provide non-commercial links or
 * references to third parties", "provide security for our websites", "give the option
 * to advertisers", "provide a mechanism to opt out of the advertising partners' use", "provide notification of your
 * request to any third parties", "the licence provided for in section 3". The object is a link, a tool, a choice or a
 * notice, not the user's data (GUIDE data_sharing: personal data disclosed). Not "access" ("provide access to your data
 * to our vendors" lets the data out), "content" ("make your content available to partners") nor "services" (a list of
 * recipients: "service providers that provide services to Acme and its affiliates").
 */
// The noun must end its phrase: "provide product usage information", "security logs containing your IP address" and
// "any products you purchase and your shipping address" provide data.
const OPENS_NOT_DATA = new RegExp(
  String.raw`^(?:provid|giv|offer)\w*\s+(?:for\b|(?:(?:a|an|the|our|its|their|any|such|certain|additional|clear|reasonable|(?:non-)?commercial)\s+){0,2}${wordsPattern(PROVIDED_NOT_DATA)}(?=\s*(?:$|[,;.)]|(?:to|for|with|or|of)\b)))`,
);
/** A recipient after "to": "distributed via our network to partner advertisers" discloses. */
const TO_PARTY = wordSeq(String.raw`\bto\b`, gap(2), RECIPIENT);
/** The data given, provided or sent on: "by giving your email to advertisers". */
const GIVES_DATA = wordSeq(
  String.raw`\b(?:giv|provid|send|sent)`,
  REST_OF_WORD,
  String.raw`\s+(?:your|the|this|that|such|their)\b`,
  gap(3),
  String.raw`to\b`,
);
/**
 * Licensed works the service makes available ("sound recordings and musical works … that Acme, through a third-party
 * license, may make available to Creators"): the service's catalogue, not the user's data.
 */
const LICENSED_WORKS_BEFORE =
  /\b(?:sound\s+recordings|musical\s+works|music|songs|sound\s+effects)\W{0,3}(?:that|which)\s[^.;:]{0,80}$/;
/**
 * "third-party artificial intelligence models", "third-party websites", "the Partner APIs": an adjective, no recipient.
 * "Transfers to third party payment accounts", "a transfer to a third party solution": a place, not a recipient.
 */
const THIRD_PARTY_AS_ADJECTIVE =
  /^[\s-]*(?:part(?:y|ies)\s+)?(?:artificial|ai|machine|models?|algorithms?|software|apis?|web\s*sites?|sites?|links?|(?:payment\s+)?accounts?|wallets?|solutions?)\b/;
/**
 * The user's data in an object: their own, personal, about or from them, or a data term of the lexicon not said of the
 * service's things ("information about our products" is the service's own). Bare "name", "email", "phone" stay out:
 * "our brand name", "our phone and email support"; so does "content" not the user's: content "submitted to or through
 * the Services" made available to other companies is the licence's syndication, not a disclosure of the user's data.
 */
const USERS_DATA_OBJECT = new RegExp(
  String.raw`\b(?:your|personal(?:ly)?)\b|\b(?:about|from|of)\s+you\b|\bwe\s+collect\b|\b${wordsPattern(LEXICON_LISTS.UserData!.filter((w) => !/\bcontent\b/.test(w)))}\b(?!\s+(?:about|on|regarding|concerning|of)\s+(?:our|the\s+service))`,
);
/**
 * "make <object> available to <recipient>" past four words of object is read only when the object names the user's
 * data ("make your name, email address and phone number available to our partners", "make certain information
 * collected about you … available"), not the service's own things ("make our products, apps and services available to
 * partners", "make our email templates and other marketing tools available").
 */
function madeAvailableFarNotUsers(evidence: string): boolean {
  if (!/^ma(?:k|de)/i.test(evidence)) return false;
  const ws = plainWords(evidence.toLowerCase());
  if (!MAKE_FORMS.has(ws[0] ?? '')) return false;
  const end = ws.findIndex((w) => AVAILABLE_WORDS.has(w));
  const object = ws.slice(1, Math.max(1, end));
  return object.length > 4 && !USERS_DATA_OBJECT.test(objectHead(object).join(' '));
}
const RELATIVE_WORD = new RegExp(String.raw`^${wordsPattern(RELATIVE_PRONOUNS)}$`);
/**
 * A long object up to its first relative clause: the user's data inside "our API, which lets you export your data," or
 * "every reasonable effort to ensure that your personal data is not …" describes the service's thing, not what is made
 * available. "that" before a data word is a determiner ("all of that information") and does not end the head.
 */
function objectHead(object: readonly string[]): readonly string[] {
  const cut = object.findIndex(
    (w, i) => i > 0 && RELATIVE_WORD.test(w) && !(w === 'that' && DATA_WORD.test(object[i + 1] ?? '')),
  );
  return cut < 0 ? object : object.slice(0, cut);
}
const DISCLOSURE_GERUND = new RegExp(String.raw`^${wordsPattern(DISCLOSURE_GERUNDS)}\b`);
/** Abbreviations whose period ends no sentence: "(e.g. ad networks)". */
const ABBREVIATION_PERIOD = /\b(?:e\.\s?g|i\.\s?e|u\.\s?s|viz|cf|incl|etc)\./g;
/**
 * A disclosure named as the subject of how the law may treat it ("Making Personal Information … available to these
 * companies may be considered a “sale” under the CCPA"): an explanation that presupposes it (GUIDE D10). Not when the
 * service goes on to its own act ("…, and we do so"), when the sentence denies the sale ("is not considered a sale":
 * a disclosure that is no sale stays one, D1), when the user may opt out of it (S3, D10: an opt-out of a sale is a
 * disclosure the service makes), or a treatment other than a sale ("is considered necessary to provide the service").
 */
function disclosureAsSaleSubject(before: string, evidence: string, after: string): boolean {
  if (/\w/.test(before.split(/[.;:!?]/).pop() ?? '')) return false;
  if (!DISCLOSURE_GERUND.test(evidence)) return false;
  const rest = after.replace(ABBREVIATION_PERIOD, ' ').split(/[.;!?]/)[0] ?? '';
  const sale = MAY_BE_SALE.exec(rest);
  if (!sale) return false;
  if (PLAIN_DENIAL.test(rest.slice(0, sale.index + sale[0].length))) return false;
  if (/\bopt(?:[\s-]?s)?[\s-]?out\b|\bopting[\s-]out\b|\bdo\s+not\s+sell\b/.test(before + evidence + after))
    return false;
  return !/\b(?:and|but|so|which)\s+we\b|\bwe\s+(?:do|did)\b/.test(rest);
}
/**
 * What share-with-third-parties reads as a disclosure but is none (its rejectEvidence): data coming in, or a match
 * that opens with something provided by someone else, on/via/through somewhere with no recipient after "to", given
 * to the user, or something other than data provided (OPENS_NOT_DATA), with no later share verb of the lexicon
 * (SHARE_ACT) and no data given on after it.
 */
const PROVIDED_NOT_SHARED = {
  test(evidence: string): boolean {
    const ev = evidence.toLowerCase();
    if (TO_US_BY.test(ev)) return true;
    const m = OPENS_PROVIDED.exec(ev) ?? OPENS_TO_YOU.exec(ev) ?? OPENS_NOT_DATA.exec(ev);
    if (!m) return false;
    const rest = ev.slice(m[0].length);
    if (m[1] !== undefined && TO_PARTY.test(rest)) return false;
    return !SHARE_ACT.test(rest) && !GIVES_DATA.test(rest);
  },
};

/**
 * What third-party-receives reads as a recipient's act but is none (its rejectEvidence): "we"/"us" in the match (the
 * service acts), "our" not opening a recipient ("partners … access our servers", "our advertising partnership"), and the
 * noun senses below.
 */
const OUR_NOT_RECIPIENT_OR = new RegExp(
  String.raw`\b(?:we|us)\b|\bour\b(?!\s+(?:[\w’'-]+\s+)?${RECIPIENT}(?!\w*ship))|` +
    /\buses?\s+(?:[\w-]+\s+){0,2}?(?:security|encryption|safeguards|measures)\b|\b(?:your|their|its|the|any|such)\s+(?:use|access)\b|['’]s?\s+(?:use|access)\b|\b(?:modify|modifies|offer|offers|provide|provides|limit|limits|restrict|restricts|revoke|revokes|suspend|suspends)\s+access\b|\bin\s+order\s+to\s+access\b|\btheir\s+own\b/
      .source,
  'i',
);
/**
 * The words OUR_NOT_RECIPIENT_OR need not see: "we" of a relative clause on the recipient ("third parties we work with
 * may collect …"), "us" that the recipient helps ("service providers that help us process personal data"), "our" naming
 * where or for whom the recipient acts ("partners may use these technologies in our Services to collect …", "acting on
 * our behalf", "partners using our pixel").
 */
const SPARED_WE_US_OUR =
  /\bwe\s+(?:work|partner|contract)\s+with\b|\b(?:help|helps|assist|assists)\s+us\b|\b(?:on|in|from|using|through|via)\s+our\b/gi;
/**
 * "Your email" received or got is the user's message ("the seller will receive your email"), not data passed on; "your
 * email address" is a term of its own, so its evidence ends in "address".
 */
const YOUR_EMAIL_RECEIVED = /\b(?:receive|receives|received|get|gets|got)\s+your\s+e-?mail[^\w\s]{0,3}$/i;
const OUR_NOT_RECIPIENT = {
  test: (evidence: string): boolean =>
    OUR_NOT_RECIPIENT_OR.test(evidence.replace(SPARED_WE_US_OUR, ' ')) || YOUR_EMAIL_RECEIVED.test(evidence),
};
/**
 * After a relative clause, a finite verb of the main clause (not at the clause's start, not after "and", "or" or a
 * pronoun that opens another clause, nor within a few words of "whose", "where", "when" or "which", which open one
 * with its own subject: "such as Acme Cloud, whose servers are in the EU"): what follows a recipient in a sentence
 * about it, not in a list item.
 */
const LATER_MAIN_VERB =
  /^\s*(?:[^\s;:]+\s)+?(?<!\b(?:and|or|that|who|which|whom)\s)(?<!\b(?:that|so|if|when|where|who|which|as|and|or)\s(?:it|they|we|you|he|she)\s)(?<!\b(?:whose|where|when|which)\s(?:[^\s;:]+\s){1,3})(?:are|is|was|were|must|may|might|will|would|shall|should|can|could|has|have)\s/;
/**
 * The service lets the user share, with an outside service named after the act in the same phrase ("tools that let you share actions
 * with other websites", "the option to share clips with your home security service"): only a determiner between the
 * preposition and the outside party, so that an infinitive "to" of another item ("… and to use our social features") is
 * no recipient.
 */
const USER_LET_SHARE_OUTSIDE = wordSeq(
  alt(
    [String.raw`\b${wordsPattern(USER_LET_VERBS)}\s+(?:you|users|members)\b`, gap(3)],
    [String.raw`\b(?:option|ability|facility)\s+to\b`, gap(6)],
  ),
  String.raw`share\b`,
  run(80, '[^.;,]'),
  String.raw`\b(?:with|to|on|onto|across|via)\s+(?:(?:your|a|an|the|other|any)\s+)?(?:third|social|other|home)\b`,
);
/** The outside party USER_LET_SHARE_OUTSIDE's preposition leads to. */
const OUTSIDE_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:with|to|on|onto|across|via)\s+(?:(?:your|a|an|the|other|any)\s+)?${wordsPattern(OUTSIDE_PARTIES)}\b`,
);
/** The text before a match is tested from the last sentence or clause break on, not across it. */
function inLastPhrase(test: RegExp): { test(before: string): boolean } {
  return { test: (before) => test.test(before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1)) };
}
/**
 * Sharing with the service itself is data coming in ("lets you share feedback with us"); what the service lets the user
 * share is its own (our articles, the materials) or a licence's: no data leaves (D10).
 */
const SERVICE_OWN_SHARED =
  /^[^.;]{0,60}?\bwith\s+(?:us|the\s+company)\b|^\s+(?:[a-z]+ly\s+)?(?:our|its|the)\s+(?:articles?|materials?|works?|content|posts?|stories|videos|recipes)\b|^[^.;]{0,80}?\b(?:licen[cs]e|credit\s+us|non-?commercial)\b/;
/** The share verbs of we-share-it-under-sharing-heading: the present forms of share, disclose, divulge and release. */
const SHARE_IT_VERBS = LEXICON_LISTS.ShareVerb!.filter((w) => /^(?:share|disclose|divulge|release)s?$/.test(w));
/**
 * "We share it", "we disclose this information with …": it/them, or a pointer word before the data, a preposition or the
 * end (not "these tips", "this relationship"); no "you" or "users" between "we" and the verb ("we recommend you share it").
 */
const WE_SHARE_IT = new RegExp(
  String.raw`\bwe\s+(?:(?!(?:you|users?|customers?)\b)[\w’'-]+\s+){0,3}?${wordsPattern(SHARE_IT_VERBS)}\s+(?:(?:it|them)\b|${wordsPattern(OPT_OUT_ACTS.pointer!)}(?:\s+${wordsPattern(POINTED_DATA)}\b|\s+(?:with|to|for|in|on|among|between|within|outside|as|when|where|if|only|freely)\b|\s*(?:[.,;:]|$)))`,
);
/**
 * A heading that names the sharing of the data ("How we share your information", "Who we disclose your personal data
 * to"): a share word with the data named on the path; not the user's content or links (as SHARING_SECTION), nor the
 * opt-out link's heading ("Do Not Sell or Share My Personal Information").
 */
const SHARE_IT_SECTION = new RegExp(
  String.raw`^(?![^]*\bdo\s+not\s+(?:sell|share)\b)(?=[^]*\b${wordsPattern(POINTED_DATA)}\b)[^]*?\b(?:shar(?:e|es|ed|ing)|disclos\w*)\b(?![^]*\b(?:web\s*sites?|sites|links|beneficiar\w*|cookies?|content\s+you|your\s+content|with\s+(?:other\s+)?users|with\s+friends)\b)`,
);
export const dataSharing: CategoryRules = {
  category: 'data_sharing',
  // What the veto lets through: a data word, a strong verb, or a shape that needs no data word.
  requires: [
    new RegExp(`${DATA.source}|${STRONG_NO_DATA.source}`),
    RECIPIENT_ITEM,
    ASSIGN_TO_BUYER,
    ...NO_DATA_WORD_NEEDED,
    CONTROLLER_ROLE,
    SUBPROCESSORS_ENGAGED,
  ],
  veto: (lower, ctx) =>
    // The unit's own words, but for what the policy leaves out: a table's column header "Third parties to whom personal
    // information is shared" describes the table, and the cell under it ("Shared with advertising partners") is a
    // disclosure (GUIDE G3); a header "What this Policy does not cover" covers its cells.
    (ctx.unitStart ? META.test(lower.slice(ctx.unitStart)) || NOT_COVERED.test(lower) : META.test(lower)) &&
    !OPENS_WITH_WE_DISCLOSE.test(lower) &&
    !(ctx.passes?.(PORTABILITY_TO_OTHER) ?? PORTABILITY_TO_OTHER.test(lower)) &&
    // "Some of the ways in which we share … may be considered 'sales'": the ways are stated, not announced.
    !(SOME_OF_OUR_WAYS.test(lower) && PRACTICES_ARE_SALE.test(lower))
      ? 'the policy describing itself'
      : isNda(lower)
        ? 'mutual confidentiality clause'
        : SECURITY_SENSE.test(lower) && !WE_DISCLOSE.test(lower) && !RECIPIENT_DUTY.test(lower)
          ? 'disclosure as a security risk'
          : PUBLIC_SENSE.test(lower) && !WE_DISCLOSE.test(lower)
            ? 'public, seen by whoever looks'
            : OTHER_SENSE.test(lower) &&
                !/\b(?:share|disclose|sell|transfer|rent)\w*\s+(?:(?:your|such|the|this|limited|certain|some)\s+)?(?:personal(?:ly\s+identifiable)?\s+)?(?:data|information)/.test(
                  lower,
                ) &&
                !DISCLOSES_NAMED.test(lower) &&
                // "we and our service providers may collect … across third-party sites": the sites are where, the
                // providers who; so are the party's own trackers ("we use third-party cookies to show ads on
                // third-party sites").
                !(ctx.passes?.(WE_AND_THIRD) ?? WE_AND_THIRD.test(lower)) &&
                // "we work with third-party ad networks to … manage our advertising on third-party websites": the
                // sites are where the ads run, the networks who get the data.
                !(ctx.passes?.(ADS_WITH_PARTNERS) ?? ADS_WITH_PARTNERS.test(lower)) &&
                !(THIRD_PARTY_TRACKER_NOUN.test(lower) && !NOT_ON_THE_SERVICE.test(lower)) &&
                // The same for a party that uses its own trackers or tracks beside the service, by "we" or by name
                // ("advertisers may set their own cookies … on a third-party website", "Acme and its partners may use
                // cookies to track users … on third-party sites"), where the sites are only where it tracks.
                !(
                  sitesOnlyAsPlace(lower) &&
                  !NOT_ON_THE_SERVICE.test(lower) &&
                  (partyTracksBesideSites(lower) ||
                    (ctx.passes?.(NAME_AND_ITS_THIRD) ?? NAME_AND_ITS_THIRD.test(lower)))
                )
              ? 'third-party in another sense'
              : ctx.sectionItem ||
                  DATA.test(lower) ||
                  NO_DATA_WORD_NEEDED.some((re) => ctx.passes?.(re) ?? re.test(lower)) ||
                  (lower.length <= 300 && RECIPIENT_ITEM.test(lower) && !SENTENCE_SUBJECT.test(lower)) ||
                  (lower.length <= 200 && STRONG_NO_DATA.test(lower) && !SECRET.test(lower)) ||
                  (ASSIGN_TO_BUYER.test(lower) && !USER_ASSIGNS.test(lower))
                ? null
                : 'no data in clause',
  vetoes: DATA_SHARING_VETOES,
  adjustSeverity: (lower, base): Severity => {
    if (
      /\b(?:sell|their\s+own\s+(?:marketing|advertising|purposes)|for\s+(?:their|its)\s+own\s+purposes|data\s+brokers?)\b/.test(
        lower,
      )
    )
      return 'high';
    if (
      /\b(?:on\s+our\s+behalf|authori[sz]ed\s+third\s+part|on\s+(?:the\s+company|[\w-]+)['’]s\s+behalf|service\s+providers?|sub-?processors?|processors?|analytics|contractors|vendors\s+who|law\s+enforcement|authorit(?:y|ies)|required\s+by\s+(?:applicable\s+)?laws?|legal\s+process|subpoena|court\s+order|aggregated?|de-?identified|anonymi[sz]ed)\b/.test(
        lower,
      )
    )
      return 'low';
    return base;
  },
  rules: [
    {
      id: 'data_sharing.share-with-third-parties',
      cue: [SHARE_THEN_THIRD],
      match: [
        '#ShareVerb .{0,20} (with|to) .{0,5} #ThirdParty',
        '#ShareVerb .{0,3} (among|across|within) .{0,3} #ThirdParty',
        '(shared|disclosed|share|disclose|pass|passed|distributed) (outside|beyond)',
        '(make|makes|making|made) .{0,12} (available|accessible) to .{0,5} #ThirdParty',
        '(hand|hands|handed|handing) .{0,4} over to .{0,5} #ThirdParty',
        '(is|are|be|been|become|becomes) (visible|available|accessible) to .{0,4} #ThirdParty',
      ],
      // Data coming in: "information provided to us by our payment processors" (the processors are the source). A
      // match that opens with something provided by or on someone ("content provided by third parties, and … access to
      // third parties' services") or given to the user ("provide offerings to you, such as third-party ads") has no
      // disclosure in it unless a share verb follows. A long object made available must be the user's data.
      rejectEvidence: { test: (ev: string): boolean => PROVIDED_NOT_SHARED.test(ev) || madeAvailableFarNotUsers(ev) },
      rejectBefore: LICENSED_WORKS_BEFORE,
      rejectAfter: THIRD_PARTY_AS_ADJECTIVE,
      // … nor information about the service's own offerings (aboutServiceOfferings).
      rejectInUnit: {
        test: (before, evidence, after) =>
          disclosureAsSaleSubject(before, evidence, after) || aboutServiceOfferings(evidence + after),
      },
      severity: 'medium',
      why: SHARED_OUTSIDE_WHY,
      mustMatch: [
        // A payment processor is a recipient; a payment account is not.
        'We transfer your data to third party payment processors.',
        // A legal gate in another clause does not bind this one; using the service under another name is consent by use (G7).
        {
          text: 'We share your data with advertisers, and we only disclose it to authorities if we are legally obligated to do so.',
          stance: 'grant',
        },
        {
          text: 'By using our apps, you agree to share your usage data with our advertising partners.',
          stance: 'grant',
        },
        // A section title quoted in the clause or fused before it leaves the clause's own disclosure.
        'Who we share with: We may share your contact details with our affiliates.',
        'Posts you make public can be seen by anyone, and we may share them with our partners.',
        'We share this data with the recipients listed in “Who we share your information with”.',
        'We share your information with the wider family of companies that owns us.',
        // A third-party site named as where ads run beside a disclosure that names its data or recipients.
        'We may share or make available certain customer list information with third parties so that we can better target ads to you on third-party websites.',
        'We disclosed each category to third-party business partners and service providers, and to third-party sites such as social networks.',
        // A denial whose exceptions are listed next takes their stance (G5): mostly discretionary cases, a grant.
        { text: 'We do not share your data with outside companies except as detailed below.', stance: 'grant' },
        {
          text: 'We do not pass your details to other companies unless one of the cases below applies:',
          stance: 'grant',
        },
        {
          text: 'You will be told before your data is shared with third parties and will have the option to choose not to share it.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        'We may share your personal information with our advertising partners.',
        'Your data may be disclosed to third parties for marketing purposes.',
        'We may transfer or disclose your personal data to the following categories of recipients: our suppliers and agents.',
        'We do share your information with a limited number of third party vendors who process it on our behalf.',
        // No data word: the object is a pronoun whose antecedent is in the previous sentence.
        'We may also share it with our marketing partners.',
        { text: 'We do not share your personal information with third parties.', stance: 'restrict' },
        { text: 'We do not share this information with any other organizations.', stance: 'restrict' },
        'We forward your details to the vendors who deliver your order.',
        // Recipients by their trade: a dealer, a research firm, the card company, a franchisee.
        'We can forward your contact details to a local dealer for further contact.',
        'We may provide your name and contact details to an independent dealer.',
        'We may provide your name and contact details to a nearby dealer.',
        'We may provide your name and contact details to our local franchisee.',
        // Not the service itself: the possessive names the firm's clients.
        {
          text: "We are a research firm; we will never share your answers with the research firm's clients.",
          stance: 'restrict',
        },
        'We may provide your contact information to the research firm to contact you regarding surveys.',
        'Of course, we transmit the entire credit card number to the appropriate credit card company during order processing.',
        'Comments about a specific location will be forwarded to the franchisee, along with any contact information you provide.',
        'We may share your contact details with a local dealership.',
        // The other side of a business transfer is no party to a confidentiality clause.
        'In such cases, personal information about our users may be disclosed to the other party(ies) of the transaction.',
        { text: 'Your information may be disclosed to the other party in a merger or acquisition.', stance: 'grant' },
        { text: 'In the event of a merger, your information may be transferred to the other party.', stance: 'grant' },
        // Advisers and collectors named by their trade (the lexicon's Adviser words).
        'We may transfer your personal data to our auditors, legal advisers and debt collectors.',
        'We may make your purchase history available to companies whose products you might like.',
        // The user's data listed past four words (madeAvailableFarNotUsers).
        'We will make your name, email address and phone number available to our partners.',
        'Content provided by users may be shared with third parties.',
        'Your voice recordings that we collect may be shared with our partners.',
        'Your data is provided by us to our advertising partners.',
        'Your profile data is distributed via our network to partner advertisers.',
        'Usage reports are provided through our dashboard to your advertisers and agencies.',
        'We may provide you with partner offers by giving your email to advertisers.',
        { text: 'We will not hand your address book over to anyone.', stance: 'restrict' },
        'Your delivery address is visible to the courier who brings your order.',
        { text: 'Files you upload are kept private and will not be passed to any other party.', stance: 'restrict' },
        { text: 'We will never give your details to anyone.', stance: 'restrict' },
        {
          text: 'Your data will not be shared outside of the company and its contracted service providers.',
          stance: 'restrict',
        },
        {
          text: 'We will only share your information with third parties with your consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We do not share your personal data with third parties except as described in this policy.',
          stance: 'grant',
        },
        {
          text: 'We will not disclose your information to outside companies except in the following circumstances:',
          stance: 'grant',
        },
        // A transfer abroad to named recipients whose main clause is its safeguard (GUIDE D13): restrict. The transfer
        // is the occasion (a subordinate clause, "for transfers to …", "will only take place under …").
        {
          text: 'If we transfer personal information received under the Data Privacy Framework to a third party, the third party must also comply with our Data Privacy Framework obligations.',
          stance: 'restrict',
        },
        {
          text: 'For transfers to our service provider in the United States, we rely on Art. 45 GDPR (transfers on the basis of an adequacy decision).',
          stance: 'restrict',
        },
        {
          text: 'Sharing personal information by our subsidiaries in the European Union with our subsidiaries located outside these regions will only take place under an approved transfer mechanism, such as the Standard Contractual Clauses.',
          stance: 'restrict',
        },
        {
          text: 'No transfer of your personal data will take place to an organization or a country unless there are adequate controls in place.',
          stance: 'restrict',
        },
        // …or the safeguard the transfer relies on, or what binds "such transfers".
        {
          text: 'We rely on standard contractual clauses to transfer information to certain entities in our corporate group and third parties in countries without an adequacy decision.',
          stance: 'restrict',
        },
        {
          text: 'Such transfers to third parties outside the European Economic Area will be governed by a contract based on the model contractual clauses.',
          stance: 'restrict',
        },
        {
          text: 'In the event that Acme transfers personal data to a third country through a third-party sub-processor, Acme will ensure that such transfer takes place only with adequate safeguards.',
          stance: 'restrict',
        },
        // …or the data's protection, when the transfer is only the case it covers.
        {
          text: 'We use a variety of mechanisms to protect your data, including when transferring your data to our affiliates.',
          stance: 'restrict',
        },
        {
          text: 'When we transfer your personal data to our vendors in a third country, we use appropriate mechanisms.',
          stance: 'restrict',
        },
        // The user's wish not to share, with the way to say so: an opt-out, unless the sharing goes on "still".
        {
          text: 'If you do not want us to share your personal information with these companies, contact us.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'If you do not want us to share your data with advertisers, we will still share it with our service providers.',
          stance: 'grant',
        },
        // Consent the service has obtained, with no possessive.
        {
          text: 'Where necessary, Acme may only share personal data with third parties where we have obtained consent to do so.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        // A derogation is no safeguard: the transfer stays the unit's own.
        {
          text: 'In the absence of an adequacy decision, we rely on Article 49 GDPR to transfer purchase information to sellers in other countries.',
          stance: 'grant',
        },
        // The sharing as the occasion of a subordinate clause whose main clause binds the recipients (G4, D12).
        {
          text: 'When we share your contact details with vendors abroad, we require the recipients to apply security measures to protect them.',
          stance: 'restrict',
        },
        {
          text: 'In case we share personal data with an outside provider of AI services, we will ensure that the provider is under a contractual obligation not to use it for training.',
          stance: 'restrict',
        },
        { text: 'When we share data with partners, they may use it for their own marketing.', stance: 'grant' },
        {
          text: 'If you buy a ticket, we share your name with the organiser so that it can check you in.',
          stance: 'grant',
        },
        {
          text: 'In general, the delivery of ads requires disclosure of some of your personal data to companies in the ad-delivery process.',
          stance: 'grant',
        },
        // "opt not to" is the user's opt-out, as "choose not to" is.
        {
          text: 'You can opt not to share your phone number with sellers in your privacy settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We share your data with payment providers only with your consent or at your request.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        // A unit that shares and adds a safeguard stays a grant (D2), as does a safeguard that is not the main clause.
        {
          text: 'We share your data with our service providers in the United States under standard contractual clauses.',
          stance: 'grant',
        },
        {
          text: 'When you use the app, we share your data with partners in other countries that rely on the Data Privacy Framework.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        // A contract between two parties: the merger is theirs, and no user data goes to the buyer.
        "Each party may disclose the existence of this Agreement to the other party's potential acquirer in a merger.",
        'Either party may disclose the terms of this Agreement in connection with a merger, provided the other party is notified.',
        'Issue transfers to third party payment accounts,',
        'The Client is responsible for any transfer to a third party solution.',
        'This Privacy Policy explains how Acme and its affiliates collect, use and share information with third parties.',
        'This paragraph explains when Acme may share your personal data with third parties under limited circumstances.',
        'Once a year, residents may ask for details about our disclosures of personal data to third parties for marketing.',
        'You can request a list of the information we have shared with outside companies in the past year.',
        'We will provide your personal data to you, or to a third party you have chosen, in a structured, commonly used format.',
        'You may share your content with third parties using the share button.',
        'Our site contains links to third-party websites that we do not control.',
        // Something other than data provided or offered: a service, a link, a choice, a tool.
        'Acme may also provide non-commercial links or references to third parties within its content.',
        'You may not use the API to provide services to any third party.',
        'We give the option to advertisers to target ads at devices of a given type.',
        "These ads provide a mechanism to opt out of the advertising partners' use of this information.",
        // A security purpose, not a disclosure; licensed works, not the user's data.
        'This is a security measure to ensure that personal data is not disclosed to any person who has no right to receive it.',
        'We ask for proof of identity so that your personal data is not disclosed to anyone who does not have a right to receive it.',
        'Sound recordings and musical works that Acme, through a third-party license, may make available to Creators and Developers for use in user content.',
        'There are no third-party beneficiaries to this Agreement.',
        'You agree to pay the reasonable attorneys’ fees we incur to enforce these Terms.',
        'Neither party will disclose the other party’s Confidential Information to any person or entity except its advisors.',
        'In the event of a merger, the receiving party will not disclose the Confidential Information to the other party.',
        // A trade as the object of another verb, or the service as the trade.
        'We provide information about how to contact a local dealer.',
        'We share tips to help you choose a research firm.',
        'This survey is conducted by Acme, a research firm; your personal data will be transmitted to the research firm in anonymised form.',
        'We provide the Services to organizations of all sizes.',
        'We do not use your screen sharing or chat content to train our or third-party artificial intelligence models.',
        'We may make software and documentation available in connection with the Seller Partner APIs.',
        'This may include information provided to us by our payment processors and partners.',
        'Some content of the app is provided by partners, and the app may give you access to other partners’ services.',
        'Send you offers related to our products or our partners’ products;',
        'Provide our offerings to you, such as partner promotions that may interest you;',
        // Where the data goes, not who gets it (GUIDE D13): no recipient outside the service.
        'Accordingly, your Personal Data may be transferred outside of the country in which you reside or are located.',
        'Digital items exist on public blockchains and are purchased, sold, and transferred outside of the marketplace.',
        // The service's own things made available; a disclosure as the subject of a possible sale (GUIDE D10).
        'We make our products, apps and services available to partners and resellers worldwide.',
        'Sharing your data with advertising partners may be considered a sale under the CCPA.',
      ],
    },
    {
      id: 'data_sharing.share-to-party-and-recipient',
      // Two recipients joined, the first a name of several words: "provided to both the Acme News site and the third
      // parties", "given to Acme Daily Times and to the third-party sponsor". The recipient word is the second one.
      cue: [SHARE_THEN_THIRD],
      match: ['#ShareVerb .{0,20} to .{0,5} (and|or) to? (the|a|an|any|our|their|other)? #ThirdParty'],
      rejectEvidence: PROVIDED_NOT_SHARED,
      rejectBefore: LICENSED_WORKS_BEFORE,
      rejectAfter: THIRD_PARTY_AS_ADJECTIVE,
      severity: 'medium',
      why: SHARED_OUTSIDE_WHY,
      mustMatch: [
        'Your IP address and the information that you submit may be provided to both the Acme News site and the third parties.',
        'Your personal information will be given to Acme Daily Times and to the third-party advertiser involved with the contest.',
        {
          text: 'We will not disclose your entries to the Acme Daily Times staff or to any sponsor.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We send newsletters to you and to the partners you follow about new features.',
        'Your posts may be shown to visitors of the Acme News site and to other websites you link.',
        'Links to the Acme News site and to third-party websites are provided for convenience.',
        // The other party's own group, not an outside recipient of the user's data.
        'The account’s tax settings may be disclosed to the Bill-Source Account and its Organization.',
        'Sound recordings that Acme, through a third-party license, may make available to Creators and Developers for use on the Services.',
      ],
    },
    {
      id: 'data_sharing.sell-to-third-parties',
      cue: [/\b(?:sell|sold|rent)/, RECIPIENT_WORD],
      match: ['(sell|sold|rent|rented) .{0,8} to .{0,3} #ThirdParty'],
      // Not selling says nothing about sharing; only a sale (or an opt-out sale) is also a disclosure.
      stances: ['grant', 'conditional'],
      severity: 'medium',
      why: 'Selling or renting data to others necessarily discloses it to them.',
      mustMatch: ['We may rent your email address to our marketing partners.'],
      mustNotMatch: ['We do not sell your personal information to third parties.', 'We sell gift cards to partners.'],
    },
    {
      id: 'data_sharing.share-user-data',
      // No recipient named: "we do not share your personal information", "your information may be disclosed".
      cue: [SHARE_DATA],
      match: [
        // Verb forms only: a "Sharing" heading fused to the next sentence is no sharing clause.
        '(share|shares|disclose|discloses|disclosing|reveal|reveals|release|releases) .{0,5} #UserData',
        // The identifiers (TrackTech words, as the cue names them): "we share a unique identifier with Acme".
        '(share|shares|disclose|discloses|disclosing|reveal|reveals|release|releases) .{0,4} (unique|device|advertising) (identifier|identifiers)',
        '#UserData .{0,8} (is|are|be|been|being|was|were|get|gets) .{0,2} (shared|disclosed|revealed)',
        '#UserData .{0,8} (is|are|be|been|being|was|were|get|gets) .{0,2} (passed|handed|given) (on|over|out)',
        // "We don't hand out your email address", "we do not give out user information".
        '(give|gives|giving|hand|hands|handing) out .{0,5} #UserData',
        // "We may transfer your information with your consent": no recipient, but consent to a disclosure.
        '(transfer|transfers|provide|provides|give|gives|send|sends|pass|passes) .{0,4} #UserData .{0,2} with your .{0,1} (consent|permission)',
        // "not in the business of selling or sharing your data": a gerund joined to another verb is no heading.
        '(selling|renting|trading|collecting) (or|and) (sharing|disclosing) .{0,3} #UserData',
      ],
      rejectAfter: TO_US,
      // "Share" as the CCPA's noun ("the Sale and Share of Your PI", "there is no Share of Your PI"): the law's term,
      // named in an explanation of the right, is no act of sharing.
      // "Share the same data controllers": the other sense of "share", unless a share verb follows ("share common
      // ownership and may share your data with each other").
      rejectEvidence: SHARE_OTHER_SENSE,
      // The user choosing to share, with no recipient named, gives the data to the service: "where you have chosen
      // to share your personal data for AI model training".
      rejectBefore: RegExp(
        String.raw`\byou\s+(?:have\s+|had\s+)?(?:[a-z]+ly\s+)?${wordsPattern(CHOICE_VERBS)}\s+to\s+$`,
      ),
      // As share-with-third-parties: a disclosure as the subject of a possible sale is an explanation (D10).
      // … nor information about the service's own offerings (aboutServiceOfferings).
      rejectInUnit: {
        test: (before, evidence, after) =>
          disclosureAsSaleSubject(before, evidence, after) || aboutServiceOfferings(evidence + after),
      },
      severity: 'medium',
      why: 'A clause about sharing or disclosing user data is a sharing clause even when it names no recipient.',
      mustMatch: [
        // The user's settings decide (G7: on until changed).
        {
          text: 'Depending on your account settings, we may share personal data with other users of the services.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // A denial bounded by the purposes the law allows denies nothing (G5).
        'We do not use or disclose sensitive personal information for purposes other than those permitted by law.',
        'We may share information about you in the event that the Site is acquired by another company.',
        'Acme may disclose your PI in a commercial context, in particular when delivering tailored ads.',
        // Several verbs before the data, whose term has three words.
        'We reserve the right to use, transfer, assign, share and provide access to all personally identifiable information.',
        // Consent as one case among others, or only where required, conditions nothing (G5).
        'Where permitted and with your consent (if required), we may share your data with our resellers.',
        'We may also disclose your information to fulfil the purpose for which you provide it, to our professional advisers, or with your consent.',
        {
          text: 'We do not currently sell or share personal information in connection with the Site.',
          stance: 'restrict',
        },
        'Your information will only be disclosed if it is legally necessary to do so.',
        { text: 'We do not share your personal information.', stance: 'restrict' },
        // Identifiers named by what they are.
        'We share a unique identifier with Acme Metrics to measure our campaigns.',
        'This section explains our practices. We may disclose your information to our auditors.',
        // "Share common …" in the other sense, then a share verb of its own.
        {
          text: 'Acme and its affiliates share common ownership and may share your data with each other.',
          stance: 'grant',
        },
        { text: 'None of the information we collect is ever shared.', stance: 'restrict' },
        { text: 'We are not in the business of renting or sharing your personal details.', stance: 'restrict' },
        { text: 'We may transfer your information with your consent.', stance: 'conditional', condition: 'opt_in' },
        { text: 'Your email address will not be published or passed on.', stance: 'restrict' },
        // The data named by what it is, further from the verb than a data word would be.
        { text: 'We do not share your actual mobile phone number with other riders.', stance: 'restrict' },
        // The user's request or choice of a third party opens the sentence (D4).
        {
          text: 'If you ask us to transfer your data to another provider, we will share your personal information with that third party.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        // Any other request is only the occasion of a grant.
        {
          text: 'If you request a refund, we share your bank details with our payment processor and advertisers.',
          stance: 'grant',
        },
        { text: 'If you use a third-party app, we share your data with advertisers.', stance: 'grant' },
        // Information about the service's offerings beside the user's own (aboutServiceOfferings keeps it).
        'We may disclose information about our products you bought and your reviews.',
        'We may disclose information about our products purchased by you.',
      ],
      mustNotMatch: [
        'Information you share with us is stored on servers in the United States.',
        'We process your personal data where you have actively chosen to share your personal data for AI model training.',
        'Despite these safeguards, we cannot ensure that your information will never be disclosed in other ways.',
        'Information shared publicly may be copied and shared by people you do not know.',
        'You can share your playlists with friends.',
        'Please do not share your password.',
        // Information about the service's own offerings (aboutServiceOfferings).
        'We will disclose information about our products or services only with your consent.',
        'Note that there is no Share of your PI when ads are targeted only with data collected on the Service.',
        'Acme and its national sites share the same data controllers and engage in the same processing.',
        'With whom do we share personal information?',
        'This Privacy Policy explains how we collect, use and share information about you.',
        'This section explains when, why, and with whom we disclose your information.',
        'If your children disclose information about themselves in public areas, they may get messages from strangers.',
        'You will have the opportunity to decide whether or not to disclose information to the Website.',
        'Microsoft may share your personal information with us when you sign in with a Microsoft account.',
        'We will tell you in advance if we intend to share those data internally and combine them with other data.',
        // Mutual confidentiality in an arbitration clause: business secrets of either party, not user data.
        'The arbitrator will order that confidential information of either party disclosed during the arbitration may not be used or disclosed except in connection with the arbitration.',
        'Except as required by law, neither a party nor an arbitrator may disclose the existence, content, or results of any arbitration.',
      ],
    },
    {
      id: 'data_sharing.data-listed-then-shared',
      // share-user-data reads the data up to eight words before "is/be shared"; a list of what the data is ("data such
      // as your username, email, and account ID may be shared with …") puts it further off. Then a recipient must
      // follow ("with/to …"), which keeps "content … before it is viewed or shared" and "… will be disclosed during
      // sign-up" out, and the data word must be data, information or details (not "content", often the service's own)
      // and the user's, heading the passive's subject (notUsersDataSubject).
      cue: [DATA_LISTED_THEN_SHARED],
      match: ['(data|information|details) .{0,12} (is|are|be|been|being|was|were) .{0,1} (shared|disclosed)'],
      rejectAfter: NO_OUTSIDE_RECIPIENT_AFTER,
      rejectEvidence: SHARE_OTHER_SENSE,
      rejectInUnit: {
        test: (before: string, evidence: string, after: string): boolean =>
          notUsersDataSubject(before, evidence) || disclosureAsSaleSubject(before, evidence, after),
      },
      severity: 'medium',
      why: "The user's data as the subject of a passive disclosure to someone is sharing however long the list naming the data.",
      mustMatch: [
        'If you join an event hosted by a creator, data such as your username, email, and Acme user ID may be shared with the company that hosts the event.',
        {
          text: 'Information about the events you attend and the groups you join is never shared with advertisers.',
          stance: 'restrict',
        },
        'Details of the orders you place and the reviews you write may be disclosed to the seller.',
        // Recipients that open like the service or a place but go on to name an outside party.
        'Information about the events you attend and the groups you join is shared with the US company that hosts the event.',
        'Information about the events you attend and the groups you join is shared with the EU institutions that fund the project.',
        'Information about the events you attend and the groups you join may be shared with the company hosting the event.',
        'Information about the events you attend and the groups you join may be shared with the services we use to send email.',
      ],
      mustNotMatch: [
        'Information about the events you attend and the groups you join is shared with us by our partners.',
        // Data that is not the user's.
        'Information about the vacancies we advertise and the roles we offer is shared with recruitment agencies.',
        'Details of the prize draw and the rules that apply to it will be disclosed to entrants before the draw.',
        // The data word heads no subject, or another verb or subject stands between it and the passive.
        'We process this information about you and the playlists and songs you create and follow are shared with friends.',
        'Information about you helps to ensure that the lists you make are shared with friends.',
        'Your data stays on your phone and our release notes and product updates are shared with our community.',
        // No one, the service's own people, places.
        'Information about the events you attend and the groups you join is shared with no one.',
        'Information about the events you attend and the groups you join is shared with nobody.',
        'Information about the events you attend and the groups you join is shared with our own staff.',
        'Information about the events you attend and the groups you join may be shared with the company.',
        'Information about the events you attend and the groups you join is shared with other territories.',
        'Details of the events you attend and the groups you join are shared with the United States and Canada.',
        'Details of the plans, their prices, their features and their limits will be disclosed to you during sign-up.',
        'Information about the events you attend and the groups you join is never shared.',
        'Information about the events you attend and the groups you join may be shared with the public.',
        // Not this rule; share-user-data still reads it as a grant (the plan's data read as the user's).
        'Information about the offers, features and prices of each plan is disclosed during your sign-up.',
      ],
    },
    {
      id: 'data_sharing.recipient-list-item',
      // Lists like "We share your information: (a) with service providers who…; (b) to advertising partners so that…"
      // are split into clauses; the items name the recipient but the share verb stays in the list head.
      cue: [RECIPIENT_ITEM],
      match: [
        '^(with|to|or|and)? .{0,4} #ThirdParty .{0,14} (who|that|which|whom|so|appointed|acting|enable|help|assist|perform|process|deliver|store|operate|support|behalf|including|such)',
      ],
      // "from third parties" names a source, not a recipient; "X means a third party that …" defines a term ("by
      // secure means", "by means of" is a manner).
      rejectEvidence: /\bfrom\b|(?<!\bby\s(?:[\w-]+\s)?)\bmeans?\b/i,
      // A sentence about the recipient, not an item: a main verb after the relative clause ("The Acme affiliate that
      // provides the Services to you may change", "Any third-party code that may be incorporated … is covered by …").
      rejectAfter: LATER_MAIN_VERB,
      items: true,
      severity: 'medium',
      why: 'A list item that opens with a recipient ("With service providers who help us…") is one entry of a sharing list whose verb is in the list head.',
      mustMatch: [
        'With marketing partners who send you offers about their own products.',
        'To payment processors so that they can complete your purchase.',
        'Hosting providers and other vendors that store data on our behalf.',
        'Our affiliates and group companies (including those outside your country), for the personal data they need to operate the Services.',
        // A modal in the relative clause, or one joined to it, is still the item's.
        'With marketing partners who may send you offers about their own products.',
        'With service providers who host our servers, and who may access your data to do so.',
        // A verb of a clause that "whose", "where" or "which" opens, and a manner "by … means", are still the item's.
        'With hosting providers such as Acme Cloud, whose servers are located in the EU.',
        'Our service providers, such as our hosting company, whose data centres are in Ireland.',
        'With marketing partners who run our campaigns, where the data is kept confidential.',
        'To payment processors, by secure means, so that they can complete your purchase.',
      ],
      mustNotMatch: [
        'Third parties who provide services to us are bound by contracts.',
        'With our app you can chat with friends who are nearby.',
        'We work with partners who share our values.',
        'Advertisers who use our platform must comply with our advertising policies.',
        'These companies may use information (not including your name or email address) to serve ads.',
        'From business partners and other third parties who share data with us.',
        'We collect information from third parties such as social networks.',
        'Be aware, however, that third parties, including our partners, may have their own data policies.',
        'The Acme affiliate that provides the Services to you may change from time to time.',
        'Third parties who provide services to us, whose names are listed below, are bound by contracts.',
        'Our service providers, such as our hosting company, are bound by contracts.',
        'Any third-party code that may be incorporated in the Mobile Applications is covered by the applicable open source license.',
        'Virtualisation Interface: means third party software provided by Acme that allows the Client to manage its servers.',
        // A paragraph of its own is a sentence about the recipient, not an entry of a list.
        { text: 'Our partners, such as advertisers, measure their ads across many platforms.', paragraph: true },
      ],
    },
    {
      id: 'data_sharing.recipient-opens-item',
      // A ".{0,4}" gap right after "^" never matches zero words, so an item that OPENS with the recipient needs its own
      // rule; it is stricter: a relative clause right after the recipient and no finite verb later ("Advertising
      // networks that are members of … have subscribed to …" is a sentence about them, not a list item).
      cue: [
        new RegExp(
          String.raw`^\W*${RECIPIENT}\w*\s+(?:who|that|which)\s+(?!.*\b(?:are|is|was|were|have|has|had|must|will|would|may|might|shall|should|can|could)\b)`,
        ),
      ],
      match: ['^#ThirdParty (who|that|which)'],
      items: true,
      severity: 'medium',
      why: 'A list item made of a recipient and what it does for the company ("Suppliers that host data on our behalf") is one entry of a sharing list.',
      mustMatch: ['Subcontractors that host our servers and process data for us.'],
      mustNotMatch: [
        'Third parties who provide services to us are bound by contracts.',
        'Advertising networks that are members of industry groups follow their codes of conduct.',
        { text: 'Subcontractors that host our servers and process data for us.', paragraph: true },
      ],
    },
    {
      id: 'data_sharing.engage-processors',
      cue: [ENGAGE],
      match: [
        // The perfect as well: "we have engaged a third party service called Acme to provide us reports".
        '(employ|employs|employed|engage|engages|engaged|use|uses|hire|hires|hired|contract|retain|retains|work|rely|partner) .{0,5} #ThirdParty .{0,6} (perform|provide|help|assist|process|host|store|operate|deliver|manage|serve|handle|support|analyze|analyse|facilitate|behalf)',
        '(work|works|partner|contract|collaborate) with .{0,4} #ThirdParty .{0,14} (to|who|that|which) (help|helps|assist|assists|allow|enable|perform|performs|provide|provides|process|processes|host|hosts|store|stores|track|analyze|analyse|carry|carries|support|supports)',
        // Also with examples: "We may also rely on third parties, such as Acme Desk or Example Calendar".
        // Not "relies on partners like you".
        '(rely|relies|relying|depend|depends|depending) (on|upon) .{0,4} #ThirdParty (for|to|such|including|like) !(you|us)',
        '#ThirdParty .{0,8} (that|who|which) (perform|performs|provide|provides|carry|carries) .{0,4} on our behalf',
        // Only "for": "you may use third-party services to store your files" is the user's choice of tools.
        '(employ|employs|engage|engages|use|uses|utilize|utilizes|utilise|utilises) .{0,2} #ThirdParty for',
        // Any subject but the user (the cue's), a modal before the verb: "Acme may engage its affiliates", "may contract
        // subcontractors", "authorise Acme to subcontract its processing to sub-processors".
        '(may|will|can|shall) (also)? (engage|subcontract|contract) .{0,10} #ThirdParty',
        'to subcontract .{0,10} #ThirdParty',
      ],
      severity: 'low',
      why: "Engaging service providers to work on the company's behalf hands them user data (low severity: processors).",
      mustMatch: [
        'We engage other companies to perform services on our behalf, such as hosting and payment processing.',
        'We use third-party service providers to manage credit card payments.',
        'The service relies on outside vendors for hosting and email delivery.',
        'We may also rely on third parties, such as Acme Desk or Example Calendar, for support requests.',
        'Some referrals may rely upon partners such as Example Ads.',
        'Acme may also use third party providers for such services.',
        { text: 'We do not use any third-party vendors to process your payments.', stance: 'restrict' },
        // The recipients' use limited as the main clause (D12).
        {
          text: 'Such third parties who provide services on our behalf are authorized to use your personal information only as strictly necessary.',
          stance: 'restrict',
        },
        'We hire outside contractors and their staff as needed to perform tasks on our behalf.',
        'We have engaged with a third party service called Acme to provide us information, reports and analysis about users’ engagement with our content.',
        'We have hired outside vendors to process orders for us.',
        'From time to time we have outside agents and affiliates that perform services on our behalf, such as shipping.',
        'Acme may engage its affiliates or a third party in order to complete the fulfilment services described below.',
        'The Processor may contract subcontractors.',
        'The operator may engage outside companies to render the services needed to run the site, including hosting providers.',
        'We contract with a select group of third-party processors and service providers such as networking and storage providers to allow them to carry out their services for us.',
        'We work with carefully selected third parties, such as our customer database hosting provider, marketing agencies and advertising partners who assist us in providing you a good experience.',
        // The company by name as the subject.
        'Acme may use third parties to provide some or all of the Services.',
        'Acme uses third party vendors to host and store any media that you upload.',
        'You authorise Acme to subcontract its processing of your camera recordings to sub-processors that accept the same obligations.',
      ],
      mustNotMatch: [
        'Licensee may use third-party contractors to host the Software on its behalf.',
        'Merchants may use third-party service providers to process payments for their stores.',
        'Organizers may use third-party tools to manage event registrations.',
        'We work with partners who share our values.',
        'You may use third-party services to store your files.',
        'We use cookies to remember your settings.',
        'Our partners act on their own behalf and have their own privacy policies.',
        'You may engage a third-party developer to build your integration.',
        'Customers may use third parties to provide support to their own end users.',
        'In addition, the third party providing the Third-Party Service may use other parties to provide portions of the apps.',
        'This offer is subject to contract terms agreed with our partners.',
        'The parties shall engage in good-faith talks with any third party mediator.',
      ],
    },
    {
      id: 'data_sharing.recipient-as-controller',
      cue: [CONTROLLER_ROLE],
      match: [
        // "Our advertising partners are joint controllers with us", "our card-issuing partner acts as an independent
        // controller when …", "Acme and its partner Examplepay act as joint processors".
        '#ThirdParty .{0,6} (are|is|act|acts|acting|become|becomes|remain|remains) as? (a|an|the)? (joint|independent|separate) data? (controller|controllers|processor|processors)',
        // The service first: "we act as a joint controller with our advertising partners".
        '(act|acts|acting|are|is) as? (a|an)? joint data? (controller|controllers|processor|processors) with .{0,4} #ThirdParty',
        // "we may collaborate with partners as joint controllers".
        'with .{0,4} #ThirdParty .{0,4} as joint data? (controller|controllers|processor|processors)',
        // "… service providers approved by the regulator, all of which are jointly responsible for processing …".
        '#ThirdParty .{0,10} jointly responsible for .{0,2} processing',
      ],
      // Sites the reader visits through links decide for themselves: no recipient of the service's. The gap may not run
      // into another clause ("Nothing … makes the parties partners, and each party is an independent controller", "If
      // you connect with our partners, you are …"), and a denial of a joint role names no recipient ("Our partners do
      // not act as joint controllers with us").
      rejectEvidence:
        /\b(?:web\s*sites?|sites|links?)\b|[,;:]\s*(?:and|but|or|so|you|we|each|if|when|where|while)\b|\b(?:not|never)\s+(?:(?:act|acts|be|become)\s+)?(?:as\s+)?(?:a\s+)?joint(?:ly)?\b/i,
      // The role as the occasion of what follows ("Where our partners act as independent controllers, they will provide
      // you with their own privacy notice").
      rejectBefore: OCCASION_BEFORE,
      // Business customers controlling their own customers' data ("Merchants are independent controllers of their
      // customers' data", "Advertisers are independent controllers of the data they collect on their own websites").
      rejectAfter:
        /^\W*(?:of|for)\s+(?:the\s+)?(?:(?:their|its)\s+(?:own\s+)?(?:customers|clients|users|end[\s-]users|visitors|subscribers|members)\b|(?:personal\s+)?(?:data|information)\s+(?:that\s+|which\s+)?(?:they|it)\s+(?:collect|obtain|gather|process))/,
      severity: 'low',
      why: 'An outside party named as a joint controller or processor with the service, or as an independent controller of the data it gets through the service, holds the user’s data beside it (GUIDE D1).',
      mustMatch: [
        'Our advertising partners are joint controllers with us for the initial collection of data through our pixel.',
        'In some cases we act as a joint controller with our advertising partners.',
        'We may collaborate with partners as joint controllers, meaning that we jointly decide the purposes of processing.',
        'To provide the rewards programme, Acme and its partner Examplepay act as joint processors.',
        'Our card-issuing partner acts as an independent controller when processing card information for fraud checks.',
        'Other business partners may act as independent controllers of your data where they enable access to their services.',
        'Acme works with licensed payment service providers, all of which are jointly responsible for processing the personal data of customers.',
        'Our delivery partners become independent controllers of your address once they receive your order.',
        'Where we run a page on a social network, we and the network provider act as joint controllers with third parties for page statistics.',
        'Some of our affiliates act as separate controllers of your data for their own services.',
        { text: 'Our service providers do not act as independent controllers of your data.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Acme is the controller of your personal data.',
        'You remain the data controller of your content and Acme is your processor.',
        'Where Acme acts as an independent controller, this Privacy Policy applies.',
        'You and Acme are each independent controllers of the contact details exchanged under this Agreement.',
        'We act as a joint controller with you for the data you upload to shared workspaces.',
        'Third-party websites linked from our Service are independent controllers and have their own privacy policies.',
        'Under the GDPR, a controller decides why and how personal data is processed, and joint controllers decide it together.',
        'You may ask us which parties are joint controllers.',
        'Each of you and your employer is responsible for processing the data you enter into your workspace.',
        'Our partners may process your data independently of us.',
        'If you share a document with a partner, you and that partner are joint owners of the comments.',
      ],
    },
    {
      id: 'data_sharing.subprocessors-engaged',
      cue: [SUBPROCESSORS_ENGAGED],
      match: [
        // "Acme may use secondary processors (“sub-processors”)", "we engage sub-processors to host the service".
        // Only a determiner or adjective between, no preposition: not "we use contracts with our sub-processors", "a
        // risk assessment to evaluate sub-processors", "engages in due diligence of sub-processors".
        `(use|uses|using|engage|engages|engaged|engaging|retain|retains|retained|appoint|appoints|appointed|employ|employs) (the|a|an|any|new|other|additional|further|our|its|certain|selected|trusted|following)? (new|other|additional|further|following)? ${SUBPROCESSOR_TERMS}`,
        // "we use them as sub-processors" (not "engage Acme as a sub-processor", "use us as a sub-processor": the reader
        // appointing the service).
        `(use|uses|engage|engages|appoint|appoints|retain|retains) (them|these|those) as (a|an|our|its)? ${SUBPROCESSOR_TERMS}`,
        // "… to use the services of any Sub-Processor listed below".
        `services of .{0,3} ${SUBPROCESSOR_TERMS}`,
        // "Publisher may retain its affiliates and other third parties as sub-processors", "use Examplenet LLC as a sub-processor".
        `(#ThirdParty|#CorpSuffix) .{0,4} as (a|an|our|its|their)? ${SUBPROCESSOR_TERMS}`,
      ],
      // Another party's own sub-processors ("your vendors may retain their own sub-processors") are not the service's.
      rejectEvidence: /\b(?:their|your)\s+own\b/i,
      // The engagement as the occasion of what follows ("When engaging any Subprocessor, Acme will ensure via a written
      // contract …", "before engaging a new sub-processor, we will notify you"): the main clause is a limit or a
      // procedure (GUIDE D12, D8), read by the rules for those.
      // Stopping one ("we will stop using that sub-processor") is the answer to an objection, and "only" a limit ("we
      // only engage sub-processors who are bound by …"), read by the rules for those.
      rejectBefore: new RegExp(`${OCCASION_BEFORE.source}|\\b(?:stop|stops|cease|ceases|no\\s+longer|only)\\s+$`),
      // Where they are as a limit: "we use sub-processors located in the EU only" (GUIDE D13a).
      rejectAfter:
        /^\W*(?:(?:who|that|which)\s+are\s+)?(?:located|based|established|hosted)\s+(?:in|within)\b[^.;]{0,40}\bonly\b/,
      severity: 'low',
      why: 'A sub-processor processes the user’s data for the service by definition: engaging or using one passes the data on (GUIDE D1).',
      mustMatch: [
        'Acme may also use secondary processors (“sub-processors”) to carry out data processing on its behalf.',
        'We engage sub-processors to host the Service and to send emails.',
        'Acme uses the following subprocessors to provide the Services:',
        'We may retain our affiliates and other third parties as sub-processors in connection with the Services.',
        'Acme has appointed Examplecloud Ltd as a sub-processor for storage.',
        'We rely on a small number of sub-processors, and we engage new sub-processors only under written contracts.',
        'To deliver the messages, Acme employs sub-processors located in the United States.',
        'Acme may use the services of any sub-processor listed in Section 5.',
        'Our payment partners act on our instructions, and we use them as sub-processors for card payments.',
        'The Processor may engage other sub-processors to assist in providing the Services.',
        { text: 'We do not use any sub-processors outside the European Union.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You may engage your own sub-processors for the data you control.',
        'When engaging any sub-processor, Acme will ensure via a written contract that the same data protection obligations are imposed on it.',
        'Before we engage a new sub-processor, we will notify you by email.',
        'Where the Processor engages another processor, it shall impose the same obligations on it.',
        'Customer may use sub-processors to process End User data.',
        'A sub-processor is any processor engaged by a processor.',
        'The list of current sub-processors is available on request.',
        'We use processors with at least eight cores in our servers.',
        'You are responsible for any sub-processors you use.',
        'Sub-processors must delete the data when the contract ends.',
        'The Customer may use the Service to process data of its own end users.',
        'We will notify you of any new sub-processor by email.',
        'Your vendors may retain their own sub-processors under their terms.',
      ],
    },
    {
      id: 'data_sharing.subprocessors-authorised',
      cue: [SUBPROCESSORS_ENGAGED],
      match: [
        // "Customer generally authorises the engagement of any other third parties as Subprocessors".
        `(authorise|authorize|authorises|authorizes|authorised|authorized|authorisation|authorization|approve|approves|consent|consents) .{0,3} (engagement|use|appointment) .{0,10} ${SUBPROCESSOR_TERMS}`,
        // "You authorize Acme to use the services of any Sub-Processor", "specific authorization for Acme to use X as a sub-processor".
        `(authorise|authorize|authorises|authorizes|authorisation|authorization|authorised|authorized) .{0,3} to (use|engage|appoint|retain|subcontract) .{0,8} ${SUBPROCESSOR_TERMS}`,
        // Leaving as the only answer to a new one (GUIDE D8): "Customer may object to any New Subprocessor by terminating the Agreement".
        // What is left is named: the agreement, the services, the account, or the reader's content ("…, Acme will stop that
        // sub-processor from processing your data" is the service's answer, not the reader leaving).
        `(object|objects|objected|objecting) to .{0,4} ${SUBPROCESSOR_TERMS} .{0,12} (terminate|terminating|termination|cease|ceasing|stop|stopping|close|closing) (of|using|use)? (the|this|your|its|their|our)? (agreement|agreements|service|services|subscription|subscriptions|account|accounts|contract|processing)`,
        `(object|objects|objected|objecting) to .{0,4} ${SUBPROCESSOR_TERMS} .{0,14} (delete|deleting) (your|its|their|the)? (content|account|data|customer)`,
        // "Continued use of the Service indicates your acceptance of a new Sub-Processor."
        `(acceptance|approval) of .{0,3} new ${SUBPROCESSOR_TERMS}`,
      ],
      // The reader authorises or accepts by design; what it authorises is the service's engagement. The stance is read
      // as for any clause: consent asked first is conditional, a withdrawable one an opt-out.
      userSubject: true,
      // The reader's or another party's own sub-processors ("The Partner authorizes its end customers to engage their
      // own sub-processors").
      rejectEvidence: /\b(?:their|your|its)\s+own\b/i,
      severity: 'low',
      why: 'The reader’s authorisation of the service’s sub-processors, or acceptance of a new one with leaving as the only objection, lets them process the user’s data (GUIDE D1, D8, G7).',
      mustMatch: [
        'Customer generally authorises the engagement of any other third parties as Subprocessors (“New Subprocessors”).',
        'Customer specifically authorises the engagement as Subprocessors of those entities listed at the URL below.',
        'You authorize Acme to use the services of any Sub-Processor listed in Section 5.2. below.',
        'You provide specific authorization for Acme to use Examplenet LLC as a sub-processor to process Customer Data in the US.',
        'If You object to a Sub-Processor, You can, at any time, terminate the Processing by deleting Your Content from our Service.',
        // An acceptance lifts no veto (review rds44): the data is named.
        'Continuous ongoing use of our Service indicates your acceptance of a new Sub-Processor to process your data.',
        'Customer may object to any New Subprocessor by terminating the Agreement for convenience immediately upon written notice to Acme.',
        'By accepting these terms you consent to the use of sub-processors listed on our website.',
        'The Controller authorises the Processor to engage sub-processors for hosting and support.',
        'Customer approves the appointment of the sub-processors named in Annex 3.',
        'If you object to a new sub-processor, your only remedy is to stop using the Services.',
      ],
      mustNotMatch: [
        'You may object to a new sub-processor, and we will not use it to process your data.',
        'Customer may engage sub-processors without our consent.',
        'Customer shall not authorise its own sub-processors to access the Service.',
        'You may use the Service to manage the sub-processors of your business.',
        'We will inform you of any intended changes concerning the addition or replacement of sub-processors.',
        'The Processor shall not engage another processor without prior specific authorisation of the Controller.',
        'A list of our sub-processors is available at acme.example/subprocessors.',
        'Sub-processors are authorised to process data only on our instructions.',
        'You authorize us to act on your behalf.',
        'Customer may object to a new sub-processor on reasonable data protection grounds within 30 days.',
      ],
    },
    {
      id: 'data_sharing.handled-by-third-party',
      cue: [HANDLED_BY],
      match: [
        '(performed|protected|placed|set|deployed|served|processed|used|accessed|handled|stored|hosted|received|collected|viewed|seen|analysed|analyzed|obtained|retained|held|managed|operated|run|powered|fulfilled|delivered|routed) by .{0,4} (#ThirdParty|#NamedService)',
        '(processed|handled|stored|hosted|managed|operated|run|fulfilled|delivered) on . behalf by .{0,4} (#ThirdParty|#NamedService|#BigTech)',
        '(processed|handled|stored|hosted|operated|run|powered|routed) by .{0,2} #BigTech',
        '(sent|connected|provided|delivered|processed|handled|routed|hosted|stored|made available|transmitted|transferred|collected|managed|powered) (through|via) .{0,3} (#ThirdParty|#NamedService)',
        '(store|stores|stored|host|hosts|hosted|keep|keeps|kept) .{0,5} with .{0,3} (#ThirdParty|#NamedService)',
      ],
      // "used by Example Inc. and its subsidiaries": the first party's own group, named as the operator. "The Powered
      // by Acme logo", "Groceries Powered by Acme": a brand line or product label (capital "Powered") names whose
      // product it is, not who receives data; "search is powered by Acme" in a sentence still names a processor.
      // "Routed through us (or our Affiliate)": the service itself; "in connection with the partner": no keeping.
      rejectEvidence:
        /\b(?:and\s+its\s+(?:subsidiar|affiliat|group)|AND\s+ITS\s+(?:SUBSIDIAR|AFFILIAT|GROUP))|\bPowered\s+by\s+(?:the\s+)?\p{Lu}|\b(?:through|via|THROUGH|VIA)\s+(?:us|US)\b|\b(?:connection|CONNECTION)\s+(?:with|WITH)\b/u,
      // Money handled by someone else, not data (GUIDE D10: who collects a payment): "refunds processed through a
      // third-party marketplace", "fee payments … may be collected by our partners", "payments are processed by a
      // third-party merchant of record" (no card, address or other details named near the money word, as the settled
      // labels read it), "pricing terms set by the provider", "an in-app purchase) and handled by a third-party app
      // store". Card payments stay (D1).
      // Nor data: the page's widgets and ads, said to be served or hosted by someone else ("social media features are
      // either hosted by a third party or hosted directly on our site", "advertisements on our websites may be served by
      // unaffiliated third parties"); nor whose websites, services, events or promotions they are ("on services operated
      // by our affiliates", "educational programs hosted by Acme or a vendor", "promotions run by our partners"),
      // unless the clause stores or sends something there ("stored on a network operated by our host").
      rejectBefore:
        /\b(?:refunds?|fees|(?<!\b(?:card|credit|debit)\s)payments|billing|prices|pricing\s+terms|tuition|coins|in-app\s+purchases?)\b(?![^.;:]{0,40}?\b(?:card|address|details|information|data|history|records)\b)[^.;:]{0,40}$|\b(?:social\s+media\s+features|widgets|buttons|plug-?ins|advertisements|ads|applications)\W{1,4}(?:(?:on|in) (?:our|the) [\w-]{1,20}\W{1,4})?(?:(?:may|might|can|will) )?(?:are|is|be) (?:either |also |sometimes )?$|(?:^|[.;:])(?![^.;:]*\b(?:stor(?:e|es|ed|ing)|process(?:es|ed|ing)?|transmit(?:s|ted|ting)?|transferr?(?:s|ed|ing)?|kept|held|hosted)\s)[^.;:]*\b(?:websites?|network|services|programs|events|promotions|technology)\W{0,3}(?:owned and(?:\/or)? )?$|\b(?:types|kinds|categories)\s+of\s+(?:the\s+)?(?:cookies|trackers|tracking\s+technologies|technologies)\s+$/,
      // A linked or embedded site's own trackers ("cookies used by partner websites that are embedded …", GUIDE T18).
      rejectAfter: /^\W*(?:web\s*)?sites?\b(?![\s-]+(?:hosting|hosts?|providers?|operators?))/,
      // The service's liability for its agents' handling is procedure (GUIDE D8), not data put in their hands.
      rejectInUnit: { test: (before, evidence) => liableForHandling(`${before}${evidence}`) },
      severity: 'low',
      why: "Data hosted, processed or handled by an outside company (a host, a payment processor, a partner) is in that company's hands.",
      mustMatch: [
        // A host named after the site it hosts: "collected by a third-party website hosting provider".
        'The information we collect may be collected by a third-party website hosting provider on our behalf.',
        'Credit card payments and your billing details are processed by our payment provider.',
        'Our website and its databases are hosted by a cloud provider in Frankfurt.',
        'Card payments are processed by Examplepay and PayPal.',
        'Your order details may be accessed by our group companies.',
        'Help requests are handled through Zendesk.',
        'We keep backups of your files with a storage provider.',
        'The app runs on infrastructure operated on our behalf by Fastly and Amazon Web Services.',
        { text: 'Your messages are never processed by third parties.', stance: 'restrict' },
        'Some AI features may be powered by third-party technology providers.',
        'Search on our site is powered by Cloudflare.',
        'Our services are hosted by our cloud provider, Acme Cloud.',
        // Data kept on or sent through a network or services an outside party runs (GUIDE D1).
        'Your personal data is stored on a secure network operated by our hosting provider.',
        'We store your data on services hosted by our cloud providers.',
        'Your messages are transmitted through a network operated by a third-party telecommunications provider.',
        'Your orders are fulfilled by our logistics partners, who receive your name and address.',
        // Payment details named beside the money word are data in the provider's hands (D1).
        'Your billing address is processed by our payment provider.',
        'Your billing and shipping information is processed by our payment provider.',
        'Payments and your card details are processed by our payment provider, Acme Pay.',
      ],
      mustNotMatch: [
        'See more detail about the types of cookies used by Acme and our partners and how we use them.',
        'Third-party cookies are used by partner websites that are embedded within our site or that we link to.',
        'Recurring subscription payments are processed by a third-party merchant of record, not by Acme.',
        'Your billing and payments are handled by that third party provider.',
        'Your public profile can be seen by anyone who visits the site.',
        'Information provided by our partners helps us keep accounts safe.',
        'Content sent by third parties through the service is their responsibility.',
        'Your data is processed by us in Ireland.',
        'This website is operated by Example Ltd, a company registered in England.',
        'Information we collect is used by Example Media Inc. and its subsidiaries.',
        'Microsoft collects the search terms you enter.',
        'Some pages contain links to sites operated by third parties.',
        // Goods and work brought by someone else, no data named.
        'When alcohol is delivered by a third-party provider:',
        'These orders are fulfilled by licensed pharmacies and third-party providers, not by us.',
        // Brand lines and credits.
        'Examplesoft and the Powered by Cloudflare logo are trademarks of their owners.',
        'Benefits are not available on Groceries Powered by Stripe (embedded partner experiences).',
        // Money, not data; the service itself.
        'Depending on the program, tuition and fee payments for these programs may be collected by Acme or our Content Partners.',
        'Such denials may include situations involving prior refunds processed through a third-party marketplace.',
        'Coins can be purchased from within the Acme app (i.e. an in-app purchase) and handled by a third-party app store.',
        'If you refund money to a customer and the refund is routed through us (or our Affiliate), we will refund the fee.',
        'Any data you store or transmit in connection with the Acme Partner APIs will be secure.',
        'These social media features are either hosted by a third party or hosted directly on our site.',
        'Some content, applications, and advertisements on our websites may be served by unaffiliated third parties.',
        'We do not tolerate misconduct, whether on or off the Services (including on services operated by our affiliates).',
        'This data is collected during forums, contests, events, or educational programs hosted by Acme (or a vendor).',
        'Communications may concern marketing or promotions run by us or our third-party partners.',
      ],
    },
    {
      id: 'data_sharing.stored-on-their-servers',
      cue: [ON_THEIR_SERVERS],
      // The machines' owner right after them: not "stored on our servers and never sold to third parties".
      match: [
        `${KEPT_ON_MACHINES} ${RUN_BY}? (by|of) .{0,6} #ThirdParty`,
        `${KEPT_ON_MACHINES} located .{0,5} (and|or) ${RUN_BY} by .{0,6} #ThirdParty`,
        `${KEPT_ON_MACHINES} belonging to .{0,6} #ThirdParty`,
      ],
      severity: 'low',
      why: "Data kept on servers that an outside company owns or runs is in that company's hands (GUIDE D1).",
      mustMatch: [
        'Your data is stored on servers belonging to Acme SA and to our service providers located in the EEA.',
        'This information is stored on servers of our software partner Examplesoft.',
        'Content is stored on servers located in the EEA and owned by Acme or by our cloud storage service providers.',
        { text: 'We never store your messages on servers of third parties.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Your data is stored on our own servers and is never sold to third parties.',
        'We host the service on our servers in Frankfurt, and our partners cannot see it.',
      ],
    },
    {
      id: 'data_sharing.named-service',
      cue: [NAMED_SERVICE],
      match: [
        '(use|uses|used|using|employ|employs|engage|engages|engaged|hire|hires|utilize|utilizes|utilise|utilises|rely|relies|integrate|integrates) (on)? .{0,3} #NamedService .{0,3} (to|for|as)',
        '(partner|partners|partnered|partnering|work|works|worked|working) with .{0,2} #NamedService',
        '(subprocessors|sub processors|processors|providers|vendors|services|partners) (eg|such as|like|including|namely|for example)? #NamedService',
        '#ShareVerb .{0,8} (to|with) #NamedService',
        // "transferred to a Google server", "sent to Amazon's data centres".
        '#ShareVerb .{0,8} to .{0,2} (#NamedService|#BigTech) (server|servers|data|cloud)',
      ],
      severity: 'low',
      why: 'Using a named outside service (hosting, payments, email, support) hands it user data to do the job.',
      mustMatch: [
        'We use Stripe to process subscription payments.',
        'Crash reports are sent to Sentry.',
        'Payment services (e.g., PayPal, Braintree) and email delivery (e.g., Mailgun).',
        'We rely on sub-processors such as Amazon Web Services (hosting) and Postmark (email).',
        'Your IP address is transferred to a Google server in the United States.',
        "Voice snippets are sent to Microsoft's servers for transcription.",
        { text: 'We do not use Stripe or PayPal for billing: card payments go to our own bank.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You can use PayPal to pay for your order.',
        'Apple and Google are trademarks of their respective owners.',
        'Our app is available on Google Play and the Apple App Store.',
      ],
    },
    {
      id: 'data_sharing.named-service-receives',
      cue: [NAMED_RECEIVES],
      match: [
        '#NamedService (which|that|who)? (may|will|can|also|then|only)? (may|will|can|also|then|only)? (receive|receives|process|processes|collect|collects|obtain|obtains|has access|have access)',
      ],
      // The named service is the subject by construction; "you" earlier in the sentence ("when you sign in with
      // Google, Google receives …") is not the one acting.
      userSubject: true,
      severity: 'low',
      why: 'A named outside service receiving or processing user data has it in its hands.',
      mustMatch: ['When you pay with PayPal, PayPal receives your email address.'],
      mustNotMatch: [
        'You can tell Stripe to stop processing your payments in its own settings.',
        'If you sign in with Facebook, we may automatically collect your public profile.',
        'Microsoft collects the search terms you enter.',
      ],
    },
    {
      id: 'data_sharing.let-third-party-use',
      cue: [LET_USE],
      // The .{0,5} after the recipient was the hand fix for a two-term recipient ("third party") before
      // fitMultiTermTags widened such gaps itself; compiled, it is .{0,7} (the cue allows three words there).
      match: [
        '(let|lets|allow|allows|allowed|permit|permits|permitted|enable|enables|authorize|authorizes|authorise|authorises) .{0,3} (#ThirdParty|#NamedService) .{0,5} (use|access|see|view|receive|collect|obtain|process) .{0,4} #UserData',
        // "enable our partners to send you marketing communications": they get the contact details to do it.
        '(let|lets|allow|allows|allowed|permit|permits|permitted|enable|enables|authorize|authorizes|authorise|authorises) .{0,3} (#ThirdParty|#NamedService) .{0,5} (contact|send|email|call) you',
        // Tracking partners on the page: "we allow ad networks to recognise your cookie", "enable Criteo to track visits".
        '(let|lets|allow|allows|allowed|permit|permits|permitted|enable|enables) .{0,3} (#ThirdParty|#NamedService) .{0,5} (recognize|recognise|track|record|collect) .{0,4} (#TrackTech|#UserData|activity|visits|browsing|you)',
        // "We may allow carefully selected third parties to place this type of cookie": their trackers, their data.
        '(let|lets|allow|allows|allowed|permit|permits|permitted|enable|enables) .{0,3} (#ThirdParty|#NamedService) .{0,5} (place|set|deploy|drop|use) .{0,4} #TrackTech',
      ],
      severity: 'medium',
      why: 'Letting outside companies use or see user data is disclosure to them.',
      mustMatch: [
        'We allow selected partners to use your contact details for their own offers.',
        { text: 'We never let advertisers see your messages.', stance: 'restrict' },
        'These tags enable our ad partner, Criteo, to recognise your cookie on other sites.',
        { text: 'We do not allow tracker networks to record your activity on our pages.', stance: 'restrict' },
        { text: 'We do not allow third-party ad networks to record your activity on our pages.', stance: 'restrict' },
        'Your details are used to enable our partners to send you offers.',
        'We may allow carefully selected third parties to place this type of cookie or similar technologies for this purpose.',
      ],
      mustNotMatch: [
        'We allow advertisers to use our self-service tools.',
        'You may allow other apps to access your calendar data.',
      ],
    },
    {
      id: 'data_sharing.let-providers-assist',
      cue: [LET_ASSIST],
      match: [
        '(allow|allows|allowing|enable|enables|enabling|permit|permits|permitting) .{0,3} #ThirdParty .{0,4} to (assist|help|support) us',
        '(allow|allows|allowing|enable|enables|enabling|permit|permits|permitting) .{0,3} #ThirdParty .{0,4} to (perform|carry) .{0,5} (on our behalf|for us)',
      ],
      severity: 'low',
      why: 'Letting service providers or affiliates help run the service ("to allow service providers to assist us") gives them what the service holds to do it (GUIDE D1).',
      mustMatch: [
        'To allow service providers to assist us in running and managing the service,',
        'It is in our legitimate interest to enable our vendors and affiliates to perform certain tasks on our behalf.',
      ],
      mustNotMatch: [
        'Our platform enables partners to support their own customers.',
        'You may allow other apps to help you manage your account.',
        'We allow members to help each other in the forums.',
      ],
    },
    {
      id: 'data_sharing.named-processor',
      cue: [PROCESSOR_NAMED],
      match: [
        // "role", not "in": a gap takes the first word its successor matches ("… storage in the EU in the role of …").
        '(which|that|who|providing|provides|offering|offers) .{0,18} role of .{0,3} (processor|processors|subprocessor|subprocessors)',
        '(use|uses|using|rely|relies|engage|engages|engaged|our|its) .{0,2} (service)? (provider|providers|processor|processors|vendor|vendors) .{0,3} #CorpSuffix',
      ],
      // The user using a provider of their own ("if you use a payment service provider such as …") names no processor
      // of the service's.
      rejectBefore:
        /\byou\s+(?:(?:may|might|can|could|will|would|also|choose\s+to|decide\s+to|wish\s+to|want\s+to)\s+){0,2}$/,
      severity: 'low',
      why: 'A company named as the service’s processor or provider ("Examplecloud Ltd, which provides storage in the role of data processor", "we use the service provider Examplemail, Inc.") handles user data for it (GUIDE D1).',
      mustMatch: [
        'Examplecloud Ltd, which provides infrastructure for data storage in the EU in the role of personal data processor.',
        'To send newsletters, we use the service provider Examplemail, Inc. (USA).',
        'Our service provider, Examplemail, Inc., is established outside the European Economic Area.',
      ],
      mustNotMatch: [
        'We are a service provider to Examplebank Ltd.',
        'Our vendors must sign a data processing agreement.',
        'This section explains the role of a data processor.',
        // The user's own provider, not the service's processor.
        'If you use a payment service provider such as Acmepay, Inc., its terms govern your payments.',
        'You may choose to use a service provider such as Acmepay, Inc. for your payments.',
      ],
    },
    {
      id: 'data_sharing.ads-with-partners',
      cue: [ADS_WITH_PARTNERS],
      match: [
        '(work|works|working|partner|partners|partnering|collaborate|collaborates) with .{0,6} #ThirdParty .{0,10} to .{0,1} (serve|show|display|deliver|target|personalize|personalise|place|measure|advertise|manage) .{0,8} (ad|ads|advert|adverts|advertisement|advertisements|advertising|marketing|campaign|campaigns)',
        '(work|works|working|partner|partners|partnering) with .{0,4} (advertising|ad|marketing) (partner|partners|network|networks|company|companies|provider|providers|vendor|vendors|agencies)',
        '(use|uses|using) .{0,3} (advertising|ad) (company|companies|network|networks|partner|partners|vendor|vendors|provider|providers|services) to (serve|show|display|deliver|target|place)',
      ],
      severity: 'low',
      why: 'Ad networks and advertising partners the service works with to show, target or measure ads get what identifies the user to do it (GUIDE T6).',
      mustMatch: [
        'We work with third-party ad networks and marketing partners to personalize content and display advertising within our services.',
        'Acme also may work with partners to directly show you ads in the app.',
        'We work with advertising partners to promote our products on other websites.',
        'We may use third-party advertising companies to serve you targeted advertisements.',
        'We work with ad networks to display advertising in the app and to manage our advertising on third-party websites.',
      ],
      mustNotMatch: [
        'We partner with a local bank to offer a store credit card.',
        'You may work with an agency to manage your advertising campaigns.',
        'Advertisers work with us to reach new customers.',
      ],
    },
    {
      id: 'data_sharing.discloses-the-following',
      cue: [DISCLOSES_THE_FOLLOWING],
      match: [
        '(disclose|discloses|disclosed|share|shared|transferred|sold) .{0,8} (the following|these) (categories|types|kinds|pieces|personal|data|information)',
        '(data|information) disclosed (for|to) .{0,10} (includes|include|including)',
      ],
      // Not what the user is told ("disclose the following information to you").
      rejectAfter: TO_US,
      severity: 'low',
      why: 'A lead-in that discloses the data it lists ("we may collect, use, and disclose for our business purposes the following categories of personal information:") states the disclosure itself (GUIDE G2).',
      mustMatch: [
        'We may collect, use, and disclose for our business and commercial purposes the following categories of personal information:',
        'In the past twelve months, we have shared or sold the following data:',
        'Data disclosed for advertising measurement includes contact identifiers and device identifiers.',
      ],
      mustNotMatch: [
        'You may ask us to disclose the following information to you:',
        'We collect the following categories of personal information:',
      ],
    },
    {
      id: 'data_sharing.stays-with-us',
      // "Your data never leaves your device / our servers": a denial of any disclosure, phrased from the data's side.
      cue: [/(?:\bnever|\bnot|n['’]t)\s+(?:leave|leaves)\b/],
      match: [
        '#UserData .{0,4} (never|not) (leave|leaves) .{0,3} (device|devices|servers|server|computer|browser|premises|company|network|infrastructure|control|hands)',
      ],
      stances: ['restrict'],
      severity: 'low',
      why: "Saying user data never leaves the device or the company's servers denies any disclosure: a good sign.",
      mustMatch: [
        { text: 'Your recordings never leave your device.', stance: 'restrict' },
        { text: 'Customer data does not leave our own servers in Germany.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Users who leave the service can export their data first.',
        'Do not leave your device unattended.',
      ],
    },
    {
      id: COOKIE_PARTY_CELL_RULE,
      // GUIDE D14: the party column of a cookie list says whose cookie it is; "Third Party" in it is a third party
      // collecting through the service. "First Party" is the service's own.
      section: COOKIE_CELL,
      cue: [/\b(?:third|3rd)[\s-]+part(?:y|ies)\b/],
      match: ['^(third|3rd) (party|parties) (cookie|cookies)? .?$'],
      severity: 'low',
      why: 'A cookie listed as a third party\'s (a "Third Party" cell of a cookie table) lets that party collect data through the service (GUIDE D14, D1).',
      mustMatch: [
        { text: 'Third Party', stance: 'grant', section: 'cookie list cell › Targeting Cookies › acme.com › Type' },
        { text: 'Third-party cookie', stance: 'grant', section: 'cookie list cell › Strictly necessary cookie' },
        { text: '3rd party', stance: 'grant', section: 'cookie list cell › Cookies we use' },
      ],
      mustNotMatch: [
        { text: 'First Party', section: 'cookie list cell › Targeting Cookies' },
        // A paragraph under a cookie heading is a title, not a cell of the party column.
        { text: 'Third Party Cookies', section: 'Cookie Policy' },
        { text: 'Third party cookies are blocked by some browsers.', section: 'cookie list cell › Cookies' },
      ],
    },
    {
      id: 'data_sharing.named-service-under-label',
      // "Hosting: Amazon Web Services", "Analytics: Google Analytics, Hotjar", "Sub-processors: Google LLC; …", or a
      // list under such a heading.
      section: SERVICE_HEADING,
      cue: [OPENS_WITH_COMPANY],
      match: ['^(#NamedService|#BigTech)', '^google analytics', '^.{1,5} #CorpSuffix'],
      severity: 'low',
      why: 'A named outside company under a heading that says what it does for the site ("Hosting", "Analytics") is one that receives user data to do it.',
      mustMatch: [
        'Hosting: Amazon Web Services, Inc. (United States).',
        'Analytics: Google Analytics, Hotjar.',
        { text: 'Stripe, Inc., for card payments.', stance: 'grant', section: 'Payment providers' },
        'Sub-processors: Examplecloud GmbH (hosting); Mailco Ltd. (email).',
        { text: 'Acme Analytics Inc., Delaware, USA.', stance: 'grant', section: 'Recipients' },
      ],
      mustNotMatch: [
        { text: 'Google and Apple sign-in are optional.', section: 'Our promises' },
        'Contact: Example Ltd, 1 High Street, London.',
      ],
    },
    {
      id: 'data_sharing.company-in-processor-role',
      cue: [COMPANY_ROLE],
      match: [
        '(hosted|processed|stored|handled|collected|received) .{0,3} by .{0,5} #CorpSuffix',
        // The legal form is the cue's: "collected by SRL" (an abbreviated first party) is no outside company.
        '(service|services) (provided|operated|offered) by .{0,5} (#CorpSuffix|#NamedService|#BigTech)',
        'a service of .{0,5} (#CorpSuffix|#NamedService|#BigTech)',
        '(share|shares|shared|sharing|disclose|discloses|disclosed|transfer|transfers|transferred|pass|passes|passed|transmit|transmits|transmitted|forward|forwards|forwarded|release|released|give|given|supply|supplied|handed|made) .{0,8} (to|with) .{0,6} #CorpSuffix',
        '(recipients|processors|subprocessors|sub processors) .{0,6} (#CorpSuffix|#ThirdParty|#NamedService|#BigTech)',
      ],
      severity: 'low',
      why: 'A company named with its legal form (Ltd, LLC, GmbH) as the host, the provider of an embedded service, or the recipient is an outside company that gets user data.',
      mustMatch: [
        'The statistics tool is hosted by Examplestats Ltd. in Ireland.',
        'Examplemaps is a map visualisation service provided by Examplemaps Inc.',
        'This site uses Heatmapper, a service of Heatmapper Ltd.',
        'Your IP address is passed to Examplefonts Ireland Limited when the page loads.',
        'Categories of recipients: IT service providers, payment service providers, shipping companies.',
      ],
      mustNotMatch: [
        'This website is operated by Example GmbH, Musterstrasse 1, Berlin.',
        'This website is a service provided by Example Ltd.',
        'Example Inc. is a company incorporated in Delaware.',
        'We offer a limited number of free accounts.',
        'Written queries may be sent to: Example Media Ltd., 1 High Street, London.',
        'Our Privacy Policy applies to all of the services offered by Example Inc. and its affiliates.',
      ],
    },
    {
      id: 'data_sharing.kept-between-us',
      // The limit phrased positively, with no negation for stance.ts to find: "stays between you and us".
      cue: [
        /\b(?:stays?|remains?|is\s+kept)\s+(?:strictly\s+)?(?:between\s+you\s+and\s+us|with\s+us|on\s+your\s+(?:device|computer|phone))\b|\bfor\s+(?:our\s+)?(?:own\s+)?(?:internal|our)\s+use\s+only\b/,
        DATA,
      ],
      match: [
        '#UserData .{0,6} (stays|stay|remains|remain|kept) (strictly)? between you and us',
        '#UserData .{0,6} (stays|stay|remains|remain|kept) (with us|on your device|on your computer|on your phone)',
        '#UserData .{0,8} for (our|own|internal) .{0,2} use only',
      ],
      assurance: true,
      // "The information you give us stays between you and us": the user gives, the company keeps it to itself.
      userSubject: true,
      severity: 'low',
      why: 'Saying user data stays between the user and the company, or is for internal use only, denies disclosure: a good sign.',
      mustMatch: [
        { text: 'The details you give our support team stay between you and us.', stance: 'restrict' },
        { text: 'Survey data is for internal use only.', stance: 'restrict' },
        { text: 'Your notes and files remain on your device.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Your data does not stay with us once you delete your account.',
        'This manual is for internal use only.',
      ],
    },
    {
      id: 'data_sharing.deny-sharing-it',
      // "We keep your data private and don't share it": the object is a pronoun for the data just named.
      cue: [/(?:\bnot|\bnever|n['’]t)\s+(?:share|shared|disclose|disclosed)\s+(?:it|them)\b/, DATA],
      match: ['(not|never) (share|shared|disclose|disclosed) (it|them)'],
      stances: ['restrict'],
      severity: 'low',
      why: 'Refusing to share the data just named ("… and we never share it") is a denial of disclosure.',
      mustMatch: [
        { text: 'Usage logs are kept for a week and we never share them.', stance: 'restrict' },
        { text: "We keep your data private and don't share it.", stance: 'restrict' },
      ],
      mustNotMatch: ['You chose a secret phrase; do not share it.'],
    },
    {
      id: 'data_sharing.we-share-it-under-sharing-heading',
      // Under a heading that names the sharing of the data, the unit refers to the data by a pronoun ("We do share it
      // with others in these ways:", "when we share it with drivers"): the recipient word may be one the lexicon leaves
      // out ("others", "drivers") or none at all ("share it freely"). Not a transfer abroad, which names no recipient
      // (GUIDE D13), nor the user's own sharing.
      section: SHARE_IT_SECTION,
      sectionWithParent: true,
      cue: [WE_SHARE_IT],
      match: [`we .{0,3} (${SHARE_IT_VERBS.join('|')}) (${['it', 'them', ...OPT_OUT_ACTS.pointer!].join('|')})`],
      // The sharing is only assumed ("anyone we share it with", "the cases in which we disclose it"), or the unit points
      // to where it is described ("Below we describe when we disclose it").
      rejectBefore: inLastPhrase(
        /\b(?:which|whom|anyone|everyone|companies|those|parties|entities)\s+$|\b(?:below|following)\b/,
      ),
      severity: 'medium',
      why: 'Under a heading that says the section is about sharing the data, "we share it" shares that data, whoever the recipient.',
      mustMatch: [
        {
          text: 'We do share it with others in these ways:',
          stance: 'grant',
          section: 'When does Acme share my personal information with others?',
        },
        { text: 'We may also share it freely.', stance: 'grant', section: 'Sharing of information' },
        { text: 'We never share it with anyone.', stance: 'restrict', section: 'Disclosure of your information' },
        {
          text: 'We share this information with our payment processor.',
          stance: 'grant',
          section: 'How we share your information',
        },
        {
          text: 'When we share it with drivers, we remove your name.',
          stance: 'grant',
          section: 'Sharing of information › Drivers',
        },
      ],
      mustNotMatch: [
        // Not under a sharing heading: "it" may be anything.
        'We do share it with others in these ways:',
        { text: 'We do share it with others in these ways:', section: 'How we use your information' },
        // The user shares.
        { text: 'If you share it with friends, they can see your list.', section: 'Sharing your information' },
        { text: 'We recommend you only share it with people you trust.', section: 'Sharing your information' },
        // A sharing heading about the user's content, or one that names neither data nor recipients, is no sharing section.
        { text: 'We share them with other users.', section: 'Sharing your content' },
        { text: 'When you post content, we share it with the audience you select.', section: 'Sharing content' },
        { text: 'We disclose this relationship in accordance with FTC guidelines.', section: 'Affiliate Disclosure' },
        { text: 'Once the issue is fixed, we may disclose it publicly.', section: 'Responsible disclosure' },
        // A transfer abroad names no recipient (D13).
        {
          text: 'We may transfer it to, and store it at, a destination outside the European Economic Area.',
          section: 'Transfer of your personal information',
        },
        {
          text: 'When we transfer it outside the EEA, we ensure a similar degree of protection.',
          section: 'Sharing and international transfers of your personal data',
        },
        // A pointer word before something other than the data.
        { text: 'We release these updates to all users at the same time.', section: 'How we share your information' },
        { text: 'We share these tips to help you keep your account safe.', section: 'How we share your information' },
        // A pointer to the description, and sharing only assumed in a relative clause.
        {
          text: 'Below we describe the circumstances in which we disclose it.',
          section: 'Who we share your data with',
        },
        {
          text: 'We take steps to ensure that anyone we share it with keeps it secure.',
          section: 'Who we share your data with',
        },
        // The opt-out link's own heading.
        {
          text: 'If you use this link, we will not share it for cross-context behavioral advertising.',
          section: 'Do Not Sell or Share My Personal Information',
        },
      ],
    },
    {
      id: 'data_sharing.service-lets-user-share',
      // The service offers the user a way to share with an outside service ("features that let you share actions with
      // other websites", "we may offer the option to share video clips with your home security service"): a transfer
      // the user starts (GUIDE D4), with no data word needed. Not sharing with family, friends or other users of the
      // service: what the user chooses to show them is no disclosure (D10).
      cue: [USER_LET_SHARE_OUTSIDE, OUTSIDE_AFTER_PREPOSITION],
      match: [
        `(${USER_LET_VERBS.join('|')}) (you|users|members) to? .{0,2} share`,
        '(option|ability|facility) to .{0,6} share',
      ],
      rejectAfter: SERVICE_OWN_SHARED,
      // A licence to the user, or the option given to another party ("we give our partners the option to share …").
      rejectBefore: inLastPhrase(
        /\blicen[cs]e|\b(?:give|gives|giving|offer|offers|offering|provide|provides|grant|grants)\s+(?!(?:you|users?|members?)\b)[\w’'-]+\s+(?:[\w’'-]+\s+)?(?:the|an?)\s+$/,
      ),
      userSubject: true,
      implies: { stance: 'conditional', condition: 'opt_in' },
      severity: 'low',
      why: 'A feature the service offers for the user to share (social sharing tools, sharing with contacts) is a transfer the user starts: conditional on their choice (GUIDE D4).',
      mustMatch: [
        {
          text: 'We may also offer social sharing tools that let you share actions on the Services with other websites.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We may offer the option to share video clips from your camera with your home security service.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'They may also allow you to quickly share content across social media.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        // The user's own act with no feature of the service, sharing with the service, a feature withheld.
        'You may share your content with third parties using the share button.',
        'The form lets you share feedback with us.',
        'The Services do not allow you to share your files with other users.',
        // The service's own material, or a licence to the user: no data of the user leaves (D10).
        'This licence permits you to share the materials on social media for non-commercial purposes.',
        'We give our partners the option to share your personal information with other companies.',
        'We allow you to share our articles on other websites provided that you credit us and link back.',
        // Family, friends and other users are no outside service (D10).
        'A Family Plan allows you to share content with up to five family members.',
        'Such features let you share information with your friends or the public.',
        'This allows you to share these links with other users.',
        // The outside word belongs to another item of a list.
        'Allowing you to create, share and consume content, interact with others, utilise social features.',
        'We use your information to enable you to upload, share and comment on videos and to use our social features.',
        // The outside party comes before the feature: the user's own sharing elsewhere.
        'If you do share content onto other platforms, separate terms may apply from the organisation that allows you to share.',
      ],
    },
    {
      id: 'data_sharing.disclose-to-other-users',
      // The recipients are other users or "others", which the recipient words leave out (they are the public a user
      // posts to): the service disclosing the data to them is sharing by its choice, or its denial ("we do not disclose
      // your exact location to any other user", "nor do we give it to others").
      cue: [OTHERS_RECEIVE],
      match: [
        '(disclose|discloses|disclosed|disclosing|reveal|reveals|revealed|give|gives|given|pass|passes|passed) .{0,4} (#UserData|it|them|location) (on|out)? to others',
        '(disclose|discloses|disclosed|disclosing|reveal|reveals|revealed|give|gives|given|pass|passes|passed) .{0,4} (#UserData|it|them|location) (on|out)? to (any|the)? other (user|users|member|members|customers|people)',
      ],
      // A disclosure presupposed as the occasion of a duty ("if we have disclosed your data to others, we will tell
      // them of your request") takes no right.
      rejectBefore: /\b(?:if|where|when)\s+we\s+have\s+$/,
      severity: 'low',
      why: 'Disclosing the data to other users or to "others" is sharing by the service; denied, it is a limit.',
      mustMatch: [
        { text: 'We do not disclose your exact location to any other user.', stance: 'restrict' },
        {
          text: 'We do not sell or rent your Personal Information, nor do we give it to others to sell you anything.',
          stance: 'restrict',
        },
        { text: 'We may disclose your contact information to other members of your team.', stance: 'grant' },
      ],
      mustNotMatch: [
        'You may not give your password to others.',
        'Other users can see the content you post publicly.',
        'We give priority to others who have waited longer.',
        'If we have disclosed your personal data to others, we will let them know about the erasure request.',
      ],
    },
    {
      id: 'data_sharing.sharing-with-consent',
      // The disclosure as a gerund with its consent, no recipient named: "which may include sharing actual contact
      // information with your consent".
      cue: [SHARE_DATA, /\bwith\s+your\s+(?:\w+\s+)?(?:consent|permission)\b/],
      match: ['(sharing|disclosing) .{0,3} #UserData .{0,2} with your .{0,1} (consent|permission)'],
      stances: ['conditional'],
      severity: 'low',
      why: 'Sharing the data "with your consent" is a disclosure that waits for the user (conditional opt-in).',
      mustMatch: [
        {
          text: 'We will try to connect you with the driver, which may include sharing actual contact information with your consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'Sharing information with your friends is easy.',
        // The consent far from the data: a clause of its own.
        'Sharing your personal data helps us run the service, and we only ever do it with your consent.',
      ],
    },
    {
      id: 'data_sharing.access-limited-to-recipients',
      // Who may see the data, limited to named recipients: "Access to Customer Data is limited to employees,
      // contractors and vetted vendors who …" (D12: a limit on recipients that shares nothing itself).
      cue: [ACCESS_LIMITED_TO],
      match: [
        'access to .{0,8} (is|are|will be|shall be) (limited|restricted) to .{0,8} #ThirdParty',
        // The service limiting it: "we limit access to your personal data to those employees, agents and other third
        // parties who have a business need to know".
        '(limit|limits|restrict|restricts) access to .{0,3} (data|information) to .{0,8} #ThirdParty',
      ],
      // Access "limited to advertisers" or brokers names who gets the data, not a limit on it.
      rejectEvidence: /\b(?:advertis|marketer|broker|sponsor|data\s+buyer)/,
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'Access to the data limited to certain recipients is a limit on who receives it (GUIDE D12): restrict.',
      mustMatch: [
        {
          text: 'Access to Customer Data is limited to our employees, contractors, and vetted service providers who need to know it.',
          stance: 'restrict',
        },
        {
          text: 'We limit access to your personal data to those employees, agents, contractors and other third parties who have a business need to know.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We may restrict access to any content if we believe it causes harm to other users or third parties.',
        'Access to your data is limited to employees who need it to do their jobs.',
        'Access to your data is limited to advertisers who pay for our premium service.',
      ],
    },
    {
      id: 'data_sharing.shares-after-denial',
      // The first clause denies one sharing; the clause after the comma grants another (G4: grant wins).
      cue: [DENIAL_THEN_SHARE],
      match: ['we (only|may|also|instead|will|do)? (only|also)? (share|provide|disclose|give|pass|send|transfer)'],
      stances: ['grant', 'conditional'],
      severity: 'low',
      why: 'A sentence that denies one sharing and then names another still grants the second one.',
      mustMatch: [
        {
          text: 'We do not share any personal information with that party, we only provide anonymized statistical data.',
          stance: 'grant',
        },
        {
          text: 'While we do not share your purchases with ad companies, we may share an advertising identifier with them.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'We do not share your personal information with third parties, and we do not sell it.',
        'We do not share your data with advertisers. We may share it with our service providers.',
        'We never share your personal data, except that we may share it when the law requires.',
        'We do not share your personal information with advertisers, we only provide you with the service.',
      ],
    },
    {
      id: 'data_sharing.third-party-services-used',
      cue: [SERVICES_USED],
      match: [
        '(use|uses|using|employ|employs|engage|engages|utilize|utilizes|utilise|utilises|rely|relies|hire|hires) .{0,4} (third|external|outside) .{0,3} (service|services|provider|providers|tools|companies|company|vendor|vendors|processor|processors|partner|partners|platform|platforms|analytics)',
        '(use|uses|using) .{0,2} (services|tools) (provided|offered|operated|run) by .{0,2} #ThirdParty',
        `(${ENGAGE_ONE_WORD}) .{0,6} #ThirdParty+ (who|that|which)? (act|acts|acting|serve|serves|serving) as (our|a|the)? (data)? (service|services)? (provider|providers|processor|processors|subprocessor|subprocessors)`,
        `(${ENGAGE_ONE_WORD}) .{0,6} #ThirdParty+ (who|that|which)? (act|acts|acting|serve|serves|serving) as our (vendor|vendors|contractor|contractors)`,
        `(${ENGAGED_BY_PARTICIPLES.join('|')}) by (a|an|one|another) (company|firm|business|provider) (who|that|which)? (act|acts|acting|serve|serves|serving) as (our|a|the)? (data)? (service|services)? (provider|providers|processor|processors|subprocessor|subprocessors)`,
        '#ThirdParty+ .{0,3} (help|helps|assist|assists|support|supports) (us)? (to)? (operate|run|provide|deliver|maintain|host)',
        '#ThirdParty (are|is) involved in',
        '(hosting|cloud|payment|email|storage|infrastructure) (service)? (provider|providers|processor|processors|partner|partners) (is|are|include|includes)',
        '(provided|operated|supplied|built|hosted|run|runs|running) (by|on) (top of)? #NamedService',
        '(store|stores|stored|host|hosts|hosted|keep|keeps|kept|located) .{0,4} (in|on|at) .{0,4} (#NamedService|#ThirdParty)',
        '(outsource|outsources|outsourced|outsourcing) .{0,10} to .{0,3} #ThirdParty',
        'list of .{0,2} #ThirdParty',
        '(services|providers|tools|vendors|processors) (that|which)? (we|this) .{0,1} (use|uses|engage|engages|work|rely|relies)',
        '(third|external) .{0,1} (services|tools|providers|plugins) (are|is)? used (on|by|in|for|to)',
        '(use|uses|using|engage|engages|employ|employs) the? services of',
        '(use|uses|using|engage|engages|employ|employs) the? .{0,1} service (provider|providers)',
        // The trade before the head: "we use an analytics service provider", "we utilize major cloud service providers".
        '(use|uses|using|utilize|utilizes|utilise|utilises|employ|employs|engage|engages|hire|hires) .{0,5} (service|services)? (provider|providers|vendor|vendors|contractor|contractors|subprocessor|subprocessors)',
        '(make|makes|making) use of .{0,5} (provider|providers|vendor|vendors|contractor|contractors|subprocessor|subprocessors|processor|processors)',
        'processing (agreement|agreements|addendum|addenda|contract|contracts) with .{0,3} (#ThirdParty|#NamedService|#BigTech)',
        '(processor|processors|providers|vendors|subcontractors) (engaged|appointed|used|commissioned|retained) by (us|the)',
        '(embed|embeds|embedded|embedding|integrate|integrates|integrated|integrating) .{0,4} (from|by) .{0,1} (#NamedService|#BigTech)',
        '(button|buttons|plugin|plugins|ins|widget|widgets|video|videos|map|maps|player|players|font|fonts) (from|by|of) .{0,1} (#NamedService|#BigTech) .{0,4} (are|is) (embedded|integrated|included|used|loaded)',
      ],
      // "Use" as a noun: "prevent the use of your content outside of our Services" is no use of outside services.
      // Nor a head that ends a clause ("Where we use certain service providers, we may use specific contracts"): the
      // "services we use" shape reads across no comma.
      rejectEvidence: {
        test: (e: string): boolean =>
          /^(?:use|uses)\s+of\b|^(?:services|providers|tools|vendors|processors)\s*[,;]/i.test(e) ||
          usersOwnProvider(e) ||
          engagedForData(e),
      },
      rejectInUnit: { test: presupposedProviderUse },
      severity: 'low',
      why: 'Outside companies that host, run or support the service (third-party services, providers, tools) receive user data to do it.',
      mustMatch: [
        'The app uses third-party services that may collect information used to identify you.',
        'We use the following external services to run the website: a CDN, a mail service and an error tracker.',
        'Outside vendors help us deliver and support the service.',
        'To understand how the app is used, we may use third-party web analytics on our pages.',
        'Several third parties are involved in running the service.',
        'Our payment processor is Examplepay Ltd.',
        'Sign-in is provided by Auth0.',
        'Uploaded photos are stored in Amazon S3.',
        'We outsource customer support and hosting to other companies.',
        { text: 'We do not use any third-party services: everything runs on our own hardware.', stance: 'restrict' },
        // The company by name as the subject.
        'Acme may use third-party web analytics services in connection with the Acme Services.',
        'To provide its services, Acme uses the services of the following third-party providers:',
        // The provider named by its trade (GUIDE D1).
        'We use an analytics service provider in order to understand how our campaigns perform.',
        'We utilize major cloud service providers to ensure the high-speed processing of data worldwide.',
        // The recipient named a processor by a relative or an apposition (GUIDE D1).
        'We use carefully selected and trusted third parties, who act as service providers.',
        'Our session replay technology is operated by a third party that acts as our service provider.',
      ],
      mustNotMatch: [
        'Client may also use third-party analytics services in connection with its own websites.',
        'You may use third-party services to back up your files.',
        'When you use the Acme Software, you may also be using the services of one or more third parties, such as a wireless carrier.',
        'You authorize Acme to act on your behalf with respect to infringing uses of your content by other users or third parties.',
        'So that Acme can prevent the use of your content outside of our Services, you authorize Acme to act on your behalf.',
        'Sites displaying Acme ads may not: use third-party services that generate clicks or impressions.',
        'The app includes third-party software components licensed under open-source licences.',
        'We are not responsible for third-party services you connect to your account.',
        // The user's own provider, data taken from providers, effort in choosing them.
        'We use your internet service provider to estimate your general location.',
        'We use information from data providers to improve our records.',
        'We use reasonable efforts to select service providers carefully.',
        // The reader engages them, not our side.
        'You may use third parties who act as service providers for you.',
      ],
    },
    {
      id: 'data_sharing.provide-user-data',
      // Weak: "provide/transfer your data" with no recipient is often an international transfer or the service itself.
      cue: [
        // Starts at the word holding the verb, not at each verb inside it ("p'giv'p'giv…" was quadratic).
        wordSeq(
          alt([wordHolding(/\b(?:provid|giv|send|sent|transfer)/)], [String.raw`\bma[kd]e available`]),
          REST,
          gap(4),
          '(?:your|personal|user|customer)',
          gap(2),
          String.raw`(?:data|information|details|pii|content)\b`,
        ),
      ],
      match: [
        '(provide|provides|give|gives|send|sends|transfer|transfers|transferred|make available|made available) .{0,4} (your|personal|user|customer) .{0,2} #UserData',
      ],
      rejectAfter: TO_US,
      weak: true,
      severity: 'low',
      why: 'Providing or transferring user data without naming the recipient may be disclosure; reported only at high sensitivity.',
      mustMatch: ['We may transfer your personal data to servers in other countries.'],
      mustNotMatch: [
        'You provide your personal information when you register.',
        'Please send your personal details to us by post.',
      ],
    },
    {
      id: 'data_sharing.third-party-receives',
      cue: [THIRD_THEN_RECEIVE],
      match: [
        // compromise matches a word as written: a singular subject's verb ("our service provider collects") is listed too.
        '#ThirdParty .{0,6} (may|can|will|to)? (receive|receives|access|accesses|collect|collects|obtain|obtains|process|processes|use|uses|store|stores|handle|handles|get|gets) .{0,6} #UserData',
        // The data may carry a parenthesis: "access to your pseudonymized (or anonymized where applicable) personal data".
        '#ThirdParty .{0,8} (have|has|gain|gains|get|given|obtain) access (to)? .{0,6} #UserData',
        // A long subject ("Third parties whose products are advertised via the Services may also use …") or object
        // ("… may collect and further process, either directly or via subcontractors, information about you"): the
        // modal right before the verb says the recipient is its subject.
        '#ThirdParty .{0,14} (may|might|can|will|could) (also)? (collect|receive|obtain|access|gather|record) .{0,10} #UserData',
        '#ThirdParty .{0,14} (may|might|can|will|could) (also)? (use|process|store) .{0,8} #UserData',
      ],
      // "use" and "access" as nouns are no act of the recipient: "these partners’ use of your information is governed
      // by their policies", "claims arising out of your use of the Site", "providers can modify access or disable
      // features", "affiliates offer access to messages"; nor is the user reaching content "in order to access" it.
      // "Our" only when it does not open another recipient: "When you place a restaurant order, our restaurant partner
      // will collect …" starts its match at the first "restaurant".
      rejectEvidence: OUR_NOT_RECIPIENT,
      // Their own users' data ("developers … may collect information from their users").
      // … nor their use limited to what their work needs: recipients-use-as-needed reads it as the limit (D12).
      rejectAfter: new RegExp(`${THEIR_OWN_USERS_AFTER.source}|${USED_AS_NEEDED_AFTER.source}`),
      // … nor what they collect on their own places (joined to the regex above, recheck found it polynomial).
      rejectInUnit: { test: (_before, evidence, after, firstParty) => theirOwnPlaces(evidence, after, firstParty) },
      // The user's own agents or vendors are no recipients of the service ("your call agents … may use … location");
      // "with your consent partners may …" names the user's consent, not the recipient.
      rejectBefore: READERS_OWN_PARTY_BEFORE,
      severity: 'medium',
      why: 'Third parties collecting or receiving user data is sharing even when phrased from their side.',
      mustMatch: [
        {
          text: 'With your consent partners may collect your precise location data.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        'When you use our Services, third parties that provide advertising may collect or receive information about you.',
        'These third parties have access to your Personal Data only to perform these tasks on our behalf.',
        'Please note that our service provider, not Acme, collects and processes your financial information.',
        'Third parties whose products are advertised on the Services may also use cookies to collect information about your visits.',
        'If you order a meal, our restaurant partner will collect and process your card or other payment information.',
        'When you place a restaurant order, our restaurant partner will collect and process your card or other payment information.',
        'When you watch videos, our commercial partners may collect and further process, directly or via subcontractors, information about you.',
        'For example, our analytics and advertising partners may use these technologies in our Services to collect personal information.',
        'These third-party services, acting on our behalf, may collect information about your use of our Service.',
        'We use service providers that help us process personal data to deliver services.',
        'When you visit our sites, we or third parties we work with may automatically collect certain information.',
        // Limits on the recipients as the main clause (D12): what they must do, the data they may reach.
        {
          text: 'We use reasonable efforts to require the third party to process your data in accordance with this policy.',
          stance: 'restrict',
        },
        {
          text: 'These partners only have access to the data strictly needed to perform their contracts.',
          stance: 'restrict',
        },
        {
          text: 'Our affiliates will use the personal information we share in a manner consistent with this policy.',
          stance: 'restrict',
        },
        {
          text: 'In such cases, these third parties only use your personal data for the purposes described above.',
          stance: 'restrict',
        },
        {
          text: 'We will ensure that the service provider is only allowed to use your personal data to provide the services to us.',
          stance: 'restrict',
        },
        {
          text: 'We take steps to ensure that our employees and service providers who have access to your data only process it upon our instructions.',
          stance: 'restrict',
        },
        // The address received is data; only "your email" itself is the user's message.
        'Our partners may receive your email address to send you the newsletter.',
        'Our service providers may use your email to send you newsletters.',
        'Third parties may collect information about you when you use their apps through our platform.',
      ],
      mustNotMatch: [
        'Our partners receive your information when you visit or use their services.',
        'Advertisers who purchase ads through the self-serve tool may use their own customer lists to target ads.',
        'Developers who build apps using the platform tools may collect information from their users.',
        'Third parties may not access our servers.',
        'Our partners may use our servers to store their files.',
        'Business partners and other third parties We may collect personal information about you from business partners.',
        'When you log in via a third-party account, you must grant us permission to access certain information from that account.',
        'These partners’ use of your information will be governed by their own privacy policies.',
        'You are liable for any failure by your call agents that may use the service to provide accurate location information.',
        'Our payment processor uses encryption to protect your card details.',
        'Our affiliates offer access to health messages through text alerts and email alerts.',
        'If you created an account with a partner in order to access the subscription content, you can manage your account information with that partner.',
        // "Email" as the channel, and "your email" received: the user's message (GUIDE D4), not data passed on.
        "Sellers can use email to reply to buyers' questions.",
        'Third parties can access email support through our partner portal.',
        'Third parties who receive your email are responsible for how they use it.',
        'You can email the seller through our platform, and the seller will receive your email.',
      ],
    },
    {
      id: 'data_sharing.recipients-use-as-needed',
      // GUIDE D12: the recipients as subject, their use of the data limited to what their work needs ("These service
      // providers use the information we provide to them as necessary for the performance of their services"): the
      // unit shares nothing itself (the data we provide them is presupposed, G4), so it limits. third-party-receives
      // leaves such a use to this rule.
      cue: [THIRD_THEN_RECEIVE, /\b(?:necessary|needed|required)\b/],
      match: [
        // The verb right after the recipient (a modal or "only" between): no other subject in between ("… as a
        // “third party”) over such information, we only process …").
        `#ThirdParty (only|solely|may|will|can|shall|must)? (only|solely)? (${RECIPIENT_USE_VERBS.join('|')}) .{0,3} #UserData .{0,7} (as|extent) (is|are|reasonably|strictly)? (necessary|needed|required)`,
      ],
      rejectBefore: new RegExp(`${SHARE_ACT.source}|${READERS_OWN_PARTY_BEFORE.source}`),
      // A share act in the use itself ("… may access, transmit or store data as necessary …") stays a grant (D12); the
      // relative clause that presupposes the sharing ("the information we share with them") is no act of its own. A
      // use neither limited by "only" nor presupposing the sharing is third-party-receives' grant ("Our providers use
      // your information as necessary to …").
      rejectEvidence: {
        test: (evidence: string): boolean =>
          !LIMITED_USE.test(evidence) || SHARE_ACT_NOT_HARM.test(evidence.replace(WE_GAVE_THEM_IN_USE, '')),
      },
      // Their own ends ("… as needed to send you promotional emails"), or an onward share after the limit.
      rejectAfter: new RegExp(String.raw`^(?:${OWN_ENDS_AHEAD}|${PASS_ON_AHEAD})`),
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'Recipients whose use of the data we give them, or their only use, is limited to what their services need: a limit on the sharing (GUIDE D12), restrict.',
      mustMatch: [
        {
          text: 'These service providers use the information we provide to them as necessary or appropriate for the performance of their services.',
          stance: 'restrict',
        },
        {
          text: 'Our vendors use the personal information we give them only as necessary to provide services to us.',
          stance: 'restrict',
        },
        {
          text: 'Our vendors access your personal data only to the extent necessary to provide their services to us.',
          stance: 'restrict',
        },
        // The relative clause presupposes the sharing, whatever its verb.
        {
          text: 'Our service providers use the information we share with them only as necessary to provide their services to us.',
          stance: 'restrict',
        },
        {
          text: 'Our service providers use the information we disclose to them only as necessary to provide their services to us.',
          stance: 'restrict',
        },
        {
          text: 'Our service providers use the information we send them only as necessary to provide their services to us.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // Their own ends: a grant limited in purpose, read by third-party-receives.
        'Our advertising partners use your information as necessary to show you ads on other sites.',
        'Our partners use the information we provide to them as needed for their own marketing.',
        'Our affiliates use the information we provide to them only as necessary to market their products to you.',
        'Partners use the information we provide to them as necessary to offer you their products.',
        'Our partners use the information we provide to them as needed to send you promotional emails about their services.',
        // An onward share after the limit.
        'Our service providers may access your data only as necessary, and they may share it with their subprocessors.',
        // Neither "only" nor a presupposed sharing: third-party-receives' grant.
        'Our service providers use your information as necessary to provide services to us.',
        // The unit shares, or the reader's own vendors.
        'We share your data with vendors, who use the information only as necessary to provide services to us.',
        'Your service providers use your information as necessary to perform their services.',
        // No limit: a use named, not bounded.
        'Our service providers use your information to send you emails.',
        // Another subject between the recipient and the use; a share act in the use.
        'When we act as a “third party” over such information, we only process your information as necessary to provide our services.',
        'If you paid via our payment providers, we will use your personal data to the extent necessary to resolve the dispute.',
        'Third-party service providers may access, collect, transmit or store personal data as reasonably necessary to provide such services.',
      ],
    },
    {
      id: 'data_sharing.recipient-combines-data',
      // The recipient as subject, joining the reader's data with other data: it holds the data, so the service let
      // it in (GUIDE data_sharing: "made accessible to anyone outside the service"). Its own data is no sharing
      // ("advertisers may combine their own customer lists with …"), nor is data that comes in ("we may combine
      // information we receive from partners with …": the service is the subject, and no recipient joins anything).
      cue: [THIRD_THEN_COMBINE],
      match: [
        '#ThirdParty .{0,6} (may|might|can|could|will|also|then|often)? (combine|combines|connect|connects|link|links|merge|merges|match|matches|append|appends) (the|this|that|such|those|these|your|any|personal|certain|some)? .{0,2} #UserData',
        // "it"/"them" only after verbs that join data, never people ("… and connect them with local contractors").
        '#ThirdParty .{0,3} (may|might|can|could|will|also|then|often)? (combine|combines|merge|merges) (it|them)',
        // Passive, with the data as its subject ("your email is combined by these partners with …"): people brought
        // together ("customers may be connected by our partners with contractors") are no data.
        '(your|the|this|such|that|any)? .{0,2} #UserData .{0,8} (is|are|be|been|being) (combined|linked|merged|matched) by .{0,3} #ThirdParty',
        '#ThirdParty .{0,6} (help|helps) us (to)? (enhance|enrich|append|augment|supplement) .{0,3} #UserData',
      ],
      // Their own or another's data joined: "… may combine their own data with …", "partners may link their
      // accounts with …".
      rejectEvidence: /\b(?:combines?|connects?|links?|merges?|match(?:es)?|appends?)\s+(?:their|its|his|her)\b/i,
      // Joined with something named right after the match ("… with other data they collect"); the evidence stops at the
      // data or the recipient, before any "pages you visit" that would read as the reader acting.
      rejectAfter: JOINED_WITH_AFTER,
      // The reader's own vendors or partners ("your service providers may combine …").
      rejectBefore: READERS_OWN_PARTY_BEFORE,
      severity: 'medium',
      why: "A recipient that combines the user's data with other data has been given it: sharing, said from its side.",
      mustMatch: [
        'These third parties may combine the information with other data they collect.',
        'Some of these third parties may combine the Online Data with their own data about you to form a more detailed picture.',
        'These third party vendors may connect information about pages you visit on the Services with information about pages you visit on other sites.',
        'Your personal information is combined by these third parties with information about your use of other services.',
        'Our advertising partners may match your email address with their own records to show you ads.',
        'In some cases, these third parties may help us to enhance our customer lists with additional demographic information.',
        { text: 'Our partners may not combine your data with data from other sources.', stance: 'restrict' },
        'Your email is combined by third parties with public records.',
        'In such case, your PI related to your use of the Acme Service is combined by these third-parties with information about your use of other services.',
        'Advertising partners may link this information to other information they have about you.',
        'Third parties may help us supplement our customer lists with additional information.',
        {
          text: 'With your consent partners may combine your information with other data.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'We may combine information we receive from third parties with information we collect.',
        'Third parties may combine their own data with data from other sources.',
        'Advertisers may match their customer records with ad impressions.',
        'Information we receive from our partners may be combined with information we collect.',
        'Our partners help us enhance the Services with new features.',
        'Your service providers may combine your information with other data.',
        'Customers may be connected by our partners with local contractors.',
        'Users who submit personal information may be connected by our partners with local contractors.',
        'Our partners may contact customers who submit personal information and connect them with local contractors.',
        'Third parties may combine the information in order to comply with the law.',
      ],
    },
    {
      id: 'data_sharing.recipients-bound',
      // GUIDE D2: a unit whose main clause limits what recipients may do restricts the sharing. A unit that also
      // shares ("we share it with providers who are bound to …") keeps its grant: a grant outranks a restriction in
      // one clause. Not the safeguards of a transfer abroad: labelled restrict or none by whether the reader took the
      // transfer to go to recipients (D7), which the words do not tell.
      cue: [SAFEGUARD_WORD, SAFEGUARD_TOPIC],
      match: [
        '#ThirdParty .{0,8} (are|is|remain|become|becomes|will be|must be|shall be) .{0,2} (bound|obligated|obliged) (by|to)',
        '(require|requires|oblige|obliges|obligate|obligates|bind|binds|instruct|instructs) .{0,3} #ThirdParty .{0,6} to (maintain|protect|keep|safeguard|treat|respect|comply|adhere|process|use|handle|implement|agree)',
        '#ThirdParty .{0,5} (adhere|adheres|comply|complies) (to|with)',
        '#ThirdParty .{0,6} (are|is) only (allowed|permitted|authorized|authorised) to (use|process|access|handle)',
        '#ThirdParty .{0,6} (may|can|will) only (use|process|access|handle)',
        '#ThirdParty .{0,5} (commit|commits|committed) to (confidentiality|protect|keep|maintain|safeguard|comply|adhere)',
        '#ThirdParty .{0,6} (are|is) required to (provide|protect|keep|maintain|safeguard|comply|adhere|treat|process|use)',
        '(ensure|ensures|make sure) that? .{0,2} #ThirdParty .{0,8} (keep|keeps|protect|protects|safeguard|safeguards|comply|complies|adhere|adheres)',
      ],
      // The clause shares as well, before or after the limit ("we share it with providers who are bound to …", "…
      // are bound by their own policies and may share it with …"): the share rules read it, as a grant (D2).
      // … nor where the outside party binds the service ("we are required by our payment processors to comply …").
      // … nor the user's own affiliates or vendors ("you and your affiliates shall comply with applicable laws").
      rejectBefore: new RegExp(
        String.raw`${SHARE_ACT.source}|\bby\s+(?:our\s+|the\s+|its\s+|their\s+)?$|\byour\s+(?:own\s+)?$`,
      ),
      rejectAfter: SHARE_ACT_NOT_HARM,
      // Negated ("we do not require our vendors to …", "vendors are not obligated to …"): no limit, no finding.
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'Limits on what recipients may do with the data restrict the sharing (GUIDE D2).',
      mustMatch: [
        // A sub-processor named in the singular is a recipient as the plural is.
        {
          text: 'Acme shall enter into a written agreement with each Sub-Processor imposing data protection terms that require the Sub-Processor to protect the Customer Data.',
          stance: 'restrict',
        },
        {
          text: 'Authorized vendors are bound by contractual data processing and confidentiality restrictions.',
          stance: 'restrict',
        },
        {
          text: 'We require our service providers to keep your personal information confidential.',
          stance: 'restrict',
        },
        { text: 'Our service providers may only use your data to perform services on our behalf.', stance: 'restrict' },
        {
          text: 'All our service providers and partners strictly adhere to this Privacy Policy when they handle your personal data.',
          stance: 'restrict',
        },
        {
          text: 'The third party adheres to this privacy policy when it handles your data.',
          stance: 'restrict',
        },
        {
          text: 'These partners are only allowed to use your personal data as per our instructions.',
          stance: 'restrict',
        },
        // Bound to the policy or to confidentiality, with no data word of their own (D12).
        { text: 'All our service providers and partners strictly adhere to the Privacy Policy.', stance: 'restrict' },
        {
          text: 'We require the third parties or group companies to comply with this Privacy Policy.',
          stance: 'restrict',
        },
        {
          text: 'Our service providers commit to confidentiality obligations under our contracts.',
          stance: 'restrict',
        },
        // Bound by confidentiality, with no data word of their own.
        { text: 'Third parties we work with are bound by confidentiality obligations.', stance: 'restrict' },
        {
          text: 'These vendors are required to provide the same protection of user data as this policy.',
          stance: 'restrict',
        },
        {
          text: 'We make sure that any third parties we deal with keep all personal data they process for us secure.',
          stance: 'restrict',
        }, // The harms the limit guards against, named after it, are no sharing of the unit's own.
        {
          text: 'Our vendors are required to protect your personal information from unauthorized access, use or disclosure.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // A disclosure of its own after the limit, not a harm guarded against: the unit shares (D12).
        'Our vendors are bound by confidentiality obligations; disclosure to law enforcement may occur where required by law.',
        'You and your affiliates shall comply with applicable laws on data privacy in conducting your business.',
        'Advertisers must comply with our advertising guidelines.',
        'You are bound by these Terms when you use the Services.',
        'We may transfer your data to our affiliates in other countries.',
        'Partners may only display ads that meet our content rules.',
        'We share your data with service providers who are contractually bound to protect it.',
        'We do not require our service providers to keep your personal information confidential.',
        'Our vendors are not obligated to protect your personal data.',
        'We are required by our payment processors to comply with PCI data security standards.',
        'Our vendors are bound by confidentiality obligations, and we may transfer your email address to them.',
        'Our partners commit to using sustainable packaging.',
        'We make sure that our partners deliver your order on time.',
      ],
    },
    {
      id: 'data_sharing.recipients-barred',
      // GUIDE D12 said as a bar rather than a duty: the recipients may not use, disclose or sell the data. A unit that
      // also shares keeps its grant (the share rules read it; a grant outranks a restriction in one clause).
      cue: [RECIPIENT_BARRED],
      match: [
        '#ThirdParty .{0,8} (are|is) (contractually|strictly|expressly|legally|also)? (prohibited|forbidden|barred) from (using|disclosing|sharing|selling|retaining|processing|transferring|accessing|renting)',
        `#ThirdParty .{0,8} (are|is|be) not (allowed|permitted|authorized|authorised) to (${BARRED_ACTS})`,
        `#ThirdParty .{0,8} (may|must|shall|can) not (${BARRED_ACTS}) .{0,3} (#UserData|it|them|this|such|the|that|any)`,
        `#ThirdParty .{0,8} cannot (${BARRED_ACTS}) .{0,3} (#UserData|it|them|this|such|the|that|any)`,
        // Denied sight of the data, or an act denied with "never": "These providers cannot see your actual data, which
        // remains encrypted", "Our partners will never read your messages".
        `#ThirdParty .{0,8} (cannot|can not|may not|shall not) (${SIGHT_ACTS}) .{0,3} (#UserData|it|them|this|such|the|that|any)`,
        `#ThirdParty .{0,8} (will|can|shall)? never (${BARRED_ACTS}|${SIGHT_ACTS}) .{0,3} (#UserData|it|them|this|such|the|that|any)`,
      ],
      // Not the law explained, nor the customers of the service bound by its terms ("Under the CCPA, businesses cannot
      // sell …", "Businesses using our API may not sell …"), nor a bar the service cannot promise ("we cannot guarantee
      // that third parties will never see …": a security warning, no limit).
      rejectBefore: new RegExp(
        String.raw`${SHARE_ACT.source}|${READERS_OWN_PARTY_BEFORE.source}|\bunder\s+(?:the\s+)?(?:ccpa|cpra|gdpr|law|applicable\s+law)\b|\b(?:cannot|can['’]?t|not|unable\s+to)\s+(?:guarantee|ensure|promise|warrant)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,2}$`,
      ),
      rejectEvidence:
        /\b(?:using|that\s+use|who\s+use)\s+(?:our|the)\s+(?:apis?|platforms?|services?|sdks?|products?|tools?)\b/i,
      // …nor a bar on training models, which is ai_training's limit ("… prohibited from using your data to train").
      rejectAfter: THEY_PASS_ON_AFTER,
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'A bar on what recipients may do with the data restricts the sharing (GUIDE D12).',
      mustMatch: [
        {
          text: 'Our service providers are contractually prohibited from using your personal data for any other purpose.',
          stance: 'restrict',
        },
        {
          text: 'Our vendors are prohibited from retaining, using, or disclosing your information except as necessary to provide services to us.',
          stance: 'restrict',
        },
        { text: 'Acme’s partners are not permitted to sell the information we give them.', stance: 'restrict' },
        { text: 'Service providers may not sell your personal information.', stance: 'restrict' },
        { text: 'Outside vendors cannot access your personal data.', stance: 'restrict' },
        { text: 'These providers cannot see your actual data, which remains encrypted.', stance: 'restrict' },
        { text: 'Our service providers will never read the contents of your messages.', stance: 'restrict' },
        { text: 'Advertisers can never see your personal information.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Advertisers may not use our Services to promote illegal products.',
        'Under the CCPA, businesses cannot sell the personal information of minors without consent.',
        'Businesses using our API may not sell personal data obtained through it.',
        'Our vendors may use your data to provide services to us.',
        'Our vendors are prohibited from using your data for their own purposes, but they may share it with their affiliates.',
        'Our vendors are contractually prohibited from using your data to train their models.',
        'We share your data with vendors, who are prohibited from using it for other purposes.',
        // A security warning, the reader's own sight, a recipient that sees something other than the data.
        'We cannot guarantee that third parties will never see your personal information.',
        'We cannot guarantee that other companies cannot see your data in transit.',
        'You cannot see the personal information our partners hold about you.',
        'Advertisers can never see how many people viewed their ads before the campaign ends.',
      ],
    },
    {
      id: 'data_sharing.recipients-chosen-or-asked',
      // GUIDE D12 said of how the service picks or instructs its recipients rather than of what they are bound by:
      // it asks or requires them to protect the data, bars them from an act, works only with recipients that give
      // guarantees (or only inside a region, D13a), vets them, or makes its arrangements with them contractual. A unit
      // that also shares keeps its grant (the share rules read it; a grant outranks a restriction in one clause).
      cue: [RECIPIENT_CHOSEN_OR_ASKED, new RegExp(String.raw`\b${CONTRACT_RECIPIENT}`)],
      match: [
        '(ask|asks|request|requests) .{0,3} (#ThirdParty+|subprocessor) .{0,6} to (protect|keep|secure|safeguard|maintain|treat|respect|comply|adhere|observe|follow|honor|honour|delete|limit)',
        // The same ask in the subjunctive: "we request that our vendors delete your data within 30 days".
        '(ask|asks|request|requests) that .{0,2} (#ThirdParty+|subprocessor) (protect|keep|secure|safeguard|maintain|treat|respect|comply|adhere|observe|follow|honor|honour|delete|limit)',
        '(require|requires) .{0,3} (#ThirdParty+|subprocessor) .{0,6} to (conduct|observe|follow|meet|honor|honour)',
        '(restrict|restricts|prohibit|prohibits|forbid|forbids) .{0,3} (#ThirdParty+|subprocessor) .{0,6} from (using|sharing|disclosing|selling|retaining|processing|accessing|transferring|storing|contacting)',
        'only (use|engage|work|cooperate|partner|select|choose|contract) with? .{0,3} (#ThirdParty+|subprocessor) .{0,2} (who|which|that) .{0,10} (guarantee|guarantees|comply|complies|observe|observes|adhere|adheres|agree|agrees|meet|meets|protect|protects|safeguard|safeguards|uphold|upholds|respect|respects)',
        '(select|use|engage|choose) only .{0,3} (#ThirdParty+|subprocessor) .{0,8} (in|within) the? (eu|eea|european|uk|switzerland)',
        'not (work|partner|cooperate) with .{0,3} (#ThirdParty+|subprocessor) (who|that|which) .{0,2} not',
        'due diligence (on|of|into) .{0,4} (#ThirdParty+|subprocessor)',
        // The service as the one who chose: "Carefully selected companies that provide …" is a list of recipients (G2).
        '(we|have|has|had) carefully (select|selected|choose|chosen|vet|vetted|screen|screened) .{0,3} (#ThirdParty+|subprocessor)',
        'ensure (via|by|through) (a|an)? written? (contract|agreement) that .{0,2} (#ThirdParty+|subprocessor)',
        'ensure that? .{0,3} (arrangement|arrangements) with .{0,3} (#ThirdParty+|subprocessor)',
        '(#ThirdParty+|subprocessor) .{0,6} (are|is) subject to .{0,4} (requirements|obligations|restrictions|certification)',
      ],
      // As for recipients-bound: a share act before or after the limit is the share rules' grant; the user's own
      // vendors and the recipients' binding of the service are no limit of the service's.
      rejectBefore: { test: chosenOrAskedRejected },
      // … nor recipients a relative clause says receive the data ("we ask partners who receive your data to respect your
      // privacy"): that states the sharing, which the share rules read as a grant; nor a "provide"/"give" that passes it
      // on, nor recipients that may use it for their own ends (a grant).
      rejectEvidence: new RegExp(
        String.raw`\b(?:receive[sd]?|obtains?|obtained)\b|${SHARE_ACT.source}|${GIVES_IT.source}`,
      ),
      rejectAfter: new RegExp(`${SHARE_ACT_NOT_HARM.source}|${GIVES_IT.source}|${OWN_USE_AFTER.source}`),
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'How the service picks and instructs its recipients (asks them to protect the data, bars them from an act, works only with ones that give guarantees) limits the sharing (GUIDE D12).',
      mustMatch: [
        {
          text: 'We also ask partners who might hold your information to protect it and keep it secure.',
          stance: 'restrict',
        },
        {
          text: 'Where appropriate, Acme will require third parties to conduct their activities in line with our data protection guidelines.',
          stance: 'restrict',
        },
        { text: 'We restrict our service providers from using your data for their own marketing.', stance: 'restrict' },
        {
          text: 'Acme will only use processors which provide sufficient guarantees to implement appropriate technical and organisational measures.',
          stance: 'restrict',
        },
        {
          text: 'We only work with partners who observe the same data protection principles as we do.',
          stance: 'restrict',
        },
        { text: 'We don’t work with partners who don’t agree to these standards.', stance: 'restrict' },
        {
          text: 'Acme undertakes to select only hosting providers located in the EU or Switzerland.',
          stance: 'restrict',
        },
        {
          text: 'We have carefully selected these service providers and signed data processing agreements with them.',
          stance: 'restrict',
        },
        {
          text: 'We perform due diligence on every vendor before it may process personal data.',
          stance: 'restrict',
        },
        {
          text: 'Acme will ensure via a written contract that the subprocessor only accesses personal data as needed for its work.',
          stance: 'restrict',
        },
        {
          text: 'We take reasonable steps to ensure that all our arrangements with third parties address data protection law.',
          stance: 'restrict',
        },
        { text: 'Approved vendors are subject to security certification requirements.', stance: 'restrict' },
        { text: 'We request that our vendors delete your data within 30 days.', stance: 'restrict' },
        // Only inside a region named in OUTSIDE_PLACES, recipients that hold the data.
        { text: 'We engage only service providers based in the European Union.', stance: 'restrict' },
        // A bar on the recipients' own use is a limit, not their own use.
        { text: 'We prohibit our partners from using your data for their own advertising.', stance: 'restrict' },
      ],
      mustNotMatch: [
        // The unit shares as well: the share rules' grant (D12).
        'We share your data with carefully selected partners.',
        'We ask our partners to protect your data, and we share your email address with them.',
        'We only work with partners who agree to our terms, and we may disclose your data to them.',
        // Other asks and other choices of partners: no limit on what recipients do with the data.
        'We ask partners to send us their invoices by the end of the month.',
        'We ask that you keep your password secret.',
        'We only use service providers to host our website.',
        'We only work with partners who sell our products in stores.',
        'We restrict access to your account to you.',
        'Partners are subject to their own privacy policies.',
        'You must carry out due diligence on the apps you connect.',
        'Advertisers must comply with our advertising guidelines.',
        'Advertisers are subject to our advertising requirements.',
        'We ask partners who receive your data to respect your privacy.',
        // A list item that names the recipients, and an inability, are no limit the service sets.
        'Carefully selected companies that provide services on our behalf, such as companies that help us with repairs.',
        'We may not be able to prevent third parties from storing or using your content once you make it public.',
        // Choices of partners that guard no data: terms that are no protection, a region for recipients that hold no
        // data, requirements of another kind or the same as other users'.
        'We only work with advertisers who comply with our advertising policies.',
        'We only work with affiliates who agree to our affiliate program terms.',
        'We do not work with partners who do not pay their invoices on time.',
        'We select only suppliers within the EU for our organic ingredients.',
        'We choose only payment providers in the EU.',
        'Contractors are subject to security requirements when they visit our offices.',
        'Merchants are subject to the same requirements as other users of the platform.',
        // The reader's duty to bind its own recipients (READER_BINDS_ITS_OWN).
        'Customer shall require its third parties to observe the confidentiality of Customer Data.',
        'Customer shall restrict its vendors from accessing Customer Data.',
        // Recipients that may use the data for their own ends, or are given it (GIVES_IT): the grant stands.
        'We ask our service providers to keep your information confidential, but they may also use it for their own marketing.',
        'We carefully select our partners and may give them your contact details.',
      ],
    },
    {
      id: 'data_sharing.recipients-bound-in-section',
      // GUIDE D12 with the recipients named earlier in the section (D13a): the unit says what "they" may do with the
      // data, the sharing itself is the earlier unit's.
      afterRecipients: true,
      cue: [THEY_BOUND],
      match: [
        'they .{0,3} (are|remain|be) .{0,2} (bound|obligated|obliged) (by|to)',
        'they .{0,3} (are|be) required to (protect|keep|maintain|safeguard|comply|adhere|treat|process|use|handle|respect)',
        '(require|requires|oblige|obliges|obligate|obligates|instruct|instructs|bind|binds) them to (maintain|protect|keep|safeguard|treat|respect|comply|adhere|process|use|handle|implement)',
        `they .{0,2} (are|is) not (allowed|permitted|authorized|authorised) to (${BARRED_ACTS}|handle|collect)`,
        // Not "them" as the object: a thing the unit names ("they cannot use them as part of a product").
        `they .{0,2} (may|must|shall) not (${BARRED_ACTS}) .{0,3} (#UserData|it|this|such|the|that|any)`,
        `they .{0,2} cannot (${BARRED_ACTS}) .{0,3} (#UserData|it|this|such|the|that|any)`,
      ],
      // A negation is a bar only on what they may do ("not allowed to use"); "not bound", "we do not require them to"
      // is no limit.
      rejectEvidence: new RegExp(
        String.raw`\b(?:not|never)\b(?!\s+(?:allowed|permitted|authori[sz]ed|${BARRED_ACTS})\b)|n['’]t\b`,
        'i',
      ),
      // … nor "they" after a clause of its own, which may name who they are ("When these volunteers access it, they
      // …"); a short opener ("In addition, they …") names nobody.
      rejectBefore: {
        test: (before: string) => THEY_NOT_NAMED_BEFORE.test(before) || USERS_BEFORE_THEY.test(before),
      },
      // They pass it on as well ("… but they may share it with …"), or the bar is on training models (ai_training's).
      rejectAfter: new RegExp(`${THEY_PASS_ON_AFTER.source}|${THEY_OWN_RULES_AFTER.source}`),
      implies: { stance: 'restrict', negated: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'A limit on what "they" may do with the data, in a section whose earlier units named the recipients, limits the sharing to them (GUIDE D12, D13a): restrict.',
      mustMatch: [
        {
          text: 'They are bound by confidentiality obligations regarding your data.',
          stance: 'restrict',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'We ensure that they are bound by contractually binding obligations to process information we share with them in accordance with our instructions.',
          stance: 'restrict',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'They are not allowed to use the information we share for any other purpose.',
          stance: 'restrict',
          before: 'We may share your data with advertising partners.',
        },
        {
          text: 'We require them to keep your personal information confidential.',
          stance: 'restrict',
          before: 'Some of our vendors process your data on our behalf.',
        },
        {
          text: 'They may not use the information we share for any other purpose.',
          stance: 'restrict',
          before: 'We may share your data with advertising partners.',
        },
        {
          text: 'They are not permitted to use your personal information for their own marketing purposes.',
          stance: 'restrict',
          before: 'We share your personal information with our service providers.',
        },
      ],
      mustNotMatch: [
        // Nobody named before: "they" may be anyone.
        'They are bound by confidentiality obligations regarding your data.',
        {
          text: 'They are bound by confidentiality obligations regarding your data.',
          before: 'Our employees receive privacy training every year.',
        },
        // No limit: denied, or a pass onward.
        {
          text: 'They are not bound by this Privacy Policy.',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'We do not require them to keep your information confidential.',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'They are not allowed to use your data to train their models.',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'When these volunteers access personal information, they are required to comply with the community rules.',
          before: 'We share your personal information with our service providers.',
        },
        // "They" as users, whose own duty it is (the sentence before names them).
        {
          text: "Members can see each other's profiles. They may not use any personal information they see for marketing.",
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'Children under 13 may not use our Services. They must not provide any personal information to us.',
          before: 'We share personal information with third parties as described below.',
        },
        {
          text: 'Teenagers aged 13 to 16 may use the Services with consent. We ask them to use the personal information of other users only within the Services.',
          before: 'We share your personal information with our service providers.',
        },
        // Their own rules (a disclaimer), and the service's name, not the data.
        {
          text: 'They are bound by their own privacy policies regarding your personal information, not by ours.',
          before: 'Our Services contain links to websites operated by third parties.',
        },
        {
          text: 'Businesses can use the Acme name and logo to describe their services, but they cannot use them as part of a product name.',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'They cannot use the Acme name as part of a domain name.',
          before: 'Businesses and individuals can use the Acme name to refer to our service.',
        },
      ],
    },
    {
      id: 'data_sharing.they-receive-in-section',
      // The recipients as subject, named earlier in the section (D13a) and referred to as "they": "They may use this
      // information … to adapt the ads shown to you", "… and they may have access to your personal information as needed
      // to perform their functions". Holding the reader's data, they were let in (GUIDE data_sharing: made accessible).
      // "They" stands for the recipients only where the unit or the one just before names them ("Our employees are
      // trained." › "They may access …" is about the employees).
      afterRecipients: 'unit before',
      cue: [THEY_RECEIVE],
      match: [
        'they (may|might|will|can|could|also)? (also)? (receive|collect|obtain|access|use) (this|that|such|the|your|any|certain|some)? .{0,2} #UserData',
        'they (may|might|will|can|could|also)? (also)? (have|gain|get) access to (this|that|such|the|your|any|certain|some)? .{0,2} #UserData',
      ],
      // Not "they" inside a clause that asks how, says what for, or says what the service requires of them ("check
      // their policies to understand how they use your data", "… to our users so they can use such data", "we require
      // that they use your information only …": advice, another party, or a limit); nor after a sentence of the unit
      // that names no recipient ("Our employees are trained. They may access …": "they" is its subject).
      rejectBefore: {
        test: (before: string) =>
          THEY_NOT_NAMED_BEFORE.test(before) ||
          USERS_BEFORE_THEY.test(before) ||
          THEY_IN_OTHER_CLAUSE.test(before) ||
          SENTENCE_BEFORE_NAMES_NO_RECIPIENT.test(before),
      },
      // Their own users' data is theirs; data they send us is coming in (D10: "… and share it with us"); a use limited
      // to what their work needs ("… only to provide services to us", "the information we provide to them only as
      // necessary …") is the limit rules' (D12).
      rejectAfter: new RegExp(
        String.raw`${THEIR_OWN_USERS_AFTER.source}|${USED_AS_NEEDED_AFTER.source}|^\s*(?:only|solely)\b|${COMING_IN_AFTER.source}`,
      ),
      stances: ['grant', 'conditional'],
      severity: 'medium',
      why: 'Recipients named earlier in the section, as "they", receiving or using the reader\'s data: sharing said from their side (GUIDE D13a).',
      mustMatch: [
        {
          text: 'They may use this information to show you more relevant ads on other sites.',
          stance: 'grant',
          before: 'We may share information about your visits with our advertising partners.',
        },
        {
          text: 'In some cases they may have access to your personal information as needed to perform their functions.',
          stance: 'grant',
          before: 'We work with third-party service providers that host our servers.',
        },
        // A sentence before that names the recipients; "that" after a verb of saying opens no other clause.
        {
          text: 'We share your information with our advertising partners. They may use your information to send you offers.',
          stance: 'grant',
          before: 'We work with third-party service providers that host our servers.',
        },
        {
          text: 'Please note that they may use your information to send you offers.',
          stance: 'grant',
          before: 'We share your information with our advertising partners.',
        },
      ],
      mustNotMatch: [
        // Nobody named before.
        'They may use this information to show you more relevant ads on other sites.',
        // "They" is the subject of the sentence before, which names no recipient.
        {
          text: 'Our employees are trained. They may access your personal information to help you.',
          before: 'We share your information with our service providers.',
        },
        {
          text: 'California residents have certain rights. They may access the personal information we hold about them.',
          before: 'We share your information with our service providers.',
        },
        {
          text: "Parents can review their child's account. They may access their child's personal information at any time.",
          before: 'We share your information with our service providers.',
        },
        {
          text: 'You may invite friends to the app. They will receive your name and email address.',
          before: 'We share your information with our service providers.',
        },
        {
          text: 'Cookies are small files. They collect information about how you use our Services.',
          before: 'We share your information with our service providers.',
        },
        // Data coming in (D10).
        {
          text: 'They may collect information about you from other sources and share it with us.',
          before: 'We share information with advertising partners.',
        },
        // A use limited to what their work needs: the limit rules' (D12).
        {
          text: 'They may use your information only to provide services to us.',
          before: 'We work with third-party service providers that host our servers.',
        },
        {
          text: 'They may use the information we provide to them only as necessary to perform their services.',
          before: 'We work with third-party service providers that host our servers.',
        },
        // Users, named in the sentence before.
        {
          text: 'Members can message each other. They may receive your profile information when you reply.',
          before: 'We work with third-party service providers that host our servers.',
        },
        // Advice on how they use it, users "so they can", a limit the service requires.
        {
          text: 'We recommend that you check their privacy policies to understand how they use your data.',
          before: 'We work with third-party service providers that host our servers.',
        },
        {
          text: 'We require that they use your information only to provide services to us.',
          before: 'We work with third-party service providers that host our servers.',
        },
        // Their own users' data.
        {
          text: 'They may collect information from their users.',
          before: 'Developers can build apps with our partners.',
        },
      ],
    },
    {
      id: 'data_sharing.recipients-only-in-section',
      // GUIDE D12 as the rule before, said as the one use "they" may make of the data: "only to provide services to
      // us" restricts. A use limited to their own purpose ("only for their own marketing") is a grant limited in
      // purpose, and "they may only collect …" on a site is a third party collecting (D1): both a grant, not this.
      afterRecipients: true,
      cue: [THEY_ONLY],
      match: [
        'they .{0,2} (may|can|will|must|shall) only (use|process|access|handle|disclose|retain)',
        `they .{0,2} (are|is) only (allowed|permitted|authorized|authorised) to (${BARRED_ACTS}|handle)`,
      ],
      rejectEvidence: PLAIN_DENIAL,
      rejectBefore: {
        test: (before: string) => THEY_AFTER_CLAUSE_BEFORE.test(before) || USERS_BEFORE_THEY.test(before),
      },
      rejectAfter: new RegExp(
        `${THEY_PASS_ON_AFTER.source}|${THEY_OWN_RULES_AFTER.source}|${THEY_OWN_PURPOSE_AFTER.source}`,
      ),
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'The one use "they" may make of the data, in a section whose earlier units named the recipients, limits the sharing to them (GUIDE D12, D13a): restrict.',
      mustMatch: [
        {
          text: 'They may only use your data to provide services to us.',
          stance: 'restrict',
          before: 'We share your personal information with our service providers.',
        },
        {
          text: 'They are only permitted to use your information to perform services on our behalf and not for their own marketing.',
          stance: 'restrict',
          before: 'We share your personal information with our service providers.',
        },
      ],
      mustNotMatch: [
        'They may only use your data to provide services to us.',
        {
          text: 'They may only use your data to provide services to us, but they may share it with their affiliates.',
          before: 'We share your personal information with our service providers.',
        },
        // Their own purpose: a grant limited in purpose.
        {
          text: 'They are only permitted to use the data for their own marketing purposes.',
          before: 'We may share your information with our advertising partners.',
        },
        {
          text: 'They will only use your data to build profiles and show you ads on other sites.',
          before: 'We may share your information with our advertising partners.',
        },
        // A third party collecting on the site (D1).
        {
          text: 'They may only collect information about your visits to our site.',
          before: 'Our advertising partners place cookies on your device.',
        },
        // Users, in the sentence before.
        {
          text: 'Users who post reviews are responsible for them. They may only use the personal information of others with their consent.',
          before: 'We share your personal information with our service providers.',
        },
      ],
    },
    {
      id: 'data_sharing.recipient-contract-terms',
      // GUIDE D12 and D13a said of the contract rather than of the recipient: the service's contracts with its
      // processors carry the policy's protections, a processor must sign confidentiality terms, or the service keeps
      // its processors in a region. Negated, the limit still stands ("may not use subcontractors outside the EEA").
      cue: [new RegExp(String.raw`\b${CONTRACT_RECIPIENT}`), RECIPIENT_CONTRACT],
      match: [
        '(contract|contracts|agreement|agreements|terms) with (a|an|each|every|any|all|its|our|the|such|these|their)? (#ThirdParty+|subprocessor) .{0,12} (contain|contains|containing|include|includes|including|impose|imposes|imposing) .{0,8} (obligations|commitments|terms|protections|requirements|restrictions)',
        '(obligations|terms|requirements|restrictions) .{0,14} (are|be|is) imposed on (a|an|each|every|any|the|such|its|our)? (#ThirdParty+|subprocessor)',
        '(#ThirdParty+|subprocessor) .{0,6} (is|are|be) required to (enter|sign) into .{0,8} (confidentiality|privacy|security|protection)',
        '#ThirdParty+ .{0,6} (must|shall) (agree|undertake|undertakes) to (use|protect|keep|maintain|comply|process|implement|observe)',
        '(may|shall|will|must) not (use|engage|appoint) (any|a|an)? #ThirdParty+ (located|based|established) outside',
      ],
      // A unit that shares as well keeps its grant (D12); the share rules read it. The user's contract with an outside
      // party binds the user, not the service's recipients.
      rejectBefore: new RegExp(`${SHARE_ACT.source}|${GIVES_IT.source}|${USER_CONTRACT_BEFORE}`),
      rejectAfter: new RegExp(`${SHARE_ACT_NOT_HARM.source}|${GIVES_IT.source}`),
      implies: { stance: 'restrict', negated: 'restrict' },
      severity: 'low',
      why: 'Contract terms that bind the service’s processors, or keep them in a region, restrict the sharing (GUIDE D12, D13a).',
      mustMatch: [
        // The data the limit covers, named by a relative clause: the sharing is presupposed, the limit stated.
        {
          text: 'Service providers must agree to protect any personal information we provide them.',
          stance: 'restrict',
        },
        { text: 'Vendors must agree to keep confidential the information we give them.', stance: 'restrict' },
        {
          text: 'Our contracts with vendors contain confidentiality obligations covering the information we provide them.',
          stance: 'restrict',
        },
        {
          text: 'Acme’s contracts with its Sub-Processors shall contain commitments at least as strict as those provided for in this DPA.',
          stance: 'restrict',
        },
        {
          text: 'Any agreement with a Sub-processor will include substantially the same data protection obligations as set out in this DPA.',
          stance: 'restrict',
        },
        {
          text: 'When engaging any Subprocessor, Acme will ensure via a written contract that the data protection obligations in these terms are imposed on the Subprocessor.',
          stance: 'restrict',
        },
        {
          text: 'The Subprocessor is required to enter into appropriate security, confidentiality and privacy contract terms.',
          stance: 'restrict',
        },
        {
          text: 'Each Service Provider must agree to use reasonable security procedures to protect your Personal Information.',
          stance: 'restrict',
        },
        {
          text: 'The Processor may not use any subcontractors located outside the European Union for processing personal data.',
          stance: 'restrict',
        }, // The harms the limit guards against are no sharing of the unit's own.
        {
          text: 'Each vendor must agree to use reasonable security practices to protect your personal information from unauthorized access, use, or disclosure.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // The user's own contract with an outside party binds the user.
        'Your use of third-party services is subject to your agreement with the third party provider, which contains its own terms and restrictions.',
        'Your agreements with third-party service providers may contain terms that differ from these Terms.',
        // Commercial terms, not limits on the data.
        'Our contracts with our affiliates contain obligations to pay royalties.',
        'Agreements with advertisers contain commitments about ad delivery and payment.',
        'Advertisers must agree to comply with our advertising policies.',
        'Your contractors must agree to use the Services only as permitted by these Terms.',
        'We share your data with subprocessors under contracts that contain data protection obligations.',
        // Giving the data in the same unit keeps the grant (D12).
        'Service providers must agree to protect your information before we give them access to it.',
        'Service providers must agree to protect your information before we provide it to them.',
        'Service providers must agree to protect your information, and we disclose it to them only for that purpose.',
        'Service providers must agree to protect your information, and we make disclosures to them only for that purpose.',
        'The Processor may use subcontractors located outside the European Union.',
      ],
    },
    {
      id: 'data_sharing.we-and-third-party-collect',
      cue: [WE_AND_THIRD],
      match: [
        // The party may carry a short relative clause and an adverb: "we or third parties we work with automatically collect".
        'we (and|or) (our|their|its|selected|certain|trusted|any|these|those|such|other)? #ThirdParty+ .{0,5} (collect|analyze|analyse|access|process|receive|aggregate|obtain|store|gather|record)',
        // "combine" only with data: not "we and our partners combine our expertise".
        'we (and|or) (our|their|its|selected|certain|trusted)? #ThirdParty+ .{0,4} combine .{0,4} (#UserData|#TrackTech)',
        'we (and|or) (our|their|its|selected|certain|trusted)? #ThirdParty+ .{0,4} (use|uses) .{0,8} to (collect|gather|obtain|receive)',
        // The outside party places its own collectors on the service: it gets what they collect (D1). The party may
        // carry examples ("We or our marketing partners (such as Acme Analytics and Example Analytics) use cookies").
        'we (and|or) (our|their|its|any|these|those|such|other)? (selected|certain|trusted|approved|authorized|authorised)? #ThirdParty+ .{0,9} (use|uses|set|sets|place|places|deploy|deploys) .{0,4} (#TrackTech|technologies)',
        // A relative clause may fill the cue's ten words: "We and third parties that provide content, advertising, or
        // functionality on our Services, may use cookies".
        'we (and|or) (our|their|its|any|these|those|such|other|the)? (selected|certain|trusted|approved|authorized|authorised)? #ThirdParty+ (that|who|which) .{0,9} (use|uses|set|sets|place|places|deploy|deploys) .{0,4} (#TrackTech|technologies)',
        // The data already named, used by both: "We and these third-party ad companies use this information to …".
        'we (and|or) (our|their|its|any|these|those|such|other)? .? #ThirdParty+ .{0,5} (use|uses) (this|such|that|the) same? (information|data)',
        // "We, along with certain third parties, may use …", "we, as well as third parties that provide content, use …".
        'we (along|together) with (our|their|its)? (selected|certain|trusted|approved)? #ThirdParty+ .{0,6} (collect|use|uses|set|place|deploy) .{0,6} (#TrackTech|#UserData|technologies)',
        'we as well as (our|their|its)? (selected|certain|trusted|approved)? #ThirdParty+ .{0,12} (collect|use|uses|set|place|deploy) .{0,6} (#TrackTech|#UserData|technologies)',
      ],
      // A party the reader lets in ("We and any third party that you authorise may access your account"): the reader's
      // choice (GUIDE D4), read by the rules for consent.
      rejectEvidence: /\b(?:you|users?)\s+(?:may\s+)?(?:authori[sz]e|choose|select|appoint|designate|permit|allow)\b/i,
      severity: 'medium',
      why: 'When the service and its partners or providers collect or use data together, the outside party holds that data too (GUIDE D1).',
      mustMatch: [
        'We and our third party service providers may use cookies to collect information about your browsing activities.',
        'We, or our third-party partners, may collect non-personal information automatically when you visit our websites.',
        'We and third parties may automatically collect information that your browser sends.',
        'We or third parties we use may analyze your questions and answers for research purposes.',
        'We or third parties we work with automatically collect certain information using web beacons.',
        'When you use the app, we and third parties may automatically record information that your device sends.',
        // Third-party sites as the place, not the recipient ("third-party in another sense" does not veto it).
        'We and our service providers may automatically collect information about your visits to our site and to third-party sites.',
        'We and our partners use cookies and pixels to track you across websites.',
        'We or our authorized service providers may use cookies, beacons and other similar technologies.',
        'We, along with certain third parties, may use other kinds of local storage technologies, such as HTML5 local storage.',
        'We, as well as certain third parties that provide advertising, use cookies and pixels.',
        'We, as well as certain third parties that provide content, advertising, or other functionality on our Services, use cookies.',
        'We and third parties that provide content, advertising, or functionality on our Services, may use cookies.',
        'We, and third parties, use these technologies to verify that ads have been delivered.',
        'We or our marketing partners (such as Acme Analytics and Example Analytics) use cookies to customize the site.',
        'Note that we and our third-party partners may combine information that each of us collects with other information.',
        'We and any third parties might use these technologies whenever you visit our site.',
        'We and these advertising companies use this information to show you more relevant ads.',
        'We and those partners may use such data to measure how well our campaigns work.',
        'We or such vendors may collect information about the pages you visit.',
        'We and our partners use the same information to tailor the offers you see.',
      ],
      mustNotMatch: [
        'We and any third party that you authorise may access your account.',
        'We and our partners combine our expertise to build better products.',
        'We and our service providers are committed to protecting your privacy.',
        'You and third parties may use the service to collect feedback.',
        'You and other users use this information to arrange meetings.',
        'You and third parties that you choose to work with may use cookies on your site.',
        'We and other companies use this term to describe small text files.',
        'Advertisers use this information to decide where to buy ads, as described in their own policies.',
        'We use this information, and third parties never see it.',
      ],
    },
    {
      id: 'data_sharing.company-and-its-third-party-collect',
      // As we-and-third-party-collect, with the service named: "Acme and its business partners gather information
      // through Internet activity", "Acme and its agents may collect some information that identifies you".
      cue: [NAME_AND_ITS_THIRD],
      match: [
        // What they collect is data, not money ("Acme or its affiliates will not collect … any Taxes").
        '(and|or) (its|our) .{0,2} #ThirdParty+ .{0,4} (collect|collects|gather|gathers|obtain|obtains|receive|receives|record|records|track) .{0,6} (#UserData|#TrackTech|actions|activity|activities)',
        '(and|or) (its|our) .{0,2} #ThirdParty+ .{0,4} (use|uses|set|sets|place|places|deploy|deploys) .{0,4} (#TrackTech|technologies)',
      ],
      // Someone else and its partners ("Your school and its vendors may collect …", "your employer and its …").
      rejectBefore: /\byour\s+[\w’'-]+\s+$/,
      severity: 'medium',
      why: 'When the service and its partners or agents collect together, the outside party holds that data too (GUIDE D1).',
      mustMatch: [
        'In addition, Acme and its business partners gather information through Internet activity, such as your IP address.',
        'Acme and its agents may collect some information that identifies you.',
        'Acme and our advertising management partners also may use these technologies to track the actions of users.',
        // Third-party sites as where they track (the veto's "another sense" yields to the parties named).
        'Acme and its partners may use cookies to track users’ movements around the Services and on third party sites.',
      ],
      mustNotMatch: [
        'You and your partners may collect information about your customers.',
        'If your payment fails, we or our partners may collect fees using other collection mechanisms.',
      ],
    },
    {
      id: 'data_sharing.enables-us-and-third-party',
      // The service's trackers or data serve it and an outside party at once: "Cookies help us and third parties
      // provide you with relevant advertising", "These cookies enable us, our advertisers and measurement partners to
      // measure ad campaigns". The outside party gets what the trackers record (GUIDE T6, D1).
      cue: [ENABLES_US_AND_THIRD],
      match: [
        '(help|helps|helping|enable|enables|enabling|let|lets|allow|allows|allowing) us .{0,4} #ThirdParty+ .{0,6} (provide|deliver|measure|personalise|personalize|show|serve|collect|understand|analyse|analyze|track|target|advertise|tailor)',
      ],
      severity: 'medium',
      why: "What helps the service and its partners at once (cookies, the user's data) reaches the partners too (GUIDE T6, D1).",
      mustMatch: [
        'Cookies help us and third parties provide you with relevant content and advertising by collecting information about your use of our services.',
        'These cookies also enable us, our advertisers and measurement partners to measure ad campaign effectiveness.',
        'Cookies let us, our advertisers and measurement partners measure ad campaign effectiveness.',
        'Targeting cookies enable us and our carefully selected partners to personalise our website and deliver advertisements to you.',
      ],
      mustNotMatch: [
        'These cookies help us understand how visitors use our website.',
        'Your feedback helps us and our partners improve the service.',
      ],
    },
    {
      id: 'data_sharing.disclosed-for-business-purpose',
      cue: [DISCLOSED_FOR_BUSINESS],
      match: [
        '(disclose|discloses|disclosed|disclosing) .{0,10} (for|to) (a|our|their) business purpose',
        // Not "sold … in the preceding 12 months": a sale is data_sale's.
        '(disclose|discloses|disclosed|disclosing|shared) .{0,8} (in|within|during) the (preceding|past|last|previous|prior) (12|twelve) months',
      ],
      severity: 'low',
      why: 'Personal information "disclosed for a business purpose" or "in the preceding 12 months" is, in the CCPA\'s words, given to service providers or others (GUIDE D1).',
      mustMatch: [
        'The personal information that we may have disclosed about consumers for a business purpose in the preceding twelve months falls into the following categories:',
        'The categories of data that we collect and disclose for a business purpose include sensitive personal information.',
        'The following categories of personal information may be collected by us and disclosed in the preceding 12 months for the purposes below:',
        {
          text: 'We have not disclosed personal information for a business purpose in the past 12 months.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We have not changed this policy in the preceding 12 months.',
        'We have not sold personal information in the preceding twelve months.',
        'You may request the categories of personal information we collected in the past 12 months.',
      ],
    },
    {
      id: 'data_sharing.trackers-placed-by-party',
      cue: [TRACKERS_PLACED_BY],
      match: [
        `(${TRACK_DEVICES.join('|')}|technologies) .{0,8} (${PLACED_BY_VERBS.join('|')}) .{0,4} by .{0,6} #ThirdParty`,
        // "set through our advertising partners" (a pattern of its own: a match takes the first "through" or "by").
        `(${TRACK_DEVICES.join('|')}|technologies) .{0,8} (set|placed|served|deployed|dropped|issued|deposited|installed) through .{0,2} #ThirdParty`,
      ],
      // Not trackers blocked, an account of how they are used ("tools to limit how cookies are used … by participating
      // third parties") or a pointer to their types ("See more detail about the types of cookies used by Acme and our
      // partners").
      rejectBefore:
        /\b(?:block|blocking|disable|disabling|refuse|refusing|reject|rejecting|delete|deleting)\s+(?:[\w-]+\s+){0,3}$|\bhow\s+$|\b(?:types|kinds|categories|list|details?)\s+of\s+(?:the\s+)?$|\b(?:our|its)\s+(?:own\s+)?(?:[\w-]+\s+)?$/,
      // A linked or embedded site's own trackers ("cookies used by partner websites that are embedded …", "… by third
      // parties when you visit their sites", GUIDE T18), or a definition ("cookies used by other parties are third-party
      // cookies", GUIDE T15). The service's own tracker that its customers install ("Our SDK is installed by publishers
      // in their apps") is the service's, not a recipient's.
      rejectAfter:
        /^\W*(?:web\s*)?sites?\b(?![\s-]+(?:hosting|hosts?|providers?|operators?))|^[^.;]{0,40}\btheir\s+(?:own\s+)?(?:[\w-]+\s+)?(?:web\s*sites?|sites?|apps?|applications|pages|properties)\b|^\W*(?:are|is)\s+(?:called\s+|known\s+as\s+)?(?:first|third)[\s-]party\b/,
      severity: 'medium',
      why: 'Cookies or pixels that an outside party sets on the service, however the passive is worded, let it collect what they record (GUIDE T6, D1).',
      mustMatch: [
        'These cookies may be set through our site by us or by our advertising partners.',
        'In some special cases we also use cookies provided by trusted third parties.',
        'Third-party cookies are operated by third parties, such as our service providers, for advertising.',
        // Other verbs and "through": "issued by our partners", "deposited by", "installed by".
        'Advertising cookies are issued by our partners in the advertising spaces of our pages.',
        'Analytics cookies are issued by our technical service providers to measure our audience.',
        'These cookies are deposited by our partners as part of our advertising partnerships.',
        'These cookies are set through our advertising partners and help show you relevant ads.',
        'Pixels may be installed by our marketing partners on our checkout pages.',
        'Web beacons installed by advertisers on our site record which ads you saw.',
      ],
      mustNotMatch: [
        'These cookies are set by us and are used to remember your settings.',
        // Data that comes in, and content: no tracker an outside party sets.
        'We use online identifiers, location data, information provided by third parties to show you ads.',
        'Content includes text, scripts, graphics and features provided by Acme or its partners.',
        'Third-party websites may use cookies provided by their own partners that we do not control.',
        'The cookies set by this website are listed in the table below.',
        'Cookies are used by most websites to work properly.',
        'Session cookies are used by our servers to keep you signed in.',
        'Cookies issued by the site you visit are first-party cookies.',
        'You can see the cookies used by your browser in its settings.',
        'Our tags are used through our own content delivery network.',
        'Cookies set by a website other than the one you are visiting are called third-party cookies.',
        'Technologies used by you to block cookies may affect the service.',
        'Gift cards issued by our partners can be used in our stores.',
        'See more detail about the types of cookies set by Acme and our partners and how we use them.',
        'Industry groups offer tools to limit how cookies are placed by participating third parties.',
        'Third-party cookies are set by partner websites that are embedded within our site or that we link to.',
        'Coupons provided by our partners are used at checkout.',
        'Cookies set by the website you are visiting are first-party cookies, and cookies set by other parties are third-party cookies.',
        'Cookies may be placed by third parties when you visit their sites.',
        // The service's own tracker, installed by its customers.
        'Our SDK is installed by publishers in their apps to show ads.',
        'The Acme pixel is deposited by merchants on their checkout pages.',
        'Our tags are deployed by advertisers on their own properties.',
      ],
    },
    {
      id: 'data_sharing.trackers-placed-by-party-under-cookie-heading',
      section: COOKIE_LIST,
      cue: [PLACED_BY_PARTY],
      match: [`^(they|these|which|it) .{0,6} (${PLACED_BY_VERBS.join('|')}) .{0,4} by .{0,6} #ThirdParty`],
      // The service among who sets them ("by us or by third party providers"): not how cookies work on any site ("They
      // may be served by the entity that operates the website you are visiting or by other companies").
      rejectEvidence: { test: (evidence: string): boolean => !/\b(?:us|our|we)\b/i.test(evidence) },
      severity: 'medium',
      why: 'Under a cookie heading, "they may be set by our advertising partners" names an outside party that collects through the service (GUIDE T6, D1).',
      mustMatch: [
        {
          text: 'They may be set by us or by third party providers whose services we have added to our pages.',
          stance: 'grant',
          section: 'Functionality Cookies',
        },
        {
          text: 'These may be placed through our site by our advertising partners.',
          stance: 'grant',
          section: 'Targeting cookies',
        },
        // The heading's trackers are the lexicon's (TrackTech).
        {
          text: 'They may be set by our advertising partners.',
          stance: 'grant',
          section: 'Clear GIFs and local storage',
        },
      ],
      mustNotMatch: [
        { text: 'They may be set by us or by third party providers.', section: 'Payment' },
        { text: 'They are set by us only.', section: 'Functionality Cookies' },
        {
          text: 'They may be served by the entity that operates the website you are visiting or by other companies.',
          section: 'Cookies',
        },
      ],
    },
    {
      id: 'data_sharing.third-party-trackers',
      cue: [THIRD_PARTY_TRACKERS],
      match: [
        '#ThirdParty .{0,6} (use|uses|set|sets|place|places|deploy|deploys|drop|drops|serve|serves|operate|operates) .{0,5} #TrackTech',
        // The service's own use of third-party cookies, not "many websites use third-party cookies".
        '(we|our|this) .{0,4} (use|uses|using|employ|employs|set|sets|place|places|deploy|deploys|serve|serves) .{0,6} third (party|parties) #TrackTech',
        // Not "operated": compromise's gap stops at the first verb of the list ("operated and set by").
        '#TrackTech .{0,12} (set|placed|stored|served|deployed|dropped) by .{0,6} #ThirdParty',
        '#TrackTech from .{0,2} third (party|parties)',
        '(using|through|via) .{0,3} third (party|parties) #TrackTech',
      ],
      // "use" as a noun is no act of the party: "clients’ and vendors’ use of such tracking technologies", "third
      // parties' use of cookies", "patents related to use of the SDK".
      rejectEvidence: /\b(?:the|their|its|your|of|to)\s+use\b|['’]s?\s+use\b/i,
      // Their trackers on their own sites are no part of the service: "third parties use cookies on their own websites".
      rejectAfter: new RegExp(String.raw`^\W*(?:on|in)\s+their\s+own\s+${wordsPattern(RECIPIENT_OWN_PLACES)}\b`),
      // Blocking cookies is the user's control, not the party's tracking: "allow you to block cookies from third parties".
      rejectBefore:
        /\b(?:block|blocking|disable|disabling|refuse|refusing|reject|rejecting|delete|deleting)\s+(?:[\w-]+\s+){0,3}$/,
      severity: 'medium',
      why: 'An outside party whose own cookies or pixels run on the service receives what they collect (GUIDE T6, D1).',
      mustMatch: [
        'These third parties may use cookies, beacons, tracking pixels, and other tools to collect information about your use of these Services.',
        'In addition, third parties such as social networks may place cookies to track you across websites.',
        'Some of our advertising partners may use cookies, SDKs, or other trackers to collect information about your online activity.',
        'We may use first-party or third-party cookies, pixels and web beacons to deliver our content to you.',
        'These Tracking Technologies may be operated and set by us or by our third-party business partners, such as advertising networks.',
        'Our website may display content from a third party service, which may result in cookies from third parties being stored on your device.',
        { text: 'We do not allow advertisers to place cookies on our pages.', stance: 'restrict' },
        { text: 'We do not use third-party cookies.', stance: 'restrict' },
        'To provide personalised marketing, including using third-party cookies to offer advertising that may interest you.',
        'Website usage data is captured using first and third-party cookies to determine the popularity of pages.',
        'We may use first-party or third-party cookies and pixels to deliver advertisements relevant to you on third-party sites.',
        // Third-party sites as where the party tracks, not who: the party is the one the service lets in.
        'Some third party advertisers may set their own cookies on your computer when you view their ads on third-party sites.',
      ],
      mustNotMatch: [
        // The sites, or the sites' own partners, as who tracks (GUIDE T18).
        'Third-party sites and apps may use their own cookies to track you.',
        'Acme is not responsible for the content of third-party sites, and their partners may use cookies.',
        'Third-party sites you visit and their advertisers may set cookies on your device.',
        'Third-party sites and their affiliates may use their own cookies.',
        "Third-party sites' advertisers may use their own cookies.",
        'You can block third-party cookies in your browser settings.',
        'Many websites use third-party cookies to show ads.',
        'Some browsers, such as Firefox, allow you to block cookies from third parties.',
        'We do not control whether third parties use cookies on their own websites.',
        'We are not responsible for our vendors’ use of such tracking technologies.',
        'The policy describes cookies and third parties’ use of cookies.',
        'Third-party websites may use cookies that we do not control.',
        'We use cookies to remember your settings.',
      ],
    },
    {
      id: 'data_sharing.third-party-serves-ads',
      cue: [THIRD_SERVES_ADS],
      match: [
        '#ThirdParty .{0,8} (may|can|will|to)? (serve|serves|show|shows|display|displays|deliver|delivers) (you)? .{0,2} (ads|advertisements|adverts)',
        // "Provide" ads only to the user: "third parties may provide you with ads", "… provide targeted ads to you"; not
        // ads provided to the service ("advertisers provide us with ads", "sponsors provide ads that we place").
        '#ThirdParty .{0,8} (may|can|will)? (provide|provides) you with? .{0,2} (ads|advertisements|adverts)',
        '#ThirdParty .{0,8} (may|can|will)? (provide|provides) .{0,2} (ads|advertisements|adverts) to you',
        // The party as the subject of "to provide": "cookies … for our third-party partners to provide personalized
        // advertisements".
        '#ThirdParty to (provide|provides) .{0,2} (ads|advertisements|adverts)',
        // Served to the user: "content and advertisements on our websites may be served by third parties" names where
        // content comes from, not whom the visitor's data reaches.
        '(ads|advertisements|adverts) .{0,8} (served|displayed|delivered|shown) to you by .{0,8} (#ThirdParty|#NamedService|#BigTech)',
      ],
      // "Display" as a noun: "third parties also use these tools in connection with our display of ads". A party of
      // the user's side showing ads is the platform's customer at work ("Sellers may show ads for their listings"),
      // not an ad network reading the visitor; advertisers stay: their ads reach the visitor's device (D1).
      // Ads the service provides for the party ("third parties pay us to provide ads to you") come from the service.
      rejectEvidence: new RegExp(
        String.raw`\b(?:our|the|their|its|your)\s+(?:display|show|delivery)\s+of\b|^(?:${SELLER_SIDE})s?\b|\bus\s+(?:to\s+)?provides?\b`,
        'i',
      ),
      // A denial of what advertisers may show is a rule for advertisers ("advertisers may not display misleading
      // ads"), not a limit on the disclosure.
      stances: ['grant', 'conditional'],
      // Ads on the party's own pages are no part of the service: "publishers may display ads on their own sites",
      // "developers may display ads in their apps", "… for their listings". Ads to another site's own visitors: "many
      // websites partner with Acme to show ads to their visitors". A duty or a policy the ads follow is a rule for the
      // party, not a disclosure: "third parties that serve ads must comply with …", "… in accordance with our
      // advertising policies". A duty joined to the grant ("… serve ads on our site and must respect your choices") is
      // a second clause: the grant stands.
      rejectAfter:
        /^[^.;:]{0,40}\b(?:on\s+(?:their|your)|(?:in|within)\s+their)\s+(?:own\s+)?(?:web\s*)?(?:sites?|pages|apps?|applications?|properties|games?|channels?|stores?)\b|^[^.;:]{0,20}\bfor\s+their\s+(?:own\s+)?(?:listings?|products?|apps?|stores?|items|offers?|businesse?s?)\b|^\s*(?:to|for)\s+their\s+(?:own\s+)?(?:visitors|users|customers|readers|audiences?)\b|^(?:\s+(?!(?:and|but|or|then|also|so)\b)[^\s.;:,]+){0,4}?\s+(?:must|shall|(?:is|are)\s+required\s+to|agrees?\s+to)\b|^[^.;:]{0,20}\b(?:in\s+(?:accordance|compliance)\s+with|consistent\s+with|as\s+permitted\s+by)\s+(?:our|these|the|this)\s+(?:[\w-]+\s+){0,2}?(?:polic|guideline|terms|rules|requirements|standards)/,
      severity: 'medium',
      why: 'An ad network that serves the ads on the service reads the visitor’s device and activity to do it (GUIDE D1).',
      mustMatch: [
        'Advertisers on Acme, or service providers working on their behalf, sometimes use technology to serve ads that appear on our Services directly to your device.',
        'Acme Ads is one of the third-party advertising companies we may use to serve ads when you visit our website.',
        'Likewise, third party vendors may serve you advertisements when you visit the Services based on your interaction with the Services.',
        'Targeted ads may be displayed to you by third parties, such as ad networks or exchanges.',
        'Ads appearing on this website may be delivered to you by Acme Ad Manager or other advertising partners.',
        'We and other third parties may provide targeted advertisements to you based on such data.',
        // A duty joined to the grant: the grant stands, on the user's opt-out.
        {
          text: 'Third-party vendors serve ads on our site and must respect your opt-out choices.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Publishers may display ads on their own sites using the ad code.',
        'Advertisers provide us with ads, which we display without sharing any data with them.',
        'Third parties pay us to provide ads to you on the Service.',
        'Developers may display ads in their apps using the Acme Ads SDK.',
        'Sellers may show ads for their listings in search results.',
        'Partners may display advertisements in accordance with our advertising policies.',
        'Third parties that serve ads must comply with these guidelines.',
        'Third parties that serve ads on our site must comply with industry self-regulatory principles.',
        'Advertisers may not display advertisements that are misleading.',
        'We may show you ads for our own products.',
        'Many websites, such as news sites and blogs, partner with Acme to show ads to their visitors.',
        'Approved third parties also use these tools in connection with our display of ads.',
        'Some content, applications, and advertisements on our websites may be served by unaffiliated third parties.',
      ],
    },
    {
      id: 'data_sharing.onward-transfer-principles',
      cue: [ONWARD_UNDER_PRINCIPLES],
      match: ['onward (transfer|transfers)'],
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'medium',
      why: "Complying with a framework's principles for onward transfers binds the third parties the data goes on to (GUIDE D13, D2): restrict.",
      mustMatch: [
        {
          text: 'Acme complies with the EU-U.S. DPF Principles for all onward transfers of personal data from the EU, including the onward transfer liability provisions.',
          stance: 'restrict',
        },
        {
          text: 'Acme Inc. complies with the Privacy Shield Principles for all onward transfers of Personal Information from the EU and Switzerland.',
          stance: 'restrict',
        },
        {
          text: 'Acme Corporation complies with the EU-U.S. DPF, the UK Extension to the EU-U.S. DPF, and Swiss-U.S. DPF Principles for all onward transfers of personal data from the EU.',
          stance: 'restrict',
        },
        {
          text: 'We comply with the Privacy Shield Principles with respect to onward transfers of personal data.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // Pointers and jurisdiction: compliance as a noun, onward transfers beside the principles (GUIDE D8, D13a).
        'To learn more about our compliance with the Privacy Shield framework and onward transfers, visit the Privacy Shield website.',
        'Questions about our compliance with the DPF Principles or onward transfers may be sent to privacy@acme.example.',
        "The FTC has jurisdiction over Acme's compliance with the EU-U.S. DPF Principles and onward transfers.",
        'Acme complies with the EU-U.S. DPF Principles and onward transfers.',
        // Liability for the recipients' processing is procedure (GUIDE D8).
        'Acme Inc. acknowledges its potential liability in cases of onward transfers to Third Parties of Personal Data.',
        // Compliance with the framework, onward transfers not named.
        'Acme complies with the EU-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce.',
      ],
    },
    {
      id: 'data_sharing.transfer-abroad-to-recipient',
      cue: [TRANSFER_ABROAD],
      match: [
        '(transfer|transfers|transferred|transferring|stored|store|stores|processed|process|processes|accessed|hosted|host|hosts) .{0,14} (country|countries|abroad|overseas|world|globe|jurisdictions|outside|states) .{0,12} #ThirdParty',
        '(transfer|transfers|transferred|transferring|stored|store|stores|processed|process|processes|accessed|hosted|host|hosts) .{0,12} #ThirdParty .{0,14} (country|countries|abroad|overseas|world|globe|jurisdictions|outside|states)',
        '#ThirdParty .{0,6} (located|based|operating|headquartered) (in|outside) .{0,6} (country|countries|abroad|overseas|jurisdictions|eea|outside|states)',
        `#ThirdParty .{0,6} (located|based|operating|headquartered) outside (of)? (the)? (${OUTSIDE_EUROPE})`,
        '(collected|gathered|obtained|received) by .{0,6} (#ThirdParty|#NamedService|#AnalyticsService|#BigTech) .{0,4} (transferred|stored|processed|hosted) .{0,3} (outside|abroad|overseas|country|countries|jurisdictions|states)',
        '(use|uses|using|engage|engages|engaging) .{0,3} #ThirdParty (outside|abroad|overseas)',
      ],
      severity: 'medium',
      why: "A transfer abroad to vendors, affiliates or subprocessors discloses the data to them (GUIDE D7); the service's own servers abroad are not a disclosure.",
      mustMatch: [
        'Your personal information may be transferred to and processed in our and our vendors’ facilities in various countries.',
        'We may transfer your data to other countries in which our subprocessors have operations.',
        'Some recipients of your personal data may be located in countries outside of the EEA.',
        'Some of our service providers are based outside of Europe, and their processing of your data involves a transfer.',
        // Examples that failed before: the active verbs, a longer object, the party that collected, providers abroad.
        'We may store and process Personal Information in the USA, Europe, Israel, or other jurisdictions, whether by ourselves or with the help of our affiliates and service providers.',
        'Acme will transfer Personal Data originating in Japan to both its EEA and non-EEA affiliates, such as Acme, Inc. in the United States.',
        'Data collected by cookies and Google Analytics may be transferred outside the EEA for processing.',
        'However, Acme reserves the right to use certain service providers outside the European Economic Area (EEA).',
      ],
      mustNotMatch: [
        'Your personal data is stored on our own servers in the United States.',
        'We may transfer your personal information outside the EEA.',
        'We store and process your personal data in the United States.',
        'Data collected by our website may be transferred outside the EEA for processing.',
        'Third-party websites may be hosted in other countries.',
        'Unresolved complaints go to an independent dispute resolution provider located in the United States.',
        'We may refer unpaid balances to a third-party collections agency in a court of general jurisdiction.',
      ],
    },
    {
      id: 'data_sharing.safeguard-when-using-recipients',
      // GUIDE D13, D2: a safeguard whose occasion is the service taking on recipients ("Where we use certain service
      // providers, we may use specific contracts approved by the European Commission …") binds those recipients: the
      // unit names them and shares nothing itself, so it limits (restrict). A unit that also passes the data on ("… we
      // share it with them under standard contractual clauses") is a grant (D2), read by the share rules.
      cue: [SAFEGUARD, WHEN_WE_USE_RECIPIENTS],
      match: [
        `(where|when|whenever|if) we (${TAKE_ON_VERBS.join('|')}) (certain|some|any|our|external|outside)? .{0,2} #ThirdParty .{0,8} (use|uses|rely|relies|apply|implement|enter|put|have) .{0,5} ${SAFEGUARD_MATCH}`,
      ],
      rejectEvidence: SHARE_ACT_NOT_HARM,
      // … nor one that passes it on after the safeguard ("…, and we may transfer your data to them in the US").
      rejectAfter: SHARE_ACT_AHEAD,
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'A transfer safeguard put in place where the service uses outside recipients limits what they receive (GUIDE D13, D2): restrict.',
      mustMatch: [
        {
          text: 'Where we use certain service providers, we may use specific contracts approved by the European Commission which give personal data the same protection it has in Europe.',
          stance: 'restrict',
        },
        {
          text: 'When we engage vendors located outside the EEA, we rely on standard contractual clauses.',
          stance: 'restrict',
        },
        {
          text: 'If we use service providers based in the United States, we may rely on their certification under the Data Privacy Framework.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // Passes the data on as well, before the safeguard or after it: a grant (D2).
        'When we use service providers, we transfer your data to them and rely on standard contractual clauses.',
        'Where we use certain service providers, we may use specific contracts approved by the European Commission, and we may transfer your data to them in the United States.',
        // Not the service's recipients: the reader's own, or the service's own tools.
        'Where you use third-party services, you rely on the safeguards they put in place.',
        'Where we use cookies, we rely on adequacy decisions for any transfers.',
      ],
    },
    {
      id: 'data_sharing.where-recipients-keep-facilities',
      cue: [WHERE_RECIPIENTS_KEEP],
      match: [
        '(where|which) .{0,8} #ThirdParty .{0,8} (maintain|maintains|have|has|operate|operates|keep|keeps|run|runs) (their|its)? (facilities|operations|servers|offices|premises|infrastructure|data centers|data centres)',
      ],
      severity: 'low',
      why: "Data kept or processed where the service's affiliates or providers have their facilities is in their hands (GUIDE D13: a transfer abroad to recipients).",
      mustMatch: [
        'Data is stored on servers in the U.S. or other countries where we or our affiliates, subsidiaries or service providers have facilities.',
        'Processing of Customer Data may take place outside the EEA where Acme, its Affiliates or its Sub-processors maintain operations.',
        'Your information may be processed in any other country where Acme or its affiliates, partners, or service providers are located or maintain facilities.',
      ],
      mustNotMatch: [
        'Your personal data is stored in the countries where we maintain our own servers.',
        'We may transfer your information to other countries where we have operations.',
      ],
    },
    {
      id: 'data_sharing.transfer-abroad-in-section',
      afterRecipients: true,
      cue: [TRANSFER_OUT, NO_SAFEGUARD, NOT_COMING_IN],
      match: [
        '(transfer|transfers|transferred|transferring) .{0,14} (country|countries|abroad|overseas|world|globe|jurisdiction|jurisdictions|outside|states)',
      ],
      // To servers or computers abroad: where the data is, not who gets it (GUIDE D13). A match that ends a lead-in
      // (its colon is in the match's last term) introduces the items that say how.
      rejectEvidence: /\b(?:servers?|computers?|data\s+cent(?:er|re)s?)\b|:\s*$/i,
      // The user's own duty not to transfer ("You shall not transfer any personal data … to any other countries").
      rejectBefore: /\byou\s+(?:shall|will|must|may|should)\s+not\s+$/,
      // A lead-in whose items say how the transfers are made ("Where we transfer … to a recipient in a restricted
      // country, we will either:"), and the transfers said to follow the law or the policy ("we ensure that the
      // information is transferred in accordance with this Privacy Notice": procedure, GUIDE D8).
      rejectAfter:
        /^[^.;:]*:\s*$|^[^.;]*?\b(?:in\s+accordance\s+with|consistent\s+with|as\s+permitted\s+by|in\s+compliance\s+with|(?:are|is)\s+(?:prohibited|forbidden|not\s+(?:permitted|allowed)))\b/,
      severity: 'medium',
      why: 'A transfer abroad that names no recipient, in a section whose earlier units named the recipients of its transfers, is read with them (GUIDE D13a): the data goes abroad to those recipients.',
      mustMatch: [
        {
          text: 'Such information may be transferred to other countries around the world.',
          stance: 'grant',
          before: 'The Company may transfer your Personal Information to affiliated companies for storage.',
        },
        {
          text: 'Accordingly, the disclosures described above may result in the transfer of your Personal Information outside of the country in which you reside.',
          stance: 'grant',
          before: 'We use vendors located around the world to help us run our business.',
        },
        {
          text: 'We may transfer personal data from the European Union to other countries around the world.',
          stance: 'grant',
          before: 'We use vendors located around the world to help us run our business.',
        },
      ],
      mustNotMatch: [
        // No recipient named before in the section (GUIDE D13): where the data goes, not who gets it.
        'Such information may be transferred to other countries around the world.',
        {
          text: 'Such information may be transferred to other countries around the world.',
          before: 'Our servers are located in Ireland.',
        },
        // A safeguard is the safeguard rule's: restrict.
        {
          text: 'When we transfer your data outside the EEA, we rely on standard contractual clauses.',
          before: 'We share your data with our service providers.',
        },
        // Servers abroad, the law followed, a lead-in whose items say how: no transfer to the recipients named.
        {
          text: 'In particular, if you provide Personal Information, it may be transferred to and processed on computers in the U.S. and other countries.',
          before: 'The Company may transfer your Personal Information to affiliated companies for storage.',
        },
        {
          text: 'Whenever we transfer personal information to other jurisdictions, we will ensure that the information is transferred in accordance with this Privacy Notice.',
          before: 'Our affiliated companies may receive your information to provide the services.',
        },
        {
          text: 'Where we transfer your personal data to a recipient in a restricted country, we will either:',
          before: 'We share your data with our service providers.',
        },
        {
          text: 'For transfers of personal information of our users to third countries:',
          before: 'We share your data with our service providers.',
        },
        {
          text: 'You shall not transfer any personal data that we have provided to you to any other countries.',
          before: 'We share your data with our service providers.',
        },
        // A denial after the act ("… are prohibited") is no transfer.
        {
          text: 'Transfers of your data to other countries are prohibited.',
          before: 'We share your data with our service providers.',
        },
        // The service describing itself names no recipient ("a global organization").
        {
          text: 'Your personal information may be transferred outside of your home country.',
          before: 'We are a global organization with offices in many countries.',
        },
        // Storage abroad is where the data is, not a transfer to anyone.
        {
          text: 'Your information is stored and processed on our servers in the United States.',
          before: 'We share your data with our service providers.',
        },
        // Out of Europe to the service itself (GUIDE D13a); a third country named before "from", in an importer's
        // terms.
        {
          text: 'We transfer personal data from the EEA to the United States, which is where we are based.',
          before: 'We use vendors located around the world to help us run our business.',
        },
        {
          text: 'For transfers from the UK: where a transfer to a third country is made from the UK, the UK Addendum applies to the transfer.',
          before: 'We share your data with our service providers.',
        },
      ],
    },
    {
      id: 'data_sharing.transfer-safeguard-names-recipient',
      // GUIDE D13: a safeguard for transfers abroad restricts them when the unit itself names who receives them ("we
      // use standard contractual clauses agreed with the recipient", "contractual commitments of our
      // partners and service providers", "entering into the standard contractual clauses with the recipient", "the
      // transfers from Acme to subprocessors are subject to the SCCs"), however far the recipient stands from the
      // transfer. A unit that also shares is a grant (D2), read by the share rules; one that names no recipient is the
      // section's (transfer-safeguard-in-section) or nothing.
      cue: [SAFEGUARD, /\btransfer/, SAFEGUARD_FOR_TRANSFER, NOT_COMING_IN, SAFEGUARD_RECIPIENT],
      match: [SAFEGUARD_MATCH],
      // The user's right to a copy of the safeguards is no limit the service sets (GUIDE D13: role=explanation).
      rejectBefore: /\bcop(?:y|ies)\s+of\b/,
      // …nor the service as the importer (data coming in, D13a), its liability for an agent's onward transfer (D8), or
      // the user's complaint about a transfer.
      rejectInUnit: {
        test: (before, evidence, after) => NOT_RECIPIENTS_SAFEGUARD.test(`${before}${evidence}${after}`),
      },
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'low',
      why: 'A safeguard for transfers abroad in a unit that names their recipients limits what the recipients receive (GUIDE D13, D2): restrict.',
      mustMatch: [
        {
          text: 'Where we make onward transfers of personal data to countries without an adequacy decision, we use the Standard Contractual Clauses agreed with the recipient.',
          stance: 'restrict',
        },
        {
          text: 'These transfer safeguards include binding corporate rules within our group and contractual commitments of our partners and service providers.',
          stance: 'restrict',
        },
        {
          text: 'We only transfer personal data outside the EEA under a valid transfer mechanism, such as the standard contractual clauses entered into with the recipient.',
          stance: 'restrict',
        },
        {
          text: 'The standard contractual clauses apply to restricted transfers from Acme to its subprocessors.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        // Shares as well: a grant (D2).
        'We share your data with our service providers in the United States under standard contractual clauses.',
        // No recipient named in the unit.
        'For transfers from the EEA to other countries, we rely on standard contractual clauses.',
        'When personal data is transferred outside the EEA, we rely on adequacy decisions.',
        // The service as the importer, its liability, the user's copy or complaint.
        'Where we act as the data importer, transfers from our customers to us rely on the standard contractual clauses.',
        'As the data importer, Acme relies on the standard contractual clauses for transfers from its business partners.',
        'Under the Data Privacy Framework, we remain liable for onward transfers to third parties acting as our agents.',
        'You may request a copy of the standard contractual clauses we use for transfers to our vendors.',
      ],
    },
    {
      id: 'data_sharing.transfer-safeguard-in-section',
      afterRecipients: true,
      cue: [SAFEGUARD, /\btransfer/, SAFEGUARD_FOR_TRANSFER, NOT_COMING_IN],
      match: [SAFEGUARD_MATCH],
      // The user's right to a copy of the safeguards is no limit the service sets (GUIDE D13: role=explanation).
      rejectBefore: /\bcop(?:y|ies)\s+of\b/,
      implies: { stance: 'restrict' },
      stances: ['restrict'],
      severity: 'medium',
      why: 'A safeguard for transfers abroad that names no recipient, in a section whose earlier units named the recipients of its transfers, limits the transfers to them (GUIDE D13a, D2): restrict.',
      mustMatch: [
        {
          text: 'We rely on standard contractual clauses to transfer information as described in section 2.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When we transfer your personal information outside of the European Union, we ensure an adequate level of data protection by relying on adequacy decisions.',
          stance: 'restrict',
          before: 'Certain entities in our corporate group are given limited remote access to this information.',
        },
        // Protection named without a mechanism: "sufficient level of protection", "additional measures".
        {
          text: 'In particular, Acme transfers the data of EEA residents to non-EEA countries only when a sufficient level of protection is ensured.',
          stance: 'restrict',
          before: 'We may disclose your data to third parties, be it our service providers or our partners.',
        },
        {
          text: 'When Acme transfers personal information to a third country, Acme ensures that it has taken additional measures to comply with the data protection laws.',
          stance: 'restrict',
          before: 'We may disclose your data to third parties, be it our service providers or our partners.',
        },
        // Transfers out of Europe to other countries go to the recipients the section named, whoever sends them; to a
        // country alone, when the service sends them.
        {
          text: 'When we transfer personal data from the EEA to countries without an adequacy decision, we rely on standard contractual clauses.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When Acme transfers it from the EEA to third countries, we rely on standard contractual clauses.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When we need to transfer it from the EEA to third countries, we rely on standard contractual clauses.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When we transfer personal data from the EU to the United States, we comply with the EU-U.S. Data Privacy Framework.',
          stance: 'restrict',
          before: 'We and our service providers may transfer your information to other jurisdictions.',
        },
        // The service relying on a safeguard for the transfers it makes from Europe, with no destination named.
        {
          text: 'For example, for transfers from the EEA and the UK, we rely on adequacy decisions where available.',
          stance: 'restrict',
          before:
            'We may transfer your personal data to other group companies, service providers and business partners.',
        },
        {
          text: 'For transfers from the European Economic Area, we rely on standard contractual clauses.',
          stance: 'restrict',
          before:
            'We may transfer your personal data to other group companies, service providers and business partners.',
        },
        {
          text: 'For transfers from the European Union (EU), we rely on standard contractual clauses.',
          stance: 'restrict',
          before:
            'We may transfer your personal data to other group companies, service providers and business partners.',
        },
        {
          text: 'For transfers from the EEA and the United Kingdom, we rely on standard contractual clauses.',
          stance: 'restrict',
          before:
            'We may transfer your personal data to other group companies, service providers and business partners.',
        },
        {
          text: 'For transfers from the EEA we rely on standard contractual clauses.',
          stance: 'restrict',
          before:
            'We may transfer your personal data to other group companies, service providers and business partners.',
        },
        // Certifications as the last of the mechanisms listed, not the service's own certification.
        {
          text: 'Guarantees for international transfer: Standard Contractual Clauses, Binding Corporate Rules, Certifications',
          stance: 'restrict',
          before: 'We use the following third-party processors.',
        },
        // Steps promised for the transfer, with no mechanism named.
        {
          text: 'When we transfer your personal information outside your country, we take appropriate steps to ensure your information is protected.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'Wherever your personal information is transferred, we will take reasonable steps to safeguard its privacy.',
          stance: 'restrict',
          before: 'We share your personal information with business partners and service providers.',
        },
      ],
      mustNotMatch: [
        // Steps for security with no transfer in the unit.
        {
          text: 'We take reasonable steps to protect your personal information from loss and misuse.',
          before: 'We share your personal information with business partners and service providers.',
        },
        // Steps for a transfer with no place abroad: data in transit, a transfer of any kind, the user's own transfer.
        {
          text: 'We use appropriate security measures, such as TLS encryption, to protect your data during transfer.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'Where we transfer data, we take reasonable steps to keep it accurate and complete.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'We take appropriate steps to respond to requests to transfer your data to another controller.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'You may transfer your data to another service; we take reasonable steps to help you do so.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'We take appropriate steps to protect your data in transit to other countries.',
          before: 'We share your personal information with business partners and service providers.',
        },
        // Data coming in: the service's own transfers from the EEA, its own certification (GUIDE D13a).
        {
          text: 'When Acme transfers personal data from the EEA to the United States, we rely on the standard contractual clauses.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'Should these certifications lapse, Acme relies on the standard contractual clauses for transfers to the United States.',
          before: 'We share your personal information with business partners and service providers.',
        },
        // Transfers to the service itself: to where it is based, to its own servers (GUIDE D13a, D7).
        {
          text: 'When we transfer it from the EEA to the United States, which is where we are based, we rely on standard contractual clauses.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When you upload content, we transfer it from the EEA to our servers in the United States under standard contractual clauses.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'For transfers from the EEA to us in the United States, we rely on standard contractual clauses.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'For transfers from the EEA, we rely on our certification under the Data Privacy Framework.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'For personal data transferred from the EEA, the UK, or Switzerland, we rely on the EU-U.S. Data Privacy Framework.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'For transfers from the UK, we rely on the UK Extension to the EU-U.S. Data Privacy Framework.',
          before: 'We share your personal information with business partners and service providers.',
        },
        {
          text: 'When our customers transfer personal data from the EEA, we rely on the standard contractual clauses they sign with us.',
          before: 'We share your personal information with business partners and service providers.',
        },
        'We rely on standard contractual clauses to transfer information as described in section 2.',
        {
          text: 'We rely on standard contractual clauses to transfer information as described in section 2.',
          before: 'Our servers are located in Ireland.',
        },
        {
          text: 'You may request a copy of the standard contractual clauses that govern these transfers.',
          before: 'We share your personal information with business partners and service providers.',
        },
      ],
    },
    {
      id: 'data_sharing.portability-to-another',
      cue: [PORTABILITY_TO_OTHER],
      match: [
        // The cue has read "to (another) …"; a gap stops at the first word of what follows ("to you or to a third party").
        '(portability|portable|transfer|transmit|send|provide|provided|move|transferred|share) .{0,40} #ThirdParty',
        '(portability|portable|transfer|transmit|send|provide|move|transferred) .{0,40} (controller|party|organisation|organization|company|entity|business)',
        '(portability|portable|transfer|transmit|send|provide|provided|move|transferred|port|share) .{0,40} (another|other) .{0,3} (controller|controllers|party|organisation|organization|company|entity|business|provider|recipient|service)',
      ],
      // A transfer the user asks for (GUIDE D4): it happens only at the user's request.
      implies: { stance: 'conditional', condition: 'opt_in' },
      stances: ['conditional'],
      severity: 'low',
      why: 'Data portability to another party is a transfer the user starts (GUIDE D4).',
      mustMatch: [
        {
          text: 'You have the right to data portability, which means you can ask us to provide your personal information to you or to a third party in a machine-readable format.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You also have the right to request that we transfer that Personal Information to another party.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Right to transfer: You have the right to request us to transfer your personal information that we hold about you to another controller.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Request the transfer of your personal data to you or to a third party.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You have the right to transfer such data to another recipient, for example another service.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We will provide to you, or a third party you have chosen, your personal data in a structured, commonly used, machine-readable format.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Port your Personal Information to another service provider, upon express request.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You have the right to receive your personal data in a structured, commonly used format and to have it transferred to another service provider.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You may request the transfer of your personal data to you or to a third party.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        // The right as its two acts, and a transfer the user asks to have made.
        {
          text: 'To receive your personal data and to transfer it to another controller.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You have the right to receive your information in a machine-readable format and to share it with a third party.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You can request to have data you uploaded yourself transferred to another recipient.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You may ask for your personal data to be provided to you or a third party of your choice (data portability).',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'You have the right to data portability, which means you can receive your personal data in a machine-readable format.',
        'You have the right to request a copy of your data.',
        // "With" is the user's own transfer only after the user receives the data: not a newsletter, not the service's
        // helper while it handles a portability request.
        'You can receive our newsletter and share it with another company.',
        'When you exercise your right to data portability, we may share your request with another service provider that helps us verify your identity.',
        // The company's own right: a business transfer.
        'We reserve the right to transfer your personal information to another company in the event of a merger.',
      ],
    },
    {
      id: 'data_sharing.avoid-feature-to-avoid-sharing',
      // Not the user's duty: the avoidance is the user's choice, as "you can opt out" is (userSubject).
      userSubject: true,
      cue: [NOT_WANT_SHARED, /\b(?:connect|link|use|participate)\b/],
      match: [
        // "Provided" only with "to": "the information provided" is no sharing.
        '(not|never) (want|wish) .{0,6} (shared|disclosed|transferred|provided to) .{0,12} (not|never) (connect|link|use|participate|make use)',
        '(not|never) (connect|link) .{0,6} if you .{0,2} (not|never) (want|wish) .{0,6} (shared|disclosed|transferred|provided to)',
      ],
      // Not the whole service ("do not use our Services"): sharing that comes with any use is a grant (GUIDE G7),
      // not a feature the user starts; nor a profile the user chose to show (D10).
      rejectAfter:
        /^\s*(?:of\s+)?(?:the|our|any\s+of\s+our|acme['’]?s?)\s+(?:services?|sites?|website|apps?|applications?|platform)\b/,
      rejectEvidence: /\b(?:shared|disclosed|shown)\s+(?:on|in|via)\s+your\s+(?:public\s+)?profile\b/i,
      implies: { stance: 'conditional', condition: 'opt_in', negated: 'conditional' },
      stances: ['conditional'],
      severity: 'medium',
      why: 'Not starting the feature is the way to keep the data from being shared: the feature shares it once the user starts it (GUIDE D4: conditional opt_in).',
      mustMatch: [
        {
          text: 'If you do not want your personal information shared in this way, please do not connect your social media account with your Acme account.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'To the extent that you do not wish to have your name shared in this manner, you should not make use of these services.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Do not connect your accounts if you do not want personal information shared in this manner.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'If you do not want your personal information shared with advertisers, you can use the opt-out link in your settings.',
        'If you do not want your information shared with third parties, do not use our services.',
        'If you do not want your information disclosed to law enforcement, do not use the Services.',
        'If you do not want your information transferred to our servers in the United States, you should not use the Services.',
        'If you do not want us to use the information provided, do not participate in the survey.',
        'If you do not want your photos shared on your profile, do not use the profile feature.',
        'If you do not want to receive emails, do not use this feature.',
        'You must not connect your account to third-party services you do not trust.',
      ],
    },
    {
      id: 'data_sharing.opt-out-of-sharing',
      // The sharing is named in the sentence before: "You may opt out of such sharing by emailing us."
      cue: [OPT_OUT_OF_SHARING],
      match: [
        '(opt out|opt-out|object) (of|to|from) .{0,6} (sharing|share|shares|shared|disclosure|disclosures|transfer|transfers)',
        // Consent withdrawn from a disclosure that runs until then (G7: the default decides, opt_out).
        'withdraw (your)? consent .{0,8} (sharing|disclosure|disclosures|transfer|transfers)',
        '(adjust|change|manage|update) your data? sharing (preferences|settings|choices)',
        // The user's right to limit the disclosure: "the right to restrict the sharing of your data".
        '(right to|ask us to|request us to) (restrict|limit) .{0,6} (sharing|disclosure|disclosures|transfer|transfers)',
      ],
      // A sale named with the sharing is the next rule's; "opt out of the sharing of your data for cross-context
      // behavioural advertising", with no sale named, is the CCPA sale (data_sale) and tracking, not a disclosure.
      rejectEvidence: /\b(?:sale|sales|sell|sold|selling)\b/i,
      // What the law provides in general ("certain state laws provide residents with the right to opt out of …") and a
      // pointer to the section on the right ("please refer to the section titled “Right to Opt Out of …”") state no
      // choice the service gives (GUIDE G8, pointers).
      rejectBefore: LAW_IN_GENERAL_BEFORE,
      rejectAfter: RegExp(
        String.raw`${SECTION_POINTER_AFTER.source}|^[^.;]{0,60}\b(?:cross[\s-]context|behaviou?ral\s+advertising|targeted\s+advertising)\b`,
      ),
      // Each pattern states the choice itself, whatever else the sentence says about consent: an opt-out; denied
      // ("you cannot opt out of this sharing"), no finding.
      implies: { stance: 'conditional', condition: 'opt_out' },
      stances: ['conditional'],
      severity: 'medium',
      why: 'An opt-out of "such sharing" says the service shares until the user opts out, even when the data and the recipients are named in the sentence before.',
      mustMatch: [
        { text: 'You may opt out of such sharing at any time.', stance: 'conditional', condition: 'opt_out' },
        {
          text: 'You can opt out of this sharing using the link in our footer.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may withdraw your consent at any time to the use, disclosure or transfer of your information in your settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may adjust your sharing preferences in your account settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // A settings page named, no "opt out" or "change your settings" for the stance to read.
        {
          text: 'Sign in to your account, where you can also update your data sharing settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You have the right to restrict the sharing of your data with our affiliates.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You can also ask us to restrict or limit processing, sharing, or transfer of your data.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // Residents addressed with the way to opt out: the service's own choice, not the law in general (G8).
        {
          text: 'Consumers in certain states may opt out of the sharing of their personal data by using the link below.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Residents in certain states have the right to opt out of the sharing of their personal data.',
        'Some U.S. states give their residents the right to opt out of the sharing of their personal data.',
        'You may opt out of the sharing of your data for cross-context behavioral advertising in your account settings.',
        'For more, please refer to the section titled “Right to Opt Out of the Sale and Sharing of Your Data”.',
        'You may opt out of the sale of your personal information.',
        'You cannot opt out of this sharing.',
        'We limit the sharing of your data to our service providers.',
        'You can opt out of marketing emails at any time.',
        'We value sharing ideas with our community.',
        'You may withdraw your consent to marketing emails at any time.',
        'You can adjust your notification preferences in your account settings.',
      ],
    },
    {
      id: 'data_sharing.opt-out-of-sharing-for-ads',
      // The CCPA's opt-out of "sharing" for targeted or cross-context advertising, no sale named: the service discloses
      // for advertising until the user opts out (GUIDE D10, the "Do Not Share" right).
      cue: [OPT_OUT_OF_SHARING],
      match: [
        // Also as a heading's gerund ("Opting out of the sharing of …") and with another act beside the sharing ("the
        // sharing or processing of your personal information for purposes of targeted advertising").
        '(opt out|opt-out|opting out) (of|from) .{0,6} (sharing|share) .{0,12} (targeted|cross-context|behavioral|behavioural|interest-based)',
      ],
      rejectEvidence: /\b(?:sale|sales|sell|sold|selling)\b/i,
      // As the rules beside it: the law in general and a pointer to the section on the right state no choice (G8).
      rejectBefore: LAW_IN_GENERAL_BEFORE,
      rejectAfter: SECTION_POINTER_AFTER,
      implies: { stance: 'conditional', condition: 'opt_out' },
      stances: ['conditional'],
      severity: 'medium',
      why: 'An opt-out of the sharing of personal data for targeted advertising says the service shares it for ads until the user opts out (GUIDE D10).',
      mustMatch: [
        {
          text: 'You can opt out of sharing your personal information for cross-context behavioral advertising by clicking the link below.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'The right to opt out of the sharing of Personal Information for targeted advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Residents of California can opt out of the sharing of their personal data for targeted advertising by clicking the Do Not Share link.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Opting out of the sharing of your personal information for targeted advertising. To exercise this right, follow the instructions in our Cookie Policy.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may have the right to opt out of the sharing or processing of your personal information for purposes of targeted advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Some U.S. states give their residents the right to opt out of the sharing of personal data for targeted advertising.',
        'Certain state laws provide residents with the right to opt out of the sharing of their data for targeted advertising.',
        'Residents of certain states have the right to opt out of the sharing of personal data for targeted advertising.',
        'You can opt out of marketing emails at any time.',
      ],
    },
    {
      id: 'data_sharing.opt-out-of-sale-and-sharing',
      // The CCPA's "opt out of the sale or sharing of your data" names the sharing too: the service shares until the
      // user opts out (GUIDE D10), whatever else the sentence says it does for advertising.
      cue: [OPT_OUT_OF_SALE_AND_SHARING],
      match: [
        // Also with another right first or the sharing as a noun of its own: "opt out of targeted advertising and/or
        // the sale or sharing of …", "opt out of the “sale” of personal information and the “sharing” of …".
        // Also as what a browser's opt-out signal does: "you will be opted out of online sales or sharing".
        '(opt out|opt-out|object) (of|to|from) .{0,6} (sale|sales|sell|sold|selling) .{0,6} (sharing|share|shares|shared)',
        // Passive only: "you have opted out of …" is past, said before what still happens (G8).
        '(be|been|being|is|are) .{0,1} opted out (of|to|from) .{0,6} (sale|sales|sell|sold|selling) .{0,6} (sharing|share|shares|shared)',
        // The pair joined by a slash is one term ("opt out of the sale/sharing of …", "your opt-out of “sales/shares/
        // targeted advertising”", "the sharing/sale of …"): compromise matches each half as an alias of it, never both
        // in a row. A bare "share(d)" half needs the data after it: "the sale/share purchase plan" is stock.
        `(opt out|opt-out|object) (of|to|from) .{0,6} ${SLASH_SALE_SHARING}`,
        `(opt out|opt-out|object) (of|to|from) .{0,6} ${SLASH_SALE_SHARE} .{0,3} (personal|data|information)`,
        `(be|been|being|is|are) .{0,1} opted out (of|to|from) .{0,6} ${SLASH_SALE_SHARING}`,
        `(be|been|being|is|are) .{0,1} opted out (of|to|from) .{0,6} ${SLASH_SALE_SHARE} .{0,3} (personal|data|information)`,
        // The control named with the sale first: "click the “Do Not Sell My Personal Information or Share It” link".
        "(do|don’t|don't) not? sell .{0,4} or share",
      ],
      // As the rule before: the law in general and a pointer to the section on the right state no choice (G8); nor a
      // pointer whose topic is the right (read on the whole unit before: it may lie further back than rejectBefore sees).
      rejectBefore: LAW_IN_GENERAL_BEFORE,
      rejectInUnit: { test: (before, _evidence, after) => rightNamedByPointer(before, after) },
      // … nor what still happens after the opt-out ("… we will still disclose it to service providers"): a grant or a
      // consequence (Stances: "Even if you opt out, we may …"; G8).
      rejectAfter: new RegExp(
        `${SECTION_POINTER_AFTER.source}|^[^.;]{0,120}?\\b(?:still|continue\\s+to|nevertheless)\\b`,
      ),
      implies: { stance: 'conditional', condition: 'opt_out' },
      stances: ['conditional'],
      severity: 'medium',
      why: 'The right to opt out of the sale or sharing of personal data says the service sells or shares it until the user opts out (GUIDE D10).',
      mustMatch: [
        {
          text: 'You have the right to opt out of the sale or sharing of your personal information for targeted advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Residents may have the right to opt-out of having their data sold or shared.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You have the right to “opt-out” of the Sale or Share of your information.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'To exercise this right, click the “Do Not Sell My Personal Information or Share It for Ads” link.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may request to opt out of targeted advertising and/or the sale or sharing of your personal information.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'Residents have the right to opt out of the “sale” of personal information and the “sharing” of personal information.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'If you use the Global Privacy Control signal, you will be opted out of online sales or sharing of personal data.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may opt out of the sale/sharing of your personal information by clicking the link below.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We respond to the Global Privacy Control signal to effectuate your opt-out of “sales/shares/targeted advertising”.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may opt out of the sharing/sale of your personal information.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'Employees may opt out of the sale/share purchase plan.',
        'Certain state laws provide residents with the right to opt out of the sale or sharing of their personal information.',
        'If you wish to opt out of the sale or sharing of your data, please refer to section 9 below.',
        // The right as a pointer's topic (rightNamedByPointer).
        'Please refer to the Right to Opt-out of Sale or Sharing section below.',
        'Learn more about the right to opt out of the sale or sharing of your personal information below.',
        'Please note that if you have opted out of the sale of your data or the sharing of your data, we will still disclose it to service providers as permitted by law.',
        'If you have opted out of the sale or sharing of your personal information, you may still receive advertising.',
        'Once you have opted out of the sale or sharing of your data, we will wait at least 12 months before asking you to opt back in.',
        'Even if you opt out of the sale or sharing of your personal information, we may still share it with our service providers.',
        'You may opt out of the sale of your personal information.',
        'We do not sell your data or share it with advertisers.',
      ],
    },
    {
      id: 'data_sharing.opt-out-of-what-law-calls-sharing',
      // The opt-out of the CCPA's "sale or sharing" said of what falls under those terms further on than the rule
      // before reads: "you may opt out of activities that may constitute “targeted advertising”, “sharing”, or
      // “sales”", "we treat that browser as having opted out from profiling, ad targeting and sale/sharing of …", "we
      // will opt that browser out of cookies that result in a “sale” or “sharing”" (GUIDE D10).
      cue: [OPT_OUT_OF_WHAT_LAW_CALLS_SHARING],
      match: [
        '(opt out|opt-out|object) (of|to|from) .{0,14} (sale|sales|sell|sold|selling) .{0,8} (sharing|share|shares|shared)',
        '(opt out|opt-out|object) (of|to|from) .{0,14} (sharing|share|shares|shared) .{0,2} (sale|sales|sell|sold|selling)',
        `(opt out|opt-out|object) (of|to|from) .{0,14} ${SLASH_SALE_SHARING}`,
        `(opt out|opt-out|object) (of|to|from) .{0,14} ${SLASH_SALE_SHARE} .{0,3} (personal|data|information)`,
        '(be|been|being|having|is|are) .{0,1} opted out (of|to|from) .{0,14} (sale|sales|sell|sold|selling) .{0,8} (sharing|share|shares|shared)',
        `(be|been|being|having|is|are) .{0,1} opted out (of|to|from) .{0,14} ${SLASH_SALE_SHARING}`,
        'opt .{1,4} out (of|from) .{0,14} (sale|sales|sell|sold|selling) .{0,8} (sharing|share|shares|shared)',
      ],
      // One clause: not an opt-out of something else beside a denial ("opt out of emails; we do not sell or share …"),
      // nor beside another request ("an opt-out of targeted advertising or a request to limit the sale or sharing"), nor
      // a pointer to how to opt out ("to opt out of this, please follow the instructions on opting out of the sale …").
      rejectEvidence: /[;:]|\b(?:not|never|nor|request|limit|please|instructions?)\b/i,
      // As the rule before: the law in general, a pointer to the section on the right, what still happens after.
      rejectBefore: LAW_IN_GENERAL_BEFORE,
      rejectAfter: new RegExp(
        `${SECTION_POINTER_AFTER.source}|^[^.;]{0,120}?\\b(?:still|continue\\s+to|nevertheless)\\b`,
      ),
      // Only the laws' sense within the opt-out's reach, and nothing said to happen still within it.
      rejectInUnit: {
        test: (before, evidence, after) =>
          !CCPA_SENSE.test(evidence) || STILL_AFTER_OPT_OUT.test(evidence) || rightNamedByPointer(before, after),
      },
      implies: { stance: 'conditional', condition: 'opt_out' },
      stances: ['conditional'],
      severity: 'medium',
      why: 'An opt-out of what the privacy laws call a "sale" or "sharing" says the service shares until the user opts out (GUIDE D10), however far the terms stand from the opt-out.',
      mustMatch: [
        {
          text: 'You may opt out of activities that we carry out that may count as “targeted advertising”, “sharing”, or “sales” of personal data under state law.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'US residents may opt out of activities that fall under the legal definitions of “targeted advertising,” “sales,” or “sharing”.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'If we receive an opt-out preference signal, we treat your browser as having opted out from profiling, ad targeting and sale/sharing of your personal data.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'If your browser sends the GPC signal, we will opt that browser out of cookies that result in a “sale” or “sharing” of your personal information.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You have the right to opt out of our sale of your personal data and our processing (including sharing) for targeted advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'You may opt out of the use of certain targeted advertising, ad profiling and sale/share of information through third-party pixels by clicking the Cookie icon.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'You can opt out of marketing emails at any time; we do not sell or share your personal data.',
        'You may opt out of our newsletter, and we never sell or share your email address.',
        'Certain state laws provide residents with the right to opt out of activities that count as “sales” or “sharing” of personal data.',
        'If you opt out of activities that count as “sales” or “sharing”, we will still disclose your data to our service providers.',
        // A shop's sales and what is shared on it: not the laws' sense (no quoted term, data or advertising).
        'You can opt out of promotional emails and text messages from us about our seasonal sales and items shared by other members.',
        'Having opted out of marketing about sales, you may still see content shared by others.',
      ],
    },
    {
      id: 'data_sharing.deny-sale-and-sharing',
      // The CCPA's pair denied: "we do not “sell” or “share” (as those terms are defined …) personal information", "we
      // do not engage in activities considered the “sale” or “sharing” of …", "does not knowingly sell or share PI of
      // minors". A denial of the sharing as well (GUIDE D10 read the other way: the opt-out is conditional, the denial
      // a restrict); quotes, a defining aside or an abbreviation kept the share rules from reading it.
      cue: [SALE_AND_SHARING],
      // Also in a list or with the subject again: "we do not engage in sales, sharing, or targeted advertising", "we do
      // not sell, nor do we share, …".
      match: ['(sell|sells|sale|sales|sold|selling) (or|and|nor)? (do we)? (share|shares|sharing|shared)'],
      // Only the denial: the heading "Sale or Sharing of Personal Information" and the opt-out (the rule before) are not,
      // nor data described as "previously sold or shared" under another verb's negation.
      rejectBefore: /\b(?:previously|already)\s+$/,
      stances: ['restrict'],
      severity: 'low',
      why: 'A denial of the CCPA "sale or sharing" denies the sharing too (restrict).',
      mustMatch: [
        {
          text: 'We do not “sell” or “share” (as the CCPA defines those words) personal information.',
          stance: 'restrict',
        },
        {
          text: 'We do not engage in any activity that counts as a “sale” or “sharing” of personal information under state law.',
          stance: 'restrict',
        },
        {
          text: 'We have no actual knowledge of any sale or sharing of the personal information of minors under 16.',
          stance: 'restrict',
        },
        { text: 'The company does not knowingly sell or share PI of children under 13.', stance: 'restrict' },
        {
          text: 'We do not engage in sales, sharing, or targeted advertising using personal information about minors.',
          stance: 'restrict',
        },
        {
          text: 'We do not knowingly sell, nor do we share or process for targeted advertising purposes, personal data about consumers under 16.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'Sale or Sharing of Personal Information.',
        'You may opt out of the sale or sharing of your personal information.',
        'Click “Do Not Sell or Share My Personal Information” to opt out.',
        'Opting out does not affect data previously sold or shared.',
        'An opt-out tells us not to tailor ads to your interests, including any profiling, sale, sharing, or targeted advertising.',
      ],
    },
    {
      id: 'data_sharing.consent-to-disclosure',
      // The user's choice to consent to a disclosure named as a noun ("you may consent to the disclosure of your
      // information", "the opportunity to (opt-in) consent to such disclosure"), often with no recipient of its own.
      // Only as a condition: consent by using the service (G7) is read by the share rules where a recipient is named,
      // and withdrawing consent is a right's explanation.
      cue: [CONSENT_TO_DISCLOSURE],
      match: ['(consent|consents) to (the|such|any|this|that)? (disclosure|disclosures|sharing)'],
      rejectBefore: /\b(?:withdraw\w*|revok\w*)\s+(?:your\s+|their\s+|the\s+|any\s+)?$/,
      stances: ['conditional'],
      severity: 'low',
      why: 'A choice to consent to a disclosure says the disclosure happens once the user consents (GUIDE G5, G7: conditional opt-in).',
      mustMatch: [
        {
          text: 'At any time, you may consent to the disclosure of your profile details.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'We will give you the opportunity to explicitly (opt-in) consent to such disclosure.',
          stance: 'conditional',
          condition: 'opt_in',
        },
      ],
      mustNotMatch: [
        'By using the Services, you consent to the disclosure of your information as described in this policy.',
        'You may withdraw your consent to the disclosure of your data at any time.',
      ],
    },
    {
      id: 'data_sharing.we-share-with-role',
      // The recipient named by its role in the service, not by a recipient word: "we share with the Driver the Rider's
      // pickup and destination", "we also share the Rider's rating and feedback with the Driver", "we will share the
      // Buyer's city and zip code with the Seller". Only "we" sharing, with a determiner before the recipient.
      cue: [WE_SHARE_WITH],
      // The data is named, before the recipient or right after it: not "we share revenue with the creators", "we share
      // our knowledge with the community".
      match: [
        'we .{0,3} (share|disclose) .{0,10} (#UserData|location|rating|name) .{0,4} with (the|each|every|other|a|an|any|that|this|these|those) .',
        'we .{0,3} (share|disclose) with (the|each|every|other|a|an|any|that|this|these|those) . .{0,5} (#UserData|location|rating|name)',
      ],
      rejectEvidence: WITH_NO_RECIPIENT,
      severity: 'medium',
      why: 'Sharing the data with another party of the service (the driver, the seller, the host) passes it outside the service.',
      mustMatch: [
        "As part of enabling the ride, we share with the Driver the Rider's pickup location, name and rating.",
        "Once the ride is finished, we also share the Rider's rating and feedback with the Driver.",
        { text: "We do not share the Guest's phone number with the Host.", stance: 'restrict' },
      ],
      mustNotMatch: [
        'We share your data with the same care we apply to our own.',
        'We share information with the help of our systems.',
        'We share this information with you only.',
        'We share revenue with the creators whose videos you watch.',
        'We share our knowledge with the community through our blog.',
        'Our affiliates will use the personal information we share in a manner consistent with this Privacy Policy.',
      ],
    },
    {
      id: 'data_sharing.share-past-another-with',
      // The data's own "with" before the recipient's ("associated with", "in connection with"): "share the advertising
      // identifier associated with your device … with advertisers". Only that "with": two clauses joined by "and" each
      // with a "with" ("send you emails with updates and partner with other companies") say no sharing. The gaps of
      // share-with-third-parties stop at the first "with", whose object is no recipient. Only the verbs that say the
      // data goes out (not "provide", "give": "provide the Services in accordance with our agreement with partners").
      cue: [SHARE_THEN_THIRD],
      match: [
        '(share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|transfer|transfers|transferred|transferring|sell|sells|sold|rent|rents|rented|pass|passes|passed|send|sends|sent|forward|forwards|forwarded|transmit|transmits|transmitted|release|releases|released|reveal|reveals|revealed) .{0,12} (associated|linked|connected|connection|together|along|combined) with .{0,12} with .{0,5} #ThirdParty',
      ],
      // The first "with"/"to" names the user or the service ("information you share with us to connect with
      // third-party services"), or a purpose or a source stands between ("… with you to comply with third-party
      // requests", "… from third-party services").
      rejectEvidence:
        /\b(?:with|to)\s+(?:us|you|me)\b|\bto\s+(?:comply|connect|interact|communicate|help|assist|enable|allow)\b/i,
      rejectAfter:
        /^[\s-]*(?:part(?:y|ies)\s+)?(?:artificial|ai|machine|models?|algorithms?|software|apis?|web\s*sites?|sites?|links?|content|services?|applications?|apps?|platforms?|requests?|claims?)\b/,
      severity: 'medium',
      why: 'Disclosing user data to outside companies takes it out of the service, whatever phrase about the data stands between.',
      mustMatch: [
        'For example, we may collect and share the advertising identifier associated with your device (such as the mobile advertising ID of your phone) with advertisers.',
        'We may share information associated with your account with our marketing partners.',
        'We may disclose your personal data in connection with a corporate transaction with the buyer.',
        { text: 'We never share data associated with your profile with advertisers.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'Information you share with us to connect with third-party services is stored securely.',
        'We provide the Services in accordance with our agreement with our partners.',
        'You may share content associated with your account with third-party websites.',
        'We send you emails with product updates and may partner with other companies to offer joint promotions.',
        'We release new versions with bug fixes and work closely with app store providers.',
      ],
    },
    {
      id: 'data_sharing.disclosures-called-sale',
      // The disclosures stated as a fact and named by the law's terms: "Some of these disclosures may constitute
      // 'sharing' or the 'sale' of personal information", "This sharing for cross-context behavioral advertising may
      // also be considered a sale", "Acme engages in 'selling' or 'sharing'" (the sale itself is data_sale's).
      cue: [DISCLOSURES_ARE_SALE],
      match: [
        // The service's own disclosures, pointed to: "these disclosures", "this sharing", "our transfers"; not "Transfers
        // of gift cards … may constitute a sale", "Under the CCPA, sharing … is considered a sale" (the law explained).
        '(these|this|such|our|those) (disclosure|disclosures|sharing|transfers) .{0,16} (constitute|constitutes|considered|deemed|amount|amounts|qualify|qualifies) .{0,3} (sale|sales|selling|sharing)',
        // Some of them, of data named: "certain transfers of information (such as IP addresses …) … could be deemed a sale".
        '(certain|some|many) (disclosures|transfers) of .{0,3} (#UserData|information|data|identifiers) .{0,22} (constitute|constitutes|considered|deemed|amount|amounts|qualify|qualifies) .{0,3} (sale|sales|selling|sharing)',
        '(some|many) of (the|our|these|those) (disclosures|transfers) of .{0,3} (#UserData|information|data|identifiers) .{0,22} (constitute|constitutes|considered|deemed|amount|amounts|qualify|qualifies) .{0,3} (sale|sales|selling|sharing)',
        '(engage|engages) in (selling|sale|sales) (or|and) sharing',
        // The service's ways of sharing, of data named: "some of the ways in which we share personal data … may be
        // considered 'sales'"; not "the ways we share gift cards …", "ways we share our excitement".
        '(ways|way) .{0,3} we (share|disclose|provide|transfer|make) .{0,4} (#UserData|information|data|identifiers) .{0,18} (constitute|constitutes|considered|deemed|qualify|qualifies) .{0,3} (sale|sales|selling|sharing|share)',
        // The service taking part in ad networks: "our participation in certain ad networks can constitute a 'sale'".
        '(our|its|the) participation in .{0,4} #ThirdParty .{0,4} (constitute|constitutes|considered|deemed|qualify|qualifies) .{0,3} (sale|sales|selling|sharing)',
      ],
      // The law explaining what it counts as a sale ("Under the CCPA, certain transfers … may be considered a sale"),
      // when the law opens the clause; not "Under these broad definitions, certain transfers … of our network". None
      // of them called a sale is a denial ("None of the ways in which we share … is considered a 'sale'").
      rejectBefore:
        /\b(?:under|according\s+to|for\s+(?:the\s+)?purposes?\s+of)\s+(?:the\s+|applicable\s+|(?:certain\s+)?(?:us\s+)?state\s+|california\s+)?(?:ccpa|cpra|gdpr|(?:privacy\s+)?(?:law|laws|acts?|regulations?))\W*$|\bnone\s+of\s+(?:the\s+|these\s+|our\s+)?$/,
      stances: ['grant', 'conditional'],
      severity: 'medium',
      why: "Disclosures that a privacy law counts as a sale or as 'sharing' for advertising are disclosures to outside parties.",
      mustMatch: [
        'Some of these disclosures may constitute “sharing” or the “sale” of personal information under certain state privacy laws.',
        'This sharing for cross-context behavioral advertising may also be considered a sale of personal information under state laws.',
        'For purposes of the CCPA, Acme engages in “selling” or “sharing” for “cross-context behavioral advertising.”',
        'This sharing for cross-context behavioral advertising and targeted advertising may also be considered a sale of personal information under certain State Privacy Laws.',
        'Some of the transfers of pseudonymous identifiers from the platform over the past 12 months may be considered a sale under applicable law.',
        'Certain transfers of information which are necessary to operate our network could arguably be deemed a “sale” under the CCPA.',
        'Under these broad definitions, certain transfers of information which are necessary to operate our network could arguably be deemed a “sale”.',
        'Under the CCPA, some of these disclosures may be considered a “sale” of personal information.',
        'Some of the ways in which we share personal data for targeted advertising may be considered “sales” or “sharing” under state laws.',
        'Some of the ways in which we provide personal information to others may constitute “selling” or “sharing” for targeted advertising.',
        'Our participation in third-party ad networks constitutes a “sale” or “sharing” of personal information under state privacy laws.',
        'Our participation in certain ad networks can constitute a “sale” or “sharing” of personal information under state privacy laws.',
      ],
      mustNotMatch: [
        'Our disclosures to service providers do not constitute a sale of personal information.',
        'Transfers of gift cards to other users may constitute a sale and are prohibited.',
        'Under the CCPA, sharing of personal information for cross-context behavioral advertising is considered a sale.',
        'Sharing your login with family members is considered account sharing.',
        'Some of the transfers of gift cards between users may be considered a sale and are prohibited.',
        'Under the CCPA, certain transfers of personal information for monetary consideration may be considered a sale.',
        'Under state privacy laws, some disclosures of personal data to third parties may be deemed a sale.',
        // Ways and participation that reach the patterns: a denial, the law explaining, no data shared.
        'None of the ways in which we share your personal information is considered a “sale” under California law.',
        'Under the CCPA, participation in third-party ad networks may constitute a “sale”.',
        'Some of the ways we share gift cards with your friends may be considered a sale under our promotion terms.',
        'There are many ways we share our excitement about new products, which may be considered sharing.',
        'There are several ways to share content, which are considered sharing features.',
        'Participation in our rewards program is considered a sale of membership.',
      ],
    },
    {
      id: 'data_sharing.consent-to-uses-and-disclosure',
      // Consent to a list of uses that holds a disclosure ("you consent to the collection, use, and disclosure of your
      // information as described in this policy", "you consent to Acme collecting, using and sharing any personal
      // information"). Given by using the service, it takes the right (G7: grant); a separate choice makes it opt-in.
      cue: [CONSENT_TO_USES],
      match: [
        // Right after "to" or one word ("the", "our", the service's name): not "agree to comply with laws on the
        // collection …", "agree to our Privacy Policy, which explains our collection …".
        '(consent|consents|agree|agrees) to .? (collection|collecting|access|use|using|processing|storage|storing) .{0,6} (disclosure|disclosing|sharing)',
      ],
      // Withdrawn, or someone else's consent the user must obtain ("you have obtained … their consent to our
      // collection, use and disclosure of such information", "end users' consent", "your employees consent", "their
      // users consent"). The reader named by its role ("users consent to …") gives its own.
      rejectBefore: new RegExp(
        String.raw`\b(?:withdraw\w*|revok\w*)\s+(?:your\s+|their\s+|the\s+|any\s+)?$|\b(?:their|his|her)\s+$|\w['’]s?\s+$|\b(?:employees|staff|individuals|people|persons|parents)\s+$|\b(?:your|their|its|our|end|other|such|these|those)\s+${wordsPattern(READER_ROLES)}s\s+$`,
      ),
      severity: 'low',
      why: 'Consent to the disclosure of the data among its other uses, given by using the service, is a disclosure the user has accepted (GUIDE G7).',
      mustMatch: [
        'By using the Platform, you expressly consent to the collection, use, and disclosure of your information in accordance with the Privacy Policy.',
        'When you use the Services, you also consent to the collection, transfer, storage, disclosure and other uses of your information as described in this policy.',
        'You consent to Acme collecting, using and sharing any personal information contained in the Content.',
        "You consent to Acme's access, use, collection, creation, modification, distribution, processing, sharing, maintenance, and storage of Service Generated Data for any purpose.",
        'By using the Services, users consent to the collection, use and disclosure of their information as described in this policy.',
      ],
      mustNotMatch: [
        'You may withdraw your consent to the collection, use and disclosure of your information at any time.',
        'You agree to comply with all applicable laws regarding the collection, use and disclosure of personal data.',
        'You agree to our Privacy Policy, which explains our collection, use and sharing of data.',
        "Customers must obtain end users' consent to the collection, use and sharing of their data.",
        'You must ensure your employees consent to the collection, use and disclosure of their data.',
        'Customers must ensure their users consent to the collection, use and disclosure of their data.',
        'By using the Services, you consent to the collection and use of your information.',
        'You agree that you have obtained their consent to our collection, use and disclosure of their information.',
      ],
    },
    {
      id: 'data_sharing.directly-or-through-third-party',
      // The service acting "directly or through" an outside party on the user's data: "we may, directly or through
      // third parties, make any inquiries … to validate information you provide", "we process Data, either directly or
      // via our service providers". The outside party handles the data (GUIDE D1).
      cue: [DIRECTLY_OR_THROUGH],
      match: ['(directly|ourselves|itself) or (indirectly)? (through|via|by) .{0,3} #ThirdParty'],
      // Data coming in ("we collect information about you directly or through data brokers"), the user's own act ("you
      // may provide your data to us directly or through a login provider").
      rejectBefore: /\b(?:you|collect\w*|receiv\w*|obtain\w*|gather\w*|provid\w*)\s+(?:[\w’'-]+\s+){0,5}$/,
      severity: 'low',
      why: 'What the service does "directly or through" a third party with the data, the third party does with it too (GUIDE D1).',
      mustMatch: [
        'We may make, directly or through third parties, any inquiries we consider necessary to validate information you provide.',
        'We process Data, either directly or via our service providers, to create a relevant experience for our users.',
      ],
      mustNotMatch: [
        'You may contact us directly or through the app with questions about your data.',
        'We collect information about you directly or through third parties such as data brokers.',
        'You may provide your data to us directly or through a third-party login provider.',
      ],
    },
    {
      id: 'data_sharing.provide-recipient-with-data',
      // The recipient before the data: "we may also provide these marketing partners with your email address".
      cue: [anyOf(PROVIDE_WITH_DATA, GIVE_RECIPIENT_DATA)],
      match: [
        // Not the gerund: "including providing that advertiser with any personal information" is often the user's act.
        // An identifier of the user's or the device's is tracking technology in the lexicon, and data given to the
        // recipient here ("provide advertising companies with your device identifier").
        '(provide|provides|provided|supply|supplies|supplied) .{0,6} #ThirdParty with .{0,4} #UserData',
        `(provide|provides|provided|supply|supplies|supplied) .{0,6} #ThirdParty with .{0,2} (${ID_KINDS}) .{0,2} (${ID_NOUNS})`,
        // Not "their": "give advertisers their campaign performance data" is the recipient's own data.
        '(give|gives|gave) .{0,2} #ThirdParty (your|personal|such|this|that|any|certain|aggregate|aggregated|anonymised|anonymized|deidentified|de-identified) .{0,3} (#UserData|name|names|address|addresses)',
      ],
      rejectEvidence: /^\w+\s+(?:you|users?|customers?|members?)\b/i,
      severity: 'medium',
      why: 'Providing a recipient with user data ("provide our advertising partners with your email address") discloses it, with the recipient named first.',
      mustMatch: [
        'We may also provide our advertising partners with your email address.',
        { text: 'We never supply third parties with your contact details.', stance: 'restrict' },
        'We may provide advertising companies with your device identifier.',
        'We may give our partners your email address.',
        { text: 'When we do this, we do not give that partner your name and address.', stance: 'restrict' },
        // Aggregate data is still shared (GUIDE G6).
        { text: 'We give advertisers aggregate data about our users.', stance: 'grant' },
        { text: 'We give advertisers anonymised information about our users.', stance: 'grant' },
      ],
      mustNotMatch: [
        'We provide you with information about our products.',
        'Our partners provide us with information about you.',
        'We give our partners access to our brand guidelines.',
        'Our partners give you their own privacy notices.',
        'We give our partners the address of our office.',
        // The recipient's own data.
        'We give partners their account information and billing records.',
        'We give advertisers their campaign performance data.',
        // A tool handed over, no identifier of the user's.
        'We provide our partners with tracking pixels for their own sites.',
        'We provide you with an identifier for your account.',
      ],
    },
    {
      id: 'data_sharing.data-we-share',
      // The data as the head of a relative clause: "The personal information we share includes online identifiers".
      cue: [DATA_WE_SHARE],
      match: ['(information|data|details) (that|which)? we (share|disclose|transfer)'],
      // "the information we share with you" is the service informing the user.
      rejectAfter: /^\W*with\s+you\b/,
      severity: 'medium',
      why: 'The data named as what the service shares ("the personal information we share includes …") states the sharing as a fact.',
      mustMatch: ['The personal information we share includes device identifiers and your IP address.'],
      mustNotMatch: ['The information we share with you about our products is for your use only.'],
    },
    {
      id: 'data_sharing.recipient-to-whom',
      // Recipient first: "partners with whom we share data", "third parties to whom we may sell or transfer assets".
      cue: [new RegExp(String.raw`\b${RECIPIENT}\w*\s+(?:with|to)\s+whom\s+(?:we|it|the\s+company)\b`)],
      match: ['#ThirdParty (to|with) whom (we|it|the) .{0,4} #MoveVerb'],
      severity: 'medium',
      why: 'Naming the recipients "to whom we disclose" is a disclosure to them, phrased from the recipient\'s side.',
      mustMatch: [
        'Advertising partners with whom we share pseudonymous identifiers.',
        'Companies to whom we may decide to sell or transfer parts of our business.',
      ],
      mustNotMatch: [
        'Partners with whom we work must follow our code of conduct.',
        'You may ask us for a list of the partners to whom we have disclosed your personal information.',
        'Residents may request a list of all third parties to which we have disclosed personal information for marketing.',
        'The Example Consumer Privacy Act (ECPA) requires certain disclosures about the personal information we collect and the third parties with whom we share it.',
        'With whom do we share personal information?',
      ],
    },
    {
      id: 'data_sharing.give-access',
      cue: [GIVE_ACCESS],
      match: [
        // The recipient may carry a description: "consultants and organizations working with us on specific projects".
        '(give|gives|given|giving|grant|grants|granted|granting|provide|provides|provided|providing|allow|allows) .{0,3} #ThirdParty .{0,9} access',
      ],
      severity: 'medium',
      why: 'Giving outside parties access to user data discloses it to them as much as sending it.',
      mustMatch: [
        'We may give contractors working on a project temporary access to information about our members.',
        'We may give consultants and organizations working with us on specific projects temporary access to donor records.',
        { text: 'We never grant advertisers access to your messages.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You may give other users access to your folders.',
        'We give partners access to our brand assets.',
      ],
    },
    {
      id: 'data_sharing.authority-opens-item',
      // An item of "we may disclose your information to:" that names an authority and the occasion.
      cue: [AUTHORITY_ITEM],
      match: [
        '^(with|to|or|and)? #Authority',
        '^(with|to|or|and)? . #Authority',
        '^(with|to|or|and)? . . #Authority',
        '^(with|to|or|and)? . . . #Authority',
      ],
      severity: 'low',
      why: 'A list item naming an authority and when it gets the data ("Law enforcement agencies, when required by law") is a legal disclosure whose verb is in the list head.',
      mustMatch: [
        'Law enforcement agencies, when we are required to respond to a lawful request;',
        'Tax authorities or courts, in order to comply with our legal obligations.',
      ],
      mustNotMatch: [
        'Government agencies only receive aggregate statistics about visits.',
        'Courts in Ireland have exclusive jurisdiction over disputes.',
      ],
    },
    {
      id: 'data_sharing.business-transfer',
      cue: [anyOf(BUSINESS_TRANSFER, ASSIGN_TO_BUYER)],
      match: [
        '(merger|mergers|merged|acquisition|acquisitions|acquired|bankruptcy|reorganization|reorganisation|insolvency|divestiture) .{0,25} #MoveVerb',
        '(merger|mergers|merged|acquisition|acquisitions|acquired|bankruptcy|reorganization|reorganisation|insolvency|divestiture) .{0,25} (assets|asset)',
        '#MoveVerb .{0,20} (merger|merged|acquisition|acquired|bankruptcy|reorganization|reorganisation|successor|successors|acquirer|purchaser|buyer|owner|ownership|dissolution|liquidation)',
        '#UserData .{0,10} (is|are|be|been|was|were) .{0,4} #MoveVerb',
        '#UserData .{0,10} (is|are|be|been|was|were) .{0,4} (included|among)',
        // "transfer information … in the event we sell or transfer all or substantially all our business or assets"
        '#MoveVerb .{0,20} (all|part|portion|portions|substantially) .{0,4} (business|businesses|assets|company)',
        // The buyer named by what it does: "transfer some or all of your information to a company acquiring our assets".
        '#MoveVerb .{0,20} (acquiring|acquires) .{0,5} (assets|asset|business|businesses|company|us)',
        // "we may include your information among the transferred assets".
        '(include|includes|included|including) .{0,8} among .{0,3} (assets|asset)',
        // "if the company changes hands", "if another company buys us", "in a due diligence process", "assets sold in a
        // sale of our company"; not a bank's "customer due diligence" (identity checks).
        '#MoveVerb .{0,12} (changes|change|changed) hands',
        '(buys|acquires|purchases) us .{0,25} (#MoveVerb|access)',
        '#MoveVerb .{0,7} !customer due diligence',
        '(assets|asset) (sold|transferred) .{0,4} (sale|merger|acquisition)',
        '(sale|sold) of (our|the) (company|business)',
        '(purchaser|purchasers|buyer|buyers|acquirer|successor|successors) .{0,3} of .{0,3} (business|assets|company)',
        // The contract follows the business with the data it names ("may assign this Agreement, with the account
        // information, to an acquirer"); the contract alone is vetoed (contract-assigned).
        '(assign|assigns|novate) .{0,20} (merger|acquisition|acquirer|successor|purchaser|buyer|reorganization|reorganisation|affiliate|affiliates|subsidiary|subsidiaries)',
      ],
      severity: 'low',
      why: 'User data passes to a buyer or successor in a merger, acquisition or bankruptcy.',
      mustMatch: [
        {
          text: 'If Acme is involved in a merger or acquisition, your personal information may be transferred to the other party, and the terms of this Agreement will continue to apply to it.',
          stance: 'grant',
        },
        'If we are involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction.',
        'If the ownership or control of all or part of our Products changes, we may transfer your information to the new owner.',
        'As we develop our business, we might sell or buy business units; in such transactions, user information is generally transferred along with the rest of the business unit.',
        'The Company may assign this Agreement, with the account information it holds, to a successor in a merger.',
        // A list item under "we may share your information:" with no data word of its own.
        'During a bankruptcy, merger or sale of some or all of our assets;',
        'If we sell all or part of our business;',
        'Account records may be transferred if the company changes hands.',
        'Customer files can be disclosed to a prospective acquirer during due diligence.',
        'or to any buyer of our company or its assets.',
        'In such event we may transfer some or all of your information to a company acquiring all or part of our assets.',
        'In such transactions, we may include your information among the transferred assets.',
      ],
      mustNotMatch: [
        'We may acquire other companies from time to time.',
        'You may not assign this Agreement to a successor without our written consent.',
        // The contract passes, not the data (veto contract-assigned).
        'The Company may assign this Agreement without notice to a successor in a merger or to a purchaser of its assets.',
        'Acme may transfer or assign these Terms to any of its affiliates without notice to you.',
        'Acme and its suppliers retain ownership of all Service Generated Data (as provided in Section 10).',
        'Your account is transferred to your organisation when your employer buys a business plan.',
        'We process your personal data to meet anti-money laundering rules, funds transfer rules and customer due diligence duties.',
      ],
    },
    {
      id: 'data_sharing.analytics-provider',
      cue: [ANALYTICS_USE],
      match: [
        '(use|uses|used|using|employ|employs|utilize|utilizes|utilise|utilises|integrate|integrates) .{0,6} (google analytics|mixpanel|hotjar|facebook pixel|meta pixel|adobe analytics|optimizely|new relic|crazy egg|crazyegg|fullstory|quantcast|comscore|appsflyer|firebase analytics|google tag manager|clicky|kissmetrics|chartbeat|heap analytics|amplitude analytics)',
      ],
      severity: 'low',
      why: "A third-party analytics service receives visitors' usage data (IP address, pages, events) on its own servers: disclosure to a processor.",
      mustMatch: [
        'Our website uses Google Analytics to count visits and see which pages are popular.',
        'We use Hotjar and Mixpanel to understand how people use the app.',
        { text: 'We do not use Google Analytics or any other third-party analytics.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You may use Google Analytics on your own store pages.',
        'We use Matomo, hosted on our own servers, to count visits.',
        'We use market segment data to plan our roadmap.',
      ],
    },
    {
      id: 'data_sharing.recipient-include-list',
      cue: [RECIPIENT_INCLUDE],
      match: ['#ThirdParty .{0,3} (include|includes|are)'],
      severity: 'medium',
      why: 'A list of named recipients ("Our service providers include: Acme, Inc., …") says who receives the data even when the share verb is in another sentence.',
      mustMatch: [
        'Trusted vendors include: Acme Hosting, Inc., Example Payments LLC and MailCo Ltd.',
        'These service providers currently may include: Acme Analytics, AdCo and Northwind Cloud.',
        'The categories of such recipients are email service providers and payment processors.',
      ],
      mustNotMatch: [
        'Our partners are carefully selected companies.',
        'Third-party content includes: articles, videos and images from other publishers.',
        'Features of the service include: chat, video and screen sharing.',
        'Recipients are shown a preview of the message.',
      ],
    },
    {
      id: 'data_sharing.derived-data-disclosed',
      // GUIDE G6: data the service calls aggregate, de-identified or anonymous still comes from its users, and passing
      // it on is sharing even with no recipient named: "We may share aggregate click statistics", "… aggregated or
      // anonymized data, which we may use or disclose for any purpose", "We may de-identify or aggregate information
      // about you and share it freely", "… de-identified information … may be disclosed to others".
      cue: [DERIVED_DATA_SHARED],
      match: [
        `${DERIVED_PATTERN_SHARE} .{0,4} ${DERIVED_PATTERN_ADJECTIVES} .{0,6} ${DERIVED_PATTERN_NOUNS}`,
        // "provide"/"release" pass on only to someone ("… to record labels", "… for Acme or third parties").
        ...DERIVED_PATTERN_RECIPIENTS.map(
          (to) =>
            `${DERIVED_PATTERN_RECIPIENT_VERBS} .{0,4} ${DERIVED_PATTERN_ADJECTIVES} .{0,6} ${DERIVED_PATTERN_NOUNS} .{0,4} ${to}`,
        ),
        `(${DERIVED_DATA_MAKERS.join('|')}) .{0,4} (and|then) (then)? ${DERIVED_PATTERN_SHARE} (it|them|this|that|such)`,
        `${DERIVED_PATTERN_ADJECTIVES} .{0,12} which (we|it) (may|can|will)? (use|share)? (or|and)? ${DERIVED_PATTERN_SHARE}`,
        `${DERIVED_PATTERN_ADJECTIVES} .{0,14} (may|can|will) (also)? be (${DERIVED_DATA_PARTICIPLES.join('|')})`,
        ...DERIVED_PATTERN_RECIPIENTS.map(
          (to) =>
            `${DERIVED_PATTERN_ADJECTIVES} .{0,14} (may|can|will) (also)? be (${DERIVED_DATA_RECIPIENT_PARTICIPLES.join('|')}) ${to}`,
        ),
      ],
      // Coming to the service, or given back to the reader: no one outside gets it; nor counts of the requests the
      // service receives (a transparency report).
      rejectEvidence: DERIVED_TO_READER,
      rejectAfter: DERIVED_NOT_OUT,
      // Another party passing on what is theirs.
      rejectBefore: inLastPhrase(DERIVED_OTHER_SUBJECT),
      // A denial is the share rules' to read ("We never share aggregated data" is share-user-data's restrict); here a
      // negation is as often the data's status ("… is not subject to this Privacy Policy and may be disclosed …").
      stances: ['grant', 'conditional'],
      severity: 'low',
      why: 'Aggregate, de-identified or anonymous data derived from the users and passed on is still data_sharing (GUIDE G6: the wording narrows the scope, it does not remove the unit), with or without a recipient named.',
      mustMatch: [
        'We may share aggregate click statistics such as how many times a particular link was clicked on.',
        'We may de-identify or aggregate information about you and share it freely, so that you can no longer be identified.',
        'We also may use personal information to create appropriately aggregated or anonymized data, which we may use or disclose for any purpose.',
        'Aggregated and de-identified information about our users may be disclosed to others for any purpose.',
        'Notwithstanding anything else in this Policy, we may use and disclose aggregated, deidentified, and other non-identifiable data for research and other purposes.',
        'Acme uses the information it collects to provide aggregated, anonymous reporting for Acme or third parties.',
        'We may release anonymized usage statistics to researchers.',
        'From time to time we provide de-identified listening statistics to record labels.',
        'We may anonymise your trip data and then share it with city planners.',
        'Acme may distribute pseudonymized ad performance data.',
        'We may share aggregated or de-identified information with our partners for research.',
        'Aggregated data may be disclosed to advertisers.',
        'Aggregated statistics may be provided to advertisers.',
        // The service itself as the subject ("the Company", its affiliates).
        'The Company may share aggregated statistics about how the services are used.',
        'Our affiliates may share aggregated statistics for research.',
        // Requests named later in the sentence are no counts of them.
        'We may share aggregated statistics in response to legal requests.',
        'We may disclose aggregated data as described in our transparency report.',
      ],
      mustNotMatch: [
        // Given back to the reader, or coming to the service.
        'We may provide you with aggregated statistics about your own account.',
        'Our analytics provider may share aggregated reports with us.',
        // No passing on: made or used in-house.
        'We use aggregated data to improve our services.',
        'We collect anonymous usage statistics to understand how the app is used.',
        'We may aggregate your data with data from other users to build reports for our own use.',
        // Received, not given.
        'We receive aggregated reports from our analytics partners.',
        // An explanation of what the shared data holds (GUIDE D10).
        'Aggregated information shared in these contexts will not contain your personal information.',
        // The user sharing.
        'You can share anonymous feedback with your team.',
        // Anonymous users, not anonymous data.
        'Anonymous visitors may share links to our articles.',
        // A pointer.
        'See our Privacy Policy to learn how aggregated data is used.',
        // A denial, left to the share rules.
        'We never share aggregated data, even in de-identified form.',
        // "provide"/"release" with no recipient: what the service offers or publishes.
        'Acme provides aggregated market data from exchanges and other financial institutions.',
        'Our service provides aggregated flight information from airlines and travel agencies.',
        'We release aggregated statistics on the number of government requests we receive in our transparency report.',
        // Another party as the subject.
        'Advertisers may share aggregated campaign reports with their agencies.',
        // "to"/"with" leading to no party, or to the reader's side.
        'We provide aggregated market data to help investors make better decisions.',
        'Acme provides aggregated traffic data with real-time updates.',
        'Acme provides aggregated pricing data with a delay of 15 minutes.',
        'Aggregated statistics may be provided to help you understand your usage.',
        'We provide aggregated statistics to our users about their own activity.',
        'We may release aggregated statistics to our users.',
        'Aggregated statistics may be provided to users in their dashboard.',
      ],
    },
    {
      id: 'data_sharing.recipient-kinds-listed',
      // A section that has named its recipients goes on to name their kinds (GUIDE G2, D13a: read with the section):
      // "These providers include business support services, …, payment processors", "Such data processors might be
      // third party service providers such as …", "This includes the following types of service providers:".
      // Only after a unit that passed data to the recipients it named (GUIDE D10): kinds of sources, linked sites or
      // paying advertisers are no recipients ("We receive information from third parties." › "These third parties
      // include data brokers …").
      afterRecipients: 'passed to',
      cue: [RECIPIENT_KINDS],
      match: [
        `${KINDS_PATTERN_POINTERS} .{0,3} #ThirdParty ${KINDS_PATTERN_HEDGE} ${KINDS_PATTERN_HEDGE} ${KINDS_PATTERN_VERBS} .{0,6} #ThirdParty`,
        `${KINDS_PATTERN_POINTERS} .{0,3} #ThirdParty ${KINDS_PATTERN_HEDGE} ${KINDS_PATTERN_HEDGE} be .{0,2} #ThirdParty`,
        `^(${KINDS_PRONOUNS.join('|')}) (${KINDS_PRONOUN_HEDGES.join('|')})? ${KINDS_PATTERN_VERBS} .{0,6} #ThirdParty`,
      ],
      // Sources of the data, not recipients; the reader's own employer or bank named in a list of data; a lead-in's
      // "include:" before an item; the reader's own parties right after the kinds.
      rejectEvidence: { test: (e: string) => KINDS_NOT_RECIPIENTS.test(e) || KINDS_NOT_NAMED.test(e) },
      rejectAfter: KINDS_THE_READERS,
      stances: ['grant', 'conditional'],
      severity: 'medium',
      why: 'After the section has named who receives the data, a sentence that lists the kinds of those recipients names them again: a disclosure to each kind (the gold reads these continuations as grants).',
      mustMatch: [
        {
          text: 'These providers include business support services, customer support providers, web hosting providers and payment processors.',
          stance: 'grant',
          before: 'We share your personal information with service providers who help us run the services.',
        },
        {
          text: 'These third-party partners may include online advertising networks, measurement companies and social media companies.',
          stance: 'grant',
          before: 'We allow third-party partners to collect information about your use of the site.',
        },
        {
          text: 'Such data processors might be third party service providers such as credit card processors and e-mail service providers.',
          stance: 'grant',
          before: 'We may transfer your data to data processors acting on our behalf.',
        },
        {
          text: 'This includes the following types of service providers:',
          stance: 'grant',
          before: 'We share information with the companies of our corporate family.',
        },
        {
          text: 'This includes partners managing our advertising placements, and also advertisers themselves and their agencies.',
          stance: 'grant',
          before: 'We may share device identifiers with our advertising partners.',
        },
        {
          text: 'This may include the ISP, the email service provider, the registrar and local government agencies.',
          stance: 'grant',
          before: 'The complaint and your details are sent to the recipients of the complaint.',
        },
        {
          text: 'Our vendors typically include cloud hosting providers, analytics companies and customer support contractors.',
          stance: 'grant',
          before: 'We disclose personal data to vendors who perform services for us.',
        },
        {
          text: 'The recipients may include affiliates, payment processors and delivery companies.',
          stance: 'grant',
          before: 'We share your order details with third parties.',
        },
        {
          text: 'They may include advertising networks and other marketing partners who use your data.',
          stance: 'grant',
          before: 'We share your information with third parties for marketing.',
        },
        {
          text: 'Those companies can include resellers, referral partners and event sponsors.',
          stance: 'grant',
          before: 'We share contact details with partner companies.',
        },
        // Recipients engaged to work for the service (engage-processors's verbs) get the data.
        {
          text: 'These vendors include cloud hosting companies and payment processors.',
          stance: 'grant',
          before: 'Acme uses vendors around the world.',
        },
        {
          text: 'These providers include cloud hosting companies and payment processors.',
          stance: 'grant',
          before: 'We rely on third-party service providers to host our website.',
        },
        {
          text: 'These third parties include cloud hosting companies and payment processors.',
          stance: 'grant',
          before: 'We engage third parties to perform services on our behalf.',
        },
        {
          text: 'These service providers include hosting companies, payment processors and email delivery providers.',
          stance: 'grant',
          before: 'We use third-party service providers to help us operate our business.',
        },
        {
          text: 'These companies include payment processors and email delivery providers.',
          stance: 'grant',
          before: 'We may hire other companies to perform certain business-related functions.',
        },
        // Kinds described and named: a describer before kinds, not a generic head alone.
        {
          text: 'These providers include some of the largest cloud hosting companies and payment processors.',
          stance: 'grant',
          before: 'We share your information with service providers.',
        },
        {
          text: 'Our partners include many of the advertising networks listed below.',
          stance: 'grant',
          before: 'We share your information with advertising partners.',
        },
        {
          text: 'These partners include the largest advertising networks and data brokers.',
          stance: 'grant',
          before: 'We share your information with partners.',
        },
      ],
      mustNotMatch: [
        // No recipient named before in the section.
        'These providers include business support services, customer support providers and payment processors.',
        'This includes the following types of service providers:',
        // Sources of the data, not recipients.
        {
          text: 'Our data providers include credit bureaus, data brokers and other companies.',
          before: 'We receive information about you from third parties.',
        },
        {
          text: 'These content partners include news agencies and other publishers.',
          before: 'We show articles from third-party partners.',
        },
        // Recipients denied the data, named as its source, or doing something other than getting it.
        {
          text: 'Our partners include brands, agencies and media companies.',
          before: 'Our partners never receive your personal data.',
        },
        {
          text: 'These third parties include retailers, publishers and social networks.',
          before: 'Third parties cannot access your account data.',
        },
        {
          text: 'These third parties include data brokers and social networks.',
          before: 'Third parties from whom we obtain information may include public databases.',
        },
        {
          text: 'These third parties include data brokers and social networks.',
          before: 'The third parties from which we receive data are listed below.',
        },
        {
          text: 'These third parties include credit bureaus and social networks.',
          before: 'We receive information about you from our processors and sub-processors.',
        },
        {
          text: 'These third parties include credit bureaus and social networks.',
          before: 'We may receive personal data from the recipients of your messages.',
        },
        {
          text: 'Our advertisers include brands, agencies and other companies.',
          before: 'Advertisers use our platform to reach customers.',
        },
        {
          text: 'Our advertisers include brands, agencies and other companies.',
          before: 'Our platform is used by advertisers to reach new customers.',
        },
        {
          text: 'These third parties include independent shops and large retailers.',
          before: 'Third-party sellers use our marketplace to sell their products.',
        },
        // "with"/"to" a recipient with no data named before it.
        {
          text: 'Our advertisers include brands, agencies and other companies.',
          before: 'We sell advertising space to advertisers.',
        },
        {
          text: 'Our partners include brands, agencies and media companies.',
          before: 'We want to thank our partners.',
        },
        {
          text: 'Our advertisers include brands, agencies and other companies.',
          before: 'We partner with advertisers to show you relevant ads.',
        },
        {
          text: 'These companies include large retailers and online marketplaces.',
          before: 'We compete with other companies.',
        },
        {
          text: 'Our partners include brands, agencies and media companies.',
          before: 'We are proud to work with partners around the world.',
        },
        // The reader's own employer, a kind of data.
        {
          text: 'This may include your name, your employer and your job title.',
          before: 'We share your information with service providers.',
        },
        // No recipient among the kinds.
        {
          text: 'Our partners include leading brands in fashion and sport.',
          before: 'We work with partners to run promotions.',
        },
        {
          text: 'These providers may be located in other countries.',
          before: 'We share your data with service providers.',
        },
        {
          text: 'This includes your contact details and your purchase history.',
          before: 'We share your information with service providers.',
        },
        {
          text: 'These cookies include analytics cookies and advertising cookies.',
          before: 'Our partners may place cookies on your device.',
        },
        // A pointer to a list.
        {
          text: 'See our list of sub-processors, which we update from time to time.',
          before: 'We engage sub-processors to host your data.',
        },
        // A denial that they are among them.
        {
          text: 'These partners do not include advertisers or data brokers.',
          before: 'We share your information with our partners.',
        },
        // The reader's own parties.
        {
          text: 'Our business partners can include companies such as your TV or internet service provider.',
          before: 'We receive information about you from our partners and other third parties.',
        },
        {
          text: 'This includes third parties you provide with information about yourself.',
          before: 'This policy does not apply to the practices of third parties.',
        },
        // Adds to a list of sources in the sentence before.
        {
          text: 'This also includes our vendor who processes and fulfills your orders.',
          before: 'We receive personal information from our service providers and other vendors.',
        },
        // "They" alone, no data word: the veto holds ("they" may be anyone).
        {
          text: 'They may include partners who organise local events.',
          before: 'Members can join groups.',
        },
        // "may be" lifts no veto, and a stem is no recipient ("entitled").
        {
          text: 'The Seller may be entitled to compensation, within the limits set by each shipping provider.',
          before: 'We share your shipping details with the shipping provider.',
        },
        // Not at the unit's start; a recipient word naming their thing, or a source.
        {
          text: "For example, this includes visits to an advertiser's website or purchases.",
          before: 'We share your information with advertisers.',
        },
        {
          text: 'This includes participation in our partner programs.',
          before: 'We share your information with our partners.',
        },
        {
          text: 'This includes our vendor management process and audits.',
          before: 'We share your information with vendors.',
        },
        {
          text: 'This may include information from affiliate websites.',
          before: 'We share your information with our affiliates.',
        },
        {
          text: 'These include partner cookies, advertiser cookies and analytics cookies.',
          before: 'We share your information with advertising partners.',
        },
        // What they are, not who they are.
        {
          text: 'These partners include some of the largest companies in the world.',
          before: 'We share your information with our partners.',
        },
        // Recipients named before only as sources, links, payers or what they are (GUIDE D10): no data passed to them.
        {
          text: 'These third parties include data brokers, social networks and advertising partners.',
          before: 'We receive information about you from third parties.',
        },
        {
          text: 'These partners include advertisers, data brokers and other third parties.',
          before: 'We collect information from our partners.',
        },
        {
          text: 'These third parties may include retailers, publishers and social networks.',
          before: 'Our site contains links to websites of third parties.',
        },
        {
          text: 'Our advertisers include brands, agencies and other companies.',
          before: 'Advertisers pay us to show ads.',
        },
        {
          text: 'These third parties include independent shops and large retailers.',
          before: 'Sellers on our marketplace are third parties.',
        },
        {
          text: 'Some of these third parties may be members of the Network Advertising Initiative, a cooperative of online marketing companies.',
          before: 'Third parties may collect information about your activity.',
        },
      ],
    },
    {
      id: 'data_sharing.recipient-under-sharing-heading',
      // A list under "Who we share your information with": the items name recipients and nothing else.
      section: SHARING_SECTION,
      cue: [SECTION_ITEM],
      match: ITEM_RECIPIENT_MATCH,
      rejectAfter: ITEM_IS_SENTENCE,
      // A recipient closed by a full stop or colon ("Service providers.", "Our Service Providers:") is a run-in title
      // whose sharing the next unit states (GUIDE D9: role=heading); under a lead-in that shares, the lead-in's right
      // reaches it (lead-right.ts). The match holds the punctuation after its last word; its last character is read.
      rejectEvidence: { test: CLOSED_LABEL },
      items: true,
      severity: 'medium',
      why: 'An item of a list under a sharing heading ("Who we share your information with" › "Payment processors.") is a disclosure to that recipient even with no verb: the heading supplies it.',
      mustMatch: [
        {
          text: 'Payment processors, to complete your purchases.',
          stance: 'grant',
          section: 'Who we share your information with',
        },
        { text: 'Our advertising partners', stance: 'grant', section: 'Disclosure of personal information' },
        {
          text: 'Law enforcement, when we receive a valid court order.',
          stance: 'grant',
          section: '5. Sharing with third parties',
        },
        { text: 'Advertising partners who may show you offers.', stance: 'grant', section: 'Who receives your data' },
        // The words a table's recipients header is read with (table-cell.ts): a participle before "to", who has access.
        { text: 'Advertising partners', stance: 'grant', section: 'Who can access your information' },
        { text: 'Our payment processor', stance: 'grant', section: 'Data sent to third parties' },
        // A use verb further on is no verb of the recipient's: still an item.
        {
          text: 'Analytics providers we use to understand how our Services are used.',
          stance: 'grant',
          section: 'Who we share your information with',
        },
        {
          text: 'Cloud providers and access management vendors.',
          stance: 'grant',
          section: 'Sharing your information',
        },
      ],
      mustNotMatch: [
        'Payment processors, to complete your purchases.',
        { text: 'Payment processors, to complete your purchases.', section: 'How we use your information' },
        { text: 'Our partners', section: 'Emails sent to you' },
        { text: 'Service providers', section: 'Information provided to us' },
        // A heading that names parties, not who receives the data: a relative with no act, another thing sent.
        { text: 'Our business partners and vendors', section: 'To whom does this policy apply?' },
        { text: 'Vendors and suppliers', section: 'Parties with whom we do business' },
        { text: 'Our partners', section: 'Services provided to enterprise customers' },
        { text: 'Advertising partners', section: 'Who can access the Services' },
        { text: 'Third parties may have their own privacy policies.', section: 'Third-party websites and links' },
        { text: 'Other users you invite can see your files.', section: 'Sharing your content' },
        {
          text: 'These third parties are not controlled by us, so please read their privacy policies.',
          section: 'Who we share your information with',
        },
        {
          text: 'These service providers use the information we provide to them as necessary for their services.',
          section: 'Who we share your information with',
        },
        // A run-in title: the next unit states the sharing (GUIDE D9).
        { text: 'Our advertising partners.', section: 'Disclosure of personal information' },
        {
          text: 'These service providers and other parties include background check providers and insurers.',
          section: 'Service providers',
        },
        {
          text: 'These partners’ use of your information will be based on their own privacy policies.',
          section: 'Information sharing',
        },
        // A paragraph that opens with a recipient is a sentence about it ("Third parties provide some of the content").
        {
          text: 'Third-party providers, when you choose them.',
          section: 'Sharing with third parties',
          paragraph: true,
        },
      ],
    },
    {
      id: 'data_sharing.recipient-label-under-recipients-heading',
      // A list under a heading that names who receives: an item that is a recipient alone ("Affiliates.") is one.
      section: RECIPIENTS_HEADING,
      cue: [SECTION_ITEM],
      match: ITEM_RECIPIENT_MATCH,
      rejectAfter: ITEM_IS_SENTENCE,
      // Only the label the rule above leaves out; a longer item is read there, under any sharing heading.
      rejectEvidence: { test: (evidence: string): boolean => !CLOSED_LABEL(evidence) },
      items: true,
      severity: 'medium',
      why: 'Under a heading that asks or names who receives the data ("Who do we share your information with?", "Categories of third parties to which we may disclose …"), an item that names a recipient alone ("Service providers.") is one of them (GUIDE G2, G3), not a run-in title.',
      mustMatch: [
        { text: 'Affiliates.', stance: 'grant', section: 'Who do we share your information with?' },
        {
          text: 'Service providers.',
          stance: 'grant',
          section: 'Categories of third parties to which we may disclose that information',
        },
        { text: 'Our Service Providers:', stance: 'grant', section: 'Recipients of your personal data' },
        { text: 'Affiliates.', stance: 'grant', section: '6. Recipients' },
        { text: 'Service providers.', stance: 'grant', section: 'To which third parties do we disclose your data?' },
        { text: 'Advertising partners.', stance: 'grant', section: 'Data recipients' },
      ],
      mustNotMatch: [
        { text: 'Service providers.', section: 'Information sharing and disclosure' },
        { text: 'Affiliates.', section: 'How we use your information' },
        { text: 'Third parties.', section: 'Email recipients' },
        { text: 'Third parties.', section: 'To which countries do we transfer your data?' },
        { text: 'Third-Party Providers.', section: 'Who we are and scope' },
        { text: 'Payment processors, to complete your purchases.', section: 'Who we are' },
        {
          text: 'These third parties are not controlled by us, so please read their privacy policies.',
          section: 'Who do we share your information with?',
        },
        // A paragraph of its own: the run-in title of the paragraph after it, which says whether it shares (GUIDE D9).
        { text: 'Service providers.', section: 'Who do we share your information with?', paragraph: true },
      ],
    },
    {
      id: 'data_sharing.help-advertisers',
      // "We help advertisers measure their ads", "we provide advertisers with reports": the data goes to them.
      cue: [
        /\b(?:help|helps|helping|enable|enables|allow|allows|provide|provides|providing|give|gives|offer|offers|reports?|analytics|insights|statistics)[^\w’'-]+(?:[\w’'-]+[^\w’'-]+){0,4}?(?:advertis|partner|publisher|third[\s-]part|external\s+part|marketer)/,
      ],
      match: [
        '(help|helps|helping|enable|enables|allow|allows) .{0,2} (advertisers|partners|publishers|third parties|marketers) .{0,4} (measure|understand|evaluate|target|reach|analyze|analyse)',
        '(provide|provides|providing|give|gives|offer|offers) .{0,2} (advertisers|partners|publishers|third parties|marketers) with',
        '(reports|report|analytics|insights|statistics|measurements) .{0,3} (for|to) .{0,4} (advertisers|partners|publishers|third parties|external parties|marketers)',
      ],
      severity: 'medium',
      why: 'Measurement and reports for advertisers or partners are built from user data and handed to them.',
      mustMatch: [
        'We use information about your activity to help advertisers measure how well their campaigns work.',
        'We provide advertisers with reports based on your usage data.',
        {
          text: 'We produce analytics and insights for our advertising partners from the usage data we collect.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'We help you reach new customers with our tools.',
        'Advertisers can use our dashboard to create ads.',
        'We provide partners with marketing materials and logos.',
      ],
    },
    {
      id: 'data_sharing.cooperate-with-authorities',
      // Cooperation with law enforcement in an investigation is disclosure to it, whatever the data word: "we may
      // cooperate with authorities across jurisdictions", "Acme reserves the right to cooperate fully with governmental
      // or regulatory authorities … in the investigation of any suspected wrongdoing" (GUIDE D6).
      cue: [COOPERATE_WITH_AUTHORITIES],
      match: ['(cooperate|cooperates|cooperating) (fully)? with .{0,5} #Authority'],
      // Another party's duty to cooperate ("you agree to cooperate with …", "Sellers must cooperate with …", "each party
      // will cooperate with …"): the actor check reads the authority, not the subject.
      rejectBefore:
        /\b(?:you|users?|customers?|members?|sellers?|hosts?|licensees?|party|parties|vendors?|merchants?|partners?)\s+(?:[\w’'-]+\s+){0,3}$/,
      // Cooperation that hands over nothing: on standards, on complaints, on the regulator's advice.
      rejectAfter: /^[^.;]{0,80}?\b(?:to\s+(?:develop|shape|promote|resolve)|complaints?|standards|advice)\b/,
      severity: 'low',
      why: 'Cooperating with authorities in an investigation means handing them the data they ask for.',
      mustMatch: [
        'We may cooperate with authorities across jurisdictions when necessary.',
        'Acme reserves the right to cooperate fully with governmental or regulatory authorities in the investigation of any suspected wrongdoing.',
        'We may report suspected crimes and will cooperate with those authorities, including by disclosing your identity to them.',
      ],
      mustNotMatch: [
        'You agree to cooperate with law enforcement authorities in any investigation.',
        'We cooperate with our partners to improve the service.',
        'Sellers must cooperate with law enforcement in any investigation of fraud.',
        'We cooperate with industry regulators to develop privacy standards.',
        'We commit to cooperate with EU data protection authorities and comply with the advice given by them.',
      ],
    },
    {
      id: 'data_sharing.legal-disclosure',
      cue: [LEGAL],
      match: [
        '#ShareVerb .{0,20} #Authority',
        '#ShareVerb .{0,14} (required|permitted|necessary|compelled|obliged|obligated) .{0,4} (by|under) .{0,2} (law|laws|regulation|regulations)',
        '#ShareVerb .{0,14} (legally|lawful|legal) (required|necessary|request|requests|process|obligation|obligations)',
        // A longer object before the usual "in the good faith belief that we are required to do so by law".
        '#ShareVerb .{0,22} good faith (belief|believe) .{0,6} (required|compelled|obliged|obligated|necessary) .{0,6} (by|under) .{0,2} (law|laws|regulation|regulations)',
      ],
      // Not a disclosure verb in these senses: "provided that no legal obligation …" (a proviso), "provide you with
      // services … to fulfil legal obligations" and "send these emails to you … as permitted by law" (the user is the
      // recipient), "release any claims … to the extent permitted by law" (a waiver), "except as provided otherwise"
      // (a reference to other terms), "databases made available by official authorities" (the authority is the source).
      // Nor a transfer abroad (GUIDE D2, D13): a country that may "provide less protection" (the country provides
      // protection, not data; a warning of foreign authorities' access is no disclosure by the service), a transfer
      // "as permitted by the applicable laws" with no authority named (the law allows the transfer, it compels no
      // disclosure).
      rejectEvidence: {
        test: (evidence: string): boolean =>
          LEGAL_REJECT.test(evidence) ||
          REQUEST_STATISTICS.test(evidence) ||
          (TRANSFER_PERMITTED.test(evidence) && !AUTHORITY_NAMED.test(evidence)),
      },
      severity: 'low',
      why: 'Disclosure to authorities is common and usually lawful, but it is still disclosure.',
      mustMatch: [
        'We may disclose your information to law enforcement when required by law.',
        'We may disclose personal data if required to do so by law.',
        // Protecting users is no safeguard of the data: the transfer to the authority stays a grant.
        'We may share your data to protect our users, including when we transfer your data to law enforcement.',
        // The "transfer" of a safeguard's name, or transfers bound by the law's safeguards, disclose nothing (D13).
        {
          text: 'When we transfer personal data abroad, we ensure appropriate safeguards are in place, such as approved transfer mechanisms as required by applicable law.',
          stance: 'restrict',
        },
        {
          text: 'When we transfer personal data, we will ensure such transfers are in compliance with data protection laws, including standard contractual clauses or a government adequacy decision.',
          stance: 'restrict',
        },
        'Acme may reveal personal data to competent authorities upon their legal request.',
        // A transfer permitted by law with an authority named is a legal disclosure.
        'We may transfer your data to the police if permitted by law.',
        'We may disclose any information you provide to us (including personally identifiable information) in the good faith belief that we are required to do so by law.',
      ],
      mustNotMatch: [
        // Counts of the requests received, in a transparency report.
        'We release aggregated statistics on the number of government requests we receive in our transparency report.',
        'You must comply with all applicable laws.',
        'We provide legal notices on this page.',
        'Acme may use the personal information it collects to provide you with services and to fulfil other legal obligations.',
        'We will send these types of emails to you only with your consent except as otherwise permitted by applicable law.',
        'By using the Services, you waive and release any claims (to the maximum extent permitted by law) against Acme and its partners.',
        'The processor shall delete all personal data at the end of the contract, provided that no legal obligation requires it to keep the data.',
        'EXCEPT AS EXPRESSLY PROVIDED OTHERWISE AND TO THE MAXIMUM EXTENT PERMITTED BY LAW, THE WEBSITE AND ALL INFORMATION ON IT ARE PROVIDED AS IS.',
        '- Through publications and databases made available by official authorities or authorized third parties, or',
        // Transfers abroad (GUIDE D2, D13): the law allows the transfer; a country provides protection, not data.
        'Whenever we transfer personal information to countries outside of the EEA, we ensure that the information is transferred in accordance with this Privacy Notice and as permitted by the applicable laws on data protection.',
        'We may transfer your personal information to countries that may provide less protection than your home country’s privacy laws, and we may not be able to prevent government authorities in some countries from accessing your personal information.',
      ],
    },
    {
      id: 'data_sharing.legal-disclosure-occasion',
      // A disclosure for the law said by its occasion rather than its recipient (GUIDE D6: a permission to disclose for
      // legal process is a grant): the disclosure is "necessary to satisfy applicable law", made "pursuant to a legal
      // request", or the law compels it.
      cue: [LEGAL_OCCASION],
      match: [
        '#ShareVerb .{0,16} (necessary|appropriate|required) .{0,3} to .{0,3} (satisfy|comply|respond) .{0,5} (law|laws|legal|regulation|regulations|#Authority)',
        '#ShareVerb .{0,20} (pursuant|response|compliance|responding|reply) (to|with) .{0,3} (request|requests|order|orders|demand|demands|process|#Authority)',
        // The verb itself, not a notice: "required by law to make certain disclosures" is about what the service tells.
        '(compelled|required|obliged|obligated|ordered|forced) (by|under) .{0,2} (law|laws|#Authority) to (disclose|share|release|reveal|transfer|hand)',
      ],
      rejectEvidence: {
        test: (evidence: string): boolean => LEGAL_REJECT.test(evidence),
      },
      severity: 'low',
      why: 'Disclosure for legal process or to authorities, named by when it happens ("as necessary to satisfy applicable law", "pursuant to a subpoena"), is still disclosure.',
      mustMatch: [
        'We reserve the right to access, preserve and disclose any information or content we deem necessary or appropriate to (a) satisfy any applicable law, regulation or governmental request.',
        'We may disclose or allow access to the categories of personal data listed in this notice pursuant to a legal request, such as a court order.',
        'We may be compelled by law to disclose the contents of your messages.',
      ],
      mustNotMatch: [
        'You must comply with all applicable laws when you share content.',
        'You may report illegal content to the police.',
        'We respond to requests for disclosure from authorities as described in our transparency report.',
        'Each party shall take the measures necessary to comply with data protection laws.',
        'We are required by law to make certain disclosures about our privacy practices.',
      ],
    },
  ],
};
