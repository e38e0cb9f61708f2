// The regexes recheck still calls vulnerable (test/fixtures/recheck-known-vulnerable.json), run in V8 on recheck's
// own attack strings at two sizes: time(4n) ÷ time(n) is ≈ 4 when the engine stays linear on that attack, ≈ 16 when
// quadratic. recheck's fuzz mode counts steps of its own backtracking VM, which can flag a regex V8 runs linearly.
// Then the attack strings of the regexes that were once on that list (test/fixtures/recheck-former-attacks.json) run
// through every pre-filter of the rules as they are now: the same growth ratio, and the time ÷ an ordinary clause of
// the same length.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import { META } from '../../src/core/analyze/rules/data-sharing';
import type { TextTest } from '../../src/core/analyze/word-gap';
import { ordinaryClause } from '../../test/support/cue-fuzz';
import { compareMs, row } from '../bench-util';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures');

interface Verdict {
  status: string;
  where: string;
  regex?: string;
  flags?: string;
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string };
}

function attackString(a: NonNullable<Verdict['attack']>, n: number): string {
  return a.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + a.suffix;
}

function timeMs(re: RegExp, s: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    re.test(s);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export async function run(): Promise<void> {
  const known = JSON.parse(readFileSync(join(fixtures, 'recheck-known-vulnerable.json'), 'utf8')) as Record<
    string,
    string
  >;
  const verdicts = (
    JSON.parse(readFileSync(join(fixtures, 'recheck-verdicts.json'), 'utf8')) as { entries: Record<string, Verdict> }
  ).entries;
  const ratios: number[] = [];
  let undecided = 0;
  for (const key of Object.keys(known)) {
    const v = verdicts[key];
    if (!v?.attack || !v.regex) {
      undecided++;
      continue;
    }
    const re = new RegExp(v.regex, v.flags ?? '');
    // Size the attack to about 2,000 characters (the sentence splitter caps a clause at 1,000), then 4× that.
    const unit = Math.max(
      1,
      v.attack.pumps.reduce((n, p) => n + p.pump.length, 0),
    );
    const n = Math.max(8, Math.floor(2000 / unit));
    re.test(attackString(v.attack, 4)); // compile once
    const small = timeMs(re, attackString(v.attack, n));
    const large = timeMs(re, attackString(v.attack, 4 * n));
    const ratio = large / Math.max(small, 0.01);
    ratios.push(ratio);
    if (ratio > 8)
      row(
        `  super-linear: ${v.where} ${key.slice(0, 8)} (${small.toFixed(2)} → ${large.toFixed(2)} ms)`,
        ratio.toFixed(1),
      );
  }
  ratios.sort((a, b) => a - b);
  await formerAttacks();
  row('known-vulnerable regexes timed on their attack strings', String(ratios.length));
  row('  without an attack string (recheck undecided)', String(undecided));
  if (ratios.length) {
    row('median time(4n) ÷ time(n) (≈4 linear, ≈16 quadratic)', ratios[Math.floor(ratios.length / 2)]!.toFixed(1));
    row('worst time(4n) ÷ time(n)', ratios[ratios.length - 1]!.toFixed(1));
  }
}

/** Every pre-filter the analyser runs on a clause's lower-cased text: rule cues, category requirements, META. */
function preFilters(): TextTest[] {
  return [META, ...ALL_CATEGORY_RULES.flatMap((cat) => [...(cat.requires ?? []), ...cat.rules.flatMap((r) => r.cue)])];
}

async function formerAttacks(): Promise<void> {
  const former = JSON.parse(readFileSync(join(fixtures, 'recheck-former-attacks.json'), 'utf8')) as Record<
    string,
    { where: string; attack: NonNullable<Verdict['attack']> }
  >;
  const tests = preFilters();
  const all = (s: string) => (): number => tests.filter((t) => t.test(s)).length;
  const growth: number[] = [];
  const vsOrdinary: number[] = [];
  for (const [key, { attack }] of Object.entries(former)) {
    const unit = Math.max(
      1,
      attack.pumps.reduce((n, p) => n + p.pump.length, 0),
    );
    const n = Math.max(8, Math.floor(2000 / unit)); // as above: about 2,000 characters, then 8,000
    const small = attackString(attack, n);
    const large = attackString(attack, 4 * n);
    const r = compareMs(all(large), all(small), 9, 3);
    growth.push(r.ratio);
    const o = compareMs(all(large), all(ordinaryClause(large.length)), 9, 3);
    vsOrdinary.push(o.ratio);
    if (r.ratio > 8)
      row(`  super-linear: ${key.slice(0, 8)} (${r.b.toFixed(2)} → ${r.a.toFixed(2)} ms)`, r.ratio.toFixed(1));
  }
  growth.sort((a, b) => a - b);
  vsOrdinary.sort((a, b) => a - b);
  row(`former attack strings through all ${tests.length} pre-filters`, String(growth.length));
  if (!growth.length) return;
  row('  median time(4n) ÷ time(n) (≈4 linear, ≈16 quadratic)', growth[Math.floor(growth.length / 2)]!.toFixed(1));
  row('  worst time(4n) ÷ time(n)', growth[growth.length - 1]!.toFixed(1));
  row('  worst time ÷ ordinary clause of the same length', vsOrdinary[vsOrdinary.length - 1]!.toFixed(1));
}
