// `npm run train` is deterministic: a tiny training run reproduces its committed output byte for byte (the full run,
// on the corpus, writes src/core/analyze/model/weights.json the same way).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Example } from '../../../../scripts/train/example';
import { shuffled } from '../../../../scripts/train/ftrl';
import { mulberry32 } from '../../../../scripts/seeded-random';
import { trainFixture } from '../../../../scripts/train/train';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'train');

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
});
