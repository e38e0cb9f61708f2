// The classifier's inference: features, a hand-checked score, base64 both ways, and the shipped weights' shape and size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  encodeBase64,
  loadClassifier,
  scoreUnit,
  type ModelFile,
} from '../../../../src/core/analyze/model/classifier';
import { bucketOf, featuresOf, words } from '../../../../src/core/analyze/model/features';
import { MODEL_CATEGORIES, shippedClassifier } from '../../../../src/core/analyze/model';
import { CATEGORY_IDS } from '../../../../src/core/types';

const WEIGHTS = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'core', 'analyze', 'model', 'weights.json');

/** A one-category model with one non-zero weight: 100 × 0.01 on the word "train" (or on another feature's bucket). */
function handModel(bits = 12, at = bucketOf('w', 'train', bits)): ModelFile {
  // One position: the gap from -1 is at + 1, as LEB128.
  const gaps: number[] = [];
  let gap = at + 1;
  while (gap >= 0x80) {
    gaps.push((gap & 0x7f) | 0x80);
    gap = Math.floor(gap / 0x80);
  }
  gaps.push(gap);
  return {
    format: 'termwatch-logreg-sparse-int8-v1',
    bits,
    categories: ['ai_training'],
    bias: [-1],
    scale: [0.01],
    positions: encodeBase64(Uint8Array.from(gaps)),
    values: encodeBase64(Uint8Array.from([100])),
    thresholds: { ai_training: 0.5 } as ModelFile['thresholds'],
    vetoes: { ai_training: 0 } as ModelFile['vetoes'],
  };
}

describe('features', () => {
  it.each([
    ["We don't sell your data.", ['we', 'do', 'not', 'sell', 'your', 'data']],
    ['We won’t train on it; we can’t.', ['we', 'will', 'not', 'train', 'on', 'it', 'we', 'can', 'not']],
    ["Acme's AI uses 30 days of logs", ['acme', 'ai', 'uses', '0', 'days', 'of', 'logs']],
    ['Machine-learning models', ['machine', 'learning', 'models']],
  ])('words(%j)', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('hashes the unit and each context field into its own namespace, sorted and distinct', () => {
    const f = featuresOf({ text: 'train models', leads: ['We use it to:'], sectionPath: ['AI'] }, 16);
    expect([...f]).toEqual([...new Set(f)].sort((a, b) => a - b));
    expect(f).toContain(bucketOf('w', 'train', 16));
    expect(f).toContain(bucketOf('b', 'train models', 16));
    expect(f).toContain(bucketOf('l', 'use', 16));
    expect(f).toContain(bucketOf('h', 'ai', 16));
  });
});

describe('inference', () => {
  it('matches a hand-checked example: sigmoid(-1 + 100 × 0.01) = 0.5 with "train", sigmoid(-1) without', () => {
    const model = loadClassifier(handModel());
    // The hand check needs the word's bucket to be hit by no other feature of the two texts.
    const at = bucketOf('w', 'train', 12);
    for (const text of ['We train', 'We share data'])
      expect([...featuresOf({ text }, 12)].filter((f) => f === at).length).toBe(text.includes('train') ? 1 : 0);
    expect(scoreUnit(model, { text: 'We train' }).ai_training).toBeCloseTo(0.5, 12);
    expect(scoreUnit(model, { text: 'We share data' }).ai_training).toBeCloseTo(1 / (1 + Math.E), 12);
  });

  it('reads the stem features the file asks for (prefix), and only then', () => {
    const model = loadClassifier({ ...handModel(12, bucketOf('p', 'licen', 12)), prefix: 5 });
    expect(scoreUnit(model, { text: 'a licensed copy' }).ai_training).toBeCloseTo(0.5, 12);
    const without = loadClassifier(handModel(12, bucketOf('p', 'licen', 12)));
    expect(scoreUnit(without, { text: 'a licensed copy' }).ai_training).toBeCloseTo(1 / (1 + Math.E), 12);
  });

  it('is deterministic: the same unit scores the same, every time and for a fresh copy of the model', () => {
    const unit = { text: 'We may use your chats to improve our models.', sectionPath: ['How we use data'] };
    const a = scoreUnit(shippedClassifier(), unit);
    expect(scoreUnit(shippedClassifier(), unit)).toEqual(a);
    const file = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as ModelFile;
    expect(scoreUnit(loadClassifier(file), unit)).toEqual(a);
  });

  it('base64 goes both ways and refuses other characters', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff);
    for (const n of [0, 1, 2, 3, 299, 300])
      expect(decodeBase64(encodeBase64(bytes.slice(0, n)))).toEqual(bytes.slice(0, n));
    expect(encodeBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(() => decodeBase64('ab$d')).toThrow(/not base64/);
  });

  it('refuses a weights file that does not fit its shape', () => {
    const good = handModel();
    expect(() => loadClassifier({ ...good, bits: 40 })).toThrow(/bits/);
    expect(() => loadClassifier({ ...good, prefix: -1 })).toThrow(/prefix/);
    expect(() => loadClassifier({ ...good, prefix: 2.5 })).toThrow(/prefix/);
    expect(() => loadClassifier({ ...good, bias: [] })).toThrow(/bias/);
    // Nine categories (one repeated) do not fit a bucket's byte of categories.
    const nine = [...CATEGORY_IDS, 'ai_training', 'tracking'].slice(0, 9) as ModelFile['categories'];
    expect(() =>
      loadClassifier({ ...good, categories: nine, bias: Array(9).fill(0), scale: Array(9).fill(1) }),
    ).toThrow(/categories/);
    expect(() => loadClassifier({ ...good, values: encodeBase64(Uint8Array.from([1, 2])) })).toThrow(/values/);
    expect(() => loadClassifier({ ...good, thresholds: { ai_training: 2 } as ModelFile['thresholds'] })).toThrow(
      /threshold/,
    );
  });
});

describe('the shipped weights', () => {
  const text = readFileSync(WEIGHTS, 'utf8');
  const file = JSON.parse(text) as ModelFile;

  it('cover the seven categories, with thresholds and vetoes in [0, 1]', () => {
    expect(file.categories).toEqual([...CATEGORY_IDS]);
    const model = loadClassifier(file);
    expect(model.weights.length).toBe((1 << file.bits) * CATEGORY_IDS.length);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
  });

  it('stay under 1 MB gzipped (the budget the model may add to the bundle)', () => {
    expect(gzipSync(text).length).toBeLessThan(1024 * 1024);
  });

  it('the switch names only known categories, once each', () => {
    expect(MODEL_CATEGORIES.every((c) => CATEGORY_IDS.includes(c))).toBe(true);
    expect(new Set(MODEL_CATEGORIES).size).toBe(MODEL_CATEGORIES.length);
  });
});
