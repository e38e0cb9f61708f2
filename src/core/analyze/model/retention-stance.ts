// The stance of a model retention finding, read from what the unit says about how long (GUIDE.md retention, R1–R13).
// stance.ts reads negations at an action word, which suits grants and denials but not retention: a bounded period is a
// restrict by meaning ("kept for six years", "deleted within 30 days", "you can delete your account"), and a negated
// deletion is a grant ("we may not be able to delete all of it"). The rules carry that meaning in their patterns
// (Rule.implies); the model has no pattern, so the unit's words decide, in this order (the widest right wins, G4):
//   1. an end the service sets by its own needs, or no duty to delete → grant (R4, R6, R10)
//   2. a deletion that may not happen → restrict when only the law stops it (R3), else grant (R9)
//   3. a period, a bound with no number or an end tied to the user's relationship → restrict (R4, R5)
//   4. the service's own needs, data that stays or survives → grant (R7, R9)
//   5. a deletion (promised, or the user's right or tool), nothing kept at all, kept only for one end, or only what
//      the law requires → restrict (R1, R3, R5)
//   6. anything else ("we retain X in order to …", kept for a longer period) → grant (R7)
import type { Stance } from '../../types';
import { LEAD_IN_GOES_ON, LEAD_IN_WORDS, LEXICON_LISTS, NUMBER_WORDS, RETENTION_MEANING as M } from '../lexicon';
import { run, wordSeq, words as wordGap } from '../word-gap';
import { wordsPattern as words } from '../word-pattern';

const anyOf = (list: readonly string[]): RegExp => new RegExp(String.raw`\b${words(list)}\b`, 'i');

const DELETE = words([...LEXICON_LISTS.DeleteVerb!, ...M.endWords]);
const RETAIN = words(LEXICON_LISTS.RetainVerb!);
const NEGATION = words(M.negation);
/** Up to `n` words (with their commas) between two cues. */
const GAP = (n: number): string => String.raw`(?:[\w’'-]+,?\s+){0,${n}}?`;
/** "Permanently" opens the period only after a retention word: "permanently deleted" is a bound. */
const FOREVER = String.raw`${words(LEXICON_LISTS.Forever!.filter((w) => w !== 'permanently'))}|${RETAIN}\s+${GAP(3)}permanently`;
const OPEN_END = new RegExp(
  [
    words(M.openEnd),
    FOREVER,
    String.raw`(?:as|so)\s+long\s+as\s+${GAP(2)}${words(M.needWords)}`,
    String.raw`(?:as|so)\s+long\s+as\s+we\s+(?!have\s+a\s+relationship|provide)`,
    String.raw`(?<!\b(?:no|not)\s)longer\s+than`,
    String.raw`(?<!\b${words(M.withinBound)}\s+(?:[\w-]+ly\s+)?)${words(M.reasonableEnd)}`,
  ]
    .map((p) => String.raw`\b(?:${p})\b`)
    .join('|'),
  'i',
);
/**
 * "longer than" after a denied retention word: "never retain it for longer than 30 days" bounds the period (R5), not
 * "not longer than we need it" (R4) nor a negation of another verb ("will not notify you, and keep it longer than …").
 */
const DENIED_LONGER = wordSeq(
  String.raw`\b${NEGATION}`,
  wordGap(2, { lead: true, sep: String.raw`[\s,]` }),
  String.raw`${RETAIN}\b`,
  wordGap(6, { lead: true, sep: String.raw`[\s,]` }),
  // "required" is a need unless a named process or the law follows ("longer than required for the verification").
  String.raw`longer\s+than\b(?!\s+(?:${words(M.longerThanNeed)}|required(?!\s+(?:for|by|under)\b))\b)`,
);
const LONGER_THAN = /\blonger\s+than\b/g;
const NO_BEFORE = /\b(?:no|not)\s$/;
/** The unit names an end the service sets by its own needs: OPEN_END, a denied "longer than" not counted (each by its place). */
function opensEnd(text: string, lower: string): boolean {
  if (!OPEN_END.test(text)) return false;
  if (OPEN_END.test(lower.replace(LONGER_THAN, ' '))) return true;
  for (const m of lower.matchAll(LONGER_THAN)) {
    const before = lower.slice(Math.max(0, m.index - 100), m.index);
    if (NO_BEFORE.test(before)) continue;
    const own = before.replace(LONGER_THAN, ' ') + lower.slice(m.index, m.index + m[0].length + 40);
    if (!DENIED_LONGER.test(own)) return true;
  }
  return false;
}
const NO_DUTY = new RegExp(String.raw`\b${words(M.noDuty)}\b[^.;]{0,40}?\b${DELETE}\b`, 'i');
// Word gaps stepped in code (word-gap.ts): one regex with a bounded gap after each negation was polynomial for recheck.
const NEGATED_DELETION = wordSeq(
  String.raw`\b${NEGATION}`,
  wordGap(5, { lead: true, sep: String.raw`[\s,]` }),
  String.raw`${DELETE}\b`,
);
/** "not be able to correct, modify or delete": an inability, read only within three words of the deletion. */
const UNABLE_TO_DELETE = wordSeq(
  String.raw`\b${words(M.unableTo)}`,
  wordGap(3, { lead: true, sep: String.raw`[\s,]` }),
  String.raw`${DELETE}\b`,
);
const NEGATION_WORD = new RegExp(String.raw`\b${NEGATION}\b`, 'g');
const DELETE_WORD = new RegExp(String.raw`\b${DELETE}\b`, 'g');
/** Kept after the user deletes it (R9): "may retain … copies … that have been removed or deleted". */
const SURVIVES = wordSeq(
  String.raw`\b${RETAIN}\b`,
  run(80, '[^.;]'),
  String.raw`\b(?:after|following|despite|even\s+if|even\s+after|(?:that|which)\s+(?:have|has)\s+been)`,
  wordGap(3, { lead: true, sep: String.raw`[\s,]` }),
  String.raw`${DELETE}\b`,
);
/**
 * What is kept is kept for one end alone, named right after: "is kept only for the purposes of …", "will only be retained
 * in case of …", "stored only on your device"; not "only" of the object, form or place ("retained only in encrypted form").
 */
const ONLY_KEPT = new RegExp(
  String.raw`(?:\b${words(M.only)}\s+(?:be\s+|been\s+)?${RETAIN}|\b${RETAIN}\s+${words(M.only)})\s+${words(M.onlyEnd)}\b`,
  'i',
);
const DEFERRED_END = anyOf(M.deferredEnd);
const NOT_KEPT = new RegExp(String.raw`\b${NEGATION}\s+${GAP(2)}${RETAIN}\b`, 'i');
const NUMBER = String.raw`(?:\d+|${words(NUMBER_WORDS)})(?:\s?\(\d+\))?`;
const PERIOD = new RegExp(
  String.raw`\b${NUMBER}(?:\s+to\s+${NUMBER})?[\s-]{0,2}${words(LEXICON_LISTS.TimeUnit!)}\b|\b${words(M.boundWords)}\b`,
  'i',
);
const RELATIONSHIP = new RegExp(String.raw`\b${words(M.relationship)}\b|\b(?:as|so)\s+long\s+as\b`, 'i');
const SERVICE_PURPOSE = anyOf(M.servicePurpose);
const DELETION = new RegExp(String.raw`\b${DELETE}\b`, 'i');
const LEGAL = anyOf(M.legal);

/** The stance a retention unit takes by what it says about how long its data is kept. */
export function retentionStance(text: string): Stance {
  const lower = text.toLowerCase();
  if (opensEnd(text, lower) || NO_DUTY.test(text)) return 'grant';
  const denied = withoutReaderSupposed(lower);
  if (NEGATED_DELETION.test(denied) || UNABLE_TO_DELETE.test(denied)) {
    // The reason follows the negated deletion ("… will not delete it, which the law requires us to keep").
    const reason = text.slice(endOfNegatedDeletion(denied));
    return LEGAL.test(reason) && !SERVICE_PURPOSE.test(text) ? 'restrict' : 'grant';
  }
  if (PERIOD.test(text) || RELATIONSHIP.test(text)) return 'restrict';
  if (SERVICE_PURPOSE.test(text) || SURVIVES.test(lower)) return 'grant';
  if (
    DELETION.test(text) ||
    NOT_KEPT.test(text) ||
    (ONLY_KEPT.test(text) && !DEFERRED_END.test(text)) ||
    LEGAL.test(text)
  )
    return 'restrict';
  return 'grant';
}

const READER_SUPPOSED = new RegExp(
  String.raw`\b(?:${words([...LEAD_IN_WORDS, ...M.readerSupposedInverted])})\s+${words(M.readers)}\b`,
  'g',
);
const LEAD_IN_CONTINUES = new RegExp(String.raw`^\s*${words(LEAD_IN_GOES_ON)}\b`);
const SUPPOSED_END_WORD = new RegExp(String.raw`\b${words(M.supposedClauseEnd)}\b`);
/** How far a supposed clause is read: a longer run has lost its comma and its end is unknown. */
const SUPPOSED_REACH = 160;
/**
 * Where the reader's supposed clause that starts at `from` ends, as stance.ts leadInEnd reads it: at the first comma
 * not followed by a word that carries the clause on (LEAD_IN_GOES_ON: "…, and are unable to delete it, please …"), at
 * a stop, or where a reason or the service's clause starts. With none of these the clause's end is unknown, and a
 * later negation may be the main clause's ("If you delete your account your posts will not be deleted"): -1. A stop
 * ends a clause that follows the main one ("posts remain if you do not delete them."), not one that opens the sentence.
 */
function supposedEnd(lower: string, from: number, opens: boolean): number {
  const reach = lower.slice(from, from + SUPPOSED_REACH);
  const word = reach.search(SUPPOSED_END_WORD);
  for (let k = 0; k < reach.length && (word < 0 || k < word); k++) {
    const c = reach[k]!;
    if ('.;:!?'.includes(c)) return opens ? -1 : from + k;
    if (c === ',' && !LEAD_IN_CONTINUES.test(reach.slice(k + 1))) return from + k;
  }
  return word < 0 ? -1 : from + word;
}
/** Nothing but a lead-in before `at` in its sentence ("If you …", "Please note that if you …"). */
function opensSentence(lower: string, at: number): boolean {
  const before = lower.slice(Math.max(0, at - 40), at).trimEnd();
  return before === '' || '.;:!?'.includes(before.at(-1)!) || /\bthat$/.test(before);
}
/**
 * The text with each negation in a supposed clause of the reader's blanked: "if you are unable to delete it, contact
 * us", "posts remain if you do not delete them" suppose the reader's own deletion (R1, R8), no deletion the service
 * refuses. A clause whose end is not known blanks nothing.
 */
function withoutReaderSupposed(lower: string): string {
  let out = lower;
  for (const m of lower.matchAll(READER_SUPPOSED)) {
    const from = m.index + m[0].length;
    const end = supposedEnd(lower, from, opensSentence(lower, m.index));
    if (end < 0) continue;
    const clause = lower.slice(from, end);
    const blanked = clause.replace(NEGATION_WORD, (w) => ' '.repeat(w.length));
    out = out.slice(0, from) + blanked + out.slice(from + clause.length);
  }
  return out;
}

/** Where the first deletion word after a negation ends (NEGATED_DELETION has matched). */
function endOfNegatedDeletion(lower: string): number {
  for (const neg of lower.matchAll(NEGATION_WORD)) {
    DELETE_WORD.lastIndex = neg.index + neg[0].length;
    const del = DELETE_WORD.exec(lower);
    if (del) return del.index + del[0].length;
  }
  return lower.length;
}

const USER_DUTY = new RegExp(String.raw`\b(?:you|users?)\s+${words(M.userDuty)}\b`, 'i');

/**
 * The unit names a deletion the user may make: the user's right or tool to delete is a retention restrict (R1), not
 * the user acting; a duty to delete is the user's (R11).
 */
export function namesUserDeletion(text: string): boolean {
  return DELETION.test(text) && !USER_DUTY.test(text);
}
