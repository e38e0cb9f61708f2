// The on-device clause analyser: clauses in, findings + risk summary out. Pure: no browser API, no network.
import {
  CATEGORY_IDS,
  MENTION_ROLES,
  type AnalysisResult,
  type CategoryId,
  type Clause,
  type ClauseRole,
  type Finding,
  type MentionRole,
  type Sensitivity,
} from '../types';
import { notAnalysedSummary, summarize } from '../score';
import { DEFAULT_VIEW, findingsShown } from '../report/view';
import { ALL_CATEGORY_RULES } from './rules';
import { COOKIE_LIST, COOKIE_PARTY_CELL_RULE, TRACKER_ROW_LABEL, cookieCellSection } from './rules/data-sharing';
import { findingsForClause, matchClause, type MatchOptions, type RuleHit } from './engine';
import { TERMS_DOC_PLAIN_WORD } from './terms-doc';
import { firstPartyNames, type FirstPartyNames } from './first-party';
import { isExceptAsAllowedItem, joinReaderRoles } from './actor';
import { bodyStart, isHeadingLike, isTopicLabel } from './lead-label';
import {
  CONDITION_WORDS,
  MODAL_WORDS,
  READER_CHOICE_AUXILIARIES,
  READER_ROLE_DETERMINERS,
  READER_ROLES,
  READER_THIRD_PERSON,
  USER_PARTIES,
} from './lexicon';
import { wordsPattern } from './word-pattern';
import { withLeadRight } from './lead-right';
import { MODEL_CATEGORIES, modelRuleId, shippedClassifier, withModel, type Classifier } from './model';
import { vetoFires } from './rule';
import {
  namesRecipients,
  recipientsBefore,
  recipientsPassedBefore,
  recipientsJustBefore,
  sectionAfter,
  usersBefore,
  type SectionBefore,
} from './section-recipients';
import { textToClauses } from './plain-text';
import { cellHeaders, yesCellSentence } from './table-cell';
import { ANALYSER_VERSION } from './version';

export { ANALYSER_VERSION } from './version';
export { findFirstParty } from './first-party';
export type { SectionBefore } from './section-recipients';

export interface AnalyzeOptions {
  /** Primary language of the text ("en", "de", "und"); only English is supported. "und"/unset is treated as English. */
  lang?: string;
  /** Restrict to these categories (default: all). */
  categories?: CategoryId[];
  /**
   * low: drop low-severity findings. normal (the default): every rule except the weak-signal ones. high: also the
   * weak-signal rules (`weak: true` in the rule files: named analytics services, "we may provide/transfer your data"
   * with no recipient, "improve our automated/recommendation systems" without an AI word). Weak findings are capped
   * at low severity. every: all three at once, each finding marked with the lowest sensitivity that shows it
   * (Finding.shownFrom): what the extension stores, so that the user's setting applies when a report is shown
   * (core/report/view.ts).
   */
  sensitivity?: Sensitivity | 'every';
  /**
   * The document's own first party, lower-cased names (`findFirstParty` in first-party.ts): "Acme may use your
   * content to train" is then the service acting. Without it only "we", "us" and "the company" name the service.
   */
  firstParty?: readonly string[];
  /**
   * The sentence classifier beside the rules (model/MODEL.md). Unset: as shipped, the model adds units the rules
   * missed in the categories of model/switch.ts. 'off': rules only. 'both': the model may add to every category.
   * 'only': the model alone (no rule runs), for measuring it.
   */
  model?: 'off' | 'only' | 'both';
  /** The classifier's weights (default: the shipped ones, model/weights.json); the eval passes its fold models. */
  classifier?: Classifier;
  /**
   * For clauses that are a part of a document (a streamed page's part, a worker's range): what the units before the
   * first clause established about its section (section-recipients.ts), so that the part reads as in the whole.
   */
  sectionBefore?: SectionBefore;
}

/**
 * Analyses clauses. For a non-English language the result has languageSupported:false, no findings, and a summary
 * with no grade and a driver saying the text was not analysed, so that no UI shows an all-clear. The summary here
 * grades the clauses as given; the side that shows a page grades it as detected (score/summaryOf).
 */
export function analyzeClauses(clauses: Clause[], opts: AnalyzeOptions = {}): AnalysisResult {
  const lang = (opts.lang ?? 'en').toLowerCase();
  if (lang !== 'und' && !/^en\b/.test(lang)) {
    return {
      analyserVersion: ANALYSER_VERSION,
      ...(opts.sensitivity === 'every' ? { coverage: 'all-settings' as const } : {}),
      languageSupported: false,
      findings: [],
      summary: notAnalysedSummary(),
    };
  }
  // With the model on, categories left out are filtered from the result, not skipped: the model reads the rules'
  // findings of every category to decide what it adds, so a narrower analysis must be the wider one filtered (as a
  // stored record is when it is shown under the user's settings). Rules alone are independent per category.
  const wanted = opts.categories ? new Set(opts.categories) : undefined;
  const only = opts.model === 'off' ? wanted : undefined;
  const findings: Finding[] = [];
  const firstParty = firstPartyNames(opts.firstParty);
  const modelCategories = (opts.model === 'off' ? [] : opts.model ? CATEGORY_IDS : MODEL_CATEGORIES).filter(
    (c) => !only || only.has(c),
  );
  let before = opts.sectionBefore;
  const read = readOnce();
  for (const clause of clauses) {
    // Read with the units before it in its section (GUIDE D13a): whether they named recipients of the data, and the
    // unit just before is not about the users (who "they" would be then).
    const recipients = recipientsBefore(before, clause.sectionPath) && !usersBefore(before, clause.sectionPath);
    // … and whether "they" may be them: the unit or the one just before it names them (recipientsJustBefore).
    // Whether the unit itself names recipients is read once, for both.
    const namedHere = namesRecipients(clause);
    const recipientsLast = recipients && recipientsJustBefore(before, clause, namedHere);
    // … and whether one of them passed data to those it named, not only named them (a source, a link).
    const recipientsPassed = recipients && recipientsPassedBefore(before, clause.sectionPath);
    before = sectionAfter(before, clause, namedHere);
    // A heading or header cell alone takes no right: it is context for the units under it.
    if (clause.role === 'heading') continue;
    const every = opts.sensitivity === 'every';
    const ownHits =
      opts.model === 'only'
        ? []
        : matchInContext(
            read,
            clause,
            only,
            every || opts.sensitivity === 'high',
            firstParty,
            recipients,
            recipientsLast,
            recipientsPassed,
          );
    // A unit whose own subject is the user ("You are responsible for the data you instruct us to share …") says what
    // the user does, not whom the lead-in's sharing goes to.
    const hits =
      opts.model === 'only' || USER_OPENS.test(clause.text) || USER_OPENS.test(roleOpeningAsYou(clause))
        ? ownHits
        : withLeadRight(clause, ownHits, only, {
            section: clause.section,
            sectionPath: clause.sectionPath,
            firstParty,
          });
    if (!hits.length && !modelCategories.length) continue;
    const role = mentionRole(clause.role);
    // Most clauses reach here with no hit (the model reads them all): no findings to merge.
    const found = !hits.length
      ? []
      : every
        ? findingsAtEverySensitivity(clause.id, hits)
        : findingsForClause(clause.id, hits);
    const own = role ? found.map((f) => ({ ...f, role })) : found;
    // Units the rules missed: the model proposes, the rules' stance and actor decide (model/candidates.ts). A list
    // item under the user's duties binds the user, as for the rules.
    const userDuty = (clause.leads ?? []).some((l) => isUserDutyLead(l, clause.text));
    if (!modelCategories.length || userDuty) {
      findings.push(...own);
      continue;
    }
    const model = opts.classifier ?? shippedClassifier();
    const addModel = (ruleFindings: Finding[]): Finding[] =>
      withModel(model, clause, ruleFindings, modelCategories, firstParty).filter(
        (f) => f.rule !== modelRuleId(f.category) || !vetoedRecord(f.category, clause),
      );
    findings.push(...(every ? modelAtEverySensitivity(own, addModel) : addModel(own)));
  }
  const kept = findings.filter(
    (f) => (!wanted || wanted.has(f.category)) && (opts.sensitivity !== 'low' || f.severity !== 'low'),
  );
  // Every sensitivity at once: the summary is of the default view, as the CLI and exports show it.
  const shown = opts.sensitivity === 'every' ? findingsShown(kept, DEFAULT_VIEW) : kept;
  return {
    analyserVersion: ANALYSER_VERSION,
    ...(opts.sensitivity === 'every' ? { coverage: 'all-settings' as const } : {}),
    languageSupported: true,
    findings: kept,
    summary: summarize(shown),
  };
}

/**
 * The model beside a clause's findings at every sensitivity. What the model adds depends on what the rules found, and
 * the weak signals (from high) can change that; so it is asked twice, beside what low and normal show and beside what
 * high shows (once when no weak signal changes the clause's rule findings), and each of its findings is shown where it
 * would be found. A model finding is no weak signal: where both agree it shows from the sensitivity its severity
 * allows. A rule finding is kept unless the model vetoes it, which depends on that finding alone.
 */
function modelAtEverySensitivity(own: Finding[], addModel: (ruleFindings: Finding[]) => Finding[]): Finding[] {
  const belowHigh = addModel(own.filter((f) => f.shownFrom !== 'high'));
  // Without a weak signal both sensitivities see the same rule findings, and the model (pure) would answer the same.
  const sameRules = !own.some((f) => f.shownFrom === 'high' || f.hiddenFrom === 'high');
  const atHigh = sameRules ? belowHigh : addModel(own.filter((f) => f.hiddenFrom !== 'high'));
  const isModel = (f: Finding): boolean => f.rule === modelRuleId(f.category);
  const sameAs = (f: Finding): ((g: Finding) => boolean) => {
    const key = JSON.stringify(f);
    return (g) => JSON.stringify(g) === key;
  };
  const out = own.filter((f) => belowHigh.includes(f) || atHigh.includes(f));
  const modelHigh = atHigh.filter(isModel);
  for (const f of belowHigh.filter(isModel)) {
    const kept = modelHigh.some(sameAs(f));
    out.push({ ...f, shownFrom: f.severity === 'low' ? 'normal' : 'low', ...(kept ? {} : { hiddenFrom: 'high' }) });
  }
  const modelBelow = belowHigh.filter(isModel);
  for (const f of modelHigh) if (!modelBelow.some(sameAs(f))) out.push({ ...f, shownFrom: 'high' });
  return out;
}

/**
 * A model finding that a veto record marked for the model drops (a law's terms defined, with no sale named): the model
 * reads words, not what the clause does.
 */
function vetoedRecord(category: CategoryId, clause: Clause): boolean {
  const vetoes = ALL_CATEGORY_RULES.find((c) => c.category === category)?.vetoes ?? [];
  const ctx = { sectionItem: false, headings: clause.sectionPath.join(' › ').toLowerCase() };
  const lower = clause.text.toLowerCase();
  return vetoes.some((v) => v.model && vetoFires(v, lower, ctx));
}

/**
 * A clause's findings at every sensitivity, from one matching with the weak-signal rules on: what the clause yields
 * without them (sensitivity low and normal, a low-severity one from normal) in the order it yields them, then what
 * the weak signals add or change (from high). A weak signal that reads a category of the clause differently hides the
 * finding without it from high on, so each sensitivity sees exactly what an analysis at that sensitivity would.
 */
function findingsAtEverySensitivity(clauseId: string, hits: readonly RuleHit[]): Finding[] {
  const strong = findingsForClause(
    clauseId,
    hits.filter((h) => !h.weak),
  );
  const all = findingsForClause(clauseId, hits);
  const out: Finding[] = [];
  for (const f of strong) {
    const same = JSON.stringify(all.find((a) => a.category === f.category)) === JSON.stringify(f);
    out.push({ ...f, shownFrom: f.severity === 'low' ? 'normal' : 'low', ...(same ? {} : { hiddenFrom: 'high' }) });
  }
  for (const f of all) {
    const s = strong.find((x) => x.category === f.category);
    if (!s || JSON.stringify(s) !== JSON.stringify(f)) out.push({ ...f, shownFrom: 'high' });
  }
  return out;
}

/** Roles whose findings are kept as mentions: the unit names the right, but takes none. */
function mentionRole(role: ClauseRole | undefined): MentionRole | undefined {
  return MENTION_ROLES.find((m) => m === role);
}

/**
 * The hits of one clause, read with its context: a list item after its lead-ins ("We use your information to:" +
 * "train and improve our models"), so the actor, the data and any negation of the lead-in apply to it. Only matches
 * that reach into the item count, and their evidence is cut to the item's own text. An item with a subject of its
 * own ("We may also share it with partners") or that is only a label ("AI training control.") is read alone; an
 * item under a lead-in that sets the user's duties ("You agree not to:", "You must not post content which:") is
 * something the user must or must not do, never a right the service takes.
 */
function matchInContext(
  read: Read,
  clause: Clause,
  only: ReadonlySet<CategoryId> | undefined,
  weak: boolean,
  firstParty: FirstPartyNames,
  recipientsBefore = false,
  recipientsLast = false,
  recipientsPassed = false,
): RuleHit[] {
  const opts: MatchOptions = {
    weak,
    section: clause.section,
    sectionPath: clause.sectionPath,
    firstParty,
    ...(recipientsBefore ? { recipientsBefore } : {}),
    ...(recipientsLast ? { recipientsLast } : {}),
    ...(recipientsPassed ? { recipientsPassed } : {}),
    // Only a unit marked a paragraph is one; a unit with lead-ins or table context is an item, whatever its record says.
    paragraph:
      clause.paragraph === true &&
      !clause.leads?.length &&
      clause.rowLabel === undefined &&
      clause.columnHeader === undefined,
  };
  if ((clause.leads ?? []).some((l) => isUserDutyLead(l, clause.text))) return [];
  const hits = matchWithLeads(read, clause, only, opts);
  // A table cell is an item of its column: under a header that names who receives ("Recipients of “Sales” or
  // “Sharing”"), a cell that names a recipient ("Third-party marketing providers") is read by the section rules as an
  // item under that heading, for the categories its reading with the row did not already give. A table turned round
  // names who receives in the row's label ("Categories of recipients | Service providers"): table-cell.ts.
  const header = clause.columnHeader;
  // Under a column of sources ("Sources", "Collected from") a cell names where data comes from: no sharing (GUIDE D10);
  // a recipients header that says what data it is ("… to whom we disclose the personal information we collect") is not.
  const { recipients, sources } = cellHeaders(clause);
  if (recipients !== undefined) {
    const asItem = read(clause.text, only, {
      ...opts,
      section: recipients,
      sectionPath: [...clause.sectionPath, recipients],
    });
    for (const h of asItem) if (SECTION_RULES.has(h.rule) && !hits.some((x) => x.category === h.category)) hits.push(h);
  }
  // "Yes" under "Sold or shared" or "Disclosed for a business purpose": the row's data goes to others (GUIDE G3, "Sold:
  // Yes" = grant), read as the sentence the header asks; its evidence is the cell.
  const yes = yesCellSentence(clause);
  if (yes !== undefined)
    for (const h of read(yes, YES_CELL_CATEGORIES, opts))
      if ((!only || only.has(h.category)) && !hits.some((x) => x.category === h.category))
        hits.push({ ...h, evidence: clause.text });
  if (sources || hits.some((x) => x.category === 'data_sharing')) return hits;
  if (only && !only.has('data_sharing')) return hits;
  // A cell is also an item of its section's list, read alone: under "Categories of third parties to whom personal
  // information is sold or shared", the cell "Service providers," in the row of "Identifiers" names a recipient,
  // which the reading after its row label ("Identifiers, such as …: Service providers,") does not open with.
  if (clause.rowLabel) {
    const alone = read(clause.text, SHARING_ONLY, opts);
    hits.push(...alone.filter((h) => h.category === 'data_sharing' && SECTION_RULES.has(h.rule)));
    if (hits.some((x) => x.category === 'data_sharing')) return hits;
  }
  // A cell of a cookie list is read with its headings and column (GUIDE D14): "Third Party" under "First Party/Third
  // Party" in "Trackers we use" is a third party's cookie. The row label says what the cookie list is when the header
  // was lost ("Strictly necessary cookie") or when it ends in a tracker ("Advertising cookie" › "Type"); a data row
  // "Cookie identifiers" under a header is no cookie list.
  if ((header !== undefined || clause.rowLabel !== undefined) && THIRD_PARTY_CELL.test(clause.text)) {
    const row = clause.rowLabel !== undefined && (header === undefined || TRACKER_ROW_LABEL.test(clause.rowLabel));
    const where = [
      ...clause.sectionPath,
      ...(header !== undefined ? [header] : []),
      ...(row ? [clause.rowLabel!] : []),
    ].join(' › ');
    if (COOKIE_LIST.test(where.toLowerCase())) {
      const section = cookieCellSection(where);
      const asCell = read(clause.text, SHARING_ONLY, {
        ...opts,
        section,
        sectionPath: [...clause.sectionPath, section],
      });
      hits.push(...asCell.filter((h) => h.rule === COOKIE_PARTY_CELL_RULE));
    }
  }
  return hits;
}

/** The categories a cell's second and third readings look for. */
const SHARING_ONLY: ReadonlySet<CategoryId> = new Set<CategoryId>(['data_sharing']);
/** The categories a "Yes" cell's reading looks for. */
const YES_CELL_CATEGORIES: ReadonlySet<CategoryId> = new Set<CategoryId>(['data_sharing', 'data_sale']);
/** What a cookie list's party cell opens with, tested before the cell is read again. */
const THIRD_PARTY_CELL = /^\W*(?:third|3rd)[\s-]+part/i;

/** The ids of the rules that read an item under its heading (Rule.section). */
const SECTION_RULES: ReadonlySet<string> = new Set(
  ALL_CATEGORY_RULES.flatMap((c) => c.rules.filter((r) => r.section).map((r) => r.id)),
);

/** matchInContext's reading of a clause with its lead-ins, row label and column header, as written before it. */
function matchWithLeads(
  read: Read,
  clause: Clause,
  only: ReadonlySet<CategoryId> | undefined,
  opts: MatchOptions,
): RuleHit[] {
  const leads = clause.leads ?? [];
  const prefix = contextPrefix(clause);
  // An item that completes its lead-in's "if you:" is its condition's clause, whatever subject it has after it.
  const completesCondition = CONDITION_LEAD.test(leads[leads.length - 1] ?? '');
  if (
    !prefix ||
    (!completesCondition &&
      (OWN_SUBJECT.test(clause.text) ||
        OWN_SUBJECT.test(roleOpeningAsYou(clause)) ||
        opensWithFirstParty(clause.text, opts.firstParty)))
  )
    return read(clause.text, only, underRowLabel(clause, opts));
  // A label-like item ("AI training control.") is no fragment of its lead-in, unless the lead-in asks for a verb
  // ("We use information to:" + "Develop and improve AI.").
  // A table cell is short by nature: it is a label only when also written as a title ("Sale Or Sharing Of Data").
  const cell = clause.rowLabel !== undefined || clause.columnHeader !== undefined;
  const label =
    bodyStart(clause.text, clause.section) >= clause.text.length &&
    (!cell || clause.text.split(' ').every((w) => !/^\p{Ll}{4,}/u.test(w)));
  const last = leads[leads.length - 1] ?? '';
  if (label && !TO_LEAD.test(last)) {
    const alone = read(clause.text, only, opts);
    // A purpose named as a label under a lead-in that asks for purposes ("We use your information for the following
    // purposes:" + "Model training and evaluation."): the item carries the lead-in's use (G2). Read so for
    // ai_training, whose purpose is a noun phrase of its own ("model training") and whose label alone has no data.
    const stem = purposeStem(last);
    if (stem === undefined || (only && !only.has('ai_training')) || alone.some((h) => h.category === 'ai_training'))
      return alone;
    // Joined as one sentence, the item reads as it does inline: the lead-in's negation reaches it ("We do not use your
    // information for model training"), and AI only applied stays no training ("… for AI-powered moderation").
    const joined = `${leads
      .slice(0, -1)
      .map((l) => `${l} `)
      .join('')}${stem}${/^to\s/i.test(clause.text) ? ' ' : ' for '}`;
    const item = clause.text.charAt(0).toLowerCase() + clause.text.slice(1);
    const withLead = read(joined + item, AI_ONLY, { ...opts, contextEnd: joined.length });
    return alone.concat(withLead.filter((h) => h.category === 'ai_training'));
  }
  return read(prefix + clause.text, only, { ...opts, contextEnd: prefix.length });
}
/**
 * A cell read alone (it has a subject of its own: "We use chat content to …") is still read under its row's label, as
 * under one more heading: the row "Model Training | We use chat content to improve our services" is about training.
 * Only a label written as a heading (lead-label.ts's isHeadingLike: "Model Training", "Development and Training of AI
 * Models"), not a row that opens with a sentence.
 */
function underRowLabel(clause: Clause, opts: MatchOptions): MatchOptions {
  const row = clause.rowLabel?.trim().replace(/[.:]$/, '');
  if (!row || !isHeadingLike(row) || !isTopicLabel(row)) return opts;
  const above = opts.sectionPath?.length ? opts.sectionPath : opts.section ? [opts.section] : [];
  return {
    ...opts,
    section: opts.section || row,
    sectionPath: [...above, row],
    labelHeadings: (opts.labelHeadings ?? 0) + 1,
  };
}
/**
 * A lead-in that asks for the purposes of a use of the user's data: "We use your information for the following
 * purposes:", "We may use your data for:". Its stem is the lead-in without the ending ("We use your information"); none
 * for a lead-in that names no use of the user's data ("Researchers may use the Acme Open Data Set for …") or lists the
 * reader's duties ("You are solely responsible for:").
 */
function purposeStem(lead: string): string | undefined {
  const text = lead.trimEnd().replace(/:$/, '').trimEnd();
  const at = text.toLowerCase().lastIndexOf(' for');
  if (at < 0 || !PURPOSE_TAIL.test(text.slice(at + 1)) || !USES_USER_DATA.test(text)) return undefined;
  const stem = text.slice(0, at).trimEnd();
  return /\b(?:responsible|liable)$/i.test(stem) ? undefined : stem;
}
/** The ending that asks for purposes: "for", "for the following purposes", "for these purposes". */
const PURPOSE_TAIL = /^for(?:\s+(?:[\w-]+\s+){0,4}?purposes?(?:\s+(?:below|such\s+as|including))?)?$/i;
const USES_USER_DATA = {
  test: (lead: string): boolean =>
    /\b(?:use[sd]?|using|process\w*|analy[sz]\w*)\b/i.test(lead) &&
    /\b(?:(?:your|personal|user|customer)\s+(?:[\w-]+\s+)?(?:data|information|content)|(?:data|information)\s+(?:that\s+)?we\s+collect)\b/i.test(
      lead,
    ),
};
const AI_ONLY: ReadonlySet<CategoryId> = new Set<CategoryId>(['ai_training']);

/** matchClause, as one analysis reads clauses. */
type Read = (text: string, only: ReadonlySet<CategoryId> | undefined, opts: MatchOptions) => RuleHit[];

/**
 * matchClause for one analysis, run once per text read the same way: a page repeats units under one heading (a
 * table's "Yes" and "Service providers" cells, "Learn more", the same item in several lists), about one reading in
 * thirteen on the corpus's longest pages, and matchClause is pure. A reading is looked up by its text and section, then
 * by its categories and every option but the first party, which is the same for the whole analysis (sameOptions): no key
 * string is built per reading, which cost more than the lookup saved. The hits come as a new list, which the reader
 * adds to.
 */
function readOnce(): Read {
  type Reading = { only: readonly CategoryId[] | null; opts: MatchOptions; hits: RuleHit[] };
  // By text, then by section: a text repeated under many headings (a table's "Yes" under each) is compared only with
  // its readings under the same one.
  const done = new Map<string, Map<string | undefined, Reading[]>>();
  return (text, only, opts) => {
    let bySection = done.get(text);
    if (!bySection) done.set(text, (bySection = new Map()));
    let readings = bySection.get(opts.section);
    if (!readings) bySection.set(opts.section, (readings = []));
    const categories = only ? [...only] : null;
    let reading = readings.find((r) => sameList(r.only, categories) && sameOptions(r.opts, opts));
    // The options are copied (a list item by item): a caller that changed its list afterwards must not change the key.
    if (!reading)
      readings.push((reading = { only: categories, opts: copyOptions(opts), hits: matchClause(text, only, opts) }));
    return reading.hits.slice();
  };
}

function copyOptions(opts: MatchOptions): MatchOptions {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) copy[k] = Array.isArray(v) ? [...v] : v;
  return copy as MatchOptions;
}

/** Two lists with the same items in the same order (both null: the same). */
function sameList(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The same options but the first party: each key's value the same, a list item by item (a clause's heading path is
 * copied into each reading's options), an unset key the same as one set to undefined.
 */
function sameOptions(a: MatchOptions, b: MatchOptions): boolean {
  if (a === b) return true;
  const same = (x: Record<string, unknown>, y: Record<string, unknown>): boolean => {
    for (const k in x) {
      if (k === 'firstParty') continue;
      const u = x[k];
      const v = y[k];
      if (u !== v && !(Array.isArray(u) && Array.isArray(v) && sameList(u, v))) return false;
    }
    return true;
  };
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return same(x, y) && same(y, x);
}

/**
 * The text read before a clause: its list's lead-ins, outermost first, as written (a colon stays); for a table cell,
 * its row's first cell and its column's header ("Identifiers: Purpose: Processed and sold for advertising").
 */
function contextPrefix(clause: Clause): string {
  let prefix = clause.leads?.length ? clause.leads.map((l) => `${l} `).join('') : '';
  if (clause.rowLabel) prefix += `${clause.rowLabel}: `;
  if (clause.columnHeader) prefix += `${clause.columnHeader}: `;
  return prefix;
}

/** A lead-in ending in "if you:", "when you:": each item is the user's act that opens the sentence it ends. */
const CONDITION_LEAD = new RegExp(String.raw`\b${wordsPattern(CONDITION_WORDS)}\s+you\s*:\s*$`, 'i');

/** A lead-in ending in "to:": its items are verb phrases that complete it. */
const TO_LEAD = /\bto:?\s*$/i;

/**
 * A lead-in that lists what the user must or must not do: its last part, from the previous colon to the colon that
 * ends it, has "you agree not to", "you must not", "you may not" … (the colon found in code, so the regex stays linear).
 */
function isUserDutyLead(lead: string, item: string): boolean {
  const text = lead.trimEnd();
  // An item of such a list that has items of its own ("except where allowed by these Terms, collect …:").
  if (isExceptAsAllowedItem(text.toLowerCase())) return true;
  // "(d) use the Site to do any of the following without Acme’s prior written permission:": the user needs leave for
  // what the items list; a prohibition with an object of its own ("You agree not to use the Acme Marks without
  // Acme’s prior written permission") lists nothing.
  if (WITHOUT_OUR_LEAVE.test(text) && !/\bwe\b/i.test(text) && (text.endsWith(':') || /\bfollowing\b/i.test(text)))
    return true;
  // Otherwise a lead-in ends in a colon: a whole sentence before a list sets no duty on the items that follow it.
  if (!text.endsWith(':')) return false;
  const body = text.slice(0, -1);
  const last = body.slice(body.lastIndexOf(':') + 1).trimEnd();
  // Accepting the whole document ("YOU AGREE TO BE BOUND BY THE FOLLOWING TERMS:") lists no duty: what follows is
  // every clause of the terms, the service's own included.
  if (ACCEPTS_TERMS.test(last)) return false;
  // "You—and anyone you allow to use the Services (…)—must not:": the duty ends the lead, its subject opens it.
  if (USER_DUTY.test(last) || (/^\W*you\b/i.test(last) && DUTY_END.test(last))) return true;
  // "By posting Content, User shall:" + "… User provides to Acme a licence to use his/her Content": a duty to hand
  // the company a right is the company's right.
  const party = PARTY_DUTY_LEAD.exec(last);
  if (!party) return false;
  // "Our service providers and advertisers must:" + "not share your personal information …": a limit on recipients
  // of the reader's data, not the reader's own duty.
  if (!/^(?:user|member)s?$/i.test(party[1]!) && /\byours?\b/i.test(item)) return false;
  return /\b(?:not|cannot)(?:\sto)?$/i.test(last) || !HANDS_RIGHT.test(item);
}
const HANDS_RIGHT = /\b(?:grants?|licen[cs]es?|authori[sz]es?)\b/i;
/**
 * A lead-in that ends with a duty on a party standing for the user: "Publishers must:", "6.4 In addition, Publisher
 * will:", "By posting Content, User shall:", "Customer agrees not to:".
 */
const PARTY_DUTY_LEAD = new RegExp(
  String.raw`\b((?:${[...USER_PARTIES, 'user', 'member'].join('|')})s?)\s(?:also\s|further\s)?(?:must|shall|will|(?:agrees?|undertakes?)\s(?:not\s)?to|(?:may|will|should)\snot|cannot|(?:is|are)\s(?:not\s(?:allowed|permitted)|prohibited\sfrom|required\sto))(?:\snot)?$`,
  'i',
);
/** Leave the service gives: "without our consent", "without Acme’s prior written permission" (not the user's). */
const WITHOUT_OUR_LEAVE =
  /\bwithout\s+(?:our|(?!(?:user|customer|member|subscriber|consumer|individual|child|parent)['’]s)[\w-]+['’]s)\s+(?:(?:prior|express|explicit|written)\s+)*(?:permission|consent|approval|authori[sz]ation)\b/i;
/** "you agree to be bound by the following terms", "you agree to these Terms of Service": the document accepted. */
const ACCEPTS_TERMS = new RegExp(
  String.raw`\bagree\s+to\s+(?:be\s+bound\s+by,?\s+)?(?:the\s+|these\s+)?(?:following\s+)?(?:[\w-]+\s+)?${TERMS_DOC_PLAIN_WORD}`,
  'i',
);
/** The end of a lead-in that binds its subject: "… must not", "… shall not", "… agree not to". */
const DUTY_END = /\b(?:must|shall|will|may|should)\s+not$|\b(?:cannot|agrees?\s+not\s+to|undertakes?\s+not\s+to)$/i;
const USER_DUTY =
  /\byou\s+(?:also\s+|further\s+)?(?:(?:agree|undertake|promise)\s+(?:not\s+)?to\b|agree$|must\b|shall\b|will\s+not\b|may\s+not\b|cannot\b|can\s*not\b|should\s+not\b|are\s+(?:not\s+)?(?:allowed|permitted|prohibited)\b)/i;
/** A unit's start, past its list mark if it has one ("a) ", "2. "). */
const UNIT_OPENING = String.raw`^\W*(?:(?:[a-z]{1,6}|\d{1,2})[.)]\s+)?`;
/**
 * A unit that opens with "you" as its subject ("You are responsible for …", "You may …"); not the user accepting the
 * company's act ("you agree that Acme offers to a third party …").
 */
const USER_OPENS = new RegExp(
  String.raw`${UNIT_OPENING}you\s+(?!and\b|(?:hereby\s+|also\s+)?(?:agree|consent|authori[sz]e|grant|acknowledge|accept|understand|permit|allow)\b)`,
  'i',
);
/** An item with its own subject: "we"/"they" anywhere, or an opening "you". It is read without its lead-in. */
const OWN_SUBJECT = new RegExp(String.raw`\b(?:we|they)\b|${UNIT_OPENING}you\b`, 'i');
/**
 * The reader by its role opening a unit as the subject of a verb ("Users must …", "The Customer is responsible …",
 * "Each user must …", "Account holders are …"): the role, to be read as an opening "you". Not a role naming whose thing
 * it is ("Customer Content may be used …", "Users' data is …"): an auxiliary must follow it.
 */
const ROLE_OPENS = new RegExp(
  String.raw`(${UNIT_OPENING})((?:${wordsPattern(READER_ROLE_DETERMINERS)}\s+)?${wordsPattern(READER_ROLES)}s?)(?=\s+${wordsPattern([...MODAL_WORDS, ...READER_CHOICE_AUXILIARIES, ...Object.keys(READER_THIRD_PERSON)])}\b)`,
  'i',
);
/** The reader addressed as "you" in the unit: a role beside it names other people ("Members can see your posts"). */
const ADDRESSES_YOU = /\byou(?:rs?)?\b/i;
/**
 * The unit with an opening role as its subject written "you" (ROLE_OPENS), for the readings of an opening "you"; only
 * an item under a lead-in is read so, and only when the unit does not call the reader "you" besides.
 */
function roleOpeningAsYou(clause: Clause): string {
  const text = clause.text;
  if (!clause.leads?.length || ADDRESSES_YOU.test(text)) return text;
  return joinReaderRoles(text).replace(ROLE_OPENS, '$1you');
}

/** What follows the first party's name when it is the subject: "Acme may …", "Acme reserves the right …". */
const SUBJECT_VERB = /^(?:may|will|shall|can|might|must|would|could|reserves|retains|does|is|has)$/;
const UNIT_OPENING_RX = new RegExp(UNIT_OPENING);

/**
 * An item that opens with the document's first party as its subject ("Acme may update these Terms …"): a sentence of
 * its own, like one that opens with "we", not a fragment of the lead-in before it ("Acme affiliates;" is one).
 */
function opensWithFirstParty(text: string, firstParty: FirstPartyNames | undefined): boolean {
  const words = text.replace(UNIT_OPENING_RX, '').toLowerCase().split(/\s+/, 8);
  return (firstParty ?? []).some(
    (name) => name.every((w, k) => words[k] === w) && SUBJECT_VERB.test(words[name.length] ?? ''),
  );
}

/** Convenience for plain text and markdown: splits into sentence clauses, then analyses them. */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): AnalysisResult & { clauses: Clause[] } {
  const clauses = textToClauses(text);
  return { ...analyzeClauses(clauses, opts), clauses };
}

/**
 * Builds what the analyser otherwise builds on its first clause (compromise's lexicon, every rule's match net, the cue
 * regexes V8 compiles on first use): on a cold worker that is most of the first page's analysis time. Called when
 * the worker starts, so it overlaps the page's own reading. It analyses one example of every rule, at high
 * sensitivity so that the weak rules are built too. Returns the categories the examples reached (a test holds it to all).
 */
export function prepareAnalyser(): Set<CategoryId> {
  const examples = ALL_CATEGORY_RULES.flatMap((cat) => cat.rules.map((rule) => rule.mustMatch[0]));
  const text = examples.map((e) => (e === undefined ? '' : typeof e === 'string' ? e : e.text)).join('\n');
  return new Set(analyzeClauses(textToClauses(text), { sensitivity: 'high' }).findings.map((f) => f.category));
}

/**
 * Clauses to warm the analyser on after prepareAnalyser, while the page is still being read: every example of every
 * rule and veto, both sides. prepareAnalyser builds what the analyser builds once, but a fresh JS context still runs
 * the first long page's analysis about twice as slowly as the next (V8 has yet to compile the regexes and optimise the
 * hot functions: measured in a Node worker, a long real terms of service ×3 took 2.2–3.0 s as a worker's first job and
 * 0.9–1.4 s after it had analysed these examples once, on a loaded 2-core machine). The worker analyses them a few at a time, so a
 * page's job that arrives meanwhile is never kept waiting (analysis/worker-entry.ts).
 */
export function warmUpClauses(): Clause[] {
  const text = ALL_CATEGORY_RULES.flatMap((cat) => [
    ...cat.rules.flatMap((rule) => [...rule.mustMatch, ...rule.mustNotMatch]),
    ...(cat.vetoes ?? []).flatMap((veto) => [...veto.mustVeto, ...veto.mustNotVeto]),
  ])
    .map((e) => (typeof e === 'string' ? e : e.text))
    .join('\n');
  return textToClauses(text);
}
