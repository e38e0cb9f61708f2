// `npm run train` is deterministic: a tiny training run reproduces its committed output byte for byte (the full run,
// on the corpus, writes src/core/analyze/model/weights.json the same way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../../scripts/train/example';
import { shuffled } from '../../../../scripts/train/ftrl';
import { mulberry32 } from '../../../../scripts/seeded-random';
import { trainFixture } from '../../../../scripts/train/train';
import { chooseThresholds, type ThresholdRule } from '../../../../scripts/train/cross-validate';
import { CATEGORY_IDS } from '../../../../src/core/types';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'train');

/**
 * Examples of the first category only, from bins of [count, gold, out-of-fold probability], each flagged by the rules
 * (`rules` 1) or not (0); one group per example.
 */
function binned(bins: [number, number, number][], rules: 0 | 1): { examples: Example[]; oof: number[][] } {
  const examples: Example[] = [];
  const oof: number[][] = [];
  for (const [n, gold, p] of bins)
    for (let i = 0; i < n; i++) {
      examples.push({
        source: 'fixture',
        group: `g${examples.length}`,
        unit: { text: 'x' },
        labels: CATEGORY_IDS.map((_, c) => (c === 0 ? gold : -1)),
        rules: CATEGORY_IDS.map((_, c) => (c === 0 ? rules : -1)),
      });
      oof.push(CATEGORY_IDS.map(() => p));
    }
  return { examples, oof };
}

describe('npm run train', () => {
  it('reproduces the committed tiny model from the tiny fixture (npm run train -- --fixture)', () => {
    const examples = JSON.parse(readFileSync(join(FIXTURES, 'tiny-examples.json'), 'utf8')) as Example[];
    const committed = readFileSync(join(FIXTURES, 'tiny-model.json'), 'utf8');
    expect(trainFixture(examples)).toBe(committed);
  });

  it('learns the fixture: a training example of a category scores it above the others', async () => {
    const { loadClassifier, scoreUnit } = await import('../../../../src/core/analyze/model/classifier');
    const model = loadClassifier(JSON.parse(readFileSync(join(FIXTURES, 'tiny-model.json'), 'utf8')));
    const p = scoreUnit(model, { text: 'We use your conversations to train and improve our models.' });
    expect(p.ai_training!).toBeGreaterThan(p.terms_change!);
    expect(p.ai_training!).toBeGreaterThan(p.retention!);
  });

  it('shuffles by its seed, not by Math.random', () => {
    expect([...shuffled(10, mulberry32(7))]).toEqual([...shuffled(10, mulberry32(7))]);
    expect([...shuffled(10, mulberry32(7))]).not.toEqual([...shuffled(10, mulberry32(8))]);
    expect([...shuffled(10, mulberry32(7))].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('chooses the model veto on a plateau of F1, not on a lone peak one grid step wide', () => {
    // Units the rules flag in the first category: [count, gold, out-of-fold probability]. Development F1 by veto:
    // 0 .810 · .01–.03 .892 · .05 .845 · .075 .916 · .1–.2 .826, so .075 is a peak its neighbours do not share.
    const bins: [number, number, number][] = [
      [100, 1, 0.5],
      [10, 0, 0.5],
      [30, 0, 0.005],
      [12, 1, 0.04],
      [22, 0, 0.06],
      [20, 1, 0.08],
    ];
    const { examples, oof } = binned(bins, 1);
    const { veto } = chooseThresholds(examples, oof)[CATEGORY_IDS[0]!];
    expect([0.01, 0.02, 0.03]).toContain(veto);
  });

  it('reads the model threshold by the rule asked: smoothed argmax, middle of the plateau, or a precision floor', () => {
    // Category 0, the rules flagging nothing: [count, gold, out-of-fold probability]. Model F1 by threshold: .870 up
    // to .1, .909 from .125 to .3, .889 from .325 to .8, 0 above; precision .769, .833, 1.
    const bins: [number, number, number][] = [
      [40, 1, 0.8],
      [10, 1, 0.3],
      [10, 0, 0.3],
      [5, 0, 0.1],
    ];
    const { examples, oof } = binned(bins, 0);
    const at = (rule: ThresholdRule): number =>
      chooseThresholds(examples, oof, () => true, rule)[CATEGORY_IDS[0]!].threshold;
    // The highest smoothed F1 is flat from .175 to .25 (ties: the higher); within .01 of it lie .15 … .3.
    expect(at({ kind: 'smoothed' })).toBe(0.25);
    expect(at({ kind: 'plateau', within: 0.01 })).toBe(0.225);
    expect(at({ kind: 'precision', floor: 0.8 })).toBe(0.125);
    expect(at({ kind: 'precision', floor: 0.9 })).toBe(0.325);
  });

  it('takes the middle of the plateau around the best threshold, not of every threshold near its F1', () => {
    // F1 .769 up to .45 (tp 50, fp 30), .667 from .475 to .5, .889 from .525 to .8 (tp 40, fn 10), 0 above. Within .15
    // of the top lie both the low run and the top run; the middle of both together falls in the low run.
    const bins: [number, number, number][] = [
      [40, 1, 0.8],
      [30, 0, 0.5],
      [10, 1, 0.45],
    ];
    const { examples, oof } = binned(bins, 0);
    const { threshold } = chooseThresholds(examples, oof, () => true, { kind: 'plateau', within: 0.15 })[
      CATEGORY_IDS[0]!
    ];
    expect(threshold).toBeGreaterThanOrEqual(0.55);
    expect(threshold).toBeLessThanOrEqual(0.8);
  });
});
