// What the units before a clause, in its section, established (GUIDE D13a "recipients further back"): whether one of
// them named recipients of the data. A transfer abroad or its safeguard that names no recipient of its own is read with
// them ("Acme uses vendors around the world." › "… may result in the transfer of your Personal Information outside
// of the country"), never with recipients named only in another section.
//
// The state is small on purpose (a section path, no text): a page analysed in parts (analysis/streamed-analysis.ts, a
// worker pool's ranges) carries it from the units before the part, so that the part's findings are those of the whole.
import type { Clause } from '../types';
import {
  LEXICON_LISTS,
  PASSED_TO_NOT_RECIPIENT_NOUNS,
  PASSED_TO_NOT_TO,
  PASSED_TO_ACTS_AFTER,
  PASSED_TO_ACTS_BY,
  PASSED_TO_RECIPIENT_ROLES,
  PASSED_TO_DATA_WORDS,
  PASSED_TO_ENGAGE_VERBS,
} from './lexicon';
import { wordsPattern } from './word-pattern';

/** What the units before established in this section (Clause.sectionPath, the same headings). */
export interface SectionBefore {
  sectionPath: readonly string[];
  /** No earlier unit named recipients (absent: one did); the state then carries only `usersLast`. */
  named?: false;
  /** The unit just before has users as its subject ("Members can see each other's profiles."). */
  usersLast?: true;
  /** The unit just before names recipients itself (namesRecipients): a "they" opening the next unit may be them. */
  namedLast?: true;
  /** An earlier unit passed data to the recipients it named (passesToRecipients), not only named them. */
  passed?: true;
}

/**
 * A unit whose subject is the users, the customers or their people (not the service's employees, who receive): a "they" or "them" in the next unit is most likely
 * them ("Members can see each other's profiles." › "They may not use …"), whose own duty is no limit on the sharing
 * (GUIDE "Not a grant").
 */
const USERS_SUBJECT =
  /^\W*(?:(?:our|other|the|all|such|any|some|registered)\s+)?(?:users|members|customers|children|kids|teenagers|teens|minors|visitors|subscribers|participants)\b/i;

/** The lexicon's recipients (ThirdParty and ServiceSide, as the rules' `#ThirdParty`), as whole words. */
const RECIPIENT_WORD = new RegExp(
  String.raw`\b${wordsPattern([...(LEXICON_LISTS.ServiceSide ?? []), ...(LEXICON_LISTS.ThirdParty ?? [])])}\b`,
  'gi',
);
/**
 * What the subject is ("we are a global organization", "the Foundation is a non-profit organization"): a recipient
 * word there names the service itself, not who receives.
 */
const PREDICATE_NOMINAL = /\b(?:is|are|am|was|were|as)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}$/i;

/** A denial or a disclaimer before the word ("we do not share … with third parties", "not responsible for …"). */
const DENIED_BEFORE = /\b(?:not|never|no|nor)\b|n['’]t\b/i;

/**
 * The unit names recipients: an operative unit (not a heading, pointer, definition or explanation: those describe,
 * nobody receives) with a recipient word of the lexicon that does not say what the subject is, nor follows a denial.
 */
export function namesRecipients(clause: Pick<Clause, 'text' | 'role'>): boolean {
  if (clause.role !== undefined && clause.role !== 'operative') return false;
  const { text } = clause;
  RECIPIENT_WORD.lastIndex = 0;
  for (let m = RECIPIENT_WORD.exec(text); m; m = RECIPIENT_WORD.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (!PREDICATE_NOMINAL.test(before) && !DENIED_BEFORE.test(before)) return true;
  }
  return false;
}

/**
 * What makes a named recipient one the data goes to (passesToRecipients), read on the text before the recipient word
 * (same sentence, 60 characters): "with" or "to" up to three words before it, not through a thing of theirs ("links to
 * websites of third parties") nor after "links to", "belong to" (PASSED_TO_NOT_TO), and only where the sentence names
 * the data before it ("We work with partners to run promotions" passes nothing); or a share verb of the lexicon before
 * it with no "from" or "by" between ("we share the data we receive from partners" names a source).
 */
const TO_RECIPIENT = new RegExp(
  String.raw`(?<!\b${wordsPattern(PASSED_TO_NOT_TO)}\s)\b(?:with|to)\s+(?:(?!${wordsPattern(PASSED_TO_NOT_RECIPIENT_NOUNS)}\b)[\w’'"“”().-]+\s+){0,3}$`,
  'i',
);
/** The data named in the text ("your information", "it"). */
const DATA_WORD = new RegExp(String.raw`\b${wordsPattern(PASSED_TO_DATA_WORDS)}\b`, 'i');
/** The sentence's part before `before`'s end: the text after its last sentence break. */
function sentenceOf(before: string): string {
  const cut = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
  );
  return before.slice(cut + 1);
}
const SHARE_WORD = new RegExp(String.raw`\b${wordsPattern(LEXICON_LISTS.ShareVerb ?? [])}\b`, 'gi');
/** Between a share verb and the recipient: a sentence's end, or "from"/"by" (a source, a provider of the service). */
const SHARE_BROKEN = /[.;!?]|\b(?:from|by)\b/i;
/** A share verb before the recipient word, with nothing of SHARE_BROKEN between (read from the verb's last match). */
function shareBefore(before: string): boolean {
  let end = -1;
  SHARE_WORD.lastIndex = 0;
  for (let m = SHARE_WORD.exec(before); m; m = SHARE_WORD.exec(before)) end = m.index + m[0].length;
  return end >= 0 && !SHARE_BROKEN.test(before.slice(end));
}
/**
 * An engage-processors verb up to three words before the recipient ("Acme uses vendors", "We rely on third-party service
 * providers"): a party engaged to work for the service gets the data.
 */
const ENGAGED = new RegExp(String.raw`\b${wordsPattern(PASSED_TO_ENGAGE_VERBS)}\s+(?:[\w’'-]+\s+){0,3}$`, 'i');
/** A recipient after "from" or "by" (a source, a provider of the service): not passed to, unless one that accesses. */
const FROM_BEFORE = /\b(?:from|by)\s+(?:[\w’'-]+\s+){0,3}$/i;
/** … "accessed by", "accessible by", "processed on our behalf by": the party gets the data. */
const ACCESSED_BY = new RegExp(
  String.raw`\b${wordsPattern(PASSED_TO_ACTS_BY)}\s+(?:on\s+\w+\s+behalf\s+)?by\s+(?:[\w’'-]+\s+){0,3}$`,
  'i',
);
/**
 * After the recipient word: it gets or uses the data, named within three words after the verb ("our partners may collect
 * your data", "vendors to process it"), not "Advertisers use our platform".
 */
const RECIPIENT_ACTS = new RegExp(
  String.raw`^[\w’'-]*(?:[^\w’'.;!?-]+[\w’'-]+){0,6}?[^\w’'.;!?-]+${wordsPattern(PASSED_TO_ACTS_AFTER)}(?:[^\w’'.;!?-]+[\w’'-]+){0,3}?[^\w’'.;!?-]+${wordsPattern(PASSED_TO_DATA_WORDS)}\b`,
  'i',
);
/** Between the recipient and its act: a denial ("partners never receive"), or a source's relative ("from whom we obtain"). */
const ACT_DENIED = new RegExp(String.raw`${DENIED_BEFORE.source}|\bcannot\b|\bfrom\s+(?:whom|which)\b`, 'i');
/** Recipient words that say the data reaches them by themselves ("recipients", "processors"). */
const ROLE_RECIPIENT = new RegExp(String.raw`^${wordsPattern(PASSED_TO_RECIPIENT_ROLES)}$`, 'i');

/** A prefix joined by a hyphen is the recipient word's own ("sub-processors"), not a word before it: dropped. */
function withoutPrefix(before: string): string {
  if (!before.endsWith('-')) return before;
  let i = before.length - 1;
  while (i > 0 && /[\w’']/.test(before.charAt(i - 1))) i--;
  return before.slice(0, i);
}

/** After the recipient word at `at`: it gets or uses the data (RECIPIENT_ACTS), not denied nor a source (ACT_DENIED). */
function recipientActs(text: string, at: number): boolean {
  const act = RECIPIENT_ACTS.exec(text.slice(at, at + 80));
  return act !== null && !ACT_DENIED.test(act[0]);
}

/**
 * The unit passes data to the recipients it names (data_sharing.recipient-kinds-listed reads its section with this, GUIDE
 * D10): a recipient word as namesRecipients reads it, after "with"/"to" with the data named before, after a share verb
 * or an engaging verb ("We use third-party service providers"), after "accessed by", as the subject of getting or using
 * the data, or a role that receives by itself ("recipients", "processors"). Not a source ("We receive information from
 * our processors"), a link ("links to websites of third parties"), nor a party that pays, sells, uses the service or is
 * described ("Advertisers pay us to show ads", "Advertisers use our platform", "Sellers are third parties").
 */
export function passesToRecipients(clause: Pick<Clause, 'text' | 'role'>): boolean {
  if (clause.role !== undefined && clause.role !== 'operative') return false;
  const { text } = clause;
  RECIPIENT_WORD.lastIndex = 0;
  for (let m = RECIPIENT_WORD.exec(text); m; m = RECIPIENT_WORD.exec(text)) {
    const before = withoutPrefix(text.slice(Math.max(0, m.index - 60), m.index));
    if (PREDICATE_NOMINAL.test(before) || DENIED_BEFORE.test(before)) continue;
    if (ACCESSED_BY.test(before)) return true;
    if (FROM_BEFORE.test(before)) continue;
    if (ROLE_RECIPIENT.test(m[0]) || shareBefore(before) || ENGAGED.test(before)) return true;
    if (TO_RECIPIENT.test(before) && DATA_WORD.test(sentenceOf(before))) return true;
    if (recipientActs(text, m.index)) return true;
  }
  return false;
}

/** A recipient word in a link or a thing of theirs ("links to third-party websites", "websites of third parties"). */
const LINKED = new RegExp(
  String.raw`\b(?:${wordsPattern(PASSED_TO_NOT_TO)}\s+to|${wordsPattern(PASSED_TO_NOT_RECIPIENT_NOUNS)}\s+of)\s+(?:[\w’'-]+\s+){0,3}$`,
  'i',
);

/**
 * The unit names recipients only as a source or a link ("We also receive information about you from third parties",
 * "Our site contains links to websites of third parties"): the kinds after it are theirs, not those of the recipients
 * named before. A unit that names the same recipients otherwise ("contracts with third parties", "These contractors may
 * not use your data for their own marketing") leaves what was passed before standing.
 */
function namesSourcesOnly(clause: Pick<Clause, 'text' | 'role'>): boolean {
  const { text } = clause;
  let source = false;
  RECIPIENT_WORD.lastIndex = 0;
  for (let m = RECIPIENT_WORD.exec(text); m; m = RECIPIENT_WORD.exec(text)) {
    const before = withoutPrefix(text.slice(Math.max(0, m.index - 60), m.index));
    if (PREDICATE_NOMINAL.test(before) || DENIED_BEFORE.test(before)) continue;
    if ((FROM_BEFORE.test(before) && !ACCESSED_BY.test(before)) || LINKED.test(before)) source = true;
    else return false;
  }
  return source;
}

/** The text (a unit or a sentence) has the users as its subject (USERS_SUBJECT). */
export function usersSubject(text: string): boolean {
  return USERS_SUBJECT.test(text);
}

/** Two section paths are the same section (the same headings, outermost first). */
export function sameSection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

/**
 * Whether a unit of `sectionPath` has recipients named before it, given what the units before established. Only the
 * same section counts (GUIDE D13a: "Recipients named only in another section do not count"): units carry to the units
 * after them under the same headings, not into a sub-section. Headings carry down (headingNamesRecipients).
 */
export function recipientsBefore(before: SectionBefore | undefined, sectionPath: readonly string[]): boolean {
  return unitsNamed(before, sectionPath) || headingNamesRecipients(sectionPath);
}

/**
 * Whether an earlier unit of `sectionPath`, or its heading, passed data to the recipients it named (passesToRecipients):
 * the stricter reading of recipientsBefore, for the rules marked `afterRecipients: 'passed to'`.
 */
export function recipientsPassedBefore(before: SectionBefore | undefined, sectionPath: readonly string[]): boolean {
  if (before?.passed === true && sameSection(before.sectionPath, sectionPath)) return true;
  return headingPassesToRecipients(sectionPath);
}

function unitsNamed(before: SectionBefore | undefined, sectionPath: readonly string[]): boolean {
  return before !== undefined && before.named !== false && sameSection(before.sectionPath, sectionPath);
}

/** The unit just before, in the same section, has the users as its subject (USERS_SUBJECT). */
export function usersBefore(before: SectionBefore | undefined, sectionPath: readonly string[]): boolean {
  return before?.usersLast === true && sameSection(before.sectionPath, sectionPath);
}

/**
 * A heading about the sharing itself: a share verb, or who receives as such ("Third-party processors", "With whom do
 * we share your data?"), not one that names an audience ("For Developers", "If you are an advertiser or publisher").
 */
const SHARING_HEADING = new RegExp(
  String.raw`\b(?:${wordsPattern(LEXICON_LISTS.ShareVerb ?? [])}|recipients?|(?:sub-?)?processors?|third[\s-]part(?:y|ies)|service\s+providers?|vendors?)\b`,
  'i',
);

/**
 * The section's heading, or one it sits under, names its recipients ("4.2 Third-party processors" › "Acme Payments"
 * over "Guarantees for international transfer: Standard Contractual Clauses"): it opens the section as a first unit
 * would. A heading over sub-sections opens each of them (one sub-section per recipient) only when it is about the
 * sharing: a recipient word in a heading above names an audience as often ("For Developers" › "International
 * transfers"). Answered once per path, as a page's clauses come in runs under one.
 */
function headingNamesRecipients(sectionPath: readonly string[]): boolean {
  return headingsRead(sectionPath).names;
}

/**
 * The section's heading, or one it sits under, opens it as a unit that passes data to recipients would: a heading about
 * the sharing (SHARING_HEADING: "Service providers", "With whom do we share your data?") or one that passes data to
 * them, under the same last-heading/ancestor rule as headingNamesRecipients.
 */
function headingPassesToRecipients(sectionPath: readonly string[]): boolean {
  return headingsRead(sectionPath).passes;
}

/** Both readings of a section's headings, answered once per path, as a page's clauses come in runs under one. */
function headingsRead(sectionPath: readonly string[]): { names: boolean; passes: boolean } {
  if (sectionPath.length === 0) return { names: false, passes: false };
  if (sectionPath !== lastHeadings.path && !sameSection(sectionPath, lastHeadings.path)) {
    const last = sectionPath.length - 1;
    const opens = (text: string, i: number): boolean => i === last || SHARING_HEADING.test(text);
    const names = sectionPath.some((text, i) => namesRecipients({ text }) && opens(text, i));
    const passes =
      names &&
      sectionPath.some(
        (text, i) =>
          namesRecipients({ text }) && opens(text, i) && (SHARING_HEADING.test(text) || passesToRecipients({ text })),
      );
    lastHeadings = { path: sectionPath, names, passes };
  }
  return lastHeadings;
}
let lastHeadings: { path: readonly string[]; names: boolean; passes: boolean } = {
  path: [],
  names: false,
  passes: false,
};

/**
 * Whether "they" in a unit of `sectionPath` may be recipients (they-receive-in-section): the unit names them itself, or
 * the unit just before in its section does ("We work with vendors that host our servers." › "They may access …"), or,
 * with no unit before it that named any, the section's heading. Not when a unit between says who else "they" is ("Our
 * employees are trained." › "They may access …", "You may invite friends." › "They will receive …").
 */
export function recipientsJustBefore(
  before: SectionBefore | undefined,
  clause: Pick<Clause, 'text' | 'role' | 'sectionPath'>,
  namedHere: boolean = namesRecipients(clause),
): boolean {
  if (namedHere) return true;
  if (before !== undefined && sameSection(before.sectionPath, clause.sectionPath)) return before.namedLast === true;
  return headingNamesRecipients(clause.sectionPath);
}

/**
 * What the units up to and including `clause` establish for the next one. `namedHere`: namesRecipients(clause), when the
 * caller has read it already (analyzeClauses reads it once per clause for this and recipientsJustBefore: its regex over
 * every unit's text cost about 2% of an analysis each time).
 */
export function sectionAfter(
  before: SectionBefore | undefined,
  clause: Clause,
  namedHere: boolean = namesRecipients(clause),
): SectionBefore | undefined {
  const named = unitsNamed(before, clause.sectionPath) || namedHere;
  const usersLast = clause.role !== 'heading' && usersSubject(clause.text);
  if (!named && !usersLast) return undefined;
  // Passing implies naming: the stricter test is read only where the unit names recipients.
  // A unit that names its recipients only as a source or a link ends what was passed before (namesSourcesOnly).
  const passedBefore = before?.passed === true && sameSection(before.sectionPath, clause.sectionPath);
  const passed = namedHere ? passesToRecipients(clause) || (passedBefore && !namesSourcesOnly(clause)) : passedBefore;
  return {
    sectionPath: clause.sectionPath,
    ...(named ? {} : { named: false as const }),
    ...(usersLast ? { usersLast: true as const } : {}),
    ...(namedHere ? { namedLast: true as const } : {}),
    ...(passed ? { passed: true as const } : {}),
  };
}

/** sectionAfter over consecutive clauses: what a part of a page hands on to the next part. */
export function sectionAfterAll(
  before: SectionBefore | undefined,
  clauses: readonly Clause[],
): SectionBefore | undefined {
  let state = before;
  for (const clause of clauses) state = sectionAfter(state, clause);
  return state;
}
