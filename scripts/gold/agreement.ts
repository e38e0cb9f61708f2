// Agreement between annotators on the units both labelled: Cohen's kappa per category over the four values
// none / grant / conditional / restrict, and the list of disagreements to settle.
//   npx tsx scripts/gold/agreement.ts [--disagreements]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { SETS, type LabelLine } from './compile-labels';

export const GOLD_DIR = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'gold', 'real');

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

export function unitKey(l: Pick<LabelLine, 'doc' | 'quote' | 'occurrence'>): string {
  return `${l.doc}\u0000${l.quote}\u0000${l.occurrence}`;
}

export function readAnnotations(dir = join(GOLD_DIR, 'annotations')): LabelLine[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<LabelLine>(join(dir, f)));
}

/** value of (annotator, unit, category); undefined when that annotator did not label the unit for the category. */
export function votesOf(
  lines: readonly LabelLine[],
): Map<string, Map<string, Map<CategoryId, { value: string; line: LabelLine }>>> {
  const out = new Map<string, Map<string, Map<CategoryId, { value: string; line: LabelLine }>>>();
  for (const l of lines) {
    const byUnit = out.get(l.annotator) ?? new Map<string, Map<CategoryId, { value: string; line: LabelLine }>>();
    out.set(l.annotator, byUnit);
    const key = unitKey(l);
    const cats = byUnit.get(key) ?? new Map<CategoryId, { value: string; line: LabelLine }>();
    byUnit.set(key, cats);
    for (const c of SETS[l.set].categories) if (!cats.has(c)) cats.set(c, { value: 'none', line: l });
    if (l.category)
      cats.set(l.category, {
        value: l.stance === 'none' ? 'none' : `${l.stance}${l.condition ? `:${l.condition}` : ''}`,
        line: l,
      });
  }
  return out;
}

export function cohenKappa(pairs: readonly [string, string][]): number {
  const n = pairs.length;
  if (!n) return NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = new Map<string, number>();
  const pb = new Map<string, number>();
  for (const [a, b] of pairs) {
    pa.set(a, (pa.get(a) ?? 0) + 1 / n);
    pb.set(b, (pb.get(b) ?? 0) + 1 / n);
  }
  let chance = 0;
  for (const [k, v] of pa) chance += v * (pb.get(k) ?? 0);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

/** A (unit, category) on which two annotators differ; values carry the condition (grant, conditional:opt_in…). */
export interface Disagreement {
  key: string;
  category: CategoryId;
  a: string;
  b: string;
  aAnn: string;
  bAnn: string;
  line: LabelLine;
}

interface Kappa {
  kappa: number;
  units: number;
  agree: number;
  positives: number;
}

function kappaOf(pairs: readonly [string, string][]): Kappa {
  return {
    kappa: Number(cohenKappa(pairs).toFixed(3)),
    units: pairs.length,
    agree: pairs.filter(([x, y]) => x === y).length,
    positives: pairs.filter(([x, y]) => x !== 'none' || y !== 'none').length,
  };
}

/**
 * Every pair of annotators on the (unit, category) pairs both labelled: kappa per category, and per set and category
 * (the second annotator's set: whole documents and keyword nets are different samples).
 */
export function agreement(lines: readonly LabelLine[]): {
  kappa: Record<string, Kappa>;
  bySet: Record<string, Record<string, Kappa>>;
  disagreements: Disagreement[];
  doubleDocs: string[];
} {
  const votes = votesOf(lines);
  const annotators = [...votes.keys()].sort();
  const perCat = new Map<CategoryId, [string, string][]>();
  const perSet = new Map<string, Map<CategoryId, [string, string][]>>();
  const disagreements: Disagreement[] = [];
  const docs = new Set<string>();
  for (const [i, bAnn] of annotators.entries()) {
    for (const aAnn of annotators.slice(0, i)) {
      const aUnits = votes.get(aAnn)!;
      for (const [key, bCats] of votes.get(bAnn)!) {
        const aCats = aUnits.get(key);
        if (!aCats) continue;
        for (const [cat, bv] of bCats) {
          const av = aCats.get(cat);
          if (!av) continue;
          if (bv.line.set === 'whole' && av.line.set === 'whole') docs.add(bv.line.doc);
          const pair: [string, string] = [av.value, bv.value];
          (perCat.get(cat) ?? perCat.set(cat, []).get(cat)!).push(pair);
          const bySet = perSet.get(bv.line.set) ?? perSet.set(bv.line.set, new Map()).get(bv.line.set)!;
          (bySet.get(cat) ?? bySet.set(cat, []).get(cat)!).push(pair);
          if (av.value !== bv.value)
            disagreements.push({ key, category: cat, a: av.value, b: bv.value, aAnn, bAnn, line: bv.line });
        }
      }
    }
  }
  const kappa: Record<string, Kappa> = {};
  for (const cat of CATEGORY_IDS) kappa[cat] = kappaOf(perCat.get(cat) ?? []);
  const bySet: Record<string, Record<string, Kappa>> = {};
  for (const [set, cats] of [...perSet].sort(([x], [y]) => (x < y ? -1 : 1)))
    bySet[set] = Object.fromEntries([...cats].map(([cat, pairs]) => [cat, kappaOf(pairs)]));
  return { kappa, bySet, disagreements, doubleDocs: [...docs].sort() };
}

if (process.argv[1]?.endsWith('agreement.ts')) {
  const { kappa, bySet, disagreements, doubleDocs } = agreement(readAnnotations());
  console.log(`double-labelled whole documents: ${doubleDocs.length}`);
  console.log('category          kappa  units  agree  units either calls positive');
  for (const [cat, k] of Object.entries(kappa))
    console.log(
      `${cat.padEnd(17)} ${k.kappa.toFixed(3).padStart(5)}  ${String(k.units).padStart(5)}  ${String(k.agree).padStart(5)}  ${String(k.positives).padStart(5)}`,
    );
  for (const [set, cats] of Object.entries(bySet))
    for (const [cat, k] of Object.entries(cats))
      console.log(`  ${set} ${cat}: kappa ${k.kappa.toFixed(3)} over ${k.units} units (${k.agree} agree)`);
  if (process.argv.includes('--disagreements')) {
    for (const d of disagreements)
      console.log(
        JSON.stringify({
          doc: d.line.doc,
          quote: d.line.quote,
          occurrence: d.line.occurrence,
          context: d.line.context,
          category: d.category,
          [d.aAnn]: d.a,
          [d.bAnn]: d.b,
        }),
      );
  }
}

/** Every (unit, category) on which any two annotators differ: each needs a settled label (adjudication.jsonl). */
export function conflicts(
  lines: readonly LabelLine[],
): { key: string; category: CategoryId; values: Record<string, string>; line: LabelLine }[] {
  const votes = votesOf(lines);
  const byUnitCat = new Map<
    string,
    { values: Record<string, string>; line: LabelLine; key: string; category: CategoryId }
  >();
  for (const [ann, byUnit] of votes) {
    for (const [key, cats] of byUnit) {
      for (const [cat, v] of cats) {
        const k = `${key}\u0000${cat}`;
        const e = byUnitCat.get(k) ?? { values: {}, line: v.line, key, category: cat };
        e.values[ann] = v.value;
        byUnitCat.set(k, e);
      }
    }
  }
  return [...byUnitCat.values()].filter((e) => new Set(Object.values(e.values)).size > 1);
}
