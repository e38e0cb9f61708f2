// Clause-level diff of two analysed versions, one change per (clause, category), ranked by what it does to the
// user's rights: new, removed, widened and narrowed rights first. What the page shows but the terms do not say
// (formatting, link targets, dates, navigation, the order of link lists, a page flipping between variants) is not
// reported.
import { diffWords } from 'diff';
import { isFragment } from '../normalize/comparable';
import { rightKeyOf } from '../score/rights';
import type { CategoryId, Clause, Finding } from '../types';
import { CATEGORY_IDS } from '../types';
import { alignClauses, clauseKey, type Alignment } from './align';
import { fromBareBlocks } from './bare-blocks';
import { rejoinedClauses } from './rejoined';
import { impactOf, strongest, type ImpactContext } from './impact';
import { rankChanges } from './rank';
import type { Change, ChangeType, RightChange, VersionSnapshot, WordDiffPart } from './types';
import { containedIn, isSameEffectRewording } from './same-effect';
import { discretionSaidOneWay, sharedFirstParty } from './discretion';
import { isChangeLogEntry } from './change-log';
import { onlyDateChanged } from './date-only';
import { onlyEmailObfuscated } from './email-obfuscated';
import { onlyFootnoteMarksChanged } from './footnote-marks';
import { isContentsEntry, isQuestionHeading, headingTitles } from './heading-like';
import { onlyHeadingRenamed } from './heading-renamed';
import { onlyListMarkerChanged } from './list-marker';
import { labelIsHeading, onlyLabelChanged } from './label-only';
import { isLeadInEdit } from './lead-in';
import { isPointerOnly } from './pointer';
import { renamedOnly } from './renames';
import { onlyRenamedInPlace } from './renamed-in-place';
import { onlySpacingChanged } from './spacing';
import { isSpellingVariant } from './spelling-variant';
import { isCutOff, isFramed, isOlderText, isOtherPage, nearestVariant } from './variants';
import { restatedElsewhere } from './restated-elsewhere';
import { restatedInBlock } from './restated-in-block';
import { restatedRights } from './restated-rights';
import { repeatedVerbatim } from './repeated';
import { listedApart } from './enumerated';
import { onlyWrittenOutChanged } from './written-out';

function byClause(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.clauseId);
    if (list) list.push(f);
    else map.set(f.clauseId, [f]);
  }
  return map;
}

function grantedCategories(findings: readonly Finding[]): Set<CategoryId> {
  return new Set(findings.filter((f) => f.stance === 'grant').map((f) => f.category));
}

/** The keys of the rights a version gives (mentions give none). */
function rightKeys(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => !f.role).map(rightKeyOf));
}

export function wordDiffOf(before: string, after: string): WordDiffPart[] {
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}

interface DiffContext extends ImpactContext {
  rightsBefore: ReadonlySet<string>;
  rightsAfter: ReadonlySet<string>;
}

/** What a change of one category does to the document's rights (see RightChange). */
function rightChangeOf(
  fBefore: Finding | undefined,
  fAfter: Finding | undefined,
  impact: Change['impact'],
  ctx: DiffContext,
): RightChange | null {
  const a = fAfter && !fAfter.role ? rightKeyOf(fAfter) : null;
  const b = fBefore && !fBefore.role ? rightKeyOf(fBefore) : null;
  if (a && a !== b && !ctx.rightsBefore.has(a)) return 'new';
  if (b && b !== a && !ctx.rightsAfter.has(b)) return 'removed';
  if (!a && !b) return null;
  return impact === 'worse' ? 'widened' : impact === 'better' ? 'narrowed' : null;
}

function changesFor(
  entry: Alignment,
  b: Clause | undefined,
  a: Clause | undefined,
  fb: readonly Finding[],
  fa: readonly Finding[],
  ctx: DiffContext,
): Change[] {
  const type = entry.kind as ChangeType;
  const before = b?.text ?? null;
  const after = a?.text ?? null;
  const section = a?.section ?? b?.section ?? '';
  const wordDiff = type === 'modified' && before !== null && after !== null ? wordDiffOf(before, after) : null;
  const texts = before !== null && after !== null ? { before, after } : undefined;
  const categories = CATEGORY_IDS.filter(
    (cat) => fb.some((f) => f.category === cat) || fa.some((f) => f.category === cat),
  );
  if (categories.length === 0) {
    return [
      {
        type,
        category: null,
        stanceBefore: null,
        stanceAfter: null,
        severity: null,
        impact: 'neutral',
        right: null,
        section,
        before,
        after,
        wordDiff,
      },
    ];
  }
  return categories.map((category) => {
    const fBefore = strongest(fb.filter((f) => f.category === category));
    const fAfter = strongest(fa.filter((f) => f.category === category));
    const impact = impactOf(category, fBefore, fAfter, ctx, texts);
    return {
      type,
      category,
      stanceBefore: fBefore?.stance ?? null,
      stanceAfter: fAfter?.stance ?? null,
      severity: fAfter?.severity ?? fBefore?.severity ?? null,
      impact,
      right: rightChangeOf(fBefore, fAfter, impact, ctx),
      section,
      before,
      after,
      wordDiff,
    };
  });
}

/**
 * Whether a change is worth reporting: a clause that only changed place says nothing new, and a fragment (a menu
 * entry, a heading set as a paragraph, a ticker price) is page furniture unless the analyser found a right in it.
 */
function reportable(change: Change, headings: HeadingSets): boolean {
  const { headingsBefore, headingsAfter } = headings;
  if (change.type === 'moved') return change.impact !== 'neutral';
  // A section label joined to the sentence in one version only, unless the analyser reads the two differently.
  const sameFindings = change.impact === 'neutral' && change.right === null;
  if (change.type === 'modified' && sameFindings && onlyLabelChanged(change.before!, change.after!)) return false;
  // A list renumbered ("V." → "5."), or a space lost or gained between two words: the same words say the same.
  if (change.type === 'modified' && onlyListMarkerChanged(change.before!, change.after!)) return false;
  if (change.type === 'modified' && onlySpacingChanged(change.before!, change.after!)) return false;
  // Footnote references rendered as plain numbers, added or dropped, are formatting.
  if (change.type === 'modified' && onlyFootnoteMarksChanged(change.before!, change.after!)) return false;
  if (change.type === 'modified' && onlyEmailObfuscated(change.before!, change.after!)) return false;
  // A number written out beside its figures, a name spelled out before its abbreviation.
  if (change.type === 'modified' && onlyWrittenOutChanged(change.before!, change.after!)) return false;
  // A heading set as a paragraph in one version (bold removed, a heading level dropped) is the same heading, and a
  // heading of two sentences set as a paragraph is cut into two clauses.
  if (change.type === 'added' && inHeading(clauseKey(change.after!), headingsBefore)) return false;
  if (change.type === 'removed' && inHeading(clauseKey(change.before!), headingsAfter)) return false;
  const texts = [change.before, change.after].filter((t): t is string => t !== null);
  if (texts.every((t) => isFragment(t))) return change.category !== null && change.right !== null;
  // A table-of-contents entry or a question set as a heading: the clauses under the heading say what the terms say.
  const headingLike = (t: string | null, titles: ReadonlySet<string>): boolean =>
    t === null || isContentsEntry(t, titles) || isQuestionHeading(t);
  if (headingLike(change.before, headings.titlesBefore) && headingLike(change.after, headings.titlesAfter))
    return change.right !== null;
  // An entry of the document's list of versions records a change made elsewhere.
  if (texts.every(isChangeLogEntry)) return change.right !== null;
  return true;
}

/** The headings of both versions: as comparable text (headingKeys) and as titles without numbers (heading-like.ts). */
interface HeadingSets {
  headingsBefore: ReadonlySet<string>;
  headingsAfter: ReadonlySet<string>;
  titlesBefore: ReadonlySet<string>;
  titlesAfter: ReadonlySet<string>;
}

/** Whether `key` is one of `headings` or a run of whole words of one. */
function inHeading(key: string, headings: ReadonlySet<string>): boolean {
  if (!key) return false;
  if (headings.has(key)) return true;
  for (const h of headings) if (h.length > key.length && ` ${h} `.includes(` ${key} `)) return true;
  return false;
}

/**
 * The entry without the clauses that were only cut differently (rejoined.ts): none when all its clauses were, else
 * the side that was not, as added or removed.
 */
function withoutRejoined(entry: Alignment, rejoined: { before: Set<number>; after: Set<number> }): Alignment | null {
  const b = entry.before !== null && !rejoined.before.has(entry.before);
  const a = entry.after !== null && !rejoined.after.has(entry.after);
  if (b && a) return entry;
  if (!b && !a) return null;
  if (entry.kind !== 'modified') return entry;
  return a ? { ...entry, kind: 'added', before: null } : { ...entry, kind: 'removed', after: null };
}

/** The comparable text of every heading a version's clauses sit under. */
function headingKeys(v: VersionSnapshot): Set<string> {
  const out = new Set<string>();
  for (const c of v.clauses) for (const h of c.sectionPath) out.add(clauseKey(h));
  return out;
}

/**
 * When the version is compared with an older variant (nearestVariant), whether an entry also changed since the
 * previous version: a clause the previous version says word for word is not new to the reader, whichever variant it
 * came from. A clause removed from the variant stays reported even if the previous version did not say it either: the
 * variant lost it. Compared with the previous version itself, or when the previous version is another page (a stub,
 * a translation: it says nothing of this one), every entry is.
 */
function changedSincePrevious(
  base: VersionSnapshot,
  previous: VersionSnapshot,
  version: VersionSnapshot,
): (entry: Alignment, afterClauses: readonly Clause[]) => boolean {
  if (base === previous || isOtherPage(previous, version)) return () => true;
  const said = new Set(previous.clauses.map((c) => clauseKey(c.text)));
  return (entry, afterClauses) => entry.after === null || !said.has(clauseKey(afterClauses[entry.after]!.text));
}

export interface DiffOptions {
  /**
   * The versions kept before `before`, newest first. A page that alternates between variants (A→B→A, a language
   * flip) is one document: the new version is compared with the kept version it is nearest to, so returning to a
   * known variant reports only what differs from that variant (nothing, for an exact return).
   */
  earlier?: readonly VersionSnapshot[];
}

/** The outcome of a comparison: the changes reported, and the same-effect rewordings set apart. */
export interface VersionDiff {
  /** Ranked: see diffVersions. */
  changes: Change[];
  /**
   * Clauses reworded with the same effect (same-effect.ts), in document order: not reported, and not a reason to call
   * the version changed; shown as a collapsed count.
   */
  wordingEdits: Change[];
}

/**
 * Compares two analysed versions of one document. Unchanged clauses (same comparable text, in the same order) yield
 * nothing, even if context-dependent findings on them differ. A clause with findings in two categories yields one
 * change per category. Sorted: changes to rights (new or widened, then removed or narrowed), other changes for the
 * worse, changes for the better, reworded flagged clauses, then unflagged clauses. Same-effect rewordings are left
 * out (diffWithWordingEdits lists them).
 */
export function diffVersions(before: VersionSnapshot, after: VersionSnapshot, opts: DiffOptions = {}): Change[] {
  return diffWithWordingEdits(before, after, opts).changes;
}

/** diffVersions, with the same-effect rewordings it leaves out. */
export function diffWithWordingEdits(
  before: VersionSnapshot,
  after: VersionSnapshot,
  opts: DiffOptions = {},
): VersionDiff {
  const none: VersionDiff = { changes: [], wordingEdits: [] };
  // A copy cut off partway is a variant, whose missing end is not a removal (checked first: a cut-off copy of another
  // kept variant may be nearer to it than to the version it follows).
  if (isCutOff(before.clauses, after.clauses)) return none;
  const candidates = [before, ...(opts.earlier ?? [])];
  const base = candidates[nearestVariant(after, candidates)]!;
  // Another page at the same address (a stub, a translation, a regional page) is a variant, not a revision: its
  // clauses are not listed as changes, and the next version is matched against every kept variant again.
  // An older text served again (stamped before the version it follows) is a variant too, and so is a cut-off copy.
  if (
    isOtherPage(base, after) ||
    isOlderText(base.clauses, after.clauses) ||
    (base !== before && isCutOff(base.clauses, after.clauses)) ||
    // The same terms with the site's header and footer captured around them, or without them.
    isFramed(base, after)
  )
    return none;
  const fb = byClause(base.findings);
  const fa = byClause(after.findings);
  const findingsBefore = (id: string): Finding[] => fb.get(id) ?? [];
  const findingsAfter = (id: string): Finding[] => fa.get(id) ?? [];
  const ctx: DiffContext = {
    grantedBefore: grantedCategories(base.findings),
    grantedAfter: grantedCategories(after.findings),
    rightsBefore: rightKeys(base.findings),
    rightsAfter: rightKeys(after.findings),
  };
  const headings: HeadingSets = {
    headingsBefore: headingKeys(base),
    headingsAfter: headingKeys(after),
    titlesBefore: headingTitles(base.clauses.map((c) => c.sectionPath)),
    titlesAfter: headingTitles(after.clauses.map((c) => c.sectionPath)),
  };
  // A sentence joined to a heading or to its neighbour, or split from it, is still said.
  const inAfter = containedIn(after.clauses, findingsAfter);
  const inBefore = containedIn(base.clauses, findingsBefore);
  // A sentence of prose the other version says word for word: said once more, or once less.
  const repeatedAfter = repeatedVerbatim(after.clauses, findingsAfter);
  const repeatedBefore = repeatedVerbatim(base.clauses, findingsBefore);
  const items: Array<{ change: Change; position: number }> = [];
  const wordingEdits: Change[] = [];
  const alignment = alignClauses(base.clauses, after.clauses);
  // A name changed throughout that the document announces ("Acme is now Globex Media").
  const renamed = renamedOnly(
    base.clauses,
    after.clauses,
    alignment
      .filter((e) => e.kind === 'modified')
      .map((e) => [base.clauses[e.before!]!.text, after.clauses[e.after!]!.text] as const),
  );
  // The discretion said one way for the names both versions define as "we" (discretion.ts), built once, when a
  // reworded clause first asks.
  let oneWayBuilt: ((text: string) => string) | null = null;
  const oneWay = (): ((text: string) => string) =>
    (oneWayBuilt ??= discretionSaidOneWay(sharedFirstParty(base.clauses, after.clauses)));
  // The other locale's page (British and American spelling): its own wordings are the variant's, and only a change
  // to a right is reported.
  const otherLocale = isSpellingVariant(base.clauses, after.clauses);
  const bare = fromBareBlocks(alignment, base.clauses, after.clauses);
  const rejoined = rejoinedClauses(alignment, base.clauses, after.clauses);
  const sincePrevious = changedSincePrevious(base, before, after);
  // A clause cut from an old one, or cut into new ones, in the same block, that says nothing the other side does not.
  const restated = restatedInBlock(alignment, base.clauses, after.clauses, findingsBefore, findingsAfter);
  // A list numbered inline in one version, set as a lead-in and items in the other.
  const listed = listedApart(alignment, base.clauses, after.clauses, findingsBefore, findingsAfter);
  // Prose said again in the words of a clause the edition rewrote elsewhere.
  const elsewhere = restatedElsewhere(alignment, base.clauses, after.clauses, findingsBefore, findingsAfter);
  // A right said again in the words of the clauses of the other version the edition rewrote that give it.
  const rights = restatedRights(alignment, base.clauses, after.clauses, findingsBefore, findingsAfter);
  for (const paired of alignment) {
    if (paired.kind === 'same') continue;
    if (!sincePrevious(paired, after.clauses)) continue;
    // A heading set as a paragraph, or back, where no clause sat under the heading.
    if (paired.kind === 'added' && bare.added.has(paired.after!)) continue;
    if (paired.kind === 'removed' && bare.removed.has(paired.before!)) continue;
    const entry = withoutRejoined(paired, rejoined);
    if (!entry) continue;
    const b = entry.before === null ? undefined : base.clauses[entry.before];
    const a = entry.after === null ? undefined : after.clauses[entry.after];
    const cb = b ? findingsBefore(b.id) : [];
    const ca = a ? findingsAfter(a.id) : [];
    const changes = changesFor(entry, b, a, cb, ca, ctx).filter((c) => reportable(c, headings));
    if (!changes.length) continue;
    const sameEffect =
      (otherLocale && changes.every((c) => c.right === null)) ||
      (entry.kind === 'modified' && changes.every((c) => c.right === null) && onlyHeadingRenamed(b!, a!)) ||
      // A heading run into its sentence in one version only, whatever the analyser reads in the heading's words.
      (entry.kind === 'modified' && labelIsHeading(b!, a!)) ||
      // A name replaced with a notice that keeps the old one ("Y (formerly X)"), and no right changed.
      (entry.kind === 'modified' &&
        changes.every((c) => c.right === null && c.impact === 'neutral') &&
        onlyRenamedInPlace(b!.text, a!.text)) ||
      // A pointer to another page, with no finding on it: the terms are on that page.
      (changes.every((c) => c.category === null) && [b, a].every((c) => c === undefined || isPointerOnly(c.text))) ||
      // Reworded, it may point to another company's page too ("Visit Acme’s Terms" → "Visit https://… for Acme’s terms").
      (entry.kind === 'modified' &&
        changes.every((c) => c.category === null) &&
        isPointerOnly(b!.text, true) &&
        isPointerOnly(a!.text, true)) ||
      // A date moved in a clause that gives no right (a reporting period, an approval date).
      (entry.kind === 'modified' && changes.every((c) => c.category === null) && onlyDateChanged(b!.text, a!.text)) ||
      changes.every(isLeadInEdit) ||
      (entry.kind === 'modified'
        ? isSameEffectRewording(b!, a!, cb, ca, changes, renamed, oneWay()) ||
          restated.reworded.has(entry.after!) ||
          listed.reworded.has(entry.after!)
        : entry.kind === 'removed'
          ? inAfter(b!, cb) ||
            repeatedAfter(b!, cb) ||
            listed.removed.has(entry.before!) ||
            restated.removed.has(entry.before!) ||
            elsewhere.removed.has(entry.before!) ||
            rights.removed.has(entry.before!)
          : entry.kind === 'added' &&
            (inBefore(a!, ca) ||
              repeatedBefore(a!, ca) ||
              listed.added.has(entry.after!) ||
              restated.added.has(entry.after!) ||
              elsewhere.added.has(entry.after!) ||
              rights.added.has(entry.after!)));
    if (sameEffect) wordingEdits.push(...changes);
    else for (const change of changes) items.push({ change, position: entry.position });
  }
  return { changes: rankChanges(items).map((item) => item.change), wordingEdits };
}
