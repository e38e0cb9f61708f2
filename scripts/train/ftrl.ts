// One-vs-rest logistic regression trained by FTRL-Proximal (McMahan et al., "Ad Click Prediction: a View from the
// Trenches", KDD 2013): per-coordinate learning rates suit hashed sparse features, and its L1 term leaves most buckets
// at zero, which keeps the shipped weights small. Deterministic: the examples are visited in a seeded shuffle (no
// Math.random), for a fixed number of epochs, and every sum runs in the same order.
import { featuresOf } from '../../src/core/analyze/model/features';
import type { Example } from './example';
import { mulberry32 } from '../seeded-random';

export interface TrainOptions {
  bits: number;
  /** Stem features: the first `prefix` characters of each longer word (0: none; features.ts, unitBuckets). */
  prefix: number;
  epochs: number;
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  seed: number;
  /** Weight of each source's examples in the loss (the real development labels are 1). */
  sourceWeight: Partial<Record<Example['source'], number>>;
  /** Weight of a positive example relative to a negative one (positives are rare: 1–7% of dev units). */
  positiveWeight: number;
  /**
   * Share of the visits of a real example with context (lead-ins, headings, table header) that see its own text only.
   * The borrowed sets have no context, and carry most positives of some categories: without this, "has a heading"
   * alone reads as "not content_licence".
   */
  contextDropout: number;
}

export interface Trained {
  bits: number;
  prefix: number;
  categories: number;
  /** Float weights, bucket-major: bucket i, category c at i × categories + c. */
  weights: Float64Array;
  bias: Float64Array;
}

export function shuffled(n: number, random: () => number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

/**
 * Feature vectors of the examples, computed once per training set (the costly part of a run): `full`, and `bare` (the
 * unit's own text and role only) for real examples with context when context dropout is on.
 */
export interface Featurised {
  full: Uint32Array[];
  bare: (Uint32Array | null)[];
}

export function featurise(
  examples: readonly Example[],
  opts: Pick<TrainOptions, 'bits' | 'prefix' | 'contextDropout'>,
): Featurised {
  const hasContext = (e: Example): boolean =>
    Boolean(e.unit.leads?.length || e.unit.sectionPath?.length || e.unit.columnHeader || e.unit.rowLabel);
  return {
    full: examples.map((e) => featuresOf(e.unit, opts.bits, opts.prefix)),
    bare: examples.map((e) =>
      opts.contextDropout > 0 && e.source === 'real' && hasContext(e)
        ? featuresOf({ text: e.unit.text, ...(e.unit.role ? { role: e.unit.role } : {}) }, opts.bits, opts.prefix)
        : null,
    ),
  };
}

export function train(
  examples: readonly Example[],
  opts: TrainOptions,
  features: Featurised = featurise(examples, opts),
): Trained {
  const k = examples[0]?.labels.length ?? 0;
  const size = (1 << opts.bits) * k;
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  const zb = new Float64Array(k);
  const nb = new Float64Array(k);
  const { alpha, beta, l1, l2 } = opts;
  const weightAt = (zi: number, ni: number): number =>
    Math.abs(zi) <= l1 ? 0 : -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(ni)) / alpha + l2);
  const random = mulberry32(opts.seed);
  // A generator of its own, so the shuffles are the same with dropout on or off.
  const drop = mulberry32(opts.seed + 1);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const idx of shuffled(examples.length, random)) {
      const ex = examples[idx]!;
      const bare = features.bare[idx];
      const feats = bare && drop() < opts.contextDropout ? bare : features.full[idx]!;
      const sw = opts.sourceWeight[ex.source] ?? 1;
      if (sw <= 0) continue;
      for (let c = 0; c < k; c++) {
        const y = ex.labels[c]!;
        if (y < 0) continue;
        let s = weightAt(zb[c]!, nb[c]!);
        for (const f of feats) s += weightAt(z[f * k + c]!, n[f * k + c]!);
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, s))));
        const g = (p - y) * sw * (y === 1 ? opts.positiveWeight : 1);
        const g2 = g * g;
        {
          const w = weightAt(zb[c]!, nb[c]!);
          const sigma = (Math.sqrt(nb[c]! + g2) - Math.sqrt(nb[c]!)) / alpha;
          zb[c]! += g - sigma * w;
          nb[c]! += g2;
        }
        for (const f of feats) {
          const i = f * k + c;
          const w = weightAt(z[i]!, n[i]!);
          const sigma = (Math.sqrt(n[i]! + g2) - Math.sqrt(n[i]!)) / alpha;
          z[i]! += g - sigma * w;
          n[i]! += g2;
        }
      }
    }
  }
  const weights = new Float64Array(size);
  for (let i = 0; i < size; i++) weights[i] = weightAt(z[i]!, n[i]!);
  const bias = new Float64Array(k);
  for (let c = 0; c < k; c++) bias[c] = weightAt(zb[c]!, nb[c]!);
  return { bits: opts.bits, prefix: opts.prefix, categories: k, weights, bias };
}

/** Probabilities of a trained (unquantised) model, per category, for one feature vector. */
export function predict(model: Trained, feats: Uint32Array): number[] {
  const k = model.categories;
  const out: number[] = [];
  for (let c = 0; c < k; c++) {
    let s = model.bias[c]!;
    for (const f of feats) s += model.weights[f * k + c]!;
    out.push(1 / (1 + Math.exp(-s)));
  }
  return out;
}
