// Metamorphic probe of the data_sharing stance (issue #16: held-back recall of conditional and restrict far under
// development's). Takes the development units whose gold data_sharing stance is conditional or restrict, and as a
// control every fourth grant, rewrites each keeping its meaning and stance (scripts/eval/sharing-rewrites.ts: the
// condition worded or placed otherwise, the denial worded otherwise, the act's verb, the recipients), and counts per
// rewrite kind the rewrites whose finding is lost or whose stance moves. A rewrite is compared with the analyser's
// verdict on the unmodified unit read the same way (the clause alone with its headings and lead-ins, first party
// "Acme", the eval's view), so a unit read wrongly still shows whether its reading holds across wordings.
//   npx tsx scripts/eval/perturb-sharing.ts [--refresh]
// Development units only (scripts/eval/probe-units.ts): the first run (or --refresh) collects the labelled documents
// as `npm run eval -- real` does and keeps the picked clauses in artifacts/eval/perturb-sharing-units.json; later runs
// take seconds. Output: artifacts/eval/perturb-sharing.md (counts, units read against gold, every moved rewrite).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeClauses } from '../../src/core/analyze';
import { DEFAULT_VIEW, findingsShown } from '../../src/core/report/view';
import type { Clause } from '../../src/core/types';
import { devProbeUnits, PROBE_OUT_DIR } from './probe-units';
import { REWRITES } from './sharing-rewrites';

interface ProbeUnit {
  doc: string;
  /** "grant", "restrict", "conditional:opt_in" … */
  gold: string;
  clause: Clause;
}

/** One grant in GRANT_SAMPLE is kept as the control. */
const GRANT_SAMPLE = 4;
let grantsSeen = 0;
const units = await devProbeUnits<ProbeUnit>(
  'perturb-sharing-units.json',
  process.argv.includes('--refresh'),
  (u, clause) => {
    if (u.ref.category !== 'data_sharing' || !u.gold.stance) return undefined;
    if (u.gold.stance === 'grant' && grantsSeen++ % GRANT_SAMPLE !== 0) return undefined;
    const gold = u.gold.stance === 'conditional' ? `conditional:${u.gold.condition}` : u.gold.stance;
    return { doc: u.ref.doc, gold, clause };
  },
);

/** The eval's verdict on one clause: the data_sharing finding the default view shows, mentions left out. */
function verdictOf(clause: Clause, text: string): string {
  const out = analyzeClauses([{ ...clause, text, end: clause.start + text.length }], {
    firstParty: ['acme'],
    sensitivity: 'every',
  });
  const f = findingsShown(out.findings, DEFAULT_VIEW).find((x) => x.category === 'data_sharing' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : 'none';
}

type Group = 'conditional' | 'restrict' | 'grant';
const groupOf = (gold: string): Group => (gold.startsWith('conditional') ? 'conditional' : (gold as Group));
const tally = (): Record<Group, { units: number; asGold: number; made: number; lost: number; moved: number }> => ({
  conditional: { units: 0, asGold: 0, made: 0, lost: 0, moved: 0 },
  restrict: { units: 0, asGold: 0, made: 0, lost: 0, moved: 0 },
  grant: { units: 0, asGold: 0, made: 0, lost: 0, moved: 0 },
});
const totals = tally();
const byKind: Record<string, Record<Group, [number, number, number]>> = {};
const wrong: string[] = [];
const moves: string[] = [];
for (const u of units) {
  const g = groupOf(u.gold);
  const before = verdictOf(u.clause, u.clause.text);
  totals[g].units++;
  if (before === u.gold) totals[g].asGold++;
  else wrong.push(`- (gold ${u.gold}; read ${before}) ${u.doc}\n  - ${u.clause.text.slice(0, 400)}`);
  for (const [name, rewrite] of Object.entries(REWRITES)) {
    const variant = rewrite(u.clause.text);
    if (variant === u.clause.text) continue;
    const k = (byKind[name] ??= { conditional: [0, 0, 0], restrict: [0, 0, 0], grant: [0, 0, 0] })[g];
    const after = verdictOf(u.clause, variant);
    k[0]++;
    totals[g].made++;
    if (after === before) continue;
    if (after === 'none') {
      k[1]++;
      totals[g].lost++;
    } else {
      k[2]++;
      totals[g].moved++;
    }
    const context = [...u.clause.sectionPath, ...(u.clause.leads ?? [])].join(' › ');
    moves.push(
      `- **${name}** (gold ${u.gold}; ${before} → ${after}) ${u.doc}${context ? ` ‹${context.slice(0, 120)}›` : ''}\n` +
        `  - was: ${u.clause.text.slice(0, 400)}\n  - now: ${variant.slice(0, 400)}`,
    );
  }
}
const summary = (['conditional', 'restrict', 'grant'] as const).map(
  (g) =>
    `${g}: ${totals[g].units} units (read as gold unmodified ${totals[g].asGold}); rewrites ${totals[g].made}: lost ${totals[g].lost}, stance moved ${totals[g].moved}`,
);
const lines = [
  '# data_sharing stance metamorphic probe (development units only)',
  '',
  ...summary.map((s) => `- ${s}`),
  '',
  '| rewrite | conditional made/lost/moved | restrict made/lost/moved | grant (control) made/lost/moved |',
  '|---|---|---|---|',
  ...Object.entries(byKind).map(
    ([k, c]) => `| ${k} | ${c.conditional.join('/')} | ${c.restrict.join('/')} | ${c.grant.join('/')} |`,
  ),
  '',
  '## Units read against their gold, unmodified',
  '',
  ...wrong,
  '',
  '## Moved rewrites',
  '',
  ...moves,
];
mkdirSync(PROBE_OUT_DIR, { recursive: true });
writeFileSync(join(PROBE_OUT_DIR, 'perturb-sharing.md'), `${lines.join('\n')}\n`);
console.log(summary.join('\n'));
console.log(`written: ${join(PROBE_OUT_DIR, 'perturb-sharing.md')}`);
