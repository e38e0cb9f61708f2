// Pins the Zoom 2023 story exactly, on the real texts (Open Terms Archive copies in test/fixtures/terms).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import type { Finding } from '../../../src/core/types';

const dir = join(__dirname, '..', '..', 'fixtures', 'terms');
const run = (file: string): ReturnType<typeof analyzeText> => analyzeText(readFileSync(join(dir, file), 'utf8'));
const results = Object.fromEntries(
  [
    'zoom-tos-2023-02-01.md',
    'zoom-tos-2023-03-31.md',
    'zoom-tos-2023-07-27.md',
    'zoom-tos-2023-08-07.md',
    'zoom-tos-2023-08-11.md',
  ].map((f) => [f, run(f)]),
);

/** The ai_training finding of the clause starting with `prefix`. */
function aiFinding(file: string, prefix: string): Finding | undefined {
  const r = results[file]!;
  const clause = r.clauses.find((c) => c.text.startsWith(prefix));
  expect(clause, `clause "${prefix}" not found in ${file}`).toBeDefined();
  return r.findings.find((f) => f.clauseId === clause!.id && f.category === 'ai_training');
}

describe('Zoom ToS 2023', () => {
  it.each(['zoom-tos-2023-03-31.md', 'zoom-tos-2023-07-27.md', 'zoom-tos-2023-08-07.md'])(
    '%s: §10.2 and §10.4 are high-severity ai_training grants',
    (file) => {
      for (const prefix of [
        'You consent to Zoom’s access, use, collection',
        'You agree to grant and hereby grant Zoom a perpetual',
      ]) {
        const f = aiFinding(file, prefix);
        expect(f?.stance).toBe('grant');
        expect(f?.severity).toBe('high');
      }
    },
  );

  it('7 August: "will not use … without your consent" is ai_training conditional (opt_in)', () => {
    const f = aiFinding(
      'zoom-tos-2023-08-07.md',
      'Notwithstanding the above, Zoom will not use audio, video or chat Customer Content to train',
    );
    expect(f?.stance).toBe('conditional');
    expect(f?.condition).toBe('opt_in');
  });

  it('11 August: "does not use … to train" is ai_training restrict, and no ai_training grant remains', () => {
    const f = aiFinding('zoom-tos-2023-08-11.md', 'Zoom does not use any of your audio, video, chat');
    expect(f?.stance).toBe('restrict');
    expect(
      results['zoom-tos-2023-08-11.md']!.findings.filter((x) => x.category === 'ai_training' && x.stance === 'grant'),
    ).toEqual([]);
  });

  it('1 February (before the rewrite) has no ai_training finding', () => {
    expect(results['zoom-tos-2023-02-01.md']!.findings.filter((x) => x.category === 'ai_training')).toEqual([]);
  });

  it('the score gets strictly better from 31 March to 11 August', () => {
    const march = results['zoom-tos-2023-03-31.md']!.summary;
    const august = results['zoom-tos-2023-08-11.md']!.summary;
    expect(august.score).toBeGreaterThan(march.score!);
    expect(march.driver).toContain('AI / machine-learning training');
  });

  it('evidence is always a substring of its clause', () => {
    for (const r of Object.values(results)) {
      const byId = new Map(r.clauses.map((c) => [c.id, c.text]));
      for (const f of r.findings) for (const e of f.evidence) expect(byId.get(f.clauseId)).toContain(e);
    }
  });
});
