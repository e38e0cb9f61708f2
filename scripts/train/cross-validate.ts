// Cross-validation over the development part, grouped by service (no service, hence no document, is on both sides
// of a fold), with the borrowed sets always on the training side. From the out-of-fold probabilities, per category:
// the model's threshold, read from the model's own F1 curve by a threshold rule; the veto that maximises F1 of rules +
// model (the model adding only units the rules did not flag, as the analyser does); and the figures of rules only,
// model only and both at that choice.
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import type { Example } from './example';
import { featurise, predict, train, type Trained, type TrainOptions } from './ftrl';

export const FOLDS = 5;

/** FNV-1a of the group name, seeded: the fold of a group. */
export function foldOf(group: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

/**
 * Out-of-fold probabilities of the real examples (indexed like `examples`; null for borrowed ones), and the model of
 * each fold (trained without that fold's real examples).
 */
export function outOfFold(examples: readonly Example[], opts: TrainOptions): (number[] | null)[] {
  return crossValidate(examples, opts).oof;
}

export function crossValidate(
  examples: readonly Example[],
  opts: TrainOptions,
): { oof: (number[] | null)[]; models: Trained[] } {
  const features = featurise(examples, opts);
  const out: (number[] | null)[] = examples.map(() => null);
  const models: Trained[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const isTest = (e: Example): boolean => e.source === 'real' && foldOf(e.group, opts.seed) === fold;
    const trainIdx = examples.flatMap((e, i) => (isTest(e) ? [] : [i]));
    const model = train(
      trainIdx.map((i) => examples[i]!),
      opts,
      { full: trainIdx.map((i) => features.full[i]!), bare: trainIdx.map((i) => features.bare[i]!) },
    );
    for (const [i, e] of examples.entries()) if (isTest(e)) out[i] = predict(model, features.full[i]!);
    models.push(model);
  }
  return { oof: out, models };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface CategoryCv {
  threshold: number;
  /** A rule finding whose unit the model scores below this is dropped (0: no veto). */
  veto: number;
  /** F1 of the model alone at its own best threshold (for comparing settings). */
  modelBest: number;
  positives: number;
  rules: Counts;
  model: Counts;
  both: Counts;
}

export const f1 = (c: Counts): number => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
export const precision = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

function count(pairs: ReadonlyArray<readonly [boolean, boolean]>): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const [gold, flagged] of pairs) {
    if (gold && flagged) c.tp++;
    else if (flagged) c.fp++;
    else if (gold) c.fn++;
  }
  return c;
}

/** Thresholds tried: 0.05 … 0.95 in steps of 0.025. */
const GRID = Array.from({ length: 37 }, (_, i) => Number((0.05 + i * 0.025).toFixed(3)));

/** Veto thresholds tried (0: none); a veto is kept only when it gains at least MIN_VETO_GAIN of F1 on dev. */
const VETO_GRID = [0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2];
const MIN_VETO_GAIN = 0.005;

/** Thresholds either side of a threshold whose F1 is averaged with its own (the smoothed choice). */
const SMOOTH = 2;
/** Veto thresholds either side (in VETO_GRID, the no-veto 0 excluded) averaged with a veto's own F1. */
const SMOOTH_VETO = 1;

/**
 * How the model's threshold is read off the out-of-fold figures of the model alone: `smoothed`, the highest F1
 * averaged with the SMOOTH thresholds either side; `plateau`, the middle of the run of thresholds around that highest whose
 * smoothed F1 is within `within` of it (a flat top moves its argmax by many steps when a few units change, its middle less);
 * `precision`, the lowest threshold whose precision is at least `floor` (the model as a careful adder).
 */
export type ThresholdRule =
  { kind: 'smoothed' } | { kind: 'plateau'; within: number } | { kind: 'precision'; floor: number };
export const SMOOTHED: ThresholdRule = { kind: 'smoothed' };

function pickThreshold(
  rule: ThresholdRule,
  smoothed: readonly number[],
  rows: ReadonlyArray<{ gold: boolean; p: number }>,
): number {
  let at = 0;
  for (let i = 1; i < GRID.length; i++) if (smoothed[i]! >= smoothed[at]!) at = i;
  if (rule.kind === 'smoothed') return at;
  if (rule.kind === 'plateau') {
    // The run of thresholds around the best one: a second plateau elsewhere would put the middle in the dip between.
    const floor = smoothed[at]! - rule.within;
    let lo = at;
    let hi = at;
    while (lo > 0 && smoothed[lo - 1]! >= floor) lo--;
    while (hi < GRID.length - 1 && smoothed[hi + 1]! >= floor) hi++;
    return lo + Math.floor((hi - lo) / 2);
  }
  // A threshold that flags nothing has no precision: it never meets the floor (the last threshold is then the answer).
  for (let i = 0; i < GRID.length; i++) {
    const c = count(rows.map((r) => [r.gold, r.p >= GRID[i]!]));
    if (c.tp + c.fp > 0 && precision(c) >= rule.floor) return i;
  }
  return GRID.length - 1;
}

/**
 * Per category: the threshold of the model alone, read by `rule` (by default the one whose F1, averaged with the F1 of
 * the SMOOTH thresholds either side, is highest; ties: the higher threshold), the veto threshold at it (smoothed the same way over
 * SMOOTH_VETO neighbours, and kept only when it gains MIN_VETO_GAIN over no veto), and the three tables. The model's
 * threshold is chosen on the model's own figures, not on rules + model: the rules were written against the dev
 * errors, so on dev they miss fewer units than on documents nobody tuned them on, and a threshold chosen to complement
 * them there would leave the model adding next to nothing (switch.ts decides where the model adds at all).
 */
export function chooseThresholds(
  examples: readonly Example[],
  oof: readonly (number[] | null)[],
  include: (i: number) => boolean = () => true,
  rule: ThresholdRule = SMOOTHED,
): Record<CategoryId, CategoryCv> {
  const out = {} as Record<CategoryId, CategoryCv>;
  for (const [c, category] of CATEGORY_IDS.entries()) {
    const rows = examples.flatMap((e, i) =>
      oof[i] && e.labels[c]! >= 0 && include(i)
        ? [{ gold: e.labels[c] === 1, rules: e.rules[c] === 1, p: oof[i]![c]! }]
        : [],
    );
    const modelF1 = GRID.map((t) => f1(count(rows.map((r) => [r.gold, r.p >= t]))));
    const smoothed = modelF1.map((_, i) => {
      const near = modelF1.slice(Math.max(0, i - SMOOTH), i + SMOOTH + 1);
      return near.reduce((a, b) => a + b, 0) / near.length;
    });
    const threshold = GRID[pickThreshold(rule, smoothed, rows)]!;
    const bothAt = VETO_GRID.map((v) => count(rows.map((r) => [r.gold, r.rules ? r.p >= v : r.p >= threshold])));
    const bothF1 = bothAt.map(f1);
    // Smoothed as the threshold is: a veto on a lone peak of dev F1 moves tens of units when one grid step moves.
    const vetoSmoothed = bothF1.map((_, i) => {
      if (i === 0) return -1;
      const near = bothF1.slice(Math.max(1, i - SMOOTH_VETO), i + SMOOTH_VETO + 1);
      return near.reduce((a, b) => a + b, 0) / near.length;
    });
    let v = 1;
    for (let i = 2; i < VETO_GRID.length; i++) if (vetoSmoothed[i]! >= vetoSmoothed[v]!) v = i;
    if (bothF1[v]! - bothF1[0]! < MIN_VETO_GAIN) v = 0;
    out[category] = {
      threshold,
      veto: VETO_GRID[v]!,
      modelBest: Math.max(...modelF1),
      positives: rows.filter((r) => r.gold).length,
      rules: count(rows.map((r) => [r.gold, r.rules])),
      model: count(rows.map((r) => [r.gold, r.p >= threshold])),
      both: bothAt[v]!,
    };
  }
  return out;
}

/**
 * Figures of the threshold choice itself, not of one threshold: each fold's units scored at the threshold and veto
 * chosen on the other folds' out-of-fold figures (so no unit is scored at a threshold chosen on it).
 */
export function crossFoldFigures(
  examples: readonly Example[],
  oof: readonly (number[] | null)[],
  seed: number,
  rule: ThresholdRule = SMOOTHED,
): Record<CategoryId, { model: Counts; both: Counts }> {
  const out = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, { model: { tp: 0, fp: 0, fn: 0 }, both: { tp: 0, fp: 0, fn: 0 } }]),
  ) as Record<CategoryId, { model: Counts; both: Counts }>;
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number): boolean => foldOf(examples[i]!.group, seed) === fold;
    const chosen = chooseThresholds(examples, oof, (i) => !inFold(i), rule);
    for (const [c, category] of CATEGORY_IDS.entries()) {
      const { threshold, veto } = chosen[category];
      const rows = examples.flatMap((e, i) =>
        oof[i] && e.labels[c]! >= 0 && inFold(i) ? [[e.labels[c] === 1, e.rules[c] === 1, oof[i]![c]!] as const] : [],
      );
      add(out[category].model, count(rows.map(([g, , p]) => [g, p >= threshold])));
      add(out[category].both, count(rows.map(([g, r, p]) => [g, r ? p >= veto : p >= threshold])));
    }
  }
  return out;
}

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

/** Precision, recall and F1 to three places, as the tables print them. */
export const prfText = (c: Counts): string => `${precision(c).toFixed(3)} ${recall(c).toFixed(3)} ${f1(c).toFixed(3)}`;
const fmt = (c: Counts): string => prfText(c).padEnd(20);

/**
 * The three tables side by side, as Markdown (the model card's metrics block): the threshold and veto chosen on all
 * of dev (what ships), and the figures of the choice (crossFoldFigures: each fold at the threshold and veto chosen on
 * the others), so no figure is read at a threshold chosen on it.
 */
export function cvTable(
  cv: Record<CategoryId, CategoryCv>,
  honest: Record<CategoryId, { model: Counts; both: Counts }>,
): string[] {
  const lines = [
    '| category | dev positives | threshold | veto | rules only P R F1 | model only P R F1 | both P R F1 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of CATEGORY_IDS) {
    const r = cv[c];
    lines.push(
      `| ${c} | ${r.positives} | ${r.threshold.toFixed(3)} | ${r.veto ? r.veto.toFixed(3) : '–'} | ${fmt(r.rules).trim()} | ${fmt(honest[c].model).trim()} | ${fmt(honest[c].both).trim()} |`,
    );
  }
  return lines;
}
