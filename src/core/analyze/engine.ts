// Matching engine: pre-filter by cue regexes (most of them skipped by one word scan, cue-scan.ts), then compromise
// matches of the candidate rules only.
// Each rule's patterns are compiled once per context into a compromise net (nlp.buildNet) and run with one
// doc.sweep per candidate rule: the net indexes the words each pattern needs and skips patterns that cannot match,
// measured ~2.5× faster than one doc.match per pattern. (One sweep of ALL rules over every clause was slower still:
// a clause passing the pre-filter is a candidate for only one or two rules.)
import type { Actor, CategoryId, Condition, Finding, Severity, Stance } from '../types';
import { actorOf, isUserDuty, joinReaderRoles } from './actor';
import { firstPartyOwners, inFirstParty, type FirstPartyNames } from './first-party';
import { expandPattern, fitMultiTermTags } from './expand-pattern';
import { AVAILABLE_WORDS, extraTermsByTag, MAKE_FORMS } from './lexicon';
import { getNlp, offsetSweeper, parse, tagTerms, tokensOf, type Token } from './nlp';
import { vetoFires, type CategoryRules, type Rule, type Veto } from './rule';
import { ALL_CATEGORY_RULES } from './rules';
import { bodyStart, isTopicLabel } from './lead-label';
import { trackingConsentLabel, trackingOptOutLabel } from './tracking-choice';
import { compileCueScan, type CueScan, type StartsTable } from './cue-scan';
import cueStarts from './cue-starts.json';
import { compileNetGate, type NetGate } from './net-gate';
import type { TextTest } from './word-gap';
import { higher, severityForStance } from './severity';
import { decideStance, scopeStart, type StanceResult } from './stance';
import { trimEndChars, trimStartChars } from '../normalize/trim-chars';
import { TERMS_DOC_PLAIN_WORD } from './terms-doc';
import { blankAsides } from './brackets';

/** A heading that names a terms document: the document's title. */
const DOCUMENT_TITLE = new RegExp(String.raw`\b${TERMS_DOC_PLAIN_WORD}`, 'i');

/** What the cue scan needs of each pre-filter test, read ahead of time (cue-scan.ts, StartsTable). */
const CUE_STARTS: StartsTable = cueStarts;

/** Tags marking the action word a negation must precede ("will not USE … to TRAIN"). */
export const ACTION_TAGS = ['TrainVerb', 'ImproveVerb', 'ShareVerb', 'SellVerb', 'RetainVerb', 'ChangeVerb'];
/** "You agree that you will not …: (i) …; (ii) …" — everything after the colon is something the USER may not do. */
const USER_PROHIBITION_HEAD =
  /^[^:]{0,240}\byou\s+(?:(?:agree|undertake|represent)\s+(?:that\s+you\s+(?:will|shall)\s+not|not\s+to)|will\s+not|shall\s+not|may\s+not|must\s+not|can\s*not)\b[^:]{0,200}:/;
/** An aside that names consent both ways, which sets no condition on the act. */
const WITH_OR_WITHOUT = /\bwith\s+or\s+without\b/i;
/** What a hit is read from: the clause's own text, or the same text with its bracketed asides blanked out. */
interface Reading {
  tokens: Token[];
  text: string;
  lower: string;
  stanceAt: Map<string, StanceResult>;
  actorAt: Map<number, Actor>;
}
/** What the analysis knows of a clause besides its text. */
export interface MatchOptions {
  /** Also run the weak-signal rules (sensitivity 'high'). */
  weak?: boolean;
  /** The clause's innermost heading or label. */
  section?: string;
  /** All headings above the clause, outermost first. */
  sectionPath?: readonly string[];
  /**
   * How many of sectionPath's last headings are labels pushed by the analysis (a lead label, a row label), read beside
   * the real path's last two (lead-label.ts isTopicLabel).
   */
  labelHeadings?: number;
  /** The document's own first party (first-party.ts). */
  firstParty?: FirstPartyNames;
  /** Characters of context (a list's lead-ins, a cell's row label) read before the unit's own text. */
  contextEnd?: number;
  /**
   * An earlier unit of the clause's section named recipients of the data (section-recipients.ts): the rules marked
   * `afterRecipients` may run.
   */
  recipientsBefore?: boolean;
  /** The clause or the unit just before it names the recipients (section-recipients.ts recipientsJustBefore). */
  recipientsLast?: boolean;
  /** An earlier unit of the section passed data to the recipients it named (section-recipients.ts recipientsPassedBefore). */
  recipientsPassed?: boolean;
  /**
   * The unit is a paragraph of its own (Clause.paragraph, with no lead-in and no table context). The rules marked
   * `items` are then no candidates. Unset when the shape is an item or not known (a quote, a rule's example).
   */
  paragraph?: boolean;
  /** The unit's lead label offers the opt-out of tracking (tracking-choice.ts trackingOptOutLabel): its grants are one. */
  optOutLabel?: boolean;
  /** …or names consent as the tracking's legal basis (tracking-choice.ts trackingConsentLabel): its grants are opt-ins. */
  consentLabel?: boolean;
}
const STANCE_RANK: Record<Stance, number> = { grant: 2, conditional: 1, restrict: 0 };

type Net = ReturnType<ReturnType<typeof getNlp>['buildNet']>;

interface Compiled {
  /** Per rule id: the rule, its category, its compiled net and that net's index in `gate`. */
  rules: Map<string, { rule: Rule; cat: CategoryRules; net: Net; gated: number }>;
  /** Which candidates' nets could match a clause, from its words, before it is parsed. */
  gate: NetGate;
  /**
   * Every distinct pre-filter test (category `requires`, rule `cue`), then the regexes of the vetoes (read on the
   * candidates before the parse); the lists below hold indices into it.
   */
  tests: TextTest[];
  /** A test's index in `tests`. */
  testIndex: Map<TextTest, number>;
  /**
   * Per category (as ALL_CATEGORY_RULES): its `requires` and each rule's cues, as test indices; the indices of its
   * rules run at sensitivity 'normal' (no weak rule) and at 'high' (all), in order, and of those its section rules
   * alone (all that can pass when the scan rules the requirement out).
   */
  filters: Array<{
    requires: number[] | null;
    cues: number[][];
    normal: number[];
    all: number[];
    sectionNormal: number[];
    sectionAll: number[];
    /** Per rule: what the loop over candidates reads of it, in one shape (rules differ in which keys they set). */
    heads: RuleHead[];
  }>;
  /** Which pre-filter tests a clause cannot pass, from one walk over its words. */
  scan: CueScan;
  /** Per test, for the text being matched: 0 not read yet, 1 passed, 2 failed, 3 not ruled out by the scan, not run. */
  state: Uint8Array;
}

/** The fields of a rule that decide whether it is a candidate before its cues are read. */
interface RuleHead {
  id: string;
  section: RegExp | null;
  sectionWithParent: boolean;
  afterRecipients: boolean;
  /** afterRecipients 'unit before': MatchOptions.recipientsLast is needed too. */
  afterRecipientsLast: boolean;
  /** afterRecipients 'passed to': MatchOptions.recipientsPassed is needed too. */
  afterRecipientsPassed: boolean;
  items: boolean;
}

let compiled: Compiled | null = null;

/** Builds one net per rule, once per context. */
function getCompiled(): Compiled {
  if (compiled) return compiled;
  const nlp = getNlp();
  const rules: Compiled['rules'] = new Map();
  const extra = extraTermsByTag();
  const { tests, testIndex, filters } = preFilters();
  const nets: Net[] = [];
  for (const cat of ALL_CATEGORY_RULES) {
    for (const rule of cat.rules) {
      const net = nlp.buildNet(compilePatterns(rule.match, extra).map((match) => ({ match })));
      rules.set(rule.id, { rule, cat, net, gated: nets.push(net) - 1 });
    }
  }
  compiled = {
    rules,
    gate: compileNetGate(nlp, nets),
    tests,
    testIndex,
    filters,
    scan: compileCueScan(tests, CUE_STARTS),
    state: new Uint8Array(tests.length),
  };
  return compiled;
}

/** The pre-filter tests the cue scan is built over, as the engine lists them (scripts/cue-starts.ts reads them). */
export function cueScanTests(): TextTest[] {
  return preFilters().tests;
}

/** Every distinct pre-filter test and veto regex, and each category's filters as indices into them (see Compiled). */
function preFilters(): Pick<Compiled, 'tests' | 'testIndex' | 'filters'> {
  const tests: TextTest[] = [];
  const index = new Map<TextTest, number>();
  const indexOf = (t: TextTest): number => {
    let i = index.get(t);
    if (i === undefined) index.set(t, (i = tests.push(t) - 1));
    return i;
  };
  const filters = ALL_CATEGORY_RULES.map((cat) => ({
    requires: cat.requires ? cat.requires.map(indexOf) : null,
    cues: cat.rules.map((r) => r.cue.map(indexOf)),
    normal: cat.rules.flatMap((r, i) => (r.weak ? [] : [i])),
    all: cat.rules.map((_, i) => i),
    sectionNormal: cat.rules.flatMap((r, i) => (r.section && !r.weak ? [i] : [])),
    sectionAll: cat.rules.flatMap((r, i) => (r.section ? [i] : [])),
    heads: cat.rules.map((r): RuleHead => ({
      id: r.id,
      section: r.section ?? null,
      sectionWithParent: r.sectionWithParent === true,
      afterRecipients: r.afterRecipients !== undefined,
      afterRecipientsLast: r.afterRecipients === 'unit before',
      afterRecipientsPassed: r.afterRecipients === 'passed to',
      items: r.items === true,
    })),
  }));
  // A global or sticky regex answers by where it last stopped: such a veto is run as it is.
  const plain = (t: Veto['when'] | undefined): t is TextTest =>
    t !== undefined && typeof t !== 'function' && !(t instanceof RegExp && (t.global || t.sticky));
  for (const cat of ALL_CATEGORY_RULES)
    for (const v of cat.vetoes ?? []) for (const t of [v.when, v.unless]) if (plain(t)) indexOf(t);
  return { tests, testIndex: index, filters };
}

/** A rule's match strings as compromise runs them (see expand-pattern.ts). Exposed for the rule meta-test. */
export function compilePatterns(
  match: readonly string[],
  extra: Readonly<Record<string, number>> = extraTermsByTag(),
): string[] {
  return match.flatMap(expandPattern).map((p) => fitMultiTermTags(p, extra));
}

/** One rule firing on a clause, before per-category merging. */
export interface RuleHit {
  rule: string;
  category: CategoryId;
  stance: Stance;
  condition?: Condition;
  severity: Severity;
  evidence: string;
  /** The match is a noun phrase with no verb of its own ("sale of data"): a topic mention, not a statement. */
  nominal?: true;
  actor: Actor;
  /** Fired by a weak-signal rule (shown at sensitivity 'high' only). */
  weak?: true;
  /** Fired by a fallback rule (Rule.fallback): it counts only when no other rule of the category read the clause. */
  fallback?: true;
}

/** Evidence that names an act as a noun ("the sale of your data", "sharing of information"), not a predicate. */
const NOMINAL =
  /^(?:the\s+|any\s+)?(?:sale|sales|selling|renting|rental|sharing|disclosure|disclosures|transfer|transfers|licensing|use|processing|training)\s+of\b/i;

function trimEvidence(s: string): string {
  return trimEndChars(trimStartChars(s, /[\s,;:(]/), /[\s,;:.)]/);
}

/**
 * All rule hits on one clause text, with actor, veto and stance applied. Exposed for the rule meta-test.
 * `weak`: also run the weak-signal rules (sensitivity 'high'). `section`: the clause's section label; a leading
 * label (that one, or a numbered/Title Case heading the clause opens with) is not analysed, see lead-label.ts.
 * Evidence is sliced from the body, so it stays a substring of `clause`.
 */
export function matchClause(clause: string, categories?: ReadonlySet<CategoryId>, opts: MatchOptions = {}): RuleHit[] {
  const contextEnd = opts.contextEnd ?? 0;
  // Context read before the unit (a list's lead-in): the label of a lead-in is no label of the unit, and a text too
  // long to match at once is read without its context.
  if (contextEnd > 0 && clause.length > MAX_MATCH)
    return matchClause(clause.slice(contextEnd), categories, { ...opts, contextEnd: 0 });
  const start = bodyStart(clause, opts.section);
  let text = clause.slice(start);
  // A lead label is the heading of its own clause when the clause has none ("Hosting: Amazon Web Services").
  const label = trimEndChars(clause.slice(0, start), /[\s.:–—-]/);
  const section = opts.section || label || undefined;
  // Under a heading of its own, the label is one more heading below it, which the rules that read headings see: a
  // table row "Model Training | We use chat content to …" under "How we use your information", or "Development and
  // Training of AI Models: …" (the label names the topic, as a heading does; its words are still no statement).
  // Only a label that names the topic (isTopicLabel: not "Note:", "1."), before a body of its own (not a unit that is
  // all label, which the heading rules read as it is); the headings above stay read beside it (labelHeadings).
  if (opts.section && label && start < clause.length && label !== opts.section.trim() && isTopicLabel(label)) {
    const above = opts.sectionPath?.length ? opts.sectionPath : [opts.section];
    opts = { ...opts, sectionPath: [...above, label], labelHeadings: (opts.labelHeadings ?? 0) + 1 };
  }
  if (label && start < clause.length && trackingOptOutLabel(label, text)) opts = { ...opts, optOutLabel: true };
  else if ((!categories || categories.has('tracking')) && trackingConsentLabel(clause.slice(contextEnd)))
    opts = { ...opts, consentLabel: true };
  let sectionOnly = false;
  // A short item that reads like a heading ("Payment processors.") is still an item of the section's list: only the
  // section rules (rule.section) look at it.
  if (!text && opts.section) {
    text = clause;
    sectionOnly = true;
  }
  if (!text) return [];
  if (text.length <= MAX_MATCH)
    return matchBody(text, categories, opts, section, sectionOnly, Math.max(0, contextEnd - start));
  // A clause longer than any real sentence (run-on text from another splitter): match overlapping windows so the
  // cost stays linear in length; a hit wholly inside an overlap is found twice and kept once.
  const hits: RuleHit[] = [];
  const seen = new Set<string>();
  for (const w of windows(text)) {
    for (const h of matchBody(w, categories, opts, section)) {
      const key = `${h.rule}|${h.stance}|${h.evidence}`;
      if (!seen.has(key)) {
        seen.add(key);
        hits.push(h);
      }
    }
  }
  return hits;
}

/** How much text rejectAfter and rejectBefore see on each side of a hit (characters). */
export const HIT_VIEW = 80;

/** Longest text given to compromise and the cue regexes at once (characters); clauses from splitters are ≤ 1000. */
export const MAX_MATCH = 1200;
const OVERLAP = 300;

/** Slices of at most MAX_MATCH characters, overlapping by ~OVERLAP, cut at whitespace where possible. */
function windows(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_MATCH);
    if (to < text.length) {
      const sp = text.lastIndexOf(' ', to);
      if (sp > from + MAX_MATCH / 2) to = sp;
    }
    out.push(text.slice(from, to));
    if (to >= text.length) break;
    let next = Math.max(from + 1, to - OVERLAP);
    const sp = text.indexOf(' ', next);
    if (sp >= 0 && sp < to) next = sp + 1;
    from = next;
  }
  return out;
}

function matchBody(
  text: string,
  categories: ReadonlySet<CategoryId> | undefined,
  opts: MatchOptions,
  section: string | undefined,
  sectionOnly = false,
  from = 0,
): RuleHit[] {
  const weak = opts.weak === true;
  const headings = opts.sectionPath?.length ? opts.sectionPath : section ? [section] : [];
  // The reader's role in two words read as one ("account holders", actor.ts joinReaderRoles) by the vetoes and rejects
  // that name the reader; of the same length, so every offset into it is one into `text`.
  const lower = joinReaderRoles(text.toLowerCase());
  const sectionLower = section?.toLowerCase() ?? '';
  // The clause's section and the one above it, for the few rules that read both (built when one is reached); a heading
  // that names the document ("Acme AI Terms of Service") is its title, not a section about something.
  let pathLower: string | undefined;
  const headingPath = (): string =>
    (pathLower ??= headings
      .slice(-2 - (opts.labelHeadings ?? 0))
      .filter((h, i, near) => i === near.length - 1 || !DOCUMENT_TITLE.test(h))
      .join(' › ')
      .toLowerCase());
  const candidates = new Set<string>();
  const { rules, gate, filters, scan, state, testIndex } = getCompiled();
  // The scan rules out most tests without running them; a test shared by several rules runs once per text.
  scan.scan(lower);
  state.fill(0);
  const passes = (i: number): boolean => {
    let s = state[i]!;
    if (s === 0 || s === 3) state[i] = s = scan.passes(i, lower) ? 1 : 2;
    return s === 1;
  };
  // What the scan alone rules out, without running a regex (kept as a failed test; what it leaves, as 3, so that a
  // test shared by several rules is read from the scan once).
  const ruledOut = (i: number): boolean => {
    let s = state[i]!;
    if (s === 0) state[i] = s = scan.possible(i) ? 3 : 2;
    return s === 2;
  };
  for (let c = 0; c < ALL_CATEGORY_RULES.length; c++) {
    const cat = ALL_CATEGORY_RULES[c]!;
    if (categories && !categories.has(cat.category)) continue;
    const { requires, cues, normal, all, sectionNormal, sectionAll, heads } = filters[c]!;
    // A rule is a candidate only when every cue and the category's requirement pass: what the scan rules out is read
    // first (the requirement once per category), so no cue regex runs for a rule that a later cue or the requirement
    // already excludes. The requirement's own regexes run only when a rule's cues pass: most clauses fail every cue.
    let required: boolean | undefined = requires?.every(ruledOut) ? false : undefined;
    // Ruled out, the requirement leaves only the section rules, in the same order.
    const order = required === false ? (weak ? sectionAll : sectionNormal) : weak ? all : normal;
    next: for (const r of order) {
      const rule = heads[r]!;
      if (sectionOnly && !rule.section) continue;
      if (rule.afterRecipients && !opts.recipientsBefore) continue;
      if (rule.afterRecipientsLast && !opts.recipientsLast) continue;
      if (rule.afterRecipientsPassed && !opts.recipientsPassed) continue;
      if (rule.items && opts.paragraph) continue;
      const heading = rule.sectionWithParent ? headingPath() : sectionLower;
      if (rule.section ? !(heading && sectionPasses(rule.section, heading)) : required === false) continue;
      const own = cues[r]!;
      for (const i of own) if (ruledOut(i)) continue next;
      for (const i of own) if (!passes(i)) continue next;
      if (!rule.section) {
        required ??= !requires || requires.some(passes);
        if (!required) continue;
      }
      candidates.add(rule.id);
    }
  }
  if (candidates.size === 0) return [];
  // Most clauses that pass the cues still cannot match: the parse is skipped when no candidate's net could. Read before
  // the vetoes: the gate rules out every candidate of about four clauses in ten that reach it, the vetoes of one in ten,
  // and it costs less than they do. Neither reads what the other decides, so the order changes no result.
  gate.read(lower);
  for (const id of candidates) if (!gate.possible(rules.get(id)!.gated)) candidates.delete(id);
  if (candidates.size === 0) return [];
  // A category's veto reads the clause text only, so a vetoed candidate is dropped before the (costlier) parse.
  const vetoed = new Map<string, boolean>();
  let headingsLower: string | undefined;
  for (const id of candidates) {
    const { rule, cat } = rules.get(id)!;
    const key = `${cat.category}|${!!rule.section}`;
    if (!vetoed.has(key)) {
      const ctx = {
        sectionItem: !!rule.section,
        headings: (headingsLower ??= headings.join(' › ').toLowerCase()),
        unitStart: from,
        firstParty: opts.firstParty,
        passes: (t: TextTest): boolean => {
          const i = testIndex.get(t);
          return i === undefined ? t.test(lower) : passes(i);
        },
      };
      vetoed.set(key, !!cat.veto?.(lower, ctx) || !!cat.vetoes?.some((v) => vetoFires(v, lower, ctx)));
    }
    if (vetoed.get(key)) candidates.delete(id);
  }
  if (candidates.size === 0) return [];
  const prohibitionEnd = USER_PROHIBITION_HEAD.exec(lower)?.[0].length ?? -1;
  const doc = parse(text);
  // The service's possessive by name ("Acme's models"), which no lexicon can list, for the patterns that read "our".
  const names = opts.firstParty ?? [];
  tagTerms(doc, 'FirstPartyOwner', (terms) => firstPartyOwners(terms, names));
  // Inside a net the gate knows, from the text it has just read, each pattern that cannot match: the sweep skips those
  // (compromise tries a pattern at every word, and a net that can match holds several that cannot). No other text is
  // read by the gate until these sweeps are done: the vetoes and hitFor match nothing.
  const sweep = offsetSweeper(doc, gate.patternPossible);
  let tokens: Token[] | null = null; // built lazily: most candidate clauses match no pattern
  // Several rules and patterns often match at one action word: its stance (per category) and actor are read once.
  const stanceAt = new Map<string, StanceResult>();
  const actorAt = new Map<number, Actor>();
  const hits: RuleHit[] = [];
  const spans: { category: CategoryId; start: number; end: number }[] = [];
  for (const id of candidates) {
    const { rule, cat, net } = rules.get(id)!;
    for (const offset of sweep(net)) {
      tokens ??= tokensOf(doc);
      const end = offset.start + offset.length;
      const hit = hitFor(rule, cat, offset.start, end);
      if (hit) {
        hits.push(hit);
        spans.push({ category: cat.category, start: offset.start, end });
      }
    }
  }
  // A pattern's gap stops at the first word it may not cross, and an aside between the act and its recipient brings one
  // ("We share your name (and, with your consent, your contacts) with our partners": the gap ends at the aside's own
  // "with"), and a rule that read another act of the clause ("…; we do not disclose your data to advertisers") would
  // leave it hidden. Each data_sharing rule reads the clause once more with its asides blanked out (brackets.ts); a
  // match counts only when an aside closes inside it, before a word of the act, and it overlaps no hit of the category
  // already found. Not the other categories: there an aside often defines a word, and blanked the definition reads as
  // the act ("A pixel (a tiny image, with code in it) lets a sender know that you opened an email" would be tracking).
  const asides = blankAsides(text);
  const missed =
    asides && asides.spans.some((a) => /^\W*\w/.test(text.slice(a.close + 1)))
      ? [...candidates].filter((id) => rules.get(id)!.cat.category === 'data_sharing')
      : [];
  if (asides && missed.length) {
    const plain = parse(asides.text);
    tagTerms(plain, 'FirstPartyOwner', (terms) => firstPartyOwners(terms, names));
    const sweepPlain = offsetSweeper(plain, gate.patternPossible);
    let plainReading: Reading | null = null;
    for (const id of missed) {
      const { rule, cat, net } = rules.get(id)!;
      for (const offset of sweepPlain(net)) {
        const start = offset.start;
        const end = start + offset.length;
        if (!asides.spans.some((a) => a.open >= start && a.close < end && /\w/.test(text.slice(a.close + 1, end))))
          continue;
        if (spans.some((s) => s.category === cat.category && s.start < end && start < s.end)) continue;
        tokens ??= tokensOf(doc);
        plainReading ??= {
          tokens: tokensOf(plain),
          text: asides.text,
          lower: joinReaderRoles(asides.text.toLowerCase()),
          stanceAt: new Map(),
          actorAt: new Map(),
        };
        // The aside-free reading must find the act too: the aside's words may set how the act is read (a consent
        // condition, a user's choice), never make one ("We do not require you to share your name (or, with your
        // consent, your contacts) with our partners" is the user's act).
        const bare = hitFor(rule, cat, start, end, plainReading);
        if (!bare) continue;
        // "With or without your consent" sets no condition: the act is read as the aside-free text reads it.
        const inAside = asides.spans.filter((a) => a.open >= start && a.close < end);
        const noCondition = inAside.some((a) => WITH_OR_WITHOUT.test(text.slice(a.open, a.close + 1)));
        const hit = noCondition
          ? { ...bare, evidence: trimEvidence(text.slice(Math.max(start, from), end)) }
          : hitFor(rule, cat, start, end);
        if (hit) {
          hits.push(hit);
          spans.push({ category: cat.category, start, end });
        }
      }
    }
  }
  return hits;

  function hitFor(
    rule: Rule,
    cat: CategoryRules,
    start: number,
    end: number,
    r: Reading = { tokens: tokens!, text, lower, stanceAt, actorAt },
  ): RuleHit | null {
    const { tokens: toks, text, lower, stanceAt, actorAt } = r;
    // A match wholly inside the context belongs to the context's own unit; one that starts there is judged from where
    // the unit starts ("You must not post content which: attempts to sell …" is all under the prohibition).
    if (end <= from) return null;
    if (Math.max(start, from) >= prohibitionEnd && prohibitionEnd > 0) return null;
    const anchor = anchorIndex(toks, start, end);
    if (anchor < 0) return null;
    if (rule.rejectEvidence?.test(text.slice(start, end), opts.firstParty)) return null;
    if (rule.rejectAfter?.test(lower.slice(end, end + HIT_VIEW))) return null;
    if (rule.rejectBefore?.test(lower.slice(Math.max(0, start - HIT_VIEW), start))) return null;
    if (rule.rejectInUnit?.test(lower.slice(0, start), lower.slice(start, end), lower.slice(end), opts.firstParty))
      return null;
    // The document's own company named as the outside service ("Acme processes …" in Acme's own policy) shares nothing.
    if (cat.category === 'data_sharing' && namesOnlyFirstParty(toks, start, end, opts.firstParty ?? [])) return null;
    const stanceKey = `${anchor}|${cat.category}`;
    let decided = stanceAt.get(stanceKey);
    if (!decided) stanceAt.set(stanceKey, (decided = decideStance(toks, anchor, text, opts.firstParty, cat.category)));
    if (rule.assurance && decided.negated) return null;
    if (rule.implies && decided.negated && !rule.implies.negated) return null;
    const read = rule.implies
      ? impliedStance(rule.implies, decided, lower)
      : rule.assurance && decided.stance === 'grant'
        ? { ...decided, stance: 'restrict' as const }
        : decided;
    // A lead label that offers the opt-out of the tracking the body states (GUIDE S3, T4), or names consent as its
    // legal basis (T5).
    const labelled = cat.category === 'tracking' && read.stance === 'grant' && !decided.trackedRegardless;
    const stance =
      labelled && opts.optOutLabel
        ? { ...read, stance: 'conditional' as const, condition: 'opt_out' as const }
        : labelled && opts.consentLabel
          ? { ...read, stance: 'conditional' as const, condition: 'opt_in' as const }
          : read;
    if (rule.stances && !rule.stances.includes(stance.stance)) return null;
    // The user acting ("you may share…") is no company right, unless the clause frames it as an opt-out/opt-in choice
    // ("you can opt out of the sale": the service sells). A duty or prohibition on the user never is.
    let actor: Actor = 'service';
    if (!rule.userSubject) {
      let read = actorAt.get(anchor);
      if (!read) {
        read = actorOf({
          tokens: toks,
          from: scopeStart(toks, anchor, opts.firstParty),
          anchor,
          text,
          firstParty: opts.firstParty ?? [],
          headings,
          unitStart: from,
        });
        actorAt.set(anchor, read);
      }
      actor = read;
      if (actor === 'user') {
        const choice = stance.stance === 'conditional' || decided.trackedRegardless;
        if (!choice || isUserDuty(toks, anchor, text, opts.firstParty)) return null;
        actor = 'service';
      }
    }
    const weighs = rule.weighsAs?.when.test(lower) ? rule.weighsAs.severity : undefined;
    const own = weighs ?? rule.severity;
    const adjusted = cat.adjustSeverity ? cat.adjustSeverity(lower, own) : own;
    const cap = weighs ? undefined : rule.maxSeverity;
    const base = cap && higher(adjusted, cap) === adjusted ? cap : adjusted;
    // Evidence comes from the unit: a match that begins in the context is cut where the unit begins.
    const evidence = trimEvidence(text.slice(Math.max(start, from), end));
    if (!evidence) return null;
    return {
      rule: rule.id,
      category: cat.category,
      stance: stance.stance,
      ...(stance.condition ? { condition: stance.condition } : {}),
      // A weak signal never outranks a clear one.
      severity: rule.weak ? 'low' : severityForStance(base, stance.stance, stance.condition, stance.genericException),
      evidence,
      ...(NOMINAL.test(evidence) ? { nominal: true as const } : {}),
      actor,
      ...(rule.weak ? { weak: true as const } : {}),
      ...(rule.fallback ? { fallback: true as const } : {}),
    };
  }
}

/**
 * A section rule's heading test, answered once per heading: a page's clauses come in runs under one heading, and the
 * test ran for each of them. A global or sticky regex answers by where it last stopped: it is run as it is.
 */
function sectionPasses(test: RegExp, sectionLower: string): boolean {
  if (test.global || test.sticky) return test.test(sectionLower);
  const last = sectionRead.get(test);
  if (last?.text === sectionLower) return last.pass;
  const pass = test.test(sectionLower);
  sectionRead.set(test, { text: sectionLower, pass });
  return pass;
}
const sectionRead = new Map<RegExp, { text: string; pass: boolean }>();

/** Every recipient named in [start, end) (a named service, platform or third party) is the document's first party. */
function namesOnlyFirstParty(
  tokens: readonly Token[],
  start: number,
  end: number,
  firstParty: FirstPartyNames,
): boolean {
  if (!firstParty.length) return false;
  let named = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.start >= end) continue;
    if (!t.tags.some((g) => RECIPIENT_TAGS.has(g))) continue;
    if (!inFirstParty(tokens, i, firstParty)) return false;
    named = true;
  }
  return named;
}
const RECIPIENT_TAGS = new Set(['NamedService', 'BigTech', 'ThirdParty']);

/**
 * The stance a rule's pattern states by itself (Rule.implies), in place of the heuristic one; a decided opt-in its
 * `yieldsTo` reads in the unit stands. Exported for tests.
 */
export function impliedStance(
  implies: NonNullable<Rule['implies']>,
  decided: StanceResult,
  lower: string,
): StanceResult {
  const { negated, genericException } = decided;
  if (decided.stance === 'conditional' && decided.condition === 'opt_in' && implies.yieldsTo?.test(lower))
    return decided;
  if (negated && implies.negated === 'conditional' && implies.condition) {
    // With `over`, a choice the sentence states itself stands ("we will not use …, unless you opt in via your training
    // settings"); without it the rule's condition is the reading.
    if (implies.over && !implies.over.includes('conditional') && decided.stance === 'conditional') return decided;
    return { stance: 'conditional', condition: implies.condition, negated, genericException };
  }
  if (negated && implies.negated) return { stance: implies.negated, negated, genericException };
  if (implies.over && !implies.over.includes(decided.stance)) return decided;
  return implies.stance === 'conditional' && implies.condition
    ? { stance: implies.stance, condition: implies.condition, negated, genericException }
    : { stance: implies.stance, negated, genericException };
}

/**
 * The last action-tagged token inside [start, end), else the last token of the match (or "make", below). An action word
 * right after a user word, with an action before it, is the verb of a relative clause on the object ("we keep the
 * information you give us as long as necessary"): the earlier action stays the anchor.
 */
function anchorIndex(tokens: readonly Token[], start: number, end: number): number {
  let first = -1;
  let last = -1;
  let action = -1;
  let user = false;
  let made = false;
  let available = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start < start || t.start >= end) continue;
    if (first < 0) {
      first = i;
      made = MAKE_FORMS.has(t.normal);
    }
    last = i;
    if (made && AVAILABLE_WORDS.has(t.normal)) available = true;
    if (t.tags.includes('UserSubject') && !available) user = true;
    if (!t.tags.some((g) => ACTION_TAGS.includes(g))) continue;
    if (action >= 0 && tokens[i - 1]?.tags.includes('UserSubject')) continue;
    // Inside the object of "make … available", an act after the user is a clause on the object ("the data you
    // provide to us", "copies of the data you store when you use our service"), not the act the match names.
    if (made && user && !available) continue;
    action = i;
  }
  if (action >= 0) return action;
  // "make <object> available to …" (the lexicon's "make available" is one term only when its words touch): with the
  // user as the subject of a clause inside the object ("the data we collect when you use our apps"), the act is read
  // from "make", not from the recipient after that clause.
  return user && made ? first : last;
}

/**
 * Merges the hits of one clause into at most one finding per category, so a clause never yields both a grant and a
 * restrict in one category. Rule: the grant-most stance wins (a clause that denies one thing and grants another in
 * the same category is reported by what it grants: "we do not sell your contacts, but we may sell usage data to
 * partners" is a sale), EXCEPT that hits which only name the act as a noun ("Sale of data", a heading-like fragment
 * or topic mention with no verb of its own) never outvote a stance carried by a verb: "Sale of data. Meetly does
 * not sell your personal information." is a restrict. Severity is the highest of the winning stance, evidence the
 * union. Two categories ("we do not sell X, but we share Y") stay two findings.
 */
export function findingsForClause(clauseId: string, hits: readonly RuleHit[]): Finding[] {
  const byCat = new Map<CategoryId, RuleHit[]>();
  for (const h of hits) byCat.set(h.category, [...(byCat.get(h.category) ?? []), h]);
  // The main predicate decides: nominal hits count only when the category has no verbal hit in this clause.
  for (const [category, hs] of byCat) {
    const verbal = hs.filter((h) => !h.nominal);
    if (verbal.length && verbal.length < hs.length) byCat.set(category, verbal);
  }
  // A fallback reading (a section's context standing in for what the clause leaves out) yields to the clause's own.
  for (const [category, hs] of byCat) {
    const own = hs.filter((h) => !h.fallback);
    if (own.length && own.length < hs.length) byCat.set(category, own);
  }
  const out: Finding[] = [];
  for (const [category, hs] of byCat) {
    const best = hs.reduce((a, b) =>
      STANCE_RANK[b.stance] > STANCE_RANK[a.stance] ||
      (STANCE_RANK[b.stance] === STANCE_RANK[a.stance] && higher(b.severity, a.severity) !== a.severity)
        ? b
        : a,
    );
    const same = hs.filter((h) => h.stance === best.stance);
    const severity = same.reduce<Severity>((s, h) => higher(s, h.severity), 'low');
    out.push({
      clauseId,
      category,
      stance: best.stance,
      ...(best.condition ? { condition: best.condition } : {}),
      severity,
      evidence: dedupeEvidence(same.map((h) => h.evidence)),
      rule: best.rule,
      actor: best.actor,
    });
  }
  return out;
}

/**
 * Distinct evidence phrases, dropping any phrase contained in a longer one ("train our AI" next to "train our AI
 * models" keeps only the latter). Case-insensitive containment; first-seen order of the kept phrases.
 */
export function dedupeEvidence(phrases: readonly string[]): string[] {
  const uniq = [...new Set(phrases.filter(Boolean))];
  const lower = uniq.map((p) => p.toLowerCase());
  return uniq.filter(
    (p, i) => !lower.some((q, j) => j !== i && (q.length > p.length ? q.includes(lower[i]!) : q === lower[i] && j < i)),
  );
}
