// Cross-validation over the development part, grouped by service (no service, hence no document, is on both sides
// of a fold), with the borrowed sets always on the training side. From the out-of-fold probabilities: per category
// the threshold that maximises F1 of rules + model (the model adding only units the rules did not flag, as the
// analyser does), and the figures of rules only, model only and both at that threshold.
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
  const features = featurise(examples, opts.bits);
  const out: (number[] | null)[] = examples.map(() => null);
  const models: Trained[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const isTest = (e: Example): boolean => e.source === 'real' && foldOf(e.group, opts.seed) === fold;
    const trainIdx = examples.flatMap((e, i) => (isTest(e) ? [] : [i]));
    const model = train(
      trainIdx.map((i) => examples[i]!),
      opts,
      trainIdx.map((i) => features[i]!),
    );
    for (const [i, e] of examples.entries()) if (isTest(e)) out[i] = predict(model, features[i]!);
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

/**
 * Per category: the threshold that maximises F1 of both (ties: the higher threshold), the veto threshold, and the
 * three tables.
 */
export function chooseThresholds(
  examples: readonly Example[],
  oof: readonly (number[] | null)[],
): Record<CategoryId, CategoryCv> {
  const out = {} as Record<CategoryId, CategoryCv>;
  for (const [c, category] of CATEGORY_IDS.entries()) {
    const rows = examples.flatMap((e, i) =>
      oof[i] && e.labels[c]! >= 0 ? [{ gold: e.labels[c] === 1, rules: e.rules[c] === 1, p: oof[i]![c]! }] : [],
    );
    let best: CategoryCv | null = null;
    const modelBest = Math.max(...GRID.map((t) => f1(count(rows.map((r) => [r.gold, r.p >= t])))));
    for (const v of VETO_GRID)
      for (const t of GRID) {
        const both = count(rows.map((r) => [r.gold, r.rules ? r.p >= v : r.p >= t]));
        const gain = f1(both) - (best ? f1(best.both) : -1);
        if (!best || (v > 0 && best.veto === 0 ? gain >= MIN_VETO_GAIN : gain >= 0))
          best = {
            threshold: t,
            veto: v,
            modelBest,
            positives: rows.filter((r) => r.gold).length,
            rules: count(rows.map((r) => [r.gold, r.rules])),
            model: count(rows.map((r) => [r.gold, r.p >= t])),
            both,
          };
      }
    out[category] = best!;
  }
  return out;
}

const fmt = (c: Counts): string => `${precision(c).toFixed(3)} ${recall(c).toFixed(3)} ${f1(c).toFixed(3)}`.padEnd(20);

/** The three tables side by side, as Markdown (the model card's metrics block). */
export function cvTable(cv: Record<CategoryId, CategoryCv>): string[] {
  const lines = [
    '| category | dev positives | threshold | veto | rules only P R F1 | model only P R F1 | both P R F1 |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of CATEGORY_IDS) {
    const r = cv[c];
    lines.push(
      `| ${c} | ${r.positives} | ${r.threshold.toFixed(3)} | ${r.veto ? r.veto.toFixed(3) : '–'} | ${fmt(r.rules).trim()} | ${fmt(r.model).trim()} | ${fmt(r.both).trim()} |`,
    );
  }
  return lines;
}
