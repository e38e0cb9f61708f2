// Compares two annotators' labels of a relabelling pass (pass-units.ts) made apart, and settles what they agree on:
// where both give the same value and the gold says otherwise, the gold takes their label (revisions.jsonl); where
// they split, the gold keeps its label. Prints their agreement (Cohen's kappa over none / grant / opt-in / opt-out /
// restrict) and, per part, how many gold labels their agreement changes: counts only for the held-back part.
//   npx tsx scripts/gold/pass-compare.ts abroad FILE1 NAME1 FILE2 NAME2 [--write]
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cohenKappa, GOLD_DIR, readAnnotations, unitKey } from './agreement';
import { compileRevisions } from './compile-revisions';
import { isHeldBack } from './documents';
import { PASSES, passUnits } from './pass-units';
import { catKey, readSettled, resolveGold, valueOf, type SettledLabel } from './resolve-gold';

function byKey(list: readonly SettledLabel[]): Map<string, SettledLabel> {
  return new Map(list.map((r) => [catKey(unitKey(r), r.category), r]));
}

function main(): void {
  const [name, file1, name1, file2, name2, flag] = process.argv.slice(2);
  const pass = name ? PASSES[name] : undefined;
  if (!pass || !file1 || !name1 || !file2 || !name2) {
    console.error(`usage: pass-compare.ts ${Object.keys(PASSES).join('|')} FILE1 NAME1 FILE2 NAME2 [--write]`);
    process.exit(2);
  }
  const first = byKey(compileRevisions(readFileSync(file1, 'utf8'), name1) as SettledLabel[]);
  const second = byKey(compileRevisions(readFileSync(file2, 'utf8'), name2) as SettledLabel[]);
  const { gold } = resolveGold(readAnnotations(), readSettled());
  const goldBy = new Map(gold.map((g) => [catKey(unitKey(g), g.category), g]));
  const drawn = passUnits(pass);

  const pairs: [string, string][] = [];
  const revise: SettledLabel[] = [];
  const counts = { dev: { units: 0, agreed: 0, revised: 0 }, holdout: { units: 0, agreed: 0, revised: 0 } };
  const devMoves = new Map<string, number>();
  let missing = 0;
  for (const [key, a] of first) {
    const b = second.get(key);
    if (!b) {
      missing++;
      continue;
    }
    const part = isHeldBack(a.doc.split('/')[1] ?? '') ? 'holdout' : 'dev';
    const va = valueOf(a.stance, a.condition);
    const vb = valueOf(b.stance, b.condition);
    pairs.push([va, vb]);
    counts[part].units++;
    if (va !== vb) continue;
    counts[part].agreed++;
    const g = goldBy.get(key);
    const vg = g ? valueOf(g.stance, g.condition) : 'none';
    if (vg === va) continue;
    counts[part].revised++;
    if (part === 'dev') devMoves.set(`${vg} → ${va}`, (devMoves.get(`${vg} → ${va}`) ?? 0) + 1);
    revise.push({
      ...a,
      reason: `${name1}+${name2} (apart, agreed): GUIDE D13 pass${g ? '' : ', not labelled before'}`,
    });
  }
  missing += [...second.keys()].filter((k) => !first.has(k)).length;
  console.log(
    `${name} pass: ${drawn.length} units drawn; ${name1} and ${name2} both labelled ${pairs.length} (one only: ${missing})`,
  );
  const agreed = pairs.filter(([x, y]) => x === y).length;
  console.log(`agreement: ${agreed} of ${pairs.length}, Cohen's kappa ${cohenKappa(pairs).toFixed(3)}`);
  for (const part of ['dev', 'holdout'] as const) {
    const c = counts[part];
    console.log(
      `${part === 'dev' ? 'development' : 'held back'}: ${c.units} units, agreed ${c.agreed}, gold label changed ${c.revised}`,
    );
  }
  for (const [move, n] of [...devMoves].sort((x, y) => y[1] - x[1])) console.log(`  development ${move}: ${n}`);
  if (flag === '--write') {
    appendFileSync(join(GOLD_DIR, 'revisions.jsonl'), revise.map((r) => `${JSON.stringify(r)}\n`).join(''));
    console.log(`${revise.length} settled labels appended to revisions.jsonl`);
  }
}

main();
