// The unlabelled changes a reference checkout's change report lists that this tree's turns into wording edits: what a
// new pairing newly hides and no label judges, to be read one by one before it is merged (a hidden real change is
// worse than a kept noise report).
//
//   npx tsx scripts/eval/changes/hidden-by-branch.ts --reference=/path/to/other/checkout
//
// The corpus: TERMWATCH_CORPUS, else ../shared/corpus. Both reports are built from this tree's analysis of the
// histories (the cache of `eval -- changes`), so only the diff code differs. Labelled changes are left out: `eval --
// changes` counts those.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffWithWordingEdits } from '../../../src/core/diff';
import { consecutivePairs, loadHistories, snapshotOf } from './histories';
import { labelFor, readLabels, unitKeyOf, type ReportedUnit } from './labels';

type Diff = typeof diffWithWordingEdits;

const arg = process.argv.find((a) => a.startsWith('--reference='));
if (!arg) {
  console.error('usage: hidden-by-branch.ts --reference=<checkout to compare with>');
  process.exit(2);
}
const reference = resolve(arg.slice('--reference='.length));
const module = (await import(pathToFileURL(join(reference, 'src', 'core', 'diff', 'index.ts')).href)) as {
  diffWithWordingEdits: Diff;
};
const referenceDiff = module.diffWithWordingEdits;

const corpus = process.env.TERMWATCH_CORPUS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus');
const histories = await loadHistories(join(corpus, 'ota'), 2);
const labels = readLabels();
let n = 0;
for (const h of histories) {
  for (const { before, after, earlier } of consecutivePairs(h)) {
    const here = diffWithWordingEdits(snapshotOf(before), snapshotOf(after), { earlier });
    const there = referenceDiff(snapshotOf(before), snapshotOf(after), { earlier });
    const unit = (change: (typeof here.changes)[number]): ReportedUnit => ({
      history: h.name,
      from: before.id,
      to: after.id,
      change,
    });
    const editsHere = new Set(here.wordingEdits.map((c) => unitKeyOf(unit(c))));
    const editsThere = new Set(there.wordingEdits.map((c) => unitKeyOf(unit(c))));
    const seen = new Set<string>();
    for (const c of there.changes) {
      const u = unit(c);
      const key = unitKeyOf(u);
      if (seen.has(key) || !editsHere.has(key) || editsThere.has(key) || labelFor(u, labels)) continue;
      seen.add(key);
      n++;
      console.log(
        `## ${n}. ${h.name} ${before.id}→${after.id} [${c.type} ${c.category ?? ''}]\n` +
          `- before: ${c.before}\n- after: ${c.after}\n`,
      );
    }
  }
}
console.log(`unlabelled changes newly wording edits: ${n}`);
