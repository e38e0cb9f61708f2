// The cue scan's soundness checks over a corpus (test/unit/analyze/cue-scan.test.ts on each category's own rule
// examples, test/slow/cue-scan-sweep.test.ts on every text against every test): the scan may skip a test only when
// the test could not have matched, and passes(i) answers as the test itself, whatever was asked before. Each test runs
// once per text it is checked on; the three checks read that one answer.
import { expect, it } from 'vitest';
import { compileCueScan } from '../../src/core/analyze/cue-scan';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import type { TextTest } from '../../src/core/analyze/word-gap';

export interface NamedTest {
  name: string;
  /** The rule category the test was first found in. */
  category: string;
  test: TextTest;
}

/** Every distinct pre-filter test of the rules, and the regexes of their vetoes. */
export function allScanTests(): NamedTest[] {
  const seen = new Set<unknown>();
  const out: NamedTest[] = [];
  for (const cat of ALL_CATEGORY_RULES) {
    const add = (name: string, test: TextTest): void => {
      if (seen.has(test)) return;
      seen.add(test);
      out.push({ name, category: cat.category, test });
    };
    for (const [i, t] of (cat.requires ?? []).entries()) add(`${cat.category} requires[${i}]`, t);
    for (const rule of cat.rules) for (const [i, t] of rule.cue.entries()) add(`${rule.id} cue[${i}]`, t);
    // The engine answers the vetoes' regexes through the scan too.
    for (const v of cat.vetoes ?? []) {
      if (typeof v.when !== 'function') add(`${v.id} when`, v.when);
      if (v.unless) add(`${v.id} unless`, v.unless);
    }
  }
  return out;
}

/** A lower-cased text and the tests (indices into the tests swept) it is checked against. */
export interface SweepText {
  text: string;
  tests: readonly number[];
}

export interface SweepResult {
  /** Per test name: texts the scan ruled it out of although it matches them. */
  missed: Map<string, string[]>;
  /** passes(i) ≠ the test, asked right after the scan. */
  wrongPasses: string[];
  /** possible(i) false for a matching text, or passes(i) ≠ the test, after the previous text's answers were read. */
  wrongAfterPrevious: string[];
  /** Test runs checked, and how many of them the scan skipped. */
  runs: number;
  skips: number;
}

/** One scan compiled over every test in `tests`, checked on each text of `corpus` against that text's tests. */
export function sweepScan(tests: readonly NamedTest[], corpus: readonly SweepText[]): SweepResult {
  const scan = compileCueScan(tests.map((t) => t.test));
  const result: SweepResult = { missed: new Map(), wrongPasses: [], wrongAfterPrevious: [], runs: 0, skips: 0 };
  let previous = '';
  for (const { text, tests: which } of corpus) {
    const truth = which.map((i) => tests[i]!.test.test(text));
    // What possible(i) rules out, asked first.
    scan.scan(text);
    which.forEach((i, j) => {
      result.runs++;
      if (scan.possible(i)) return;
      result.skips++;
      if (truth[j]) result.missed.set(tests[i]!.name, [...(result.missed.get(tests[i]!.name) ?? []), text]);
    });
    // passes(i) asked alone, running only the alternatives the scan leaves.
    scan.scan(text);
    which.forEach((i, j) => {
      if (scan.passes(i, text) !== truth[j]) result.wrongPasses.push(`${tests[i]!.name}: ${text}`);
    });
    // passes(i) after possible(i) (as the engine asks them) reads the text scanned last, not the one before: what the
    // scan left of each test for the text before must not carry over to this one.
    scan.scan(previous);
    which.forEach((i) => scan.possible(i));
    scan.scan(text);
    which.forEach((i, j) => {
      if (i % 2 === 0 && !scan.possible(i) && truth[j])
        result.wrongAfterPrevious.push(`possible ${tests[i]!.name}: ${text}`);
      if (scan.passes(i, text) !== truth[j]) result.wrongAfterPrevious.push(`${tests[i]!.name}: ${text}`);
    });
    previous = text;
  }
  return result;
}

/**
 * The checks every sweep makes of its result: no test missed a text it matches, and passes(i) answers as the test
 * itself, alone and after possible(i). `result` is read when the checks run (the sweep runs in a hook).
 */
export function itChecksTheSweep(tests: readonly NamedTest[], result: () => SweepResult): void {
  it.each(tests.map((t) => [t.name] as const))('%s', (name) => {
    expect((result().missed.get(name) ?? []).slice(0, 3)).toEqual([]);
  });
  it('passes(i) answers as the test itself, running only the alternatives the scan leaves', () => {
    expect(result().wrongPasses.slice(0, 3)).toEqual([]);
  });
  it('passes(i) after possible(i) (as the engine asks them) reads the text scanned last, not the one before', () => {
    expect(result().wrongAfterPrevious.slice(0, 3)).toEqual([]);
  });
}
