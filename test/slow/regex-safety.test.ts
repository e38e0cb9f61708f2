// Every regular expression in src/ is checked by recheck (https://makenowjust-labs.github.io/recheck/) for
// catastrophic (exponential or polynomial) backtracking: a vulnerable regex run on page text freezes the tab.
// recheck takes from milliseconds to a minute per regex, so its verdicts are kept in test/fixtures/recheck-verdicts.json,
// keyed by the regex itself: any regex not in the file (new or changed) is checked now, and
// TERMWATCH_RECHECK_ALL=1 re-checks them all; TERMWATCH_RECHECK_WRITE=1 writes the verdicts back.
// Every verdict must be `safe`: a vulnerable or undecided regex is rewritten (a word gap stepped in code, see
// src/core/analyze/word-gap.ts; a bounded run or a look-behind checked in code), never listed as an exception.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { literalRegexes, runtimeRegexes, uniqueRegexes, type RegexEntry } from '../support/regex-inventory';

const VERDICTS = join(import.meta.dirname, '..', 'fixtures', 'recheck-verdicts.json');

/** recheck's attack for a vulnerable verdict: prefix + pump × n + suffix (npm run bench -- regex times it in V8). */
export interface Attack {
  pumps: { prefix: string; pump: string }[];
  suffix: string;
}
interface Verdict {
  status: string;
  complexity: string | null;
  where: string;
  /** The first 120 characters; the whole regex (`regex`, `flags`) is kept for vulnerable ones only, for the bench. */
  source: string;
  regex?: string;
  flags?: string;
  attack?: Attack;
}
interface VerdictFile {
  recheck: string;
  note: string;
  entries: Record<string, Verdict>;
}

/**
 * The list of known vulnerable regexes is closed: it was emptied when the last of them was rewritten, and stays empty.
 * (Their attack strings are kept in recheck-former-attacks.json for `npm run bench -- regex`.)
 */
const KNOWN_VULNERABLE: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'recheck-known-vulnerable.json'), 'utf8'),
) as Record<string, string>;

/**
 * recheck's fuzzing bounds each attack, incubation and seeding run by time as well as by characters read (1 s, 250 ms,
 * 100 ms by default): on a loaded machine a linear regex then runs out of time and is called polynomial, and the same
 * regex flips between verdicts from run to run. Bounded by characters read only (recheck's step limits), the verdict
 * depends on the regex alone; the whole check keeps a time limit, past which the verdict is `unknown` (not safe).
 */
const RECHECK_PARAMETERS = { timeout: 60_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

function keyOf(e: Pick<RegexEntry, 'source' | 'flags'>): string {
  return createHash('sha1')
    .update(`${e.flags.replace(/[gy]/g, '')}/${e.source}`)
    .digest('hex');
}

async function inventory(): Promise<RegexEntry[]> {
  const built = await runtimeRegexes(async () => {
    const analyze = await import('../../src/core/analyze');
    // Rules build some of their regexes lazily, on first use: run every category once.
    analyze.analyzeText(
      'We may share your personal data with third parties, sell it, and use your content to train our AI models. ' +
        'You grant us a perpetual licence to your content. We use cookies for targeted ads. We keep data forever. ' +
        'We may change these terms at any time.',
    );
    await Promise.all([
      import('../../src/core/detect'),
      import('../../src/core/extract'),
      import('../../src/core/normalize'),
      import('../../src/core/diff'),
      import('../../src/core/export'),
      import('../../src/core/score'),
    ]);
  });
  // A sticky regex (flag y) only ever matches where it is put, as if anchored there: it is checked as `^(?:…)`. Checked
  // as written it would be judged as a search from every position, which it never runs.
  return uniqueRegexes([...literalRegexes(), ...built]).map((e) =>
    e.flags.includes('y') ? { ...e, source: `^(?:${e.source})`, flags: e.flags.replace('y', '') } : e,
  );
}

describe('regular expressions in src/', () => {
  it('are all safe by recheck', async () => {
    const file = JSON.parse(readFileSync(VERDICTS, 'utf8')) as VerdictFile;
    const all = process.env.TERMWATCH_RECHECK_ALL === '1';
    const regexes = await inventory();
    expect(regexes.length).toBeGreaterThan(200); // the inventory found the rules, not an empty import
    const verdicts: Record<string, Verdict> = {};
    for (const re of regexes) {
      const key = keyOf(re);
      let v = all ? undefined : file.entries[key];
      if (!v) {
        const r = await check(re.source, re.flags.replace(/[gy]/g, ''), RECHECK_PARAMETERS);
        v = {
          status: r.status,
          complexity: r.status === 'vulnerable' ? r.complexity.summary : null,
          where: re.where,
          source: re.source.slice(0, 120),
        };
        if (r.status === 'vulnerable') {
          v.regex = re.source;
          v.flags = re.flags.replace(/[gy]/g, '');
          v.attack = {
            pumps: r.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })),
            suffix: r.attack.suffix,
          };
        }
      }
      verdicts[key] = v;
    }
    if (process.env.TERMWATCH_RECHECK_WRITE === '1') {
      writeFileSync(
        VERDICTS,
        `${JSON.stringify({ ...file, entries: Object.fromEntries(Object.entries(verdicts).sort()) }, null, 1)}\n`,
      );
    }
    const bad = Object.entries(verdicts)
      .filter(([, v]) => v.status !== 'safe')
      .map(([key, v]) => `${key} ${v.status} ${v.complexity ?? ''} ${v.where}: ${v.source}`);
    expect(bad, 'regexes recheck does not find safe').toEqual([]);
    expect(KNOWN_VULNERABLE, 'no exceptions: rewrite the regex instead').toEqual({});
  }, 900_000);
});
