// Scores of the analyser against the real-document gold, per category. A (unit, category) is gold positive when its
// stance is grant, conditional or restrict, and predicted positive when the analyser reports any finding of that
// category on the unit. Per stance, the same with "has this stance" on both sides. Stance accuracy is over the hits
// (both positive): the same stance, and for conditional the same condition (opt_in / opt_out).
import { STANCES as ALL_STANCES, type Condition, type Stance } from '../../../src/core/types';
import type { GoldLabel } from '../../gold/resolve-gold';

export const STANCES: readonly Stance[] = ALL_STANCES;

/** What the analyser said about one (unit, category): its finding, or null for none. */
export interface Verdict {
  stance: Stance;
  condition: Condition | null;
  rule: string;
}

export interface ScoredUnit {
  gold: GoldLabel;
  predicted: Verdict | null;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** Gold positives. */
  support: number;
  /** null where undefined (nothing predicted, nothing to find). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface CategoryScore extends Prf {
  /** Units labelled for the category. */
  units: number;
  stanceHits: number;
  stanceCorrect: number;
  stanceAccuracy: number | null;
  stances: Record<Stance, Prf>;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  return {
    tp,
    fp,
    fn,
    support: tp + fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

/** Same stance, and the same condition when conditional. */
export function sameStance(
  gold: Pick<GoldLabel, 'stance' | 'condition'>,
  predicted: Pick<Verdict, 'stance' | 'condition'>,
): boolean {
  return gold.stance === predicted.stance && (gold.stance !== 'conditional' || gold.condition === predicted.condition);
}

export type Outcome = 'right' | 'fp' | 'fn' | 'stance';

export function outcome(u: ScoredUnit): Outcome {
  const { gold, predicted } = u;
  if (gold.stance === null) return predicted ? 'fp' : 'right';
  if (!predicted) return 'fn';
  return sameStance(gold, predicted) ? 'right' : 'stance';
}

export function scoreCategory(units: readonly ScoredUnit[]): CategoryScore {
  const count = (has: (u: ScoredUnit) => [boolean, boolean]): Prf => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const u of units) {
      const [g, p] = has(u);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return prf(tp, fp, fn);
  };
  const all = count((u) => [u.gold.stance !== null, u.predicted !== null]);
  const hits = units.filter((u) => u.gold.stance !== null && u.predicted);
  const correct = hits.filter((u) => sameStance(u.gold, u.predicted!)).length;
  const stances = Object.fromEntries(
    STANCES.map((s) => [s, count((u) => [u.gold.stance === s, u.predicted?.stance === s])]),
  ) as Record<Stance, Prf>;
  return {
    ...all,
    units: units.length,
    stanceHits: hits.length,
    stanceCorrect: correct,
    stanceAccuracy: hits.length ? correct / hits.length : null,
    stances,
  };
}

/** Obligations and prohibitions on the user (gold actor=user) that the analyser reports as the company taking the right. */
export function isUserObligationGrant(u: ScoredUnit): boolean {
  return u.gold.actor === 'user' && u.predicted?.stance === 'grant';
}
