import { readFileSync } from 'node:fs';
import { textToClauses } from '/work/wt-model/src/core/analyze/plain-text';
import { featuresOf, words } from '/work/wt-model/src/core/analyze/model/features';
import { scoreUnit } from '/work/wt-model/src/core/analyze/model/classifier';
import { shippedClassifier } from '/work/wt-model/src/core/analyze/model';
const text = readFileSync('/work/wt-model/test/fixtures/terms/zoom-tos-2023-08-07.md', 'utf8');
const clauses = textToClauses(text);
const m = shippedClassifier();
const time = (name: string, fn: () => void) => {
  fn();
  const t = performance.now();
  for (let r = 0; r < 20; r++) fn();
  console.log(name, ((performance.now() - t) / 20).toFixed(2));
};
time('words', () => {
  for (const c of clauses) words(c.text);
});
time('features', () => {
  for (const c of clauses) featuresOf(c, 16);
});
time('score', () => {
  for (const c of clauses) scoreUnit(m, c);
});
console.log(
  clauses.length,
  clauses.reduce((n, c) => n + c.text.length, 0),
);
