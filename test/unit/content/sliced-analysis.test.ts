// Slicing the analysis for the page's sake must not change its result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClauses, analyzeText } from '../../../src/core/analyze';
import { analyzeInSlices } from '../../../src/content/sliced-analysis';

const zoom = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'terms', 'zoom-tos-2023-03-31.md'), 'utf8');

describe('analyzeInSlices', () => {
  it('equals analyzeClauses on the whole Zoom March 2023 terms, yielding between slices', async () => {
    const { clauses } = analyzeText(zoom);
    let yields = 0;
    const sliced = await analyzeInSlices(clauses, { sensitivity: 'normal' }, 1, async () => {
      yields++;
    });
    expect(sliced).toEqual(analyzeClauses(clauses, { sensitivity: 'normal' }));
    expect(sliced.findings.length).toBeGreaterThan(0);
    expect(yields).toBeGreaterThan(3);
  });

  it('passes the unsupported-language verdict through without analysing', async () => {
    const { clauses } = analyzeText(zoom);
    const sliced = await analyzeInSlices(clauses, { lang: 'de' });
    expect(sliced.languageSupported).toBe(false);
    expect(sliced.findings).toEqual([]);
  });
});
