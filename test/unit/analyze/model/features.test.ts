// The features are hashed in place, without building word or bigram strings: they must be exactly the buckets of the
// words and bigrams that `words` reads, and of the context words, in their namespaces (what training used).
import { describe, expect, it } from 'vitest';
import { bucketOf, featuresOf, words, type UnitInput } from '../../../../src/core/analyze/model/features';
import { mulberry32 } from '../../../../scripts/seeded-random';

/** The features as their definition states them, from strings. */
function reference(unit: UnitInput, bits: number, prefix: number): number[] {
  const out = new Set<number>();
  const own = words(unit.text);
  own.forEach((w, i) => {
    out.add(bucketOf('w', w, bits));
    if (prefix > 0 && w.length > prefix) out.add(bucketOf('p', w.slice(0, prefix), bits));
    out.add(bucketOf('b', `${i === 0 ? '^' : own[i - 1]!} ${w}`, bits));
  });
  const context = (ns: string, texts: readonly (string | undefined)[]): void => {
    for (const t of texts) if (t) for (const w of words(t, 40)) out.add(bucketOf(ns, w, bits));
  };
  context('l', unit.leads ?? []);
  context('h', unit.sectionPath ?? []);
  context('t', [unit.columnHeader, unit.rowLabel]);
  out.add(bucketOf('r', unit.role ?? 'operative', bits));
  return [...out].sort((a, b) => a - b);
}

describe('features hashed in place', () => {
  const pool = [
    'we',
    'Sell',
    'licences',
    'Licensed',
    'privacy',
    'data',
    "don't",
    'won’t',
    'cannot',
    "Acme's",
    '30',
    '2nd',
    '٣',
    'é',
    '𝐀',
    '²',
    '-',
    ' ',
    ', ',
    '🙂',
  ];
  const rng = mulberry32(41);
  const pick = (): string => pool[Math.floor(rng() * pool.length)]!;
  const units: UnitInput[] = [
    { text: "We don't sell your data." },
    { text: 'Train 2 models', leads: ['We use it to:'], sectionPath: ['AI', 'Training'], role: 'pointer' },
    { text: 'x '.repeat(200), columnHeader: 'Purpose', rowLabel: 'Contact details' },
  ];
  for (let i = 0; i < 300; i++) {
    const text = Array.from({ length: 1 + Math.floor(rng() * 25) }, pick).join(' ');
    units.push(i % 2 ? { text } : { text, leads: [pick() + ' ' + pick()], sectionPath: [pick()], rowLabel: pick() });
  }
  it.each([
    [16, 0],
    [12, 0],
    [16, 5],
    [12, 3],
  ])('equal the buckets of the words, bigrams and stems (2^%i buckets, prefix %i)', (bits, prefix) => {
    for (const unit of units) expect([...featuresOf(unit, bits, prefix)]).toEqual(reference(unit, bits, prefix));
  });

  it('give inflections of a word a shared stem feature', () => {
    const stem = bucketOf('p', 'licen', 16);
    for (const text of ['a licence', 'licensed to us', 'Licenses'])
      expect([...featuresOf({ text }, 16, 5)]).toContain(stem);
    expect([...featuresOf({ text: 'a licence' }, 16, 0)]).not.toContain(stem);
  });
});
