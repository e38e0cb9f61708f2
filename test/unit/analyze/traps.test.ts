// The hand-written traps: no assurance, negation, consent condition or user-side clause may be reported as a grant.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import data from '../../fixtures/gold/traps.json';

interface Trap {
  id: string;
  kind: string;
  text: string;
  expect: Array<{ category: string; stance: string; condition?: string }>;
}
const traps = (data as { traps: Trap[] }).traps;
const key = (f: { category: string; stance: string; condition?: string }): string =>
  `${f.category}:${f.stance}${f.condition ? `:${f.condition}` : ''}`;

describe('traps.json', () => {
  it('has at least 60 traps with unique ids', () => {
    expect(traps.length).toBeGreaterThanOrEqual(60);
    expect(new Set(traps.map((t) => t.id)).size).toBe(traps.length);
  });
  it.each(traps.map((t) => [t.id, t.kind, t.text, t] as const))('%s (%s): %s', (_id, _kind, text, t) => {
    const got = analyzeText(text).findings;
    // Hard rule: never a grant the gold does not expect.
    for (const f of got.filter((x) => x.stance === 'grant')) expect(t.expect.map(key)).toContain(key(f));
    expect(got.map(key).sort()).toEqual(t.expect.map(key).sort());
  });
});
