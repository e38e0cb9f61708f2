import { readFileSync } from 'node:fs';
import { textToClauses } from '../../src/core/analyze/plain-text';
import { scoreUnit } from '../../src/core/analyze/model/classifier';
import { shippedClassifier, withModel } from '../../src/core/analyze/model';
import { CATEGORY_IDS } from '../../src/core/types';
const text = readFileSync('test/fixtures/terms/zoom-tos-2023-08-07.md', 'utf8');
const clauses = textToClauses(text);
const m = shippedClassifier();
const time = (name: string, fn: () => void) => { fn(); const t = performance.now(); for (let r = 0; r < 10; r++) fn(); console.log(name, ((performance.now() - t) / 10).toFixed(1)); };
time('score', () => { for (const c of clauses) scoreUnit(m, c); });
time('withModel (no rule findings)', () => { for (const c of clauses) withModel(m, c, [], CATEGORY_IDS, []); });
let n = 0, len = 0; for (const c of clauses) { const f = withModel(m, c, [], CATEGORY_IDS, []); if (f.length) { n++; len += c.text.length; } }
console.log('clauses with proposals', n, 'chars', len);
