// data_sharing vetoes as records (share branch): clauses that speak of a disclosure without the service making one.
// Each was read off the development errors of both the real labels and OPP-115's development half.
import { READER } from '../actor';
import {
  ADVISING_VERBS,
  DESCRIBED_ASKS,
  DESCRIBED_GOVERNORS,
  DESCRIBED_HEAD_KINDS,
  DESCRIBED_HEAD_NOUNS,
  DESCRIBED_HEAD_PREPOSITIONS,
  DESCRIBED_POINTS,
  DESCRIBING_PARTS,
  DUTY_PASSIVES,
  DUTY_UNDERTAKINGS,
  GUARD_STEMS,
  INSTALL_VERBS,
  INSTALLED_TOOLS,
  LEXICON_LISTS,
  NEGATION_CONTRACTIONS,
  OTHER_USER_ROLES,
  OTHER_USERS_WORDS,
  READER_ACT_PRODUCTS,
  NAMED_PARTY_ACTS,
  OWN_RECIPIENT_DETERMINERS,
  SERVICE_VERB_AUXILIARIES,
} from '../lexicon';
import { CONTRACT_RECIPIENT } from './recipient-stems';
import type { FirstPartyNames } from '../first-party';
import { unitWords, type Veto } from '../rule';
import { BROWSER_ADVICE } from './tracking';
import { anyOf, gap, run, words, wordSeq } from '../word-gap';
import { oneSpace, shortestPhrases, wordsPattern } from '../word-pattern';
const CLAUSE_RUN = '[^.;:]';
const CLAUSE_WORD = '[^\\s.;:]';

/**
 * A law or a right that asks for a description of the disclosures: "California law requires us to disclose the
 * categories of personal information we collect … and the third parties to which we disclose", "the “Shine the Light”
 * law permits our customers … to request … information about the personal information we disclosed", "you are
 * entitled to know if we have shared that information", "the right to request categories or specific third parties to
 * which we disclose". Not a law that requires the disclosure itself ("where the law requires us to disclose your
 * information to the police"): only when what is asked for is a description (categories, a list, information about).
 */
// Each shape is a sequence of small regexes joined by runs stepped in code (word-gap.ts): as one regex with two
// bounded runs it was polynomial for recheck.
const LAW = String.raw`\b(?:law|laws|act|ccpa|cpra|code|statute|regulations?|legislation)\b`;
const WORDS = (n: number): string => String.raw`(?:[^\s.;:]+\s+){0,${n}}?`;
const ASKS = String.raw`(?:requires?|permits?|allows?|entitles?|gives?)\s+`;
const WHO_ASKS = String.raw`(?:(?:our\s+|certain\s+|california\s+|some\s+)?(?:businesses|customers|residents|consumers|users|individuals)|you)`;
const RIGHT_WORD = String.raw`(?:request|know|obtain|ask|receive|respond\s+to\s+requests)\b`;
const DESCRIPTION = String.raw`(?:the\s+|certain\s+|additional\s+|specific\s+)?(?:categories|category|list|names|identit(?:y|ies)|disclosures|information\s+(?:about|regarding|on|concerning)|details\s+(?:about|of|regarding))\b`;
const RIGHT_TO_KNOW = anyOf(
  // The law asks the business to describe, or lets the user ask.
  wordSeq(
    LAW,
    run(80, CLAUSE_RUN),
    String.raw`${ASKS}(?:${WHO_ASKS}\s+(?:(?:who|that)\s+(?:are|live|reside)\s+${WORDS(3)})?to\s+${RIGHT_WORD}|us\s+to\s+(?:disclose|provide|tell\s+you)\s+(?:to\s+you\s+)?${DESCRIPTION})`,
  ),
  // The user's right or entitlement to know about the disclosures.
  wordSeq(
    String.raw`\b(?:right|rights|entitled)\s+to\s+(?:request|know|obtain|ask|receive)\b\s+`,
    words(6, { word: CLAUSE_WORD }),
    String.raw`(?:if|whether|which|what|to\s+whom|${DESCRIPTION})`,
    run(120, CLAUSE_RUN),
    String.raw`\b(?:shar|disclos|sold\b|sell)`,
  ),
  // A list item under a "right to know" lead-in: "Know the categories of third parties … to whom we provide …".
  /^\W*(?:to\s+)?know\s+(?:the\s+)?(?:categories|what|whether|if|which)\b/,
);
/**
 * The service as the subject: the lexicon's ServiceSubject words in subject form ("we", "the company", not "us": "each
 * of us may disclose" is either party; not "a company"), or "the service". Terms pages often name the service instead
 * of saying "we" ("The Company will not disclose …"); the document's own names are tested per document
 * (serviceDiscloses, servicePromises).
 */
// Others of the service's side may stand beside it ("we and our affiliates may share", "Acme and its subsidiaries").
const AND_SERVICE_SIDE = String.raw`(?:\s+and\s+(?:our|its)\s+${wordsPattern(LEXICON_LISTS.ServiceSide!)})?`;
const SERVICE_NOUN = String.raw`\b(?:${wordsPattern(LEXICON_LISTS.ServiceSubject!.filter((w) => w !== 'company' && w !== 'us'))}|the\s+(?:company|service))`;
const SERVICE_SUBJECT = `${SERVICE_NOUN}${AND_SERVICE_SIDE}`;
/** A name's legal-form suffix, the lexicon's CorpSuffix: "Acme Inc. will …", "Acme, LLC may …". */
const CORP_SUFFIX = String.raw`(?:,?\s+${wordsPattern(LEXICON_LISTS.CorpSuffix!)}\.?)?`;
/**
 * Words between the subject and the verb: a modal ("we may"), with a denial or "now" too when `denial` is set, then
 * perhaps an aside ("we may, at our discretion, share", "we may from time to time share").
 */
const AUXILIARIES = wordsPattern(SERVICE_VERB_AUXILIARIES.words);
const AUXILIARIES_OR_DENIALS = wordsPattern([...SERVICE_VERB_AUXILIARIES.words, ...SERVICE_VERB_AUXILIARIES.denials]);
const MODAL_RUN = (min: number, denial: boolean): string =>
  String.raw`(?:\s+${denial ? AUXILIARIES_OR_DENIALS : AUXILIARIES}){${min},${denial ? 3 : 2}}(?:,(?:\s+[^\s,.;:]+){1,6},|\s+from\s+time\s+to\s+time|\s+at\s+(?:our|its)\s+(?:sole\s+)?discretion)?`;
const REQUIRED_TO = String.raw`(?:\s+(?:be\s+)?(?:required|obliged|compelled)\s+to)?`;
const OTHER_ACT_AND = String.raw`(?:\s+(?:use|collect|process|store|access|retain),?\s+(?:and|or|and\/or))?`;
// "Provide" and "give" only with the data as their object: "the Service may provide access to third-party services"
// gives access, not data.
const DISCLOSE_VERB = String.raw`\s+(?:shares?|discloses?|transfers?|releases?|sells?|(?:provide|gives?)\s+(?:your|personal|information|data|details|it|them|such|this|that|these|those|certain|any|some)\b(?!\s+(?:access|links?|features?|services?)\b))\b`;
/**
 * The service discloses after a subject: "we may disclose", "the company will not share", "we may be required to
 * disclose", "we may use and share".
 */
const disclosesAfter = (subject: string, minModals: number, denial = false): string =>
  `${subject}${MODAL_RUN(minModals, denial)}${REQUIRED_TO}${OTHER_ACT_AND}${DISCLOSE_VERB}`;
/** The service itself says it may disclose ("we may disclose", "we will also share"): a veto below keeps the clause. */
const WE_MAY_DISCLOSE = new RegExp(disclosesAfter(SERVICE_SUBJECT, 1));
/** The service disclosing, with or without a modal ("we share …", "we sell …"): what keeps an explanation's clause. */
// Not a relative clause on the data ("the categories of Personal Information we disclose … depend on …").
const WE_DISCLOSE_PLAIN = new RegExp(
  String.raw`${WE_MAY_DISCLOSE.source}|(?<!\b(?:information|data|details|that|which)\s)${disclosesAfter(SERVICE_SUBJECT, 0)}`,
);
/**
 * How a disclosure is handled, not a disclosure (GUIDE D8): notice to the user of a disclosure ("where permitted, we
 * notify affected users before disclosure", "we will notify users if we disclose their data to law enforcement"),
 * requests for disclosure and the requirements they must meet ("emergency disclosure requests undergo a case-by-case
 * assessment", "our requirements for disclosing user data to law enforcement", "a third party's request … to
 * disclose your personal information"), passing a correction on to the recipients ("inform any third party to whom we have
 * disclosed …").
 */
const DISCLOSURE_PROCEDURE = anyOf(
  wordSeq(
    String.raw`\b(?:notify|notifies|notifying|inform|informs|informing|alert)\s+`,
    run(60, CLAUSE_RUN),
    String.raw`\b(?:before|prior\s+to|if|when|of|about|in\s+advance\s+of)\s+`,
    words(3, { word: CLAUSE_WORD }),
    '(?:disclos|shar|transfer)',
  ),
  /\b(?:requests?\s+(?:for|to)\s+(?:the\s+)?disclos|disclosure\s+requests?|requirements?\s+for\s+(?:data\s+)?disclos|rules\s+on\s+when)/,
  // Passing a correction or an erasure on to those who received the data ("we will inform any third party to whom we
  // have disclosed the relevant personal information so that they can rectify it too").
  /\b(?:inform|notify|tell)\s+(?:any|each|every|all|the)\s+(?:third\s+part(?:y|ies)|recipients?|other\s+part(?:y|ies))\s+to\s+whom\b/,
  wordSeq(String.raw`\brequest\s+`, run(60, CLAUSE_RUN), String.raw`\bto\s+disclose\b`),
);
/**
 * Advice to the user before the user discloses: "we encourage you to review their privacy policies before disclosing
 * any personal information to them", "please keep this in mind when disclosing personal information to us". The one
 * who discloses is the user (GUIDE D10: what the user chooses to show is no sharing by the service).
 */
const ADVICE_BEFORE_USER_DISCLOSES = anyOf(
  wordSeq(
    // Advice names what the reader is to do ("encourage you to review …"); "ask the Customer for consent before
    // sharing", "remind you before disclosing" are the service's own disclosure.
    String.raw`\b${wordsPattern(ADVISING_VERBS)}\s+${READER}\s+to\s+(?!(?:consent|agree|approve|authori[sz]e|confirm|allow|permit)\b)`,
    run(120, CLAUSE_RUN),
    String.raw`\b(?:before|when|prior\s+to)\s+(?:disclosing|sharing|providing|submitting|posting|giving)\b`,
  ),
  /\b(?:keep|bear)\s+(?:this|that|these\s+[\w-]+)\s+in\s+mind\s+(?:when|before)\s+(?:disclosing|sharing|providing|submitting|posting)\b/,
);

/**
 * The contract, not the data, passes to another company: "Acme may assign these Terms at any time to any
 * subsidiary … or as part of the sale to, merger with …", "we may assign or transfer our rights and obligations under
 * this Agreement in connection with a merger", "we may sell or transfer any license you grant to us in the event of a
 * sale of our company". Assigning a contract or a licence discloses no personal data (GUIDE D10: a licence is
 * content_licence). A clause that also names the user's data ("… and your account information will transfer") keeps
 * its disclosure.
 */
// The contract noun is the verb's direct object ("assign these Terms", "sell or transfer any license"), not a noun
// further on ("transfer it to our providers under the terms of a contract").
// "Sub-contract", "sub-license": a hyphenated second verb; "its duties and obligations", "the above licence".
const CONTRACT_ASSIGNED =
  /\b(?:assign|assigns|assigned|transfer|transfers|transferred|novate|novates|delegate|delegates|sell)\s+(?:(?:or|and|and\/or)\s+[a-z]+(?:-[a-z]+)?\s+)?(?:(?:all\s+or\s+(?:any\s+)?(?:part|portion)|any\s+(?:part|portion)|all|any|some|each)\s+of\s+)?(?:this|these|the|its|our|any|all|such)\s+(?:above\s+)?(?:(?:(?:rights?|duties)\s+(?:and|or)\s+)?obligations|rights?|agreements?|terms|contracts?|licen[cs]es?|eula)\b/;
// The user's data named (the lexicon's UserData, content aside: a licence to content is content_licence, D10), or a
// disclosure of its own in the clause ("we may share it with our affiliates and may assign this Agreement …").
const USER_DATA_NAMED = new RegExp(
  String.raw`\b${wordsPattern(shortestPhrases(LEXICON_LISTS.UserData!.filter((w) => !/\bcontent\b/.test(w))))}\b|\b(?:records|customer\s+lists?)\b|\b(?:share|shares|shared|disclose|discloses|disclosed)\b`,
);
/**
 * The service with its own corporate group as one subject: "we and our affiliate companies may use …", "Acme (and its
 * Affiliates) will not use …", "Acme or its affiliates’ authorized use", where Acme is the document's first party
 * (tested per name, firstPartyTests). The group acts with the service; no one receives. Another company's name with its
 * group ("the advertiser and its affiliates", "Acme Pay and its affiliates") is a recipient or a third party acting.
 * Where the page names no first party, a one-word name with no determiner before it stands for the service: a page
 * speaks of itself with its group far more often than of another company's.
 */
const GROUP_MEMBERS = String.raw`\b(?:and|or|and\/or)\s+(?:its|our)\s+(?:affiliated?\s+(?:companies|entities)|affiliates?|subsidiaries|group\s+companies|parent(?:\s+company)?)\b`;
const GROUP_TAIL = String.raw`(?:['’]s)?\s*(?:\(\s*)?(?:,\s*)?${GROUP_MEMBERS}`;
const WE_AND_OUR_GROUP = new RegExp(`${SERVICE_NOUN}${GROUP_TAIL}`, 'g');
const ANY_GROUP_TAIL = new RegExp(GROUP_MEMBERS, 'g');
const NAME_AND_ITS_GROUP = new RegExp(
  String.raw`(?:^|[\s(,;:"“])(?<!\b(?:the|a|an|any|each|such|this|these|those|your|their|every|other|of|our|its)\s)[a-z0-9][\w.&-]*(?<!s)${GROUP_TAIL}`,
);
/**
 * Anyone outside the group as a recipient (the lexicon's ThirdParty, Authority, Adviser, and ServiceSide but for the
 * group's own words), or a buyer, an agency, "others": "we and our affiliates may pass it to credit reference agencies".
 * A source is no recipient: "information received from other companies".
 */
const GROUP_WORD = /affiliat|subsidiar|group|parent|family|sister/;
// Two regexes: as one alternation with the list it was polynomial for recheck.
const OTHER_RECIPIENT_LISTED = new RegExp(
  String.raw`\b(?:${wordsPattern([
    // Not the bare "companies" or "networks": "work with online advertising companies", "on social networks" (a medium).
    ...LEXICON_LISTS.ThirdParty!.filter((w) => w !== 'companies' && w !== 'networks'),
    ...LEXICON_LISTS.Authority!,
    ...LEXICON_LISTS.Adviser!,
    ...LEXICON_LISTS.ServiceSide!.filter((w) => !GROUP_WORD.test(w)),
  ])})\b`,
  'g',
);
const OTHER_RECIPIENT_MORE =
  /\b(?:third-part(?:y|ies)|buyers?|acquirers?|purchasers?|successors?|agenc(?:y|ies)|others|anyone)\b/g;
// The bare words left out above, when they gather the data themselves: "analytics companies that collect your usage
// data", "advertising networks may access your device".
const COMPANIES_COLLECT =
  /\b(?:companies|networks)\s+(?:[^\s.;:]+\s+){0,3}?(?:collect|collects|receive|receives|access|accesses|obtain|obtains)\b/g;
// "From" a few words before: the party is where the data comes from ("received from our partners and other companies").
const SOURCE_BEFORE = /\bfrom\s+(?:(?!(?:to|with)\b)[^\s.;:,]+\s+){0,4}$/;
function namesOtherRecipient(others: string): boolean {
  for (const re of [OTHER_RECIPIENT_LISTED, OTHER_RECIPIENT_MORE, COMPANIES_COLLECT])
    for (const m of others.matchAll(re))
      if (!SOURCE_BEFORE.test(others.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}
// A disclosure or a sale (the lexicon's ShareVerb and SellVerb), but not the nouns of trade ("sales and marketing",
// "report" as a noun) nor "provide" of a service ("to provide the Services"): "provide" counts before the data.
const OUTWARD_VERB = new RegExp(
  String.raw`\b(?:${wordsPattern(
    [...LEXICON_LISTS.ShareVerb!, ...LEXICON_LISTS.SellVerb!].filter(
      (w) => !/^(?:sale|sales|trade|trades|trading|report|reported|provide|provides|providing)$/.test(w),
    ),
  )}|provid(?:e|es|ing)\s+(?:it|them|your|personal|such|this|these|that)|pass(?:es|ed|ing)?\s+(?:\S+\s+){0,3}?on)\b`,
  'g',
);
/** An outside party let in: "may allow advertising networks to collect …", "let partners access it". */
const LETS_OTHERS_IN =
  /\b(?:allow|allows|permit|permits|let|lets|enable|enables)\s+(?!(?:you|us|users?)\b)(?:[^\s.;:]+\s+){1,4}?(?:to\s+)?(?:collect|access|receive|obtain)\b/;
const PARTICIPLE = /(?:ed|given|sent|sold|made\s+available|made\s+accessible|given\s+out|handed\s+(?:over|out))$/;
// A helper verb, or the group itself as the subject ("we and our affiliates shared").
const AUX_BEFORE =
  /\b(?:be|is|are|was|were|been|being|have|has|had|we|affiliates|subsidiaries|companies)\s+(?:[a-z]+ly\s+|not\s+|also\s+)?$/;
/**
 * The clause discloses outward: a share or sale verb, except the user's own act ("information you provide"), data
 * given to the service ("… otherwise provided to Acme"), a participle as a plain adjective ("information disclosed
 * through surveys") and "send you" (the service writing to the user).
 */
function disclosesOutward(own: string, names: FirstPartyNames | undefined): boolean {
  if (LETS_OTHERS_IN.test(own)) return true;
  for (const m of own.matchAll(OUTWARD_VERB)) {
    const before = own.slice(Math.max(0, m.index - 24), m.index);
    const after = own.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (/\byou\s+(?:[a-z]+\s+){0,2}$/.test(before)) continue;
    if (/^\s+(?:you|by\s+you)\b/.test(after)) continue;
    if (PARTICIPLE.test(m[0]) && !AUX_BEFORE.test(before)) continue;
    const toUs = /^\s+(?:[^\s.;:]+\s+){0,4}?(?:to|with)\s+(?<who>us\b|[^\s.;:,]+)/.exec(after);
    if (toUs && (toUs.groups!.who === 'us' || names?.some((n) => n[0] === toUs.groups!.who))) continue;
    return true;
  }
  return false;
}
/** The service with its group as a subject, the document's names included. */
function serviceWithGroup(own: string, names: FirstPartyNames | undefined): boolean {
  if (nameAsSubject(WE_AND_OUR_GROUP, own)) return true;
  if (!names?.length) return NAME_AND_ITS_GROUP.test(own);
  return names.some((n) => nameAsSubject(firstPartyTests(n).group, own));
}
/**
 * Money, goods or ownership passed on, not data: "money will be transferred to the Seller", "Digital Content cannot be
 * sold or transferred to third parties", "Coins cannot be resold, transferred for value", "this Agreement does not
 * transfer ownership rights … to Advertiser", "money transfers", "the transfer of ownership of the Digital Asset".
 */
const GOODS = String.raw`\b(?:money|funds|coins|currency|digital\s+(?:content|assets?|items|goods)|virtual\s+(?:content|items|goods|currency)|ownership)\b`;
/**
 * The service moves something of its own beside the goods: "In the event of a merger or transfer of ownership, we may
 * transfer your account … to the acquirer". The clause keeps its disclosure unless the object is money or goods.
 */
const WE_MOVE_OTHER = new RegExp(
  String.raw`${SERVICE_NOUN}\s+(?:(?:may|might|will|would|can|could|also|then)\s+){0,3}(?:transfer|sell|assign|pass|give|provide|disclose|share)\s+(?!(?:(?:the|any|such|your|all|its|our)\s+)?${GOODS})(?:your|it|them|the|all|any|such|this|these|that)\b`,
);
const DATA_OR_OWN_OBJECT = new RegExp(`${USER_DATA_NAMED.source}|${WE_MOVE_OTHER.source}`);
const GOODS_TRANSFERRED = anyOf(
  wordSeq(GOODS, gap(3), String.raw`(?:sold|resold|transferred|transfers)\b`),
  /\btransfer(?:s|red|ring)?\s+(?:of\s+)?(?:the\s+)?(?:money|funds|ownership|title\s+to)\b/,
);

/**
 * Data coming to the service, not from it (GUIDE: receiving data from third parties is not sharing): "information
 * that the social network shares with us", "our vendors … may share some or all of this information with us", "when
 * you authorise them to disclose to us your account information".
 */
const SHARED_WITH_US = wordSeq(
  String.raw`\b(?:share|shares|shared|disclose|discloses|disclosed)\b`,
  run(160, CLAUSE_RUN),
  String.raw`\b(?:with|to)\s+us\b`,
);
/**
 * Data passed on in the passive, to anyone but the service: "… may be made available to our partners", "is provided
 * to third parties", "may be rented". Read by both vetoes below: a clause that says it is kept.
 */
const PASSED_ON =
  /\b(?:be|is|are|been|being)\s+(?:\w+\s+)?(?:shared|disclosed|transferred|passed\s+on|made\s+available|provided|sold|rented|given|released)\b(?!\s+(?:with|to)\s+us\b)/;
/**
 * The clause also discloses outward: "we (may) share …", "… is shared with advertisers", "will not be disclosed", or
 * an outside party may receive or collect the data ("our parent companies may receive any information we do, and may
 * share information they have with us").
 */
const DISCLOSES_OUTWARD = new RegExp(
  String.raw`(?<!\bwe\s)\b(?:may|will|can)\s+(?:also\s+)?(?:receive|collect|access)\b|\bwe\s+(?:(?:may|might|will|can|could|also|do|does|would|not|never|only)\s+){0,3}(?:share|disclose|transfer|sell|pass|release|give|provide)\b|\b(?:shared|disclosed|transferred|passed\s+on)\b(?!\s+(?:with|to)\s+us\b)|${PASSED_ON.source}`,
);

/**
 * Whose rules govern what an outside party does (GUIDE: role=explanation): "the information collected by these third
 * parties is not covered by our Privacy Policy", "this Privacy Policy only applies to information collected by us",
 * "our partners process your data … pursuant to their own privacy policies". A clause that also says the service
 * discloses is kept.
 */
// Also the outside party's own policy named as what governs or restricts its processing: "the third party's
// collection, use, and disclosure of your information will be subject to that service's privacy notice", "… is
// restricted by such Third Party Services' terms of use and privacy policy".
const OUTSIDE_OUR_POLICY =
  /\bnot\s+covered\s+by\s+(?:this|our)\b|\b(?:policy|statement|notice)\s+(?:only\s+applies|applies\s+only|does\s+not\s+apply)\b|\b(?:pursuant\s+to|governed\s+by|subject\s+to)\s+(?:their|its)\s+own\s+privacy\b|\b(?:subject\s+to|governed\s+by|restricted\s+by)\s+(?:such|that|the|those|these|each|their|its)\s+(?:relevant\s+|respective\s+|applicable\s+)?(?:third[\s-]part(?:y|ies)|provider|service|platform)[\w’'-]*\s+(?:[\w’'-]+\s+){0,6}?privacy\s+(?:polic(?:y|ies)|notices?|statements?)\b/;
/**
 * What outside parties do with data the service does not control or answer for: "we are not responsible for the
 * information practices of such third parties, including their collection, use, and disclosure of your personal
 * information", "we do not control third parties' collection or use of your information", "Acme does not control the
 * information collected or stored by any of those third parties" (GUIDE: role=explanation).
 */
const NOT_OUR_PRACTICES =
  /\bnot\s+(?:be\s+)?(?:responsible|liable)\s+for\s+(?:the\s+)?(?:information|privacy|data)\s+practices\b|\b(?:do|does|did)\s+not\s+control\s+(?:or\s+[\w-]+\s+)?(?:the\s+)?(?:third[\s-]part(?:y|ies)['’]?s?\s+(?:collection|use|access|processing|practices)|information\s+(?:collected|used|stored)|their\s+(?:policies|practices|collection|use))\b/;
/** The service as the subject that discloses: "we (may) share", "to whom we disclose", "the company will not disclose". */
const WE_DISCLOSE_ACTIVE = new RegExp(disclosesAfter(SERVICE_SUBJECT, 0, true));
/**
 * The service answers for or controls none of the data once outside parties hold it: "we are not responsible for the
 * security of the personal information once received by the third party", "we will not be responsible for the data you
 * provide to this third party", "Acme is not responsible or liable for any third party access to or use of the content
 * you post" (GUIDE D8, G4: the disclosure is presupposed, the clause says who answers for it). The data must be said to
 * be out (once, after, received by, provided to someone): a bare "data" is any noun phrase ("any data loss", "the data
 * you post publicly"). Written with single spaces over the text with its white space runs made one (oneSpace): with
 * \s+ between the words recheck's fuzz found it polynomial.
 */
const NOT_OUR_DATA_ONCE_OUT =
  /\b(?:not (?:be )?(?:responsible|liable)(?: or (?:responsible|liable))? for|(?:has|have|will have|retains?) no (?:control|responsibility|liability) (?:over|for)) (?:the |any )?(?:third[ -]part(?:y|ies) (?:access to|use of)|(?:security of (?:the |your |such )?)?(?:data|information|personal (?:data|information)|content)(?: [\w'’-]+){0,6}? (?:once|after|(?:received|obtained|accessed) by|(?:you )?(?:provide|provided|give|given|submit|submitted) (?:it |them )?to (?:a|an|the|this|that|such|any|these|those|them|him|her)))\b/;
/** Cheap words that NOT_OUR_DATA_ONCE_OUT needs, before the text is copied with its white space made one. */
const ANSWERS_OR_CONTROLS = /responsib|liab|no\s+control/;
/**
 * The clause says the service answers for none of the data once out, and discloses nothing else: tested on the clause
 * with the saying cut out, whose "once received by the third party" is no disclosure of its own.
 */
function notOurDataOnceOut(own: string): boolean {
  if (!ANSWERS_OR_CONTROLS.test(own)) return false;
  const text = oneSpace(own);
  const m = NOT_OUR_DATA_ONCE_OUT.exec(text);
  if (!m) return false;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  return !dataReachesParty(rest);
}
/** The service discloses, or data passed on. */
const WE_DISCLOSE = new RegExp(String.raw`${WE_DISCLOSE_ACTIVE.source}|${PASSED_ON.source}`);

/**
 * The service's liability for onward transfers (GUIDE D8: liability for subprocessors is procedure, D13): "we remain
 * responsible for any of your personal data that we share with third parties acting on our behalf", "… has
 * responsibility for the processing of Personal Information it receives … and subsequently transfers to a third
 * party", "acknowledges its potential liability in cases of onward transfers to Third Parties". Who answers for the
 * recipients' processing, not a disclosure.
 */
const LIABLE =
  /\b(?:(?:remains?|is|are|stays?)\s+(?:fully\s+|also\s+|still\s+)?(?:responsible|liable|accountable)|(?:acknowledges?|accepts?|has|have|bears?|retains?|assumes?)\s+(?:full\s+|its\s+|our\s+|the\s+)?(?:potential\s+)?(?:responsibility|liability))\b/;
const FOR_ONWARD_PROCESSING =
  /\bonward\s+transfers?\b|\b(?:responsible|liable|accountable|responsibility|liability)\s+for\s+(?:the\s+processing\b|any\s+(?:of\s+)?(?:your\s+|the\s+)?personal\b|(?:your\s+)?personal\s+(?:data|information)\b)/;

/**
 * An engagement of an outside party as the occasion of the clause: "where we engage a third party …", "if we have used a
 * subcontractor …". Not "when we use your information" or "when we use cookies": the object is the engaged party.
 */
const ENGAGED_OCCASION =
  /\b(?:where|if|when|whenever)\s+we\s+(?:have\s+)?(?:engage|engaged|use|used|subcontract|subcontracted|involve|involved|appoint|appointed)\s+(?:(?:a|an|any|the|such|other|our)\s+)?(?:third[\s-]part(?:y|ies)|sub-?contractors?|sub-?processors?|contractors?|suppliers?|vendors?|agents?|(?:outside|external)\s+(?:companies|company|parties|party|vendors?|contractors?|providers?|firms?))\b/;
/** The service as the one liable for the engaged party: "we remain liable", "we are responsible", "we will stay accountable". */
const WE_LIABLE =
  /\bwe\s+(?:will\s+)?(?:remain|are|stay)\s+(?:fully\s+|also\s+|still\s+)?(?:responsible|liable|accountable)\b/;
/**
 * The engaged party handles or reaches the data itself: "they process your personal data on our behalf", "the vendor
 * will have access to your information". A clause that says so is kept (GUIDE D1, D12).
 */
const PARTY_HANDLES_DATA =
  /\b(?:process|processes|store|stores|host|hosts|handle|handles)\s+(?:your|the|such|this|that)\s+(?:personal\s+)?(?:data|information|details)\b|\b(?:have|has|had)\s+access\s+to\b/;

/**
 * Which regulator oversees the service's transfers (a Data Privacy Framework notice): "With respect to Personal Data
 * received or transferred pursuant to the Framework, Acme is subject to the regulatory enforcement powers of the
 * Federal Trade Commission", "… subject to the investigatory and enforcement powers of …". Oversight, not a disclosure.
 */
const REGULATOR_OVERSIGHT =
  /\bsubject\s+to\s+the\s+(?:[\w-]+\s+){0,3}?(?:enforcement|investigatory)\s+(?:powers?|authority|jurisdiction)\b/;

/** An outside party named as the one that uses or sets trackers, or a disclosure by the service, beside the advice. */
const PARTY_TRACKS_OR_WE_DISCLOSE =
  /\b(?:part(?:y|ies|ners?)|advertisers|networks|providers|vendors|companies)\s+(?:(?:may|might|can|will|also|still|do)\s+){0,2}(?:use|uses|set|sets|place|places|deploy|deploys|collect|collects)\b|\bwe\s+(?:(?:may|might|will|can|could|also|do|does)\s+){0,2}(?:share|disclose|allow|let|permit)\b/;

/**
 * A licence or right over content the user grants (GUIDE D10: sub-licences of user content to affiliates, licences to
 * other users or recipients are content_licence, not a disclosure of personal data): "you grant Acme and its
 * affiliates a licence to use your content", "you grant each party who has access a … licence … to use the Trading
 * Partner Contributed Content", "sub-licensable (this means we can license your content to others …)". A clause that
 * names personal data or says the service discloses is kept.
 */
const LICENCE_GRANTED = anyOf(
  // The user grants ("you grant", "you must grant"), not the service ("we grant you a licence to allow Developers to
  // access Confidential Information").
  wordSeq(
    String.raw`\byou\s+(?:(?:hereby|also|must|will|may|automatically|expressly|irrevocably)\s+){0,2}grant\b`,
    run(160, CLAUSE_RUN),
    String.raw`\b(?:licen[cs]es?|sub-?licen[cs]able|right\s+to)\b`,
  ),
  /\bsub-?licen[cs]able\b|\blicen[cs]e\s+(?:your|the|such|any|all)\s+(?:user\s+)?content\b/,
);
const PERSONAL_DATA_NAMED =
  /\bpersonal\s+(?:data|information|details)\b|\bpii\b|\byour\s+(?:name|likeness|data|information|account|contact|email|location|profile|username|photos?|messages)\b|\bright\s+to\s+(?:share|disclose|provide|transfer|sell)\b/;

/**
 * Data an outside party already has, and what becomes of it after the user deletes (GUIDE: retention by others is no
 * disclosure the clause makes): "copies … may still be viewable … to the extent such information has been previously
 * shared with others", "if you have given third-party applications … access to your personal information, they may
 * keep that information", "if certain information has already been provided to third parties, … retention of that
 * information will be subject to those third parties' policies". A clause where the service says it discloses is kept.
 */
const ALREADY_PASSED_ON = new RegExp(
  String.raw`\b(?:has|have)\s+(?:already\s+|previously\s+)?been\s+(?:already\s+|previously\s+)?(?:shared|provided|disclosed|transferred|passed\s+on|made\s+available)\b|\bif\s+${READER}\s+ha(?:ve|s)\s+(?:given|granted|allowed|authori[sz]ed)\b`,
);
const KEPT_ELSEWHERE =
  /\b(?:still|continue\s+to|remain|remains|retain|retains|retention|keep|keeps|kept|cached|copies)\b/;
const WE_HAVE_DISCLOSED = /\bwe\s+(?:have\s+)?(?:already\s+|previously\s+)?(?:shared|disclosed|transferred|provided)\b/;

/**
 * A pointer to where the policy describes its disclosures (GUIDE: role=pointer), or an announcement of what a text
 * describes: "please review our privacy policy", "this notice should be read in conjunction with our Privacy Notice,
 * which provides details of … third parties to which Personal Data is disclosed", "… are as set forth in our Privacy
 * Statement", "Learn more about … whether and with whom we may share that information", "the purpose of this notice is
 * to describe how Acme … discloses". What is described (after "which", "how", "whether", "to whom") is no disclosure;
 * a main clause that discloses is kept ("we share your data with partners; see our privacy policy").
 */
const POINTER = anyOf(
  wordSeq(
    String.raw`\b(?:review|read|see|consult|refer\s+to)\s+(?:our|the)\s+`,
    words(3, { word: CLAUSE_WORD }),
    String.raw`(?:policy|notice|statement)\b`,
  ),
  /\bread\s+in\s+conjunction\s+with\b|\b(?:is|are)\s+(?:as\s+)?set\s+(?:forth|out)\s+in\s+(?:our|the)\b|^\W*learn\s+more\b/,
  /\b(?:purpose\s+of\s+this|this\s+section)\s+(?:[\w-]+\s+){0,2}(?:is\s+to\s+)?(?:describe|describes|explain|explains)\b/,
  // Where a list of the recipients is: "a full list of our sub-processors is found in our DPA", "the list of such
  // third-party cookies … is listed below". Not "see the list of our Sub-Processors that we use to host the
  // Services", which says what they do.
  wordSeq(
    String.raw`\blist\s+of\s+`,
    words(12, { word: CLAUSE_WORD }),
    String.raw`(?:is|are|can\s+be|may\s+be)\s+(?:found|available|listed|located|accessible|provided)\b`,
  ),
);
const OPT_OUT = /\bopt(?:\s+|-)?out\b/;
/** Described matter: from a relative or question word to the next comma. */
const DESCRIBED = /\b(?:to\s+which|to\s+whom|with\s+whom|whether|how|which|what)\b[^,;:]*/g;

/**
 * The user's own choice to post publicly (GUIDE data_sharing: publishing what the user chose to post is not sharing;
 * "… you may decide to share some information or content publicly or privately", "if you choose to share Personal
 * Information publicly through the Services, … we cannot control the actions of third parties").
 */
const USER_SHARES_PUBLICLY =
  /\b(?:you|users?)\s+(?:may\s+|can\s+)?(?:choose|choses|decide|decides|elect|elects|opt)\s+to\s+(?:share|post|publish|disclose)\s+(?:[\w-]+\s+){0,6}?(?:publicly|in\s+public)\b/;

/**
 * "Share" as posting or passing on content, with no personal data and no one's data named: the users' own sharing
 * ("everyone on the platform can share content", "a place to share photos, news and information", "never share this
 * kind of content") or the service spreading its own content ("we use social media to share our content"). GUIDE
 * data_sharing: what the user posts is not sharing unless the service passes it on; the service's own articles are no
 * user data.
 */
const SHARES_CONTENT =
  /\b(?:share|shares|sharing)\s+(?:(?:our|this|that|such|other|any|some|the|kind|of|[a-z]+\s+or\s+[a-z]+)\s+){0,3}(?:content|posts?|photos?|comments?|news|memes|stories)\b|\bcontent\s+being\s+shared\b/;
/**
 * What keeps such a clause: a sharing tool that sends to a social network or another company (GUIDE D4: the user starts
 * a transfer = conditional opt_in), or an authority named (a disclosure of its own).
 */
const SHARING_TOOL_OR_AUTHORITY = new RegExp(
  String.raw`\bsocial\s+(?:media\s+|network\s+)?(?:buttons?|plug-?ins|cookies|channels|platforms?|features?|networks?)\b|\b(?:sharing|share)\s+(?:features?|buttons?|tools?)\b|\b(?:enables?|allows?|lets?)\s+you\s+to\b|\b${wordsPattern(LEXICON_LISTS.Authority!)}\b`,
);

/**
 * The user told to keep a secret (GUIDE: obligations on the user = none actor=user): "Never share the password you use
 * to access your account with anyone", "your account is personal and should not be shared with anyone outside your
 * household", "memorise your PIN and never disclose this and other security information to anyone", "… and not share
 * your account details with any third party".
 */
const USER_KEEPS_SECRET =
  /^\W*(?:please\s+)?never\s+(?:share|disclose|give|reveal|send)\b|\b(?:passwords?|pins?|credentials|account)\s+(?:[\w’'-]+\s+){0,6}?(?:should|must|may)\s+not\s+be\s+(?:shared|disclosed|given)\b|\b(?:not|never)\s+(?:to\s+)?(?:share|disclose|reveal)\s+(?:your|the|this|any)\s+(?:[\w’'-]+\s+){0,3}?(?:passwords?|pins?|credentials|security\s+information|account\s+details)\b/;
/**
 * The service as the subject of a modal or a pledge, in a lead-in: "We will always:", "The Company will:", "We commit
 * to:". Not "we" alone: "We recommend that users:", "To help us protect your account, please:" lead the user's duties.
 */
const SERVICE_ACTS = String.raw`\s+(?:may|might|will|shall|can|could|would|does|do|never|not|also|only|(?:commit|promise|pledge|undertake)s?\s+to)\b`;
const SERVICE_PROMISES = new RegExp(`${SERVICE_SUBJECT}${SERVICE_ACTS}`);
/** An exception the service's policy sets, or the user's consent: the service's promise ("… except as described in this Privacy Policy"). */
const SERVICE_EXCEPTION =
  /\b(?:except|other\s+than|unless)\s+(?:as\s+)?(?:described|set\s+(?:out|forth)|provided|stated|permitted|explained)\s+(?:in|by|under)\s+(?:this|our|the)\b|\bwithout\s+(?:your|the\s+user['’]?s)\s+(?:prior\s+|express\s+|explicit\s+)?(?:consent|permission|authori[sz]ation)\b/;
/**
 * An audit of a party's compliance (GUIDE D8: procedure): "Acme will make available to the third-party auditor all
 * information necessary to demonstrate such compliance", "nothing in this Appendix will require Acme either to disclose
 * to Customer or its third-party auditor …", "both parties agree to share information regarding any non-compliance
 * discovered during the course of an audit". Not when the user's personal data is named.
 */
const AUDIT = /\baudit(?:s|ors?)?\b/;
const OF_COMPLIANCE = /\b(?:compliance|non-compliance|comply|nothing\s+in\s+th(?:is|ese)\b)/;
/** The user's or a customer's data named (read by the audit and the confidential-information vetoes). */
const USERS_DATA_NAMED =
  /\b(?:personal\s+(?:data|information)|your\s+(?:data|information|content|details)|(?:information|data|details)\s+about\s+you|customer\s+data|end\s+users?['’]?\s+data)\b/;

/**
 * Words of the text defined or explained, not acts: "any use of the terms 'own', 'purchase', 'sale' … refers to a
 * licence", "the CCPA definitions of 'sale' and 'share' do not include the transfer of personal information as an
 * asset that is part of a merger" (GUIDE: none role=definition / role=explanation).
 */
/**
 * A business recipient named beside the definition or the confidential information: "… may include sharing certain
 * information with our advertising partners". Narrower than the lexicon's ThirdParty, which holds "anyone" and
 * "entity" ("share Confidential Information with a governmental entity" is still business information).
 */
const BUSINESS_RECIPIENT =
  /\b(?:partners?|advertisers?|third\s+parties|affiliates|vendors|service\s+providers|data\s+brokers)\b/;
/**
 * A term defined (GUIDE: "Definitions ('Sale' means …)": none role=definition): a unit that opens with a quoted term and
 * a defining verb ("“Sub-Processor” means any processor engaged by Acme who receives personal data", "“Sub-Processor”
 * has the definition attributed to it in the GDPR"), or, under a "Definitions" heading, the quoted term and "is"/"are"
 * ("“Organizations” are shared workspaces …"); a name given ("cookies set by owners of other domains are called
 * third-party cookies", "the California law refers to it as “Share”"). What a definition says of recipients defines
 * the term; a clause where the service says it discloses is kept (WE_DISCLOSE_PLAIN).
 */
// The quoted term is found by steps: one regex over an optional label, the quotes and the term backtracks badly.
const LEADING_MARKS = /^[\s\-–—•*·]+/;
const ITEM_LABEL = /^\(?[a-z0-9]{1,3}[.)]\s*/;
const OPEN_QUOTES = '“"‘\'';
const CLOSE_QUOTES = '”"’\'';
const TERM_END = /[”"’'.;:]/;
/** What follows a quoted term that opens the unit ("“Sub-Processor” means …" → "means …"), or null. */
function afterOpeningTerm(own: string): string | null {
  let rest = own.replace(LEADING_MARKS, '').replace(ITEM_LABEL, '');
  if (!OPEN_QUOTES.includes(rest[0] ?? '\n')) return null;
  const end = rest.slice(1, 62).search(TERM_END);
  if (end < 1 || !CLOSE_QUOTES.includes(rest[1 + end]!)) return null;
  rest = rest.slice(2 + end).trimStart();
  return (rest.startsWith(',') ? rest.slice(1) : rest).trimStart();
}
/** A share or sale word of the lexicon, in any form it lists. */
const SHARE_WORDS = new RegExp(
  String.raw`\b${wordsPattern(shortestPhrases([...LEXICON_LISTS.ShareVerb!, ...LEXICON_LISTS.SellVerb!]))}\b`,
);
/** An outside party's act on the data beside a name given ("… are called ad partners; they can access …"). */
const NAMED_PARTY_ACT = new RegExp(String.raw`\b${wordsPattern(NAMED_PARTY_ACTS)}\b`);
const DEFINED_BY =
  /^(?:means?|shall\s+mean|refers?\s+to|has\s+the\s+(?:same\s+)?(?:meaning|definition)|(?:is|are)\s+defined\s+as)\b/;
const IS_OR_ARE = /^(?:is|are)\b/;
/** "Is"/"are" as a passive share ("“Marketing data” is shared with our advertising partners"), not a definition. */
const IS_SHARED = new RegExp(
  String.raw`^(?:is|are)\s+(?:(?:also|only|then|not|never|generally|usually)\s+){0,2}${SHARE_WORDS.source}\s+(?:with|to|by|among|between|for)\b`,
);
/** What comes after the definition's first clause or sentence: a disclosure there is no part of the definition. */
const DEFINITION_END = /;|[.!?]\s/;
// A name given to a kind of thing: with no share word ("… are called third-party cookies"), or a quoted name.
const NAME_GIVEN = /\b(?:is|are)\s+called\b/;
const QUOTED_NAME_GIVEN = /\b(?:refers?\s+to\s+(?:it|this|them|that)\s+as|(?:is|are)\s+referred\s+to\s+as)\s+[“"‘']/;
/** A condition a quoted name is given under ("when personal information is disclosed …, the law refers to it as …"). */
const CONDITION_WORD = /\b(?:when|whenever|if|where)\b/;
function termDefined(own: string, headings: string | undefined): boolean {
  const afterTerm = afterOpeningTerm(own);
  if (afterTerm !== null) {
    // Only the nearest heading says the unit is a definition.
    const nearest = (headings ?? '').split(' › ').pop() ?? '';
    const defines =
      DEFINED_BY.test(afterTerm) ||
      (IS_OR_ARE.test(afterTerm) && !IS_SHARED.test(afterTerm) && /\bdefinitions?\b/.test(nearest));
    if (defines) {
      const end = DEFINITION_END.exec(afterTerm);
      const later = end ? afterTerm.slice(end.index + 1) : '';
      return !SHARE_WORDS.test(later) && !PARTY_RECEIVES.test(later) && !PARTY_TRACKS_OR_WE_DISCLOSE.test(later);
    }
  }
  if (NAME_GIVEN.test(own)) {
    return !SHARE_WORDS.test(own) && !NAMED_PARTY_ACT.test(own) && !PARTY_TRACKS_OR_WE_DISCLOSE.test(own);
  }
  const quoted = QUOTED_NAME_GIVEN.exec(own);
  if (!quoted) return false;
  // A share word before the name only as the condition the name is given under, never as a statement of its own.
  const before = own.slice(0, quoted.index);
  const share = SHARE_WORDS.exec(before);
  if (!share) return !NAMED_PARTY_ACT.test(before);
  const condition = CONDITION_WORD.exec(before);
  return condition !== null && condition.index < share.index && !/[;:]/.test(before);
}
const TERMS_DEFINED =
  /\b(?:use|usage)\s+of\s+(?:the\s+)?terms\b|\bdefinitions?\s+of\s+\W{0,2}(?:sale|sell|share|sharing)\b/;
/**
 * A business's "Confidential Information" (GUIDE data_sharing, open cases: two-way confidentiality of business terms
 * is business information, not personal data): "your right to share Confidential Information with a governmental
 * entity", "disclosing the Acme Confidential Information". Not when personal data is named beside it.
 */
const CONFIDENTIAL_INFORMATION =
  /\b(?:share|shares|disclose|discloses|disclosing|access)\s+(?:the\s+|any\s+|such\s+)?(?:[\w-]+\s+)?confidential\s+information\b/;
/** A note on what an update of the text added: "We added language describing our practices for sharing …". */
const CHANGE_NOTE =
  /^\W*we\s+(?:have\s+)?(?:added|updated|revised|clarified|expanded)\s+(?:the\s+)?(?:language|information|details|text|sections?)\s+(?:describing|explaining|about|on|regarding)\b/;

/**
 * California's "Shine the Light" request: "the right to … receive … the categories of information we disclosed to
 * third parties for their direct marketing purposes", "request a list of what Personal Information … we disclosed to
 * third parties for direct marketing purposes". What the user may ask for, past tense (GUIDE D8, D10).
 */
// Also "shared with", "for their own" or "for the third parties' direct marketing", and an item of the list that the
// request returns, known by its period ("the categories of information we disclosed to third parties for the third
// parties' direct marketing purposes during the preceding calendar year"). "Categories" alone is no request: "the
// categories of personal information we shared with third parties for their direct marketing purposes are …" tells a
// past disclosure (GUIDE D1).
const SHARED_FOR_DIRECT_MARKETING = [
  String.raw`\b(?:disclosed|shared)\s+(?:to|with)\s+third\s+parties\s+`,
  run(80, '[^.;]'),
  String.raw`\bfor\s+(?:their\s+(?:own\s+)?|the\s+third\s+parties['’]?\s+)?direct\s+marketing\b`,
];
/**
 * What the period's disclosures were, told: "… during the preceding calendar year were names and email addresses" is a
 * past disclosure (GUIDE D1), not the request's list.
 */
const PAST_DISCLOSURES_LISTED =
  /\b(?:preceding|prior|previous)\s+calendar\s+year,?\s+(?:were|was|are|is|include|included|includes|consisted\s+of)\b/;
const SHINE_THE_LIGHT = anyOf(
  wordSeq(String.raw`\b(?:request|receive|obtain|list)\b`, run(200, '[^.;]'), ...SHARED_FOR_DIRECT_MARKETING),
  wordSeq(
    String.raw`\bcategories\b`,
    run(200, '[^.;]'),
    ...SHARED_FOR_DIRECT_MARKETING,
    run(80, '[^.;]'),
    String.raw`\b(?:preceding|prior|previous)\s+calendar\s+year\b`,
  ),
);

/**
 * Data coming in (GUIDE data_sharing: receiving data from third parties is not sharing; D10): "we receive Personal
 * Information from our service providers and other vendors that we engage", "we may obtain updated contact
 * information from third-party information providers", "service providers and other parties provide us with
 * information". A clause with a share verb of its own is kept.
 */
const DATA_COMES_IN = anyOf(
  wordSeq(
    String.raw`\bwe\s+(?:${AUXILIARIES}\s+){0,2}(?:receive|obtain|collect|get)\b`,
    run(120, CLAUSE_RUN),
    String.raw`\bfrom\b`,
  ),
  // Data, not services ("companies who provide us with services" are recipients).
  /\b(?:provide|provides|give|gives|send|sends)\s+us\s+with\s+(?:[\w-]+\s+){0,2}?(?:information|data|details)\b/,
);
/** Outside parties act beside the service: "we, and our third-party partners, use information …". */
const WE_AND_PARTIES =
  /\bwe,?\s+and\s+(?:our\s+)?(?:[\w-]+\s+){0,2}?(?:partners|affiliates|vendors|providers|advertisers)\b/;
const SHARE_VERB =
  /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|sell|sells|sold|transfer|transfers|transferred|rent|rents|pass|passes|passed)\b/;
/** An outside party that gets the data, beside a pointer: "…our partners, who receive your email address". */
const PARTY_RECEIVES =
  /\b(?:part(?:y|ies|ners?)|advertisers|providers|vendors|affiliates)\b[^.;]{0,20}?\b(?:receive|receives|collect|collects|access|accesses|obtain|obtains)\b/;
/**
 * Data reaching an outside party in the clause's own words, beside "not responsible for the data once out" (which says
 * who answers for data the clause itself discloses): "our payment processor receives your card details", "advertisers
 * will have access to your profile", "our vendors process your personal data", "your data is sent to our analytics
 * provider", "your information will pass to the acquirer". Over single-spaced text (oneSpace).
 */
const PARTY_HOLDS =
  /\b(?:part(?:y|ies|ners?)|advertisers?|providers?|vendors?|affiliates?|processors?|apps?|applications?|acquirers?|buyers?|recipients?)\b[^.;]{0,20}?\b(?:receive|receives|collect|collects|access|accesses|obtain|obtains|store|stores|process|processes|have access|has access|get access|gets access|gain access|gains access)\b/;
/** Data passed to someone in the passive, or passing to them: "is sent to", "will pass to". Single-spaced text. */
const HANDED_TO =
  /\b(?:is|are|be|been) (?:sent|passed|transferred|disclosed|provided|transmitted|shared|given|made available) to\b|\bpass(?:es)? to\b/;
const dataReachesParty = (spaced: string): boolean =>
  PARTY_RECEIVES.test(spaced) || PARTY_HOLDS.test(spaced) || HANDED_TO.test(spaced);
/** A disclosure that goes on: "we will continue to share …", "your location will still be provided to our partners". */
const STILL_DISCLOSED =
  /\bwe\s+(?:will\s+|may\s+)?(?:continue\s+to|still)\s+(?:share|disclose|provide|send|sell)\b|\b(?:will|may)\s+(?:still\s+|continue\s+to\s+)?be\s+(?:still\s+)?(?:shared|provided|disclosed|sent)\s+(?:with|to)\b/;
/**
 * The service giving on what it took in, the "from" inside the object: "we may provide information we collect from you
 * to third parties", "we may make the data we collect when you use our apps available to advertisers". The giving verb
 * is the service's own (right after "we" and its modals), its object is data (the collecting clause sits between the
 * verb and "to"/"with", or a data word or "it"/"them" comes right after the verb) and a recipient follows: "we provide
 * ad services to publishers" gives services, and the data it received elsewhere in the unit still comes in.
 */
const WE_GIVE = String.raw`\bwe\s+(?:(?:${AUXILIARIES_OR_DENIALS}|(?:do|wo)${wordsPattern(NEGATION_CONTRACTIONS)})\s+){0,3}(?:provide|give|send|transmit|make|forward|supply|deliver)\b`;
const GIVEN_DATA = String.raw`\s+(?:(?:the|this|that|such|these|those|your|any|certain|all|some|aggregated?|personal)\s+){0,2}(?:${wordsPattern(shortestPhrases(LEXICON_LISTS.UserData!.filter((w) => !/\bcontent\b/.test(w))))}|it|them)(?=\s+(?:we|you|that|which|collected|obtained|received|gathered|from|to|with|available|accessible)\b)`;
const GIVEN_TO = [String.raw`\b(?:(?:available|accessible)\s+)?(?:to|with)\b`, gap(3), CONTRACT_RECIPIENT] as const;
const WE_GIVE_ON = anyOf(
  wordSeq(
    WE_GIVE,
    run(60, CLAUSE_RUN),
    String.raw`\b(?:we|you)\s+(?:(?:have|may|might|also)\s+)?(?:collect|collected|receive|received|obtain|obtained|gather|gathered|get)\b`,
    run(60, CLAUSE_RUN),
    String.raw`\bfrom\b`,
    run(60, CLAUSE_RUN),
    ...GIVEN_TO,
  ),
  wordSeq(WE_GIVE + GIVEN_DATA, run(120, CLAUSE_RUN), ...GIVEN_TO),
);
/** Giving data out by another verb: "provide it to our service providers", "make it available to advertisers". */
const GIVES_OUT =
  /\b(?:provide|provides|send|sends|give|gives|transmit|transmits|make|makes)\s+(?:it|them|this|that|such|the|your)\b[^.;]{0,40}?\b(?:to|with)\s+(?:our|its|their|other|third|selected|certain|these|those)\b/;

/**
 * Disclosures described, not made: what a right, a request, a pointer or an announcement is about ("request information
 * about with whom we share your data", "to request more information concerning the categories of personal information
 * we share with third parties, please contact us", "for a list of the categories of personal information we have
 * disclosed …, please click here", "This section provides details about the categories of personal information we have
 * collected, disclosed or sold", "the chart below describes … the parties we have disclosed such information to", "the
 * means offered for limiting use and disclosure"). GUIDE: role=explanation or
 * role=pointer. The described matter runs from a governed head to the next comma (after a document part that
 * describes: to the end of the sentence); what is left must ask, point or announce, and say no disclosure of its own
 * ("we share your data with partners; for information about them, see our website" is kept).
 */
// Heads whose object is a description of the data or of the purposes, not the recipients: "a list of our
// sub-processors that we use to host the Services" says what the service does (D1). A head counts only right after
// a right, a request or a pointer that governs it ("request information about …", "for a list of the categories of
// …"): the same words as a share verb's subject or object name the data ("information about you may be shared").
const DESCRIBED_HEAD = String.raw`(?:${wordsPattern(DESCRIBED_HEAD_NOUNS)}\s+${wordsPattern(DESCRIBED_HEAD_PREPOSITIONS)}|(?:list\s+of\s+(?:the\s+)?)?${wordsPattern(DESCRIBED_HEAD_KINDS)}\s+of|purposes?\s+for\s+which|(?:limiting|restricting)\s+(?:the\s+)?(?:use|processing),?\s+(?:and|or|and\/or)\s+(?:disclos|shar)\w*)\b[^,;:.]*`;
const GOVERNED_HEAD = new RegExp(
  String.raw`\b(${wordsPattern(DESCRIBED_GOVERNORS)})\s+(?:(?:a|the|more|further|additional|full|complete|specific)\s+){0,3}${DESCRIBED_HEAD}`,
  'g',
);
/** A head listed after a governed one ("… about the purposes …, the types of third parties to which …"). */
const LISTED_HEAD = new RegExp(String.raw`^\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?${DESCRIBED_HEAD}`);
/** A document part as the subject at the unit's start: "The chart below describes …", "This Section 8 provides details about …". */
const PART_DESCRIBES =
  /^\W*(?:this|the|our)\b([^.;]{0,160}?)\b(?:describes|provides\s+details\s+(?:about|of|on|regarding))\b[^;.]*/;
const DESCRIBING_PART = new RegExp(String.raw`\b${wordsPattern(DESCRIBING_PARTS)}\b`);
/** The rest asks or announces (a right, a request, a notice to the user), or points in the imperative. */
// A pointer only in the imperative ("…, please see Section 5", "click here"): "when you visit the site" is no pointer.
const ASKS_POINTS_OR_TELLS = new RegExp(
  String.raw`\b${wordsPattern(DESCRIBED_ASKS)}\b|(?:^|[,;:]\s*|\bplease\s+)${wordsPattern(DESCRIBED_POINTS)}\b`,
);
/** The unit without what a governed head describes (the governor kept), or the unit itself. */
function withoutGoverned(text: string): string {
  let out = '';
  let from = 0;
  GOVERNED_HEAD.lastIndex = 0;
  for (let m = GOVERNED_HEAD.exec(text); m; m = GOVERNED_HEAD.exec(text)) {
    out += `${text.slice(from, m.index)} ${m[1]} `;
    from = m.index + m[0].length;
    for (let next = LISTED_HEAD.exec(text.slice(from)); next; next = LISTED_HEAD.exec(text.slice(from))) {
      from += next[0].length;
    }
    GOVERNED_HEAD.lastIndex = from;
  }
  return out + text.slice(from);
}
function disclosuresDescribed(own: string): boolean {
  // "For information about the partner's practices and to opt out of its sharing, visit …" states the choice.
  if (OPT_OUT.test(own)) return false;
  const part = PART_DESCRIBES.exec(own);
  const byPart = part !== null && DESCRIBING_PART.test(part[1]!) && !SHARE_WORDS.test(part[1]!);
  const rest = withoutGoverned(byPart ? own.slice(part[0].length) : own);
  return (
    (byPart || (rest !== own && ASKS_POINTS_OR_TELLS.test(rest))) &&
    !SHARE_WORDS.test(rest) &&
    !PARTY_TRACKS_OR_WE_DISCLOSE.test(rest) &&
    !PARTY_RECEIVES.test(rest)
  );
}

/**
 * How a privacy-rights request is handled (GUIDE D8: procedure): an authorised agent acting for the user ("we may
 * require a signed permission demonstrating your authorized agent has been authorized"), the "specific pieces of
 * personal information" a right of access returns to the user ("we cannot disclose specific pieces of Personal
 * Information if the disclosure would create a … risk"). The disclosure there is to the user, not to a third party.
 */
const RIGHTS_REQUEST_PROCEDURE =
  /\bauthori[sz]ed\s+agent(?:['’]s)?\s+(?:may|must|has|have|to|on|authority|acting)\b|\bauthori[sz]ed\s+agents?\s+to\s+(?:make|submit|act)\b|\b(?:request|access|know|disclose|provide)\s+(?:the\s+)?specific\s+pieces\s+of\b/;
/** The opt-out itself, made by the user or the agent: "you or your authorized agent may opt out of the sale of …". */
const MAY_OPT_OUT = /\b(?:may|can)\s+(?:also\s+)?opt[\s-]?out\b/;
/** A recipient named beside the procedure: "… disclosed to your authorized agent and to the verification vendors". */
const TO_RECIPIENT =
  /\b(?:to|with)\s+(?:our\s+|the\s+|certain\s+|third[\s-]party\s+)?(?:[\w-]+\s+)?(?:vendors|partners|brokers|providers|advertisers|affiliates)\b/;

/**
 * Data sent to the document's first party by name (GUIDE data_sharing: receiving data is not sharing; D10): "the
 * partner sites may share that data with Acme for the purpose of improving our Services", "the social media provider
 * may share data from your account … to Acme based on your consent". Built per name, once.
 */
interface FirstPartyTests {
  toIt: RegExp;
  itShares: RegExp;
  /** The first party as the subject that discloses: "Acme may disclose", "Acme will not share". */
  discloses: RegExp;
  /** The first party as the subject of a modal: "Acme will …", "Acme may …". */
  acts: RegExp;
  /** The first party with its own group: "Acme and its affiliates", "Acme (and its Affiliates)". */
  group: RegExp;
}
const TO_FIRST_PARTY = new Map<string, FirstPartyTests>();
function firstPartyTests(words: readonly string[]): FirstPartyTests {
  const key = words.join(' ');
  let t = TO_FIRST_PARTY.get(key);
  if (!t) {
    const name = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`[\s-]+`);
    t = {
      toIt: new RegExp(
        String.raw`\b(?:share|shares|shared|disclose|discloses|disclosed|send|sends|sent|pass|passes|passed)\b(?:(?!\b(?:to|with|by)\b)${CLAUSE_RUN}){0,160}?\b(?:with|to)\s+${name}(?![\w'’-])`,
      ),
      // The first party discloses itself: "Acme may share your data with partners".
      itShares: new RegExp(
        String.raw`(?<![\w-])${name},?\s+(?:(?:${AUXILIARIES}|which|who|then|in\s+turn)\s+){0,3}(?:share|shares|disclose|discloses|provide|provides|transfer|transfers|sell|sells|pass|passes|release|releases|give|gives)\b`,
      ),
      discloses: new RegExp(
        disclosesAfter(String.raw`(?<![\w-])${name}${CORP_SUFFIX}${AND_SERVICE_SIDE}`, 0, true),
        'g',
      ),
      acts: new RegExp(String.raw`(?<![\w-])${name}${CORP_SUFFIX}${AND_SERVICE_SIDE}${SERVICE_ACTS}`, 'g'),
      group: new RegExp(String.raw`(?<![\w-])${name}${CORP_SUFFIX}${GROUP_TAIL}`, 'g'),
    };
    TO_FIRST_PARTY.set(key, t);
  }
  return t;
}
/** A word before a name that makes it no subject: "everyone on Acme can share content", "any Acme partner may …". */
const NOT_SUBJECT_BEFORE =
  /\b(?:a|an|any|another|other|each|every|such|on|of|to|with|at|from|by|for|in|via|through)\s+$/;
/** A first-party name as the subject of `re` (global): some match not after a preposition or a determiner. */
function nameAsSubject(re: RegExp, text: string): boolean {
  for (const m of text.matchAll(re))
    if (!NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return true;
  return false;
}
/** The service, as the subject, discloses: "we will never share", a first-party name ("Acme may disclose …"). */
function serviceIsDiscloser(own: string, names: FirstPartyNames | undefined): boolean {
  return WE_DISCLOSE_ACTIVE.test(own) || !!names?.some((n) => nameAsSubject(firstPartyTests(n).discloses, own));
}
/** The service says it discloses: as the subject, or data passed on. */
function serviceDiscloses(own: string, names: FirstPartyNames | undefined): boolean {
  return PASSED_ON.test(own) || serviceIsDiscloser(own, names);
}
/** The service as the subject of a modal or a pledge: "we will …", "the company will …", "Acme may …". */
function servicePromises(text: string, names: FirstPartyNames | undefined): boolean {
  return SERVICE_PROMISES.test(text) || !!names?.some((n) => nameAsSubject(firstPartyTests(n).acts, text));
}
function sharedWithFirstParty(lower: string, names: FirstPartyNames | undefined): boolean {
  if (!names?.length || DISCLOSES_OUTWARD.test(lower)) return false;
  const tests = names.map(firstPartyTests);
  return tests.some((t) => t.toIt.test(lower)) && !tests.some((t) => t.itShares.test(lower));
}

/**
 * A statement of how the service processes in general, over a series of processing verbs that ends in "disclose", with
 * no recipient and no "may", "will" or denial: "Acme strives to collect, use and disclose Your Data strictly as necessary and in a manner
 * consistent with the applicable laws", "when we collect, maintain, access, use, or disclose your Personal Health
 * Information, we do so using systems … consistent with … HIPAA" (GUIDE: role=explanation).
 */
const PROCESSING_SERIES =
  /\b(?:collect|use|store|maintain|access|retain|process|handle|receive|obtain)(?:s|es)?(?:,\s+[a-z]+){1,5},?\s+(?:and|or|and\/or)\s+disclos(?:e|es)\b/;
/**
 * A right taken, bound or denied ("we may …", "we will … if", "shall … only", "we do not …", "we reserve the right to
 * …"): the rules read it.
 */
const MODAL_OR_DENIAL = /\b(?:may|might|will|would|shall|must|can|could|not|never|only|right|entitled)\b|n[’']t\b/;
/** A purpose of advertising or sale named with the series: "… disclose your health data to serve you ads" discloses. */
const AD_PURPOSE = /\b(?:advertis\w*|ads|marketing|sell|sale)\b/;
/** Anyone named as a recipient, or a disclosure by another verb ("share", "sell"). */
const RECIPIENT_NAMED =
  /\b(?:third[\s-]part(?:y|ies)|partners?|affiliat\w*|vendors?|(?:service\s+)?providers?|advertisers?|authorit(?:y|ies)|law\s+enforcement|(?:sub-?)?processors|contractors|agents|buyers?|government|others|anyone|share|shares|sell|sells|transfer|transfers)\b/;

/**
 * What the disclosures depend on, with the disclosure as the subject (GUIDE: role=explanation): "the specific
 * categories of Personal Information we disclose to these recipients depend on how you interact with us", "the
 * identity of our Commercial Partners who process Your data depends on the Content and ads You watch". The sharing is
 * said elsewhere; a clause where the service says it may disclose is kept.
 */
const DISCLOSURE_DEPENDS = wordSeq(
  String.raw`\b(?:share|shares|shared|disclose|discloses|disclosed|process|processes|receive|receives)\b`,
  run(120, CLAUSE_RUN),
  String.raw`\b(?:depends?|will\s+depend|var(?:y|ies)|will\s+vary)\s+(?:on|upon|depending|according\s+to|based\s+on)\b`,
);

/**
 * Access the service does not give, as a risk or a promise of security (GUIDE: a security promise is no grant): "Acme
 * does not guarantee that the personal information you provide will not be intercepted by others", "we protect your
 * data against unauthorized access or disclosure". Not "collected and used by third parties without our knowledge"
 * after the user posts publicly: OPP-115 labels that third-party collection.
 */
const ACCESS_NOT_GIVEN =
  /\b(?:be|been|being|is|are|get|gets)\s+(?:\w+\s+)?(?:intercepted|hacked|breached|stolen)\b|\bunauthori[sz]ed\s+(?:access|use|disclosure|third\s+part(?:y|ies)|persons?|individuals?|parties)\b/;

/**
 * Access taken against the service's will, said with the taker as the subject: "third parties may unlawfully intercept
 * or access transmissions", "when third parties misrepresent their identities in asking for access". A security risk
 * (GUIDE: a security promise is no grant), not a disclosure by the service's choice. Not "users who fraudulently obtain
 * goods" or "protected against anyone who would unlawfully access them": fraud-prevention and security clauses that
 * pass data on or name a processor.
 */
const ACCESS_TAKEN_UNLAWFULLY =
  /\b(?:third[\s-]parties|others|someone|anyone|hackers|criminals|unauthori[sz]ed\s+(?:persons|parties|individuals|users))\s+(?:(?:may|might|could|can|will)\s+)?(?:(?:unlawfully|illegally|wrongfully)\s+(?:\w+\s+(?:or\s+)?)?(?:intercept|access)|misrepresent\s+(?:their|his|her)\s+identit(?:y|ies))\b/;

/**
 * "Disclose" in the sense of state or label, not pass on: "the law requires operators to disclose how they respond to
 * Do Not Track signals", "the notice discloses that advertising companies may use …", "AI-generated content should be
 * clearly disclosed to viewers", "the source name should accurately disclose the content of the page". A that-clause
 * or a how/whether question is what is told; "clearly", "prominently" … describe a label. Not "disclose that data".
 */
// "Disclosures required by law" as the notices a text contains or an ad must carry ("this section contains disclosures
// required by law", "include specific disclosures required by local law").
const DISCLOSE_AS_NOTICE =
  /\bdisclos(?:e|es|ed|ing)\s+(?:how|whether|that\s+(?:the|it|they|we|you|our|its|their|there|this|such|an?)\b)|\b(?:clearly|prominently|conspicuously|accurately|adequately)\s+(?:be\s+|been\s+)?disclos|\b(?:contains?|includes?|specific|additional|clear|political)\s+(?:[\w-]+\s+){0,2}?disclosures?\s+(?:required|mandated)\s+(?:by|under)\b/;
/** The service says it discloses, or data is passed on: what keeps a clause of access not given. */
const WE_DISCLOSE_OR_PASSED = new RegExp(`${WE_DISCLOSE_PLAIN.source}|${PASSED_ON.source}`);
/**
 * A duty the service puts on its own recipients to guard the data against unauthorised access (GUIDE D12): "each vendor
 * must agree to use reasonable security practices … to protect your data from unauthorized access", "we require our
 * processors to keep it secure against unlawful use". The unauthorised access is the object of the guarding the duty
 * asks for (no comma between the guard word and it): a limit on the recipients, not a risk explained. Not a generic
 * subject ("Businesses are required to …", the law's), nor a duty and then a risk ("although we require our providers
 * to protect your data, third parties may gain unauthorized access", "… to use safeguards, but unauthorized …").
 */
// The recipient as the service's own: a determiner (OWN_RECIPIENT_DETERMINERS) or "we require". One space between
// words, as the clause text has them. The runs are stepped in code (wordSeq): in one regex they were polynomial.
const OWN_DETERMINER = String.raw`\b(?:${wordsPattern(OWN_RECIPIENT_DETERMINERS)})`;
const RECIPIENT_WORD = String.raw`${CONTRACT_RECIPIENT}[\w-]*`;
const DUTY_VERB = String.raw`\s(?:(?:is|are)\s(?:contractually\s)?(?:${wordsPattern(DUTY_PASSIVES)})|(?:must|shall|will)\s(?:${wordsPattern(DUTY_UNDERTAKINGS)})|(?:${wordsPattern(DUTY_UNDERTAKINGS)})s?)\sto\b`;
/** The guarding of the data against unauthorised access, with no comma between the guard word and the harm. */
const GUARDED_FROM_HARM = [
  run(200, CLAUSE_RUN),
  String.raw`\b(?:${wordsPattern(GUARD_STEMS)})\w*\s`,
  run(60, '[^.;:,]'),
  String.raw`\b(?:from|against)\s(?:any\s)?(?:unauthori[sz]ed|unlawful)`,
] as const;
export const RECIPIENT_DUTY = anyOf(
  // "each vendor must agree to …", "our service providers are contractually obligated to …"
  wordSeq(OWN_DETERMINER, gap(2), String.raw`${RECIPIENT_WORD}${DUTY_VERB}`, ...GUARDED_FROM_HARM),
  // "we require our processors to …", "Acme requires each subprocessor to …"
  wordSeq(
    String.raw`\brequire[sd]?\s${OWN_DETERMINER}`,
    gap(2),
    String.raw`${RECIPIENT_WORD}\sto\b`,
    ...GUARDED_FROM_HARM,
  ),
  // "we require vendors to …"
  wordSeq(String.raw`\bwe\s(?:\w+\s)?require`, gap(2), String.raw`${RECIPIENT_WORD}\sto\b`, ...GUARDED_FROM_HARM),
);
/**
 * What keeps an explanation's clause (access not given or taken, practices told): the service says it discloses, data is
 * passed on, an outside party may receive or access it, or the service engages a party that receives it ("we use third
 * party vendors to process payments", "a fraud detection service, which receives your device data").
 */
const DISCLOSES_OR_ENGAGES = new RegExp(
  String.raw`${WE_DISCLOSE_OR_PASSED.source}|${DISCLOSES_OUTWARD.source}|\bwe\s+(?:\w+\s+)?(?:use|engage|employ|hire|retain)\s+(?:(?:a|an|the|our|other)\s+)?(?:third[\s-]part(?:y|ies)|outside|external|service\s+providers?|vendors?|processors?|partners?)\b|\b(?:receive|receives|received)\s+(?:your|the|such|this|information|data|personal)\b|\bhave\s+access\s+to\b`,
);
/**
 * "Disclose" with practices as its object tells how the service handles data: "it has agreed to disclose its
 * information practices", "the following statement discloses the information gathering and dissemination practices".
 */
// Only practice words between: "disclose the information according to their practices" passes data on.
const DISCLOSE_PRACTICES =
  /\bdisclos(?:e|es|ed|ing)\s+(?:its|our|their|the|these|such)\s+(?:(?:information|privacy|data|collection|gathering|dissemination|handling|use|sharing|and|online)\s+){0,4}practices\b/;
/**
 * A pointer to "disclosures required by law" ("please see Section 6 for disclosures required under California law"):
 * a notice only with no share verb in the clause ("we may use and share your information for fraud prevention and for
 * disclosures required by law" shares).
 */
const FOR_REQUIRED_DISCLOSURES = /\bfor\s+(?:[\w-]+\s+){0,2}?disclosures?\s+(?:required|mandated)\s+(?:by|under)\b/;
/**
 * The disclosure a creator or advertiser owes viewers about paid content ("All commercial content must be disclosed
 * using the content disclosure setting", "Disclose any affiliate relationships or sponsored content"): a label, no data.
 */
const AD_DISCLOSURE =
  /\b(?:commercial|sponsored|branded|paid|promotional|affiliate)\s(?:content|posts?|relationships?|partnerships?|promotions?|endorsements?|links?)\b/;
const DISCLOSE_WORD = /\bdisclos(?:e|es|ed|ing)\b/;
/**
 * A sharing act beside the notice: a share, sell or disclose verb with a recipient of the lexicon after "to"/"with"
 * ("is sold to data brokers", "is prominently disclosed to buyers", "may disclose whether you have an account to law
 * enforcement"). Viewers, guests and "Do Not Track" are no recipients.
 */
const SHARED_TO_RECIPIENT = wordSeq(
  String.raw`\b(?:share|shares|shared|sell|sells|sold|disclose|discloses|disclosed|transfer|transfers|transferred)\b`,
  gap(6),
  String.raw`(?:to|with)\b`,
  gap(1),
  String.raw`${wordsPattern([...LEXICON_LISTS.ServiceSide!, ...LEXICON_LISTS.ThirdParty!, ...LEXICON_LISTS.Authority!])}\b`,
);

/** The lexicon's TradeRecipient words as stems (rules.test.ts checks them), for share-with-third-parties' pre-filter and the veto below. */
export const TRADE_RECIPIENT = String.raw`(?:dealer|franchisee|research\s+firm|credit\s+card\s+compan)`;
/**
 * The service calls itself the trade, then names "the" trade as the recipient: "This survey is conducted by Acme, a
 * research firm; your answers will be transmitted to the research firm" (the firm is the service).
 */
const SERVICE_IS_THE_TRADE: Veto = {
  id: 'data_sharing.service-is-the-trade',
  when: wordSeq(
    String.raw`\b(?:we\s+are|(?:conducted|operated|run|administered|carried\s+out)\s+by\s+[^\s,;.]+(?:\s+[^\s,;.]+){0,3}\s*,)\s+an?\s+(?:[\w-]+\s+)?${TRADE_RECIPIENT}`,
    run(120, '[^.]'),
    // Not "the research firm's clients": the possessive names someone else.
    String.raw`\b(?:with|to)\s+the\s+${TRADE_RECIPIENT}(?![\w’']*[’']s\b)`,
  ),
  // Another recipient beside the trade keeps the unit's hits ("to the dealer and to our finance partners").
  unless: new RegExp(
    String.raw`\b(?:with|to)\s+the\s+${TRADE_RECIPIENT}\S*\s+(?:\S+\s+){0,2}?(?:and|or)\s+(?:(?:with|to)\s+)?(?:our|its|other|third|\w+\s+partners|advertis)`,
  ),
  why: 'The service named by its trade is no recipient: data sent to "the research firm" that runs the survey stays with the service.',
  mustVeto: [
    'This survey is conducted by Acme, a research firm; your answers will be transmitted to the research firm in anonymised form.',
    'We are a research firm, and your answers will only be shared with the research firm for analysis.',
  ],
  mustNotVeto: [
    "We are a research firm; we share your survey answers with the research firm's clients and with advertisers.",
    'We are a car dealer group; your details will be passed to the dealer and to our finance partners.',
    "This service is operated by Acme, a credit card company; we may share your data with the credit card company's partners for marketing.",
    'We may provide your contact information to the research firm to contact you regarding surveys.',
    'This survey is conducted by Acme, a research firm; your answers will be shared with our partners.',
    'We are a dealer, and we may share your personal data with the manufacturer.',
  ],
};

/**
 * Other users of the service installing a third party's tool on what they run through it ("some users may install third
 * party tracking software on their sites"): not the reader, who connects its own tools (GUIDE D4), nor the service.
 */
const OTHERS_WORDS = new Set(OTHER_USERS_WORDS);
const OTHER_ROLES = new Set(OTHER_USER_ROLES);
const INSTALLS = new Set(INSTALL_VERBS);
const TOOL_WORDS = new Set([...READER_ACT_PRODUCTS, ...INSTALLED_TOOLS]);
/** The service as a subject in words: "we", "the company", "the service". */
const SERVICE_WORDS = new Set(['we', 'company', 'service']);
/** Another user's install of a third party's tool in these words (split on non-letters), words stepped in code. */
function installsTool(w: readonly string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    if (!OTHERS_WORDS.has(w[i]!)) continue;
    let j = i + 1;
    if (!OTHER_ROLES.has(w[j] ?? '')) j++;
    if (!OTHER_ROLES.has(w[j] ?? '')) continue;
    j++;
    if (/^(?:may|can|might|could)$/.test(w[j] ?? '')) j++;
    if (w[j] === 'also') j++;
    if (!INSTALLS.has(w[j] ?? '')) continue;
    j++;
    const source = (w[j] === 'third' && w[j + 1] === 'party') || (w[j] === 'their' && w[j + 1] === 'own');
    if (!source) continue;
    j += 2;
    if (TOOL_WORDS.has(w[j] ?? '') || TOOL_WORDS.has(w[j + 1] ?? '')) return true;
  }
  return false;
}
/**
 * The install is the clause's only act: the veto holds for the clause that says it and for what follows it, unless a
 * later part (after ";" or ", and") names the service or its first party by name as the one who shares ("…; Acme shares
 * your data with advertisers", "…, and we share …"). Clause parts split in code, no regex over the sentence.
 */
function otherUsersInstall(lower: string, names: FirstPartyNames | undefined): boolean {
  if (![...INSTALLS].some((v) => lower.includes(v))) return false;
  const parts = lower.split(/;|,\s+and\s/);
  const k = parts.findIndex((p) => installsTool(p.split(/[^a-z0-9]+/)));
  if (k < 0) return false;
  const firstNames = new Set((names ?? []).map((n) => n[0]!));
  return !parts.slice(k + 1).some((p) => p.split(/[^a-z0-9]+/).some((w) => SERVICE_WORDS.has(w) || firstNames.has(w)));
}

export const DATA_SHARING_VETOES: readonly Veto[] = [
  {
    id: 'data_sharing.disclose-as-notice',
    when: (lower) =>
      (DISCLOSE_AS_NOTICE.test(lower) ||
        (FOR_REQUIRED_DISCLOSURES.test(lower) && !SHARE_VERB.test(lower)) ||
        (DISCLOSE_WORD.test(lower) && AD_DISCLOSURE.test(lower))) &&
      !SHARED_TO_RECIPIENT.test(lower),
    unless: WE_DISCLOSE_PLAIN,
    why: '"Disclose" as state or label ("operators must disclose how they respond to Do Not Track", "content should be clearly disclosed to viewers", "disclose any sponsored content") tells or marks something; it passes no user data on, unless the clause also says the service shares or discloses, or names a recipient the data goes to.',
    mustVeto: [
      'The law requires website operators to disclose how they respond to Do Not Track signals and whether third parties collect personal information about users.',
      'Any stream that uses AI to generate realistic content should be clearly disclosed to viewers in the stream title.',
      'The publisher must have a privacy policy that discloses that the third-party advertising companies may use information about the user’s visits.',
      'Your listing description must prominently disclose any additional fees charged to guests.',
      'All commercial content must be disclosed using the content disclosure setting.',
      'Disclose any affiliate relationships or sponsored content.',
      'If you are a resident of such states, this section of the privacy policy contains disclosures required by law and explains your rights.',
      'For example, include specific disclosures required by local law.',
      'If you are a resident of Utah, please see Section 6 (Additional Information for Utah Residents) for disclosures required under Utah law.',
    ],
    mustNotVeto: [
      'We may disclose that information to our advertising partners.',
      'We will clearly disclose to you which partners receive your data, and we share your data with those partners.',
      'We may disclose your personal information to law enforcement when required by law.',
      'Your purchase history is sold to data brokers; the law requires them to disclose that they hold it.',
      'The Company shares your browsing data with advertisers, who must disclose how they use it.',
      'The Company may disclose whether you have an account to law enforcement.',
      'Your contact details will be clearly disclosed to the seller when you place an order.',
      'Your listing, including your name, is prominently disclosed to buyers.',
      'We may disclose your personal information to advertising partners who sponsor content you view.',
      'You consent that Acme may disclose your advertising content, and all information associated with your advertising, to a governmental entity.',
      'We make the disclosures required by law to the tax authorities, including your name and income.',
      'We may use and share your personal information for fraud prevention and for disclosures required by law.',
    ],
  },
  {
    id: 'data_sharing.browser-advice',
    when: BROWSER_ADVICE,
    unless: PARTY_TRACKS_OR_WE_DISCLOSE,
    why: 'Generic advice on browser settings ("you can block cookies set by third parties") explains a control over cookies (GUIDE T4: role=explanation); it discloses nothing unless the unit says an outside party uses trackers or the service shares.',
    mustVeto: [
      'You may also change your browser settings to automatically reject cookies (or certain types of cookies, such as cookies set by third parties).',
    ],
    mustNotVeto: [
      'Third parties may place cookies on our site; you can block them through your browser settings.',
      'Advertisers and ad networks may set cookies on your device; you can change your browser settings to refuse them.',
      'We may share your data with advertisers, and you can adjust your browser settings to refuse their cookies.',
    ],
  },
  {
    id: 'data_sharing.regulator-oversight',
    when: REGULATOR_OVERSIGHT,
    unless: WE_MAY_DISCLOSE,
    why: "The regulator whose enforcement powers the service's transfers are subject to explains oversight (GUIDE D13: role=explanation); it names no disclosure unless the clause also says the service may disclose.",
    mustVeto: [
      'With respect to Personal Data received or transferred pursuant to the Data Privacy Framework, Acme Inc. is subject to the regulatory enforcement powers of the U.S. Federal Trade Commission.',
      'Acme is subject to the investigatory and enforcement powers of the Federal Trade Commission with respect to personal data transferred under the Framework.',
    ],
    mustNotVeto: [
      'We may disclose personal data to the Federal Trade Commission, which is subject to the enforcement powers of the courts.',
      'Personal data transferred to our processors is subject to the terms of our contracts.',
    ],
  },
  {
    id: 'data_sharing.onward-transfer-liability',
    when: (lower) => LIABLE.test(lower) && FOR_ONWARD_PROCESSING.test(lower),
    unless: WE_MAY_DISCLOSE,
    why: "The service's liability or responsibility for what recipients of an onward transfer do with the data says who answers for the processing (GUIDE D8, D13: role=explanation), not that the service discloses; a clause that also says the service may disclose is kept.",
    mustVeto: [
      'Under the Accountability for Onward Transfer Principle, we remain responsible for any of your personal data that we share with third parties acting on our behalf.',
      'In the context of an onward transfer, Acme has responsibility for the processing of Personal Information it receives under the Framework and subsequently transfers to a third party acting as an agent on its behalf.',
      'Acme Inc. acknowledges its potential liability in cases of onward transfers to Third Parties of Personal Data.',
    ],
    mustNotVeto: [
      'We may share your data with our vendors, and we remain responsible for the processing they do for us.',
      'If we transfer personal information to a third party, the third party must comply with our obligations, and we will remain liable for any failure to do so.',
      'We are not responsible for how third-party sites you visit use your data.',
    ],
  },
  {
    id: 'data_sharing.disclose-practices',
    when: (lower) => DISCLOSE_PRACTICES.test(lower) && !SHARED_TO_RECIPIENT.test(lower),
    unless: DISCLOSES_OR_ENGAGES,
    why: 'A text that "discloses its information practices" tells the reader how the service handles data (GUIDE: an announcement, role=explanation); it passes no user data on, unless the clause also says the service shares, discloses or engages a recipient, that data is passed on, that a party may receive or access it, or names a recipient the data goes to.',
    mustVeto: [
      "Because this Web site wants to demonstrate its commitment to our users' privacy, it has agreed to disclose its information practices.",
      'The following statement discloses the information gathering and dissemination practices for the Acme website.',
    ],
    mustNotVeto: [
      'We disclose our practices to regulators, and we may disclose your information to our advertising partners.',
      'This statement discloses our practices; we share your email address with our partners.',
      'This privacy statement discloses the privacy practices for Acme; your information may be provided to our service providers to fulfil your orders.',
      'The following discloses our information practices: we use third party vendors to process payments and host our website.',
      'We are required to disclose our data collection practices, and our partners may access your information to deliver ads.',
      'Advertisers may use and disclose the information according to their practices.',
    ],
  },
  {
    id: 'data_sharing.engaged-party-liability',
    // "Where we have engaged a third party to perform part of the contract with you, we remain liable …": the
    // engagement is the occasion (G4), the main clause who answers for the work (D8).
    when: (lower) => WE_LIABLE.test(lower) && ENGAGED_OCCASION.test(lower),
    unless: new RegExp(`${WE_DISCLOSE.source}|${DISCLOSES_OUTWARD.source}|${PARTY_HANDLES_DATA.source}`),
    why: 'The service\'s liability for a party it engages, said in a clause whose engagement is only the occasion ("where we engage a third party …, we remain liable"), says who answers for the work (GUIDE D8, G4: role=explanation), not that the service discloses; a clause that also says the service shares, that data is passed on, or that the party receives or handles the data is kept.',
    mustVeto: [
      'However, where we have engaged a third party to perform part of the contract with you, we remain liable towards you for the full performance of our agreement and also for the performance by the third party.',
      'If we use a subcontractor to provide the services, we remain responsible for its performance.',
    ],
    mustNotVeto: [
      'We engage subprocessors to host your data and remain liable for their performance.',
      'Where we engage a third party, we may share your data with it, and we remain liable for its acts.',
      'Where we engage a third party to process your data, we share it with them under a written contract and remain responsible for their processing.',
      'Where we use subprocessors, your personal data is disclosed to them under written contracts, and we remain fully liable for their performance.',
      'When we use cookies, we share the data collected with our advertising partners, who are responsible for their own use of it.',
      'When we use your information for advertising, we share it with ad networks, which are responsible for their own privacy practices.',
      'Where we use service providers, they process your personal data on our behalf and we remain responsible for their compliance.',
      'When we use third-party payment processors, your card details are sent directly to them and the processor is responsible for keeping them secure.',
    ],
  },
  {
    id: 'data_sharing.outside-our-policy',
    // The unit's own words: a lead-in "we share your information with selected recipients" is another unit's.
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        !serviceDiscloses(own, ctx.firstParty) &&
        (OUTSIDE_OUR_POLICY.test(own) ||
          ((NOT_OUR_PRACTICES.test(own) || notOurDataOnceOut(own)) && !PARTY_TRACKS_OR_WE_DISCLOSE.test(own)))
      );
    },
    why: "Which policy governs an outside party's collection or processing, or that the service does not control or answer for an outside party's practices or for the data once outside parties hold it, explains the policy's reach (GUIDE: role=explanation); it discloses nothing unless the clause also says the service does, or that an outside party collects or uses the data.",
    mustVeto: [
      "The third party's collection, use, and disclosure of your information will be subject to such third-party service's privacy policy.",
      'The Third Party Services’ ability to use and share Usage Information is restricted by such Third Party Services’ terms of use and privacy policy.',
      'We are not responsible for the information practices of such third parties, including their collection, use, and disclosure of your personal information.',
      'We do not control third-parties’ collection or use of your information to serve interest-based advertising.',
      'Acme does not control the information collected or stored by any of those third parties.',
      'The personal information you choose to provide to or that is collected by these third parties is not covered by our Privacy Policy.',
      'This Privacy Policy only applies to information collected by us, and does not apply to information collected by third parties.',
      'While doing so, our partners process your personal data as controllers and pursuant to their own privacy policies.',
      'Each Organization controls the use and disclosure of the personal information it receives from users and, as stated above, this Policy does not apply to those practices.',
      'The Service may provide access to third-party services, whose collection and use of your information is governed by their own privacy policies.',
      'The Service may provide links to third-party websites, whose use of your data is governed by their own privacy policies.',
      'We are not responsible for the security of the Personal Information or its processing once received by the third party.',
      'If you choose to pay through a virtual account provider, we will not be responsible for the data you provide to this third party.',
      'Acme is not responsible or liable for any third party access to or use of the content you post or your registration data.',
    ],
    mustNotVeto: [
      'We share your data with advertisers and are not responsible for any third party use of it.',
      'Your data may be disclosed to our partners, and we are not responsible for the data once they receive it.',
      'Our vendors process your personal data, and we are not responsible for the security of the data once received.',
      'Your data is sent to our analytics provider, and we are not responsible for the data once it is received.',
      'We may transfer your data to a buyer, and we will have no control over the information after that.',
      'We provide your address to delivery partners; we are not responsible for the data once they receive it.',
      'We share your information with advertisers, whose use of it is governed by their own privacy policies.',
      'Once we disclose your data to a buyer, it is not covered by our Privacy Policy.',
      'Your personal information may be disclosed to our partners, who process it pursuant to their own privacy policies.',
      'Your data is shared with advertisers, subject to their own privacy policies.',
      'We share your data with advertisers, and we do not control their use of it.',
      'Third-party advertisers may collect information about you on our site; we are not responsible for their information practices.',
      'We may disclose your information to the provider, subject to that provider’s privacy policy.',
      "Acme may transfer your information to the service provider, subject to the service provider's privacy policy.",
      "Acme and its affiliates may transfer your information to the service provider, subject to the service provider's privacy policy.",
      'The Service may provide your information to third-party services, whose use of it is governed by their own privacy policies.',
    ],
  },
  {
    id: 'data_sharing.shared-with-us',
    when: SHARED_WITH_US,
    unless: DISCLOSES_OUTWARD,
    why: 'A third party or the user sharing with the service ("the social network shares with us") brings data in; receiving data is not sharing (GUIDE data_sharing, D10).',
    mustVeto: [
      'This could include any information that the social media service shares with us.',
      'Our service providers that perform services on our behalf collect personal information and may share some or all of this information with us.',
      'We may also collect additional information you have authorized the third-party service to share with us.',
      'If a product you ordered is recalled, the pharmacy will share your name, email address and the amount to be refunded to you with us.',
      'Payment providers (when you authorize them to disclose to us your account information).',
      'Additionally, if a prescription drug product delivered to you through the Services has been recalled, the pharmacy will share your name, email address, the date of the prescription drug product order, and the total amount to be refunded to you with us.',
    ],
    mustNotVeto: [
      'Information you share with us may be shared with our advertising partners.',
      'Information you share with us may be made available to our advertising partners.',
      'Any information you share with us will be provided to third parties for marketing.',
      'Your data may be rented to third parties, and partners may share data with us.',
      'We may disclose the information that you disclose to us to law enforcement.',
      'Information you disclose to us will not be disclosed to anyone else.',
      'We share your data with partners who share data with us.',
      'Our parent companies may receive any information we do, and may share information they have with us.',
      'Calls are provided by our partner, who will collect and process your personal information independently, and will not share it with us.',
    ],
  },
  {
    id: 'data_sharing.right-to-know',
    when: RIGHT_TO_KNOW,
    why: 'A law or right that asks for a description of the disclosures (categories, recipients, whether any) describes a right to know, not a disclosure the service makes (GUIDE D8, D10: role=explanation).',
    mustVeto: [
      'California law requires us to disclose the categories of personal information we collect and how we use them, and the third parties to which we disclose personal information.',
      'You have the right to obtain from us access to the information we hold on you, and you are entitled to know if we have shared that information with any third parties.',
      'Residents of certain states may have additional information rights, such as the right to request categories or specific third parties to which we disclose or sell Personal Information.',
      'The “Shine The Light” law permits our customers who are California residents to request and obtain from us once a year information about the personal information we disclosed to third parties for direct marketing purposes.',
      'Know the categories of third parties and other entities to whom we provide personal information; and',
    ],
    mustNotVeto: [
      'We may disclose your information where the law requires us to disclose it to public authorities.',
      'You have the right to object, and we will not share your data with advertisers.',
      'If you request a quote, we share your details with the insurers on our panel.',
      'Applicable law permits us to share your information with our affiliates.',
    ],
  },
  {
    id: 'data_sharing.disclosure-procedure',
    when: DISCLOSURE_PROCEDURE,
    unless: WE_MAY_DISCLOSE,
    why: 'Notice of a disclosure, requests for disclosure and the requirements they must meet describe a procedure (GUIDE D8: role=explanation), not a disclosure; a clause that also says the service may disclose is kept.',
    mustVeto: [
      'Where permitted, we notify affected Users before disclosure.',
      'Where required by law, we will notify users if we disclose their data to law enforcement.',
      'All emergency disclosure requests undergo a case-by-case assessment by our response team.',
      'Our requirements for disclosing user data to law enforcement authorities are set out in our guidelines.',
      'Nothing in this Privacy Policy is intended to limit any legal objections you may have to a third party’s request to disclose your Personal Information.',
      'Where we agree to correct your data, we will use reasonable steps to inform any third party to whom we have disclosed the relevant personal data so that they can rectify it too.',
    ],
    mustNotVeto: [
      'We may disclose your information to law enforcement, and where permitted we will notify you before disclosure.',
      'We will also share your data with our payment processor when you request a refund.',
      'We disclose personal data to authorities in response to lawful requests.',
    ],
  },
  {
    id: 'data_sharing.advice-before-user-discloses',
    when: ADVICE_BEFORE_USER_DISCLOSES,
    unless: WE_MAY_DISCLOSE,
    why: 'Advice to the user before the user discloses ("review their policies before disclosing any personal information to them") names the user as the one who discloses (GUIDE D10), not the service.',
    mustVeto: [
      'We encourage you to review and understand their privacy policies before disclosing any Personal Information to them.',
      'We encourage you to investigate and ask questions before disclosing personal information to third parties.',
      'Please keep this in mind when disclosing any Personal Information to us via the Internet.',
      'We encourage the Customer to use caution before disclosing personal information to other users.',
    ],
    mustNotVeto: [
      'We may share your information with these partners; we encourage you to read their policies before sharing.',
      'Before disclosing your data to a partner, we review its security practices.',
      'We will ask the Customer for consent before sharing Customer Data with third parties.',
      'We will remind the Customer before disclosing Customer Data to law enforcement.',
      'We will remind you before disclosing your data to law enforcement.',
      'We will ask you to consent before sharing your data with advertisers.',
    ],
  },
  {
    id: 'data_sharing.contract-assigned',
    when: CONTRACT_ASSIGNED,
    unless: USER_DATA_NAMED,
    why: "Assigning the contract, its rights or a licence to an affiliate or a buyer passes the contract, not the user's data: no disclosure unless the clause names the data too.",
    mustVeto: [
      'Acme may assign these Terms at any time to any subsidiary, or any affiliated company, or as part of the sale to, merger with, or other transfer of Acme to another entity.',
      'You agree that we may assign or transfer our rights and obligations under this Agreement in connection with a merger, consolidation, acquisition or sale of all or substantially all of our assets.',
      'We will never sell your Content to other platforms, though we may sell or transfer any license you grant to us in the event of a sale of our company or its assets to a third party.',
      'We may assign or transfer all or part of our rights and obligations under these Terms to an affiliate or successor.',
      'We may assign, transfer or sub-contract any of our rights or obligations under these Terms to any third party at our discretion.',
      'Acme may assign all or any portion of its duties and obligations hereunder to any affiliate or acquirer of its assets.',
      'We may assign and/or sub-license the above licence to our affiliates and successors without any further approval by you.',
      // "Email" as the verb or the channel names no data.
      'We may transfer our rights and obligations under these Terms to another organisation, and we will email you if this happens.',
      'We may assign these Terms to an affiliate or to a buyer of our business, and we will notify you by email.',
    ],
    mustNotVeto: [
      'In a merger we may assign this Agreement, and your account information will be transferred to the buyer.',
      'We may assign these Terms to a buyer of our business, and your name and email will be transferred to the buyer.',
      'We may assign this Agreement to a successor, and we may give the successor your email.',
      'If we are acquired, your personal data may be transferred to the new owner.',
      'We may transfer your data to our affiliates under the terms of this policy.',
      'We transfer it to our service providers under the terms of a written contract.',
      'We may transfer customer records to the buyer under the terms of the sale agreement.',
      'We may share it with our affiliates and may assign this Agreement to a successor.',
      'We may sub-contract any of our obligations under these Terms and share your account information with the subcontractor.',
    ],
  },
  {
    id: 'data_sharing.content-licence',
    when: LICENCE_GRANTED,
    unless: new RegExp(`${PERSONAL_DATA_NAMED.source}|${WE_DISCLOSE.source}`),
    why: 'A licence or right the user grants over content, to the service, its affiliates or others, is content_licence (GUIDE D10), not a disclosure of personal data; a clause that names personal data or says the service discloses is kept.',
    mustVeto: [
      'By creating, posting or otherwise making content available on the Platform, you grant to Acme and our Affiliates a licence to use your content which is:',
      'Unless you enter into a license with other parties who have access to the Portal specifying different terms, you grant each party who has access a nonexclusive, worldwide, irrevocable license, without restriction, to use the Trading Partner Contributed Content.',
      'In order for you to upload and share Content through Acme Public, you must grant Acme and Registry Users a license to the Content in accordance with Sections 80.2 and 80.3 below.',
      'sub-licensable (this means we can license your content to others, e.g. to service providers that help us to provide the Platform or to trusted third parties that have entered into agreements with us to operate, develop and provide the Platform); and',
    ],
    mustNotVeto: [
      'You grant us the right to share your personal information with our advertising partners.',
      'You grant us a licence to use your content, and we may share your name and profile with other users.',
      'By posting, you grant Acme a licence to your content; your information is shared with our affiliates.',
      'We grant you a limited licence to allow Developers to access and use Confidential Information through the APIs.',
    ],
  },
  {
    id: 'data_sharing.already-passed-on',
    when: (lower) => ALREADY_PASSED_ON.test(lower) && KEPT_ELSEWHERE.test(lower),
    unless: new RegExp(`${WE_MAY_DISCLOSE.source}|${WE_HAVE_DISCLOSED.source}|${STILL_DISCLOSED.source}`),
    why: 'What an outside party keeps of data it already has, after the user deletes, says what becomes of past disclosures (GUIDE: role=explanation), not that the service discloses; a clause where the service says it discloses is kept.',
    mustVeto: [
      'Even after you delete your account, copies of that information may still be viewable to the extent such information has been previously shared with others.',
      'If you have given third party applications or websites access to your personal information, they may retain such information to the extent permitted under their terms of service.',
      'If the Customer has given third party applications access to its personal information, they may retain such information under their own terms.',
      'In addition, if certain information has already been provided to third parties, as described in this Privacy Policy, retention of that information will be subject to those third parties’ policies.',
      'Even if you delete your data, it may continue to exist if it has been shared outside of the Services.',
    ],
    mustNotVeto: [
      'Information we have shared with advertisers may remain in their systems after you delete your account.',
      'We may share your data with partners, and data that has been shared will be retained by them.',
      'Your data has been shared with our payment processor.',
    ],
  },
  {
    id: 'data_sharing.pointer',
    // The unit's own words: a lead-in that points elsewhere does not make its items pointers.
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      // "Learn more about … how to opt out" also states the choice (GUIDE: a pointer that states the right keeps it).
      if (!POINTER.test(own) || OPT_OUT.test(own)) return false;
      const main = own.replace(DESCRIBED, ' ');
      return !WE_DISCLOSE.test(main) && !PARTY_TRACKS_OR_WE_DISCLOSE.test(main) && !PARTY_RECEIVES.test(main);
    },
    why: 'A pointer to where the disclosures are described, or an announcement of what a text describes, is no disclosure (GUIDE: role=pointer); a main clause that discloses is kept.',
    mustVeto: [
      'To know how we and our affiliates use and protect your personal information when using the relevant Site, please review our privacy policy at the following link: Acme Privacy Policy.',
      'This DPF Notice should be read in conjunction with Acme’s Privacy Notice, which provides details of the Personal Data processed, purposes for which Personal Data is collected, processed and disclosed, types of third parties to which Personal Data is disclosed, and rights of individuals.',
      'The types of personal data we collect, the categories of third parties to which we disclose personal data and the purposes for doing so, and the choices we offer are as set forth in our Acme Privacy Statement, above.',
      'Learn More about our information practices with regard to children, including the types of personal information we may collect from children, and whether and with whom we may share that information;',
      'This section describes our accountability with regard to the onward transfer of your Personal Information to third party service providers and across country borders.',
      'A full list of our sub-processors is found in our DPA.',
      'The list of such third-parties cookies of which you might encounter through our service is listed below.',
      'The purpose of this Privacy Notice is to describe how Acme, Inc., our subsidiaries, affiliates, and our international branches ("Acme," "we") collect, use, store, disclose, and otherwise process your Personal Data.',
    ],
    mustNotVeto: [
      'We share your data with our advertising partners; please review our privacy policy for details.',
      'Your information may be disclosed to our affiliates, as set out in our Privacy Notice.',
      'Learn more: we may share your information with our partners.',
      'Third parties may place cookies on your device; see our Cookie Policy for details.',
      'Learn more about our partners, who receive your email address and purchase history.',
      'We share your data with the sub-processors listed below; a full list of them is available on our website.',
      'Please visit our Sub-Processors page to see the list of our Sub-Processors that we use in order to host the Services.',
      // A head no right, request or pointer governs names the data; "describes" with no document part as its subject.
      'Information about you may be shared with our partners; please see Section 5 for more.',
      'If a court requests it, details about your account may be released to the authorities.',
      'As this policy describes, we share your data with advertisers and data brokers.',
      'The merchant, which describes its practices in its own policy, receives your name and address from us.',
    ],
  },
  {
    id: 'data_sharing.user-shares-publicly',
    when: USER_SHARES_PUBLICLY,
    unless: WE_DISCLOSE,
    why: "What the user chooses to post publicly is the user's act (GUIDE data_sharing: publishing what the user chose to post is not sharing), unless the clause says the service passes it on.",
    mustVeto: [
      'At any time during your use of the Services, you may decide to share some information or content publicly or privately.',
      'If you choose to share Personal Information publicly through the Services, please understand that we cannot control the actions of third parties who may access or collect this information.',
    ],
    mustNotVeto: [
      'If you choose to share your profile publicly, we will also share it with our partners.',
      'You may choose to share content with friends; we may share your activity with advertisers.',
    ],
  },
  {
    id: 'data_sharing.content-shared-by-users',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        SHARES_CONTENT.test(own) &&
        !serviceDiscloses(own, ctx.firstParty) &&
        !SHARED_TO_RECIPIENT.test(own) &&
        !SHARING_TOOL_OR_AUTHORITY.test(own)
      );
    },
    why: "Sharing content as posting it (the users' own act) or as the service spreading its own content passes on no user data (GUIDE data_sharing: publishing what the user posts is not sharing), unless the clause says the service discloses or names a company the content goes to.",
    mustVeto: [
      'Everyone on Acme can share content, but when we identify content that breaks the rules, we will remove it.',
      'Acme is a social media website and app designed as a forum for meeting new people, a place to have discussions and to share photos, news and information.',
      'We use social media to share our content and to make announcements about events and new products.',
      'Never download, record, or share this kind of content.',
      'Sextortion: The act of threatening to share nude or sexual content without permission.',
    ],
    mustNotVeto: [
      'We may share content you post with our advertising partners.',
      'Users can share photos, and we share your profile information with advertisers.',
      'Content you share on the service may be shared with third parties for marketing.',
      'We share posts and comments with our affiliates.',
      'We also use social media buttons on our site which allow you to share content and interact with your social network.',
      'The Services may include a feature that enables you to share Content from the Services with a third party.',
      'We may cooperate with authorities when necessary, and users are responsible for the content they create or share.',
      'Acme may share the content you post, including your username, with media partners and other websites.',
      'We and our affiliates may share the content you post, including your username, with media partners and other websites.',
      'We may, at our discretion, share the content you post, including your username, with media partners and other websites.',
      'We may from time to time share the content you post with media partners.',
    ],
  },
  {
    id: 'data_sharing.user-keeps-secret',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      // A lead-in where the service is the subject of a modal and the user is not addressed ("We will always:", "Acme
      // will:") makes its items the service's promises; "We recommend that you:" leaves them the user's duties. In
      // the unit, only the service as the one who discloses keeps it ("the Company will never ask you for them" does not).
      const lead = lower.slice(0, ctx.unitStart ?? 0);
      const serviceLead = servicePromises(lead, ctx.firstParty) && !/\byou\b/.test(lead);
      return (
        USER_KEEPS_SECRET.test(own) &&
        !serviceLead &&
        !serviceIsDiscloser(own, ctx.firstParty) &&
        !SERVICE_EXCEPTION.test(own)
      );
    },
    why: "Telling the user to keep a password, an account or personal details to themselves is the user's obligation (GUIDE: none actor=user), not a disclosure; a clause where the service speaks of its own act is kept.",
    mustVeto: [
      'Never share the password you use to access your Acme Account with anyone else!',
      'Never share your personal information when you are playing our games.',
      'Your Acme account is personal and should not be shared with anyone outside your household.',
      'Memorise your PIN and never disclose this and other security information to anyone.',
      'You must limit your Acme account to your personal use, and not share your Acme account details with any third party at any time.',
      'Never share your password or account details with third parties; the Company will never ask you for them.',
      'Never share your password or account details with third parties; Acme will never ask you for them.',
    ],
    mustNotVeto: [
      'We will never share your password with anyone.',
      'Your account details may be shared with our partners.',
      'Never sharing your information with advertisers without your consent.',
      'The Company will never disclose your account details to any third party without your consent.',
      'Your account information must not be disclosed to third parties except as described in this Privacy Policy.',
      'Acme Inc. will never disclose your account details to any third party.',
      'Acme, Inc. and its affiliates will never share your account details with data brokers.',
    ],
  },
  {
    id: 'data_sharing.audit-of-compliance',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        AUDIT.test(own) &&
        OF_COMPLIANCE.test(own) &&
        !USERS_DATA_NAMED.test(own) &&
        !serviceDiscloses(own, ctx.firstParty)
      );
    },
    why: "What a party makes available to an auditor to show its compliance, or is not required to disclose to one, is audit procedure (GUIDE D8: role=explanation), not a disclosure of the user's data; a clause that names the user's personal data, or where the service says it shares, is kept.",
    mustVeto: [
      'During such an audit, Acme will make available to the third-party auditor all information necessary to demonstrate such compliance.',
      'Nothing in this Appendix will require Acme either to disclose to Customer or its third-party auditor, or to allow Customer or its third-party auditor to access:',
      'Both parties agree to share information regarding any non-compliance discovered during the course of an audit.',
    ],
    mustNotVeto: [
      'We may share your personal data with our auditors to comply with our legal obligations.',
      'We disclose personal information to our auditors and legal advisers.',
      'Acme may share customer data with auditors to demonstrate compliance.',
      'We may share each of the categories of information described above with our service providers, such as professional advisors (such as auditors and lawyers), ensuring compliance with industry standards.',
      'Acme may disclose information about you to its auditors and legal advisers to comply with applicable law.',
      'We may be required to disclose your details to auditors to demonstrate compliance with financial regulations.',
    ],
  },
  {
    id: 'data_sharing.terms-defined',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return TERMS_DEFINED.test(own) && !BUSINESS_RECIPIENT.test(own);
    },
    unless: WE_DISCLOSE,
    why: 'What the words "sale", "sell" or "share" mean in the text or in a law defines or explains them (GUIDE: role=definition, role=explanation); it discloses nothing unless the clause says the service does or names a recipient.',
    mustVeto: [
      'Any use of the terms "own," "ownership", "purchase," "sale," "sold," "sell," "rent" or "buy" on the Acme Services refers to a license, not a transfer of ownership.',
      'Please note that the CCPA definitions of "sale" and "share" do not include, for example, the transfer of Personal Information as an asset that is part of a merger, bankruptcy, or other transaction.',
    ],
    mustNotVeto: [
      'Under the CCPA definitions of "sale", we may share your personal information with advertising partners.',
      "The definitions of 'sell' and 'share' are broad under the CCPA, and may include sharing cookie identifiers with our advertising partners.",
      'We use the terms of our contracts to bind recipients, and we may transfer your data to a buyer in a merger.',
    ],
  },
  {
    id: 'data_sharing.term-defined',
    when: (lower, ctx) => termDefined(unitWords(lower, ctx), ctx.headings),
    unless: WE_DISCLOSE_PLAIN,
    why: 'A definition of a term (a quoted term and "means", "refers to", "has the meaning", "is defined as"; "is"/"are" under a Definitions heading) or a name given to a kind of thing ("are called third-party cookies", "the law refers to it as “Share”") defines, it does not disclose (GUIDE: role=definition); a clause where the service says it discloses is kept.',
    mustVeto: [
      '“Sub-Processor” means any processor engaged by Acme who receives personal data from Acme to carry out processing on behalf of the Customer.',
      '"Third Party" has the meaning given to it in the GDPR and includes any recipient to whom personal data is disclosed.',
      'A cookie set by the site you are visiting is called a first-party cookie and cookies set by owners of other domains are called third-party cookies.',
      'When personal information is disclosed to third parties for cross-context behavioural advertising, the California law refers to it as “sharing”.',
    ],
    mustNotVeto: [
      '“Sub-Processor” means any processor we engage; we may share your personal data with our Sub-Processors.',
      'Third-party cookies are set by our advertising partners, who collect your browsing data.',
      'Your information may be disclosed to third parties known as data brokers.',
      // "Is"/"are" defines only under a Definitions heading; a name given with a share verb is a statement.
      '“Affiliates” are companies in our group, and they may receive your personal data.',
      'Data we pass to advertisers is called “shared data” in this policy.',
      // A disclosure after the definition's first clause; a party's act beside a name; a quoted name after a disclosure.
      '“Sub-Processor” means any processor engaged by Acme; personal data is shared with Sub-Processors.',
      'Companies that help us deliver ads are called ad partners; they can access your device identifiers.',
      'Information collected by analytics vendors through our SDK is called usage data.',
      'Your personal data may be disclosed to advertisers for targeted ads; the CCPA refers to this as “sharing”.',
    ],
  },
  {
    id: 'data_sharing.confidential-information',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        CONFIDENTIAL_INFORMATION.test(own) &&
        !USERS_DATA_NAMED.test(own) &&
        !serviceDiscloses(own, ctx.firstParty) &&
        !BUSINESS_RECIPIENT.test(own)
      );
    },
    why: "A business's Confidential Information, shared under a confidentiality clause, is business information, not the user's personal data (GUIDE data_sharing, open cases: two-way confidentiality of business terms, none role=explanation); a clause that names personal data, where the service says it shares, or that names its vendors, affiliates or partners as recipients (a business's confidential information passed to them may hold personal data) is kept.",
    mustVeto: [
      'The foregoing sentence does not restrict your right to share Confidential Information with a governmental entity that has jurisdiction over you.',
      'disclosing the Acme Confidential Information and to obtain protective treatment of the Acme',
      'Each of us may disclose Confidential Information only to our employees, agents or subcontractors who need it to perform obligations under the Agreement.',
    ],
    mustNotVeto: [
      'We may share your personal information and other confidential information with our service providers.',
      'We may disclose confidential information to our auditors and lawyers.',
      'Acme may disclose Confidential Information to its affiliates and subprocessors who need to know it.',
      'Acme may disclose confidential information about you if required by law.',
      'The Company will not disclose your confidential information to anyone outside the Company.',
    ],
  },
  {
    id: 'data_sharing.change-note',
    when: (lower, ctx) => CHANGE_NOTE.test(unitWords(lower, ctx)),
    unless: WE_DISCLOSE,
    why: 'A note on what an update of the text added describes the text (GUIDE: role=explanation), not a disclosure; a clause where the service says it shares ("we now share …") is kept.',
    mustVeto: ['We added language describing our practices for sharing information with authorities.'],
    mustNotVeto: [
      'We may share information with authorities when required by law.',
      'We added a new partner, and we may share your information with it.',
      'We added language describing our practices for sharing information with advertisers; we now share your location data with them.',
    ],
  },
  {
    id: 'data_sharing.shine-the-light',
    when: (lower) => SHINE_THE_LIGHT.test(lower) && !PAST_DISCLOSURES_LISTED.test(lower),
    unless: WE_DISCLOSE,
    why: 'A request for the information the service disclosed to third parties for their direct marketing (California "Shine the Light") describes a right to know (GUIDE D8, D10: role=explanation), not a disclosure.',
    mustVeto: [
      'California residents who provide us certain personal information are entitled to request and obtain from us, free of charge, information about the personal information (if any) we have shared with third parties for their own direct marketing use.',
      "the categories of information we disclosed to third parties for the third parties' direct marketing purposes during the preceding calendar year; and",
      'If applicable, California law gives you the right to send us a request at the email address designated below to receive the following information: (1) the categories of information we disclosed to third parties for their direct marketing purposes during the preceding calendar year; and (2) the names and addresses of the third parties that received that information.',
      'If you wish to request a list of what Personal Information (if any) pertaining to you we disclosed to third parties for direct marketing purposes, please follow the instructions provided in these Help Center articles.',
    ],
    mustNotVeto: [
      'We may share your information with third parties for their direct marketing purposes; you can request that we stop.',
      'If you request a quote, your details are disclosed to third parties for direct marketing unless you opt out.',
      'The categories of personal information we shared with third parties for their direct marketing purposes are contact details and purchase history.',
      'The categories of personal information we shared with third parties for their direct marketing purposes during the preceding calendar year were names and email addresses.',
    ],
  },
  {
    id: 'data_sharing.data-comes-in',
    // The unit's own words: a lead-in "Acme may provide the information we obtain from you to:" lists recipients.
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        DATA_COMES_IN.test(own) &&
        !SHARE_VERB.test(own) &&
        !GIVES_OUT.test(own) &&
        !WE_AND_PARTIES.test(own) &&
        !WE_GIVE_ON.test(own)
      );
    },
    why: 'Data the service receives or obtains from outside parties comes in (GUIDE data_sharing, D10); a clause that also shares, discloses or sells is kept.',
    mustVeto: [
      'We receive Personal Information from our service providers and other vendors that we engage to perform services for us, including those that provide market research, delivery services, map services, email, or SMS communication platforms.',
      'For example, we may obtain updated contact information from third-party information providers to reconnect with an individual or obtain demographic information (e.g., interests, preferences).',
      'We may collect Information from third parties that help us deliver the Services or process information.',
      'Service Providers and Other Parties. Service providers and other parties provide us with information needed for core aspects of the Platform.',
      // A giving verb that is not the service's, or no recipient after it.
      'We collect information from partners who provide services to our customers.',
      'We may obtain information from third parties to provide the services to you.',
      'We receive data from advertising partners that make their offers available to users.',
      // The service's giving verb on services, not on the data.
      'We may receive data from publishers and we provide ad services to publishers.',
      'We obtain information from merchants when we provide payment services to those merchants.',
      'We receive information from our customers, and we provide our platform to businesses of all sizes.',
    ],
    mustNotVeto: [
      'We receive information from advertising partners and share it with our affiliates.',
      'We may collect information from you and disclose it to our service providers.',
      'We may collect information from you and provide it to our service providers.',
      'We collect data from your device and make it available to our advertisers.',
      'We may obtain your consent before we transfer your data to partners.',
      'We, and our third-party partners, use information that we receive about you from third parties to serve advertisements.',
      'We work with other companies who provide us with services that help run our business.',
      // The service gives on what it collected: the "from" names the data.
      'We may provide information we collect from you to third parties.',
      'We may make the data we collect when you use our apps available to third parties.',
      'We receive data from partners, and we may provide it to advertisers.',
    ],
  },
  {
    id: 'data_sharing.disclosures-described',
    // The unit's own words: a lead-in "Request information about:" does not make its items descriptions.
    when: (lower, ctx) => disclosuresDescribed(unitWords(lower, ctx)),
    why: 'A right, a request, a pointer or an announcement whose only disclosure is what it describes (information about, the categories or types of, the purposes for which, "describes", "provides details about", the right to limit use and disclosure) tells the reader where the disclosures are set out or what may be asked about them (GUIDE: role=explanation or role=pointer); a clause that also says the service discloses, or that an outside party gets or uses the data, is kept.',
    mustVeto: [
      'Request information about with whom we share your personal data.',
      'To request more information concerning the categories of personal information we share with third parties, please contact us at the address below.',
      'For a list of the categories of personal information we have disclosed for a business purpose in the past 12 months, please click here.',
      'This section provides details about the categories of personal information that we have collected, disclosed or sold in the last 12 months.',
      'The table below describes the purposes for which we collect and disclose each category of personal information and the parties we have disclosed it to.',
      'Acme will inform users about the choices it offers for limiting use and disclosure of personal data.',
      'Acme will inform users about the purposes for which it collects personal data and the types of third parties to which it discloses personal data.',
      'For information regarding the purposes for which we disclose your personal data, please see Section 5 above.',
    ],
    mustNotVeto: [
      // The unit also discloses, or an outside party gets the data.
      'We share information about you with our advertising partners; to learn which ones, please contact us.',
      'We may disclose the categories of personal information listed above to our service providers, as described in Section 5.',
      'Our partners may receive information about your purchases; see our partner list for details.',
      'You have the right to request that we not share information about you with advertisers.',
      'For information about our vendors, see below: we transfer your order details to them.',
      // "Visit" not as a pointer; "rights" not as a right to ask; an opt-out stated beside the pointer.
      'When you visit our site, we and our partners may collect information about your activity on other sites.',
      'All service providers are bound by a contract that sets out the categories of data and the rights and obligations of the parties.',
      "For information about the partner's practices and to opt out of its sharing of your data, visit its website.",
      // No asking, pointing or announcing: a list lead-in or a table header that states the disclosure.
      'The categories of third parties to whom we disclose personal information include advertisers and analytics providers.',
      // The recipients described, not the data: a list of what the service uses says what it does (D1).
      'Please visit our Sub-Processors page to see the list of our Sub-Processors that we use in order to host the Services.',
    ],
  },
  {
    id: 'data_sharing.rights-request-procedure',
    when: RIGHTS_REQUEST_PROCEDURE,
    unless: new RegExp(`${WE_MAY_DISCLOSE.source}|${TO_RECIPIENT.source}|${MAY_OPT_OUT.source}`),
    why: 'How a privacy-rights request is handled (an authorised agent, the specific pieces of information returned to the user) is procedure (GUIDE D8: role=explanation), not a disclosure to a third party; a clause that also says the service may disclose, or that the user or the agent may opt out, is kept.',
    mustVeto: [
      'For requests to opt-out of “sales,” “shares,” or the processing of your personal information for “targeted advertising” under the State Privacy Laws, we may require a signed permission demonstrating your authorized agent has been authorized by you to act on your behalf.',
      'For instance, we cannot disclose specific pieces of Personal Information if the disclosure would create a substantial, articulable, and unreasonable risk to the security of the Personal Information.',
      'We cannot respond to your request to provide additional disclosures or delete any personal information if we cannot verify your identity and the authorized agent’s authority to make the request on your behalf.',
    ],
    mustNotVeto: [
      'We may disclose your personal information to your authorized agent and to our service providers.',
      'We may share the specific pieces of information we hold with our affiliates.',
      // The choice itself, made by the user or the agent: an opt-out (GUIDE D10).
      'You or your authorized agent may opt out of the sale and sharing of your personal information by using the toggle.',
      'You, or an authorized agent acting on your behalf, may opt out of the sale and sharing of your personal information.',
    ],
  },
  {
    id: 'data_sharing.shared-with-first-party',
    when: (lower, ctx) => sharedWithFirstParty(unitWords(lower, ctx), ctx.firstParty),
    why: "Data an outside party shares with the document's first party, by name, comes in (GUIDE data_sharing, D10); a clause where the first party or the service discloses is kept. The examples' first party is Acme.",
    mustVeto: [
      'The partner sites may share that data with Acme for the purpose of improving our Services.',
      'If you use your social media account to sign up, the social media provider may share data from your account (such as email address of your social media account) to Acme based on your consent.',
    ],
    mustNotVeto: [
      'Acme may share your data with partners, and partners may share data with Acme.',
      'The partner sites may share that data with Acme, and we may share it with advertisers.',
      'Your data may be shared with our partners and with Acme.',
      'We may share your data with Examplecorp.',
      'Acme shall disclose Customer Data only according to instructions issued by Customer to Acme.',
      'Partners may send your data to Acme, which shares it with advertisers.',
      "We send your order details to Acme's delivery partners.",
    ],
  },
  {
    id: 'data_sharing.disclosure-depends',
    when: DISCLOSURE_DEPENDS,
    unless: WE_DISCLOSE_PLAIN,
    why: 'What the disclosures depend on, with the disclosure as the subject ("the categories we disclose to these recipients depend on how you interact with us"), explains them (GUIDE: role=explanation); a clause where the service says it may disclose is kept.',
    mustVeto: [
      'The specific categories of Personal Information we disclose to these recipients depend on how you interact with us, the Services you use, and the features you choose.',
      'The identity of our Commercial Partners who process Your data depends on the Content and ads You watch on our Service.',
    ],
    mustNotVeto: [
      'We may share your information with advertisers; what we share depends on your settings.',
      'We will disclose your data to the partners you select, which vary depending on the offer.',
      'We share your personal data with advertisers, and the categories shared depend on your settings.',
    ],
  },
  {
    id: 'data_sharing.access-not-given',
    when: ACCESS_NOT_GIVEN,
    unless: anyOf(WE_DISCLOSE_OR_PASSED, RECIPIENT_DUTY),
    why: 'Access the service does not give (interception, unauthorised access) is a risk or a security promise (GUIDE: role=explanation), not a disclosure; a clause where the service says it discloses, or that data is passed on, is kept, and so is one where its recipients must guard the data against that access (a limit on them, D12).',
    mustVeto: [
      'Although Acme has taken the steps described in our privacy policy to ensure that your personal information is delivered and disclosed only in accordance with our privacy policy, Acme does not guarantee that the personal information you provide will not be intercepted by others and decrypted.',
      // A duty in one clause part and the risk in another: the risk is explained.
      'Although we require our service providers to protect your data, third parties may gain unauthorized access to your information.',
      'We require our vendors to use appropriate safeguards, but unauthorized third parties may still access your data.',
      // A generic subject is the law's, not the service's recipients.
      'Businesses are required to protect personal information from unauthorized access under the CCPA.',
      'Employers are obligated to keep candidates’ personal data secure against unauthorized access.',
    ],
    mustNotVeto: [
      'If you post on message boards, that information can be collected and used by third parties without our knowledge.',
      'We may disclose your information to law enforcement to investigate unauthorized access to our systems.',
      'Your data may be disclosed to authorities to prevent unauthorized use of the service.',
      'We share your data with third parties, but your data may be stolen or intercepted in transit.',
      // A duty on the recipients against unauthorised access is a limit on them (D12), not a risk explained.
      'Each service provider must agree to protect your personal information from unauthorized access, use, or disclosure.',
      'We require our vendors to protect your personal data against unauthorized access.',
      'Each Sub-processor must agree to protect Customer Personal Data from unauthorized access.',
      'We require each subprocessor to protect your personal data from unauthorized access.',
      'Each Service Provider must agree to use reasonable security practices as required by law and appropriate to the nature of the information involved, in order to help protect your Personal Information from unauthorized access, use, or disclosure.',
    ],
  },
  {
    id: 'data_sharing.access-taken-unlawfully',
    when: ACCESS_TAKEN_UNLAWFULLY,
    unless: DISCLOSES_OR_ENGAGES,
    why: 'Access an outside party takes unlawfully or by deceit, with that party as the subject, is a security risk (GUIDE: role=explanation), not a disclosure; a clause where the service says it discloses or engages a recipient, that data is passed on, or that a party receives it, is kept.',
    mustVeto: [
      'However, regardless of our efforts, it is possible that third parties may unlawfully intercept or access transmissions or private communications over an unsecured transmission.',
      'Inadvertent disclosures may result, for example, when third parties misrepresent their identities in asking the site for access to personally identifiable information about themselves.',
    ],
    mustNotVeto: [
      'We may disclose your information to third parties to investigate anyone who unlawfully accesses our systems.',
      'Your data may be shared with law enforcement when third parties unlawfully access your account.',
      'We share your data with advertisers, and third parties may illegally obtain it.',
      'We use a third-party fraud detection service, which receives your device and transaction data, to identify users who fraudulently obtain goods.',
      'Our fraud prevention partners receive information about your purchases so that they can detect people who illegally access accounts.',
      'Acme may disclose your information to the authorities if we suspect that you have fraudulently obtained goods.',
      'We report to law enforcement any users who illegally access our network, including their IP addresses.',
      'We engage third party service providers to store your data and to protect it from persons who would illegally obtain it.',
      'Your personal information is stored by our hosting provider, whose systems are protected against anyone who would unlawfully access them.',
      'Our service providers have access to your personal information only to perform services on our behalf, and are required to protect it from being unlawfully accessed.',
    ],
  },
  {
    id: 'data_sharing.processing-series',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      return (
        PROCESSING_SERIES.test(own) && !RECIPIENT_NAMED.test(own) && !MODAL_OR_DENIAL.test(own) && !AD_PURPOSE.test(own)
      );
    },
    why: 'A statement of how the service processes in general ("collect, use and disclose your data strictly as necessary"), naming no recipient and no "may", describes its practice (GUIDE: role=explanation), not a disclosure; a recipient named keeps the clause.',
    mustVeto: [
      'Acme respects privacy rights, and strives to collect, use and disclose Your Data strictly as necessary and in a manner consistent with the applicable laws.',
      'In addition, when we collect, maintain, access, use, or disclose your Personal Health Information, we do so using systems and processes consistent with information privacy and security requirements under applicable federal and state laws.',
    ],
    mustNotVeto: [
      'We may collect, use and disclose your information as described in this policy.',
      'We collect, use and disclose your data to our service providers.',
      'We collect, use, and disclose personal information with third parties for advertising.',
      'We collect, use and disclose your health data to serve you personalised ads.',
      'Please note that we do not collect, use, or disclose “sensitive” personal information through the Site.',
      'We will access, use, preserve, and/or disclose your Personal Information if we reasonably believe it necessary to satisfy a valid subpoena.',
      'We reserve the right to access, read, preserve, and disclose any information as we believe is necessary to satisfy applicable law.',
      'Acme shall process, retain, use, store, or disclose Customer Data only according to written instructions issued by Customer.',
    ],
  },
  {
    id: 'data_sharing.service-and-its-group',
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      if (!serviceWithGroup(own, ctx.firstParty)) return false;
      const others = own.replace(ANY_GROUP_TAIL, ' ');
      return !namesOtherRecipient(others) && !disclosesOutward(own, ctx.firstParty);
    },
    why: 'The service ("we", "the company" or its own name) and its own affiliates or subsidiaries as one subject act together: no one outside receives the data. A clause that names another recipient (lexicon ThirdParty, Authority, Adviser, ServiceSide), discloses or sells (ShareVerb, SellVerb) or lets others collect is kept, and so is another company with its group.',
    mustVeto: [
      'You agree that Acme and its affiliates may use information you provide for research and benchmarking.',
      'If your information comprises Your Content, we and our affiliate companies may use such information in accordance with our terms.',
      'You agree that Acme or its affiliates may use your company’s name in customer lists.',
      'Acme (and its Affiliates) will not use Customer Data to train any models without consent.',
      'You acknowledge that Acme and its affiliates may use Content on any known or unknown media for any purpose.',
      // Disclosed by the user to the service, not by the service.
      'Acme and its affiliates may use information disclosed through surveys or otherwise provided to Acme for research.',
      'The Company and its affiliates may use your information to provide the Services and to send you updates.',
      'We and our subsidiaries may use the information you have shared with us to improve our products.',
      // Sources, not recipients; advertising companies that collect nothing here.
      'We and our subsidiaries may use your data together with information received from other companies.',
      'We and our affiliates may combine your data with information we obtain from our partners and third parties.',
      'We and our affiliates work with online advertising companies to provide you with relevant advertising.',
    ],
    mustNotVeto: [
      'The advertiser and its affiliates may use your personal information for their own marketing.',
      'We and our third-party service providers may use the information we collect about you to serve targeted advertising.',
      'Acme and its affiliates may share your information with advertisers.',
      'We and our affiliates may disclose your personal data to law enforcement.',
      'Our advertising partners and our affiliates may collect information about you.',
      'Acme (and its agents and service providers) may use this information to send you marketing communications.',
      'We and our affiliates may pass your information to credit reference agencies and law enforcement.',
      'Acme and its affiliates may rent your contact details to other companies.',
      'Acme and its affiliates may give the police access to your data.',
      'We and our affiliates may release your information to courts or regulators where the law requires it.',
      'We and our affiliates may allow advertising networks to collect your device identifiers.',
      'We and our group companies may use your personal information and pass it on to marketing agencies.',
      'We and our affiliates may send your order details to the courier.',
      'We and our affiliates work with analytics companies that collect your usage data.',
      'We and our affiliates may receive data from partners and share it with advertisers.',
      // Another company with its group, not the service.
      'Acme Pay and its affiliates may use your payment information to detect and prevent fraud.',
    ],
  },
  {
    id: 'data_sharing.goods-transferred',
    when: GOODS_TRANSFERRED,
    unless: DATA_OR_OWN_OBJECT,
    why: 'Money, coins, digital goods or ownership passed to a seller, a buyer or a third party are not the user\'s data (GUIDE data_sharing: disclosure of user data); a clause that names the user\'s data or shares, or where the service moves an object of its own ("we may transfer your account … to the acquirer"), is kept.',
    mustVeto: [
      'Otherwise, the Transaction will be completed and money will be transferred to the Seller.',
      'Digital Content cannot be sold or transferred to third parties, including other Users, and cannot be exchanged for cash.',
      'Coins cannot be resold, transferred for value or redeemed for cash, except to the extent required by law.',
      'This Agreement does not transfer ownership rights of any description in the Intellectual Property to Advertiser or to any other third party.',
      'Your use of money transfers or credit card payments may be subject to third-party terms between you and the third party.',
      'We will transfer the funds to the Seller once the buyer confirms delivery.',
      'Once the buyer confirms delivery, the money will be transferred to the Seller and we will send you a confirmation email.',
    ],
    mustNotVeto: [
      'When money is transferred to the Seller, we also share your name and address with the Seller.',
      'Once the buyer confirms delivery, the money will be transferred to the Seller together with your email address.',
      'We transfer your personal data to our payment processor so that funds can be sent to the Seller.',
      'Digital Content you buy is listed in your purchase history, which may be transferred to our partners.',
      'We may transfer ownership of our company, and your personal information will be transferred to the buyer.',
      'Your payment information is transferred to the bank that processes your money transfer.',
      'In the event of a merger or transfer of ownership, we may transfer your account and everything in it to the acquirer.',
    ],
  },
  SERVICE_IS_THE_TRADE,
  {
    id: 'data_sharing.tool-other-users-install',
    when: (lower, ctx) => otherUsersInstall(unitWords(lower, ctx), ctx.firstParty),
    unless: WE_DISCLOSE_PLAIN,
    why: 'A tool that other users install on what they run through the service ("some users may install third party tracking software on their sites, which may collect and disclose …") is let in by those users, not by the service (GUIDE T18): no sharing by the service. The tracking itself is left to the tracking rules.',
    mustVeto: [
      'Be aware that some Acme users may install third party tracking software on their Acme sites, which may collect and disclose additional information about visitors to those sites.',
      'Other members can add third-party widgets to their pages, and those widgets may share visitor data with their providers.',
    ],
    mustNotVeto: [
      'We may install third party tracking software on our sites, which may collect and disclose information about visitors to third parties.',
      'Some users may install third-party apps on their pages; we may disclose your profile information to those apps.',
      'You may install third party apps, which may receive your account data.',
      'Some users may install third party plugins on their sites, and we share your data with advertisers.',
      'Some users may install third party plugins on their sites; Acme shares your data with advertisers.',
      'Certain users can embed third party widgets; those providers receive data we share with them.',
    ],
  },
];
