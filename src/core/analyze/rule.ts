// The shape of a rule: declarative data plus the examples that pin its behaviour (checked by rules.test.ts).
import { isNonFinalPeriod } from '../extract/split-sentences';
import type { CategoryId, Condition, Severity, Stance } from '../types';
import type { FirstPartyNames } from './first-party';
import type { TextTest } from './word-gap';

/**
 * An example clause and the finding the analyser must produce for it (a plain string means a `grant`), optionally under
 * a section title, or after an earlier unit of its section (`before`, for the rules marked `afterRecipients`). Its
 * shape (list item or paragraph, MatchOptions.paragraph) is left unknown unless `paragraph` says it.
 */
export type Example =
  | string
  | { text: string; stance: Stance; condition?: Condition; section?: string; before?: string; paragraph?: boolean };
/**
 * A clause that must not produce the rule's finding, optionally under a section title or after an earlier unit, or
 * as a paragraph of its own (for the rules marked `items`).
 */
export type NegativeExample =
  | string
  | { text: string; section: string; paragraph?: boolean }
  | { text: string; paragraph: boolean }
  | { text: string; before: string };

export interface Rule {
  /** "<category>.<slug>", unique across all rules. */
  id: string;
  /**
   * Cheap pre-filter on the lower-cased clause: every regex must match before the clause is parsed at all.
   * Each is a necessary condition of `match` (the meta-test checks mustMatch examples pass it).
   */
  cue: readonly TextTest[];
  /** compromise match syntax (https://observablehq.com/@spencermountain/compromise-match-syntax), one or more. */
  match: readonly string[];
  /** Severity of a plain grant; stance.ts lowers it for conditional/restrictive clauses. */
  severity: Severity;
  /**
   * The most the category's `adjustSeverity` may raise it to ("without notice" makes a change of the terms high; a
   * change of the service or its prices stays below that, GUIDE S1).
   */
  maxSeverity?: Severity;
  /**
   * The clause (lower-cased) also does what a weightier rule of the category covers ("We may modify the Service or
   * these Terms"): the hit then weighs as that rule, from `severity` and with no `maxSeverity`.
   */
  weighsAs?: { when: { test(lower: string): boolean }; severity: Severity };
  /**
   * Stances this rule may report (default: all). "We do not sell your data to third parties" denies a sale, but says
   * nothing about sharing, so the data_sharing rule for selling reports only grant/conditional.
   */
  stances?: readonly Stance[];
  /**
   * The pattern itself states a limit ("your data stays between you and us", "for internal use only"): an un-negated
   * match is a `restrict` (a consent escape still makes it `conditional`); a negated one ("does not stay with us") is
   * dropped, because it says what does not happen without saying what does.
   */
  assurance?: boolean;
  /**
   * The pattern itself states the stance, whatever consent or opt-out wording the stance heuristics find around it:
   * the user's own right to delete their data is a limit on retention (`restrict`), a cookie-preferences control the
   * service offers is an opt-out (`conditional`, `opt_out`). A negated match is reported as `negated` when given
   * ("we do not respond to Do Not Track signals" = a grant), else dropped; `negated: 'conditional'` carries
   * `condition` (with `over`, unless the sentence states a choice of its own). With `over`, it replaces only those
   * decided stances: a choice the sentence states itself ("only if you opt in via your training settings") stands.
   */
  implies?: {
    stance: Stance;
    condition?: Condition;
    negated?: Stance;
    over?: readonly Stance[];
    /**
     * A reading of the unit's own (lower-cased) that the rule's stance gives way to where the decided stance is
     * conditional: a consent-first banner read by tracking-choice.ts stands over a cookie control's opt-out.
     */
    yieldsTo?: { test(lower: string): boolean };
  };
  /** The user is the grammatical subject by design ("if you continue to use …, you agree"): skip the actor check. */
  userSubject?: boolean;
  /**
   * Drop a hit whose matched text matches this ("third parties … we may collect" is the company collecting); a function
   * also gets the document's first-party names, to tell the service as subject from another company.
   */
  rejectEvidence?: RegExp | { test(evidence: string, firstParty?: FirstPartyNames): boolean };
  /** Drop a hit when the text right after the match matches this (lower-cased), e.g. "… with us": data coming in. */
  rejectAfter?: RegExp;
  /** Drop a hit when the text right before the match matches this (lower-cased, the 80 characters before it). */
  rejectBefore?: RegExp | { test(before: string): boolean };
  /**
   * Drop a hit by what its whole unit says (lower-cased): everything before the match, the match, and everything after
   * it, for a reading that may lie further off than rejectAfter and rejectBefore see ("These Terms, together with any
   * modifications, the Order Form … constitute the entire agreement").
   */
  rejectInUnit?: { test(before: string, evidence: string, after: string, firstParty?: FirstPartyNames): boolean };
  /**
   * Weak signal: reported only at sensitivity 'high' (e.g. a bare "we share information" with no recipient named).
   */
  weak?: boolean;
  /**
   * Fallback reading: its hit counts only when no other rule of the category fired on the clause. A heading that
   * supplies the context ("Changes to these Terms") says a change is unilateral; the clause's own words ("if you
   * reject a change, the prior version applies") say more where they say anything.
   */
  fallback?: true;
  /**
   * Section rule: a candidate only when the clause's section title (lower-cased) matches this, and then exempt from
   * the category's `requires` and its "no data word" veto: the heading supplies the context the item leaves out
   * ("Who we share your information with" › "Payment processors."). Plain-text quotes have no section.
   */
  section?: RegExp;
  /**
   * The `section` test reads the section above the clause's too: a subsection of a section about AI is about AI
   * ("Machine Learning Services" › "Acme Assistant"). Not a heading that names the document ("Acme AI Terms"): a
   * title says what the whole document is, not what this part is about.
   */
  sectionWithParent?: true;
  /**
   * Read with its section (GUIDE D13a): a candidate only when an earlier unit of the clause's section named recipients
   * of the data (section-recipients.ts), which the clause itself may leave out ("Such information may be transferred
   * to other countries" after a unit naming the service providers). Its examples give that unit as `before`.
   * `'unit before'`: also only when the clause itself or the unit just before it names them, or it opens a section
   * whose heading does (section-recipients.ts recipientsJustBefore): a "they" that stands for them.
   * `'passed to'`: only when an earlier unit (or a heading) passed data to the recipients it named, not a source, a
   * link or a party that pays (section-recipients.ts passesToRecipients, GUIDE D10).
   */
  afterRecipients?: true | 'unit before' | 'passed to';
  /**
   * Reads list items and table cells only: a unit that is a paragraph of its own (MatchOptions.paragraph) is no
   * candidate. A recipient alone as a paragraph ("Service providers.") is the run-in title of the text after it (GUIDE
   * D9), and a paragraph that opens with a recipient is a sentence about it, not an entry of a sharing list.
   */
  items?: true;
  /** Why the rule exists, for reviewers and the finding card. */
  why: string;
  /** Clauses this rule must flag (any rule of the category may win, but this one must fire). */
  mustMatch: readonly Example[];
  /** Clauses that must NOT produce this rule's finding (no match, or suppressed by actor/context checks). */
  mustNotMatch: readonly NegativeExample[];
}

/** What a veto knows of a clause besides its text. */
export interface VetoContext {
  /** The hit comes from a section rule (its heading names the context the item leaves out). */
  sectionItem: boolean;
  /** The headings above the clause, lower-cased and joined by " › " (absent in plain text). */
  headings?: string;
  /**
   * Answers `t.test(lower)` for the clause, through the engine's cue scan and the answers it already has (the
   * pre-filter ran many of the same tests); absent, the test is run.
   */
  passes?: (t: TextTest) => boolean;
  /**
   * Where the unit's own words start in the text: before it is its context (a list's lead-ins, a table cell's row
   * label and column header), read with the unit but not said by it. Absent: the whole text is the unit.
   */
  unitStart?: number;
  /** The document's first party (first-party.ts): data sent to it by name comes in ("partners share it with Acme"). */
  firstParty?: FirstPartyNames;
}

/**
 * The sentences of a lower-cased clause, for a veto that must hold for the sentence it is about, not for the clause a
 * neighbouring sentence shares (a warranty beside a licence, a suspension for breach beside a price change).
 */
export function sentencesOf(lower: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of lower.matchAll(/[.!?]\s+(?=[a-z(“"])/g)) {
    // The extractor's abbreviations ("e.g.", "inc.", "no.") and, the case lost, any single letter ("j. smith").
    if (
      m[0][0] === '.' &&
      (isNonFinalPeriod(lower, m.index, start) || /(?:^|[^\p{L}.])\p{L}$/u.test(lower.slice(0, m.index)))
    )
      continue;
    out.push(lower.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(lower.slice(start));
  return out;
}

/** The unit's own words in the clause's lower-cased text, without the lead-ins and labels read with it. */
export function unitWords(lower: string, ctx: VetoContext): string {
  return lower.slice(ctx.unitStart ?? 0);
}

/**
 * A veto as a record: the clauses it drops, why, and the examples it must and must not veto (checked by the rule
 * meta-test, like a rule's examples). `when` and `unless` read the lower-cased clause.
 */
export interface Veto {
  /** "<category>.<slug>", unique across rules and vetoes. */
  id: string;
  when: TextTest | ((lower: string, ctx: VetoContext) => boolean);
  /** The clause is kept after all when this matches too (e.g. it also sells data outright). */
  unless?: TextTest;
  /** The veto drops the model's findings of the category too (model/candidates.ts proposes from words alone). */
  model?: true;
  why: string;
  /** Clauses (as written, any case) the veto must drop. */
  mustVeto: readonly string[];
  /** Clauses the veto must leave to the rules, the near misses of `mustVeto`. */
  mustNotVeto: readonly string[];
}

/** True when `veto` drops the clause (lower-cased text). */
export function vetoFires(veto: Veto, lower: string, ctx: VetoContext = { sectionItem: false }): boolean {
  const test = (t: TextTest): boolean => ctx.passes?.(t) ?? t.test(lower);
  const hit = typeof veto.when === 'function' ? veto.when(lower, ctx) : test(veto.when);
  return hit && !(veto.unless !== undefined && test(veto.unless));
}

/** One category's rule file. */
export interface CategoryRules {
  category: CategoryId;
  rules: readonly Rule[];
  /**
   * Context the patterns cannot see, as data: a candidate clause that any veto fires on yields no finding of the
   * category ("third-party websites we link to", "we sell products"). Read before the parse, on the lower-cased text.
   */
  vetoes?: readonly Veto[];
  /** A veto not yet written as a record (kept for categories whose vetoes are still code). */
  veto?: (lower: string, ctx: VetoContext) => string | null;
  /**
   * Optional pre-filter for the whole category, tested before any rule cue: a necessary condition of every finding
   * (typically what `veto` would otherwise reject anyway, e.g. "no data in clause"): the clause must match ANY of
   * these. Most clauses are settled by the first; separate regexes stay fast where one joined regex of the same
   * alternatives ran several times slower (V8 does not optimise very large alternations as well).
   */
  requires?: readonly TextTest[];
  /**
   * Optional severity override from the whole clause (lower-cased), e.g. "service providers on our behalf" → low.
   */
  adjustSeverity?: (lower: string, base: Severity) => Severity;
}
