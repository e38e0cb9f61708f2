// Stance of a matched clause: grant / conditional (opt_in | opt_out) / restrict.
// Negation is scoped: only a cue between the start of the matched sub-clause and the rule's action word counts,
// so "we do not sell your data, but we share it with advertisers" negates the sale and not the sharing.
import type { CategoryId, Condition, Stance } from '../types';
import { bracketsAround } from './brackets';
import { NEW_CLAUSE_START } from './clause-split';
import {
  clauseAfterImperative,
  forbiddenGerund,
  joinReaderRoles,
  namedSharerAt,
  READER,
  READER_SLOT,
  readerInSlot,
  isReaderRole,
  readerSubjectAt,
} from './actor';
import { firstPartyEndsAt, type FirstPartyNames } from './first-party';
import type { Token } from './nlp';
import { AUTHORITY_WORD, readerActNamesRecipient } from './reader-act';
import { readerAsYou } from './reader-as-you';
import { TERMS_DOC_NAME } from './terms-doc';
import {
  consentBasisExcluded,
  consentGiven,
  kindTrackedRegardless,
  namesBasisObject,
  trackingAcceptance,
  trackingScope,
  trackingUnitStance,
} from './tracking-choice';
import { wordsPattern } from './word-pattern';
import { isNonFinalPeriod } from '../extract/split-sentences';
import { NAMED_SAFEGUARD, RECIPIENT, RECIPIENT_WORD, SAFEGUARD } from './rules/data-sharing';
import { CHANGE_BINDS, CHANGE_STEM, EFFECTIVE_DATE, TAKES_EFFECT } from './rules/terms-change';
import {
  OPT_OUT_WAY_WORDS,
  EXCEPT_FOR_LIMITS,
  EXCEPT_FOR_OTHER_ACTS,
  CHOICE_VERBS,
  COMPANY_PURPOSES,
  READER_ACT_MAKER_ROLES,
  CONDITION_WORDS,
  CHOSEN_ACTIVITIES,
  CHOSEN_THIRD_PARTY,
  CONSENT_ADVERBS,
  GIVEN_CONSENT_DETERMINERS,
  CLAUSE_CONJUNCTIONS,
  FEATURE_NOUNS,
  CLAUSE_SUBJECTS,
  MODAL_WORDS,
  NEGATION_CONTRACTIONS,
  RELATIVE_PRONOUNS,
  LEAD_IN_GOES_ON,
  LEAD_IN_WORDS,
  TRANSFER_SAFEGUARDS,
  OWN_PURPOSE_NOUNS,
  UNNAMED_TRANSFER_SAFEGUARDS,
  OUTSIDE_PLACES,
  ABROAD_WORDS,
  DESTINATION_PLACES,
  CONTROL_SETTINGS,
  USER_TRANSFERS,
  PORTABILITY_PHRASE,
  LEAVING_STEMS,
  LEXICON_LISTS,
  OPT_OUT_ACTS,
  OPT_OUT_THINGS,
  OPT_OUT_VERBS,
  TRACKING_PURPOSE_STEPS,
  TRACKING_PURPOSE_LEADS,
  TRACKING_PURPOSE_MODALS,
  TRACKING_PURPOSE_POINTERS,
  TRACKING_STEP_OBJECTS,
  DO_NOT_NAME_NOUNS,
  TRACKING_CONSENT_CHOICE,
  TRACKING_RIGHT_TO_STOP,
  STAYING_VERBS,
  OUTSIDE_PARTIES,
  READER_ROLES,
  USER_LET_VERBS,
  USER_PARTIES,
} from './lexicon';
import { PLAIN_DENIAL } from './denial';

/** Words that end the scope of a negation when looking back from a match. */
const SCOPE_BREAK_WORDS = new Set([
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'instead',
  'unless',
  'except',
  'if',
  'when',
  'where',
]);
/** Clause openers (lexicon.ts): a subject after a comma or conjunction, a lead-in and what carries it on. */
const SUBJECT_AFTER_COMMA = new Set(CLAUSE_SUBJECTS);
const CLAUSE_CONJUNCTION = new Set(CLAUSE_CONJUNCTIONS);
const LEAD_IN = new Set(LEAD_IN_WORDS);
const LEAD_IN_CONTINUES = new Set(LEAD_IN_GOES_ON);

/** Negation cues that do not negate the action: "not limited to", "not only", "whether or not", "no later than". */
const FALSE_NEGATION =
  /\b(?:not\s+(?:be\s+)?limited\s+to|not\s+only|whether\s+or\s+not|no\s+(?:later|earlier|more|less|fewer)\s+than|no\s+longer|nothing\s+in\s+this|if\s+you\s+do\s+not|if\s+you\s+don['’]t|not\s+(?:otherwise\s+)?(?:exclusive|required)|not\s+(?:be\s+)?(?:responsible|liable)|not\s+(?:limit|restrict)\s+(?:our|its|their)\s+(?:ability|right)|non|(?:that|which|who)\s+(?:is|are|was|were|does|do|did|has|have)\s+not|(?:rather|prefer)\s+(?:that\s+)?(?:we|it)\s+(?:not|did\s+not|didn['’]t)|don['’]t\s+want|do\s+not\s+want|(?:you\s+(?:(?:may|can|could)\s+)?|(?:opportunity|option|right|ability|chance)\s+to\s+)(?:choose|opt|elect|decide)\s+not)\b/i;

/**
 * The name of the CCPA opt-out control ("click “Do Not Sell or Share My Personal Information”", "the “Do Not Sell or
 * Share” list", "a Do Not Sell request", "Do Not Share My Personal Information"): its "not" names the user's choice, it
 * denies nothing. OPT_OUT reads it.
 */
const CONTROL_NOUN = String.raw`${wordsPattern(DO_NOT_NAME_NOUNS.control)}s?\b`;
const DO_NOT_SELL_CONTROL = new RegExp(
  String.raw`\b(?:do\snot|don['’]t)\s(?:sell(?:\s?(?:\/|or)\s?share)?(?:\smy\b|["”’']{0,2}\s${CONTROL_NOUN})|share(?:\smy\b|["”’']{1,2}\s${CONTROL_NOUN}))`,
  'i',
);

/**
 * The name of the browser signal ("honors “Do Not Track” signals", "a Do Not Track ("DNT") request", "when a
 * do-not-track mechanism is in place"): as with the control above, its "not" names the user's choice and denies
 * nothing. The signal words after it, and a form only a name has (title case, a hyphen, a quote, or an article,
 * preposition or verb of honouring before it), tell the name from the act: "we do not track preferences across sites"
 * denies tracking.
 */
const DNT_ABBREVIATION = String.raw`\(["“]?dnt["”]?\)`;
const DO_NOT_TRACK_SIGNAL = new RegExp(
  String.raw`^do[\s-]not[\s-]track["”’']{0,2}\s(?:${DNT_ABBREVIATION}\s)?(?:browser\s)?(?:${wordsPattern(DO_NOT_NAME_NOUNS.control)}|${wordsPattern(DO_NOT_NAME_NOUNS.signal)})s?\b`,
  'i',
);
/** The bare name at its clause's end: "We honor Do Not Track.", "… Do Not Track ("DNT")". */
const DO_NOT_TRACK_BARE = new RegExp(
  String.raw`^do[\s-]not[\s-]track["”’']{0,2}(?:\s${DNT_ABBREVIATION})?["”’']{0,2}\s*(?:[.;,!?)]|$)`,
  'i',
);
const DNT_NAME_FORM = /^(?:Do[\s-]Not[\s-]Track|DO[\s-]NOT[\s-]TRACK)\b|^do-not-track\b/;
const DNT_NAME_HYPHEN = /^do-not-track\b/i;
const QUOTE_BEFORE = /["“‘']\s*$/;
// Read on the last words before the name, one word at a time (an unanchored "…$" would be slow to check).
const DNT_NAME_LEAD = new RegExp(String.raw`^${wordsPattern(DO_NOT_NAME_NOUNS.leads)}$`);
const DNT_HONOURED = new RegExp(String.raw`^${wordsPattern(DO_NOT_NAME_NOUNS.honour)}$`);
const lastWords = (before: string): string[] => before.trim().split(/\s+/).slice(-3);
/** The words before the name end on a verb of honouring, "the" after it or not: "we honor (the) Do Not Track". */
function afterHonourVerb(before: string): boolean {
  const words = lastWords(before);
  if (words[words.length - 1] === 'the') words.pop();
  const last = words[words.length - 1] ?? '';
  return DNT_HONOURED.test(last) || DNT_HONOURED.test(`${words[words.length - 2] ?? ''} ${last}`);
}

/** The "do not track" at `from` in `text` (`control`, its next words) names the signal. */
function doNotTrackName(text: string, from: number, control: string): boolean {
  const before = text
    .slice(Math.max(0, from - 40), from)
    .replace(QUOTE_BEFORE, ' ')
    .toLowerCase();
  if (DO_NOT_TRACK_BARE.test(control) && afterHonourVerb(before)) return true;
  if (!DO_NOT_TRACK_SIGNAL.test(control)) return false;
  return (
    DNT_NAME_FORM.test(control) ||
    DNT_NAME_HYPHEN.test(control) ||
    QUOTE_BEFORE.test(text.slice(Math.max(0, from - 3), from)) ||
    DNT_NAME_LEAD.test(lastWords(before).pop() ?? '')
  );
}

/** A negation inside a relative clause on the object: "data that, by itself, cannot identify you". */
const RELATIVE_CANNOT =
  /\b(?:that|which)(?:\s|,)+(?:(?:by\s+(?:itself|themselves)|alone|on\s+its\s+own),?\s+)?(?:can\s*not|could\s+not|can['’]t)$/i;

/**
 * Consent first: "with your consent", "only if you opt in", "without your permission" (under negation), "if you or a
 * member of your home gives us permission", a transfer the user asks for ("you can request that we transfer the data
 * to a third party", "you may authorize developers to access …", GUIDE D4), the user's authorisation ("your signed statement authorizing Acme to disclose …",
 * "consent for Acme to discuss or share …") and a list item's consent case ("as you may otherwise consent").
 */
const OPT_IN = new RegExp(
  String.raw`\b(?:with(?:out)?\s+(?:your|(?:the\s+)?(?:user|customer|member|subscriber|client)['’]s|their|users['’]?)\s+(?:prior\s+|express\s+|explicit\s+|affirmative\s+|specific\s+|written\s+)*(?:consent|permission|authori[sz]ation|agreement|approval|instructions?|opt[\s-]?in)|(?:if|when|where|once|after)\s+you\s+(?:have\s+)?(?:${wordsPattern(CONSENT_ADVERBS)}\s+)?(?:opt(?:ed)?[\s-]?in|consent(?:ed)?|agreed?\s+to|agree(?=\s*[,.;]|\s*$)|cho(?:o?se|sen)\s+to|elect(?:ed)?\s+to|decide\s+to|enabled?|turn(?:ed)?\s+on|authori[sz]ed?|allow(?:ed)?\s+(?:us|it)|give\s+(?:us\s+)?(?:your\s+)?(?:consent|permission))|unless\s+you\s+(?:have\s+)?(?:(?:expressly|explicitly|specifically|first|otherwise)\s+)?(?:consent|agree|opt[\s-]?in|authori[sz]e|give)|without\s+(?:first\s+)?(?:obtaining|getting|asking\s+for|seeking|receiving|having)\s+(?:your|the\s+user['’]s|their)\s+(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission|approval|authori[sz]ation)|subject\s+to\s+your\s+(?:prior\s+|express\s+)?consent|(?:upon|at)\s+your\s+(?:request|direction|instruction)|(?:opt[\s-]in|opted[\s-]in)\b|only\s+(?:if|when|where)\s+you|with(?:out)?\s+the\s+(?:prior\s+|express\s+|explicit\s+)?(?:consent|permission)\s+of\s+(?:the\s+)?(?:users?|individuals?|data\s+subjects?|members?|customers?|visitors?)\b|unless\s+you\s+(?:tell|ask|instruct|direct|request)|after\s+you\s+(?:have\s+)?(?:given|provided|granted)\s+(?:us\s+)?(?:your\s+)?(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission)|requires?\s+your\s+(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission)|need\s+your\s+(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission)\s+(?:before|first)|without\s+(?:first\s+)?asking\s+you\b|(?:ask|asks|request|seek)\s+(?:for\s+)?(?:your\s+)?permission\s+to\b|based\s+on\s+your\s+(?:[\w-]+\s+){0,2}?(?:request|instructions?)\b|(?:if|when|where)\s+you\s+(?:(?!you\b)[\w’'-]+[\s,]+){0,8}?(?:ask|request|direct|instruct)\s+us\s+to\s+(?:share|disclose|release|transfer|send|provide|give|pass)\b|(?:be|been)\s+asked\s+(?:for\s+(?:your\s+)?(?:consent|permission)\s+)?before|(?:if|once|after|unless)\s+you(?:\s+(?:or|and)(?:\s+[\w’'-]+){1,6}?)?\s+(?:(?:expressly|explicitly|specifically)\s+)?(?:give|gives|grant|grants)\s+(?:us\s+)?(?:(?:your|their)\s+)?(?:(?:prior|express|explicit|written|specific)\s+)?(?:consent|permission|authori[sz]ation)|you\s+(?:can|may)\s+(?:also\s+)?(?:request|ask)\s+(?:that\s+)?(?:we|us)\s+(?:to\s+)?(?:transfer|send|share|disclose|provide|port|transmit)\b|you\s+(?:may|can)\s+(?:also\s+)?authori[sz]e\s+[^.;]{1,400}?\bto\s+(?:access|receive|obtain|share|disclose|transfer|retrieve)\b|(?:authori[sz]ing|consent\s+for)\s+[\w’'-]+\s+to\s+(?:[\w’'-]+\s+(?:or|and)\s+)?(?:disclose|share|release|transfer)\b|as\s+you\s+(?:may\s+)?(?:otherwise\s+)?(?:consent|authori[sz]e|direct|instruct|request)\b(?!\s+(?:to\s+)?by\s+(?:using|continuing|accessing|visiting|signing))|(?:ask|request|seek|obtain|get)\s+(?:for\s+)?your\s+(?:prior\s+|express\s+|explicit\s+)?(?:consent|permission)\s+(?:before|first|prior))`,
  'i',
);
/**
 * More consent before the act, kept apart from OPT_IN so that each stays small enough to check for safety: "we ask for
 * your consent to share …", "you may consent to …", "the opportunity to (opt-in) consent to …", "if you have provided
 * consent …", "when you separately consent to …", and under a denial consent named with no possessive ("we do not
 * sell … without affirmative authorization"; un-negated, WITHOUT_CONSENT takes it out first), and "with the
 * authorization of the Users" (CONSENT_ALTERNATIVE takes it out where it is one case among others), "where you
 * have agreed." (not a past "when you agreed", the acceptance of the terms, G7), and consent pointed back at, as OPT_IN
 * reads "if you give your consent" ("If you give such consent, we use …": GIVEN_CONSENT_DETERMINERS; here, not in
 * OPT_IN, whose regex grows past what recheck can decide; given by use or to the terms, CONSENT_GIVEN_BY_USE takes it
 * out first).
 */
const GIVEN_CONSENT = wordsPattern(GIVEN_CONSENT_DETERMINERS);
const CONSENT_FIRST = new RegExp(
  String.raw`\b(?:with\s+the\s+(?:prior\s+|express\s+|written\s+)?authori[sz]ation\s+of\s+(?:the\s+)?(?:users?|customers?|members?|data\s+subjects?)|without\s+(?:(?:prior|express|explicit|affirmative|written|specific)\s+)+(?:consent|permission|authori[sz]ation|approval)|(?:ask|asks|request|seek)\s+(?:for\s+)?your\s+consent\s+to|you\s+(?:may|can)\s+(?:also\s+)?consent\s+to|(?:opportunity|option|choice)\s+to\s+(?:[\w()-]+\s+){0,4}?consent\s+to|requires?\s+you\s+to\s+consent\s+to|(?:if|once|after|when|where)\s+you\s+have\s+(?:provided|given|granted)\s+(?:us\s+)?(?:your\s+)?(?:consent|permission)|(?:if|when|where|once|after)\s+you\s+(?:separately|specifically)\s+(?:consent|opt[\s-]?in|agree\s+to)|(?:where|if)\s+you\s+have\s+(?:${wordsPattern(CONSENT_ADVERBS)}\s+)?agreed(?=\s*[,.;]|\s*$)|(?:if|once|after|when|where|unless)\s+you\s+(?:give|grant)\s+(?:us\s+)?${GIVEN_CONSENT}\s+(?:consent|permission))\b`,
  'i',
);

/**
 * Consent the service obtains before it uses trackers, kept apart from CONSENT_FIRST so that each stays small enough to
 * check for safety: "we will obtain your consent to our use of cookies", "we get your prior consent before placing
 * advertising cookies". The trackers must be what the consent is for: consent to use the reader's location, or to send
 * newsletters, says nothing of the cookies used beside it.
 */
const CONSENT_OBTAINED = new RegExp(
  String.raw`\b(?:obtain|get|collect)s?\s+your\s+(?:(?:prior|express|explicit)\s+)?consent\s+(?:to|before)\s+(?:(?:our|the|its)\s+)?(?:use|using|place|placing|placement|set|setting|store|storing|install|installing|read|reading)\s+(?:of\s+)?(?:[\w’'-]+\s+){0,3}?${wordsPattern(TRACKING_CONSENT_CHOICE.objects)}\b`,
);
/** A denial before "obtain" in its clause: "we do not obtain …", "we don't need to get …". */
const CONSENT_DENIED = /\b(?:not|never|cannot)\b|n['’]t\b/;
const CONTINUED_USE = new RegExp(String.raw`\b${wordsPattern(TRACKING_CONSENT_CHOICE.continuedUse)}\b`);

/**
 * A tracking sentence in which the service obtains the reader's consent to its trackers (T5 opt-in), unless the consent
 * is denied, asked only where the law requires it (C5), or given by using or browsing on (G7).
 */
function trackersConsentObtained(sentence: string, category: CategoryId | undefined): boolean {
  if (category !== 'tracking') return false;
  const lower = sentence.toLowerCase();
  const m = CONSENT_OBTAINED.exec(lower);
  if (!m || REQUIRED_CONSENT.test(lower) || USE_OPENING.test(lower) || CONTINUED_USE.test(lower)) return false;
  return !CONSENT_DENIED.test(lower.slice(0, m.index).split(/[,;:]/).pop() ?? '');
}

/**
 * The user picks this very sharing (D4): "we may offer the option to share …", "you can choose to share …", "your
 * decision to share … may result in …", "you may be choosing to share …". Read on the
 * text just before the action word, so it does not reach another sharing in the sentence ("you can choose to share
 * your profile, and we share your data with advertisers" grants the second).
 */
const CHOSEN_SHARING =
  /\b(?:(?:offer|give|provide)s?\s+(?:you\s+)?(?:the\s+|an\s+)?(?:option|choice)|you\s+(?:can|may)\s+(?:also\s+)?(?:choose|elect|decide)|you\s+(?:can|may|might|will)\s+(?:also\s+)?be\s+(?:able|choosing)|your\s+(?:decision|choice))\s+to\s+$/;
/**
 * The user instructs the disclosure as part of a transfer they start (D4): "if you migrate your account to …, you
 * instruct Acme to disclose …". USER_TRANSFER_OCCASION is read on the sentence, INSTRUCTED on the text before the action.
 */
const USER_TRANSFER_OCCASION = new RegExp(
  String.raw`^\W*(?:if|when|once)\s+you\s+(?:choose\s+to\s+)?(?:${USER_TRANSFERS.join('|')})\b`,
);
const INSTRUCTED = /\byou\s(?:agree\sand\s)?(?:instruct|direct)\s[^;]{1,60}?\bto\s$/;
/**
 * …or the user instructs it by taking up one optional feature: "By using the wet lab feature, you instruct us to send
 * … to the vendor you select", "To use the marketplace, you instruct us to share …". Not the use of the service as a
 * whole ("By using the Services, you instruct us to disclose …": consent by use, a grant, G7).
 */
const FEATURE_OCCASION =
  /^[^a-z]{0,20}(?:by\s+(?:using|enabling|joining|selecting|choosing|designating)|to\s+use|if\s+you\s+(?:join|designate|enable|select))\s/;
/** …and what the user agrees to on that occasion: "By joining an organisation, you agree: (a) to disclose …". */
const AGREED_TO = /\byou\s(?:agree|consent)(?::\s|\s)(?:\([a-z]\)\s)?to\s$/;
/**
 * Using the service, which is consent by use (G7): "by using" anything not named as one feature (FEATURE_NOUNS), or
 * "to use" the service, its site or app ("To use the mobile app, you agree to disclose …"). "To use <a named
 * offer>, you instruct us to share …" is taking up that offer: an opt-in.
 */
const SERVICE_USE = new RegExp(
  String.raw`^[^a-z]{0,20}(?:by\s+using\s+(?![^,]{0,60}?\b${wordsPattern(FEATURE_NOUNS)}\b)|to\s+use\s+(?:the|our|this|these)\s+(?:[\w-]+\s+)?(?:services?|sites?|web\s*sites?|platforms?|apps?|applications?)\b)`,
);
/**
 * The sentence opens with the user's request for the transfer, or the user's choice of a third party (D4): "If you ask
 * us to transfer your data to another provider, we will share it with that third party", "If you choose a third-party
 * payment method, we will communicate to the provider …". Any other request ("If you request a refund, we share your
 * bank details with advertisers") or use ("If you use a third-party app") is only the occasion of a grant. Read for
 * data_sharing only.
 */
const REQUESTED_OCCASION =
  /^\W*(?:if|when|where|once)\s+you\s+(?:(?:specifically|expressly)\s+)?(?:(?:request|ask)\s+(?:that\s+we\s+|us\s+to\s+|for\s+us\s+to\s+)(?:share|send|transfer|disclose|provide|pass)|(?:choose|select|opt\s+for)\s+(?:a|an)\s+third[\s-]party)\b/;
/**
 * The user's data portability: "in a structured, commonly used and machine-readable format", "request the transfer of
 * your personal data to …", "the right to transmit …", "a third party of your choice" (one list, lexicon.ts).
 */
const PORTABILITY_RIGHT = new RegExp(String.raw`${PORTABILITY_PHRASE}|${CHOSEN_THIRD_PARTY}`, 'g');
/**
 * Consent given before the act, in words OPT_IN and CONSENT_FIRST do not know: "we rely on your consent to … share",
 * "if you provide your consent via a cookie banner", "only if you have given your explicit consent", "when we have your
 * consent", "upon your consent", "if and when you grant us permission", "with the individual's consent", "third
 * parties approved by you", "to whom you authorize us to disclose", "the partners you authorize us to share it with", "we may ask if you would like us to disclose".
 */
const CONSENT_GIVEN =
  /\b(?:(?:rely|relies|relying|based)\s+(?:up)?on\s+your\s+(?:(?:prior|express|explicit|specific)\s+)?consent|(?:if|when|where|once|after)\s+(?:and\s+when\s+)?you\s+(?:have\s+)?(?:provide|provided|give|given|grant|granted)\s+(?:us\s+)?(?:your\s+)?(?:(?:prior|express|explicit|written|separate|specific|affirmative)\s+)*(?:consent|permission|authori[sz]ation)|(?:if|when|where|once)\s+we\s+have\s+(?:obtained\s+|received\s+)?(?:your\s+)?(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission)|upon\s+your\s+(?:(?:prior|express|explicit|written)\s+)*(?:consent|permission|authori[sz]ation)|with\s+(?:the\s+)?(?:individual|person|data\s+subject|consumer)['’]s\s+(?:(?:prior|express|explicit|written)\s+)?(?:consent|permission|authori[sz]ation)|(?:approved|authori[sz]ed)\s+by\s+you|(?:if|when|where|once|only|whom|which|(?:partners|parties|companies|apps|services)(?:\s+that)?)\s+you\s+(?:(?:or|and)\s+your\s+[\w-]+\s+)?(?:specifically\s+|expressly\s+)?authori[sz]e\s+us\s+to|(?:if|when|where|once)\s+you\s+(?:specifically|expressly)\s+authori[sz]e|ask\s+(?:if|whether)\s+you\s+would\s+like\s+us\s+to)\b(?!(?:\s+to\s+do\s+so)?(?:\s*,(?!\s*(?:e\.g|i\.e|such\s+as|for\s+example|including))|\s+or\s+(?!when\s+we\s+have\b)|,?\s+(?:and|as\s+well\s+as)\s+(?:with|to)\s+(?:our|the|other|third|its|their|any|certain|selected|[a-z]+\s+(?:partners|providers|companies|affiliates))\b))/;
/** Consent to a terms document is consent by use (G7): "based on your consent to these Terms". */
const CONSENT_TO_TERMS = new RegExp(
  String.raw`\b(?:consent|permission|authori[sz]ation)\s+to\s+(?:these|this|the|our)\s+${TERMS_DOC_NAME}\b`,
  'g',
);
/** An opening that makes the user's agreement consent by use (G7): "By using the Services, you authorize …". */
const USE_OPENING =
  /^\W*by\s+(?:using|accessing|visiting|continuing|installing|downloading|registering|connecting|signing)\b/;
/**
 * Consent only where the law asks for it: "where required by law, we rely on your consent …", "to the extent required
 * by law", "where applicable law requires".
 */
const REQUIRED_CONSENT =
  /\b(?:(?:where|when|if|as|to\s+the\s+extent)\s+(?:legally\s+)?required|(?:where|when|if|as)\s+(?:the\s+)?(?:applicable\s+)?laws?\s+requires?)\b/;
/**
 * The service asks the user to agree to a change of the terms before it binds them (GUIDE terms_change
 * `conditional opt_in`): "we will obtain your consent if we materially change this policy", "you will be asked to
 * explicitly accept the revised Terms", "modifications will be effective at the time of your agreement", "effective upon
 * your acceptance of them".
 */
const CHANGE_CONSENT =
  /\b(?:(?:obtain|seek|request|get)\s+your\s+(?:(?:prior|express|explicit|affirmative)\s+)?(?:consent|agreement|approval)|(?:be\s+asked|ask\s+you|asks\s+you)\s+to\s+(?:[\w’'-]+\s+){0,3}?(?:explicitly|expressly|affirmatively)\s+(?:accept|agree|consent)|effective\s+(?:at\s+the\s+time\s+of|upon|on|after)\s+your\s+(?:agreement|acceptance|consent)\s+(?:to|of))\b/;
/**
 * A change of the terms that does not reach back to what the user already has (GUIDE C5 `restrict`): "a material change
 * to this Arbitration Agreement will not apply to any Claim you had already given us notice of", "that amendment shall
 * not apply to any claim filed before it". Not when the sentence also gives the power to change, says when the change
 * takes effect ("will not apply retroactively and will become effective 7 days after posting": G4) or adds an "otherwise".
 */
const NOT_RETROACTIVE =
  /\b(?:will|shall|does|do)\s+not\s+(?:apply|affect|be\s+applied)\s+(?:to\s+)?(?:[\w’'-]+\s+){0,3}?(?:retroactive\w*|claims?|disputes?|orders?|purchases?)\b/;
/** The power to change, said by its modal: "we may update", "reserves the right to … amend". */
const MAY_CHANGE = String.raw`(?:may|can|reserves?\s+the\s+right\s+to)\s+(?:[\w’'-]+\s+){0,3}?(?:chang|modif|amend|updat|revis)`;
const CHANGE_POWER_OR_BUT = new RegExp(String.raw`\b(?:${MAY_CHANGE}|but|however|otherwise|except)\b`);
/**
 * The unit also grants the change (G4/G7): it gives the power to change, says when the change takes effect or binds, or
 * makes continued use acceptance (CHANGE_BINDS: not "governed by the prior Terms" or "consent", which sit beside a plain
 * limit as often), read outside the not-retroactive clause itself.
 */
function grantsChangeToo(lower: string): boolean {
  // "will not apply retroactively without your consent": the consent belongs to the limit.
  const rest = lower.replace(NOT_RETROACTIVE, ' ').replace(WITHOUT_CONSENT, ' ');
  return (
    CHANGE_POWER_OR_BUT.test(rest) || CHANGE_BINDS.test(rest) || TAKES_EFFECT.test(rest.replace(EFFECTIVE_DATE, ' '))
  );
}
/** What makes a change the user is asked to accept binding anyway (C1): the only way out is to leave. */
const LEAVE_TO_REFUSE =
  /\b(?:continu\w*\s+(?:to\s+)?(?:us(?:e|ing)|access)|keep\s+using|stop\s+using|clos\w*\s+your\s+account|terminat|no\s+longer\s+(?:be\s+able\s+to\s+)?(?:use|access)|cancel\w*\s+your\s+(?:account|subscription|membership|plan)|delet\w*\s+your\s+account|account\s+will\s+be\s+(?:deleted|closed|terminated)|you\s+(?:may|must)\s+not\s+(?:use|access))/;
/** Staying under the terms as they are is no leaving: "you may continue to use the Service under the current Terms". */
const STAY_UNDER_CURRENT =
  /\b(?:continu\w*\s+(?:to\s+)?(?:use|using|access\w*)|keep\s+using)\b[^.;]{1,40}?\bunder\s+the\s+(?:current|existing|prior|previous|old)\b/g;
/** Leaving the service or ending the contract: the act a refusal leads to when leaving is the only way out (C1). */
const LEAVE_ACT = String.raw`(?:(?:stop|ceas\w*|discontinu\w*)\s+(?:(?:to\s+)?(?:use|using|access\w*)|your\s+use)|(?:clos|delet)\w*\s+your\s+account|(?:terminat|cancel)\w*\s+(?:your|this|the|these)\b|no\s+longer\s+(?:be\s+able\s+to\s+)?(?:use|access)|(?:may|must|should|can)\s*not\s+(?:continue\s+(?:to\s+)?)?(?:use|using|access))`;
/**
 * The user's choice on a change is to accept it or to leave (C1): "accept the updated terms or stop using our
 * Service", "if you do not agree, you must cancel your subscription", "accept the revised Terms to continue using the
 * Services". Not a word for ending something elsewhere ("changes that affect your termination rights"), nor staying
 * under the current terms ("if you do not agree, you may continue to use the Service under the current Terms").
 */
const ACCEPT_OR_LEAVE_TESTS: readonly (readonly [opener: RegExp, rest: RegExp])[] = [
  // "accept the updated terms or (to) stop using our Service", "accept the new version or close your account".
  [
    /\b(?:accept|agree|consent)/g,
    new RegExp(String.raw`^[^.;]{0,80}?\bor\s+(?:(?:to|you\s+(?:may|can|must|should))\s+)?${LEAVE_ACT}`),
  ],
  // "if you do not agree, you must cancel your subscription".
  [
    /\bif\s+you\s+(?:do\s*n[o’']t|did\s*n[o’']t|choose\s+not\s+to|decide\s+not\s+to|refuse|declin\w*|disagree|object|reject)\b/g,
    new RegExp(String.raw`^[^.]{0,100}?\b${LEAVE_ACT}`),
  ],
  // "accept the revised Terms to continue using the Services".
  [/\b(?:accept|agree\s+to)\b/g, /^[^.;]{0,60}?\bto\s+(?:continue\s+(?:to\s+)?(?:use|using|access)|keep\s+using)/],
];
/** Each opener read with what follows it (an anchored test per opener keeps the scan linear). */
const acceptOrLeave = (lower: string): boolean =>
  ACCEPT_OR_LEAVE_TESTS.some(([opener, rest]) =>
    [...lower.matchAll(opener)].some((m) => rest.test(lower.slice(m.index + m[0].length))),
  );
/** The consent asked is for the change: its object is the change or the document ("consent to the revised Terms"). */
const CONSENT_FOR_CHANGE = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:${CHANGE_STEM}|new\s+version|${TERMS_DOC_NAME}\b)`);
/** …or the sentence opens on the change as its occasion: "if we make an update to this Policy, … seek your consent". */
const CHANGE_OCCASION = new RegExp(
  String.raw`\b(?:if|when|where|should|before|once)\s+we\s+(?:[\w’'-]+\s+){0,3}?(?:${CHANGE_STEM}|make)`,
);
/** A power to change at will in the same sentence leaves the change unilateral, whatever consent some changes need (G4). */
const CHANGE_AT_WILL = new RegExp(String.raw`\b(?:at\s+any\s+time|from\s+time\s+to\s+time|${MAY_CHANGE})\b`);
/** The user is asked to consent to the change itself, not to something else the clause names (C5). */
function consentForChange(sentence: string): boolean {
  if (CHANGE_AT_WILL.test(sentence)) return false;
  const m = CHANGE_CONSENT.exec(sentence);
  if (!m) return false;
  if (m[0].startsWith('effective')) return true;
  return (
    CONSENT_FOR_CHANGE.test(sentence.slice(m.index + m[0].length)) || CHANGE_OCCASION.test(sentence.slice(0, m.index))
  );
}
/**
 * The user starts the transfer (GUIDE D4): the sentence names the user's own act as its occasion ("if you connect your
 * account to …", "when you log in with a third-party account", "by permitting a third party to access your account",
 * "if Customer enables a Third-Party Platform", "by downloading, installing or enabling a third-party service", "if you
 * request support for Acme Cloud's software, we may share … with Acme Cloud").
 * Not "when you share …": the user's own post or message is no transfer by the service (none, actor=user). Not a
 * purchase or a programme the user joins ("if you purchase through a third-party app store", "if you participate in
 * our rewards programme, we share … with the partner"): the service shares as part of the deal (D1, grant).
 */
const USER_STARTS = new RegExp(
  String.raw`(?:\b(?:if|when|whenever|once|after|in\s+the\s+event(?:\s+that)?)\s+${READER_SLOT}\s+(?:(?:voluntarily|expressly|explicitly|actively|also|first)\s+)?(?:(?:choose|chose|decide|elect|opt|want)s?\s+to\s+)?|(?:^\W*|\byou\s+(?:acknowledge|agree|understand)\s+that\s+)by\s+(?:(?:clicking|tapping|selecting)\s+(?:on\s+)?(?:the\s+)?|(?:[a-z]+ing,?\s+(?:(?:and|or)\s+)?){1,3}?)?)(?:connect(?:s|ing)?|link(?:s|ing)?|install(?:s|ing)?|enabl(?:e|es|ing)|(?:log(?:ging)?|sign(?:ing)?)\s?-?\s?(?:in|up|on)\b[^,.;]{1,80}?\b(?:third[\s-]part(?:y|ies)|social|external|another)|invit(?:e|es|ing)|authori[sz](?:e|es|ing)|permit(?:s|ting)?|integrat(?:e|es|ing)|request(?:s|ing)?|asks?\s(?:us\s)?for)\b`,
  'g',
);
/**
 * The first USER_STARTS whose subject is the reader (READER_SLOT read in code, readerInSlot): a word slot there, as the
 * reader's names between the regex's gaps are polynomial by recheck.
 */
function userStarts(sentence: string): RegExpExecArray | null {
  USER_STARTS.lastIndex = 0;
  for (let m = USER_STARTS.exec(sentence); m; m = USER_STARTS.exec(sentence)) {
    if (readerInSlot(m[1], m[2])) return m;
    USER_STARTS.lastIndex = m.index + 1;
  }
  return null;
}
/** "By …, you agree that we may share …": the opening is consent by use, not the user's act (G7). */
const BY_AGREEING =
  /^\W*by\s[^.;]*?\byou\s+(?:hereby\s+)?(?:agree|consent|acknowledge|accept|authori[sz]e|understand)\b/;
/** The company is the sharer, right before the action: "we share", "we may also disclose", "your data is shared". */
const COMPANY_ACTS = /\b(?:we\s+(?:[\w’'-]+\s+){0,3}|(?:is|are|be|been|being|was|were)\s+(?:[\w’'-]+\s+)?)$/;
/** The recipient phrase: the first "with"/"to" after the action, up to a comma. */
const RECIPIENT_PHRASE = /\b(?:with|to)\s+([^,;]*)/;
/**
 * The recipient is the one the user's act names, by an anaphor or as the user's choice: "with that service", "to
 * them", "with the app you select"; not a terms document ("subject to this Policy").
 */
const NAMED_RECIPIENT = new RegExp(
  String.raw`^(?:(?:that|those|such|th(?:is|ese)(?!\s+${TERMS_DOC_NAME}\b)|the\s+(?:relevant|applicable|selected|chosen|linked|connected))\b|(?:them|it|him|her)\b|the\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:that\s+)?you\s+(?:select|choose|connect|link|authori[sz]e)\b)`,
);
/**
 * Beside the recipient the act names, another one: a coordinated recipient or authority ("that app and with law
 * enforcement"), or the named party's own ("that app's advertising partners"; not its maker: "that app's developer").
 */
const NAMED_PARTYS_OWN = new RegExp(String.raw`^[\w-]+\s+[\w-]+['’]s\s(?!${wordsPattern(READER_ACT_MAKER_ROLES)}\b)`);
const COORDINATED = /(?:,|\s(?:and|or))\s/;
function namedWithOther(recipient: string): boolean {
  if (NAMED_PARTYS_OWN.test(recipient)) return true;
  const joined = COORDINATED.exec(recipient);
  if (joined === null) return false;
  const rest = recipient.slice(joined.index);
  return RECIPIENT_WORD.test(rest) || AUTHORITY_WORD.test(rest);
}
/** The user's act is a request or an ask for help: "if you request support for …", "when you ask us for …". */
const ASK_ACT = /(?:request(?:s|ing)?|asks?\s(?:us\s)?for)$/;
/** The service's own recipients: "our support vendors", "its partners". */
const OWN_RECIPIENT = /^(?:our|its)\s/;
/** A recipient after the action: "with our partners", "to a third party". */
const RECIPIENT_AFTER = new RegExp(String.raw`\b(?:with|to)\s+(?:[\w’'-]+\s+){0,3}?${RECIPIENT}`);
/** The user's act in words that need an outside party: "you agree that by …", "if (the) Customer …". */
const CONSENT_OR_CUSTOMER_ACT = /\byou\s+(?:acknowledge|agree|understand)\s+that\b|\bcustomer\b/;
/**
 * A phrase after the action's object that the company picks: a recipient "with …", a legal ground "as required by law",
 * a purpose of another use "for advertising". Not "for authentication purposes", "to the extent necessary" or "as
 * described in this policy": they serve the platform the user chose (D4).
 */
const FURTHER_PHRASE = new RegExp(
  String.raw`\bwith\b|\bas\s+(?:required|permitted)\s+(?:by|under)\b|\bto\s+law\b|\bfor\s+(?:[\w’'-]+\s+){0,3}?${wordsPattern(COMPANY_PURPOSES)}\b`,
);
/** Words of the user's act that name no recipient: "your account", "our app". */
const ACT_STOP_WORDS = new Set([
  'customer',
  'when',
  'whenever',
  'once',
  'after',
  'event',
  'that',
  'your',
  'their',
  'with',
  'from',
  'into',
  'through',
  'using',
  'account',
  'accounts',
  'data',
  'information',
  // Kinds of party: a shared kind is no named recipient ("if you connect a third-party service, … our service providers").
  'service',
  'services',
  'app',
  'apps',
  'platform',
  'platforms',
  'third-party',
  'party',
  'partner',
  'partners',
]);
/**
 * …or the service lets the user do the sharing, right before the action: "the Services allow you to share …", "we give you
 * the option to share …", "gives you the ability to give third-party apps access", "you can also share …".
 */
const USER_ENABLED = new RegExp(
  String.raw`\b(?:${wordsPattern(USER_LET_VERBS)}\s(?:you|users?|customers?|members?)\s(?:to\s)?|offers?\s(?:you|users?)\sto\s|ways?\sfor\s(?:you|users?)\sto\s)(?:[a-z]+(?:,|\s(?:and|or|and\/or))\s){0,3}$`,
);
const USER_ABILITY =
  /\b(?:you|your|users?)\s(?:have\s|has\s|get\s|with\s)?(?:the\s|an\s)?(?:ability|option|facility|possibility)\sto\s(?:[a-z]+\s(?:and|or)\s)?$/;
/** …to a party outside: a third party, a social platform or network, other companies. */
const OUTSIDE_PARTY = new RegExp(String.raw`\b${wordsPattern(OUTSIDE_PARTIES)}\b`);
/** The action USER_ENABLED must lead to: the user shares, sends, posts, gives access. */
const USER_SHARE_WORD = /^(?:share|send|post|publish|invite|give|grant|transfer|connect|link)\b/;
/** The action word CHOSEN_SHARING must lead to: a choice "to opt out" or "to accept cookies" is another matter. */
const SHARE_WORD = /^(?:share|send|disclose|transfer|provide)\b/;

/** An opt-out that is only leaving the service ("… by closing your account"): refusing by leaving is no choice (C1). */
const LEAVE_ONLY = String.raw`(?!\s+(?:[\w’'-]+\s+){0,3}?(?:only\s+)?by\s+${wordsPattern(LEAVING_STEMS)})`;

/**
 * On unless the user acts: "unless you opt out", "you may opt out", "you can turn (or toggle) this off", "we provide our
 * users with choices about whether data is disclosed" (a choice offered must name the act, not "controls over
 * notifications").
 */
const OPT_OUT = new RegExp(
  String.raw`\b(?:opt(?:[\s-]?s)?[\s-]?out|opting[\s-]out|unless\s+you\s+(?:object|disable|turn\s+off|withdraw|decline|unsubscribe)|you\s+(?:may|can|have\s+the\s+right\s+to|are\s+able\s+to)\s+(?:also\s+)?(?:object|disable|(?:turn|switch|toggle)\s+off|withdraw|decline|unsubscribe|change\s+your\s+(?:settings|preferences)|adjust|manage|control|limit|refuse|block|delete|reject|prevent|prohibit|(?:choose|opt|elect|decide)\s+not\s+to)${LEAVE_ONLY}|do\s+not\s+sell\s+or\s+share|do\s+not\s+sell\s+my|right\s+to\s+(?:object|opt[\s-]out)|(?:turn|switch|toggle)\s+(?:this|it|that|them)\s+off|subject\s+to\s+(?:your\s+(?:privacy\s+)?(?:settings|preferences|choices)|the\s+(?:settings|preferences|choices)\s+you\s+(?:make|have\s+made|set))|(?:opportunity|option|choice|ability|chance)\s+to\s+choose\s+not\s+to|(?:request|ask|direct|tell)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,3}?(?:to\s+)?stop\s+\w+ing|(?:(?:give|gives|offer|offers|provide|provides)\s+(?:you\s+|users\s+)?(?:with\s+)?|(?:you|users?)\s+(?:also\s+|always\s+|will\s+|may\s+|still\s+)?(?:have|has|get)\s+)(?:the\s+|some\s+|several\s+|additional\s+|various\s+|an?\s+)?(?:possibility|options?|opportunity|ability|tools?|controls?|choices?|ways?)\s+to\s+(?:refuse|reject|block|limit|manage|control|turn\s+off|disable|prohibit)|(?:tools?|options?|ways?|controls?)\s+(?:are\s+)?available\s+(?:to\s+you\s+)?to\s+(?:refuse|reject|block|limit|manage|control|turn\s+off|disable|prohibit)|(?:give|gives|offer|offers|provide|provides)\s+(?:you|(?:our\s+)?users)\s+(?:with\s+)?(?:some\s+|several\s+|more\s+)?(?:choices?|controls?|options?)\s+(?:over|about|regarding)\s+(?:(?!(?:and|or|but)\s+(?:we|you|they|it|i)\b)[\w’'-]+\s+){0,8}?(?:shared|disclosed|sold|used|share|disclose|sell|use|sharing|disclosure|sale|uses)|cookie\s+(?:management|preference|consent)\s+options?\s+(?:are\s+)?available|(?:use|using|via|through|in|visit|visiting)\s+(?:our\s+|the\s+|your\s+)?cookie\s+(?:management|preference|consent)\s+(?:cent(?:er|re)|tools?|settings))\b`,
  'i',
);

/**
 * On until the user opts out, said of the past: "if you have not opted out", "as long as you haven't opted out", "if the
 * Customer has not opted out" (the reader by a role). OPT_OUT reads "opt out" in any tense but this one.
 */
const NOT_CONTRACTED = wordsPattern(NEGATION_CONTRACTIONS);
const NOT_OPTED_READER = String.raw`(?:you\s+have(?:\s+not|${NOT_CONTRACTED})|(?:the\s+)?[a-z]+\s+has(?:\s+not|${NOT_CONTRACTED})|[a-z]+s\s+have(?:\s+not|${NOT_CONTRACTED}))`;
const NOT_OPTED_OUT = new RegExp(
  String.raw`\b(?:if|unless|as\s+long\s+as|provided(?:\s+that)?|where|so\s+long\s+as)\s+${NOT_OPTED_READER}\s+(?:yet\s+|already\s+)?opted[\s-]?out\b`,
  'g',
);
/** "has", "have" and their forms with "n't" (the subject's auxiliary in NOT_OPTED_READER). */
const NOT_OPTED_AUX = new RegExp(String.raw`^(ha(?:s|ve))${NOT_CONTRACTED}?$`);
const CONTRACTED_END = new RegExp(String.raw`${NOT_CONTRACTED}$`);
/**
 * The subject in a match of NOT_OPTED_READER is the reader: "you", a role ("the Customer has not"), its plural
 * ("Customers have not"). The subject is a word slot there, read here (isReaderRole): with the reader's names inside
 * it, recheck judged the regexes that hold NOT_OPTED_READER polynomial. True for a match with no such subject.
 */
function readerNotOpted(m: string): boolean {
  const words = m.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const aux = NOT_OPTED_AUX.exec(words[k]!);
    if (!aux) continue;
    let next = k + 1;
    if (!CONTRACTED_END.test(words[k]!) && words[next++] !== 'not') continue;
    if (words[next] === 'yet' || words[next] === 'already') next++;
    if (!words[next]?.startsWith('opted')) continue;
    const subject = words[k - 1]!;
    return aux[1] === 'has' ? isReaderRole(subject, false) : subject === 'you' || isReaderRole(subject, true);
  }
  return true;
}
/** NOT_OPTED_OUT with the reader as its subject (readerNotOpted). */
function notOptedOut(text: string): boolean {
  for (const m of text.matchAll(NOT_OPTED_OUT)) if (readerNotOpted(m[0])) return true;
  return false;
}

/**
 * More ways to say the user may stop it, kept apart from OPT_OUT so that each stays small enough to check for safety:
 * "unless you choose not to allow this", "you can stop us from using …".
 */
const OPT_OUT_CHOICE = new RegExp(
  String.raw`\b(?:unless\s+you\s+(?:choose|opt|elect|decide)\s+not\s+to(?!\s+${wordsPattern(STAYING_VERBS)}\b)|you\s+(?:may|can)\s+(?:also\s+|always\s+)?stop\s+[a-z]+\s+from\s+[a-z]+ing)\b${LEAVE_ONLY}`,
);
/**
 * Steps or ways the user is given to stop tracking, kept apart from OPT_OUT so that each stays small enough to check for
 * safety: "you may take steps to limit the use of your information for targeted advertising", "there are steps you can
 * take to limit …", "several ways for you to manage your preferences regarding cookies". What they limit must name the
 * trackers or the ads within a few words: "steps to prevent phishing" leaves the cookies on.
 */
const OPT_OUT_STEPS = new RegExp(
  String.raw`\b(?:you\s+(?:may|can)\s+(?:also\s+)?take\s+(?:steps|measures|action)|(?:steps|measures)\s+(?:that\s+)?you\s+(?:can|may)\s+take|(?:tools?|options?|ways?|controls?)\s+for\s+(?:you|users))\s+to\s+(?:${wordsPattern(OPT_OUT_VERBS)}|restrict)\b${LEAVE_ONLY}\s+(?:[\w’'-]+\s+){0,8}?${wordsPattern(TRACKING_STEP_OBJECTS)}\b`,
);
/** "To limit …", "If you would like to stop …": the verb (with "off" or "out of") read from a set, to keep recheck quick. */
const PURPOSE_LEAD = new RegExp(String.raw`^\W*${wordsPattern(TRACKING_PURPOSE_LEADS)}\s`);
const PURPOSE_VERB = /^\s*([a-z]+)\s+(?:(off|out\s+of)\s+)?/;
/** The lead and the verb read apart: one regex of both was too large for recheck to clear. */
const purposeHead = (piece: string): { end: number; verb: RegExpExecArray } | undefined => {
  const lead = PURPOSE_LEAD.exec(piece);
  const verb = lead ? PURPOSE_VERB.exec(piece.slice(lead[0].length)) : null;
  return lead && verb ? { end: lead[0].length + verb[0].length, verb } : undefined;
};
const PURPOSE_VERBS = new Set<string>([...OPT_OUT_VERBS, 'stop', 'opt out of', 'restrict']);
const purposeVerb = (m: RegExpExecArray): boolean =>
  PURPOSE_VERBS.has(m[2] ? `${m[1]} ${m[2].replace(/\s+/g, ' ')}` : (m[1] ?? ''));
// (?!\w), not \b: after a hyphen ("ad-") \b fails and each start would scan the rest again.
const PURPOSE_OBJECT = new RegExp(String.raw`\b${wordsPattern(TRACKING_STEP_OBJECTS)}(?!\w)`);
/**
 * The reader's right to stop the tracking, a state-law opt-out (T4) as "you may take steps to limit targeted
 * advertising" is: "You have the right to limit the use of your data for interest-based ads", "Right to Limit Use of
 * Your Personal Information for Targeted Advertising: …". The right is the reader's (TRACKING_RIGHT_TO_STOP.holders
 * right before it) or opens a label or sentence; what it stops (PURPOSE_OBJECT) is named before the clause ends (a
 * stop, a colon, a comma, or a conjunction with a new subject: "…, and we use cookies for advertising" is not what the
 * right limits). Read in steps, not one regex: one regex joining the verb and a gap of any length scans in polynomial
 * time.
 */
const RIGHT_TO_STOP = new RegExp(String.raw`\bright\s+to\s+${wordsPattern(TRACKING_RIGHT_TO_STOP.verbs)}\b`, 'g');
const RIGHT_HOLDER = new RegExp(
  String.raw`^(?:${wordsPattern(TRACKING_RIGHT_TO_STOP.determiners)}\s+)?${wordsPattern(
    TRACKING_RIGHT_TO_STOP.holders.map((h) => h.split(' ').reverse().join(' ')),
  )}\b`,
);
const NEW_SUBJECT_CLAUSE = new RegExp(
  String.raw`\b${wordsPattern(CLAUSE_CONJUNCTIONS)}\s+${wordsPattern(CLAUSE_SUBJECTS)}\b`,
);
const rightHeldByReader = (before: string): boolean => {
  const trimmed = before.trimEnd();
  if (trimmed === '' || '.:;!?'.includes(trimmed.slice(-1))) return true;
  const reversed = trimmed.split(/\s+/).slice(-5).reverse().join(' ');
  return RIGHT_HOLDER.test(reversed);
};
const rightToStop = (text: string): boolean =>
  [...text.matchAll(RIGHT_TO_STOP)].some((m) => {
    if (!rightHeldByReader(text.slice(0, m.index))) return false;
    const clause = text.slice(m.index + m[0].length).split(/[.;:,]/, 1)[0] ?? '';
    return PURPOSE_OBJECT.test(clause.split(NEW_SUBJECT_CLAUSE, 1)[0] ?? '');
  });
const PURPOSE_STEP = new RegExp(
  String.raw`^\s*(?:${wordsPattern(TRACKING_PURPOSE_MODALS)}\s+(?:also\s+)?)?${wordsPattern(TRACKING_PURPOSE_STEPS)}\b`,
);
const PURPOSE_POINTER = new RegExp(String.raw`\b${wordsPattern(TRACKING_PURPOSE_POINTERS)}(?!\w)`);
const PURPOSE_BROWSER = new RegExp(String.raw`\b${wordsPattern(TRACKING_CONSENT_CHOICE.browsers)}\b`);
/**
 * A purpose that stops the tracking, then the reader's step that serves it (T4): "To limit targeted advertising on your
 * mobile device, you can review and adjust the settings provided by your device manufacturer", "If you would like to
 * stop receiving interest-based ads from Acme, click here". The purpose names the trackers or the ads
 * (TRACKING_STEP_OBJECTS). A step in the browser ("…, you can change your browser settings to refuse cookies") is
 * generic advice (T4), and one to a document or a part of it ("…, you can review our Cookie Policy") a pointer (T8):
 * both leave the unit as it is. Read from the unit's start and after each sentence or clause mark, piece by piece,
 * so that no regex scans the rest of the unit from every start.
 */
const purposeOptOut = (lower: string): boolean =>
  [0, ...[...lower.matchAll(/[.:;)]\s+/g)].map((m) => m.index + m[0].length)].some((from) => {
    const piece = lower.slice(from).split(/[.;]/, 1)[0] ?? '';
    const head = purposeHead(piece);
    if (!head || !purposeVerb(head.verb)) return false;
    const comma = piece.indexOf(',', head.end);
    if (comma < 0 || comma - head.end > 120) return false;
    const step = piece.slice(comma + 1);
    return (
      PURPOSE_OBJECT.test(piece.slice(head.end, comma)) &&
      PURPOSE_STEP.test(step) &&
      !PURPOSE_BROWSER.test(step) &&
      !PURPOSE_POINTER.test(step)
    );
  });
/**
 * Consent named as the tracking's legal basis (T5; a lead label naming it: tracking-choice.ts trackingConsentLabel):
 * "the legal basis for analytics cookies is your consent", "we use advertising cookies on the basis of your consent".
 * Read in the act's sentence, in the clause that names the trackers (not "We use advertising cookies; the legal basis for
 * sending you our newsletter is your consent"). Not where the law asks for it (REQUIRED_CONSENT), as one case of
 * several ("… your consent or …"), beside another basis or in some cases only (G5), nor by use or by accepting the
 * terms (G7): USE_OPENING on the sentence, tracking-choice.ts consentBasisExcluded on the whole unit.
 */
const LEGAL_BASIS = /\b(?:legal|lawful)\s+bas[ie]s\b/g;
const IS_CONSENT = new RegExp(
  String.raw`^(?:is|are|will\s+be)\s+(?:your\s+)?(?:${wordsPattern(TRACKING_CONSENT_CHOICE.basisAdjectives)}\s+)?consent\b`,
);
const ON_CONSENT = new RegExp(
  String.raw`\bon\s+the\s+basis\s+of\s+your\s+(?:${wordsPattern(TRACKING_CONSENT_CHOICE.basisAdjectives)}\s+)?consent\b`,
);
/** Consent as one case of several: "on the basis of your consent or where necessary …". */
const CONSENT_OR = /\bconsent,?\s+or\b/;
/** "The legal basis [for …] is your consent", the verb within eight words: stepped word by word, not one regex. */
const basisIsConsent = (clause: string): boolean =>
  [...clause.matchAll(LEGAL_BASIS)].some((m) => {
    const rest = clause.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/[.;:]/, 1)[0] ?? '';
    const starts = [...rest.matchAll(/\s+/g)].slice(0, 9).map((w) => w.index + w[0].length);
    return starts.some((i) => IS_CONSENT.test(rest.slice(i)));
  });
const BASIS_CLAUSES = /[.;]|,\s+(?:and|but|while|whereas)\s/;
let basisMemo: { key: string; value: boolean } | undefined;
const consentBasis = (sentence: string, lower: string): boolean => {
  const key = `${sentence}\u0000${lower}`;
  if (basisMemo?.key === key) return basisMemo.value;
  const value =
    !REQUIRED_CONSENT.test(lower) &&
    !USE_OPENING.test(sentence) &&
    !consentBasisExcluded(lower) &&
    sentence
      .split(BASIS_CLAUSES)
      .some(
        (clause) =>
          (ON_CONSENT.test(clause) || basisIsConsent(clause)) && namesBasisObject(clause) && !CONSENT_OR.test(clause),
      );
  basisMemo = { key, value };
  return value;
};
/**
 * "You can switch (or toggle) off …" is an opt-out only of the act itself: a word pointing back at it ("switch this
 * off", "toggle off such sharing") or the category's act named ("switch off model training"). Not "switch off push
 * notifications", "toggle off dark mode", nor cookies in the browser (T4).
 */
const SWITCH_OFF = String.raw`\byou\s+(?:may|can|have\s+the\s+right\s+to|are\s+able\s+to)\s+(?:also\s+)?(?:switch|toggle)\s+off\s+`;
/**
 * "You can uncheck (untick, deselect) …" picks a form field or an item of a list: an opt-out only when it names the act
 * ("uncheck the "Improve the model" option"), not a thing ("deselect models you do not want"), or points back at it
 * ("uncheck this option"), where "this box", "this field" is the form's own ("untick this box to stop receiving our
 * newsletter").
 */
const SELECT_OFF = String.raw`\byou\s+(?:may|can|have\s+the\s+right\s+to|are\s+able\s+to)\s+(?:also\s+)?(?:uncheck|untick|deselect)\s+`;
const SELECT_POINTER = String.raw`(?:${wordsPattern((OPT_OUT_ACTS.pointer ?? []).filter((w) => w !== 'this' && w !== 'that'))}\b|(?:this|that)\b(?!\s+(?:box|checkbox|check\s+box|field|item|list)\b))`;
const actTest = (verb: string, pointer: string, acts: readonly string[]): string =>
  String.raw`${verb}(?:${pointer}|(?:(?!and\b|or\b)["“]?[\w’'-]+\s+){0,3}?["“]?${wordsPattern(acts)}\b)${LEAVE_ONLY}`;
const SWITCH_OFF_TESTS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries(OPT_OUT_ACTS)
    .filter(([key]) => key !== 'pointer' && key !== 'sameAct')
    .map(([key, acts]) => [
      key,
      new RegExp(
        `${actTest(SWITCH_OFF, String.raw`${wordsPattern(OPT_OUT_ACTS.pointer ?? [])}\b`, acts ?? [])}|${actTest(
          SELECT_OFF,
          SELECT_POINTER,
          (acts ?? []).filter((a) => !OPT_OUT_THINGS.includes(a)),
        )}`,
      ),
    ]),
);
/** "Switch (toggle) off", "uncheck" with its object after it, read by SWITCH_OFF_TESTS alone: OPT_OUT takes any object. */
const SWITCH_OFF_VERB = /\b(?:(?:switch|toggle)\s+off|uncheck|untick|deselect)\s/g;
const SWITCH_OFF_POINTER = new RegExp(
  String.raw`${SWITCH_OFF}${wordsPattern(OPT_OUT_ACTS.pointer ?? [])}\b${LEAVE_ONLY}|${SELECT_OFF}${SELECT_POINTER}${LEAVE_ONLY}`,
);

/** "Depending on your cookie preferences", "… your privacy and advertising settings": settings the user controls. */
const DEPENDS_ON_SETTINGS = new RegExp(
  String.raw`\bdepending\s+on\s+your\s+(?:${wordsPattern(CONTROL_SETTINGS)}\s+(?:(?:and|or|&)\s+${wordsPattern(CONTROL_SETTINGS)}\s+)?)?(?:settings|preferences)\b`,
);
/**
 * A wish not to be shared, as an opt-out: "if you do not want us to share …, change your settings". Not when leaving the
 * service is the whole answer, straight after the comma ("…, you should stop using the Services", "…, please do not use
 * the Service"); leaving as one choice among others ("visit your settings, or close your account") keeps it.
 */
const UNWANTED_SHARING =
  /\b(?:if|should)\s+you\s+(?:do\s+not|don['’]t|no\s+longer)\s+(?:want|wish)\s+(?:us\s+to\s+(?:share|disclose|sell|transfer)|(?:[\w’'-]+\s+){1,4}?(?:to\s+be\s+)?(?:shared|disclosed|sold|transferred))\b(?![^.;,]{0,120},\s+(?:(?:including|such\s+as|for\s+example|like)\s[^.;,]{0,80},\s+)?(?:then\s+)?(?:please\s+|you\s+(?:should|must|will\s+(?:need|have)\s+to|need\s+to|have\s+to)\s+)?(?:(?:stop|cease|discontinue)\s+(?:using|to\s+use|your\s+use)|(?:do\s+not|don['’]t|not)\s+(?:use|access|continue)|(?:delete|close|terminate|cancel|deactivate)\s+your\s+(?:[\w-]+\s+)?account))/;

/** An instruction to turn the practice off, opening the unit, an item or a sentence: "(a) To turn off our use of …". */
const TURN_OFF_INSTRUCTION = /(?:^\W*|[.:;)]\s+)to\s+turn\s+off\s+(?:our|the|all|any)\b/;

/**
 * An opt-out that covers only a purpose added after the action: "we may share … for the purposes above and, unless you
 * opt out, for training models" (G4: the purposes without the opt-out are granted).
 */
const ADDED_PURPOSE_OPT_OUT = new RegExp(
  String.raw`\band,?\s+(?:unless\s+you\s+(?:opt[\s-]?out|object)|if\s+${NOT_OPTED_READER}\s+opted[\s-]?out)(?:\s+of(?:\s+[\w’'-]+){1,6})?,\s+(?:for|to|with)\b`,
  'g',
);

/**
 * A negation whose exception re-opens the right in general terms is no real limit: "except as described in this policy",
 * "we do not disclose sensitive personal information for any purpose not expressly permitted by the law" (whatever the
 * law permits, G5); not "… not authorized by you", which is consent.
 */
const GENERIC_EXCEPTION =
  /\b(?:except|other\s+than|unless\s+otherwise)\s+(?:as\s+(?:(?:otherwise|expressly|specifically)\s+)?(?:described|set\s+(?:forth|out)|provided|outlined|stated|noted|explained|permitted|specified|disclosed|indicated|listed|detailed)|in\s+the\s+(?:limited\s+)?(?:circumstances|cases|situations)|(?:under|in)\s+(?:the\s+following|limited))|\bunless\s+otherwise\s+(?:specified|stated|noted|indicated)\b|\bfor\s+any\s+(?:purposes?|reasons?)\s+not\s+(?:expressly\s+|otherwise\s+)?(?:permitted|allowed|authori[sz]ed)\s+(?:by|under)\s+(?:(?:the|applicable)\s+)?(?:[\w-]+\s+){0,3}?(?:law|laws|act|ccpa|cpra|statute|regulations?)\b/i;

/**
 * Purposes the law or the policy allows, as the bound of a denial: "we do not use or disclose sensitive personal
 * information for purposes other than those permitted by law", "… beyond the purposes authorized by the CCPA", "… other
 * than when permitted under applicable law", "… except for the permissible purposes stated in this policy".
 */
const PERMITTED_PURPOSES =
  /\b(?:other\s+than\s+(?:(?:those|as|the\s+purposes?)\s+(?:(?:expressly|otherwise)\s+)?(?:permitted|authori[sz]ed|allowed|expressed|described|stated|set\s+out)|(?:when|where)\s+(?:(?:expressly|otherwise)\s+)?(?:permitted|authori[sz]ed|allowed))|beyond\s+(?:the\s+)?(?:purposes?|uses?)\s+(?:(?:expressly|otherwise)\s+)?(?:permitted|authori[sz]ed|allowed)\s+(?:by|under)|except\s+(?:for\s+)?(?:the\s+)?(?:permissible|permitted)\s+purposes)\b/;

/**
 * The exception points FORWARD ("except as described below", "in the following circumstances"): the cases follow as
 * their own clauses (list items) and are reported there, so the head itself is a limit, not a grant.
 */
const FORWARD_EXCEPTION =
  /\b(?:except|other\s+than|unless\s+otherwise)\s+(?:as\s+(?:(?:otherwise|expressly|specifically)\s+)?(?:described|set\s+(?:forth|out)|provided|outlined|stated|noted|explained|permitted|specified|disclosed|indicated|listed|detailed)\s+(?:below|hereafter|hereinafter|in\s+the\s+following)|(?:in|under)\s+the\s+(?:limited\s+)?(?:following|circumstances\s+(?:below|listed\s+below|described\s+below)|cases\s+below))/i;

/**
 * The user decides: "you can choose whether your content is used to train our models", "it is up to you whether …",
 * a choices list item "Choosing whether we share your information with other companies".
 * A choice with no default stated is consent-like (nothing happens unless the user chooses it).
 */
const USER_CHOICE =
  /(?:\b(?:you\s+(?:can|may|get\s+to|are\s+(?:free|able)\s+to)\s+(?:choose|decide|control|select)|(?:it\s+is|it['’]s)\s+up\s+to\s+you|you\s+(?:choose|decide|control))|^\W*(?:choosing|deciding)(?=\s+(?:whether|if)\s+(?:we\b|our\b|(?:your|the)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:shared|disclosed|sold|transferred)\b)))\s+(?:whether|if)\b/i;

const CHOICE_IN_SETTINGS = /\b(?:settings|controls?|toggles?|preferences)\b/;

/**
 * Consent said to be not needed, taken out of an un-negated clause before its consent is read: "we may assign …
 * without your consent", "… as local laws allow, which may not require your consent".
 */
const WITHOUT_CONSENT =
  /\bwithout\s+(?:first\s+)?asking\s+you(?:\s+first)?\b|\bwithout\s+(?:(?:first\s+)?(?:obtaining|getting|asking\s+for|seeking|receiving|having)\s+)?(?:(?:your|the\s+user['’]s|their|users['’]?|any)\s+)?(?:(?:prior|further|additional|express|explicit|written|affirmative|specific)\s+)*(?:consent|permission|authori[sz]ation|approval)\b|\b(?:do|does|may|will|would)\s+not\s+require\s+(?:your|their|the\s+user['’]s)\s+(?:(?:prior|express|explicit)\s+)?consent\b/g;

/**
 * Consent that is no condition of the act: the last of several cases ("…, or with your consent", "or otherwise in line
 * with your consent"), consent only where required ("with your consent (if required)"), or consent beside a case the
 * service decides ("if you consented so or if we are otherwise authorized to", "with your consent, at your direction,
 * or where notice is provided", "with your consent or at your direction or where we are legally entitled to", "with the
 * authorization of the user or without it where required by law").
 */
const CONSENT_ALTERNATIVE =
  /\bor\s+(?:otherwise\s+)?(?:in\s+line\s+with|with|upon|based\s+on|in\s+accordance\s+with)\s+your\s+(?:(?:prior|express|explicit)\s+)?consent\b|\b(?:with|upon)\s+your\s+consent,?\s*(?:\(\s*)?(?:if|where|when)\s+(?:legally\s+)?(?:required|necessary|applicable)\b|\b(?:(?:if|when|where)\s+you\s+(?:have\s+)?consent(?:ed)?(?:\s+(?:so|to\s+it|to\s+this))?|with\s+(?:your\s+consent|the\s+(?:prior\s+|express\s+|written\s+)?(?:consent|authori[sz]ation)\s+of\s+(?:the\s+)?(?:users?|customers?|members?|data\s+subjects?)),?(?:\s+(?:or\s+)?at\s+your\s+direction,?)?)\s+or\s+(?:without\s+it\s+(?:if|where|when)|(?:if|where|when)\s+(?:we(?!\s+are\s+(?:legally\s+)?(?:required|obliged|obligated|compelled))|notice|otherwise|permitted))\b/g;

/**
 * Consent in an aside on one listed item: "… age range and reduced IP address (or, with your permission, GPS location
 * data) with advertising partners", "your profile (and, with your consent, your contacts)". It conditions that item,
 * not the act on the rest of the list, which stays a grant (G4). An aside that adds no item ("(with your consent)",
 * "(with your permission, given in the settings)") conditions the act; one that asks consent only where the law does
 * ("with your consent, where applicable") is CONSENT_ALTERNATIVE's (G5).
 */
const CONSENT_ON_ONE_ITEM =
  /\(\s*(?:or|and|plus|including)(?:\s*,)?\s+with\s+your\s+(?:(?:prior|express|explicit|separate)\s+)?(?:consent|permission),?\s+\w[^()]{0,80}\)/g;

/**
 * The user may tell the service not to: "you may instruct us not to use …", "you can ask Acme to stop using …",
 * "you may direct us to refrain from …", "Customers may instruct us not to …" (the user named as a party). The
 * negation is the user's opt-out, so the right holds until then. A party the lexicon also names as a third party
 * ("Merchants may instruct us not to share your information with their partners") sets a third party's limit: a
 * restraint, not the reader's opt-out.
 */
const READER_PARTIES = USER_PARTIES.filter(
  (p) => !LEXICON_LISTS.ThirdParty!.includes(p) && !LEXICON_LISTS.ThirdParty!.includes(`${p}s`),
);
/**
 * Such a party is the reader when what it keeps back is its own data (GUIDE C2, terms whose reader is the developer or
 * the advertiser): "Developers can ask us not to share their app data with our partners".
 */
const OWN_DATA_PARTIES = USER_PARTIES.filter((p) => !READER_PARTIES.includes(p));
const INSTRUCT = String.raw`\s+(?:also\s+)?(?:may|might|can|could|have\s+the\s+right\s+to)\s+(?:also\s+)?(?:instruct|ask|direct|tell|request)\s+(?:that\s+)?(?:[\w’'.-]+\s+){1,3}?(?:not\b|to\s+(?:refrain|stop))`;
const INSTRUCT_NOT = new RegExp(
  String.raw`\b(?:(?:you|${wordsPattern(LEXICON_LISTS.UserSubject!)}|${wordsPattern(READER_PARTIES)}s?)${INSTRUCT}|${wordsPattern(OWN_DATA_PARTIES)}s?${INSTRUCT}\s+(?:(?!your\b)[\w’'-]+\s+){0,3}?their\b)`,
  'i',
);
/**
 * The same request as one of the user's rights listed after another ("the right to opt out of the sale, and to
 * request that we do not share …", "a request directing us not to sell"): the denial is what the user may ask for.
 */
const REQUEST_NOT =
  /\bto\s(?:(?:submit\s)?(?:a\s)?request\s(?:that\s|directing\s)|ask\s(?:that\s)?|direct\s|instruct\s)(?:we|us)\s(?:do\s|will\s|shall\s)?not\b/;
/**
 * A denial for now that promises an opt-out before it changes: "we do not sell …, and will not do so without giving
 * you notice and an opportunity to opt out". The right to opt out is what the user holds (an opt-out).
 */
const NOTICE_THEN_OPT_OUT =
  /\bwithout\s+(?:first\s+)?(?:giving|providing|offering|affording)\s+(?:you\s+)?(?:(?:with\s+)?(?:prior\s+)?notice\s+and\s+)?(?:an?\s+|the\s+)?(?:opportunity|right|chance|ability|option)\s+to\s+opt[\s-]?out\b/i;
/**
 * A denial that holds once the user has opted out: "we will not sell your data once you exercise your opt-out right",
 * "after you opt out, we will not share …". The right is taken until then (an opt-out).
 */
const ONCE_OPTED_OUT =
  /\b(?:once|after|when|if)\s+you\s+(?:have\s+)?(?:exercised?\s+(?:your|the|this)\s+(?:(?:right|option|choice)\s+to\s+)?(?:opt[\s-]?out|prevent|object|refuse)|opt(?:ed)?[\s-]out)\b/;
/**
 * …or once the user's browser sends an opt-out signal: "If Acme detects the GPC signal from your device, Acme will not
 * share your data", "If your browser sends a Do Not Track signal, we will not load third-party resources".
 */
const SIGNAL_NAME =
  /\b(?:global\sprivacy\scontrol|gpc|do\snot\strack|dnt|opt[\s-]?out\spreference)\s(?:\([a-z]+\)\s)?signals?\b/;
const CONDITION_OPENS = /\b(?:if|when|once|where)\s/;
/**
 * Between the signal and the action, the service says it ignores the signal or a denial governs another verb: "we do
 * not honor it and …", "we do not currently change how we share …", "we do not treat your visit as an opt-out".
 */
const SIGNAL_VERB = String.raw`(?:respond|honou?r|recogni[sz]e|change|alter|limit|restrict|treat|act|process|accept|support|read)`;
const SIGNAL_DENIED_VERB = String.raw`(?:not|never|n['’]t)\s+(?:[\w’'-]+\s+){0,2}?${SIGNAL_VERB}\w*`;
/** "we will not limit the sharing …": the denial is of the limit, not of the act. */
const DENIES_A_LIMIT = new RegExp(String.raw`^${SIGNAL_VERB}`);
const SIGNAL_DENIED = new RegExp(String.raw`\b${SIGNAL_DENIED_VERB}\b`);
/** The service denies the signal itself: "we do not honor it", "we do not respond to such signals", "we ignore …". */
const SIGNAL_REFUSED = new RegExp(
  String.raw`\b${SIGNAL_DENIED_VERB}\s+(?:to\s+)?(?:it|them|(?:the|this|that|these|those|such)\s+signals?)\b|\bignor\w*\b`,
);
/**
 * The action is denied on its own, right before it: "… and will not sell", "we will not process your data for targeted
 * advertising"; then a denial before it governs another act, and the signal still conditions this one.
 */
function ownDenial(after: string): boolean {
  const words = after.trim().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && !/^(?:not|never)$|n['’]t$/.test(words[k]!)) k--;
  if (k < 0) return false;
  const rest = words.slice(k + 1);
  if (rest.length && DENIES_A_LIMIT.test(rest[0]!)) return false;
  if (rest.length <= 2) return true;
  return rest.length <= 7 && rest.at(-1) === 'for' && !rest.some((w) => /^(?:and|or|but)$|[,;]$/.test(w));
}
/** The action is the object of an opt-out, right before it: "opt out of the ", "opt-out of “". */
const OPT_OUT_SIGNAL = /\b(?:global privacy control|gpc|opt[\s-]?out preference signals?)\b/;
const OPTED_OUT = /\bopt(?:s|ed|ing)?[\s-]?out\b/;
const OPT_OUT_OF_THIS = /\bopt(?:ing)?[\s-]?out\s+of\s+(?:the\s+|any\s+|such\s+)?\W{0,2}$/;
/**
 * An opt-out that does not bind: "even if you opt out, we may still …", "where you have opted out, we may still use
 * … if …": a grant for what follows.
 */
const AFTER_OPT_OUT =
  /\b(?:(?:even\s(?:if|when|after|where|though)|where|when|if|after|once)\syou\s(?:have\s)?(?:opt(?:ed)?[\s-]out|object(?:ed)?|turn(?:ed)?\s(?:it\s|this\s)?off|disabled?|withdr[ae]wn?|(?:do\snot|don['’]t|no\slonger)\s(?:want|wish))|even\sif\syou\s(?:opt|turn))\b/i;
const STILL = /\b(?:still|continue\sto|nevertheless|nonetheless)\b/i;
/**
 * The user comes back after opting out ("If you re-engage with us after opting out of “selling” …, you acknowledge
 * that your personal information may be used …"): what follows is taken again, a grant (G8).
 */
const REENGAGED =
  /\b(?:if|when|once)\s+you\s+re-?(?:engage|subscribe|register|join|activate)\w*\s+(?:with\s+us\s+)?after\s+(?:opting|you\s+(?:have\s+)?opted)[\s-]out\b/;
/** The service restrains someone else: "we restrict our providers from training …", "we prohibit partners from …". */
const RESTRAIN_VERB = /^(?:restrict|restricts|prohibit|prohibits|forbid|forbids|bar|bars|preclude|precludes)$/;
const FORBIDS = /^(?:prohibits|forbids|precludes)$/;
/**
 * An exception after a denial ("we won't … unless …", "… except when …"). What it lets in decides the stance (G5):
 * only a legal requirement or the bare running of the service keeps the denial a limit; an exception that turns on a
 * setting the user has not switched off is an opt-out; anything else is a grant.
 */
const EXCEPTION_AFTER =
  /\b(?:unless|except(?!\s+for\b)(?:\s+(?:when|where|if|that|to\s+the\s+extent))?|save\s+(?:where|when)|other\s+than\s+as)\b/i;
/**
 * …and for ai_training, "except for …" too: "We do not use your data to train our models, except for content you make
 * public" lets those cases in. Not for disclosures, where "except for anonymous logs shared with …" names what the
 * denial leaves out, which data_sharing's labels read as a limit.
 */
const EXCEPT_FOR = /\bexcept\s+for\b/;
/** Another act joined on after the denied one: ", and we delete them …", "or share them …", "and retain …". */
const COORDINATED_ACT = new RegExp(
  String.raw`,\s*and\s+(?:we|then)\b|\b(?:and|or)\s+(?:we\s+)?(?:will\s+|may\s+)?${wordsPattern(EXCEPT_FOR_OTHER_ACTS)}\b`,
);
/** Cases of an "except for" that are not the user's data (lexicon EXCEPT_FOR_LIMITS): the denial stays a limit. */
const EXCEPT_FOR_LIMIT = new RegExp(String.raw`^\s*(?:the\s+|our\s+)?${wordsPattern(EXCEPT_FOR_LIMITS)}`);
/**
 * An exception after the denied act, in its sentence, that points at cases listed next: "unless one of the following
 * exceptions applies", "except for the following circumstances", "except as specified below, or where you consent".
 */
const FORWARD_DENIAL =
  /^[^.;]{0,200}?\b(?:unless|except|save|other\s+than)\s[^.;]{0,120}?\b(?:following|below|as\s+follows|hereafter|hereinafter)\b/;
/** The forward exception is the law's ("except as required by the following laws:"): the denial stands (G5). */
const LAW_NAMED = /\b(?:required|compelled|obliged|obligated|mandated|laws?|legal(?:ly)?|court|subpoena)\b/;
const LEGAL_ONLY =
  /^[^.;]{0,40}?\b(?:required|compelled|obliged|obligated|mandated|necessary\s+to\s+comply|by\s+law|court\s+order|legal\s+obligations?|(?:legal|regulatory)\s+(?:(?:and\/or|and|or)\s+(?:legal|regulatory)\s+)?(?:requirements(?!\s+(?:and|or)\s+(?:with|to)\b)|conditions(?=\s*(?:[.;]|$)))|subpoena)|^\W*(?:as\s+)?(?:strictly\s+)?(?:necessary|needed)\s+to\s+(?:maintain|provide|operate|deliver|run|secure)\b/i;
/**
 * The act happens only when the law compels it: "only … if we are legally obligated", "requires a valid legal process
 * to compel the disclosure". Not "only if legally necessary" or "as required by law" (an open-ended or a permitted
 * case: grants).
 */
const LEGAL_GATE =
  /\b(?:requires?\s+(?:a\s+)?(?:valid\s+|binding\s+)?(?:legal\s+process|subpoena|court\s+order|warrant)\s+(?:to|before)|only\s+(?:[\w’'-]+\s+){0,8}?(?:if|when|where)\s+(?:we\s+are\s+|it\s+is\s+)?(?:legally\s+)?(?:obligated|compelled|obliged))\b/;
/**
 * The disclosure happens where the law requires it of the service and in no other case (G5): "we may disclose … where
 * we are legally required to do so", "… to the extent required by applicable law", "… where such disclosure is mandated
 * by applicable law", "the law may require us to disclose …". Only the law's requirement: "to the extent required by our
 * agreement", "where we are required to do so to provide the Services" are the service's own cases. LEGAL_DISCRETION
 * and LAW_BESIDE_RECIPIENTS keep any other case a grant. Not "when (we are) required by law", "as required by law" or
 * "we may be required to disclose … in response to lawful requests": the labels read them as a permitted case (D6).
 */
const BY_LAW = String.raw`(?:by|under|pursuant\s+to)\s+(?:[\w’'-]+\s+){0,4}?(?:[\w-]*laws?|regulations?|court\s+orders?|legal\s+process|gdpr)`;
const REQUIRED = String.raw`(?:required|obligated|obliged|compelled|mandated)`;
const LEGALLY_REQUIRED = String.raw`(?:(?:legally|lawfully)\s+${REQUIRED}|${REQUIRED}\s+(?:to\s+(?:do\s+so\s+)?)?${BY_LAW}|${REQUIRED}\s+to\s+comply\s+with\s+(?:(?:a|an|any|the|our)\s+)?(?:[\w-]+\s+)?legal\s+obligations?)`;
const LEGAL_REQUIREMENT = new RegExp(
  String.raw`\b(?:(?:where|to\s+the\s+extent)\s+(?:that\s+)?we\s+are\s+${LEGALLY_REQUIRED}|to\s+the\s+extent\s+(?:that\s+is\s+)?${LEGALLY_REQUIRED}|where\s+such\s+disclosure\s+is\s+${LEGALLY_REQUIRED}|law\s+(?:may|might|can|could)\s+require\s+us\s+to)\b`,
);
/**
 * The disclosure's object is only what the law obliges the service to disclose (G5), in a relative clause right on the
 * data noun: "disclose information or content that Acme is obliged to disclose according to law", "disclose the
 * information we are legally required to disclose", "sharing only relevant information to fulfil our legal
 * obligations". Not a recipient or a condition before it ("with the hotel where this is required to provide your
 * booking"), nor what a recipient or the user must provide. Without "only", the law must be named: "the information
 * that we are required to provide to deliver your order" is the service's own need.
 */
const LEGAL_OBJECT = new RegExp(
  String.raw`^[\w’'-]+\s((?:(?!(?:to|with|if|where|when|whenever|unless)\s)[\w’'-]+\s){0,6}?)(?:(?:that|which)\s)?(?:we\sare|(?!${RECIPIENT}|${READER}\s)[\w’'-]+\sis)\s((?:legally\s)?(?:obliged|obligated|required|compelled)\s(?:by\s(?:applicable\s)?law\s)?to\s(?:disclose|release|provide|share)\b[^.;,]{0,40})|^[\w’'-]+\s(?:[\w’'-]+\s){0,3}?only\s[^.;,]{0,60}?\bto\s(?:fulfil|fulfill|comply\swith|meet)\s(?:our\s|its\s)?legal\sobligations\b`,
);
const LAW_NAMED_IN_OBJECT = /\b(?:legally|laws?|legal|regulations?|court|statutory)\b/;
/** LEGAL_OBJECT on the sentence from the action, with "only" before it or the law named in it. */
function legalObject(beforeAction: string, fromAction: string): boolean {
  const m = LEGAL_OBJECT.exec(fromAction);
  if (m === null) return false;
  if (m[2] === undefined) return true;
  return /\bonly\b/.test(beforeAction + m[1]!) || LAW_NAMED_IN_OBJECT.test(m[2]);
}
/**
 * A case beside the law that the service decides: its belief, its or others' rights, safety, fraud, what the law
 * permits, consent, "or to …" a purpose of its own, "and with …" another recipient.
 */
const LEGAL_DISCRETION =
  /\b(?:believe|belief|good[\s-]faith|protect|rights?|safety|fraud|enforce|permit|permits|permitted|appropriate|discretion|investigate|investigation|prevent|defend|claims?|security|legitimate|interests?|reasonably\s+necessary|consent|consents|consented|(?:or|and)\s+(?:to|if|when|where|as|for|with|in\s+(?:connection|order)))\b/;
/**
 * Recipients the service chooses, listed beside the authorities the law names: the law does not require sharing with
 * them, so the sentence is a discretionary grant (G5): "with our service providers, our affiliates, and public
 * authorities where we are legally required to do so", "to our professional advisors and to regulators …".
 */
/** The service's side named as recipients (lexicon ServiceSide): affiliates, providers, partners, agents. */
const SERVICE_SIDE_WORDS = wordsPattern(LEXICON_LISTS.ServiceSide!);
const LAW_BESIDE_RECIPIENTS = new RegExp(
  String.raw`\b(?:with|to)\s+(?:[\w’'-]+[\s,]+){0,3}?${wordsPattern([...LEXICON_LISTS.ServiceSide!, ...LEXICON_LISTS.Adviser!])}\b`,
);
/**
 * Names of authorities and their aims, not cases or recipients of the service's own: "to meet national security or law
 * enforcement requirements", "to law enforcement agents".
 */
const AUTHORITY_AIMS =
  /\b(?:law\s+enforcement|national\s+security)(?:\s+(?:agents?|agenc(?:y|ies)|officers?|officials?|authorit(?:y|ies)|bodies))?\b/g;
/** Recipients beside the authorities in the clause of the action, as its object, and not denied ("we do not sell … to"). */
function lawBesideRecipients(clause: string): boolean {
  const rest = clause.replace(AUTHORITY_AIMS, ' ');
  const m = LAW_BESIDE_RECIPIENTS.exec(rest);
  return m !== null && !PLAIN_DENIAL.test(rest.slice(0, m.index));
}
/**
 * The service takes on only recipients of a kind (D12, D13a: a limit on recipients): "Acme will only use processors
 * which provide sufficient guarantees …", "Acme only uses third-party services that are evaluated to be safe", "we select
 * only providers in the EU". With a share verb in the sentence the sharing is the unit's own (a grant).
 */
const CHOSEN_KIND = String.raw`(?:${SERVICE_SIDE_WORDS}|third[\s-]part(?:y|ies)|services)`;
const ONLY_CHOSEN_RECIPIENTS = new RegExp(
  String.raw`\b(?:only|solely)\s(?:use|uses|engage|engages|select|selects|choose|chooses|work\swith|works\swith)\s(?:[\w’'-]+\s){0,2}?${CHOSEN_KIND}\s(?:that|which|who)\b`,
);
const CHOSEN_ONLY = new RegExp(
  String.raw`\b(?:use|uses|engage|engages|select|selects|choose|chooses)\sonly\s(?:[\w’'-]+\s){0,2}?${CHOSEN_KIND}\b`,
);
/**
 * The sentence hands the data over: a share verb, or the recipients, in the relative clause on them, collect or
 * receive the data and nothing there limits them (D1: tools that collect are a grant) — "analytics services that collect
 * your IP address", "partners who receive your personal data". Not "who process personal data in accordance with our
 * instructions" or "that use your data solely to …" (D12), nor "data processors" (recipients, not the data).
 */
const SHARE_IN_SENTENCE = /\b(?:shar|disclos|transfer|sell|sold|rent)/;
const RELATIVE_CLAUSE = /\b(?:that|which|who)\s([^.;]*)/;
const RECIPIENT_TAKES = /\b(?:collect(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\s/g;
const DATA_NEXT = new RegExp(
  String.raw`^(?:[\w’'-]+\s){0,3}?${wordsPattern(LEXICON_LISTS.UserData!)}\b(?!\s${SERVICE_SIDE_WORDS}\b)`,
);
function handsOverData(sentence: string): boolean {
  if (SHARE_IN_SENTENCE.test(sentence)) return true;
  const relative = RELATIVE_CLAUSE.exec(sentence)?.[1];
  if (relative === undefined || BINDING_TERMS.test(relative)) return false;
  for (const m of relative.matchAll(RECIPIENT_TAKES))
    if (DATA_NEXT.test(relative.slice(m.index + m[0].length, m.index + m[0].length + 80))) return true;
  return false;
}
/**
 * A denial whose exception names recipients on the service's side lets them in (G5: service providers, affiliates):
 * "we will not share … with third parties (other than our subsidiaries or affiliates) for their own marketing", "…
 * will not be shared with any third parties, excluding aggregators and providers of the text message services".
 */
const RECIPIENT_EXCEPTION = new RegExp(
  String.raw`\b(?:other\sthan|except\s(?:for|to|with)|excluding|apart\sfrom|besides)\s(?:[\w’'-]+\s){0,3}?${SERVICE_SIDE_WORDS}\b`,
);
/**
 * The exception is consent ("unless we have your consent", "unless the user has authorised the sale"), the user's
 * election, or what the user publishes ("except … when you explicitly publish that information yourself").
 */
const CONSENT_EXCEPTION =
  /\b(?:consent|permission|authori[sz]\w*|opt(?:s|ed)?[\s-]?in|(?:you|users?|customers?|members?|guests?)\s+(?:elects?|chooses?)|you\s+(?:(?:explicitly|yourself|choose\s+to)\s+)?publish|(?:services?|products?|features?)\s+(?:that\s+)?you\s+(?:have\s+)?(?:requested|asked\s+for))\b/i;
/**
 * Where an exception names one more case ("other than as needed to perform services you have requested and for their
 * own marketing", "unless you consent or for advertising purposes"): each case is read on its own (G5).
 */
/** A case that is the law by its own words: "or to comply with the law". */
const COMPLY_CASE = /^\W*(?:(?:as\s+)?(?:necessary|needed|required)\s+)?to\s+comply\s+with\b/;
// "and where permitted by law" is a further condition on the same case, not another case; "and for …" adds a purpose.
// The lookbehind starts a break only at the first space of a run (linear time over long runs of spaces).
const EXCEPTION_CASE_BREAK =
  /(?<![\s,]),?\s+(?:or\s+(?=(?:as|for|to|when|where|if|with|unless|upon)\s)|(?:and|as\s+well\s+as)\s+(?=(?:for|to)\s(?!the\s+extent)))/;
/** The exception points forward ("except as follows:", "in the following circumstances:"): its cases come next. */
const FORWARD_CASES = /\bas\s+follows\b|\bfollowing\b|\bbelow\b|:\s*$/i;
const SETTING_OFF =
  /\b(?:switch(?:ed)?|turn(?:ed)?)\s+(?:\w+\s+){0,3}?off|opt(?:ed)?[\s-]?out|disabled?|(?:your|the)\s+settings\b/i;

/**
 * A safeguard that binds the recipients (GUIDE D2, G4): "… are bound by confidentiality obligations", "… are
 * obligated not to disclose it", "we implement appropriate safeguards where third parties … receive", "… do not have
 * any right to use it beyond …", "… are only allowed to use it as per our instructions", "… may only use it to …", "… is
 * required to provide the same protection …".
 */
const RECIPIENT_SAFEGUARD =
  /\b(?:(?:are|is|remain)\s+(?:(?:generally|contractually|legally|also|strictly)\s+){0,2}(?:bound|obligated|obliged)\s+(?:not\s+to\s+(?:disclose|share|sell|reveal|divulge|use|transfer|release|provide|pass)|to\s+(?:protect|keep|maintain|safeguard|use|process|not|only|comply)|by\s+(?:(?:strict|written|appropriate|similar|the\s+same)\s+)?(?:confidentiality|contractual|contract|data\s+protection|privacy|security|legal)\s+(?:obligations|agreements|duties|terms|requirements|restrictions|commitments))|(?:implement|put\s+in\s+place|use)\s+(?:appropriate|adequate|suitable)\s+safeguards|(?:do|does)\s+not\s+have\s+(?:any\s+)?right\s+to\s+use|(?:are|is)\s+required\s+to\s+(?:provide\s+the\s+same|protect|keep|maintain|safeguard|comply|adhere)|(?:are|is)\s+only\s+(?:allowed|permitted|authori[sz]ed)\s+to\s+(?:use|process|access|handle)|(?:may|can|will)\s+only\s+(?:use|process|access|handle)|(?:allowed|permitted|authori[sz]ed)\s+to\s+(?:use|process|access|obtain|receive|handle)\s+(?:[\w’'-]+\s+){0,4}?only|only\s+(?:have|has|get|gets|receive|receives)\s+access\s+to|(?:are|is)\s+(?:(?:contractually|also|strictly|expressly)\s+)?prohibited\s+from)\b/;
/** The recipients will use the data as the policy says: "… will use the personal information we share in a manner consistent with this policy". */
const POLICY_BOUND_USE =
  /\b(?:will|shall|must)\s(?:only\s)?(?:use|process|handle|treat)\s[^.;]{0,60}?\b(?:consistent|in\saccordance|in\scompliance)\swith\s(?:this|our|the)\s/;
/** The recipients' act limited by "only": "these third parties only use your data for the purposes above". */
// Any recipient word of the lexicon, or the words that refer back to one ("they", "these parties").
const RECIPIENTS_ONLY = new RegExp(
  String.raw`\b(?:they|part(?:y|ies)|${wordsPattern([...LEXICON_LISTS.ThirdParty!, ...LEXICON_LISTS.ServiceSide!])})\s(?:only|solely)\s(?:use|uses|process|processes|access|accesses|handle|handles)\b`,
);
/** The recipients use it for themselves: "for their own purposes, consistent with this policy" limits nothing. */
const THEIR_OWN_PURPOSES = new RegExp(String.raw`\btheir\s+own\s+${wordsPattern(OWN_PURPOSE_NOUNS)}\b`);
/** The recipients may pass it on after all ("… bound by confidentiality obligations, but may disclose it to …"). */
const ONWARD_DISCLOSURE =
  /\b(?:but|and|yet)\s+(?:they\s+|it\s+)?(?:may|might|can|could|will)\s+(?:also\s+)?(?:share|disclose|sell|transfer|provide|pass)\b/;
/**
 * A transfer safeguard (GUIDE D13): standard contractual clauses, an adequacy decision, the Data Privacy Framework …
 * Its main clause restricts the transfer to the recipients the clause names when the transfer itself is only its
 * occasion: said in a subordinate clause ("To the extent that we transfer personal data to third parties outside the
 * EEA, we will ensure …", "If we transfer … to a third party, …", "For transfers to our service provider in the United
 * States, we rely on an adequacy decision") or as what "will only take place under" the safeguard.
 */
const TRANSFER_SAFEGUARD = SAFEGUARD;
const NAMED_TRANSFER_SAFEGUARD = new RegExp(
  String.raw`\b${wordsPattern(TRANSFER_SAFEGUARDS.filter((w) => !UNNAMED_TRANSFER_SAFEGUARDS.includes(w)))}\b`,
);
/**
 * A safeguard named as a denial's exception ("no transfer … unless there are adequate controls in place"): any but the
 * bare steps (TRANSFER_STEPS), which are not about the data's protection ("we do not share your data unless we have
 * taken reasonable steps to verify your identity" keeps the grant).
 */
const EXCEPTION_SAFEGUARD = NAMED_SAFEGUARD;
/**
 * The sentence up to the action opens a subordinate clause that the action is in: a subordinator after the last comma,
 * semicolon or colon, at most 170 characters back ("to the extent that we transfer"), or "for (such) transfers".
 */
function subordinateTransfer(before: string): boolean {
  const tail = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return (tail.length <= 170 && SUBORDINATOR.test(tail)) || FOR_TRANSFERS.test(before.slice(-30));
}
const SUBORDINATOR = /(?:^|[^\w’'-])(?:if|when|whenever|where|wherever|to\s+the\s+extent|in\s+the\s+event|in\s+case)\s/;
const FOR_TRANSFERS = /(?:^|[^\w’'-])for\s(?:(?:any|such|these|all|the)\s)?$/;
/** "… will only take place under / in accordance with …". */
const ONLY_UNDER =
  /^[^.;:]{0,300}?\b(?:will|shall|may|can|does|do)\s+only\s+(?:take\s+place|occur|happen|be\s+(?:made|carried\s+out|done|performed))\s+(?:under|in\s+accordance\s+with|subject\s+to|on\s+the\s+basis\s+of|where|if|when|with)\b/;

/**
 * The action at `at` sits in a clause that opens with a subordinator ("when", "if", "in case that", "to the extent")
 * and the sentence's main clause, after a comma, makes the service require or ensure something of the recipients.
 */
function occasionBound(lower: string, at: number): boolean {
  const before = lower.slice(sentenceStart(lower, at), at);
  const tail = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (tail.length > 170 || !SHARE_OCCASION.test(tail)) return false;
  const rest = lower.slice(at);
  const end = SENTENCE_BREAK.exec(rest);
  const main = end ? rest.slice(0, end.index) : rest;
  return (
    (MAIN_BINDS_RECIPIENTS.test(main) && BINDING_TERMS.test(main)) ||
    (SERVICE_BINDS_RECIPIENTS.test(main) && RECIPIENTS_MUST.test(main)) ||
    keepsToBinding(main)
  );
}
/**
 * "…, they will process it in accordance with applicable law": the recipients keep to the law, this policy or our
 * instructions. Not "with their own privacy policies": that limits nothing.
 */
const RECIPIENTS_WILL_KEEP_TO =
  /^[^.;]{0,200}?,\s*(?:they|the\s+recipients?)\s+(?:will|shall|must)\s+(?:only\s+)?(?:process|use|handle|treat)\s+(?:it|them|the\s+(?:data|information))\s+(?:only\s+)?(?:in\s+accordance|consistent|in\s+compliance)\s+with\s+(?:(?:all|the|this|our|any)\s+)?(?:applicable|relevant|data\s+protection|privacy\s+(?:laws?|policy|notice|statement)|laws?|legal|policy|notice|statement|instructions|terms|agreements?|contracts?)\b/;
/** RECIPIENTS_WILL_KEEP_TO, unless the terms or policy are the recipients' own ("the terms of their own privacy policies"). */
function keepsToBinding(main: string): boolean {
  const keep = RECIPIENTS_WILL_KEEP_TO.exec(main);
  if (!keep) return false;
  const after = main.slice(keep.index + keep[0].length, keep.index + keep[0].length + 60);
  return !/^[^.;,]*?\b(?:(?:their|its)\s+own|of\s+(?:the|that|those|such|each)\s+(?:recipients?|partners?|third|compan|provider|vendor))/.test(
    after,
  );
}
/**
 * What a binding limits: "only", "not", confidentiality, protection, compliance with the policy or the law. "We ensure
 * they can use it for any purpose" or "they must pay us a fee" binds the recipients to nothing that limits the sharing.
 */
const BINDING_WORDS = String.raw`only|not|no|confidential\w*|protect\w*|safeguard\w*|secur\w*|compl(?:y|ies|iance)|consistent|accordance|bound|appropriate|adequate|obligations?|restrict\w*|limit\w*|instructions?`;
const BINDING_TERMS = new RegExp(String.raw`\b(?:${BINDING_WORDS})\b`);
const SHARE_OCCASION = /(?:^|[^\w’'-])(?:if|when|whenever|where|wherever|to\s+the\s+extent|in\s+case)\s/;
/**
 * "…, we require the recipients to …", "…, Acme ensures that they are bound …", "…, the Acme Group GmbH ensures that
 * they …" (a name of up to four words, its verb in the third person or after "will", then the recipients: not "Acme's
 * legal team ensures that the sale is not …", nor "each of these partners ensures …"), "…, we implement protections limiting
 * …", "…, they must …", "…, the processor will be subject to binding obligations …", "…, they are subject to a data
 * processing agreement …" (a binding or limiting word within six words). Not "…, the vendors are subject to
 * their own privacy practices": that binds them to nothing (D8, D12).
 */
/** Whom the binder binds: the recipients themselves ("that such providers", "all partners", "them"). */
const BOUND_OBJECT = String.raw`(?:that\s+)?(?:they|them|(?:(?:the|such|these|those|all|our|its|each|any)\s+)?(?:[\w-]+\s+)?(?:recipients?|(?:sub-?)?processors?|(?:service\s+)?providers?|vendors?|partners?|third[\s-]part(?:y|ies)))`;
/** …or, after a one-word binder, the user's data or rights ("to ensure your rights are protected"). */
const PROTECTED_OBJECT = String.raw`(?:that\s+)?(?:your|the)\s+(?:[\w-]+\s+)?(?:rights|information|data|privacy)`;
const MAIN_BINDS_RECIPIENTS = new RegExp(
  String.raw`^[^.;]{0,300}?,\s*(?:(?:(?!please\b|you\b|and\b|or\b|but\b|to\b|each\b|all\b|any\b|these\b|those\b|such\b|their\b)[\w’'-]+\s+){2,4}(?:(?:also|always|contractually)\s+)?(?:(?:will|shall)\s+(?:also\s+)?(?:require|ensure|make\s+sure|oblige|obligate)|requires|ensures|makes\s+sure|obliges|obligates)\s+${BOUND_OBJECT}\b|(?:we|it|(?!please\b|you\b)[\w’'-]+)\s+(?:(?:will|shall|also|always|then|contractually)\s+)*(?:(?:require|requires|ensure|ensures|make\s+sure|makes\s+sure|oblige|obliges|obligate|obligates)\s+(?:${BOUND_OBJECT}|${PROTECTED_OBJECT})|implement|implements)\b|(?:they|the\s+(?:recipients?|(?:sub-?)?processors?|(?:service\s+)?providers?|vendors?))\s+(?:must|(?:are|is|will\s+be|shall\s+be)\s+(?:required|bound|obliged|obligated|subject\s+to\s+(?!(?:their|its)\s+own\b)(?=(?:[\w’'-]+\s+){0,5}?(?:binding|contract\w*|agreements?|${BINDING_WORDS})\b)))\b)`,
);

/**
 * The text before the action ends "require <the recipient> to <act> …" (the action is the recipient's act or its
 * object): the service binds the recipient to that act. Not "requires disclosure of …" (no recipient bound).
 */
const REQUIRED_OF_RECIPIENT =
  /\b(?:require|requires|oblige|obliges|obligate|obligates)\s+(?!us\b|you\b|me\b)(?:[\w’'-]+\s+){1,5}?to\s+(?:[\w’'-]+\s+){0,3}$/;

/**
 * The service requiring or ensuring something of recipients: "we require all third parties", "Acme takes steps such
 * that all service providers", "we will use our best endeavours to ensure that such entities". Not "ask": it binds
 * nothing.
 */
const SERVICE_BINDS_RECIPIENTS =
  /\b(?:require|requires|ensure|ensures|make\s+sure|makes\s+sure|takes?\s+steps\s+(?:such\s+that|so\s+that|to\s+ensure)|work\s+hard\s+to\s+ensure)\s+(?:[\w’'-]+\s+){0,5}?(?:third[\s-]part(?:y|ies)|partners?|vendors?|suppliers?|compan(?:y|ies)|providers?|affiliates?|organi[sz]ations?|recipients?|(?:sub-?)?processors?|entities|contractors?)\b/;
/**
 * What the bound recipients must do or be, after them: "to take appropriate steps", "to protect it", "are capable of
 * protecting", "is only allowed to use", "are either subject to this Privacy Notice", "also have reasonable security".
 */
const RECIPIENTS_MUST =
  /\b(?:to\s+(?:take\s+(?:appropriate|reasonable|adequate)|respect|protect|keep|treat|maintain|safeguard|comply|adhere|implement|handle\s+it\s+securely)|(?:are|is)\s+(?:(?:also|either|only|contractually)\s+)?(?:capable\s+of|bound|obliged|obligated|required|subject\s+to\s+(?:this|our|the\s+same)|(?:allowed|permitted|authori[sz]ed)\s+to\s+(?:use|process|access))|(?:only|solely)\s+(?:use|process|access|handle)|look(?:ing)?\s+after|(?:also\s+)?have\s+(?:reasonable|appropriate|adequate)\s+(?:security|safeguards|measures))\b/;
/**
 * The action at `at` describes recipients the service binds: it lies between the service requiring or ensuring
 * something of them and what they must do (the sharing in a relative clause on them, or the recipients themselves).
 * Not "we share … with advertisers and require them to …", where the sharing comes first and is the unit's own.
 */
function describedRecipientsBound(lower: string, at: number): boolean {
  const start = sentenceStart(lower, at);
  const sentence = sentenceAt(lower, at);
  const bind = SERVICE_BINDS_RECIPIENTS.exec(sentence);
  if (!bind || start + bind.index > at) return false;
  const rest = sentence.slice(bind.index + bind[0].length);
  const must = RECIPIENTS_MUST.exec(rest);
  // A purpose in the relative clause is the sharing's own ("vendors, to whom we disclose your data for marketing
  // purposes, to keep it confidential"): a grant, whatever binds the recipients.
  if (!must || NAMED_PURPOSE.test(rest.slice(0, must.index))) return false;
  const mustEnd = start + bind.index + bind[0].length + must.index + must[0].length;
  // …or the action is the object of what they must do ("is only allowed to use your personal data"): the limit's own.
  return at < mustEnd || (at - mustEnd <= 40 && !/[,;:.]|\b(?:and|but|or)\b/.test(lower.slice(mustEnd, at)));
}
const NAMED_PURPOSE =
  /\b(?:for\s+(?:[\w’'-]+\s+){0,3}?purposes?(?!\s+(?:described|set\s+out|outlined|listed|stated|specified|identified)\b)|marketing|advertis\w*)\b/;

/** A recipient entering into a safeguard contract: "the service provider entering into the EU standard contractual clauses". */
const RECIPIENT_CONTRACTED =
  /\b(?:providers?|processors?|recipients?|operators?|vendors?|partners?|parties)\s+(?:(?:is|are)\s+required\s+to\s+)?(?:entering|enter|enters|entered|(?:having|has|have)\s+entered)\s+into\b/;
/** The action is a disclosure verb: "we share … with providers that have entered into …" stays the unit's own grant. */
const DISCLOSURE_WORD = new RegExp(
  String.raw`^${wordsPattern([...LEXICON_LISTS.ShareVerb!, ...LEXICON_LISTS.SellVerb!])}\b`,
);
/** The sharing named in a relative clause on the recipients: "agents with whom we share such information". */
const WHOM_WE = /\b(?:with|to)\s+whom\s+(?:we|it)\s+(?:(?:may|also|will|have|do)\s+){0,2}$/;

/**
 * "If you choose to purchase …": the user's activity is the occasion, no consent to the disclosure (G7). Not a third
 * party's app, login or integration used through the service ("if you choose to use a social network's login"): the user's
 * transfer (D4).
 */
const CHOSEN_ACTIVITY = new RegExp(
  String.raw`\b(?:if|when|where|once|after)\s+${READER}\s+(?:ha(?:ve|s)\s+)?${wordsPattern(CHOICE_VERBS)}s?\s+to\s+${wordsPattern(CHOSEN_ACTIVITIES)}\b(?!\s+(?:[\w’'-]+\s+){0,3}?(?:third[\s-]part|log[\s-]?in|sign[\s-]?in|integrations?|connect))`,
  'g',
);

/**
 * The reader named by role chooses the act (OPT_IN reads "you"): "If the Customer chooses to use a Third-Party
 * Service …", "once Licensee has consented to …". Read after CHOSEN_ACTIVITY is taken out ("If the Customer chooses to
 * purchase …" is the occasion, G7).
 */
const ROLE_CHOOSES = new RegExp(
  String.raw`\b(?:if|when|where|once|after)\s+(?:the\s+)?${wordsPattern(READER_ROLES)}s?\s+(?:ha(?:ve|s)\s+)?(?:${wordsPattern(CONSENT_ADVERBS)}\s+)?(?:opt(?:s|ed)?[\s-]?in|consent(?:s|ed)?|agree[sd]?\s+to|${wordsPattern(CHOICE_VERBS)}s?\s+to)\b`,
);

/**
 * The service asks the reader for consent before the act, the reader named as "you" or by its role: "We will ask the
 * Customer for consent before sharing …", as "ask for your consent before …" (OPT_IN).
 */
const ASKS_READER_FIRST = new RegExp(
  String.raw`\b(?:ask|asks|request|seek)\s+${READER}\s+for\s+(?:(?:your|its|their)\s+)?(?:(?:prior|express|explicit|written)\s+)?(?:consent|permission)\s+(?:before|first|prior\s+to)\b`,
);

/**
 * The ask negated ("We do not need to ask you for consent before sharing …"): the act goes without consent, a grant.
 * Read on the words just before the act.
 */
const NOT_ASKED_FIRST = new RegExp(
  String.raw`(?:\b(?:not|never)|n['’]t)\s+(?:need\s+to\s+|have\s+to\s+)?(?:ask|request|seek|obtain)\s+(?:${READER}\s+)?(?:for\s+)?(?:(?:your|its|their)\s+)?(?:(?:prior|express|explicit|written)\s+)?(?:consent|permission)\s+(?:before|prior\s+to)\s+$`,
);
/** Asking for consent, the words of ASKED_BEFORE and ASKED_FIRST up to what the consent comes before. */
const ASK_FOR_CONSENT = String.raw`\b(?:ask|asks|request|seek|obtain|get)\s(?:[\w’'-]+\s){0,3}?(?:consent|permission)\s`;
/** An ask for consent before an act… */
const ASKED_BEFORE = new RegExp(String.raw`${ASK_FOR_CONSENT}(?:before|prior\sto)\s`);
/** …then the service's own clause before the finding's act: the consent is not for that clause's act. */
const OWN_CLAUSE_AFTER = /[,\s](?:and|but)\s(?:we|us)\s/;
/** The ask taken out of the clause where it is for another act. */
const ASKED_FIRST = new RegExp(String.raw`${ASK_FOR_CONSENT}(?:before|first|prior\sto)\b`, 'g');

/**
 * The reader accepts the terms, agrees to pay or to be bound: consent by use, no opt-in (G7), for "you" and the roles
 * alike ("If you agree to the Terms, we may share …", "If the Customer agrees to these Terms, Acme may use …"). Not with
 * a consent of its own joined after ("… these Terms and consent to marketing"), which needs the "if you". Taken
 * out before OPT_IN and ROLE_CHOOSES read the clause; not for a change of the terms, which the user may be asked to
 * accept (C5).
 */
const ACCEPTS_TERMS = new RegExp(
  String.raw`\b(?:if|when|where|once|after)\s+${READER}\s+(?:ha(?:ve|s)\s+)?(?:(?:expressly|explicitly|affirmatively)\s+)?(?:agree[sd]?|consent(?:s|ed)?)\s+to\s+(?:(?:be\s+bound\s+by|pay)\b|(?:these|this|the|our|its|such)\s+(?:(?:updated|revised|amended|current|applicable)\s+)?${TERMS_DOC_NAME}\b)(?![^,.;]{0,12}?\s(?:and|or)\s+(?:to\b|consent|agree|opt))`,
  'g',
);

/**
 * Consent the reader gives by using the service or to the terms is consent by use (G7): "When you give this consent by
 * continuing to browse", "If you give such consent to our Terms". Taken out with ACCEPTS_TERMS before OPT_IN and
 * CONSENT_FIRST read the clause.
 */
const CONSENT_GIVEN_BY_USE = new RegExp(
  String.raw`\b(?:if|when|where|once|after|unless)\s+you\s+(?:give|gives|grant|grants)\s+(?:us\s+)?(?:(?:your|their|${GIVEN_CONSENT})\s+)?(?:consent|permission)\s+(?:${wordsPattern(TRACKING_CONSENT_CHOICE.continuedUse)}|to\s+(?:these|this|the|our)\s+${TERMS_DOC_NAME})\b`,
  'g',
);

/**
 * An exception that opens the sentence before its denial: "With the exception of abuse reports, we do not share …",
 * "Unless expressly authorized by the customer, we do not sell …" (LEADING_UNLESS).
 */
const LEADING_EXCEPTION = /^\W*(?:with\s+the\s+exception\s+of|except\s+for|apart\s+from)\s([^,.;:]{1,80}),/;
/** …and one that opens the denial's own sentence with "unless": read only for consent (CONSENT_EXCEPTION). */
const LEADING_UNLESS = /^\W*unless\s([^,.;:]{1,120}),/;

/** A list head that ends in a preposition introduces items that complete its sentence ("… does not use data for:"). */
const LIST_INTRO = /^(?:for|to|of|following|including|include|includes|on|with|in|about)$/;

/**
 * A list's lead-in "if you:" read with its item ("Some examples include if you: log in to a third-party platform, we
 * share …"): the colon is dropped (same length) so the item reads as the condition's verb.
 */
const CONDITION_COLON = new RegExp(String.raw`\b(${wordsPattern(CONDITION_WORDS)}\s+you):(?=\s)`, 'g');

/** Negative words that, right after the action verb, negate it as its object. */
const NEGATED_OBJECTS = new Set(['nothing', 'no', 'none']);

/**
 * A list item that is itself a consent case of the list's sharing ("As you may otherwise consent from time to time.",
 * "With your consent."): the item's own words, read without the lead-in.
 */
export function isConsentCase(item: string): boolean {
  const lower = item.toLowerCase().replace(WITHOUT_CONSENT, ' ').replace(CONSENT_ALTERNATIVE, ' ');
  return OPT_IN.test(lower) || CONSENT_FIRST.test(lower);
}

export interface StanceResult {
  stance: Stance;
  condition?: Condition;
  negated: boolean;
  genericException: boolean;
  /**
   * G4 made the grant (decideStance): the trackers another clause has on or in use are the service's, whoever the act's
   * own clause names as acting ("You can turn off analytics cookies …; advertising cookies are always on").
   */
  trackedRegardless?: true;
}

/**
 * Index of the first token of the sub-clause containing token `i`: after a break word, a clause-ending punctuation mark,
 * or a comma before a new subject ("…, we share"). Who acts is read from here (actor.ts).
 */
export function scopeStart(tokens: readonly Token[], i: number, firstParty: FirstPartyNames = []): number {
  return clauseStart(tokens, i, firstParty, false);
}

/**
 * Index of the first token a negation of token `i` may sit in: as scopeStart, and besides after a conjunction before a
 * new subject ("… will not work without cookies, and we use them") and after the comma that ends a lead-in opening the
 * sentence ("If you don't like it and won't pay, the Service …"): a negation there is another verb's.
 */
export function negationScopeStart(tokens: readonly Token[], i: number, firstParty: FirstPartyNames = []): number {
  return clauseStart(tokens, i, firstParty, true);
}

function clauseStart(tokens: readonly Token[], i: number, firstParty: FirstPartyNames, negation: boolean): number {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (/[;:.!?]/.test(t.post)) return j + 1;
    // ", however," and ", though," are asides, not a new sub-clause: "does not, however, permit X to share".
    const aside = /^(?:however|though)$/.test(t.normal) && t.post.includes(',') && tokens[j - 1]?.post.includes(',');
    if (SCOPE_BREAK_WORDS.has(t.normal) && !aside)
      return negation && LEAD_IN.has(t.normal) && opensClause(tokens, j) ? leadInEnd(tokens, j, i) : j + 1;
    // "As we do not permit objections, your continued use … constitutes acceptance": a causal "as" opening the
    // sentence with its subject is a lead-in, and its negation is not the main clause's.
    if (negation && t.normal === 'as' && j === 0 && PRONOUN_SUBJECTS.has(tokens[1]?.normal ?? ''))
      return leadInEnd(tokens, j, i);
    const conjunction = negation && CLAUSE_CONJUNCTION.has(t.normal);
    if (!t.post.includes(',') && !conjunction) continue;
    const next = tokens[j + 1];
    if (!next) continue;
    if (!t.post.includes(',')) {
      // After a conjunction a subject pronoun starts a clause ("…, and we use them"). "our …" or the company does
      // after a comma and the conjunction unless a comma closes it as an aside ("your content, or our users'
      // content, to train"), and after a bare conjunction only with a modal close after ("and our partners may
      // share"; "your content or our customers' content to train" is a second object).
      if (PRONOUN_SUBJECTS.has(next.normal)) return j + 1;
      if (next.normal !== 'our' && !startsFirstParty(tokens, j + 1, firstParty)) continue;
      const phrase = tokens.slice(j + 1, Math.min(j + 7, i));
      if (
        tokens[j - 1]?.post.includes(',')
          ? !phrase.some((x) => x.post.includes(','))
          : phrase.some((x) => MODAL.has(x.normal))
      )
        return j + 1;
      continue;
    }
    if (readerAside(tokens, j + 1)) continue;
    if (
      SUBJECT_AFTER_COMMA.has(next.normal) ||
      startsFirstParty(tokens, j + 1, firstParty) ||
      readerSubjectAt(tokens, j + 1)
    )
      return j + 1;
  }
  return 0;
}

/**
 * "…, you acknowledge, will …", "…, the Customer acknowledges and agrees, will …": the reader and a verb closed by a
 * comma are an aside, as ", however," is, and open no clause.
 */
function readerAside(tokens: readonly Token[], k: number): boolean {
  const you = tokens[k]?.normal === 'you';
  if (!you && !readerSubjectAt(tokens, k)) return false;
  const v = you || tokens[k]!.normal !== 'the' ? k + 1 : k + 2;
  const verb = (t: Token | undefined): boolean => !!t && /^[a-z]+$/.test(t.normal) && !MODAL.has(t.normal);
  if (tokens[v - 1]!.post.trim() || !verb(tokens[v])) return false;
  if (tokens[v]!.post.includes(',')) return true;
  return (
    tokens[v + 1]?.normal === 'and' &&
    !tokens[v]!.post.trim() &&
    verb(tokens[v + 2]) &&
    tokens[v + 2]!.post.includes(',')
  );
}

/** Subject pronouns that start a clause after a conjunction or open a list item ("our" and "i", also "(i)", do not). */
const PRONOUN_SUBJECTS = new Set(CLAUSE_SUBJECTS.filter((w) => w !== 'our' && w !== 'i'));
const MODAL = new Set(MODAL_WORDS);

/** Token `j` opens its sentence, or follows a comma, a bracket or a dash ("(ii) if you …", "…, when we …"). */
function opensClause(tokens: readonly Token[], j: number): boolean {
  return j === 0 || /[;:.!?,()\u2013\u2014-]/.test(tokens[j - 1]!.post);
}

/**
 * Where the clause after the lead-in opened by token `lead` begins, for the action at `i`: after the lead-in's first
 * comma before `i` that no conjunction continues; right after `lead` when the action is inside the lead-in.
 */
function leadInEnd(tokens: readonly Token[], lead: number, i: number): number {
  for (let k = lead + 1; k < i; k++)
    if (tokens[k]!.post.includes(',') && !LEAD_IN_CONTINUES.has(tokens[k + 1]!.normal)) return k + 1;
  return lead + 1;
}

/** A first-party name starts at token `j` ("…, Acme may use"). */
function startsFirstParty(tokens: readonly Token[], j: number, firstParty: FirstPartyNames): boolean {
  return firstParty.some((words) => firstPartyEndsAt(tokens, j + words.length - 1, [words]));
}

/** True when a real negation cue sits in [from, to). */
export function isNegated(tokens: readonly Token[], from: number, to: number, text: string): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!t.tags.includes('Negative')) continue;
    // A cue in a parenthetical aside closed before the action is no negation of it: "go out of business (no way), the
    // transfer of assets …".
    if (inClosedAside(text, t.start, t.end, tokens[to - 1]?.start ?? t.end)) continue;
    if (inContrastAside(tokens, j, to, text)) continue;
    // Look at the words around the cue in the original text to drop idioms like "not limited to".
    const window = text
      .slice(Math.max(0, (tokens[j - 3] ?? tokens[0] ?? t).start), (tokens[j + 3] ?? tokens[tokens.length - 1]!).end)
      .toLowerCase();
    const spelled = t.text === '' ? window.replace(/n['’]t\b/, ' not') : window;
    if (FALSE_NEGATION.test(spelled)) continue;
    // The control's name runs further than the idioms' window: "Do Not Sell or Share My …"; so does a relative
    // clause on the object ("data that, by itself, cannot identify you").
    const from = (tokens[j - 1] ?? t).start;
    const control = text.slice(from, (tokens[j + 5] ?? tokens[tokens.length - 1]!).end);
    if (DO_NOT_SELL_CONTROL.test(control) || doNotTrackName(text, from, control)) continue;
    if (RELATIVE_CANNOT.test(text.slice((tokens[j - 6] ?? tokens[0] ?? t).start, t.end))) continue;
    return true;
  }
  return false;
}

/**
 * Decides the stance of a clause for a match whose action word is token `anchor`.
 * Order matters: a negated clause with a consent escape ("will not … without your consent") is conditional,
 * a negated clause whose exception is generic ("except as described in this policy") stays a grant, unless the
 * exception points to what follows ("except as described below"): then the listed cases carry the grants.
 */
export function decideStance(
  tokens: readonly Token[],
  anchor: number,
  text: string,
  firstParty: FirstPartyNames = [],
  category?: CategoryId,
): StanceResult {
  // The reader's role in two words read as one ("account holders", actor.ts joinReaderRoles): the offsets stay.
  text = joinReaderRoles(text);
  // The reader by its role as the subject of a choice ("users can opt out", "the Customer may decide"), read as "you".
  // ai_training only: elsewhere a business customer's objection ("Customer may object to a new subprocessor", whose
  // remedy is to terminate) is no opt-out (GUIDE D8: grant).
  if (category === 'ai_training') text = readerAsYou(text);
  const decided = clauseStance(tokens, anchor, text, firstParty, category);
  // G4: a consent or a control over some trackers beside another kind always on or in use is a grant ("We set analytics
  // cookies only if you accept them; advertising cookies are always on").
  if (
    category === 'tracking' &&
    decided.stance === 'conditional' &&
    kindTrackedRegardless(text.toLowerCase(), tokens[anchor]?.start ?? 0, conditionStated)
  )
    return {
      stance: 'grant',
      negated: decided.negated,
      genericException: decided.genericException,
      trackedRegardless: true,
    };
  return decided;
}

/** A clause that states a consent or an opt-out of its own (for G4 in decideStance). */
const conditionStated = (clause: string): boolean =>
  OPT_IN.test(clause) ||
  CONSENT_FIRST.test(clause) ||
  trackersConsentObtained(clause, 'tracking') ||
  consentFirst(clause) ||
  OPT_OUT.test(clause) ||
  consentGiven(clause);

/** decideStance's reading of the action's own clause and unit, before G4 across a tracking unit's clauses. */
function clauseStance(
  tokens: readonly Token[],
  anchor: number,
  text: string,
  firstParty: FirstPartyNames,
  category: CategoryId | undefined,
): StanceResult {
  const from = negationScopeStart(tokens, anchor, firstParty);
  // "We will never: — sell your data; …": a negation that ends a list head governs the list after the colon.
  const headAt = listHead(tokens, from, anchor, text);
  const head = tokens[headAt];
  // …and so does a negated head sentence ending in a colon: "X does not sell or use data for: … model training".
  const negatedHead =
    !!head &&
    (head.tags.includes('Negative')
      ? isNegated(tokens, headAt, headAt + 1, text)
      : LIST_INTRO.test(head.normal) &&
        isNegated(tokens, negationScopeStart(tokens, headAt, firstParty), headAt, text));
  // "We share nothing with advertisers", "we disclose no personal data": the negation is the verb's object.
  const objectNegated =
    NEGATED_OBJECTS.has(tokens[anchor + 1]?.normal ?? '') && isNegated(tokens, anchor + 1, anchor + 2, text);
  const at = tokens[anchor]?.start ?? 0;
  const before = text.slice(tokens[from]?.start ?? 0, at);
  // "Do not submit …, because prompts may be used to train …": the opening "Do not" stops at the action's own clause.
  const own = clauseAfterImperative(before.toLowerCase());
  const negFrom = own < 0 ? from : tokens.findIndex((t) => t.start >= (tokens[from]?.start ?? 0) + own);
  const lower = text.toLowerCase().replace(CONDITION_COLON, '$1 ');
  const sentence = sentenceAt(lower, at);
  // The act in a gerund subject that the sentence forbids ("Selling your personal information is strictly
  // prohibited"), as "It is prohibited to sell …".
  const start = sentenceStart(lower, at);
  const gerundNegated = forbiddenGerund(lower.slice(start, at), sentence.slice(at - start)) !== null;
  const negated =
    negatedHead ||
    objectNegated ||
    gerundNegated ||
    isNegated(tokens, negFrom < 0 ? from : negFrom, anchor + 1, text) ||
    restrains(before);
  const genericException = GENERIC_EXCEPTION.test(lower);
  if (optOutDoesNotBind(lower)) return { stance: 'grant', negated, genericException };
  // Whether the negation reaches the act or only the ask, the ask is what is denied.
  if (NOT_ASKED_FIRST.test(lower.slice(Math.max(0, at - 120), at)))
    return { stance: 'grant', negated, genericException };
  if (negated) {
    if (
      INSTRUCT_NOT.test(lower) ||
      REQUEST_NOT.test(lower) ||
      NOTICE_THEN_OPT_OUT.test(lower) ||
      ONCE_OPTED_OUT.test(sentence) ||
      signalledBefore(lower, at)
    )
      return { stance: 'conditional', condition: 'opt_out', negated, genericException };
    // "We won't share it unless one of the following exceptions applies:", "… except in the following circumstances:":
    // the denial takes the stance of its cases (G5), which follow as their own units and are, in the documents read,
    // mostly discretionary (service providers, affiliates, a merger). The head is a grant, as its items are. Only for
    // disclosures: "does not sell …, except as follows:" lists disclosures, which are no sales; the sale stays denied.
    const forward = category === 'data_sharing' ? FORWARD_DENIAL.exec(lower.slice(at)) : null;
    if (forward && !LAW_NAMED.test(forward[0]) && !/^sel|^sold/.test(tokens[anchor]?.normal ?? ''))
      return { stance: 'grant', negated, genericException };
    const exception =
      exceptionAfter(lower, at, category === 'ai_training') ?? LEADING_EXCEPTION.exec(lower)?.[1] ?? null;
    // A discretionary case added after the first one lets the sharing in, whatever the first one is (G5).
    if (
      exception !== null &&
      !FORWARD_CASES.test(exception) &&
      exceptionCases(exception).slice(1).some(isDiscretionary)
    )
      return { stance: 'grant', negated, genericException };
    // …and so does an exception that names recipients: "(other than our affiliates)", "excluding our providers".
    if (category === 'data_sharing' && RECIPIENT_EXCEPTION.test(sentence.slice(at - sentenceStart(lower, at))))
      return { stance: 'grant', negated, genericException };
    // The consent must be the denial's own, in its sentence: "… exclude opt-in data and consent; this information will
    // not be shared with any third parties" denies outright.
    const leadingUnless = LEADING_UNLESS.exec(sentence)?.[1];
    if (
      OPT_IN.test(sentence) ||
      CONSENT_FIRST.test(sentence) ||
      trackersConsentObtained(sentence, category) ||
      (leadingUnless && CONSENT_EXCEPTION.test(leadingUnless))
    )
      return { stance: 'conditional', condition: 'opt_in', negated, genericException };
    if (genericException)
      return { stance: FORWARD_EXCEPTION.test(lower) ? 'restrict' : 'grant', negated, genericException };
    // The denied act bounded by whatever purposes the law or the policy allows, after it in its sentence: no limit (G5).
    if (PERMITTED_PURPOSES.test(sentence.slice(at - sentenceStart(lower, at))))
      return { stance: 'grant', negated, genericException };
    // "No transfer … will take place to an organisation unless there are adequate controls in place": the exception is
    // the transfer's safeguard, a limit (GUIDE D13).
    if (exception !== null && EXCEPTION_SAFEGUARD.test(exception))
      return { stance: 'restrict', negated, genericException };
    // "We do not set advertising cookies unless you accept them in our cookie banner": a denial the reader's acceptance
    // lifts is an opt-in (T5), read in the exception's own first case; any later case only the law's.
    if (category === 'tracking' && exception !== null && trackedByAcceptance(exception))
      return { stance: 'conditional', condition: 'opt_in', negated, genericException };
    if (exception !== null && !LEGAL_ONLY.test(exception) && !FORWARD_CASES.test(exception)) {
      if (CONSENT_EXCEPTION.test(exception))
        return { stance: 'conditional', condition: 'opt_in', negated, genericException };
      return SETTING_OFF.test(exception)
        ? { stance: 'conditional', condition: 'opt_out', negated, genericException }
        : { stance: 'grant', negated, genericException };
    }
    return { stance: 'restrict', negated, genericException };
  }
  // A bounded tracker lifetime (restrict), or trackers the reader accepts or refuses first, in a banner or a consent
  // tool (T5, T9: an opt-in, whatever opt-out words, "refuse", "reject", the choice is said with).
  const ownTracking = category === 'tracking' && !negated ? trackingUnitStance(lower, at) : null;
  if (ownTracking) return { ...ownTracking, negated, genericException };
  // The user's portability right: a copy sent on to another party at the user's request (GUIDE D4), whatever law or
  // format the sentence names ("Where required by law, we may also transfer a machine-readable copy … to you or a third
  // party of your choice").
  if (category === 'data_sharing' && portabilityAction(lower, at))
    return { stance: 'conditional', condition: 'opt_in', negated, genericException };
  // Only what the law compels, said without a negation (G5): "we will only disclose … if we are legally obligated to",
  // "Acme requires a valid legal process to compel the disclosure".
  const actionClause = clauseAt(lower, at);
  if (LEGAL_GATE.test(actionClause)) return { stance: 'restrict', negated, genericException };
  // …or where the law requires the disclosure of the service, or only what the law obliges it to disclose is disclosed,
  // and in no other case of its own choosing (G5).
  const fromAction = sentence.slice(at - start);
  const lawCase = LEGAL_REQUIREMENT.test(actionClause)
    ? sentence
    : legalObject(lower.slice(start, at), fromAction)
      ? fromAction
      : null;
  if (
    category === 'data_sharing' &&
    lawCase !== null &&
    !LEGAL_DISCRETION.test(lawCase.replace(AUTHORITY_AIMS, ' ')) &&
    !lawBesideRecipients(actionClause)
  )
    return { stance: 'restrict', negated, genericException };
  if (transferSafeguarded(lower, text, at, category)) return { stance: 'restrict', negated, genericException };
  // The recipients are the subject, or the sharing is presupposed in a relative clause on them, and the main clause
  // binds them: the unit limits what recipients may do (D2), it does not grant the sharing.
  if (
    (RECIPIENT_SAFEGUARD.test(lower) ||
      ((POLICY_BOUND_USE.test(lower) || RECIPIENTS_ONLY.test(lower)) && !THEIR_OWN_PURPOSES.test(lower))) &&
    !ONWARD_DISCLOSURE.test(lower) &&
    recipientSide(tokens, anchor, text)
  )
    return { stance: 'restrict', negated, genericException };
  // …or the sharing is the occasion of a subordinate clause and the main clause binds the recipients ("When we share
  // … with sellers, we require the recipients to …"), or the recipient's act is what the service requires of it ("we
  // require the third party to process your data in accordance with this policy"): a limit (G4, D12).
  if (
    !ONWARD_DISCLOSURE.test(lower) &&
    (occasionBound(lower, at) ||
      (REQUIRED_OF_RECIPIENT.test(lower.slice(Math.max(0, at - 80), at)) && BINDING_TERMS.test(sentence)))
  )
    return { stance: 'restrict', negated, genericException };
  // The service binds recipients that the sharing only describes ("We require all third parties with whom we share
  // data to take appropriate steps …", "We make sure that all companies that we share information with are capable of
  // looking after it", "we will ensure that the service provider is only allowed to use …"): a limit (G4, D12).
  if (category === 'data_sharing' && !ONWARD_DISCLOSURE.test(lower) && describedRecipientsBound(lower, at))
    return { stance: 'restrict', negated, genericException };
  // The recipients bound by the contract they enter into ("personal data is protected by the service provider entering
  // into the EU standard contractual clauses", "the Subprocessor is required to enter into appropriate … contract
  // terms"), when the action is no disclosure of the unit's own: a safeguard (D12, D13).
  if (category === 'data_sharing' && RECIPIENT_CONTRACTED.test(sentence) && !DISCLOSURE_WORD.test(lower.slice(at)))
    return { stance: 'restrict', negated, genericException };
  // The service takes on only recipients of a kind, and shares nothing in the sentence: a limit on recipients (D12).
  if (
    category === 'data_sharing' &&
    (ONLY_CHOSEN_RECIPIENTS.test(sentence) || CHOSEN_ONLY.test(sentence)) &&
    !handsOverData(sentence)
  )
    return { stance: 'restrict', negated, genericException };
  // Un-negated, "without your consent" says consent is NOT needed ("we may assign these Terms without your consent").
  // Consent as one case among others, or only where the law asks for it, conditions nothing (G5): "… to provide the
  // Service, with our advisers …; or with your consent", "with your consent (if required)", "if you consented so or if
  // we are otherwise authorized to do so".
  // A tracking consent is read only where it governs the act's trackers (tracking-choice.ts): "We use advertising
  // cookies, which are always on; and analytics cookies, which we set only if you accept them" grants the first.
  const unconditioned = (category === 'tracking' ? trackingScope(lower, at) : lower)
    .replace(WITHOUT_CONSENT, ' ')
    .replace(CHOSEN_ACTIVITY, ' ')
    .replace(CONSENT_ALTERNATIVE, ' ')
    .replace(CONSENT_ON_ONE_ITEM, ' ');
  const accepted =
    category === 'terms_change'
      ? unconditioned
      : unconditioned.replace(ACCEPTS_TERMS, ' ').replace(CONSENT_GIVEN_BY_USE, ' ');
  const toAct = lower.slice(start, at);
  const ask = ASKED_BEFORE.exec(toAct);
  const askedForOther = ask !== null && OWN_CLAUSE_AFTER.test(toAct.slice(ask.index + ask[0].length));
  const positive = askedForOther ? accepted.replace(ASKED_FIRST, ' ') : accepted;
  // A choice made in settings or with a control is on until the user changes it (G7): "you can decide whether we
  // use your content to train by adjusting the training controls in your account settings".
  if (USER_CHOICE.test(lower) && CHOICE_IN_SETTINGS.test(lower) && !/\b(?:enable|turn\s+on|opt[\s-]?in)/.test(lower))
    return { stance: 'conditional', condition: 'opt_out', negated, genericException };
  const chosenSharing =
    SHARE_WORD.test(lower.slice(at)) &&
    (CHOSEN_SHARING.test(lower.slice(Math.max(0, at - 60), at)) ||
      ((USER_TRANSFER_OCCASION.test(lower) || (FEATURE_OCCASION.test(lower) && !SERVICE_USE.test(lower))) &&
        INSTRUCTED.test(lower.slice(Math.max(0, at - 100), at))) ||
      (FEATURE_OCCASION.test(lower) &&
        !SERVICE_USE.test(lower) &&
        AGREED_TO.test(lower.slice(Math.max(0, at - 100), at))));
  // The action is what the user opts out of ("the right to opt in or opt out of the sale of …", "a request to opt out
  // of “sales”"): an opt-out, whatever consent is named beside it (the wider right, G4).
  if (OPT_OUT_OF_THIS.test(lower.slice(Math.max(0, at - 40), at)))
    return { stance: 'conditional', condition: 'opt_out', negated, genericException };
  // A browser's opt-out signal read as the user's opt-out ("if you have enabled the Global Privacy Control signal, we
  // will treat this as a request to opt out of “sales”"): the user opts out, whatever the "if you enable" says.
  if (OPT_OUT_SIGNAL.test(sentence) && OPTED_OUT.test(sentence) && signalInActionClause(lower, at))
    return { stance: 'conditional', condition: 'opt_out', negated, genericException };
  const requested = category === 'data_sharing' && REQUESTED_OCCASION.test(sentence);
  // The user's own act starts the transfer (D4), or consent is given in words the lists above do not know.
  const userStarted =
    category === 'data_sharing' &&
    (userStartsTransfer(sentence, lower, text, at, namedSharerAt(tokens, anchor, firstParty) >= 0) ||
      userEnabledSharing(sentence, lower, at) ||
      readerActNamesRecipient(sentence, at - start));
  // Consent read in the action's sentence, and not where the law asks for it or as one case among others (G5).
  const consentGiven =
    !REQUIRED_CONSENT.test(sentence) &&
    !USE_OPENING.test(sentence) &&
    consentFirst(
      sentence
        .replace(WITHOUT_CONSENT, ' ')
        .replace(CONSENT_ALTERNATIVE, ' ')
        .replace(CONSENT_TO_TERMS, ' ')
        .replace(CONSENT_ON_ONE_ITEM, ' '),
    );
  if (category === 'terms_change' && NOT_RETROACTIVE.test(sentence) && !grantsChangeToo(sentence))
    return { stance: 'restrict', negated, genericException };
  // A change of the terms the user is asked to accept, where the law does not ask for it (C5) and refusing does not mean
  // leaving (C1).
  if (
    category === 'terms_change' &&
    consentForChange(sentence) &&
    !REQUIRED_CONSENT.test(sentence) &&
    !LEAVE_TO_REFUSE.test(lower.replace(STAY_UNDER_CURRENT, ' '))
  )
    return { stance: 'conditional', condition: 'opt_in', negated, genericException };
  // A change the user may accept or refuse, where refusing means leaving, binds all who stay (C1): "you are free to
  // decide whether to accept the updated terms or to stop using our Service".
  if (category === 'terms_change' && acceptOrLeave(lower)) return { stance: 'grant', negated, genericException };
  if (userStarted || consentGiven) return { stance: 'conditional', condition: 'opt_in', negated, genericException };
  if (
    OPT_IN.test(positive) ||
    ROLE_CHOOSES.test(positive) ||
    ASKS_READER_FIRST.test(positive) ||
    CONSENT_FIRST.test(positive) ||
    trackersConsentObtained(positive, category) ||
    (category === 'tracking' && consentBasis(sentence, lower)) ||
    USER_CHOICE.test(lower) ||
    chosenSharing ||
    requested
  )
    return { stance: 'conditional', condition: 'opt_in', negated, genericException };
  const optOutText =
    lower.slice(0, at) +
    otherActOptOutDropped(
      laterOptOutsOfOtherThingsDropped(
        lower.slice(at).replace(ADDED_PURPOSE_OPT_OUT, (m) => (readerNotOpted(m) ? ' '.repeat(m.length) : m)),
        text.slice(at),
        category,
      ),
      category,
    );
  if (
    OPT_OUT.test(optOutText.replace(SWITCH_OFF_VERB, ' ')) ||
    OPT_OUT_CHOICE.test(optOutText) ||
    (category === 'tracking' && (OPT_OUT_STEPS.test(optOutText) || purposeOptOut(lower) || rightToStop(optOutText))) ||
    (SWITCH_OFF_TESTS.get(category ?? '') ?? SWITCH_OFF_POINTER).test(optOutText) ||
    notOptedOut(optOutText) ||
    DEPENDS_ON_SETTINGS.test(optOutText) ||
    UNWANTED_SHARING.test(optOutText) ||
    TURN_OFF_INSTRUCTION.test(lower) ||
    DO_NOT_SELL_CONTROL.test(lower)
  )
    return { stance: 'conditional', condition: 'opt_out', negated, genericException };
  return { stance: 'grant', negated, genericException };
}

/**
 * `rest` (the text from the action on) without the opt-outs of another act of the service's, in a later clause of the
 * same sentence ("…, and we send you marketing emails if you have not opted out of them"), unless the opt-out or what
 * it is of names the category's act or points back at it ("… of such sharing", "choices about that sharing").
 */
function otherActOptOutDropped(rest: string, category: CategoryId | undefined): string {
  const acts = category && OPT_OUT_ACT_TESTS.get(category);
  if (!acts) return rest;
  const end = SENTENCE_BREAK.exec(rest)?.index ?? rest.length;
  const other = SERVICE_CLAUSE_START.exec(rest.slice(0, end));
  if (!other) return rest;
  const clause = rest.slice(other.index, end);
  if (SAME_ACT.test(clause) || CLAUSE_POINTER.test(clause)) return rest;
  const { inMatch, names } = acts;
  // Only an opt-out with its own object ("of marketing") can be another act's; a bare one concerns the act.
  const drop = (m: string, offset: number, whole: string): string => {
    const after = whole.slice(offset + m.length);
    return inMatch.test(m) || !OWN_OBJECT.test(after) || names.test(after) ? m : ' '.repeat(m.length);
  };
  const kept = clause
    .replace(OPT_OUT_ALL, drop)
    .replace(NOT_OPTED_OUT, (m, offset: number, whole: string) => (readerNotOpted(m) ? drop(m, offset, whole) : m));
  return rest.slice(0, other.index) + kept + rest.slice(end);
}
/**
 * `rest` (the text from the action on) without the opt-outs of a later sentence of the unit that is about something
 * else: "We use your conversations to train our AI models. You can turn off cookies in your browser settings." (or
 * marketing emails, notifications, the account). A later sentence is the reader's choice about the act when it names
 * the act or points back at it ("You can turn this off in Settings.", "… disable model training in your settings.",
 * "You may object to this processing …") or its opt-out is bare ("You can opt out at any time.").
 */
function laterOptOutsOfOtherThingsDropped(rest: string, orig: string, category: CategoryId | undefined): string {
  const acts = category === 'ai_training' && OPT_OUT_ACT_TESTS.get(category);
  // The sentences are found in the text as written (a capital opens the next one), at the same offsets.
  if (!acts || orig.length !== rest.length) return rest;
  const ends = [...orig.matchAll(LATER_SENTENCE)]
    .filter((m) => m[0].charAt(0) !== '.' || !isNonFinalPeriod(orig, m.index, 0))
    .map((m) => m.index + m[0].length);
  if (!ends.length) return rest;
  let out = rest.slice(0, ends[0]);
  ends.forEach((from, i) => {
    const sentence = rest.slice(from, ends[i + 1] ?? rest.length);
    if (acts.inMatch.test(sentence) || SAME_ACT.test(sentence) || CLAUSE_POINTER.test(sentence)) {
      out += sentence;
      return;
    }
    // Dropped only when it has an object of its own that is not the act: "opt out of marketing emails", "turn off
    // cookies", "delete your account"; a bare one ("… by emailing us", "… in Settings", "To opt out, …") is kept.
    const drop = (m: string, offset: number, whole: string): string => {
      const after = whole.slice(offset + m.length);
      const bare = !OTHER_OBJECT.test(after) && BARE_OPT_OUT_END.test(after.replace(OF_IT, ''));
      return bare || acts.inMatch.test(m) || acts.names.test(after) ? m : ' '.repeat(m.length);
    };
    out += sentence
      .replace(OPT_OUT_ALL, drop)
      .replace(NOT_OPTED_OUT, (m, offset: number, whole: string) => (readerNotOpted(m) ? drop(m, offset, whole) : m));
  });
  return out;
}
/** An opt-out's own object other than the act said again: "of marketing emails", not "of it", "of them". */
const OTHER_OBJECT = /^\s*(?:of|from)\s+(?!(?:it|them)\b)/;
const OF_IT = /^\s*(?:of|from)\s+(?:it|them)\b/;
/** The end of a sentence, as written: a full stop, then a capital. Not ";", which joins the choice to the act's sentence. */
const LATER_SENTENCE = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;
/**
 * What follows an opt-out with no object of its own: nothing, a stop or a comma ("To opt out, email …"), or a way, a
 * place or a time (lexicon OPT_OUT_WAY_WORDS: "… by emailing us", "… in Settings", "… here", "… at any time").
 */
const BARE_OPT_OUT_END = new RegExp(String.raw`^\s*(?:$|[.,;:!?)]|${wordsPattern(OPT_OUT_WAY_WORDS)}\b)`);
/** A later clause with the service or another party as its subject: ", and we send you …", ", and they may …". */
const SERVICE_CLAUSE_START = new RegExp(
  String.raw`,\s*${wordsPattern(CLAUSE_CONJUNCTIONS)}\s+${wordsPattern(CLAUSE_SUBJECTS.filter((w) => w !== 'you' && w !== 'i'))}\b`,
);
/**
 * Per category with acts in OPT_OUT_ACTS, built once: the category's act (or a word pointing back at it) inside an
 * opt-out's words (`inMatch`), or named as what it is of (`names`: "opt out of such sharing").
 */
const OPT_OUT_ACT_TESTS: ReadonlyMap<string, { inMatch: RegExp; names: RegExp }> = new Map(
  Object.entries(OPT_OUT_ACTS)
    .filter(([key]) => key !== 'pointer' && key !== 'sameAct')
    .map(([key, acts]) => {
      const all = [...(acts ?? []), ...(OPT_OUT_ACTS.pointer ?? [])];
      const act = wordsPattern(all);
      // As a test, "shar[\w-]*\b" is "shar": the open word endings are left out (a shorter regex for recheck).
      const stems = all.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
      const whole = String.raw`\b${wordsPattern(all.filter((w) => !w.endsWith('*')))}\b`;
      return [
        key,
        {
          inMatch: new RegExp(stems.length ? String.raw`\b${wordsPattern(stems)}|${whole}` : whole),
          names: new RegExp(String.raw`^\s+(?:of|to|from|about|over)\s+(?:[\w’'-]+\s+){0,3}?${act}\b`),
        },
      ];
    }),
);
const SAME_ACT = new RegExp(String.raw`\b${wordsPattern(OPT_OUT_ACTS.sameAct ?? [])}\b`);
/** A word pointing back at the act anywhere in the clause: "…, and we will not do this if you opt out". "that" is
 * left out: it is as often a relative ("emails that you can opt out of"). */
const CLAUSE_POINTER = new RegExp(
  String.raw`\b${wordsPattern((OPT_OUT_ACTS.pointer ?? []).filter((w) => w !== 'that'))}\b`,
);
/** The opt-out's own object: "opt out of marketing", "opted out from emails". */
const OWN_OBJECT = /^\s*(?:of|from)\s/;
const OPT_OUT_ALL = new RegExp(OPT_OUT.source, 'gi');

/**
 * The action at `at` is the portability transfer itself: the portability phrase opens its clause before it ("you have
 * the right to data portability, including transfer to …"), or follows it as its object ("transfer a machine-readable
 * copy") or as the one party it goes to ("transfer your data to a third party of your choice"). Not a sharing that only
 * stands beside it: "we share your data with advertisers in a structured, commonly used format", "… to a third party of
 * your choice and to our advertising partners", "… to other companies, including … if you request the transfer of …".
 */
function portabilityAction(lower: string, at: number): boolean {
  const clause = clauseAt(lower, at);
  const rel = at - lower.lastIndexOf(clause, at);
  for (const m of clause.matchAll(PORTABILITY_RIGHT)) {
    if (m.index <= rel) return true;
    const between = clause.slice(rel, m.index);
    const rest = clause.slice(m.index + m[0].length);
    if (WITH_RECIPIENT.test(between) || FURTHER_RECIPIENT.test(rest)) continue;
    if (!TO_RECIPIENT.test(between) || m[0].startsWith('third')) return true;
  }
  return false;
}
const WITH_RECIPIENT = /\swith\s/;
const TO_RECIPIENT = /\sto\s/;
const FURTHER_RECIPIENT = /\b(?:and|or|as\s+well\s+as)\s+(?:to|with)\s/;

/** The action at `at` is a transfer whose sentence's main clause is its safeguard (TRANSFER_SAFEGUARD). */
// The rest of the sentence is read on the original text, up to a stop before a capital: "we rely on Art. 45 GDPR
// (transfers on the basis of an adequacy decision)" is one sentence.
function transferSafeguarded(lower: string, text: string, at: number, category?: CategoryId): boolean {
  const start = sentenceStart(lower, at);
  const rest = text.slice(at);
  const end = SENTENCE_END.exec(rest);
  const after = lower.slice(at, at + (end ? end.index : rest.length));
  const before = lower.slice(start, at);
  // The safeguard is the main clause's object and the transfer its purpose, or the action word names the safeguard.
  if (
    RELIES_ON_SAFEGUARD.test(before) ||
    SAFEGUARD_NAME.test(after) ||
    (PROTECTED_WHEN.test(before) && /^transf/.test(after))
  )
    return true;
  // The transfer goes only where the law lets it or the protection is adequate: a limit on the destination (D13).
  if (category === 'data_sharing' && (safeDestination(after) || inSafeDestination(before))) return true;
  if (!TRANSFER_SAFEGUARD.test(after)) return false;
  // A safeguard that names no transfer ("we use appropriate mechanisms") guards only a transfer, or a sharing whose
  // clause sends the data abroad ("where we share your data with recipients outside the EEA").
  if (!NAMED_TRANSFER_SAFEGUARD.test(after) && !/^transf/.test(after) && !ABROAD.test(before + after)) return false;
  return (
    subordinateTransfer(before) ||
    ONLY_UNDER.test(after) ||
    (TRANSFER_NOUN.test(after) && DETERMINER_BEFORE.test(before) && TRANSFER_BOUND.test(after))
  );
}
const SENTENCE_END = /[.;!?]\s+(?=[A-Z])/;
/**
 * The transfer at the action goes straight to a destination qualified as safe: "transfer personal information only to
 * countries to which we are permitted by law to transfer it", "transfer personal data (to) countries which are
 * recognized as providing an adequate level of protection". Not with a recipient before the destination ("to vendors
 * in countries that …": the unit shares and adds a safeguard, D2), nor a safeguard denied ("countries that do not
 * provide an adequate level of protection").
 */
const SAFE_DESTINATION = new RegExp(
  String.raw`^transf\w*\s+((?:(?!(?:to|with)\s)[\w’'-]+\s+){0,4}?)(?:only\s+)?(?:to\s+)?${wordsPattern(DESTINATION_PLACES)}\s+(?:that|which|where|to\s+which)\s([^.;:]{0,120}?)\b(?:${wordsPattern(TRANSFER_SAFEGUARDS)}|adequate\s+level\s+of\s+(?:[\w-]+\s+)?protection|permitted\s+by\s+(?:applicable\s+)?law)\b`,
);
const DENIAL = /\b(?:not|no|never|neither|nor|without|lacks?|lacking)\b|n['’]t\b/;
function safeDestination(after: string): boolean {
  return safeDestinationEnd(after) >= 0;
}
/** Where SAFE_DESTINATION's match on `after` ends, or -1. */
function safeDestinationEnd(after: string): number {
  const m = SAFE_DESTINATION.exec(after);
  return m !== null && !RECIPIENT_WORD.test(m[1]!) && !DENIAL.test(m[2]!) ? m[0].length : -1;
}
/**
 * The action is the transfer a safe destination's relative clause names ("only to countries to which we are permitted
 * by law to transfer personal information"): the same transfer, limited.
 */
function inSafeDestination(before: string): boolean {
  for (const m of before.matchAll(TRANSFER_WORD)) {
    const end = safeDestinationEnd(before.slice(m.index));
    if (end >= 0 && /^\s+(?:to\s+)?$/.test(before.slice(m.index + end))) return true;
  }
  return false;
}
const TRANSFER_WORD = /\btransf/g;
/** A destination abroad: "outside (of) the EEA", "in other countries", "internationally". */
const ABROAD = new RegExp(
  String.raw`\b(?:outside\s+(?:of\s+)?(?:the\s+)?${wordsPattern(OUTSIDE_PLACES)}|${wordsPattern(ABROAD_WORDS)})\b`,
);
/** "We rely on standard contractual clauses to transfer …", "we rely on such mechanisms to transfer …". */
const RELIES_ON_SAFEGUARD = new RegExp(
  String.raw`\b(?:rely|relies|relying)\s+(?:up)?on\s+(?:[\w’'-]+\s+){0,4}?(?:mechanisms?|safeguards|contractual\s+clauses|${wordsPattern(TRANSFER_SAFEGUARDS)})\s+to\s+(?:[\w’'-]+\s+){0,3}?$`,
);
/**
 * The main clause protects the data and the transfer is only when it does so: "we use a variety of mechanisms to protect
 * your data, including when transferring it to our affiliates", "we ensure that it is adequately protected - especially
 * when transferred overseas".
 */
const PROTECTED_WHEN =
  /\b(?:(?:protect|protects|safeguard|safeguards)\s+(?:your|the|such|this|all)\s+(?:[\w-]+\s+){0,2}?(?:data|information)|(?:data|information)\s+(?:is|are|will\s+be|remains?)\s+(?:(?:adequately|appropriately|properly)\s+)?(?:protected|safeguarded))\b[^.;:]{0,40}?(?:[,–—-]\s*|\s)(?:including|especially|particularly|in\s+particular)\s+(?:when|where|if)\s+(?:(?:we|it\s+is|they\s+are)\s+)?$/;
/** "… approved transfer mechanisms": the action word is the safeguard's own name. */
const SAFEGUARD_NAME = /^transfer\s+mechanisms?\b/;
/** The transfer as a noun after a determiner, bound by what follows: "such transfers … will be governed by …". */
const TRANSFER_NOUN = /^transfers?\b/;
const DETERMINER_BEFORE = /(?:^|[^\w’'-])(?:such|these|those|the|all|any|this|that)\s$/;
const TRANSFER_BOUND =
  /^transfers?\s(?:[^.;:]{0,120}?\s)?(?:(?:(?:will|shall|must)\s+be|are|is)\s+(?:governed\s+by|subject\s+to|based\s+on|made\s+(?:under|pursuant\s+to|on\s+the\s+basis\s+of)|protected\s+by|covered\s+by|in\s+(?:compliance|accordance)\s+with)|(?:relies|rely)\s+on|compl(?:y|ies)\s+with|takes?\s+place\s+only)\b/;

/** Where the sentence or semicolon clause of `lower` holding position `at` starts. */
function sentenceStart(lower: string, at: number): number {
  const before = lower.slice(0, at);
  return Math.max(before.lastIndexOf('; '), before.lastIndexOf('. ')) + 1;
}

/** The sentence or semicolon clause of `lower` holding position `at`. */
function sentenceAt(lower: string, at: number): string {
  const start = sentenceStart(lower, at);
  const end = SENTENCE_BREAK.exec(lower.slice(at));
  return lower.slice(start, end ? at + end.index + 1 : lower.length);
}
const SENTENCE_BREAK = /[.;]\s/;

/** The clause of `lower` holding `at`: its sentence, cut where a comma and a conjunction open a new subject. */
function clauseAt(lower: string, at: number): string {
  const sentence = sentenceAt(lower, at);
  const start = sentenceStart(lower, at);
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(NEW_CLAUSE_START)) {
    if (start + m.index < at) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * The exception that follows the action in the same sentence ("… unless you are on the free plan"), if any; with
 * `exceptFor`, "except for …" too (EXCEPT_FOR).
 */
function exceptionAfter(lower: string, at: number, exceptFor = false): string | null {
  const rest = lower.slice(at);
  const any = EXCEPTION_AFTER.exec(rest);
  let forCase = exceptFor ? EXCEPT_FOR.exec(rest) : null;
  // "except for" is the denied act's only when no other act is joined on before it ("…, and we delete them after 30
  // days, except for …", "… or share them with anyone, except for …"), and lets it in only when its cases are the
  // user's ("except for publicly available data", "… for the limited purpose of providing the Service" are limits).
  if (
    forCase &&
    (COORDINATED_ACT.test(rest.slice(0, forCase.index)) ||
      EXCEPT_FOR_LIMIT.test(rest.slice(forCase.index + forCase[0].length)))
  )
    forCase = null;
  const m = forCase && (!any || forCase.index < any.index) ? forCase : any;
  if (!m || /[.;]\s/.test(rest.slice(0, m.index))) return null;
  return rest.slice(m.index + m[0].length, m.index + m[0].length + 160);
}

/** The cases of an exception, up to the end of its sentence: "as needed to …", "for their own marketing". */
function exceptionCases(exception: string): string[] {
  return exception.split(/[.;]\s/)[0]!.split(EXCEPTION_CASE_BREAK);
}

/** The exception's first case is the reader's acceptance of the trackers, and any other case the law's. */
function trackedByAcceptance(exception: string): boolean {
  const [first, ...later] = exceptionCases(exception);
  return trackingAcceptance(first!) && later.every((c) => LEGAL_ONLY.test(c));
}

/** A case that is neither the law, nor the user's consent or request, nor a setting the user has not switched off. */
function isDiscretionary(exceptionCase: string): boolean {
  return ![LEGAL_ONLY, COMPLY_CASE, CONSENT_EXCEPTION, SETTING_OFF].some((re) => re.test(exceptionCase));
}

/**
 * The token ending the list head ("…: ") that governs the sub-clause starting at `from`, also through earlier
 * items of the same list ("for: targeted advertising; model training"); -1 when there is none in the sentence. A
 * negation right before the first bracketed enumerator heads the list too ("shall not (i) sell …; (ii) share …").
 */
function listHead(tokens: readonly Token[], from: number, anchor: number, text: string): number {
  for (let j = from - 1; j >= 0; j--) {
    const post = tokens[j]!.post;
    if (post.includes(':')) return j;
    if (/[.!?]/.test(post)) return -1;
    // An item with a subject, a modal or a lead-in of its own ("but (ii) we may share …") is a clause, not the head's;
    // asked only where a negated first enumerator is found.
    if (
      j > 0 &&
      j < from - 1 &&
      FIRST_ENUMERATOR.test(tokens[j]!.normal) &&
      enumerated(tokens[j]!, text) &&
      tokens[j - 1]!.tags.includes('Negative') &&
      !opensOwnClause(tokens, from, anchor, text)
    )
      return j - 1;
  }
  return -1;
}

/**
 * The list item starting at `from` is a clause of its own before the action at `anchor`: it opens with a subject
 * pronoun, a lead-in or "but" ("but (ii) we may share"), or has a modal before the action ("(ii) the Company may
 * share"). An object or a relative clause in the item ("(b) use it to train", "(ii) allow companies that we work with
 * to sell") does not count.
 */
function opensOwnClause(tokens: readonly Token[], from: number, anchor: number, text: string): boolean {
  let k = from;
  while (k < anchor && (CLAUSE_CONJUNCTION.has(tokens[k]!.normal) || enumerated(tokens[k]!, text))) k++;
  const first = tokens[k];
  if (!first || k >= anchor) return false;
  if (PRONOUN_SUBJECTS.has(first.normal) || LEAD_IN.has(first.normal) || first.normal === 'but') return true;
  // A modal before the action that no relative pronoun introduces: "(b) some of our partners may share", "(ii) in
  // certain cases we may share", but not "(ii) share it with advertisers that may use it to train".
  for (let m = k; m < anchor; m++) {
    if (RELATIVE.has(tokens[m]!.normal)) return false;
    if (MODAL.has(tokens[m]!.normal)) return true;
  }
  return false;
}

const RELATIVE = new Set(RELATIVE_PRONOUNS);

/** The first of a list's enumerators: "(i)", "(a)", "(1)". */
const FIRST_ENUMERATOR = /^[ia1]$/;
/** The token is written in brackets: "(i) ", "(a) ". */
function enumerated(t: Token, text: string): boolean {
  return text[t.start - 1] === '(' && t.post.startsWith(')');
}

/**
 * The opt-out signal conditions the action: it comes before it in its sentence, and no bracket opens between them
 * ("If Acme detects the GPC signal, Acme will not share your data (we do not sell your data)": the sale is denied).
 */
function signalledBefore(lower: string, at: number): boolean {
  const before = lower.slice(sentenceStart(lower, at), at);
  const m = SIGNAL_NAME.exec(before);
  if (!m) return false;
  const after = before.slice(m.index + m[0].length);
  // The action's own word counts too: "we do not change how …" ignores the signal whatever the anchor.
  const word = /^[\w’'-]+/.exec(lower.slice(at))?.[0] ?? '';
  const span = after + word;
  if (after.includes('(') || SIGNAL_REFUSED.test(span)) return false;
  // A denied verb before the action cancels the signal, unless the action has its own denial and is no such verb.
  if (SIGNAL_DENIED.test(span) && !(ownDenial(after) && !SIGNAL_DENIED.test(`not ${word}`))) return false;
  // The condition opens the signal's own clause, at most 80 characters before it, and does not deny the signal ("if
  // you have not enabled a GPC signal").
  const lead = before.slice(Math.max(0, m.index - 80), m.index);
  const condition = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(':')) + 1);
  const opens = CONDITION_OPENS.exec(condition);
  return opens !== null && !/\b(?:not|never|no)\b|n['’]t\b/.test(condition.slice(opens.index));
}

/** "Even if you opt out, we may still …": the opt-out, then "still" in the same sentence within 100 characters. */
function optOutDoesNotBind(lower: string): boolean {
  if (REENGAGED.test(lower)) return true;
  const m = AFTER_OPT_OUT.exec(lower);
  if (!m) return false;
  const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 100);
  const still = STILL.exec(after);
  return !!still && !/[.;]/.test(after.slice(0, still.index));
}

/**
 * The text before the action ends "restrict/prohibit <someone> from" (the service restrains someone else), or the
 * action is the object of a contract's or policy's ban: "a written contract that … prohibits the sale of that data"
 * (FORBIDS: the third person only; "you have the right to restrict the sharing" is the user's opt-out).
 */
function restrains(before: string): boolean {
  // The action may open after "fine" of its word: "… from fine-|tuning their models", "… from fine |tuning".
  const words = before
    .toLowerCase()
    .replace(/\bfine[\s-]?$/, '')
    .trim()
    .split(/\s+/);
  if (FORBIDS.test(words.at(-2) ?? '') && words.at(-1) === 'the') return true;
  if (words.at(-1) !== 'from') return false;
  return words.slice(-8, -1).some((w) => RESTRAIN_VERB.test(w));
}

/**
 * The action's sentence opens with the recipients as its subject ("These third parties have access …", "Agents with
 * whom we share …") and the service is not a subject before the action, or the action is "with whom we share".
 */
function recipientSide(tokens: readonly Token[], anchor: number, text: string): boolean {
  const first = anchor > 0 ? anchor - 1 : 0;
  let start = first;
  while (start > 0 && !/[.!?:;]/.test(tokens[start - 1]!.post)) start--;
  const before = text.slice(tokens[start]?.start ?? 0, tokens[anchor]?.start ?? 0).toLowerCase();
  if (WHOM_WE.test(before)) return true;
  if (/\b(?:we|us|you)\b/.test(before)) return false;
  // An opening phrase closed by a comma comes before the subject: "In such cases, these third parties only use …".
  for (let j = start; j < Math.min(anchor, start + 4); j++)
    if (tokens[j]!.post.includes(',')) {
      start = j + 1;
      break;
    }
  for (let j = start; j <= Math.min(anchor, start + 3); j++) if (tokens[j]!.tags.includes('ThirdParty')) return true;
  return false;
}

/**
 * The span [start, end) sits inside "( … )" that closes before `limit`, with no other bracket in between, and the
 * aside is an alternative ("(but not all)", "(or may not)"), a relative clause ("(which we never sell)") or stands
 * apart from the verb ("(no way),"): "we will (under no circumstances) share" is still a denial.
 */
/**
 * The opt-out signal and its opt-out in the action's own clause: not "… treat GPC as an opt-out of sales, and with your
 * consent we may also use your recordings to train …", where the training is another clause's.
 */
function signalInActionClause(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 400), at);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(', and '),
    before.lastIndexOf(', but '),
    before.lastIndexOf('. '),
  );
  const from = cut < 0 ? Math.max(0, at - 400) : at - before.length + cut;
  const rest = lower.slice(at, at + 400);
  const end = rest.search(/;|,\s(?:and|but)\s|\.\s/);
  const clause = lower.slice(from, end < 0 ? at + rest.length : at + end);
  return OPT_OUT_SIGNAL.test(clause) && OPTED_OUT.test(clause);
}

/**
 * "Our service provider – not Acme – collects …", "the seller, not us, ships …": a "not" that opens an aside of a few
 * words between commas or dashes, with no verb in it, names who does not act; it denies nothing.
 */
function inContrastAside(tokens: readonly Token[], j: number, to: number, text: string): boolean {
  const before = text.slice(Math.max(0, tokens[j]!.start - 3), tokens[j]!.start);
  if (!/[,–—-]\s*$/.test(before)) return false;
  for (let k = j + 1; k < Math.min(to, j + 5); k++) {
    const t = tokens[k]!;
    if (t.tags.includes('Verb') || t.tags.includes('Negative')) return false;
    if (/[,–—]/.test(t.post) || /^\s*[–—-]/.test(text.slice(t.end, t.end + 3))) return k + 1 < to;
  }
  return false;
}

function inClosedAside(text: string, start: number, end: number, limit: number): boolean {
  const brackets = bracketsAround(text, start, end);
  if (!brackets || start - brackets.open > 40) return false;
  const { open, close } = brackets;
  // "(not)" alone is the negation itself, not an aside.
  const words = text
    .slice(open + 1, close)
    .trim()
    .split(/\s+/).length;
  if (!(close < limit && close - end <= 40 && words >= 2 && !text.slice(end, close).includes('('))) return false;
  return /^\(\s*(?:but|or|and|which|that|who)\s/i.test(text.slice(open)) || /^\)\s*[,;:]/.test(text.slice(close));
}

/**
 * (reader-act.ts's readerActNamesRecipient reads the reader's act on an outside product that names its recipient.)
 * The user's act is the occasion (USER_STARTS), not consent by use ("By installing the App, you agree that we may share
 * …"), and when the company shares, the recipient is what the act names: "if you connect your account to a third-party
 * service, we share … with that service", not "when you install the app, we share … with advertising partners" (D4).
 */
function userStartsTransfer(sentence: string, lower: string, text: string, at: number, namedSharer: boolean): boolean {
  const m = userStarts(sentence);
  if (m === null) return false;
  const recipient = RECIPIENT_PHRASE.exec(lower.slice(at))?.[1] ?? '';
  const act = sentence.slice(m.index).split(/[,;]/, 1)[0]!.slice(0, 120);
  // "You agree that by installing the App, …" and "if (the) Customer enables the Service, …" start a transfer only when
  // the act names an outside party ("by permitting a third party to access your account"); otherwise the opening is
  // consent by use (G7) or the account owner's own use of the service (D16).
  if (CONSENT_OR_CUSTOMER_ACT.test(m[0]) && !OUTSIDE_PARTY.test(act)) return false;
  let words = (act.match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !ACT_STOP_WORDS.has(w));
  if (NAMED_RECIPIENT.test(recipient)) return !namedWithOther(recipient);
  // A request's words name the kind of service ("if you request a delivery, we share … with delivery partners"), and
  // the service's own processors are named after it (D1): only a name or a possessive in the request names a party
  // ("support for Acme Cloud's software"), and never for a recipient named by its role.
  if (ASK_ACT.test(m[0])) {
    const actText = text.slice(sentenceStart(lower, at) + m.index).slice(0, act.length);
    const named = new Set(
      actText
        .split(/\s+/)
        .filter((w) => /^\W*[A-Z]/.test(w) || /['’]s\W*$/.test(w))
        .flatMap((w) => w.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []),
    );
    words = RECIPIENT_WORD.test(recipient) ? [] : words.filter((w) => named.has(w));
  }
  // A word of the act in the recipient names the party the act chose ("… support for Acme Cloud's software, we share …
  // with Acme Cloud"), not the service's own ("… technical support, we share … with our support vendors").
  if (!OWN_RECIPIENT.test(recipient) && words.some((w) => new RegExp(String.raw`\b${w}\b`).test(recipient)))
    return true;
  // No recipient after the action, and the act names an outside party: that party receives it ("if you log in to a
  // third-party platform using your account, we will share your basic account information").
  // A further phrase after the object names the recipient, a legal ground or a purpose the company picks ("… with Acme
  // Analytics", "… as required by law", "… for analytics"); "to facilitate this" names none.
  const actionRest = lower.slice(at).split(/[.;,]\s/, 1)[0]!;
  if (OUTSIDE_PARTY.test(act) && !RECIPIENT_AFTER.test(actionRest) && !FURTHER_PHRASE.test(actionRest)) return true;
  // Otherwise only where the company does not share ("we share", "Acme may share", passive), and not "By …, you agree
  // that we may …".
  return !namedSharer && !BY_AGREEING.test(sentence) && !COMPANY_ACTS.test(lower.slice(Math.max(0, at - 40), at));
}

/**
 * A sharing feature named first ("social sharing features which let you share actions … with third-party services"):
 * the act is the share word after it.
 */
const FEATURE_THEN_SHARE =
  /^(?:social\s)?sharing\s(?:features?|tools?|buttons?|functionality|widgets?)\b[^.;]{1,80}?\b(?=(?:share|send|post)\b)/;

/** The service lets the user share with an outside party, right before the action (USER_ENABLED, USER_ABILITY). */
function userEnabledSharing(sentence: string, lower: string, at: number): boolean {
  const feature = FEATURE_THEN_SHARE.exec(lower.slice(at));
  if (feature) at += feature[0].length;
  if (!USER_SHARE_WORD.test(lower.slice(at))) return false;
  const leadUp = lower.slice(Math.max(0, at - 60), at);
  if (!(USER_ENABLED.test(leadUp) || USER_ABILITY.test(leadUp))) return false;
  // The outside party is named in the share verb's own item ("… to upload and share videos and to use our social
  // features" names none): up to "and to" or a semicolon, asides in brackets left out. A comma stays in: a list of
  // verbs shares one object ("to share information, log into, or sign on through social media platforms").
  const item = sentence
    .slice(at - sentenceStart(lower, at))
    .replace(/\([^()]*\)/g, ' ')
    .split(/;|\b(?:and|or)\s+to\b/, 1)[0]!;
  return OUTSIDE_PARTY.test(item);
}

/**
 * Consent given (CONSENT_GIVEN), or the sentence opens on it and a comma ends that condition: "When we have your
 * consent, we share …", "Upon your consent, we may share …" (the comma cut is for "…, or as otherwise permitted").
 */
function consentFirst(sentence: string): boolean {
  if (CONSENT_GIVEN.test(sentence)) return true;
  const opening = /^([^,;]*),(?!\s*(?:or|and)\b)/.exec(sentence);
  if (opening === null) return false;
  const m = CONSENT_GIVEN.exec(opening[1]!);
  return m !== null && /^\W*$/.test(opening[1]!.slice(0, m.index));
}
