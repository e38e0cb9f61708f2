// retention: how long the user's data is kept. Open-ended or beyond the user's control (indefinitely, "as long as
// necessary for our purposes", after deletion, in backups) is a grant; a bounded period, a deletion promise or the
// user's own right to delete is a restrict (GUIDE.md, retention and R1–R5).
import { isPointer } from '../pointer';
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';
import { NUMBER_WORDS, RETENTION_MEANING as M } from '../lexicon';
import { anyOf, run, wordSeq, words as wordGap } from '../word-gap';
import { oneSpace, wordsPattern as words } from '../word-pattern';

/** A count in a period, as a match term: digits or a number word ("30 days", "six years", "ninety (90) days"). */
const COUNT = `/^(?:[0-9]+|${NUMBER_WORDS.join('|')})$/`;
/** A period as match terms: "30 days", "six years", "two (2) years" (the figure in brackets repeats the word). */
const PERIOD = `${COUNT} ${COUNT}? #TimeUnit`;
/** The same count before a time unit, for the cues ("2) years" after "two (2"). */
const COUNT_UNIT = String.raw`(?:\b\d+\)?|\b(?:${NUMBER_WORDS.join('|')}))\s*(?:hours?|days?|weeks?|months?|years?)\b`;
/** A bound: a period, or an end tied to the user or the relationship. */
const BOUND_CUE = new RegExp(
  String.raw`${COUNT_UNIT}|\b(?:as long as (?:you|your|we have|we maintain|there is|the)|(?:entire|whole) (?:time|period) you|until you|duration of|life of|lifetime of|temporar|limited period|short period|immediately|active account|while you|whilst you)`,
);

/**
 * A firm cap on the same data later in the sentence ("and in no event longer than 24 months", "we delete it within 30
 * days"); a deadline for something else (a breach notice, a request, inactive accounts) is none.
 */
const FIRM_BOUND = String.raw`\b(?:in\s+(?:no|any)\s+(?:event|case)\s+(?:(?:for\s+)?(?:no\s+)?longer|more)\s+than|(?:delet|eras|destroy)\w*\s+(?:it|them|(?:your|the|such)\s+(?:personal\s+)?(?:data|information))\s+within\s+\d)`;

/**
 * After "as long as necessary": an end the reader can see, the reader's own transaction, order or contract ("your
 * requested service", not a plain "provide the Services"), or a legal duty; with nothing after it to the sentence end but
 * words of the same end ("with you", "you have requested", "and as required by law"). Shared by as-long-as-own-end
 * (which fires) and as-long-as-needed (which yields), so the two agree.
 */
/** The lexicon's own-end objects and legal-duty heads as match terms, each "word*" as the word and its plural. */
const OWN_END_TERMS = [...M.ownEndObjects, ...new Set(M.legalDuty.map((d) => d.split(' ').pop()!))]
  .flatMap((w) => (w.endsWith('*') ? [w.slice(0, -1), `${w.slice(0, -1)}s`] : [w]))
  .join('|');
/** The two ways the rule's end opens: "as long as necessary", "the period (of time) necessary". */
const OWN_END_OPENERS = ['(as|so) long as', '(period|time)'];
const OWN_END_OBJECT = String.raw`(?:${words(M.ownEndObjects)}|${words(M.ownServiceBefore)}\s+(?:[\w-]+\s+)?services?)`;
const LEGAL_DUTY = String.raw`${words(M.legalDutyVerbs)}\s+(?:(?:the|our|its|any|applicable)\s+)?${words(M.legalDuty)}`;
/** Up to four words of the same noun phrase ("your purchase transaction"), never a joined clause or another end. */
const OWN_END_FILLER = String.raw`(?:\s+(?!(?:and|or|but|to|for|as|in|including|such|unless|except|while|until|where|when|with|which|that|so)\b)[\w’'-]+){0,4}`;
const OWN_END_TAIL = String.raw`${OWN_END_FILLER}(?:,?\s+${words(M.ownEndTail)}|,?\s+(?:and|or)\s+to\s+${LEGAL_DUTY}){0,2}\s*(?:[.;:!?)]|$)`;
const OWN_END_AFTER = String.raw`^\s+(?:to|for)\s+(?:the\s+)?(?:${words(M.ownEndVerbs)}\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?${OWN_END_OBJECT}|${LEGAL_DUTY})\b${OWN_END_TAIL}`;

/** Before a refusal: a denial of it, a supposition, or a refusal that only the law forces, earlier in the sentence. */
const REFUSAL_DENIED = new RegExp(String.raw`\b${words(M.refusalDenied)}$`);
/** The words before a refusal without a trailing adverb or aside ("not unreasonably", "not, under any circumstances,"). */
function beforeAsides(before: string): string {
  let t = before.trimEnd();
  const word = t.slice(t.lastIndexOf(' ') + 1);
  if (word.endsWith('ly')) t = t.slice(0, t.length - word.length).trimEnd();
  if (t.endsWith(',')) {
    const open = t.lastIndexOf(',', t.length - 2);
    if (open >= 0 && t.length - open < 45) t = t.slice(0, open).trimEnd();
  }
  return t;
}
const REFUSAL_SUPPOSED = new RegExp(String.raw`\b${words(M.refusalSupposed)}\s+(?:[\w’'-]+\s+){0,3}$`);
const LAW_REQUIRES = new RegExp(String.raw`\b${words(M.lawRequires)}`);
/** A power stated, not supposed: "exceptions where we may refuse a request for erasure". */
const MAY_BEFORE = /\b(?:may|might|can|could)\s*$/;
function refusalNotTaken(before: string): boolean {
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  return (
    REFUSAL_DENIED.test(beforeAsides(sentence)) ||
    (REFUSAL_SUPPOSED.test(sentence) && !MAY_BEFORE.test(sentence)) ||
    LAW_REQUIRES.test(sentence)
  );
}

/** The reader's right to erasure named ("right to erasure:", "rights to have it deleted"): its grounds follow. */
const READER_RIGHT_TO_DELETE = new RegExp(String.raw`\brights?\s+(?:to|of)\s+(?:${words(M.readerDeletionRights)})`);
const READER_ASK_WORD = new RegExp(String.raw`\b${words(M.readerAsks)}`, 'g');
/** The reader as the one who asks, just before the ask word ("you may also request", "users can ask"). */
const READER_ASKING = new RegExp(String.raw`\b${words(M.readers)}\b`);
const SERVICE_ANSWERS = /\b(?:we|will|shall)\b/;
/** The ask governs the deletion that follows ("request that your data be …", "ask for your data to be …"). */
const GOVERNS_DELETION = /^\s*(?:that|for|to)\b|\b(?:that|to|be)\s*$/;
/**
 * The words before a deletion end in the reader's own request for it, or the reader's right to erasure, within the
 * sentence: an ask word with the reader just before it or opening the clause ("request your data to be deleted if …"),
 * governing the deletion ("request that it be …"; not "when you ask a question, it will be deleted"), and not yet answered
 * by the service ("once you have asked us …, we will delete" is the service's promise).
 */
function readerAsksDeletion(before: string): boolean {
  const window = before.slice(-160);
  const tail = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf(';')) + 1);
  if (READER_RIGHT_TO_DELETE.test(tail)) return true;
  let last = -1;
  for (const m of tail.matchAll(READER_ASK_WORD)) {
    const lead = tail.slice(Math.max(0, m.index - 30), m.index);
    if (READER_ASKING.test(lead) || !/\w/.test(tail.slice(0, m.index))) last = m.index + m[0].length;
  }
  const rest = tail.slice(last);
  return last >= 0 && GOVERNS_DELETION.test(rest) && !SERVICE_ANSWERS.test(rest);
}
/** A modal just before a deletion ("may be deleted", "could later be removed"): a power, not a promise (R2). */
const MODAL_JUST_BEFORE = /\b(?:may|might|can|could)\s+(?:[\w’'-]+\s+)?$/;
/** A word of the law or a legal duty (RETENTION_MEANING legal): the law sets the end (R3). */
const LEGAL_WORD = String.raw`\b${words(M.legal)}\b`;

/** "… by law", "… under applicable regulations" right after a hit: a bound the law sets (retention.as-required-by-law). */
const BOUND_BY_LAW_AFTER = String.raw`^\s*(?:by|under)\s+(?:[\w-]+\s+){0,4}?(?:law|laws|legislation|regulations?)\b(?!\s*(?:or|and)\b)`;

/** "(not) longer than is necessary": the service's own need as the end of a retention (R4). */
const NEED_QUALIFIER = String.raw`(?:(?:is|it\s+is|we\s+need|strictly|reasonably)\s+)?`;
const NEED_WORDS = ['necessary', 'needed', 'required', 'appropriate', 'reasonable', 'reasonably'];
/** After "no longer": the service's own need as the end of a deletion promise (retention.deletion-with-open-end). */
const NEED_END = [...M.needWords, 'required'].join('|');
/** The same words, "required" only where no law follows it ("longer than required by law" is a legal bound). */
const NEED_NOT_BY_LAW = NEED_WORDS.map((w) => (w === 'required' ? String.raw`required(?!\s+(?:by|under)\b)` : w)).join(
  '|',
);

/** The right to restrict processing, told against erasure; a right's name given (retention.restriction-not-erasure). */
const RESTRICTION_NOT_ERASURE: readonly RegExp[] = [
  /\brestrict(?:ion|ed|s)?\b[^.;]{0,60}?\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?(?:eras|delet)/,
  /\balternative\s+to\s+(?:the\s+|your\s+)?right\s+to\s+(?:erasure|deletion|be\s+forgotten)\b/,
  /\b(?:while|whilst)\s+we\s+consider\s+(?:a|your)\s+request\s+to\s+(?:erase|delete)\b/,
  /\b(?:called|known\s+as|referred\s+to\s+as)\s+(?:your|the)\s+\W{0,2}right\s+to\s+(?:erasure|deletion|be\s+forgotten)\b/,
];
/** A heading over the units that list when the right to restrict processing applies. */
const RESTRICTION_HEADING = /\brestrict(?:ion)?\s+(?:of\s+|our\s+)?processing\b|\bright\s+to\s+restrict/;
/** Criteria for, or the periods of, retention (retention.criteria-lead-in). */
const CRITERIA_OR_PERIODS = /\bcriteria\b|\bretention\s+periods?\b/;
/** The unit ends by introducing what follows: a colon, "as follows", "described below". */
const INTRODUCES_BELOW =
  /:$|\bas\s+follows\W*$|\b(?:described|set\s+out|explained|listed|detailed|explain)\s+below\W*$/;
/** The service's power to delete: "we may delete", "reserves the right to suspend or delete" (a request is the user's). */
const SERVICE_MAY_DELETE =
  /\b(?:we\s+(?:may|might|can)|reserves?\s+the\s+rights?\s+to)\s+(?:(?!requests?\b|refus|declin|den(?:y|ies|ied)\b)[\w,/]+\s+){0,8}?(?:delete|remove|erase|purge)\b/;
/** "Acme has the perpetual and irrevocable right to delete", "we retain all rights to remove": not "you have the right". */
const SERVICE_RIGHT_TO_DELETE =
  /(?<!(?:you|users?|customers?|consumers?|individuals?)\s)\b(?:has|have|retains?)\s+(?:the|all)\s+(?:[\w-]+\s+){0,3}?rights?\s+to\s+(?:[\w,/]+\s+){0,8}?(?:delete|remove|erase|purge)\b/;
/** Checking who asks: "verify your identity", "verifiable request", "confirm your identity". */
const VERIFICATION =
  /\bverif(?:y|ies|ied|ying|ication|iable)\b|\bconfirm\s+(?:your|their|the\s+requester['’]s)\s+identity\b/;
/** Kept with no end: "retain … indefinitely", "the reports are kept indefinitely". */
const KEPT_FOREVER = anyOf(
  /\b(?:retain|retains|keep|keeps|store|stores)\s+(?:\w+\s+){0,4}?(?:indefinitely|permanently|forever)\b/,
  /\b(?:retained|kept|stored)\s+(?:indefinitely|permanently|forever)\b/,
);
/** A unit that also keeps, bounds or promises deletion: a retention statement, whatever procedure it mentions. */
const KEEPS_OR_DELETES: readonly { test(lower: string): boolean }[] = [
  /\b(?:will|shall)\s+(?:\w+\s+){0,3}?(?:delete|erase|remove|destroy|deletion|erasure)\b/,
  // A period: "we keep the documents you upload for 90 days".
  new RegExp(COUNT_UNIT),
  /\b(?:stored|kept|deleted)\s+(?:for|within|immediately|after)\b/,
  /\byou\s+(?:can|may)\s+(?:\w+\s+){0,3}?(?:delete|erase|remove)\b/,
  // Keeping, whatever the procedure: "we may retain your personal information indefinitely, even after we verify …".
  KEPT_FOREVER,
];
/** An end the unit states ("until", "as long as", an end of the service's own): it keeps data, whatever else it says. */
const END_STATED = new RegExp(String.raw`\b(?:${words(M.statedEnd)}|${words(M.openEnd)})\b`);

/** A deletion supposed, not made: "if you choose to delete …", "if we delete your personal information". */
const SUPPOSED_DELETION = anyOf(
  wordSeq(
    String.raw`\b(?:if|once|when|should)\s+(?:you|we)`,
    wordGap(4, { lead: true }),
    String.raw`(?:delet|eras|remov)`,
  ),
  wordSeq(
    String.raw`\b(?:if|once|when)`,
    wordGap(6, { lead: true }),
    String.raw`request(?:s|ed)?\s+(?:to\s+delete|that\s+we\s+delete|(?:the\s+)?(?:deletion|erasure))`,
  ),
);
const WORD_CHAR = /\w/;
/** The phrase in the text (whitespace flattened to one space) as whole words: no word character either side. */
function hasPhrase(flat: string, phrase: string): boolean {
  for (let at = flat.indexOf(phrase); at >= 0; at = flat.indexOf(phrase, at + 1)) {
    const before = flat[at - 1] ?? ' ';
    const after = flat[at + phrase.length] ?? ' ';
    // A phrase that ends in a stop ("received:") needs no boundary after it.
    const endsWord = WORD_CHAR.test(phrase.at(-1) ?? '');
    if (!WORD_CHAR.test(before) && !(endsWord && WORD_CHAR.test(after))) return true;
  }
  return false;
}
const anyPhrase = (lower: string, phrases: readonly string[]): boolean => {
  const flat = oneSpace(lower);
  return phrases.some((p) => hasPhrase(flat, p));
};
/** Money or licence rights as what is kept: "retain the applicable fees", "the Share not retained by Acme" (not data). */
const MONEY_WORDS = String.raw`(?:${words(M.moneyKept)}|${words(M.moneyAmount)}(?!\s+of\b))`;
const MONEY_OR_RIGHTS_KEPT = anyOf(
  wordSeq(
    String.raw`\b(?:retain|retains|retained|retaining)`,
    wordGap(6, { lead: true }),
    String.raw`${MONEY_WORDS}\b`,
  ),
  new RegExp(String.raw`\b(?:${MONEY_WORDS}|share)\s+(?:not\s+)?(?:retained|kept)\s+by\b`),
);
/** Data named as what is kept, or a period: the unit keeps data too ("retain payment records and fees for 7 years"). */
const DATA_KEPT = anyOf(
  new RegExp(COUNT_UNIT),
  wordSeq(
    String.raw`\b(?:retain|keep|store)[\w]*`,
    wordGap(5, { lead: true }),
    String.raw`(?:data|information|records|details)\b`,
  ),
);
/** With no end of its own (a period, "until"), no need of the reader's, and within one clause (kept-for-service-needs). */
const OWN_NEEDS_REJECT = new RegExp(
  String.raw`[;:]|\buntil\b|${COUNT_UNIT}|\b(?:for\s+you\s+to|you\s+(?:can|could|may|might|will|wish|want|need|choose|decide))\b|,\s*(?:and|but|or|so)\s+(?:you|we|they|it)\b`,
);
const NUMBER_OF_REQUESTS = wordSeq(String.raw`\bnumber\s+of`, wordGap(2, { lead: true }), String.raw`requests\b`);
const SEVERED_PROVISION = wordSeq(
  String.raw`\bprovisions?\b`,
  run(80, '[^.;]'),
  String.raw`\b(?:invalid|unenforceable|illegal|void)\b`,
);
/** The end of a browsing session: the browser closed, the visit over. */
const BROWSER_SESSION_END =
  /\b(?:clos(?:e|es|ed|ing)|quit|exit)\s+(?:your|the|their)\s+(?:web\s+)?browser\b|\bbrowser\s+(?:is|has\s+been)\s+closed\b|\bafter\s+(?:that|the|each|your)\s+visit\b/;
/** A heading that asks how long data is kept ("How long will my data be saved?", "Data retention"). */
const RETENTION_HEADING = new RegExp(String.raw`\b${words(M.retentionHeading)}\b`);
/** A period of a tracker's own: a count of time units, "timeout", "period". */
const OWN_PERIOD = anyOf(new RegExp(COUNT_UNIT), /\b(?:timeout|period)\b/);
/** The user's data named, not a tracker: "your search history", "personal data". */
const USER_DATA_NAMED = new RegExp(String.raw`\b(?:your|personal)\s+(?:[\w-]+\s+)?${words(M.userDataNouns)}\b`);

const COUNT_OF_REQUESTS = /:\s\d[\d,]*\s+requests\b/;
/** No duty to keep (R10): "not required to keep", "is not required and may not keep back-up copies". */
const NO_DUTY_KEEP = new RegExp(
  String.raw`\b${words(M.dutyWords)}\s+(?:to|and\s+may\s+not)\s+${words(M.dutyKeepVerbs)}\b`,
  'g',
);
/** The duty to keep, denied just before it: "not (be) required", "no obligation", "not legally required". */
function noDutyToKeep(lower: string): boolean {
  for (const m of lower.matchAll(NO_DUTY_KEEP)) {
    // The words before, the nearest first; one adverb may stand between the denial and the duty ("not legally").
    const before = lower
      .slice(Math.max(0, m.index - 40), m.index)
      .split(/\s+/)
      .filter(Boolean)
      .reverse();
    let k = 0;
    if (isDutyAdverb(before[k])) k++;
    if (before[k] === 'be') k++;
    if (before[k] === 'not' || (before[k] === 'no' && k === 0)) return true;
  }
  return false;
}
const NOT_DUTY_ADVERB: ReadonlySet<string> = new Set(M.dutyNotAdverb);
/** An adverb on the duty ("legally", "contractually"); "only" limits the duty, it does not deny it. */
const isDutyAdverb = (word: string | undefined): boolean =>
  word !== undefined && word.endsWith('ly') && !NOT_DUTY_ADVERB.has(word);

const NARROWED_END: ReadonlySet<string> = new Set(M.narrowedEnd);
/**
 * The end after the law is no need of the service's own: narrowed ("resolve pending disputes", "… only"), or a new
 * purpose of another act ("…, and to protect it we encrypt it": the verb after "and to" opens its own clause).
 */
function lawEndNarrowed(_before: string, evidence: string, after: string): boolean {
  const said = evidence.split(/\s+/);
  if (said.at(-3) === 'and' && said.at(-2) === 'to') return true;
  const rest = (after.split(/[.;]/)[0] ?? '').split(/[^\w-]+/).filter(Boolean);
  return rest.some((w) => NARROWED_END.has(w));
}

/** The service's own needs beside the law (law-among-own-needs): its cue, and the alternation its patterns read. */
const OWN_NEED_VERB = new RegExp(String.raw`\b${words(M.ownNeedVerbs)}\b`);
const OWN_NEED_VERBS = M.ownNeedVerbs.join('|');

export const retention: CategoryRules = {
  category: 'retention',
  // Every rule's cues need one of these words: most clauses stop here before any rule cue runs.
  requires: [
    /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv|delet|eras|purg|destroy|discard|remov|record|log|backup|cach|residual|remain|persist|how long)/,
  ],
  veto: (lower) => (isPointer(lower) ? 'pointer to another notice' : null),
  vetoes: [
    {
      id: 'retention.discretionary-deletion',
      // "we may delete", "reserves the right to delete"; "Acme has / shall have / retains the right to suspend, restrict
      // or delete" (a right the user has, "you have the right to delete", is R1's).
      when: (lower) => SERVICE_MAY_DELETE.test(lower) || SERVICE_RIGHT_TO_DELETE.test(lower),
      unless:
        /\b(?:retain(?!s?\s+(?:the|all)\s+rights?\b)|retained|retention|keep(?!\s+in\s+mind)|kept|stored?\s+for|will\s+(?:\w+\s+)?(?:delete|remove|erase)|you\s+(?:can|may)\s+(?:\w+\s+){0,3}?(?:delete|remove|erase))\b/,
      why: 'The service’s power to delete ("we may delete messages after twelve months", "we may delete inactive accounts") is no committed schedule (R2): not retention.',
      mustVeto: [
        'You understand that we may delete any messages stored in your account after a period of twelve months, without notice.',
        'If you have incurred no fees for 6 months, we may delete your content upon 30 days prior notice to you.',
        'The Company reserves the right to suspend or delete free Accounts that have been inactive for 12 months.',
        'Acme has the perpetual and irrevocable right to delete any or all of your content, for any reason or no reason.',
        'We retain the right to remove, delete, edit or block any of Your Content at any time at our sole discretion.',
        'Acme reserves the right to suspend, restrict, disable, terminate, or delete your Account at any time.',
        'Keep in mind that we reserve the right to remove any content at any time.',
      ],
      mustNotVeto: [
        'You have the right to delete your account and the content you posted at any time.',
        'We retain messages for twelve months, after which we may delete them.',
        'We will delete your data within 30 days, and we may remove backups sooner.',
      ],
    },
    {
      id: 'retention.request-metrics',
      when: (lower) =>
        anyPhrase(lower, M.requestMetrics) || COUNT_OF_REQUESTS.test(lower) || NUMBER_OF_REQUESTS.test(lower),
      why: 'Figures on how many deletion requests were received and answered (the CCPA metrics) report on rights; they keep or bound no data.',
      mustVeto: [
        'Requests to delete: Received: 1,175 | Complied with: 1,175 | Denied: 0 | Median response time: 0.83 days',
        'The median number of days within which we responded to requests to know and requests to delete: 1 and 1.',
        'The number of CCPA requests to delete that Acme received and denied in 2024: 194 and 0.',
        'Requests to delete from individuals globally: 16 requests, processed within 5 days.',
      ],
      mustNotVeto: [
        'You have the right to request that we delete your personal information.',
        'You may make up to 2 requests to delete your data each year.',
      ],
    },
    {
      id: 'retention.request-verification',
      // Unless the unit also keeps, bounds or promises deletion ("upon your verified request, we will delete").
      when: (lower) => VERIFICATION.test(lower) && !KEEPS_OR_DELETES.some((re) => re.test(lower)),
      why: 'How a deletion request is verified or handled (identity checks, what a request must include) explains the procedure of a right stated elsewhere: it keeps or bounds no data.',
      mustVeto: [
        'For requests to access, delete, or correct personal information, we may require the following for verification purposes:',
        'We take reasonable steps to verify the identity of anyone submitting a request to delete personal information.',
        'If we can confirm your identity, we will honor your Right to Know and, in most cases, your Right to Delete requests.',
      ],
      mustNotVeto: [
        'Upon receiving your verified request, we will promptly delete your personal information.',
        'We keep the documents you upload for identity verification for 90 days.',
        'You can delete your account in your settings after verifying your password.',
        'We may retain your personal information indefinitely, even after we verify your request to delete it.',
      ],
    },
    {
      id: 'retention.restriction-not-erasure',
      when: (lower, ctx) =>
        RESTRICTION_NOT_ERASURE.some((re) => re.test(lower)) ||
        RESTRICTION_HEADING.test(ctx.headings?.split(' › ').at(-1) ?? ''),
      unless: /\byou\s+(?:have|may|can)\s+(?:\w+\s+){0,3}?(?:delete|erase|request\s+(?:the\s+)?(?:deletion|erasure))\b/,
      why: 'The GDPR right to restrict processing is told against erasure ("restriction rather than erasure", "an alternative to the right to erasure", "whilst we consider a request to erase"), and a name given to a right defines it: the deletion right itself is stated in its own unit (R1).',
      mustVeto: [
        'You consider that the processing is unlawful but you request restriction rather than erasure.',
        'This right is an alternative to the right to erasure.',
        'You may ask us to restrict our processing of your data whilst we consider a request to erase it.',
        'This is called your "right to erasure."',
      ],
      mustNotVeto: [
        'You have the right to request erasure of your personal data.',
        'In some cases, rather than delete your personal information, we may de-identify it and keep using it.',
        'You can delete your data at any time; this is called your right to erasure.',
      ],
    },
    {
      id: 'retention.criteria-lead-in',
      when: (lower) => CRITERIA_OR_PERIODS.test(lower) && INTRODUCES_BELOW.test(lower.trimEnd()),
      unless: new RegExp(COUNT_UNIT),
      why: 'A unit that announces the criteria or periods listed after it ("The criteria we use to determine the retention periods include:", "… are described below") introduces them: the items carry the stance (role=explanation or pointer).',
      mustVeto: [
        'The criteria we use to determine the applicable retention periods include:',
        'The criteria used by us to determine our retention periods are as follows:',
        'Information about our typical retention periods for different kinds of personal data is described below.',
      ],
      mustNotVeto: [
        'The criteria we use to determine how long we keep your data include how long you keep your account open.',
        'Our retention periods are listed below; most logs are deleted after 13 months:',
      ],
    },
    {
      id: 'retention.user-keeps-copies',
      when: /\byou\s+(?:are|remain)\s+(?:solely\s+|fully\s+|entirely\s+)?responsible\s+for\s+(?:retaining|keeping|backing|maintaining|making|storing|saving)\b/,
      why: 'The user keeping their own copies is a duty on the user (none actor=user), not how long the service keeps data.',
      mustVeto: [
        'You are solely responsible for retaining copies of any User Content you post, since upon termination you may lose access to it.',
      ],
      mustNotVeto: ['We are responsible for retaining your records for seven years.'],
    },
    {
      id: 'retention.deletion-consequence',
      // Unless the unit also keeps, bounds or grants the deletion ("you can delete …, but we will no longer …").
      when: (lower) =>
        SUPPOSED_DELETION.test(lower) &&
        anyPhrase(lower, M.lossOfService) &&
        !KEEPS_OR_DELETES.some((re) => re.test(lower)) &&
        !END_STATED.test(lower),
      model: true,
      why: 'What the user loses once data is deleted ("if you delete …, we can no longer provide the program") is the consequence of a choice stated elsewhere (G8: none role=explanation), not how long data is kept.',
      mustVeto: [
        'If you choose to delete your information from the loyalty program, we can no longer provide you with its services.',
        'If you request that we delete information essential to the program, we will not be able to provide its benefits.',
        'Please note that if we delete your personal information, some of our services will not work the same.',
      ],
      mustNotVeto: [
        'You can delete your account at any time, but we will no longer be able to provide the service.',
        'If you delete your account, we will delete your data within 30 days and you will lose access to the service.',
        'If you ask us to delete your data, we will do so unless we need it to provide the service.',
        'If you delete your account, you will no longer be eligible for rewards and we retain your data as long as necessary.',
      ],
    },
    {
      id: 'retention.browser-session-end',
      // Unless the unit names the user's data ("your search history is deleted when you close your browser") or a period
      // of its own ("erased after a predefined timeout period or once the user closes the browser": a retention period).
      // Nor when it keeps something with no end ("…; the reports built from them are kept indefinitely"), nor under a
      // heading that asks how long data is kept: there the session's end answers it (a retention period).
      when: (lower, ctx) =>
        BROWSER_SESSION_END.test(lower) &&
        !RETENTION_HEADING.test(ctx.headings ?? '') &&
        !USER_DATA_NAMED.test(lower) &&
        !OWN_PERIOD.test(lower) &&
        !KEPT_FOREVER.test(lower) &&
        !END_STATED.test(lower),
      model: true,
      why: 'Session cookies and trackers that are deleted when the browser closes describe how a tracker works on the user’s device (tracking), not how long the service keeps the user’s data.',
      mustVeto: [
        'Session cookies are deleted when you log out or close your browser.',
        'They exist only while your browser is open and are deleted automatically or shortly after you close your browser.',
        'Session trackers are deleted after that visit.',
      ],
      mustNotVeto: [
        'Your search history is deleted when you close your browser.',
        'We delete chat transcripts 30 days after the session ends.',
        'Our session cookies are erased after a predefined timeout period or once the user closes the browser.',
        'Analytics cookies are deleted when you close your browser; the reports built from them are kept indefinitely.',
      ],
    },
    {
      id: 'retention.money-or-rights-kept',
      when: (lower) => MONEY_OR_RIGHTS_KEPT.test(lower) && !DATA_KEPT.test(lower) && !END_STATED.test(lower),
      why: 'Keeping money (fees, revenue, funds, an amount of a refund) or licence rights is no data kept: retention is how long the user’s data is kept.',
      mustVeto: [
        'Acme will be entitled to retain the applicable fees payable to us under these Terms.',
        'Acme and its affiliates will be entitled to retain all revenue generated from any sales of such advertising.',
        'We will be entitled to retain from the refunded payment a reasonable amount to account for that portion.',
        'You can remove Your Content and cancel your account and Acme does not retain any license rights.',
        'Acme may recover any amounts representing the Publishing Share not retained by Acme at the time of sale.',
      ],
      mustNotVeto: [
        'We retain payment records and fees paid for seven years.',
        'We retain your payment information to process refunds.',
        'We retain a large amount of data about your orders for as long as necessary.',
        'We retain your profile and may share it with partners.',
        'We retain transaction details such as the amount and merchant until you close your account.',
      ],
    },
    {
      id: 'retention.no-duty-to-keep',
      when: noDutyToKeep,
      model: true,
      why: 'Refusing a duty to keep copies ("not required to keep back-up copies") is the service’s power to delete (R10, R2): not retention.',
      mustVeto: [
        'You should be aware that Acme is not required and may not keep back-up copies of Content once the Website is deleted.',
        'Acme is under no obligation to retain copies of your content after termination.',
        'We are not legally required to retain back-up copies of your content.',
      ],
      mustNotVeto: [
        'Acme is under no obligation to delete your content once it has been submitted.',
        'We are required to keep invoices for ten years.',
        'We are not only required to keep invoices for ten years, we also keep them longer.',
      ],
    },
    {
      id: 'retention.severed-provision',
      when: SEVERED_PROVISION,
      unless: /\b(?:your|personal)\s+(?:data|information|content)\b/,
      why: 'A provision of the terms struck out when it is invalid ("such provision shall be deleted") is severability: no user data is deleted.',
      mustVeto: [
        'If any provision of the Terms is held to be invalid or unenforceable, such provision shall be deleted and the remaining provisions shall remain valid.',
      ],
      mustNotVeto: ['We will delete your personal data within 30 days, as the provisions of the law require.'],
    },
  ],
  adjustSeverity: (lower, base): Severity => (/\b\d+\s+(?:days?|weeks?|months?|years?)\b/.test(lower) ? 'low' : base),
  rules: [
    {
      id: 'retention.indefinite',
      cue: [
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
        /\b(?:indefinite|permanent|forever|perpetuity|unlimited period|at least|minimum of|as long as (?:we|the company|[\w’'-]+\s+(?:deem|consider|see|choose|wish)))/,
      ],
      match: [
        '#RetainVerb .{0,12} #Forever',
        '#Forever #RetainVerb',
        '#RetainVerb .{0,8} as long as (we|the company|.) (deem|deems|consider|considers|see|sees|choose|chooses|wish|wishes)',
        // R4: a minimum period ("for at least seven years") sets no end.
        `#RetainVerb .{0,10} for (at least|a minimum of) ${PERIOD}`,
      ],
      severity: 'medium',
      why: 'Keeping data with no end date leaves it exposed to breaches and future policy changes.',
      mustMatch: [
        'We may retain your information indefinitely.',
        'We may store your data for as long as we deem appropriate.',
        'We retain transaction records for at least seven years.',
        { text: 'We will not retain your recordings indefinitely.', stance: 'restrict' },
      ],
      mustNotMatch: ['We retain personal data only for as long as necessary to provide the Services.'],
    },
    {
      id: 'retention.after-deletion',
      cue: [
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv|backup|cached|residual|remain|persist)/,
        /\b(?:delet|terminat|clos|cancel|deactivat|backup|archiv|cached|residual)/,
      ],
      match: [
        '#RetainVerb .{0,14} (after|following|upon|despite) .{0,4} (delete|deletion|deleted|termination|terminate|close|closure|closed|cancel|cancellation|deactivation|deactivate)',
        '(backup|backups|archived|cached|residual|caching) .{0,3} (copies|copy|data|content|of)? .{0,6} (remain|persist|retained|kept|stored|continue|removed)',
        '(remain|persist) .{0,4} (in|on) .{0,2} (backup|backups|archives|our systems|our servers)',
      ],
      // A stated period after the deletion is a bound (R4: "for six years after account deletion", "for this short
      // period after cancellation"): retention.bounded-period's.
      rejectEvidence: new RegExp(
        String.raw`${COUNT_UNIT}\s+(?:one\s+year\s+)?(?:after|following)\b|\b(?:short|limited|brief)\s+period\s+(?:after|following)\b`,
      ),
      severity: 'medium',
      why: 'Data kept after the user deletes it or leaves is not really deleted.',
      mustMatch: [
        'We may retain your content even after you delete your account.',
        'Removed content may persist in backup copies for a reasonable period of time.',
      ],
      mustNotMatch: [
        'We delete your data within 30 days after you close your account.',
        'We retain support correspondence for six years after account deletion.',
        'It is important that we retain your data for this short period after cancellation to answer payment queries.',
      ],
    },
    {
      id: 'retention.as-long-as-needed',
      // R4: an end tied to the service's own purposes or needs is no end the user can see ("as long as necessary for
      // the purposes described", "a period consistent with our business purposes"); tied only to what the law
      // requires it is a bound (rejectAfter).
      cue: [
        /\b(?:as|so)\s+long\s+as\b|\b(?:consistent\s+with|necessary|needed|required|appropriate)\b|\b(?:permitted|allowed|authori[sz]ed)\s+(?:by|under)\b|\b(?:legitimate|business|commercial)\b/,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
      ],
      match: [
        '#RetainVerb .{0,12} (as|so) long as .{0,3} (necessary|needed|required|appropriate|reasonable|reasonably|useful)',
        '#RetainVerb .{0,12} (period|time) .{0,6} (consistent with|necessary|needed|required|appropriate)',
        '#RetainVerb .{0,16} (permitted|allowed|authorized|authorised) (by|under) .{0,2} (law|laws|applicable)',
        '#RetainVerb .{0,16} (legitimate|business|commercial) .{0,2} (purposes|interests|needs)',
        '#RetainVerb .{0,30} otherwise (permitted|allowed|authorized|authorised) (by|under)',
        '#RetainVerb .{0,30} (as|where) (permitted|allowed|authorized|authorised) (by|under)',
        '#RetainVerb .{0,12} no longer than .{0,3} (necessary|needed|required|appropriate|reasonable)',
        '#RetainVerb .{0,12} (until|till) .{0,4} no longer (necessary|needed|required|useful|relevant)',
      ],
      rejectAfter: new RegExp(`${BOUND_BY_LAW_AFTER}|${OWN_END_AFTER}`),
      severity: 'medium',
      why: 'A retention period set by the company’s own purposes has no end the user can see or enforce.',
      mustMatch: [
        'We keep your personal data for as long as necessary to fulfil the purposes described in this notice.',
        'Your information is stored for a period of time consistent with our business purposes.',
        'We may retain some records where permitted by law.',
        'Personal data is stored for no longer than is necessary for the purposes for which it was collected.',
        'We keep your messages until they are no longer needed.',
      ],
      mustNotMatch: ['We store billing records for as long as required by law.'],
    },
    {
      id: 'retention.as-long-as-own-end',
      // R4, R5: kept as long as the reader's own transaction, service or contract needs, or a legal duty: an end the
      // reader can see (as-long-as-needed yields to it: its rejectAfter).
      cue: [
        /\b(?:as|so)\s+long\s+as\b|\b(?:period|time)\b/,
        /\b(?:necessary|needed|required)\s+(?:to|for)\b/,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
      ],
      match: [
        // A service is the reader's own only when the sentence says so ("your requested service", "the relevant
        // service"); "to provide the Services" is the service's whole business (R4, a grant: as-long-as-needed).
        ...OWN_END_OPENERS.map(
          (end) => `#RetainVerb .{0,12} ${end} .{0,3} (necessary|needed|required) (to|for) .{0,8} (${OWN_END_TERMS})`,
        ),
        ...OWN_END_OPENERS.map(
          (end) =>
            `#RetainVerb .{0,12} ${end} .{0,3} (necessary|needed|required) (to|for) .{0,6} (${M.ownServiceBefore.join('|')}) .{0,1} (service|services)`,
        ),
      ],
      // The end is one end: no second end joined inside the match ("… to provide your service and respond to your
      // requests"), and nothing after it to the sentence end but words of the same end (OWN_END_TAIL).
      rejectEvidence: {
        test(evidence: string): boolean {
          const end = evidence.search(/\b(?:necessary|needed|required)\s+(?:to|for)\b/);
          return end >= 0 && /[,;]|\b(?:and|or|but)\b/.test(evidence.slice(end));
        },
      },
      rejectAfter: new RegExp(String.raw`^(?!${OWN_END_TAIL})`),
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'Data kept only while the user’s own purchase, service or contract needs it has an end the user can see.',
      mustMatch: [
        {
          text: 'Your order details are stored only as long as necessary to complete your purchase.',
          stance: 'restrict',
        },
        { text: 'We retain location data for as long as needed to deliver the requested service.', stance: 'restrict' },
        {
          text: 'We keep your data for the period of time necessary to fulfil the legal obligation.',
          stance: 'restrict',
        },
        {
          text: 'Uploaded photos are kept only for as long as needed to provide the feature you asked for.',
          stance: 'restrict',
        },
        {
          text: 'We keep your details as long as necessary to perform the contract with you.',
          stance: 'restrict',
        },
        {
          text: 'We keep your order as long as needed to complete your purchase transaction and as required by law.',
          stance: 'restrict',
        },
        {
          text: 'We keep it as long as necessary for the performance of the contract between you and us and to comply with our legal obligations.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We retain your data as long as necessary to provide the Services and for our legitimate business purposes.',
        'We keep your information as long as necessary to provide our services, resolve disputes and prevent fraud.',
        'We keep your data as long as necessary for the purposes described in this policy.',
        'We retain account data for as long as needed to provide the service and for other purposes described here.',
        'We will retain recordings for as long as needed to provide the service and in accordance with our Privacy Policy.',
        // Review rret45: a plain service end, and other ends after the reader's own.
        'We retain your personal data for as long as necessary to provide the Services.',
        'Acme will only keep your personal data for as long as it is necessary to provide you with our Services.',
        'We keep account data as long as necessary to deliver our services to our corporate clients.',
        'We keep it as long as necessary to provide your requested service and for security purposes.',
        'We keep it as long as necessary to complete your purchase and to enforce our Terms.',
        'We keep it as long as necessary to complete your order, for analytics and for marketing.',
        'We keep it as long as necessary to perform the contract, to improve them and to develop new features.',
        'We keep it as long as necessary to complete your purchase and for the defence of legal rights.',
        'We keep it as long as necessary to complete your order and for research.',
        'We retain data for as long as necessary to provide our services and to comply with our legal obligations, resolve disputes and enforce our agreements.',
      ],
    },
    {
      id: 'retention.not-longer-than-needed',
      // R4: "we will not keep it for longer than is necessary" keeps it for as long as the service needs it; the "not"
      // belongs to the bound, and the bound is the service's own purpose.
      cue: [
        /\b(?:not|never)\b/,
        new RegExp(String.raw`\blonger\s+than\s+${NEED_QUALIFIER}(?:${NEED_WORDS.join('|')})\b`),
      ],
      match: [`(not|never) .{0,3} #RetainVerb .{0,12} longer than .{0,3} (${NEED_WORDS.join('|')})`],
      // A bound the law sets is as-required-by-law's; a firm cap later in the sentence decides (retention.not-kept).
      rejectAfter: new RegExp(String.raw`${BOUND_BY_LAW_AFTER}|^[^.;]{0,160}?${FIRM_BOUND}`),
      implies: { stance: 'grant', negated: 'grant' },
      severity: 'medium',
      why: 'Data kept no longer than the company finds necessary has no end the user can see or enforce.',
      mustMatch: [
        {
          text: 'We will not keep your personal information for longer than is necessary for the purpose for which it was collected.',
          stance: 'grant',
        },
        { text: 'We do not retain Personal Information for longer than necessary.', stance: 'grant' },
        {
          text: 'We will not keep your data for longer than necessary, and we review it every 12 months.',
          stance: 'grant',
        },
        {
          text: 'We will not keep your data longer than necessary, and we will notify you of a breach within 72 hours.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'We will not keep your data for longer than required by law.',
        'We do not keep your data.',
        'We will not keep your data for longer than necessary and in no event longer than 24 months after your last login.',
        'We do not retain your data for longer than necessary, and we delete it within 30 days of account closure.',
      ],
    },
    {
      id: 'retention.discretion-to-keep',
      // R2: refusing any duty to delete, or a right to keep what the user leaves behind, is retention without end.
      cue: [
        /\b(?:entitled|right)\s+to\s+(?:\S+\s+){0,4}?(?:keep|retain|preserve|store)\b|\b(?:no|not)\s+(?:obligation|obligated|obliged|duty)\s+to\b|\bnot\s+(?:fully|completely|immediately|entirely|permanently|always)\b|\b(?:cannot|can\s+not|can['’]t)\s+be\s+(?:\w+\s+){0,2}?(?:delet|remov|eras)|\b(?:will|shall)\s+not\s+(?:automatically\s+)?(?:delet|eras|purg)|\b(?:unable|not\s+able)\s+to\s+(?:delet|eras|purg)/,
        /\b(?:retain|keep|kept|preserv|stor|delet|remov|eras)/,
      ],
      match: [
        '(may|might) not .{0,3} (fully|completely|immediately|entirely|permanently|always) (remove|removed|delete|deleted|erase|erased)',
        '(entitled|reserve the right|reserves the right|right) to .{0,4} (keep|retain|preserve|store)',
        '(no|not) (obligation|obligated|obliged|duty) to .{0,6} #DeleteVerb',
        'cannot be (#DeleteVerb|removed) (entirely|completely|fully|permanently)',
        'can not be (#DeleteVerb|removed) (entirely|completely|fully|permanently)',
        // R9/R10: deletion refused ("cannot be modified or deleted once published", "we will not delete the Content you
        // contributed to others' repositories", "we will be unable to delete your account").
        'cannot be .{0,2} #DeleteVerb',
        '(will|shall) not (automatically)? #DeleteVerb',
        '#ServiceSubject .{0,3} (unable|not able) to #DeleteVerb',
      ],
      // A deletion the user does through the service ("information that cannot be deleted through the Service": contact
      // us) or that only the law holds back (R3) keeps its own stance.
      rejectAfter:
        /^\s*(?:through|via|using)\b|^[^.;]{0,40}\b(?:required|obliged|obligated)\s+(?:by\s+law\s+)?to\s+retain\b/,
      implies: { stance: 'grant', negated: 'grant' },
      severity: 'medium',
      why: 'A company that may keep whatever it chooses, or owes no deletion, sets no end to retention.',
      mustMatch: [
        'We reserve the right to preserve any information we hold about your account.',
        'The provider is under no obligation to delete content once it has been posted.',
        'Closing your profile may not completely remove everything you posted from our systems.',
        'Once created, accounts cannot be deleted entirely.',
        'On-chain attestations cannot be modified or deleted once published.',
        'We will not delete content that you contributed to other users’ repositories.',
      ],
      mustNotMatch: ['You have the right to keep a copy of your invoices.'],
    },
    {
      id: 'retention.how-long-criteria',
      cue: [/\bhow long\b|retention period/, /\b(?:criteria|determine|depend|vary|varies)/],
      match: [
        '(criteria|determine|determines|depends|depend|vary|varies) .{0,8} (how long|retention period|retention periods)',
      ],
      severity: 'low',
      why: 'A period left to criteria the company applies is a retention period the user cannot know in advance.',
      mustMatch: [
        'How long we keep your data depends on the type of data and why we collected it; the criteria we use to determine how long vary.',
      ],
      mustNotMatch: ['You can see how long you have used the app in your settings.'],
    },
    {
      id: 'retention.bounded-period',
      // R4/R5: a stated period or an end tied to the user's relationship bounds retention.
      cue: [
        BOUND_CUE,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv|delet|eras|purg|destroy|discard|remov|record|log)/,
      ],
      match: [
        `#RetainVerb .{0,10} (for|within|after|up to|than|of) .{0,3} ${PERIOD}`,
        `(retention|storage) (period|periods|duration|time)? (is|of|up to)? ${PERIOD}`,
        `(#DeleteVerb|removed|remove|anonymised|anonymized|de-identified|aggregated) .{0,8} (within|after|once|every|following) .{0,3} ${PERIOD}`,
        `(#DeleteVerb|removed) in ${PERIOD}`,
        `${PERIOD} .{0,4} (#DeleteVerb|removed|retained|kept|stored)`,
        '#RetainVerb .{0,10} (as|so) long as (you|your)',
        // R4: an end tied to the user's relationship ("as long as we have a relationship with you", "the entire time
        // you are our customer") is a bound, unlike one tied to the service's needs.
        '#RetainVerb .{0,12} (as|so) long as (we have|we maintain|there is|the) .{0,3} (relationship|contract|contractual|account|subscription|customer relationship)',
        '(entire|whole) (time|period) (you|your) .{0,3} (are|is|remain|have)',
        '#RetainVerb .{0,16} (until you|until your|for the duration of|for the life of|for the lifetime of|while you|while your)',
        '(record|records|recorded|store|stores|stored|retained|kept|keep|logged) .{0,4} (temporarily|briefly)',
        '#RetainVerb .{0,6} for a (limited|short|brief) (period|time)',
        '#DeleteVerb .{0,6} (immediately|promptly) (afterward|afterwards|after|thereafter)',
      ],
      rejectAfter: /^[^.;]{0,40}\bunless\s+we\s+need\b/,
      // "for at least seven years" is a minimum, no end (retention.indefinite); "as long as it is relevant …, or until
      // you ask" ends first with the service's own need (R4: retention.as-long-as-needed's).
      rejectEvidence:
        /\b(?:browser|locally|cookies?)\b|\bat\s+least\b|\bminimum\s+of\b|\b(?:as|so)\s+long\s+as\s+(?:(?:it|they|this|that)\s+(?:is|are|remains?)\s+)?(?:reasonably\s+)?(?:necessary|needed|required|relevant|useful|appropriate)\b/,
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'A stated retention period, or one that ends with the account, tells the user when their data goes.',
      mustMatch: [
        { text: 'We retain server logs for 30 days.', stance: 'restrict' },
        { text: 'Usage records are deleted after 14 months.', stance: 'restrict' },
        { text: 'We keep your profile data for as long as your account is open.', stance: 'restrict' },
        { text: 'Your IP address is recorded temporarily.', stance: 'restrict' },
        { text: 'The retention period is 2 years.', stance: 'restrict' },
        { text: 'These records are retained for six years from account deletion.', stance: 'restrict' },
        { text: 'Personal data collected for this purpose is kept for two (2) years.', stance: 'restrict' },
        { text: 'All information logged this way is deleted in 30 days.', stance: 'restrict' },
        {
          text: 'We will keep your personal information for as long as we have a relationship with you.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We retain personal data only for as long as necessary to provide the Services.',
        'We keep your data for as long as we have a legitimate business need.',
        'You have one day to accept the offer and keep the deal.',
        'We keep contact details as long as they are relevant to your contacts, or until you ask us to delete them.',
      ],
    },
    {
      id: 'retention.period-under-retention-label',
      // R5: a period given as the value of a retention label, heading or table column ("Retention period: 2 years",
      // a "How long we keep it" column cell "13 months") is a bounded retention period.
      section:
        /\b(?:retention|how\s+long|storage\s+(?:period|duration|time)|retained|kept|keep|deleted|erased|(?:data\s+)?storage\s+limitation)\b/,
      cue: [new RegExp(COUNT_UNIT)],
      match: [`${PERIOD}`],
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'A period under a retention heading or label says when the data goes.',
      mustMatch: [
        { text: 'Up to 13 months after your last visit.', stance: 'restrict', section: 'How long we keep it' },
      ],
      mustNotMatch: [{ text: 'Refunds are paid within 14 days.', section: 'Refunds' }],
    },
    {
      id: 'retention.needed-under-retention-heading',
      // R4: under a retention heading a paragraph need not repeat the verb ("We do so for as long as necessary for the
      // purposes above"): an end set by the company's own needs is open-ended.
      section:
        /\b(?:retention|how\s+long|storage\s+(?:period|duration|time)|retained|kept|keep|(?:data\s+)?storage\s+limitation)\b/,
      cue: [
        /\b(?:as|so)\s+long\s+as\b|\bno\s+longer\s+than\b/,
        /\b(?:necessary|needed|required|appropriate|reasonabl)/,
      ],
      match: [
        '(as|so) long as .{0,3} (necessary|needed|required|appropriate|reasonable|reasonably)',
        'no longer than .{0,3} (necessary|needed|required|appropriate|reasonable)',
      ],
      rejectAfter: new RegExp(BOUND_BY_LAW_AFTER),
      severity: 'medium',
      why: 'Under a retention heading, "as long as necessary" is the retention period, and the company decides it.',
      mustMatch: [
        {
          text: 'We do so for as long as necessary for the purposes above.',
          stance: 'grant',
          section: 'Data retention',
        },
      ],
      mustNotMatch: [
        { text: 'We do so for as long as required by law.', section: 'Data retention' },
        { text: 'Use the app as long as necessary.', section: 'Getting started' },
      ],
    },
    {
      id: 'retention.deleted-under-retention-heading',
      // R5: under a retention heading, "it is then deleted" / "afterwards the data is anonymised" bounds the period.
      section:
        /\b(?:retention|how\s+long|storage\s+(?:period|duration|time)|retained|kept|keep|(?:data\s+)?storage\s+limitation)\b/,
      cue: [
        /\b(?:is|are|be|gets?)\s+(?:then\s+|subsequently\s+|automatically\s+|permanently\s+|securely\s+)?(?:delet|eras|purg|destroy|discard|remov|anonymi[sz]|de-identif)/,
      ],
      match: [
        '(is|are|be|get|gets) (then|subsequently|automatically|permanently|securely)? (#DeleteVerb|removed|anonymised|anonymized|de-identified)',
      ],
      rejectEvidence: /\b(?:may|might|can|could)\b/,
      // A cookie's own lifetime ("deleted when the browser is closed", "deleted manually") is no promise about data.
      rejectAfter: /^[^.;]{0,40}\b(?:browser|manually)\b/,
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'Under a retention heading, data that is then deleted or anonymised has a bounded retention.',
      mustMatch: [
        { text: 'After that, the data is deleted.', stance: 'restrict', section: 'How long we keep your data' },
      ],
      mustNotMatch: [
        { text: 'Your post is removed from the feed.', section: 'Posting content' },
        { text: 'Session cookies are deleted when the browser is closed.', section: 'Storage duration' },
      ],
    },
    {
      id: 'retention.not-kept',
      // R5: "we do not retain this information" is the shortest retention of all.
      cue: [
        /\b(?:not|never),?\s+(?:\w+,?\s+){0,3}?(?:retain|keep|kept|stor|preserv|maintain|archiv|log(?:ged)?\b)|\bno\s+longer\s+(?:retain|keep|kept|stor|preserv|maintain|archiv|needed|necessary)/,
      ],
      match: ['(not|never) .{0,3} (#RetainVerb|log)', 'no longer (#RetainVerb|needed|necessary)'],
      // "… for longer than necessary" is a bound, not data left unkept (retention.not-longer-than-needed).
      rejectAfter: new RegExp(
        String.raw`^\s*(?:in|into|on\s+(?:your|the\s+user)|onto)\b|^[^.;]{0,30}\b(?:cookies?|passwords?)\b|^[^.;]{0,60}?\blonger\s+than\s+${NEED_QUALIFIER}(?:${NEED_NOT_BY_LAW})\b(?![^.;]{0,160}?${FIRM_BOUND})`,
      ),
      stances: ['restrict'],
      severity: 'low',
      why: 'A statement that data is not kept at all bounds its retention to nothing.',
      mustMatch: [
        { text: 'We do not retain the audio once it has been transcribed.', stance: 'restrict' },
        { text: 'Your payment card number is never stored on our servers.', stance: 'restrict' },
        { text: 'We do not, however, store your card details.', stance: 'restrict' },
        { text: 'We will not keep your data for longer than 30 days.', stance: 'restrict' },
        {
          text: 'We will not keep your data for longer than necessary and in no event longer than 24 months.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We keep your data safe and secure.',
        'We will not retain your Personal Information for longer than necessary for the purposes set out in this policy.',
      ],
    },
    {
      id: 'retention.kept-for-service-needs',
      // R7, G4: kept as far as necessary for the law and for the service's own needs (disputes, enforcement, fraud,
      // security, legitimate interests): the widest end decides, a grant (it outranks as-required-by-law's restrict
      // and a period or account end said beside it).
      cue: [
        /\b(?:necessary|needed)\b/,
        /\b(?:disputes?|enforc|fraud|security|safety|legitimate|protect|abuse)/,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
      ],
      match: [
        '#RetainVerb .{0,16} (necessary|needed) .{0,14} (dispute|disputes|enforce|enforcing|fraud|fraudulent|security|safety|legitimate|protect|abuse)',
      ],
      // Within one clause ("Keep your password secure; it is necessary to protect your account" keeps nothing of
      // ours), and with no end of its own: a period ("kept for 2 years when necessary to solve disputes") or "until".
      // Nor a need of the reader's ("as needed for you to resolve disputes"), nor one in a clause of its own ("…, and you
      // can protect your account").
      rejectEvidence: OWN_NEEDS_REJECT,
      // Nor a law that names the need ("as necessary to comply with fraud prevention laws"): only the law (R3).
      rejectAfter: /^[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:laws?|legislation|regulations?|rules)\b/,
      severity: 'medium',
      why: 'Data kept for as long as the company needs it for disputes, enforcement or its own interests has no end the user can see.',
      mustMatch: [
        'We retain and use your information as necessary to comply with our legal obligations, resolve disputes, and enforce our agreements.',
        'We keep your data as long as your account is active and as needed to comply with legal requirements and resolve disputes.',
        'Photos are deleted within 30 days unless continued retention is necessary to ensure the security of the service.',
        'We may still retain your data to the extent necessary to comply with the law or for our legitimate business interests.',
      ],
      mustNotMatch: [
        'We retain invoices as necessary to comply with our tax obligations.',
        'We do not keep security camera footage longer than needed.',
        'Keep your password secure; it is necessary to protect your account.',
        'Listing data is kept for 2 years when it is necessary to resolve disputes between users.',
        'If you have a dispute with us, we may retain data as necessary to your claims until the dispute is resolved.',
        'We keep your data as long as needed to provide the service, and you can protect your account with a password.',
        'We retain your data as needed so that you can resolve disputes with other users.',
        'We retain transaction records as necessary to comply with fraud prevention laws.',
      ],
    },
    {
      id: 'retention.law-among-own-needs',
      // R7, G5: kept for a list of ends that joins the law to the service's own needs ("to comply with legal obligations,
      // detect fraud, enforce our agreements"), with no "necessary" to catch it as kept-for-service-needs does: the
      // widest end decides, a grant over as-required-by-law's restrict.
      cue: [
        /\b(?:comply|compliance)\b/,
        OWN_NEED_VERB,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
      ],
      match: [
        `#RetainVerb .{0,12} (comply|compliance) with .{0,4} (obligations|requirements|law|laws|regulations) .{0,2} (${OWN_NEED_VERBS})`,
        `#RetainVerb .{0,12} (${OWN_NEED_VERBS}) .{0,8} (comply|compliance) with`,
      ],
      // With no end of its own (a period, "until"), and only ends of the service's, as kept-for-service-needs.
      rejectEvidence: OWN_NEEDS_REJECT,
      rejectInUnit: { test: lawEndNarrowed },
      severity: 'medium',
      why: 'Data kept to comply with the law and for the service’s own needs (fraud, abuse, security, enforcing its terms) has an end the service sets (R7, G5).',
      mustMatch: [
        'We may be required to retain data to comply with legal obligations, detect fraudulent activity, or rectify security issues.',
        'We retain the information we collect to, among other things, detect security incidents, comply with our legal obligations, and enforce our agreements.',
      ],
      mustNotMatch: [
        'We retain invoices until the audit ends to comply with tax obligations and protect our records.',
        'We retain invoices for ten years to comply with legal obligations and resolve disputes.',
        'We keep your data to comply with the law, and you protect it.',
        'We retain your data to comply with legal obligations and resolve pending disputes only.',
        'We may be required to retain data to comply with legal obligations, and to protect it we encrypt it.',
      ],
    },
    {
      id: 'retention.as-required-by-law',
      // R3/R4: a period the law sets (tax records, statutes of limitation, a legal obligation) is a bound; "required or
      // permitted by law" is caught as a grant by retention.as-long-as-needed and wins.
      cue: [
        /\b(?:required|mandated|prescribed|comply|compliance|statutory|legal|complaint|litigation|disputes?)\b/,
        /\b(?:law|laws|legal|tax|statut|regulat|accounting|complaint|litigation|dispute)/,
        /\b(?:retain|retention|keep|kept|stor|preserv|maintain|archiv)/,
      ],
      match: [
        '#RetainVerb .{0,12} (required|mandated|prescribed) (by|under) .{0,3} (law|laws|applicable|tax|statute|statutes|statutory|legal|regulation|regulations|accounting)',
        '#RetainVerb .{0,12} (to comply|comply|for compliance|in compliance) with .{0,3} (legal|law|laws|tax|statutory|regulatory|accounting)',
        '#RetainVerb .{0,6} (statutory|legal|mandatory|legally required) (retention)? (period|periods)',
        '(complaint|litigation|dispute|legal claim|legal claims) .{0,10} #RetainVerb .{0,6} (longer|additional|extended) (period|time)',
      ],
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'Data kept only as long as a law requires has an end the law sets.',
      mustMatch: [
        { text: 'Invoices are retained for the period required by applicable tax laws.', stance: 'restrict' },
        {
          text: 'We may keep your data for a longer period to comply with our legal obligations.',
          stance: 'restrict',
        },
        { text: 'Payment records must be kept for the statutory retention period.', stance: 'restrict' },
        {
          text: 'In the event of a complaint or litigation, we may retain your information for a longer period.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: ['You must comply with all applicable laws when you keep records of other users.'],
    },
    {
      id: 'retention.permanent-record',
      // R2: a record the service describes as permanent is retention without end.
      cue: [/\bpermanent\b/, /\b(?:record|archive|cop(?:y|ies)|history)/],
      match: ['permanent .{0,2} (record|records|archive|archives|copy|copies|history)'],
      severity: 'medium',
      why: 'A permanent record of what the user did or posted is never deleted.',
      mustMatch: ['Contributions to the wiki form a permanent, public record.'],
      mustNotMatch: ['Please enter your permanent address.'],
    },
    {
      id: 'retention.will-delete',
      // A committed deletion ("we will delete that information") bounds retention; the service's discretionary power to
      // delete ("we may delete inactive accounts") is not retention (R2), so only a promise counts.
      cue: [
        /\b(?:will|shall|we|is|are|be)\s+(?:then\s+|promptly\s+|permanently\s+|automatically\s+|securely\s+|also\s+|immediately\s+|being\s+|be\s+)?(?:delet|eras|purg|destroy|discard|remov|anonymi[sz])|\b(?:will|shall)\s+(?:\w+\s+){0,2}(?:take|use|make)\b|\bretention\s+period|\bno\s+longer\s+(?:needed|necessary|required)/,
        /\b(?:delet|eras|purg|destroy|discard|remov)/,
      ],
      match: [
        '(will|shall|we) (then|promptly|permanently|automatically|securely|also|immediately)? (#DeleteVerb|remove)',
        '(will|shall) .{0,2} (take|use|make) .{0,4} (steps|efforts|measures) to (#DeleteVerb|remove)',
        '(will|shall|is|are) (then|be|being)? (#DeleteVerb|removed|anonymised|anonymized) .{0,3} (from|after|when|once|and|or)',
        '(is|are|be) (permanently|automatically|securely|then)? (#DeleteVerb|removed) from (our|the|its) (servers|systems|records|databases|active)',
        '(when|once|after|upon) .{0,6} (retention period|no longer needed|no longer necessary|no longer required) .{0,10} #DeleteVerb',
      ],
      rejectAfter: /^[^.;]{0,20}\b(?:cookies?|the\s+app|your\s+browser)\b/,
      rejectEvidence: /\b(?:may|might|can|could)\b/,
      implies: { stance: 'restrict' },
      severity: 'low',
      why: 'A promise to delete the data bounds how long it is kept.',
      mustMatch: [
        { text: 'If we learn that we hold data about a child, we will promptly delete it.', stance: 'restrict' },
        { text: 'Your order details will then be removed from our systems.', stance: 'restrict' },
      ],
      mustNotMatch: ['We may delete content that violates these Terms.', 'You will be asked to delete the app.'],
    },
    {
      id: 'retention.deletion-with-open-end',
      // R3, R4: a deletion promise whose end the service sets by its own needs ("when it is no longer needed", "data we
      // no longer need", "unless we need it for another purpose") keeps the data as long as the service decides: a
      // grant, which outranks will-delete's restrict in the same unit. Not an end the law sets, the reader's own need or
      // transaction, a firm cap later in the sentence, a discretionary "may", nor the reader's erasure request.
      cue: [
        /\bno\s+longer\b|\bunless\s+we\s+(?:need|wish|want|have)\b/,
        /\b(?:delet|eras|purg|destroy|discard|remov|anonymi[sz])/,
      ],
      match: [
        `(will|shall|is|are|be|we) .{0,3} (#DeleteVerb|removed|anonymised|anonymized) .{0,14} (when|once|after|if|where|whenever) .{0,6} no longer .{0,2} (${NEED_END})`,
        `(when|once|after|where|if|whenever) .{0,6} no longer .{0,2} (${NEED_END}) .{0,16} (#DeleteVerb|removed|anonymised|anonymized)`,
        `#DeleteVerb .{0,8} (that|which) (we|it|they) .{0,3} no longer (${NEED_END})`,
        '#DeleteVerb .{0,12} unless we (need|wish|want|have) to (#RetainVerb|use) .{0,8} (for|to)',
      ],
      rejectEvidence: new RegExp(String.raw`\b(?:may|might|can|could)\b|\byou\s+no\s+longer\b|${LEGAL_WORD}`),
      rejectBefore: { test: (before: string) => readerAsksDeletion(before) || MODAL_JUST_BEFORE.test(before) },
      rejectAfter: new RegExp(
        String.raw`${OWN_END_AFTER}|^[^.;]{0,60}?${LEGAL_WORD}|^[^.;]{0,160}?(?:${FIRM_BOUND}|\b${words(M.firmCap)}\b)`,
      ),
      implies: { stance: 'grant' },
      severity: 'medium',
      why: 'Data deleted only when the company no longer needs it is kept for as long as the company decides.',
      mustMatch: [
        {
          text: 'We will delete your personal information when it is no longer required for these purposes.',
          stance: 'grant',
        },
        {
          text: 'When we no longer need your personal data for the intended purposes, the data will be deleted or anonymised.',
          stance: 'grant',
        },
        {
          text: 'This means that information will be destroyed or erased from our systems when it is no longer required.',
          stance: 'grant',
        },
        { text: 'When there is no longer such a need, we will delete it.', stance: 'grant' },
        {
          text: 'After the retention period we will delete or anonymize your Personal Data, unless we need to retain certain of your Personal Data for another purpose.',
          stance: 'grant',
        },
        {
          text: 'Your data is deleted once it is no longer needed for the purposes for which it was collected.',
          stance: 'grant',
        },
        { text: 'We will delete any personal data that we no longer need.', stance: 'grant' },
        {
          text: 'Information you provide when you ask a question will be deleted once it is no longer needed.',
          stance: 'grant',
        },
        { text: 'Support requests will be deleted once they are no longer needed.', stance: 'grant' },
      ],
      mustNotMatch: [
        // The law sets the end (R3).
        'We will delete your data when we are no longer required by law to keep it.',
        'We will delete your data when we are no longer legally required to keep it.',
        'We will delete your data when it is no longer required to be kept by law.',
        'We will delete your invoices when they are no longer required for tax purposes.',
        'We will delete your data within 30 days unless we need to retain it to comply with our legal obligations.',
        'We will delete your data within 30 days unless we need to retain it to comply with applicable law.',
        'We will delete your data within 30 days unless we have to keep it for legal reasons.',
        // The reader's own end, need or request (R1, R4).
        'We will delete your data when it is no longer needed to complete your order.',
        'When you no longer need your account, we will delete it.',
        'You may request that your personal data be erased if it is no longer necessary for the purposes for which it was collected.',
        'You can ask for your data to be deleted when it is no longer needed for the purposes described in this policy.',
        'Right to erasure: your personal data will be erased if it is no longer necessary for the purposes of processing.',
        // A firm cap later in the sentence.
        'We will delete your data when it is no longer needed, and in any event within 30 days of account closure.',
        'We will delete your data when it is no longer needed, and no later than 12 months after your last login.',
        'We will delete your data when it is no longer needed, and at the latest after two years.',
        // A discretionary power to delete (R2).
        'We may delete your content when it is no longer needed.',
        'Your content may be deleted when it is no longer needed.',
        'We will delete your account once you no longer use the Services.',
        'You can delete cookies that are no longer needed in your browser.',
      ],
    },
    {
      id: 'retention.deletes-beyond-permitted',
      // R4: "we will delete all information that we are not required or permitted to keep" keeps whatever the law
      // permits, an open end; so does "not required to keep or not necessary for the Service" (the service's needs).
      // Only with the service keeping as the object ("we … to retain"): content "not permitted under our policies" is
      // moderation (R2).
      cue: [/\bnot\s+(?:\w+\s+){0,3}?(?:permitted|required)\b/, /\b(?:delet|eras|purg|destroy|discard|remov)/],
      match: [
        '#DeleteVerb .{0,10} (that|which) we .{0,6} not .{0,3} permitted .{0,3} to #RetainVerb',
        '#DeleteVerb .{0,10} (that|which) we .{0,6} not .{0,3} required .{0,3} to #RetainVerb .{0,2} or .{0,3} not (necessary|needed)',
      ],
      rejectEvidence: /\b(?:may|might|can|could)\b/,
      rejectAfter: /^[^.;]{0,20}\b(?:cookies?|the\s+app|your\s+browser)\b/,
      implies: { stance: 'grant' },
      severity: 'medium',
      why: 'Data kept as long as the law permits, or as the company finds necessary, has no end the user can see.',
      mustMatch: [
        {
          text: 'We will delete all information that we are not required or permitted to retain by law.',
          stance: 'grant',
        },
        {
          text: 'Once you have asked us to close your account, we will delete all information that we are not required or permitted to retain by law.',
          stance: 'grant',
        },
        {
          text: 'We will delete the data which we are not otherwise required to keep or is not necessary for the provision of the Service.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'We will delete any accounts which are not permitted under our policies.',
        'We will delete any comments that are not permitted by our community guidelines.',
        'If you withdraw your consent, we will delete all cookies that are not strictly necessary.',
        'We will delete all information that we are not required to retain by law.',
        'We will delete any information that you have not permitted us to keep.',
      ],
    },
    {
      id: 'retention.deletion-refused',
      // R9: the service may turn a deletion request down, or its deletion right has exceptions: the data may stay,
      // whatever the right says (a grant, which outranks the right's restrict in the same unit).
      cue: [
        /\b(?:delet|eras|remov)/,
        /\b(?:refus|den(?:y|ies|ied)\b|declin|regardless\s+of|not\s+absolute|(?:does|do)\s+not\s+apply)/,
      ],
      match: [
        '(refuse|refuses|refused|deny|denies|denied|decline|declines) .{0,4} (request|requests) .{0,8} (#DeleteVerb|removal)',
        '(refuse|refuses|decline|declines) to .{0,1} (#DeleteVerb|remove)',
        '(right|rights) (to|of) .{0,4} (#DeleteVerb|removal|erasure|deletion) .{0,6} (is|are) not absolute',
        '(right|rights) (to|of) .{0,2} (#DeleteVerb|removal) (does|do) not apply',
        '(retain|keep|store|process) .{0,8} regardless of .{0,2} (request|requests) .{0,2} (#DeleteVerb|removal)',
      ],
      // A refusal and "not absolute" read as negations to stance.ts; a refusal denied ("will not refuse") is no hit, nor
      // one supposed ("we will tell you if we deny your request"), nor one only the law forces (R3: a bound).
      rejectBefore: { test: refusalNotTaken },
      // Not a refusal of another request joined to a deletion clause ("may deny your request to access your data, and
      // you can delete your account"); not a refusal the law alone forces, said after it (R3: "where we are required by
      // law to retain it"); not moderation of posted content ("decline to remove reviews", "removal of a listing").
      rejectEvidence: /[,;]\s*(?:and|but|or|unless)\b|\b(?:but|unless)\b|\b(?:you|we)\s+(?:can|may|will)\b/,
      rejectAfter: new RegExp(
        String.raw`^[^.;]{0,60}\b${words(M.lawRequires)}(?:\s+to\s+(?:retain|keep|store|maintain|preserve)\b|\s*[.;])|^,?\s+but\s+(?:it\s+|they\s+)?(?:applies|apply)\b|^\s+(?:of\s+)?(?:(?:a|an|the|any|such|certain|some)\s+)?${words(M.moderatedContent)}\b`,
      ),
      implies: { stance: 'grant', negated: 'grant' },
      severity: 'medium',
      why: 'A deletion request the company may refuse, or a right with exceptions, leaves the data where it is.',
      mustMatch: [
        { text: 'We may refuse a request for erasure where we must keep the data for legal claims.', stance: 'grant' },
        { text: 'Your right to deletion is not absolute and is subject to certain exceptions.', stance: 'grant' },
        {
          text: 'We may deny your request to delete, in whole or in part, where an exception applies.',
          stance: 'grant',
        },
        {
          text: 'We may refuse to delete your personal data where we must keep it to defend legal claims.',
          stance: 'grant',
        },
        { text: 'Your rights of access, rectification and erasure are not absolute.', stance: 'grant' },
        { text: 'The right to have your personal data deleted is not absolute.', stance: 'grant' },
        { text: 'We will not delete your data sooner, and we may refuse a request to delete it.', stance: 'grant' },
        { text: 'We may keep some records regardless of your request to delete them.', stance: 'grant' },
        {
          text: 'There are exceptions where we may refuse a request for erasure, for example for legal claims.',
          stance: 'grant',
        },
        {
          text: 'We may refuse a request for erasure where the data is required to comply with a legal obligation or for the defence of legal claims.',
          stance: 'grant',
        },
      ],
      mustNotMatch: [
        'You can refuse cookies or delete them in your browser settings.',
        'We will not refuse a request to delete your account.',
        'You may decline to provide information, and you can delete your account at any time.',
        'If you deny us access to your camera, you can still delete your photos.',
        'We will let you know in writing if we deny your request to delete your information.',
        'If we are legally required to keep a copy of your data, we may deny your request to delete it.',
        // Moderation of what users post, not a deletion request turned down.
        'We may review, edit, refuse to accept or delete your User Content at any time.',
        // Review rret45: the law alone forces it (R3); the reader's own refusals; another request refused; a refusal
        // denied or supposed; moderation.
        'The right to erasure does not apply where processing is required by law.',
        'The right to have personal data deleted is not absolute, but applies when the legal conditions are met.',
        'We may decline a request to delete your data where we are required by law to retain it.',
        'We may refuse your request to delete where we have a legal obligation to keep the data.',
        'You may refuse to delete the app, but then you cannot use the update.',
        'If you refuse to delete the confidential information, we may terminate your account.',
        'You may decline to remove your content, in which case it will remain visible to other users.',
        'We may deny your request to access your data, and you can delete your account anytime.',
        'We may decline requests for copies of your data, but we will delete it on request.',
        'We may refuse a request to correct your data, but you can always delete it yourself.',
        'We will not unreasonably refuse a request to delete your data.',
        "We won't refuse a request to delete your data.",
        'We cannot refuse a request to delete your data.',
        'We will not, under any circumstances, refuse a request to delete your data.',
        'Where we deny a request to delete your data, we will explain why.',
        'Should we deny your request to delete your data, we will tell you.',
        'If we have to refuse a request to delete your data, we will tell you why.',
        'If Acme denies your request to delete your data, you may complain.',
        'In the event that we decline a request to delete your data, we will tell you.',
        'Acme may decline to remove reviews that are accurate, even if the business asks us to.',
        'Acme may decline a request for removal of a listing if the listing complies with our policies.',
      ],
    },
    {
      id: 'retention.user-deletion-right',
      // R1: the user's own right or tool to delete their data or account ends retention when the user chooses.
      cue: [
        /\b(?:delet|eras|remov)/,
        /\brights?\s+(?:to|of)\b|\b(?:option|ability|possibility|opportunity|choice)\s+to\b|\b(?:request|ask)|\b(?:you|users)\s+(?:can|may|could|are\s+able\s+to|are\s+free\s+to|have\s+the\s+ability\s+to)\b|\byou['’]re\s+free\s+to\b|\b(?:enables?|allows?|lets?)\s+(?:you|users)\s+to\b|\b(?:want|wish|like|choose|decide)\s+to\s+(?:delet|eras|remov)/,
      ],
      match: [
        '(right|rights) (to|of) .{0,10} (#DeleteVerb|removal|remove)',
        '(want|wish|like|choose|decide) to (#DeleteVerb|remove) (your|their|the|any) .{0,3} (#UserData|account|profile)',
        '(request|requests|ask|asking) .{0,14} (#DeleteVerb|removal|remove)',
        '(you|users) (can|may|could|are able to|are free to|have the ability to) .{0,8} (#DeleteVerb|remove) .{0,4} (your|their|the|any|much|all|associated|this|these|those) .{0,3} (#UserData|account|accounts|profile|vault|footage|recordings|history|interactions|messages|photos|videos|posts|comments|files)',
        '(you|users) .{0,6} (option|ability|possibility|opportunity|choice) to .{0,8} (#DeleteVerb|remove) (your|their|the|any|all|this|these|such) .{0,3} (#UserData|account|accounts|profile|footage|recordings|history|interactions|messages|photos|videos|posts|comments|files|information|data)',
        '(enable|enables|allow|allows|let|lets) (you|users) to .{0,8} #DeleteVerb',
        '(request|requesting|right to) #DeleteVerb',
      ],
      rejectAfter: /^[^.;]{0,40}\b(?:cookies?|the\s+app\b|browser|no\s+longer\s+be\s+able)/,
      // "…upon request by Acme, you will: (a) delete …" is a duty of the user, not the user's right.
      rejectEvidence:
        /\bcookies?\b|\bbrowser\b|\bapp\b|\bsoftware\b|\brequests?\s+(?:that\s+)?(?:you|such)\b|\byou\s+(?:will|shall|must|agree)\b/,
      implies: { stance: 'restrict' },
      userSubject: true,
      severity: 'low',
      why: 'The right or a tool to delete one’s own data or account lets the user end its retention.',
      mustMatch: [
        { text: 'You have the right to access, correct or delete your personal data.', stance: 'restrict' },
        { text: 'You can delete your profile and the data linked to it at any time.', stance: 'restrict' },
        { text: 'You may ask us to erase the information we hold about you.', stance: 'restrict' },
        { text: 'You will have the option to delete your interactions.', stance: 'restrict' },
        { text: 'You can access, review, and delete this footage at any time.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'You can delete cookies in your browser settings.',
        'We may remove content that breaks the rules.',
        'Within 24 hours of any request by Acme, you will delete all data relating to that user.',
      ],
    },
  ],
};
