// The cue scan reads what each pre-filter test needs from src/core/analyze/cue-starts.json, written ahead of time: the
// file must be what the rules as they are give, else a changed test is read from its source on every cold worker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCueScan, startsKey } from '../../../src/core/analyze/cue-scan';
import { cueScanTests } from '../../../src/core/analyze/engine';
import { CUE_STARTS_FILE, cueStartsText } from '../../../scripts/cue-starts';
import { ruleExampleTexts, zoomTermsClauses } from '../../support/cue-fuzz';

describe('cue-starts.json', () => {
  it('is current (else run `npx tsx scripts/cue-starts.ts`)', () => {
    expect(readFileSync(CUE_STARTS_FILE, 'utf8')).toBe(cueStartsText());
  });
  it('gives each test its own key', () => {
    const tests = cueScanTests();
    const keys = new Map<string, string>();
    for (const t of tests) {
      const key = startsKey(t.source, t.flags);
      expect(keys.get(key) ?? t.flags + t.source).toBe(t.flags + t.source);
      keys.set(key, t.flags + t.source);
    }
  });
  it('builds the scan the sources build', () => {
    const tests = cueScanTests();
    const table = JSON.parse(readFileSync(CUE_STARTS_FILE, 'utf8')) as Parameters<typeof compileCueScan>[1];
    const read = compileCueScan(tests, table);
    const built = compileCueScan(tests);
    const differ: string[] = [];
    for (const text of [...ruleExampleTexts(), ...zoomTermsClauses()].map((t) => t.toLowerCase())) {
      read.scan(text);
      built.scan(text);
      tests.forEach((t, i) => {
        if (read.possible(i) !== built.possible(i)) differ.push(`${String(t)}: ${text}`);
      });
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});
