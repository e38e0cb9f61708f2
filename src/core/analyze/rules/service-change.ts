// terms_change, parts (b) and (c) of GUIDE S1: the service may change, alone, the service itself (modify, suspend,
// discontinue, add or remove features, limit it) or its prices. Weighed below a change of the terms (`maxSeverity`):
// a changed service or price leaves the user free to leave, without a rewritten contract binding them.
import { sentencesOf, type Rule, type Veto } from '../rule';
import {
  ADDED_WORDS,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_SUBJECTS,
  LEXICON_LISTS,
  NEW_OFFER_VERBS,
  NOT_OFFER_INFO_WORDS,
  OFFER_HOLDERS,
  CHARGER_QUALIFIERS,
  OTHER_CHARGERS,
  QUALIFIED_CHARGERS,
  READER_ROLES,
} from '../lexicon';
import { wordsPattern } from '../word-pattern';
import { TERMS_DOC_WORD } from '../terms-doc';
import { anyOf, gap, wordSeq } from '../word-gap';
import { namesService, type FirstPartyNames } from '../first-party';

const list = (...tags: string[]): string[] => tags.flatMap((t) => LEXICON_LISTS[t]!);
const alternation = (words: readonly string[]): string =>
  `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})`;

/** Verbs that change the service (the terms' change verbs and the service's own: suspend, discontinue, add …). */
const SERVICE_VERBS = new Set(list('ChangeVerb', 'OfferChangeVerb'));
/** Verbs that change a price (besides the service's: "remove and/or revise Charges"). */
const PRICE_VERBS = new Set(list('ChangeVerb', 'PriceChangeVerb', 'OfferChangeVerb'));
const SERVICE_VERB = alternation([...SERVICE_VERBS]);
const OFFER = alternation(list('OfferThing'));
const PRICE = alternation(list('PriceWord'));
const PRICE_VERB = alternation([...PRICE_VERBS]);
/** A price word, whole: the first cue of the price rules that need no change verb before it. */
const PRICE_WORD = RegExp(String.raw`\b${PRICE}\b`);
const PRICE_WORDS = RegExp(String.raw`\b${PRICE}\b`, 'gi');
/** The evidence without its price words: what NOT_THE_OFFER reads ("fees" is the offer's price, not another thing). */
const withoutPrices = (evidence: string): string => evidence.replace(PRICE_WORDS, '');
/**
 * A modal or a reserved right before the change ("may", "reserves the right to", "is entitled to", "retains the right");
 * not a bare "right" ("your right to cancel the Services" is the user's).
 */
const MODAL_WORDS = String.raw`(?:\b(?:may|might|can|could|will|reserves?|entitled|retains?|free|needs?|flexibility)|['’]ll)`;

/** A verb of a service or price change as a whole word ("add", not "additional"), for the notice veto (terms-change.ts). */
export const SERVICE_CHANGE_VERB = RegExp(String.raw`^${alternation(list('OfferChangeVerb', 'PriceChangeVerb'))}\b`);

/** Stems of every verb of a service or price change, for the category's pre-filter (terms-change.ts). */
export const SERVICE_CHANGE_STEMS =
  /\b(?:suspend|discontinu|withdr[ae]w|remov|eliminat|terminat|ceas|stop|add|limit|restrict|substitut|expand|retir|deprecat|disabl|reduc|introduc|implement|upgrad|rais|increas|adjust|impos|establish|creat|charg|var(?:y|ies)\b)/;

/** "we may discontinue the Services" within a few words: the cue of `terms_change.service-change`. */
const SERVICE_CUE = anyOf(
  wordSeq(MODAL_WORDS, gap(12), String.raw`\b${SERVICE_VERB}\b`, gap(10), String.raw`${OFFER}\b`, {
    needs: [RegExp(String.raw`\b${OFFER}\b`)],
  }),
  // "reserves the right at any time, at its sole discretion and without notice, to suspend …", "has the right to update".
  wordSeq(
    String.raw`\b(?:reserves?|retains?|has|have)\s+the\s+right\b`,
    gap(14),
    String.raw`to\s+${SERVICE_VERB}\b`,
    gap(10),
    String.raw`${OFFER}\b`,
    { needs: [RegExp(String.raw`\b${OFFER}\b`)] },
  ),
  // A second right in the same reservation: "reserves the right, …, to decide who may join, and, …, to withdraw …".
  wordSeq(
    String.raw`\b(?:reserves?|retains?)\s+the\s+right\b`,
    gap(24),
    String.raw`and\b`,
    gap(6),
    String.raw`to\s+${SERVICE_VERB}\b`,
    gap(10),
    String.raw`${OFFER}\b`,
    { needs: [RegExp(String.raw`\b${OFFER}\b`)] },
  ),
);
/** "we may change our prices": the cue of `terms_change.price-change`. */
const PRICE_CUE = wordSeq(MODAL_WORDS, gap(6), String.raw`\b${PRICE_VERB}\b`, gap(5), String.raw`${PRICE}\b`, {
  needs: [RegExp(String.raw`\b${PRICE}\b`)],
});

const CHANGED = alternation(list('ChangeVerb', 'OfferChangedVerb'));
const ANY_CHANGE_VERB = alternation(list('ChangeVerb', 'OfferChangeVerb', 'PriceChangeVerb'));
/** "the Site may be suspended", "features are subject to change", "the products may vary from time to time". */
const OFFER_CHANGED_CUE = anyOf(
  wordSeq(
    String.raw`\b${OFFER}`,
    gap(4),
    String.raw`(?:may|might|can|could|will)\s+(?:also\s+)?be`,
    gap(4),
    `${CHANGED}\\b`,
  ),
  wordSeq(String.raw`\b${OFFER}`, gap(4), String.raw`(?:is|are)\s+subject\s+to\s+(?:chang|modif|alter)`),
  wordSeq(
    String.raw`\b${OFFER}`,
    gap(4),
    String.raw`(?:may|might|can)\s+(?:change|vary)\s+(?:from\s+time|over\s+time|at\s+any\s+time|without)`,
  ),
);
/** "prices are subject to change", "our fees may be increased". */
const PRICE_CHANGED_CUE = anyOf(
  wordSeq(String.raw`\b${PRICE}`, gap(4), String.raw`(?:is|are)\s+subject\s+to\b`),
  wordSeq(
    String.raw`\b${PRICE}`,
    gap(3),
    String.raw`(?:may|might|can|will|could)\b`,
    gap(3),
    `${alternation(list('ChangeVerb', 'PriceChangeVerb'))}\\b`,
  ),
);
/**
 * A list of what the service offers and what it costs said to change ("Products and pricing may change at any time",
 * "Programming, pricing, terms, and conditions subject to change", "fees … may be subject to change without notice").
 */
const LISTED_CHANGE_CUE = anyOf(
  wordSeq(
    String.raw`\b(?:${OFFER}|${PRICE})`,
    gap(14),
    String.raw`subject\s+to\s+(?:periodic\s+|occasional\s+|frequent\s+|ongoing\s+)?(?:chang|modif|alter)`,
  ),
  wordSeq(
    String.raw`\b(?:${OFFER}|${PRICE})`,
    gap(10),
    String.raw`(?:may|might|can)\s+(?:also\s+)?(?:change|be\s+(?:changed|modified|altered))\s+(?:at|without|from)\b`,
  ),
  // "a Service Fee (as may be revised by Acme with notice to You)", "fees, which may be changed"
  wordSeq(
    String.raw`\b${PRICE}`,
    gap(6),
    String.raw`(?:as|which)\s+(?:may|might|can)\s+be\s+${alternation(list('ChangeVerb', 'PriceChangeVerb'))}\b`,
  ),
  // "functionality may be changed or removed without notice"
  wordSeq(
    String.raw`\b(?:${OFFER}|${PRICE})`,
    gap(10),
    String.raw`(?:may|might|can)\s+(?:also\s+)?be\s+${CHANGED}\b`,
    gap(3),
    String.raw`(?:at|without)\b`,
  ),
);
/**
 * A second predicate of a sentence about what the service offers or charges: "Beta Services may not be supported and
 * may be changed at any time", "The pricing and offers … may vary by provider and may change over time without
 * notice", "kBTC Services will only be offered … and are subject to change or to be paused or discontinued".
 */
const AND_CHANGED_CUE = wordSeq(
  String.raw`\b(?:${OFFER}|${PRICE})`,
  gap(16),
  String.raw`and\s+(?:(?:may|might|can)\s+(?:also\s+)?(?:change|be)|(?:is|are)\s+subject\s+to)\b`,
);
/**
 * The thing listed belongs to the user or another party ("your plan and the fees", "a seller's products and fees"),
 * the rate or charge is no price of ours ("exchange rates", "taxes and regulatory fees"), or what changes is information about it ("information regarding
 * timetables": its accuracy, not the offer).
 */
export const OWNER_BEFORE =
  /\b(?:your|their|his|her|users?['’]s?|members?['’]s?|customers?['’]s?|sellers?['’]s?|merchants?['’]s?|third[\s-]part(?:y|ies)['’]?s?)\s+(?:[\w-]+\s+){0,2}$|\b(?:exchange|interest|conversion|currency|tax|taxes)\s+(?:(?:and|or)\s+)?(?:[\w-]+\s+)?$|\binformation\s+(?:regarding|about|on|of|for)\s+(?:the\s+)?$/;
/** "may remove any such Content". */
const CONTENT_CUE = wordSeq(
  String.raw`\b(?:may|might|can|could|reserves?|entitled|retains?)`,
  gap(8),
  `${SERVICE_VERB}`,
  String.raw`\s+(?:the|any|such|all|our|its)\s+(?:such\s+)?content\b`,
);
/** "will not remove features", "won't raise the price". */
const PROMISE_CUE = wordSeq(
  String.raw`\b(?:not|never|won['’]t|don['’]t|doesn['’]t|wouldn['’]t|shan['’]t)`,
  gap(3),
  `${ANY_CHANGE_VERB}\\b`,
  gap(6),
  String.raw`(?:${OFFER}|${PRICE})\b`,
);
/** Between the negation and the change verb, a word that keeps the right: "does not limit our right to change". */
const NOT_A_PROMISE =
  /(?:\bnot|\bnever|n['’]t)\s+(?:[\w’'-]+\s+){0,2}?(?:limit|restrict|prevent|affect|need|hesitate|promise|guarantee|warrant|commit)/i;
/**
 * A new clause inside a hit: a subject after a comma or a conjunction ("If you don't like it and won't pay, we'll
 * discontinue the Service"), where stance.ts ends a negation's scope too.
 */
const NEW_CLAUSE = new RegExp(
  String.raw`(?:,\s*(?:${wordsPattern(CLAUSE_CONJUNCTIONS)}\s+)?|\s${wordsPattern(CLAUSE_CONJUNCTIONS)}\s+)(?=${wordsPattern(CLAUSE_SUBJECTS)}\b)`,
  'i',
);
/** The hit's last clause, which holds its change verb: only a negation there denies the change. */
function ownClause(evidence: string): string {
  return evidence.split(NEW_CLAUSE).at(-1) ?? evidence;
}
/** A denied promise before the hit: "we do not guarantee that we will not change …", "we cannot promise …". */
const NO_GUARANTEE_BEFORE =
  /(?:\bnot|\bnever|\bcannot|\bno|n['’]t)\s+(?:guarantee|promise|warrant|represent|commit|assure|undertake)/;
/** "reserves the right … to charge", "may start charging". */
const CHARGE_CUE = anyOf(
  wordSeq(String.raw`\breserves?\s+the\s+right`, gap(4), String.raw`to\s+(?:start\s+|begin\s+)?charg`),
  /\b(?:start|begin)\s+(?:charging|to\s+charge)\b/,
);

/** At most this many words, besides those that only pick a part ("all or part of the"), after the last change verb. */
const MAX_OBJECT_GAP = 4;
/**
 * Words that pick a part of the thing changed or say how the change is made, not what is changed: "any or all of
 * the", "one or more of our", "without notice any".
 */
const PART_WORDS = new Set([
  ...'the our its any all or and of part parts portion portions some certain such these this a an aspects every'.split(
    ' ',
  ),
  ...'each one more without prior notice temporarily permanently partially entirely in whole at sole discretion'.split(
    ' ',
  ),
]);
/**
 * A title-case word right after another is part of one name ("any Geolocation Provider or Geolocation Provider
 * Feature" names two things, not six words): it adds no word to the object.
 */
const TITLE = /^[A-Z][a-z]/;
/** The words after the last verb of `verbs` in the evidence, not counting PART_WORDS, or -1 when it has none. */
function wordsAfterLastVerb(evidence: string, verbs: ReadonlySet<string>): number {
  const words = evidence.match(/[\w’'-]+/g) ?? [];
  for (let i = words.length - 1; i >= 0; i--)
    if (verbs.has(words[i]!.toLowerCase()))
      return words
        .slice(i + 1)
        .filter(
          (w, k, after) => !PART_WORDS.has(w.toLowerCase()) && !(k > 0 && TITLE.test(w) && TITLE.test(after[k - 1]!)),
        ).length;
  return -1;
}

/**
 * Not a change of what the service offers: the user's own account, access, plan or copy ("suspend your
 * subscription", "stop providing you with", "access to the Services": termination, GUIDE S1), another party's
 * ("a developer's application", "non-Acme services", a third party's), the user's content or data (moderation, data
 * handling), the user ceasing to use it or being required to update, updates installed on a device, what applies to
 * changed services ("these Terms apply to modified Services"), a promise to provide or improve, a refusal, a repair or refund, a
 * notice of a change, the contract ended ("terminate the portion of the Agreement"), or a price (price-change's).
 */
const NOT_THE_OFFER = RegExp(
  [
    String.raw`\b(?:your|their|the\s+user['’]?s?|users['’]|any\s+user['’]s)\s+(?:[\w-]+\s+)?(?:access|accounts?|membership|profile|registration|login|use|ability|right|${OFFER})\b`,
    String.raw`\?[)"'”’\s]{0,3}$|\buse\s+of\b|\b(?:agreement|contract)\b|\baccess\s+to\b|\bto\s+you\b|\bproviding\s+you\b|\brequired\s+to\b|\bappl(?:y|ies)\s+to\b|\b(?:will|shall)\s+provide\b`,
    String.raw`\bthird[\s-]part|\bnon[\s-]|\b(?:developer|publisher|seller|merchant|partner|customer|user|member|vendor)s?['’]s?\s+(?:[\w-]+\s+)?${OFFER}\b`,
    String.raw`\b(?:user|your|member|customer)\s+(?:content|posts?|data|information)`,
    // Data as what is offered ("data storage", "data plans") is the service's, not the user's data.
    String.raw`\b(?:information|data(?!\s+(?:storage|capacity|plans?|caps?|limits?|allowances?)\b)|processing|cookies?|personal|emails?|communications|messages|password|username)\b`,
    String.raw`\b(?:stop|cease|discontinue|terminate|suspend)\w*\s+(?:the\s+|your\s+|any\s+)?(?:using|use|accessing|your\s+use)\b`,
    String.raw`\b(?:download|install|receive|provide|deliver|release|push|check\s+for)\w*\s+(?:and\s+install\s+)?(?:[\w-]+\s+){0,2}?(?:updates|upgrades)\b|\bautomatically\s+(?:update|upgrade|download|install)`,
    String.raw`\bimprov|\breflect|\bseek\s+to\b|\bstrive|\brefus|\brepair|\brefund|\bdefect|\bnotice\s+of\b|\bnotif|\b${PRICE}\b(?!-)`,
  ].join('|'),
  'i',
);
/** A title-case heading ("Paid Plans Are Subject to Change") names a section; its units carry the right. */
const TITLE_CASE_CHANGE = /\b(?:Is|Are|Be|May|Can)\s+(?:Be\s+)?(?:Subject|Change[ds]?)\b/;
/** "The Services change …, and their": a "their" after a clause whose subject is the service changing is the service's. */
const SERVICE_OWN_THEIR = RegExp(
  String.raw`^((?:the|our)\s+${OFFER}\s+(?:change|changes|evolve|evolves)\b[^,;]{0,30},?\s+and\s+)their\b`,
  'i',
);
/** A negation inside the hit: "we will not remove features" is `service-change-limit`'s, not a grant. */
const NEGATED_HIT = /\b(?:not|never|no|nor|cannot)\b|n['’]t\b/i;
/** What a rule's `rejectEvidence` asks of its hit. */
interface EvidenceTest {
  test(evidence: string): boolean;
}
/**
 * A disclaimer of liability for a change ("Neither Acme nor its licensors will be liable for any change, suspension or
 * discontinuation of the Services"): it presupposes the change and takes no right of its own; the unit that says the
 * service may change carries the grant (GUIDE S2 "as for terms", C3; G1, G4). Not "without being liable".
 */
const LIABLE_FOR = /\b(?:be|is|are|been)\s+(?:held\s+)?(?:liable|responsible)\b/i;
/** "without (any) (prior) notice/notification (to you)", "at its sole discretion": how a change is made. */
const HOW_ASIDE =
  /\bwithout\s+(?:any\s+)?(?:prior\s+|advance\s+|further\s+)?(?:notice|notification)(?:\s+to\s+you)?|\b(?:at|in)\s+(?:its|our|their)\s+(?:sole|absolute|own)\s+discretion/gi;
/**
 * "make improvements to" in a list of changes ("change, suspend, make improvements to or discontinue any aspect of the
 * Site"): the list's other verbs say what may be done. A bare "improve" stays NOT_THE_OFFER's: "we will continually
 * improve, update and maintain the Services" is a promise, not a reserved right.
 */
const IMPROVE_IN_LIST = /\bmake\s+improvements?\s+to\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:or|and\/or)\s+)/gi;
/**
 * "access to" the service itself, changed ("withdraw or amend access to our Site", "modify, suspend, or terminate
 * access to the Services"), not the user's ("your access to" stays NOT_THE_OFFER's). Only beside a verb that changes
 * it: "restrict access to the Services to users aged 18", "terminate access … for inactive accounts" and "prevent or
 * restrict access" decide who may use the service (eligibility, termination, enforcement: GUIDE S1, S3).
 */
const ACCESS_TO_OFFER = RegExp(String.raw`\baccess\s+to\s+(?=(?:our|the|this|these)\s+${OFFER}\b)`, 'gi');
const ACCESS_CHANGED = /\b(?:amend|modify|change|alter|update)\w*\b[^.;]{0,40}\baccess\s+to\b/i;
/** The change verb is what a means is used for ("measures we may use to restrict access to the Services"). */
const USED_TO = /\b(?:use|uses|used|using)\s+to\b/i;
/** "…, and to", "…, and, subject to applicable law, to": where a second right of one reservation starts. */
const NEXT_RIGHT = /[,\s]and,?\s+(?:[^,\s][^,]{0,40},\s+)?to\s/gi;
/**
 * The last right of a reservation that lists several ("reserve the right to deny access to anyone, and to modify or
 * terminate the Services"): the change verb the hit ends with is that right's, and only its object says whose thing
 * changes; a unit that lists both is a grant for its service-change part (GUIDE S3).
 */
function lastReservedRight(evidence: string): string {
  let start = 0;
  for (const m of evidence.matchAll(NEXT_RIGHT)) start = m.index + m[0].length - 3;
  return start > 0 && /\bto\s/i.test(evidence.slice(0, start)) ? evidence.slice(start) : evidence;
}
/**
 * The evidence test of the service and price grant rules: a negation inside the hit (the limit rule's), a disclaimer
 * of liability, a thing that is not the service's own (`notOurs`), or an object too far after the last of `verbs`
 * ("may change the way in which users of the Services …").
 */
/** The user's own account or access, what an earlier predicate ends before the service's change. */
const USERS_OWN = /\b(?:your|accounts?)\b/i;
/** "and" or "and/or" with the word after it: where a second predicate of one modal may start. */
const AND_WORD = /\band(?:\/or)?\s+([\w-]+)/gi;
const OFFER_WORD = RegExp(String.raw`\b${OFFER}\b`, 'i');
/**
 * The last predicate of one modal, when an earlier one ends the user's account or access and this one changes what the
 * service offers: "may terminate your account and
 * discontinue or modify any feature of the Service" is a grant for its service-change part (GUIDE S3).
 */
function lastPredicate(evidence: string, verbs: ReadonlySet<string>): string {
  let start = -1;
  for (const m of evidence.matchAll(AND_WORD)) if (verbs.has(m[1]!.toLowerCase())) start = m.index;
  return start > 0 && USERS_OWN.test(evidence.slice(0, start)) && OFFER_WORD.test(evidence.slice(start))
    ? evidence.slice(start)
    : evidence;
}
function notOurChange(notOurs: EvidenceTest, verbs: ReadonlySet<string>): EvidenceTest {
  return {
    test: (hit) => {
      // An aside on how the change is made ("without any prior notification to you", "at its sole discretion") says
      // nothing of what is changed: "to you" and "notification" there are no user's service and no notice of a change.
      const evidence = lastPredicate(lastReservedRight(hit.replace(HOW_ASIDE, ' ')), verbs)
        .replace(IMPROVE_IN_LIST, ' ')
        .replace(ACCESS_TO_OFFER, (m) => (ACCESS_CHANGED.test(hit) ? '' : m));
      return (
        NEGATED_HIT.test(ownClause(evidence)) ||
        LIABLE_FOR.test(evidence) ||
        notOurs.test(evidence) ||
        AUTOMATIC_UPDATE.test(evidence) ||
        UPGRADE_TO.test(evidence) ||
        USED_TO.test(evidence) ||
        wordsAfterLastVerb(evidence, verbs) > MAX_OBJECT_GAP
      );
    },
  };
}
/**
 * An update installed on the user's copy, with a word between ("automatically and remotely upgrade the version you
 * use"); kept out of NOT_THE_OFFER, whose size recheck can no longer decide with one more gap in it.
 */
const AUTOMATIC_UPDATE = /\bautomatically\s+(?:(?:and|or)\s+)?[\w-]+\s+(?:update|upgrade|download|install)/i;
/** "upgrade to a paid plan": the user's move between plans, not a change the service makes (kept out of NOT_THE_OFFER as above). */
const UPGRADE_TO = /\bupgrad\w*\s+to\b/i;
/** The thing changed is a place the object is taken from or put in ("remove content from the Site"). */
const IN_PLACE =
  /(?:^|\s)(?:from|on|in|through|via|within|into)\s+(?:the\s+|our\s+|any\s+|this\s+|its\s+|such\s+)?[\w’'-]+[^\w’'-]*$/i;
/** The user's conduct or unpaid bills: a service ended or limited for them is termination, not a change (GUIDE S1). */
const CONDUCT =
  /\b(?:breach\w*|violat\w*|misus\w*|abus\w*|fraud\w*|suspicious|unlawful|illegal|infring\w*|non-?payment|fail\w*\s+to\s+(?:pay|make)|(?:do\s+not|don['’]t|did\s+not)\s+(?:pay|make|receive)|unpaid|overdue|billing\s+obligations?)/;
/**
 * What follows a hit: the user's conduct, a third party's own service or change, the offer word naming another who
 * changes it ("may be updated at any time by the application developer": the hit ends at "application"), a question
 * mark (a heading, "How can we modify our Services?"), or the one user it is done to ("terminate the Services to you":
 * termination).
 */
const NOT_OURS_AFTER = RegExp(
  String.raw`^[^.;]{0,30}?\b(?:that|which)\s+(?:you|users?|members?|sellers?|customers?)\s+(?:list|upload|post|submit|sell|offer|create|provide|publish)|^[^.;]{0,30}?\b(?:you|users?|members?|sellers?)\s+(?:list|upload|post|submit|publish)|^[^.;]{0,30}?\b(?:posted|uploaded|listed|submitted|published|created)\s+by\b|^[^.;]{0,40}?\b(?:do|does)\s+not\s+(?:meet|comply|conform)|` +
    String.raw`^[^.;]{0,120}?${CONDUCT.source}|^[^.;]{0,40}?\bof\s+their\s+third[\s-]part|^[^.;]{0,40}?\bby\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:developers?|publishers?|owners?|sellers?|merchants?|third)\b|^\s*(?:developers?|publishers?|providers?)(?=\s*(?:$|[.,;:)]|(?:at|without|from|in|and|or)\b))|^[\w\s-]{0,40}\?|^\s*to\s+(?:you|such|that|this|the\s+user|any\s+user)\b`,
);
/**
 * A bank or carrier, or an issuer, operator or provider qualified as another's ("your card issuer", "mobile operator"):
 * its fees are no price of the service's (lexicon OTHER_CHARGERS, QUALIFIED_CHARGERS, CHARGER_QUALIFIERS). "The
 * Provider" alone is often the service itself.
 */
const CHARGER = String.raw`(?:${wordsPattern(OTHER_CHARGERS)}|(?:your\s+(?:[\w-]+\s+)?|${wordsPattern(CHARGER_QUALIFIERS)}\s+)${wordsPattern(QUALIFIED_CHARGERS)})`;
const BANK_BEFORE = RegExp(String.raw`\b${CHARGER}s?\s$`);
/**
 * Another party as the subject before the modal: "Your mobile carrier may discontinue …", "Customer may reduce …"; a
 * provider or operator with a word before it ("Third-party providers may …"), not "The Provider" alone (the service).
 */
const SUBJECT_START = String.raw`(?:^|[.;:,(]\s*|\b(?:if|when|that|while|where)\s+)(?:your\s+|the\s+|any\s+|our\s+|a\s+)?`;
const OTHER_SUBJECT_BEFORE = RegExp(
  String.raw`${SUBJECT_START}(?:[\w-]+\s+)?(?:customers?|you|users?|members?|partners?|administrators?|admins?|employers?|sellers?|merchants?|developers?|publishers?|licensors?|advertisers?|vendors?|third[\s-]part(?:y|ies)|part(?:y|ies))\s+$|${SUBJECT_START}(?!(?:the|an?|our|any)\s)[\w-]+\s+(?:providers?|operators?)\s+$|\b${CHARGER}s?\s+$`,
);
/** A change of the service or its price, read in each sentence the conduct veto spans (whole words). */
const CHANGE_WORDS = wordsPattern(list('ChangeVerb', 'OfferChangeVerb', 'OfferChangedVerb', 'PriceChangeVerb'));
const CHANGE_WORD = new RegExp(String.raw`\b${CHANGE_WORDS}\b`);
/** The reader's own change ("you may stop using the Services", "Customer may add users"): no change of the service. */
const READERS_CHANGE = new RegExp(
  String.raw`\b(?:you|(?:the\s+)?${wordsPattern(READER_ROLES)}s?)\s+(?:(?:may|can|will|shall|must|also|at\s+any\s+time)\s+){0,2}${CHANGE_WORDS}\b`,
  'g',
);
const changesService = (s: string): boolean => CHANGE_WORD.test(s.replace(READERS_CHANGE, ''));
/** Ending or limiting the user's service for their conduct or unpaid bills (GUIDE S1: termination, `none`). */
const END_VERB = /\b(?:suspend|terminat|disabl|disconnect|restrict|block|ban|limit|cease|stop|remov)/;
/** The clause also changes a document ("we may modify these Terms"): the terms rules decide it. */
const DOC_CHANGE = RegExp(
  [
    String.raw`\b(?:chang|modif|amend|updat|revis)\w*\s+(?:\S+\s+){0,3}?(?:these|this|the|our)\s+(?:[\w-]+\s+)?${TERMS_DOC_WORD}`,
    String.raw`\b${TERMS_DOC_WORD}\s+(?:\S+\s+){0,3}?(?:be|are|is|been)\s+(?:[\w-]+\s+)?(?:chang|modif|amend|updat|revis)`,
    String.raw`\b(?:after|following)\s+(?:any\s+|such\s+|the\s+)?(?:changes|modifications|updates|amendments)\b`,
  ].join('|'),
);

/**
 * A service or price change phrased with a change of a document ("We may modify the Service or these Terms", "… the
 * Services, including these Terms, without notice") weighs as the terms rules weigh that change (unilateral-modify:
 * medium, "without notice" high), not with the service's cap.
 */
const AS_TERMS_CHANGE: NonNullable<Rule['weighsAs']> = { when: DOC_CHANGE, severity: 'medium' };

/** A section or document saying what it covers ("This section explains how we may change the Services"). */
const DESCRIBES_ITSELF =
  /^(?:this|the|these|our)\s+(?:section|article|clause|paragraph|part|terms(?:\s+of\s+(?:service|use))?|agreement)\s+(?:(?:also|further|below)\s+)?(?:explains?|describes?|discuss(?:es)?|sets?\s+out|outlines?|indicates?|covers?)\b/;

export const SERVICE_CHANGE_VETOES: readonly Veto[] = [
  {
    id: 'terms_change.describes-itself',
    when: DESCRIBES_ITSELF,
    unless: /[,;]\s+(?:and\s+|but\s+)?we\s+(?:may|can|reserve|will)\b/,
    why: 'A section that says what it covers takes no right itself: the units it introduces do (GUIDE S1, C3). The terms rules share the veto, so a clause that also changes a document is theirs to decide.',
    mustVeto: [
      'This section explains how we may change the Services, and how to contact us.',
      'This section explains how we may change the Services or these Terms, how you may contact us, and other provisions.',
    ],
    mustNotVeto: [
      'We may change the Services or these Terms at any time.',
      'These Terms of Service describe your rights, and we may change these Terms at any time without notice.',
    ],
  },
  {
    id: 'terms_change.service-ended-for-conduct',
    // Read sentence by sentence: a change in another sentence ("We may revise the Fees. We may terminate your account if
    // you breach these Terms.") is a change still.
    when: (lower) =>
      CONDUCT.test(lower) &&
      END_VERB.test(lower) &&
      sentencesOf(lower).every((s) => !changesService(s) || (CONDUCT.test(s) && END_VERB.test(s))),
    unless: DOC_CHANGE,
    why: 'A service suspended, ended or limited because the user broke the rules or did not pay is termination, not a change of what the service offers (GUIDE S1).',
    mustVeto: [
      'If any failure to pay Charges continues for five days, we may terminate, suspend, or disconnect the Services immediately.',
      'After we terminate the Services to you for your breach, if you continue to use the Services, we are entitled to suspend or terminate the Services directly.',
      'After we have told you that we did not receive a full payment, we may suspend the Services.',
      'If Customer fails to pay any amount when due, Acme Inc. may suspend the Services until payment is made.',
      'If you breach these Terms (e.g. by removing copyright notices), we may suspend the Services.',
      'If you do not pay, we may suspend the Services. You may stop using the Services at any time.',
      'If you fail to pay any invoice when due, we may suspend the Services. Please keep your billing address up to date.',
      'In case of non-payment, Acme may suspend the Services. Customer may add users at any time.',
    ],
    mustNotVeto: [
      'We may suspend the Services at any time for maintenance.',
      'We may modify these Terms and suspend the Services if you breach them.',
      'These Terms may be modified by us at any time without notice, and if you breach them we may suspend your account.',
      'We may change this Privacy Statement at any time, and we may restrict the accounts of users who violate it.',
      'Continued use of the Service after changes are posted means you accept them; we may terminate accounts that misuse the Service.',
      'We may update this Notice at any time; we may suspend access for abuse.',
      // Every document word of the lexicon (TermsDoc), not a copy of some: "EULA", "Guidelines", "contract".
      'We may update this EULA at any time, and we may suspend the accounts of users who violate it.',
      "Acme may revise the Fees by giving at least thirty days' notice. We may terminate your account if you breach these Terms.",
    ],
  },
];
/** Not the service's own price: exchange or interest rates, taxes, a seller's, bank's or carrier's charges. */
const NOT_OUR_PRICE = RegExp(
  String.raw`\b(?:exchange|interest|conversion|currency|tax)\s+rates?\b|\btax|\bthird[\s-]part|\b${CHARGER}['’]?s?\b|\btheir\b|\byour\s+(?:account|settings|plan|subscription)\b|\binformation\b|\bnotice\s+of\b|\bnotif`,
  'i',
);
/** The user ending their own plan: the way out of a price change, not the price that changes. */
const CANCEL_OWN = /\b(?:cancel|terminate)\s+your\s+(?:account|plan|subscription)\b/gi;
/** A hit on what the service offers that is no such change: a title, another's price, another thing than the offer. */
const notTheServicesOffer = (evidence: string): boolean =>
  TITLE_CASE_CHANGE.test(evidence) || NOT_OUR_PRICE.test(evidence) || NOT_THE_OFFER.test(withoutPrices(evidence));

/**
 * "may make changes in information about price and availability", "update product information", "changes to the materials
 * contained on its website": what the service shows of its offer, changed by it (GUIDE S1 (b), (c); the real-document
 * labels settled these as grants). Said with a modal or a reserved right; the passive "information regarding
 * timetables is subject to change" is an accuracy disclaimer, left out.
 */
const OFFER_INFO_CUE = anyOf(
  wordSeq(
    String.raw`(?:\b(?:may|might|can|could|reserves?|retains?|entitled|right)|['’]ll)`,
    gap(10),
    String.raw`(?:information|descriptions?|details|materials)\s+(?:about|on|regarding|related\s+to|relating\s+to|concerning|of|contained|displayed)\b`,
  ),
  wordSeq(
    String.raw`(?:\b(?:may|might|can|could|reserves?|retains?|entitled|right)|['’]ll)`,
    gap(10),
    String.raw`(?:product|pricing|price|service|offer)\s+(?:information|descriptions?|details)\b`,
  ),
  wordSeq(
    String.raw`(?:\b(?:may|might|can|could|reserves?|retains?|entitled|right)|['’]ll)`,
    gap(10),
    String.raw`content\s+(?:on\s+offer|offered|available\s+(?:on|through|in))\b`,
  ),
);
/** Whose information: the user's, a seller's, a third party's (the user's data and others' listings are no offer). */
const NOT_OUR_INFO = RegExp(String.raw`\b${wordsPattern(NOT_OFFER_INFO_WORDS)}\b`, 'i');
/** A plan, app, device or store as the subject before the modal: what it offers is no change of the service. */
const OFFER_HOLDER_BEFORE = RegExp(String.raw`\b${wordsPattern(OFFER_HOLDERS)}s?\s+$`);
/** "offer new", "roll out additional": the service adding to its offer (lexicon NEW_OFFER_VERBS, ADDED_WORDS). */
const ADDS_NEW = String.raw`${wordsPattern(NEW_OFFER_VERBS)}\s+(?:an?\s+|any\s+)?${wordsPattern(ADDED_WORDS)}\b`;
/** The same words as the category's pre-filter (terms-change.ts): new-offer needs no change word. */
export const ADDS_NEW_GATE = RegExp(String.raw`\b${ADDS_NEW}`);
/** "may offer new services", "may enable additional security features": the service adding to what it offers (S1). */
const NEW_OFFER_CUE = wordSeq(
  String.raw`\b(?:may|might|can|could|reserves?|retains?|entitled)`,
  gap(6),
  ADDS_NEW,
  gap(3),
  String.raw`${OFFER}\b`,
  { needs: [RegExp(String.raw`\b${OFFER}\b`)] },
);
/** "If we change the fees": the words between the conditional and its verb (the subject) are the service's. */
function serviceIsSubject(evidence: string, firstParty: FirstPartyNames | undefined): boolean {
  // The hit is "<if> <subject> <verb> (the|our|its|any) …": the subject ends two words before the first determiner
  // that can follow the verb.
  const words = evidence.toLowerCase().split(/\s+/);
  const det = words.findIndex((w, k) => k >= 3 && PRICE_DETERMINERS.has(w));
  return det > 1 && namesService(words.slice(1, det - 1).join(' '), firstParty);
}
const PRICE_DETERMINERS = new Set(['the', 'our', 'its', 'any']);
/** After a price-change hit: another's price, a page of prices, or only the date the change takes effect (C3). */
const PRICE_NOT_CHANGED_AFTER =
  /^\s*(?:pages?|tables?)\b|^\s*(?:charged|imposed|set|levied)\s+by\b|^[^.;]{0,40}?,\s*(?:the|any|such)\s+(?:change|increase|decrease)s?\s+will\s+(?:take\s+effect|become\s+effective)\b/;

/**
 * A price change the service makes, stated as a condition: "If Acme changes the fees for the Service, …", "When we
 * increase the price of your subscription, …" (GUIDE S2: notice beforehand, or a way out by cancelling, does not change
 * the grant; a unit that only announces the notice is the notice-only veto's, C3). When a price change takes effect
 * alone is an effective date (C3).
 */
const PRICE_ANNOUNCED_CUE = wordSeq(
  String.raw`\b(?:if|when|whenever|should|once|where)`,
  gap(4),
  String.raw`${PRICE_VERB}\w*\b`,
  gap(4),
  String.raw`${PRICE}\b`,
  { needs: [PRICE_WORD] },
);

export const SERVICE_CHANGE_RULES: readonly Rule[] = [
  {
    id: 'terms_change.service-change',
    cue: [SERVICE_CUE],
    match: [
      '(may|might|can|could|will|reserve|reserves|entitled|retain|retains|free|need|needs|flexibility) .{0,12} (#ChangeVerb|#OfferChangeVerb) .{0,10} #OfferThing',
      '(reserve|reserves|retain|retains|has|have) the right .{0,14} to (#ChangeVerb|#OfferChangeVerb) .{0,10} #OfferThing',
      // "retain the right … to implement new elements as part of … the Service": new parts of the service itself.
      '(reserve|reserves|retain|retains) the right .{0,14} to (implement|introduce|add) new (elements|components|features|functionality|functions|tools)',
      '(reserve|reserves|retain|retains) the right .{0,24} and .{0,6} to (#ChangeVerb|#OfferChangeVerb) .{0,10} #OfferThing',
      // A gap takes the first "to" and does not step back: "and, subject to applicable laws, to withdraw …".
      '(reserve|reserves|retain|retains) the right .{0,24} and subject to .{0,3} to (#ChangeVerb|#OfferChangeVerb) .{0,10} #OfferThing',
    ],
    rejectEvidence: notOurChange({ test: (e) => NOT_THE_OFFER.test(e) || IN_PLACE.test(e) }, SERVICE_VERBS),
    rejectAfter: NOT_OURS_AFTER,
    rejectBefore: OTHER_SUBJECT_BEFORE,
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may change or discontinue the service, its features or what it offers, without the user agreeing.',
    mustMatch: [
      'We may modify, suspend or discontinue the Services at any time.',
      // A plural left open: "Service(s)" is the services.
      'We may change, interrupt, suspend or terminate the Service(s) at any time without notice.',
      'We reserve the right to stop offering free plans.',
      'We may add or remove features from time to time.',
      'Acme reserves the right, at its sole discretion, to withdraw or modify virtual items at any time without notice.',
      'We may change data storage limits or discontinue the Service.',
      'We retain the right, in our sole discretion, to implement new elements as part of and/or ancillary to the Service, including changes that may affect the previous mode of operation of the Service.',
      'No warranty is given about the availability of the app and we reserve the right to suspend or modify the service.',
      'Acme or the Acme Vendors may revise or discontinue Product options at any time without prior notice.',
      'We may, without being held liable, discontinue the Service.',
      // The negation is the user's condition, in a clause of its own before the company's verb.
      { text: "If you don't like it and won't pay, we'll discontinue the Service.", stance: 'grant' },
      'Acme reserves the right at any time, at its sole discretion and without notice, to suspend, modify or discontinue the Pro Services.',
      'Acme has the right to update all or any part of the Content and Website at any time without notice.',
      'The provider is entitled to, without any prior notification to you, change, suspend or terminate part or whole of the services.',
      'Acme may, at its discretion, change, suspend, make improvements to or discontinue any part of the Site.',
      'We reserve the right to refuse access to our Services to any person, and to modify or discontinue the Services at any time.',
      'We reserve the right to withdraw or amend access to our Site without notice.',
      'Acme reserves the right, at its discretion, to decide who is eligible for a beta, and, where the law allows, to withdraw or change the beta features at any time.',
      'Acme reserves the right, in its sole discretion, to decide who is eligible for a discount, and, subject to applicable law, to modify or withdraw paid plans at any time.',
      // "by" names who provides the content, not a place it is taken from: the service's own content.
      'Acme may modify the content provided by the Website at any time.',
      // The changer's word as a modifier of what changes, not as who changes it.
      'We may update the application developer tools at any time.',
      // Ending the user's account beside a change of the service: a grant for the service-change part.
      'Acme may terminate your account and discontinue, modify or alter any aspect, feature or policy of the Service.',
      // A name of several title-case words is one word of the object.
      'Acme may change, deprecate, or discontinue any Geolocation Provider or Geolocation Provider Feature at any time upon notice to you.',
      'From time to time, Acme may need to perform maintenance on or upgrade the Software, Products or Websites.',
    ],
    mustNotMatch: [
      'You can change your plan at any time.',
      'We may suspend or terminate your account and your access to the Services if you breach these Terms.',
      'We may remove content from the Site that violates these Terms.',
      'We may suspend the Services to you if you fail to pay any fees when due.',
      'Third-party services may change their terms.',
      'We may repair or replace the product at our option.',
      'We may limit the information we collect to what we need to provide the Services.',
      'If you do not agree, you are entitled to discontinue the use of the Services.',
      'Acme may automatically update the software, and these Terms apply to such updates.',
      'This Agreement will apply to all additional or modified Services.',
      'Acme will provide the Services in the Order Form, and standard updates to the Services.',
      'Acme may, as its sole remedy, terminate the portion of the Agreement relating to the Services.',
      'We may refuse to provide support for any modified products.',
      'You can change your preferences for the apps in your browser settings.',
      'Customer may reduce the number of Subscriptions at renewal.',
      'We may remove any items that you list if we receive a complaint.',
      'We reserve the right to remove any apps you upload.',
      'We may remove offers posted by users.',
      'We may remove apps that do not meet our review guidelines.',
      'Your mobile carrier may discontinue the service at any time.',
      'Some store applications may be updated at any time by the application developer.',
      'Store apps may be updated by the app publisher.',
      'Third-party providers may discontinue the services at any time without notice.',
      'You have the right at any time, for any reason, to terminate the Services.',
      'Either party has the right, on thirty days notice, to terminate the Services.',
      'We may terminate the Services to you without notice.',
      'We will improve and update the Services over time.',
      'We may suspend your access to the Site at any time.',
      'Do not bypass any measures we may use to prevent or restrict access to the Services.',
      // A promotion or a free-trial offer is no part of the service (lexicon OfferThing).
      'We may modify or discontinue these promotions at any time without notice.',
      'We reserve the right to withdraw or modify the free trial offer at any time.',
      'We reserve the right to refuse access to our Services to any person, and to remove your Account.',
      // A liability disclaimer presupposes the change; the unit that states the right carries it.
      'Neither Acme nor its licensors will be liable for any change, suspension or discontinuation of the Services.',
      'You may need to upgrade the app to keep using the Service.',
      'We may automatically and silently upgrade the version of the app on your device.',
      'Acme may automatically remotely upgrade the version of the Software that you use.',
      'We reserve the right to refuse any order, and you are free to remove items from your basket.',
      // A promise to improve is no reserved right; access limited to some users or ended for some accounts is who may
      // use the service (eligibility, termination), not a change of it; the user's own upgrade is the user's.
      'We will continually improve, update and maintain the Services.',
      'We can improve, update, and secure the Services with your feedback.',
      'We may restrict access to the Services to users aged 18 or over.',
      'We may terminate access to the Service for any account that remains inactive for 12 months.',
      'Acme retains the right to halt any of your transactions, prevent or restrict access to the Services or take any other action.',
      'Free accounts can upgrade to a paid plan at any time.',
    ],
  },
  {
    id: 'terms_change.offered-content-change',
    // The content the service itself offers ("Acme may remove any such Content", "we may modify the Content"), not
    // the user's (moderation: "content that violates", "content you post", "User Content").
    cue: [CONTENT_CUE],
    match: [
      '(may|might|can|could|reserve|reserves|entitled|retain|retains) .{0,8} (#ChangeVerb|#OfferChangeVerb) (the|any|such|all|our|its) (such)? content',
    ],
    rejectEvidence: notOurChange(NOT_THE_OFFER, SERVICE_VERBS),
    rejectAfter: RegExp(
      String.raw`${NOT_OURS_AFTER.source}|^\s*(?:that|which|you|posted|submitted|uploaded|provided|shared|from|on|in|of\s+(?:users?|members?|others))\b`,
    ),
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may change or remove the content it offers (its catalogue, articles, games), without the user agreeing.',
    mustMatch: ['Acme and the owners of any Content may, from time to time, remove any such Content without notice.'],
    mustNotMatch: [
      'We may remove any content that violates these Terms.',
      'We may remove the content you post at any time.',
      'We reserve the right to remove or modify User Content for any reason.',
    ],
  },
  {
    id: 'terms_change.service-may-be-changed',
    cue: [OFFER_CHANGED_CUE],
    match: [
      // The thing opens the sentence or has a determiner of its own: "your subscription will be cancelled" is the user's.
      '^#OfferThing .{0,4} (may|might|can|could|will) (also)? be .{0,4} (#ChangeVerb|#OfferChangedVerb)',
      '(the|our|this|these|any|all|such|its|certain|some) .{0,2} #OfferThing .{0,4} (may|might|can|could|will) (also)? be .{0,4} (#ChangeVerb|#OfferChangedVerb)',
      '^#OfferThing .{0,4} (is|are) subject to (change|changes|modification|modifications|alteration|alterations)',
      '(the|our|this|these|any|all|such|its|certain|some) .{0,2} #OfferThing .{0,4} (is|are) subject to (change|changes|modification|modifications|alteration|alterations)',
      // "may", not "will": "its services will change over time" describes, it takes no right (GUIDE S1).
      '^#OfferThing .{0,4} (may|might|can) (change|vary) (from time|over time|at any time|without)',
      '(the|our|this|these|any|all|such|its|certain|some) .{0,2} #OfferThing .{0,4} (may|might|can) (change|vary) (from time|over time|at any time|without)',
      // A sentence about the service changing, whose "their" can only be the service's: "The Services change
      // frequently, and their form and functionality may change without prior notice".
      '^(the|our) #OfferThing (change|changes|evolve|evolves) .{0,2} and their .{0,3} #OfferThing (may|might|can) (change|vary) (from time|over time|at any time|without)',
    ],
    rejectEvidence: {
      test: (evidence: string): boolean =>
        /\byou/i.test(evidence) ||
        TITLE_CASE_CHANGE.test(evidence) ||
        NEGATED_HIT.test(evidence) ||
        NOT_THE_OFFER.test(evidence.replace(SERVICE_OWN_THEIR, '$1the')),
    },
    rejectAfter: NOT_OURS_AFTER,
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The service or what it offers may be changed or discontinued by the company, without the user agreeing.',
    mustMatch: [
      'The Site may be modified, updated, interrupted, suspended or discontinued at any time without notice.',
      'Features and availability are subject to change.',
      'The products and functionality of the Software may vary from time to time.',
      'The Services change frequently, and their form and functionality may change without prior notice to you.',
    ],
    mustNotMatch: [
      'Your subscription will be cancelled at the end of the billing period.',
      'Features may differ by country.',
      'Payment options may vary from country to country.',
      'Items you do not need can be removed from your basket at any time.',
      'Our services are constantly evolving.',
      'Its services and software will change over time.',
      'Sellers list the products, and their features may change at any time.',
      'The products change often, and their prices may change at any time.',
      'Non-Acme services may change without any notice to us.',
      'Sellers list their products, and their prices may change at any time.',
      'All such Promotions may be modified or ended without notice.',
      'Nature and Scope of the Services Are Subject to Change.',
      'The apps you install are reviewed, and their features may change without notice.',
      'The Services are provided by partners, and their features may change at any time.',
      'Sellers list the products, and their features may change at any time.',
    ],
  },
  {
    id: 'terms_change.listed-things-may-change',
    // A subject that lists what the service offers, its prices or its terms, with words between it and the verb, said
    // to be subject to change or to change at any time (GUIDE S1 (b), (c); S2: "Prices are subject to change without
    // notice" is a grant). The single-subject forms are service-may-be-changed's and prices-may-change's.
    cue: [LISTED_CHANGE_CUE],
    match: [
      '(#OfferThing|#PriceWord) .{0,6} (is|are|be)? subject to (periodic|occasional|frequent|ongoing)? (change|changes|modification|modifications|alteration|alterations)',
      '(#OfferThing|#PriceWord) .{0,14} subject to (periodic|occasional|frequent|ongoing)? (change|changes|modification|modifications|alteration|alterations) (at|without)',
      '(#OfferThing|#PriceWord) .{0,10} (may|might|can) (also)? (change|be changed|be modified|be altered) (at|without|from)',
      '(#OfferThing|#PriceWord) .{0,10} (may|might|can) (also)? be (#ChangeVerb|#OfferChangedVerb) .{0,3} (at|without)',
      '#PriceWord .{0,6} (as|which) (may|might|can) be (#ChangeVerb|#PriceChangeVerb)',
      // A gap stops at the first "as": "Fee, as set forth here (as may be revised …)".
      '#PriceWord .{0,2} as .{0,6} (as|which) (may|might|can) be (#ChangeVerb|#PriceChangeVerb)',
    ],
    rejectEvidence: {
      test: (evidence: string): boolean =>
        /\byou/i.test(evidence) || NEGATED_HIT.test(ownClause(evidence)) || notTheServicesOffer(evidence),
    },
    rejectBefore: OWNER_BEFORE,
    rejectAfter: NOT_OURS_AFTER,
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'What the service offers and what it costs, listed together, may be changed by the company at will.',
    mustMatch: [
      'Such products and pricing on the sites may change at any time without prior notice.',
      'All descriptions of products or product pricing are subject to change at any time without notice.',
      'Programming, pricing, terms, and conditions subject to change at any time.',
      'The Services, website, and software are subject to periodic changes that may occur at any time.',
      'All such fees will be set by Acme in its sole discretion and may be subject to change without notice.',
      'Beta features may contain errors, and functionality may be changed or removed without notice.',
      'A "Service Fee", as set forth here (as may be revised by Acme with notice to You in accordance with Section 15), will be calculated and charged on the sales price.',
    ],
    mustNotMatch: [
      'Your products and prices are subject to change when you relist them.',
      'Sellers set their products and prices, which may change at any time.',
      'Exchange rates applied to fees are subject to change without notice.',
      'The taxes and regulatory fees charged can be changed without notice.',
      'Products sold on the site are subject to availability.',
      'Products in your basket may change at any time.',
      'Products you list may be removed at any time.',
      'The products are not subject to change after delivery.',
      'Paid Plans for Extra Features Are Subject to Change.',
      'All information regarding timetables is subject to change, so confirm the time when you book.',
      'Sellers set their own fees, which may be changed at any time.',
    ],
  },
  {
    id: 'terms_change.offer-and-may-change',
    // The thing offered or its price said, after a first predicate, to change at will (GUIDE S1 (b), (c); S2). The gap
    // stops at the first "and", so the hit's last "and" starts the predicate that says the change.
    cue: [AND_CHANGED_CUE],
    match: [
      '(#OfferThing|#PriceWord) .{0,16} and (may|might|can) (also)? change (at|without|from|over|in)',
      '(#OfferThing|#PriceWord) .{0,16} and (may|might|can) (also)? be (#ChangeVerb|#OfferChangedVerb) .{0,3} (at|without|from)',
      '(#OfferThing|#PriceWord) .{0,16} and (is|are) subject to (change|changes|modification|modifications|alteration|alterations)',
    ],
    rejectEvidence: {
      test: (evidence: string): boolean =>
        /\byou/i.test(evidence.replace(HOW_ASIDE, ' ')) ||
        NEGATED_HIT.test(evidence.split(/\sand\s/i).at(-1) ?? evidence) ||
        notTheServicesOffer(evidence),
    },
    rejectBefore: OWNER_BEFORE,
    rejectAfter: NOT_OURS_AFTER,
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'What the service offers or what it costs may be changed by the company at will.',
    mustMatch: [
      'Beta Services may not be supported and may be changed at any time without notice.',
      'The pricing and offers for Subscriptions may vary by country and may change over time without notice.',
      'Acme Earn Services will only be offered to eligible users in select jurisdictions at Acme’s sole discretion and are subject to change or to be paused or discontinued at any time, without prior notice.',
    ],
    mustNotMatch: [
      'Products you order are subject to availability and may be changed at any time.',
      'Third-party services are not under our control and may change at any time.',
      'Sellers list their products, which are reviewed and may be removed at any time.',
      'Our Services are available in many countries and will not be changed without notice.',
      'Your subscription renews automatically and may be cancelled at any time.',
    ],
  },
  {
    id: 'terms_change.service-limits',
    cue: [
      /\b(?:impos|establish|set|creat|introduc|plac|appl|chang|modif|updat)\w*\s+(?:\S+\s+){0,3}?(?:limits|limitations|restrictions|caps|quotas)\b/,
    ],
    match: [
      '(may|might|can|could|will|reserve|reserves|entitled|retain|retains) .{0,6} (impose|establish|set|create|introduce|place|#ChangeVerb) .{0,3} #LimitNoun',
    ],
    rejectEvidence: /\b(?:information|data|processing|cookies?|personal|not|never|no)\b/i,
    rejectAfter: NOT_OURS_AFTER,
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may limit what the service offers (storage, use, features) on its own.',
    mustMatch: [
      'We reserve the right to establish limits on the amount of storage available to you.',
      'Acme may impose limits on certain features or restrict access to parts of the Services without notice.',
    ],
    mustNotMatch: [
      'You may set limits on how much you spend in the app.',
      'We may impose restrictions on your account if you violate these Terms.',
    ],
  },
  {
    id: 'terms_change.price-change',
    cue: [PRICE_CUE],
    match: [
      '(may|might|can|could|will|reserve|reserves|entitled|retain|retains|free) .{0,6} (#ChangeVerb|#PriceChangeVerb|#OfferChangeVerb) .{0,5} #PriceWord',
    ],
    rejectEvidence: notOurChange(NOT_OUR_PRICE, PRICE_VERBS),
    // Another party's prices: "Your bank may change its fees".
    rejectBefore: { test: (before: string): boolean => OTHER_SUBJECT_BEFORE.test(before) || BANK_BEFORE.test(before) },
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may change prices or fees on its own.',
    mustMatch: [
      'We may change our fees at any time.',
      'We reserve the right to modify the prices of the Services.',
      'Acme may increase the subscription price with 30 days’ notice.',
      // "The Provider", "the Operator" bare are the service in EU-style terms; "issuer" bare is no other party (review
      // of tc41).
      'The Provider may change the prices of the Services at any time.',
      'The Operator may change the fees for the Services at any time.',
      'We may change the issuer fees for your Acme card at any time.',
    ],
    mustNotMatch: [
      'You may change your plan at any time.',
      'We may make changes in information about price and availability without notice.',
      'Exchange rates may change between the order and the charge.',
      'Sellers may change their prices at any time.',
      'Neither Acme nor its suppliers will be liable for any change in our prices.',
      'Your bank may change its fees.',
      // A charger of the lexicon's OTHER_CHARGERS named in the hit: its fees are not the service's.
      'We may change the card issuer fees passed on to you.',
      'Your mobile operator may change its charges.',
      'Your internet provider may change its fees at any time.',
    ],
  },
  {
    id: 'terms_change.prices-may-change',
    cue: [PRICE_CHANGED_CUE],
    match: [
      // The price opens the sentence or has a determiner of its own ("interest rates may change" is no price of ours).
      '^#PriceWord .{0,4} (is|are) subject to (change|changes|modification|modifications|adjustment|adjustments|increase|increases)',
      '(the|our|all|any|these|its|such|current|standard|listed|subscription) #PriceWord .{0,4} (is|are) subject to (change|changes|modification|modifications|adjustment|adjustments|increase|increases)',
      '^#PriceWord .{0,3} (may|might|can|will|could) (be)? .{0,2} (#ChangeVerb|#PriceChangeVerb)',
      '(the|our|all|any|these|its|such|current|standard|listed|subscription) #PriceWord .{0,3} (may|might|can|will|could) (be)? .{0,2} (#ChangeVerb|#PriceChangeVerb)',
    ],
    rejectEvidence: { test: (evidence: string): boolean => NEGATED_HIT.test(evidence) || NOT_OUR_PRICE.test(evidence) },
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'Prices that may change at the company’s discretion are a unilateral change of what the service costs.',
    mustMatch: [
      'Prices are subject to change without notice.',
      'Our prices may change at any time.',
      'All prices may be changed at any time.',
      'All prices for Paid Services are subject to change without notice.',
    ],
    mustNotMatch: [
      'Prices may vary by location.',
      'Interest rates may change.',
      'Price changes will take effect at the start of the next billing period.',
    ],
  },
  {
    id: 'terms_change.start-charging',
    cue: [CHARGE_CUE],
    match: [
      '(reserve|reserves) the right .{0,4} to (charge|start charging|begin charging) .{0,3} (#PriceWord|for)',
      '(may|might|could|will) (start|begin) (charging|to charge)',
    ],
    rejectEvidence: NOT_OUR_PRICE,
    // A fee for a request or a copy, to cover the costs of one act, or charged for the user's breach is no price of
    // the service (GUIDE S3: conduct).
    rejectAfter: RegExp(
      String.raw`^[^.;]{0,80}\b(?:request|requests|copy|copies|access\s+to\s+(?:your|the)\s+(?:personal|data|information))|^[^.;]{0,40}\bto\s+cover\s+(?:our\s+|the\s+)?(?:reasonable\s+|administrative\s+)?costs?\s+(?:of|for)\s+(?:doing|processing|this|your\s+request)|^[^.;,]{0,60}?(?:\b(?:if|where|when)\s+you\b|\bfor\b|^\s*(?:any|an?|your)\b)[^.;,]{0,40}?${CONDUCT.source}`,
    ),
    // The pattern states a grant whatever wording stance.ts finds around it ("No warranty is given … and we reserve the
    // right to suspend the service"); a negation inside the hit is left to the limit rule.
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'A service that may start charging for what was free changes what it costs on its own.',
    mustMatch: [
      'We reserve the right at any time to charge fees for access to all or portions of the Services.',
      'We may start charging for features that are free today.',
      // A reason for charging ("to cover our operating costs") or a later clause on non-payment keeps the right.
      'We reserve the right to charge fees for the Services to cover our operating costs.',
      'We may start charging for the App to cover the cost of hosting.',
      'We reserve the right to charge for access to the Service in the future, to cover rising costs.',
      'We may start charging for the Services, and non-payment will lead to suspension.',
    ],
    mustNotMatch: [
      'We reserve the right to charge a reasonable fee for copies of your personal data requests.',
      'We reserve the right to charge you a fee to cover our reasonable costs of doing this.',
      'Acme reserves the right to charge you for such Services at the normal rate if you breach the terms of the offer.',
      'We reserve the right to charge an administrative fee for any breach of these Terms.',
    ],
  },
  {
    id: 'terms_change.offer-information-change',
    cue: [OFFER_INFO_CUE],
    match: [
      '(may|might|can|could|reserve|reserves|retain|retains|entitled|right) .{0,8} (#ChangeVerb|#OfferChangeVerb|correct) .{0,8} (information|description|descriptions|details|materials) (about|on|regarding|related to|relating to|concerning|of) .{0,3} (#OfferThing|#PriceWord)',
      '(may|might|can|could|reserve|reserves|retain|retains|entitled|right) .{0,8} (#ChangeVerb|#OfferChangeVerb) .{0,3} (product|pricing|price|service|offer) (information|description|descriptions|details)',
      '(may|might|can|could|reserve|reserves|retain|retains|entitled|right) .{0,8} (#ChangeVerb|#OfferChangeVerb) .{0,3} (information|materials) (contained|displayed) (on|in) (its|our|the|this) #OfferThing',
      '(may|might|can|could|reserve|reserves|retain|retains|entitled|right) .{0,8} (#ChangeVerb|#OfferChangeVerb) .{0,4} content (on offer|offered|available)',
    ],
    rejectEvidence: { test: (evidence: string): boolean => NEGATED_HIT.test(evidence) || NOT_OUR_INFO.test(evidence) },
    rejectBefore: OTHER_SUBJECT_BEFORE,
    // Besides another's change: what the service says in its newsletters or emails is marketing, not its offer.
    rejectAfter: RegExp(
      String.raw`${NOT_OURS_AFTER.source}|^[^.;]{0,30}?\b(?:in|through|via)\s+(?:our\s+|the\s+)?(?:newsletters?|marketing\s+emails?)\b`,
    ),
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may change what it shows of its products and prices, and so what is on offer, on its own.',
    mustMatch: [
      'We may make changes in information about price and availability without notice.',
      'We reserve the right to update product information at any time without notice.',
      'Acme may make changes to the materials contained on its website at any time without notice.',
      'We reserve the right to change or remove without notice any information related to goods for sale.',
      'Acme reserves the right to change and update any Digital Content on offer without notice.',
    ],
    mustNotMatch: [
      'We may update your information if you ask us to.',
      'We may change the information we collect about the Services.',
      'You may update product information in your listings at any time.',
      'Sellers may change product descriptions at any time.',
      'We may share information about products with our partners.',
      'We will not change product information after you order.',
      'All information regarding timetables is subject to change, so confirm the time when you book.',
      // Reach the pattern, dropped by the hit's own words: a negation (NEGATED_HIT), the user's information.
      'We may not change product information after you order.',
      'We may change information about products that users post.',
      // Content users post is moderation (S3), newsletters are marketing: neither changes the offer.
      'We may remove any information posted on the Site.',
      'We may update information about our services in our newsletters.',
    ],
  },
  {
    id: 'terms_change.new-offer',
    cue: [NEW_OFFER_CUE],
    match: [
      `(may|might|can|could|reserve|reserves|retain|retains|entitled) .{0,6} (${NEW_OFFER_VERBS.join('|')}) (a|an|any)? (${ADDED_WORDS.join('|')}) .{0,3} #OfferThing`,
    ],
    rejectEvidence: {
      test: (evidence: string): boolean =>
        NEGATED_HIT.test(evidence) || /\byou|\b(?:information|data|details|support)\b/i.test(evidence),
    },
    // Another offers it: a party, or a plan, app, device or store as the subject ("Premium plans may offer …").
    rejectBefore: {
      test: (before: string): boolean => OTHER_SUBJECT_BEFORE.test(before) || OFFER_HOLDER_BEFORE.test(before),
    },
    // Offered by another party ("additional services from our partners", "… through its partners"), or the user's
    // request ("… if you ask").
    rejectAfter:
      /^\s*(?:from|by|of)\s(?:our\s|the\s)?(?:partners?|third|affiliates?|other)|^[^.;]{0,40}\b(?:if|when)\syou\b|^[^.;]{0,60}?\b(?:through|via)\s(?:its|our|their)\spartners?\b/,
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'The company may add to what the service offers, on its own (GUIDE S1: add or replace features).',
    mustMatch: [
      'Acme may provide a new service from time to time without prior notice to you.',
      'We may enable additional security features in the future, like two-factor login.',
      'We may offer new services from time to time without notice.',
    ],
    mustNotMatch: [
      'You may enable additional features in your settings.',
      'We may offer additional services from our partners.',
      'We may provide additional features if you ask for them.',
      'We may provide additional information about the Services on request.',
      'We may not offer new services in every country.',
      'We may, at your request, provide additional services.',
      'We may provide additional information about the Services on request.',
      // "other" names what exists already ("other programs, such as sweepstakes"; promotions are left out of OfferThing).
      'We may also provide other programs, such as sweepstakes, contests and surveys.',
      'From time to time we may offer other products and services that may be of interest.',
      // A plan, app, device or store offers it, or partners do.
      'Premium plans may offer additional features such as offline storage.',
      'Third-party apps may offer additional features that use your account.',
      'Some devices may offer additional functionality.',
      'Local stores may offer additional services such as installation.',
      'Acme may offer additional products, such as insurance, through its partners.',
    ],
  },
  {
    id: 'terms_change.price-change-announced',
    cue: [PRICE_ANNOUNCED_CUE],
    match: [
      '(if|when|whenever|should|once|where) .{0,3} (#ChangeVerb|#PriceChangeVerb) (the|our|its|any) .{0,3} #PriceWord',
    ],
    rejectEvidence: {
      test: (evidence: string, firstParty?: FirstPartyNames): boolean =>
        /\byou\b/i.test(evidence) ||
        NEGATED_HIT.test(evidence) ||
        NOT_OUR_PRICE.test(evidence) ||
        !serviceIsSubject(evidence, firstParty),
    },
    rejectBefore: OTHER_SUBJECT_BEFORE,
    // A price another sets ("the fees charged by the payment processor"), a page that shows prices ("our pricing
    // page"), or a main clause that only dates the change ("…, the change will take effect at your next renewal", C3).
    rejectAfter: PRICE_NOT_CHANGED_AFTER,
    severity: 'low',
    maxSeverity: 'medium',
    weighsAs: AS_TERMS_CHANGE,
    why: 'A price change announced for when the company makes it is the company’s to make alone.',
    mustMatch: [
      {
        text: 'If Acme changes the fees for the Service, Acme will give you advance notice and the opportunity to cancel.',
        stance: 'grant',
      },
      {
        text: 'If we change the Subscription Fee for your plan, we will give you notice and you may cancel before it applies.',
        stance: 'grant',
      },
      // The main clause decides the stance (GUIDE S2): the user's consent makes it an opt-in.
      {
        text: 'If we change the fees for the Service, the change will only apply to you if you agree to it.',
        stance: 'conditional',
        condition: 'opt_in',
      },
    ],
    mustNotMatch: [
      'If you change your plan, the new fees apply from your next billing period.',
      // Notice of a change and nothing else is a notice (GUIDE C3, S3), as for the terms (notice-only veto).
      'If we change the fees for the Service, we will give you advance notice.',
      'If the exchange rates change, the amount charged may differ.',
      'If your bank changes its fees, we are not responsible.',
      'Price changes will not apply to orders already placed.',
      // When a price change takes effect is an effective date (GUIDE C3; real-document labels read it as none).
      'Any changes to the subscription fees will take effect in the billing period immediately following our notice to you.',
      'If we change the price of your plan, the change will take effect at your next renewal.',
      // Another party changes its own price: the subject is not the service.
      'If the hotel changes its rates, we will pass on the difference.',
      'If a reseller changes the price of a product, Acme is not responsible.',
      'If Rival changes its fees, the price in the Rival store may change.',
      'When the store changes the price of an item, the price shown in your cart will be updated.',
      'If Rival Corp increases the license fees it charges, we may pass on the increase.',
      'If we adjust the fees charged by the payment processor, you will see this on your invoice.',
      'When we update our pricing page, the new prices apply to new orders only.',
      // Reach the pattern, dropped by the hit's own words: the user as subject, a negation.
      'If you change the price of a listing, buyers see the new price.',
      'If we do not change the fees, your plan renews at the same price.',
    ],
  },
  {
    id: 'terms_change.service-change-limit',
    // "We will not remove features you paid for", "we won't raise the price during your term" (GUIDE S1: restrict).
    cue: [PROMISE_CUE],
    match: [
      '(will|shall|would|do|does) (not|never|#Negative) .{0,3} (#ChangeVerb|#OfferChangeVerb|#PriceChangeVerb) .{0,6} (#OfferThing|#PriceWord)',
    ],
    rejectEvidence: {
      test: (evidence: string): boolean =>
        NOT_THE_OFFER.test(withoutPrices(evidence)) ||
        wordsAfterLastVerb(evidence, PRICE_VERBS) > MAX_OBJECT_GAP ||
        NOT_A_PROMISE.test(evidence) ||
        !NEGATED_HIT.test(ownClause(evidence)),
    },
    // "We do not guarantee that we will not change our prices" keeps the right; so does "… without notice" (notice
    // beforehand does not change the stance, GUIDE terms_change).
    rejectBefore: NO_GUARANTEE_BEFORE,
    rejectAfter: /^[^.;]{0,60}?\bwithout\b/,
    implies: { stance: 'restrict', negated: 'restrict' },
    severity: 'low',
    why: 'A promise not to remove what the user has or raise what they pay limits the company’s power to change it.',
    mustMatch: [
      { text: 'We will not remove features you have paid for.', stance: 'restrict' },
      { text: 'We will not raise the price of your subscription during its term.', stance: 'restrict' },
      { text: 'We won’t discontinue the free plan.', stance: 'restrict' },
      { text: 'We will not, at any time, raise the price of your plan.', stance: 'restrict' },
    ],
    mustNotMatch: [
      'You will not modify the Software.',
      'We do not change your data in the Services.',
      'We do not guarantee that we will not change our prices.',
      'We cannot promise that we will not remove features.',
      'This does not limit our right to change prices at any time.',
      'We do not need permission to change prices.',
      "We don't promise not to change prices.",
      'We will not hesitate to discontinue the Service.',
      'We will not change prices without giving you 30 days notice.',
      // The negation is the user's condition; the change is granted (a new subject after the comma).
      "If you don't like it and won't pay, we'll discontinue the Service.",
      'If you do not renew and will not upgrade, we may remove features from your plan.',
    ],
  },
  {
    id: 'terms_change.payment-methods-change',
    // The ways to pay the service accepts are part of what it offers (GUIDE S1 (b)): "we reserve the right to add or
    // change acceptable payment methods from time to time", "Acme may amend the available payment methods".
    cue: [/\bpayment\s+(?:methods|options)\b/, /\b(?:may|might|can|reserves?|right)\b/],
    match: [
      '(may|might|can|reserve|reserves|right) .{0,6} (#ChangeVerb|#OfferChangeVerb) (the|our|any|its)? (available|acceptable|accepted|supported)? payment (methods|options)',
    ],
    rejectEvidence: /\b(?:you|your|not|never)\b/i,
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    why: 'The company may change the ways it accepts payment on its own.',
    mustMatch: [
      'We currently accept Visa and MasterCard, but reserve the right to add or change acceptable payment methods from time to time.',
      'Acme reserves the right to remove or amend the available payment methods at its sole discretion.',
    ],
    mustNotMatch: ['You may change your payment methods in your account settings.'],
  },
  {
    id: 'terms_change.price-change-accepted',
    // A price change that binds the user who keeps the service, or whose only way out is to cancel (GUIDE S2, C1;
    // continued use as acceptance, G7): "you will be deemed to have accepted the new price", "notice of changes in the
    // pricing … and an opportunity to cancel". The terms rules leave prices out; a change that applies only once the
    // user accepts it is price-change-consent's.
    cue: [PRICE_WORD, /\b(?:accept|agree|cancel|terminat|occur|happen|take\s+place)/],
    match: [
      '(deemed|considered) to have (accepted|agreed to|agreed) the (new|revised|updated|changed|increased|higher) #PriceWord',
      '(constitute|constitutes|mean|means|signify|signifies) .{0,2} (acceptance|agreement) (of|to) .{0,2} #PriceWord (change|changes|increase|increases)',
      '(change|changes|increase|increases) (in|to|of) (the|our|any|your)? .{0,3} #PriceWord .{0,12} (opportunity|right|option) to (cancel|terminate)',
      '#PriceWord (change|changes|increase|increases) .{0,8} (opportunity|right|option) to (cancel|terminate)',
      '(not|never) (accept|agree) (to|with)? (the|a|any|such|this)? #PriceWord (change|changes|increase|increases)',
      // "Fee Changes may occur at shorter notice": the company may change its prices.
      '#PriceWord (change|changes|increase|increases) (may|might|can) (occur|happen|take place)',
      // Cancelling before the change applies is the way out: the wait for the paid period is that notice, no limit.
      '#PriceWord (change|changes|increase|increases) .{0,12} you (may|can) (cancel|terminate) .{0,3} before',
    ],
    // The user's plan is what the user may cancel, not the price that changes ("you may cancel your subscription
    // before then").
    rejectEvidence: { test: (evidence: string): boolean => NOT_OUR_PRICE.test(evidence.replace(CANCEL_OWN, ' ')) },
    implies: { stance: 'grant', negated: 'grant' },
    severity: 'low',
    maxSeverity: 'medium',
    why: 'A price change the user can escape only by cancelling, or accepts by staying, is the company’s to make alone.',
    mustMatch: [
      'If you continue to use the Service after the price change has taken effect, you will be deemed to have accepted the new price.',
      'Your continuation of the subscription after such notice will constitute your acceptance of such price changes, unless you cancel.',
      'You will be given notice of changes in the pricing of the Premium Services and an opportunity to cancel.',
      'If you do not accept the Fee Change, you have the right to cancel your subscription without penalty.',
      'If you do not agree to the price change, you must cancel the subscription before it takes effect.',
      'Fee Changes may occur at shorter notice if our costs increase.',
      'Price changes will apply after your current billing period ends, and you may cancel before then.',
    ],
    mustNotMatch: [
      'A price increase applies to you only after you accept it.',
      'Price changes do not affect orders already placed, and you can cancel your subscription at any time.',
      'You have the right to cancel your subscription at any time.',
      'If you do not accept the change in exchange rates, you may cancel the order.',
    ],
  },
  {
    id: 'terms_change.price-change-limit',
    // "Price changes do not affect orders already placed": a limit on the company's power to change prices (GUIDE S1).
    cue: [
      anyOf(
        RegExp(String.raw`\b${PRICE}\s+(?:changes?|increases?)\s+(?:will|shall|do|does)\s+not\b`),
        // …or they wait for the period the user has paid for to end.
        wordSeq(
          String.raw`\b${PRICE}\b`,
          gap(14),
          String.raw`current\s+(?:payment|billing|subscription)\s+(?:period|cycle|term)`,
        ),
      ),
    ],
    match: [
      '(#PriceWord) (changes|increases|change|increase) (will|shall|do|does) not (apply|affect|be applied) .{0,4} (retroactive|retroactively|order|orders|purchase|purchases|before|prior|already|current)',
      '(changes|increases) (will|shall) only? (apply|take effect|become effective) (after|at the end of|once) (your|the) current (payment|billing|subscription) (period|cycle|term)',
    ],
    implies: { stance: 'restrict', negated: 'restrict' },
    severity: 'low',
    why: 'A price change that does not reach orders already placed limits what the company can change.',
    mustMatch: [
      { text: 'Price changes do not affect orders already placed.', stance: 'restrict' },
      {
        text: 'For changes to pricing for Acme One subscriptions, these changes will apply after your current payment period is complete.',
        stance: 'restrict',
      },
    ],
    mustNotMatch: [
      'Price changes will apply to all orders.',
      'Any change to our Pricing shall become effective in the billing cycle following notice of such change to you.',
    ],
  },
  {
    id: 'terms_change.price-change-consent',
    // "a price increase applies to you only after you accept it": opt-in (GUIDE S1).
    cue: [RegExp(String.raw`\b${PRICE}\s+(?:changes?|increases?)\b`), /\bonly\s+(?:if|after|when|once)\s+you\b/],
    match: [
      '#PriceWord (change|changes|increase|increases) .{0,6} only (if|after|when|once) you (accept|agree|consent|approve|confirm)',
    ],
    implies: { stance: 'conditional', condition: 'opt_in' },
    severity: 'low',
    why: 'A price change that binds the user only once they accept it is the user’s choice.',
    mustMatch: [
      {
        text: 'A price increase applies to you only after you accept it.',
        stance: 'conditional',
        condition: 'opt_in',
      },
    ],
    mustNotMatch: ['A price increase applies to you from your next billing period.'],
  },
];
