// Features of every reported change that has a development label, for choosing a demotion rule by
// leave-one-history-out cross-validation (`npx tsx scripts/eval/changes/features.ts`, then cv.ts). Writes
// artifacts/eval/changes-features.json. Held-back labels are dropped before anything is computed: nothing of them is
// read or printed. The corpus: TERMWATCH_CORPUS, else ../shared/corpus (as `npm run eval`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffWithWordingEdits, type Change } from '../../../src/core/diff';
import { bearingStems, nameStems } from '../../../src/core/diff/bearing';
import { wordingOf } from '../../../src/core/diff/wording';
import { consecutivePairs, loadHistories, snapshotOf } from './histories';
import { labelFor, readLabels, unitKeyOf, type ReportedUnit } from './labels';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function containment(a: readonly string[], b: ReadonlySet<string>): number {
  if (!a.length) return 1;
  return a.filter((w) => b.has(w)).length / a.length;
}

function bigrams(stems: readonly string[]): string[] {
  return stems.slice(1).map((w, i) => `${stems[i]} ${w}`);
}

async function main(): Promise<void> {
  const corpus = process.env.TERMWATCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');
  const histories = await loadHistories(join(corpus, 'ota'), 2);
  const labels = readLabels().filter((l) => l.part === 'dev');
  const bearing = bearingStems();
  const rows: object[] = [];
  for (const h of histories) {
    for (const { before, after, earlier } of consecutivePairs(h)) {
      const { changes } = diffWithWordingEdits(snapshotOf(before), snapshotOf(after), { earlier });
      if (!changes.length) continue;
      const otherStems = (side: 'before' | 'after'): Set<string> =>
        new Set((side === 'before' ? before : after).clauses.flatMap((c) => wordingOf(c.text).content));
      const stemsB = otherStems('before');
      const stemsA = otherStems('after');
      const clauseStemsB = before.clauses.map((c) => new Set(wordingOf(c.text).content));
      const clauseStemsA = after.clauses.map((c) => new Set(wordingOf(c.text).content));
      const numbersB = new Set(before.clauses.flatMap((c) => wordingOf(c.text).numbers));
      const numbersA = new Set(after.clauses.flatMap((c) => wordingOf(c.text).numbers));
      // The clauses each side does not say word for word on the other: where a new edition restates the old one.
      const keysB = new Set(before.clauses.map((c) => c.text));
      const keysA = new Set(after.clauses.map((c) => c.text));
      const changedB = before.clauses.filter((c) => !keysA.has(c.text)).map((c) => new Set(wordingOf(c.text).content));
      const changedA = after.clauses.filter((c) => !keysB.has(c.text)).map((c) => new Set(wordingOf(c.text).content));
      const bigramsOf = (texts: readonly string[]): Set<string> =>
        new Set(texts.flatMap((t) => bigrams(wordingOf(t).content)));
      const bigramsB = bigramsOf(before.clauses.map((c) => c.text));
      const bigramsA = bigramsOf(after.clauses.map((c) => c.text));
      const units = new Map<string, Change[]>();
      for (const c of changes) {
        const u: ReportedUnit = { history: h.name, from: before.id, to: after.id, change: c };
        const k = unitKeyOf(u);
        units.set(k, [...(units.get(k) ?? []), c]);
      }
      const churn = units.size / Math.max(before.clauses.length, after.clauses.length);
      // One unit per changed clause, its categories folded together (as the eval counts them).
      for (const cs of units.values()) {
        const c = cs[0]!;
        const label = labelFor({ history: h.name, from: before.id, to: after.id, change: c }, labels);
        if (!label) continue;
        const text = c.after ?? c.before ?? '';
        const own = wordingOf(text);
        // The other version: the old one for an added or reworded clause, the new one for a removed clause.
        const old = c.type !== 'removed';
        const other = old ? stemsB : stemsA;
        const otherClauses = old ? clauseStemsB : clauseStemsA;
        const otherNumbers = old ? numbersB : numbersA;
        const otherChanged = old ? changedB : changedA;
        const changedUnion = new Set(otherChanged.flatMap((x) => [...x]));
        let bestChanged = 0;
        // The changed clause of the other side that shares most words both ways (a clause moved and reworded).
        let twoWay = 0;
        const ownSet = new Set(own.content);
        for (const x of otherChanged) {
          bestChanged = Math.max(bestChanged, containment(own.content, x));
          twoWay = Math.max(twoWay, Math.min(containment(own.content, x), containment([...x], ownSet)));
        }
        const ownBigrams = bigrams(own.content);
        const otherBigrams = old ? bigramsB : bigramsA;
        let best = 0;
        for (const s of otherClauses) best = Math.max(best, containment(own.content, s));
        const ownBearing = own.content.filter((w) => bearing.has(w));
        let bearingAdded = 0,
          bearingRemoved = 0,
          contentAdded = 0,
          contentRemoved = 0,
          namesChanged = 0;
        let numbersChanged = 0,
          negChanged = 0;
        if (c.type === 'modified') {
          const b = wordingOf(c.before!);
          const a = wordingOf(c.after!);
          const bs = new Set(b.content);
          const as = new Set(a.content);
          contentAdded = [...as].filter((w) => !bs.has(w)).length;
          contentRemoved = [...bs].filter((w) => !as.has(w)).length;
          bearingAdded = [...as].filter((w) => !bs.has(w) && bearing.has(w)).length;
          bearingRemoved = [...bs].filter((w) => !as.has(w) && bearing.has(w)).length;
          numbersChanged = Number(b.numbers.join(' ') !== a.numbers.join(' '));
          negChanged = Number(b.negations !== a.negations);
          const nb = nameStems(c.before!);
          const na = nameStems(c.after!);
          namesChanged = [...na].filter((w) => !nb.has(w)).length + [...nb].filter((w) => !na.has(w)).length;
        }
        rows.push({
          history: h.name,
          pair: `${before.id}→${after.id}`,
          label: label.label,
          quote: label.quote,
          reason: label.reason,
          type: c.type,
          categories: cs.map((x) => x.category).join(','),
          right: cs.some((x) => x.right !== null),
          impact: cs.some((x) => x.impact !== 'neutral'),
          finding: cs.some((x) => x.category !== null),
          words: own.words.length,
          content: own.content.length,
          ownBearing: ownBearing.length,
          coverDoc: containment(own.content, other),
          coverBearing: containment(ownBearing, other),
          best,
          coverChanged: containment(own.content, changedUnion),
          bestChanged,
          twoWay,
          bigramDoc: containment(ownBigrams, otherBigrams),
          numbersNew: own.numbers.filter((n) => !otherNumbers.has(n)).length,
          negations: own.negations,
          churn,
          pairUnits: units.size,
          contentAdded,
          contentRemoved,
          bearingAdded,
          bearingRemoved,
          numbersChanged,
          negChanged,
          namesChanged,
        });
      }
    }
  }
  writeFileSync(join(ROOT, 'artifacts', 'eval', 'changes-features.json'), JSON.stringify(rows, null, 1));
  console.log(`${rows.length} development units`);
}

await main();
