// The cue scan reads what each pre-filter test needs from src/core/analyze/cue-starts.json, written ahead of time: the
// file must be what the rules as they are give, else a changed test is read from its source on every cold worker; and
// it is read only when written by this cue-scan.ts (STARTS_VERSION), else a change to how sources are read could leave
// stale entries that skip a test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileCueScan,
  keyedTests,
  startsTable,
  startsKey,
  STARTS_VERSION,
  type StartsTable,
} from '../../../src/core/analyze/cue-scan';
import { cueScanTests } from '../../../src/core/analyze/engine';
import { CUE_STARTS_FILE, cueScanVersion, cueStartsText } from '../../../scripts/cue-starts';
import { ruleExampleTexts, zoomTermsClauses } from '../../support/cue-fuzz';

describe('cue-starts.json', () => {
  it('is current (else run `npx tsx scripts/cue-starts.ts`)', () => {
    expect(readFileSync(CUE_STARTS_FILE, 'utf8')).toBe(cueStartsText());
  });
  it("is stamped with cue-scan.ts's version, the hash of its text (else run `npx tsx scripts/cue-starts.ts`)", () => {
    expect(STARTS_VERSION).toBe(cueScanVersion());
    expect((JSON.parse(readFileSync(CUE_STARTS_FILE, 'utf8')) as StartsTable).version).toBe(STARTS_VERSION);
  });
  it('has a version that any change to cue-scan.ts changes, but not its own line', () => {
    const text = readFileSync(CUE_STARTS_FILE.replace(/cue-starts\.json$/, 'cue-scan.ts'), 'utf8');
    const version = cueScanVersion(text);
    expect(cueScanVersion(text.replace(/STARTS_VERSION = '[^']*'/, "STARTS_VERSION = 'other'"))).toBe(version);
    expect(cueScanVersion(text.replace('const MAX_DISTRIBUTED = 16;', 'const MAX_DISTRIBUTED = 15;'))).not.toBe(
      version,
    );
    expect(cueScanVersion(text.replace(/\n/g, '\r\n'))).toBe(version);
  });
  it('gives each test and each piece of one (the alternatives run alone) its own key', () => {
    const keyed = keyedTests(cueScanTests());
    expect(keyed.length).toBeGreaterThan(cueScanTests().length);
    const keys = new Map<string, string>();
    for (const t of keyed) {
      const key = startsKey(t.source, t.flags);
      expect(keys.get(key) ?? t.flags + t.source).toBe(t.flags + t.source);
      keys.set(key, t.flags + t.source);
    }
  });
  it('builds the scan the sources build', () => {
    const tests = cueScanTests();
    const table = JSON.parse(readFileSync(CUE_STARTS_FILE, 'utf8')) as StartsTable;
    expect(table.version).toBe(STARTS_VERSION);
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

describe('compileCueScan with a table', () => {
  const sell = /\bsell\b/;
  // An entry that says the test needs a word starting "zzz": wrong for the source, so reading it shows.
  const wrong = (version: string): StartsTable => ({
    version,
    words: 'zzz',
    elements: ['0'],
    tests: { [startsKey(sell.source, sell.flags)]: [[0]] },
  });
  it('reads a table of its own version', () => {
    const scan = compileCueScan([sell], wrong(STARTS_VERSION));
    scan.scan('we sell data');
    expect(scan.possible(0)).toBe(false);
  });
  it('ignores a table of another version whole (reads the sources)', () => {
    const scan = compileCueScan([sell], wrong(`${STARTS_VERSION}-old`));
    scan.scan('we sell data');
    expect(scan.possible(0)).toBe(true);
    scan.scan('we keep data');
    expect(scan.possible(0)).toBe(false);
  });
});

describe('startsTable', () => {
  it('leaves out a test its pieces give, and the scan reads it from them', () => {
    const test = /\bsell\b|\brent(?:s|ed)?\b/;
    const table = startsTable([test]);
    expect(Object.keys(table.tests)).not.toContain(startsKey(test.source, test.flags));
    expect(Object.keys(table.tests)).toHaveLength(2);
    const scan = compileCueScan([test], table);
    for (const [text, can] of [
      ['we rented it', true],
      ['we sell it', true],
      ['we keep it', false],
    ] as const) {
      scan.scan(text);
      expect(scan.possible(0)).toBe(can);
      expect(scan.passes(0, text)).toBe(can);
    }
  });
  it('refuses two sources under one key (they would share one entry)', () => {
    // Two sources of one length whose 32-bit FNV-1a hashes are the same (found by search).
    const a = /\bw00vl8\b/;
    const b = /\bw0hpd6\b/;
    expect(startsKey(a.source, a.flags)).toBe(startsKey(b.source, b.flags));
    expect(() => startsTable([a, b])).toThrow(/two tests under one key/);
    expect(() => startsTable([a, a])).not.toThrow();
  });
});
