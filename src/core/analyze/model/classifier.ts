// The sentence classifier: one logistic regression per category over hashed features (features.ts), with weights
// stored as data (weights.json, written by `npm run train`, described in MODEL.md). Inference only: pure TypeScript.
import { CATEGORY_IDS, type CategoryId } from '../../types';
import { readBuckets, type UnitInput } from './features';

/** The weights file as `npm run train` writes it. */
export interface ModelFile {
  format: 'termwatch-logreg-sparse-int8-v1';
  /** Features are hashed into 2^bits buckets. */
  bits: number;
  /** Stem features: the first `prefix` characters of each longer word (features.ts); absent or 0: none. */
  prefix?: number;
  categories: CategoryId[];
  bias: number[];
  /** Per category: weight = int8 × scale. */
  scale: number[];
  /**
   * The weights, int8, of a 2^bits × categories array laid out bucket-major (bucket i, category c at i × categories +
   * c). Most are zero (the L1 term of training), so only the others are stored: `positions`, base64 of the gaps
   * between their positions as unsigned LEB128 varints (the first gap from -1), and `values`, base64 of their int8s.
   */
  positions: string;
  values: string;
  /** Per category: the probability at or above which the model proposes a unit (chosen on dev by cross-validation). */
  thresholds: Record<CategoryId, number>;
  /** Per category: a rule finding on a unit the model scores below this is dropped (0: the model vetoes nothing). */
  vetoes: Record<CategoryId, number>;
}

/** A model ready to score: the file's weights decoded once. */
export interface Classifier {
  bits: number;
  prefix: number;
  categories: readonly CategoryId[];
  bias: Float64Array;
  scale: Float64Array;
  /**
   * The int8 weights category by category: category c's weight of bucket i at c × 2^bits + i. Scoring one category
   * reads its own 2^bits bytes only (all seven do not fit a processor's nearer caches, and most units need one or two).
   */
  weights: Int8Array;
  /**
   * Per bucket i, bit c set when category c's weight of it is not zero (95% are zero): one byte read per bucket tells
   * which weights to read.
   */
  weighedBy: Uint8Array;
  thresholds: Readonly<Record<CategoryId, number>>;
  vetoes: Readonly<Record<CategoryId, number>>;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((ch, i) => [ch, i]));

/** Decodes standard base64 (with or without padding) to bytes; throws on any other character. */
export function decodeBase64(text: string): Uint8Array {
  // Padding trimmed in code: a regex anchored at the end rescans a run of "=" from each of its starts.
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const clean = text.slice(0, end);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) throw new Error(`model weights: not base64 ("${ch}")`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Encodes bytes as standard base64 with padding (the training script writes the weights with it). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

/** Checks a weights file's shape and decodes it; throws, saying what is wrong, on a file that does not fit. */
export function loadClassifier(file: ModelFile): Classifier {
  const k = file.categories.length;
  if (file.format !== 'termwatch-logreg-sparse-int8-v1')
    throw new Error(`model weights: unknown format ${file.format}`);
  if (!Number.isInteger(file.bits) || file.bits < 4 || file.bits > 24)
    throw new Error(`model weights: bits ${file.bits}`);
  const prefix = file.prefix ?? 0;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) throw new Error(`model weights: prefix ${file.prefix}`);
  if (file.categories.some((c) => !CATEGORY_IDS.includes(c))) throw new Error('model weights: unknown category');
  if (file.bias.length !== k || file.scale.length !== k) throw new Error('model weights: bias/scale length');
  // One bit per category in a bucket's byte (weighedBy).
  if (k > 8) throw new Error(`model weights: ${k} categories (at most 8)`);
  for (const c of file.categories)
    if (!(file.thresholds[c] >= 0 && file.thresholds[c] <= 1 && file.vetoes[c] >= 0 && file.vetoes[c] <= 1))
      throw new Error(`model weights: threshold or veto of ${c} not in [0, 1]`);
  const size = 1 << file.bits;
  const weights = new Int8Array(size * k);
  const weighedBy = new Uint8Array(size);
  const values = new Int8Array(decodeBase64(file.values).buffer);
  const gaps = decodeBase64(file.positions);
  let at = -1;
  let n = 0;
  for (let i = 0; i < gaps.length;) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      b = gaps[i++]!;
      gap += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80 && i < gaps.length);
    at += gap;
    if (at >= weights.length || n >= values.length) throw new Error('model weights: position out of range');
    // The file is bucket-major (bucket i, category c at i × k + c); the table is category-major.
    const c = at % k;
    const bucket = Math.floor(at / k);
    const to = c * size + bucket;
    weights[to] = values[n++]!;
    if (weights[to] !== 0) weighedBy[bucket]! |= 1 << c;
  }
  if (n !== values.length) throw new Error(`model weights: ${values.length} values, ${n} positions`);
  return {
    bits: file.bits,
    prefix,
    categories: file.categories,
    bias: Float64Array.from(file.bias),
    scale: Float64Array.from(file.scale),
    weights,
    weighedBy,
    thresholds: file.thresholds,
    vetoes: file.vetoes,
  };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The probability, per category of the model (or of those of `only` that it has), that the unit is about that
 * category (any stance).
 */
export function scoreUnit(
  model: Classifier,
  unit: UnitInput,
  only?: readonly CategoryId[],
): Partial<Record<CategoryId, number>> {
  const { buckets, count } = readBuckets(unit, model.bits, model.prefix);
  const { weights, weighedBy, categories } = model;
  const size = 1 << model.bits;
  const out: Partial<Record<CategoryId, number>> = {};
  let want = 0;
  for (let c = 0; c < categories.length; c++) if (!only || only.includes(categories[c]!)) want |= 1 << c;
  // Integer sums of int8 weights: exact in any order. Only the wanted categories that weigh a bucket are read.
  const sums = SUMS.fill(0, 0, categories.length);
  for (let i = 0; i < count; i++) {
    const b = buckets[i]!;
    for (let m = weighedBy[b]! & want; m !== 0; m &= m - 1) {
      const c = 31 - Math.clz32(m & -m);
      sums[c]! += weights[c * size + b]!;
    }
  }
  for (let c = 0; c < categories.length; c++)
    if (want & (1 << c)) out[categories[c]!] = sigmoid(model.bias[c]! + model.scale[c]! * sums[c]!);
  return out;
}

/** Per-category integer sums of the unit being scored (loadClassifier allows at most 8 categories). */
const SUMS = new Int32Array(8);

/** The weight of one hashed feature for a category (to find the words that carry a finding's evidence). */
export function weightOf(model: Classifier, bucket: number, category: CategoryId): number {
  const c = model.categories.indexOf(category);
  return c < 0 ? 0 : model.scale[c]! * model.weights[c * (1 << model.bits) + bucket]!;
}
