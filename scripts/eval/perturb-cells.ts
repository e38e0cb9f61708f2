// Metamorphic probe of table cells read with their context (issue #16: data_sharing cells are missed far more often in
// the held-back part than in development, where three tables dominate). Takes the development units that are table
// cells (a column header or a row label) labelled for data_sharing, and rewrites each cell's column header and row
// label keeping what the cell says (scripts/eval/cell-rewrites.ts: the header said another way, the table turned
// round, the row label lost; for cells labelled a grant also a cell that is only a recipient, or only "Yes" under a
// header that says the row's data goes to others). Counts per rewrite how often the data_sharing finding the cell had
// is lost, its stance moved, or one gained: each is a reading that depends on how the table is laid out, not on what
// it says.
//   npx tsx scripts/eval/perturb-cells.ts [--refresh] [--seed=N] [--per-unit=N]
// Development units only: the first run (or --refresh) collects the labelled documents as `npm run eval -- real` does
// and keeps the development cells in artifacts/eval/perturb-cells-units.json; later runs read that file and take
// seconds. With --per-unit=N, N of a unit's rewrites are drawn with the seed (default: every rewrite). Output:
// artifacts/eval/perturb-cells.txt (each rewrite that lost, moved or gained a finding) and one line on stdout per
// rewrite ([made, lost, moved, gained]) with the totals.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeClauses } from '../../src/core/analyze';
import type { Clause, Stance } from '../../src/core/types';
import { CELL_REWRITES, type Cell } from './cell-rewrites';
import { devProbeUnits, PROBE_OUT_DIR } from './probe-units';
import { flag } from '../bench-util';
import { mulberry32 } from '../seeded-random';

const REPORT = join(PROBE_OUT_DIR, 'perturb-cells.txt');

interface ProbeUnit {
  doc: string;
  /** The gold data_sharing stance; null for a cell labelled none. */
  stance: Stance | null;
  clause: Clause;
}

const arg = (name: string): number | undefined => {
  const value = flag(name);
  return value === undefined ? undefined : Number(value);
};
const random = mulberry32(arg('seed') ?? 50);
const perUnit = arg('per-unit');

/** The data_sharing stance the analyser reports for a cell read alone (at the default settings, no mention), or null. */
function stanceOf(clause: Clause, cell: Cell): Stance | null {
  const { columnHeader: _h, rowLabel: _r, ...rest } = clause;
  const read: Clause = {
    ...rest,
    text: cell.text,
    end: clause.start + cell.text.length,
    ...(cell.columnHeader !== undefined ? { columnHeader: cell.columnHeader } : {}),
    ...(cell.rowLabel !== undefined ? { rowLabel: cell.rowLabel } : {}),
  };
  const stances = analyzeClauses([read], { sensitivity: 'every' })
    .findings.filter((f) => f.category === 'data_sharing' && !f.role && (f.shownFrom ?? 'normal') !== 'high')
    .map((f) => f.stance);
  // G4: the widest right wins.
  return (['grant', 'conditional', 'restrict'] as const).find((s) => stances.includes(s)) ?? null;
}

/** Rewrites that set what the cell says (a recipient, "Yes"): made only of cells labelled a grant. */
const SETS_MEANING = /^(?:only|yes):/;

const units = await devProbeUnits<ProbeUnit>(
  'perturb-cells-units.json',
  process.argv.includes('--refresh'),
  (u, clause) =>
    u.ref.category === 'data_sharing' && (clause.columnHeader !== undefined || clause.rowLabel !== undefined)
      ? { doc: u.ref.doc, stance: u.gold.stance, clause }
      : undefined,
);
const out: string[] = [];
const count: Record<string, [number, number, number, number]> = {};
const total = [0, 0, 0, 0];
let positives = 0;
for (const u of units) {
  if (u.stance !== null) positives++;
  const cell: Cell = {
    text: u.clause.text,
    ...(u.clause.columnHeader !== undefined ? { columnHeader: u.clause.columnHeader } : {}),
    ...(u.clause.rowLabel !== undefined ? { rowLabel: u.clause.rowLabel } : {}),
  };
  const before = stanceOf(u.clause, cell);
  let names = Object.keys(CELL_REWRITES).filter((n) => u.stance === 'grant' || !SETS_MEANING.test(n));
  if (perUnit !== undefined) {
    for (let i = names.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
    names = names.slice(0, perUnit);
  }
  for (const name of names.sort()) {
    const v = CELL_REWRITES[name]!(cell);
    if (!v) continue;
    // A rewrite that sets the cell's words is compared with the gold (the original cell said the same of its row).
    const was = SETS_MEANING.test(name) ? u.stance : before;
    const now = stanceOf(u.clause, v);
    const c = (count[name] ??= [0, 0, 0, 0]);
    const i = now === was ? 0 : now === null ? 1 : was === null ? 3 : 2;
    c[0]++;
    total[0]!++;
    if (i === 0) continue;
    c[i]!++;
    total[i]!++;
    const show = (x: Cell): string =>
      `[${x.columnHeader ?? '-'} | ${x.rowLabel?.slice(0, 80) ?? '-'}] ${x.text.slice(0, 200)}`;
    out.push(
      `${['', 'lost', 'moved', 'gained'][i]} ${was ?? 'none'} → ${now ?? 'none'} | ${name} | gold ${u.stance ?? 'none'} | ${u.doc}\n  ORIG: ${show(cell)}\n  VAR:  ${show(v)}`,
    );
  }
}
mkdirSync(PROBE_OUT_DIR, { recursive: true });
writeFileSync(REPORT, out.join('\n') + '\n');
console.log(
  `${units.length} cells (${positives} gold data_sharing), ${total[0]} rewrites: ${total[1]} lost, ${total[2]} moved, ${total[3]} gained`,
);
for (const [name, c] of Object.entries(count).sort()) console.log(`  ${name}: ${JSON.stringify(c)}`);
