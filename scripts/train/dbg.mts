import { readFileSync } from 'node:fs';
import { textToClauses } from '/work/wt-model/src/core/analyze/plain-text';
import { analyzeClauses } from '/work/wt-model/src/core/analyze';
import { scoreUnit } from '/work/wt-model/src/core/analyze/model/classifier';
import { shippedClassifier } from '/work/wt-model/src/core/analyze/model';
const text = readFileSync('/work/wt-model/test/fixtures/terms/zoom-tos-2023-08-07.md', 'utf8');
const clauses = textToClauses(text);
const m = shippedClassifier();
analyzeClauses(clauses, { model: 'both' });
let t = performance.now();
for (let r = 0; r < 10; r++) for (const c of clauses) scoreUnit(m, c);
console.log('score all clauses ms', (performance.now() - t) / 10);
let prop = 0;
for (const c of clauses) {
  const p = scoreUnit(m, c);
  for (const k of m.categories) if ((p[k] ?? 0) >= m.thresholds[k]) prop++;
}
console.log('proposals (before rules)', prop);
const f = analyzeClauses(clauses, { model: 'both' }).findings;
console.log(
  'model findings',
  f.filter((x) => x.rule.startsWith('model:')).length,
  'rule findings',
  f.filter((x) => !x.rule.startsWith('model:')).length,
);
for (const mode of ['off', 'both'] as const) {
  t = performance.now();
  for (let r = 0; r < 5; r++) analyzeClauses(clauses, { model: mode });
  console.log(mode, (performance.now() - t) / 5);
}
