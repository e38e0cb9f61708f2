// Aggregate figures of one part (development or held back): per category and stance, detection, grades. Only
// counts and ratios: this is all the held-back part ever shows.
import { CATEGORY_IDS, type CategoryId, type Grade } from '../../../src/core/types';
import type { DocResult, Entry, Part, RealEval } from './collect';
import { CALIBRATION_TYPES, gradeDistribution, scoreDeciles, scoreDetection, type DetectionScore } from './detection';
import { isUserObligationGrant, scoreCategory, type CategoryScore, type ScoredUnit } from './metrics';
import { rightsOf } from '../../../src/core/score';

/** The reasons detectPage gives when no URL, title or heading names a legal document (the text alone must show it). */
const EARLY_EXIT = /^(?:no legal document name|a legal document is only mentioned)$/;

export interface PartSummary {
  part: Part;
  documents: number;
  /** Distinct labelled units of the part. */
  units: number;
  /** Labelled (unit, category) pairs scored. */
  scored: number;
  unsettled: number;
  unmatched: number;
  categories: Record<CategoryId, CategoryScore>;
  userObligationGrants: number;
  /** Gold positives in documents the detector does not call legal (the extension analyses those only on request). */
  positivesInUndetected: number;
  detection: DetectionScore;
  /** Grades of the calibration set: terms and privacy documents detected as legal ("null": not graded). */
  grades: Record<Grade | 'null', number>;
  /** Score deciles of the calibration set (the development part only: the held-back part shows counts). */
  scoreDeciles: number[];
  /** Documents of any type with no grade, by reason. */
  ungraded: Record<string, number>;
  /** Documents with no analysis (failed or timed out); their units count as "no finding". */
  unfinished: number;
  /** The clause the popup shows for each right of the calibration set, judged by its label (shownClausesOf). */
  shownClauses: ShownClauses;
}

/**
 * The popup leads each right with one clause (rightsOf's strongest). Of those clauses that carry a label for the
 * right's category: how many are a positive of it, and how many with the right's stance. A right led by an
 * explanation or a sentence about something else misleads the reader even when the right itself is real.
 */
export interface ShownClauses {
  rights: number;
  labelled: number;
  positive: number;
  sameStance: number;
}

export function shownClausesOf(docs: readonly DocResult[], entries: readonly Entry[]): ShownClauses {
  const out: ShownClauses = { rights: 0, labelled: 0, positive: 0, sameStance: 0 };
  const labels = new Map<string, Entry>();
  for (const e of entries)
    if (e.gold && e.unitIndex !== null) {
      const key = `${e.ref.doc}\u0000${e.unitIndex}\u0000${e.ref.category}`;
      if (!labels.has(key)) labels.set(key, e);
    }
  for (const d of docs) {
    if (!d.analysis || !d.extraction) continue;
    const indexOf = new Map(d.extraction.clauses.map((c, i) => [c.id, i]));
    for (const right of rightsOf(d.analysis.findings)) {
      out.rights++;
      const e = labels.get(`${d.doc.file}\u0000${indexOf.get(right.strongest.clauseId)}\u0000${right.category}`);
      if (!e?.gold) continue;
      out.labelled++;
      if (e.gold.stance === null) continue;
      out.positive++;
      if (e.gold.stance === right.stance) out.sameStance++;
    }
  }
  return out;
}

export function scoredUnits(entries: readonly Entry[]): (Entry & ScoredUnit)[] {
  return entries.filter((e): e is Entry & ScoredUnit => e.gold !== null && e.unitIndex !== null);
}

export function summarizePart(ev: RealEval, part: Part): PartSummary {
  const docs = ev.docs.filter((d) => d.doc.part === part);
  const calibration = docs.filter((d) => CALIBRATION_TYPES.has(d.doc.type) && d.extraction?.detection.isLegal);
  const entries = ev.entries.filter((e) => e.part === part);
  const scored = scoredUnits(entries);
  const undetected = new Set(
    docs.filter((d) => d.extraction && !d.extraction.detection.isLegal).map((d) => d.doc.file),
  );
  return {
    part,
    documents: docs.length,
    units: new Set(entries.map((e) => `${e.ref.doc}\u0000${e.ref.quote}\u0000${e.ref.occurrence}`)).size,
    scored: scored.length,
    unsettled: entries.filter((e) => e.gold === null).length,
    unmatched: entries.filter((e) => e.unitIndex === null).length,
    categories: Object.fromEntries(
      CATEGORY_IDS.map((c) => [c, scoreCategory(scored.filter((e) => e.ref.category === c))]),
    ) as Record<CategoryId, CategoryScore>,
    userObligationGrants: scored.filter(isUserObligationGrant).length,
    positivesInUndetected: scored.filter((e) => e.gold.stance !== null && undetected.has(e.ref.doc)).length,
    detection: scoreDetection(
      docs
        .filter((d) => d.extraction)
        .map((d) => {
          const { isLegal, kind, reasons } = d.extraction!.detection;
          return { type: d.doc.type, isLegal, kind, unnamed: reasons.some((r) => EARLY_EXIT.test(r)) };
        }),
    ),
    grades: gradeDistribution(calibration.map((d) => d.analysis?.summary.grade ?? null)),
    scoreDeciles: part === 'dev' ? scoreDeciles(calibration.flatMap((d) => d.analysis?.summary.score ?? [])) : [],
    ungraded: docs.reduce<Record<string, number>>((acc, d) => {
      const why = d.analysis ? d.analysis.summary.ungraded : 'unfinished';
      if (why) acc[why] = (acc[why] ?? 0) + 1;
      return acc;
    }, {}),
    unfinished: docs.filter((d) => !d.analysis).length,
    shownClauses: shownClausesOf(calibration, entries),
  };
}

const r3 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);

/** The object `npm run eval -- real --json` prints (under "real"). */
export function toJson(ev: RealEval, parts: Record<Part, PartSummary>): object {
  const partOf = (s: CategoryScore): object => ({
    precision: r3(s.precision),
    recall: r3(s.recall),
    f1: r3(s.f1),
    support: s.support,
    stanceAccuracy: r3(s.stanceAccuracy),
    stances: Object.fromEntries(
      Object.entries(s.stances).map(([k, v]) => [
        k,
        { precision: r3(v.precision), recall: r3(v.recall), f1: r3(v.f1), support: v.support },
      ]),
    ),
  });
  const detection = (d: DetectionScore): object => ({
    documents: d.documents,
    isLegal: d.isLegal,
    isLegalRecall: r3(d.isLegalRecall),
    kindScored: d.kindScored,
    kindCorrect: d.kindCorrect,
    kindAccuracy: r3(d.kindAccuracy),
    missedUnnamed: d.missedUnnamed,
  });
  return {
    documents: ev.wholeDocuments,
    units: ev.units,
    doubleLabelled: ev.doubleLabelled,
    kappa: ev.kappa,
    categories: Object.fromEntries(
      CATEGORY_IDS.map((c) => [
        c,
        { dev: partOf(parts.dev.categories[c]), holdout: partOf(parts.holdout.categories[c]) },
      ]),
    ),
    detection: { dev: detection(parts.dev.detection), holdout: detection(parts.holdout.detection) },
    grades: { dev: parts.dev.grades, holdout: parts.holdout.grades },
    scoreDeciles: parts.dev.scoreDeciles,
    ungraded: { dev: parts.dev.ungraded, holdout: parts.holdout.ungraded },
    labelledDocuments: ev.docs.length,
    parts: Object.fromEntries(
      (['dev', 'holdout'] as const).map((p) => [
        p,
        { documents: parts[p].documents, units: parts[p].units, scored: parts[p].scored },
      ]),
    ),
    unsettled: parts.dev.unsettled + parts.holdout.unsettled,
    unmatched: parts.dev.unmatched + parts.holdout.unmatched,
    unfinished: { dev: parts.dev.unfinished, holdout: parts.holdout.unfinished },
    userObligationGrants: { dev: parts.dev.userObligationGrants, holdout: parts.holdout.userObligationGrants },
    shownClauses: { dev: parts.dev.shownClauses, holdout: parts.holdout.shownClauses },
  };
}
