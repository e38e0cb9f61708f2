// Leave-one-history-out cross-validation of a demotion rule over artifacts/eval/changes-features.json (features.ts):
// in each fold the thresholds are chosen on the other histories (no substantive change demoted there, the most noise
// demoted, ties to the strictest), then applied to the history left out. `npx tsx scripts/eval/changes/cv.ts FAMILY`
// (side, restated, short, moved, modified: the families of conditions in CONDS); a logistic model over every feature is
// cross-validated the same way after it. A rule is worth writing into src/core/diff only if its cross-validated
// result demotes no substantive change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Row {
  history: string;
  label: 'substantive' | 'noise';
  type: string;
  right: boolean;
  impact: boolean;
  finding: boolean;
  [k: string]: unknown;
}
const rows: Row[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'artifacts', 'eval', 'changes-features.json'), 'utf8'),
);

interface Cond {
  feature: string;
  dir: 'ge' | 'le';
  grid: number[];
}
const family = process.argv[2] ?? 'side';
const CONDS: Record<string, Cond[]> = {
  side: [
    { feature: 'coverDoc', dir: 'ge', grid: [0.7, 0.8, 0.85, 0.9, 0.95, 1] },
    { feature: 'coverBearing', dir: 'ge', grid: [0.8, 0.9, 1] },
    { feature: 'best', dir: 'ge', grid: [0, 0.5, 0.6, 0.7, 0.8, 0.9] },
    { feature: 'churn', dir: 'ge', grid: [0, 0.05, 0.1, 0.2, 0.3, 0.5] },
    { feature: 'numbersNew', dir: 'le', grid: [0] },
    { feature: 'content', dir: 'le', grid: [5, 10, 15, 20, 30, 1000] },
  ],
  restated: [
    { feature: 'coverChanged', dir: 'ge', grid: [0.7, 0.8, 0.9, 1] },
    { feature: 'bestChanged', dir: 'ge', grid: [0, 0.5, 0.7, 0.9] },
    { feature: 'bigramDoc', dir: 'ge', grid: [0, 0.3, 0.5, 0.7, 0.9] },
    { feature: 'coverBearing', dir: 'ge', grid: [0.9, 1] },
    { feature: 'churn', dir: 'ge', grid: [0, 0.1, 0.3, 0.5] },
    { feature: 'numbersNew', dir: 'le', grid: [0] },
    { feature: 'content', dir: 'le', grid: [5, 10, 20, 1000] },
  ],
  short: [
    { feature: 'coverChanged', dir: 'ge', grid: [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 1] },
    { feature: 'bestChanged', dir: 'ge', grid: [0, 0.5, 0.7] },
    { feature: 'bigramDoc', dir: 'ge', grid: [0, 0.25, 0.5] },
    { feature: 'coverBearing', dir: 'ge', grid: [0.9, 1] },
    { feature: 'churn', dir: 'ge', grid: [0, 0.1, 0.3] },
    { feature: 'numbersNew', dir: 'le', grid: [0] },
    { feature: 'content', dir: 'le', grid: [4, 5, 6, 7, 8, 10, 12, 15, 20, 1000] },
  ],
  moved: [
    { feature: 'twoWay', dir: 'ge', grid: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] },
    { feature: 'coverChanged', dir: 'ge', grid: [0, 0.6, 0.8, 0.9] },
    { feature: 'coverBearing', dir: 'ge', grid: [0.8, 0.9, 1] },
    { feature: 'churn', dir: 'ge', grid: [0, 0.1, 0.3] },
    { feature: 'numbersNew', dir: 'le', grid: [0] },
    { feature: 'content', dir: 'le', grid: [5, 8, 12, 20, 1000] },
  ],
  modified: [
    { feature: 'bearingAdded', dir: 'le', grid: [0, 1, 2] },
    { feature: 'bearingRemoved', dir: 'le', grid: [0, 1, 2] },
    { feature: 'contentAdded', dir: 'le', grid: [1, 2, 3, 5, 8] },
    { feature: 'contentRemoved', dir: 'le', grid: [1, 2, 3, 5, 8] },
    { feature: 'namesChanged', dir: 'le', grid: [0, 1, 5] },
    { feature: 'numbersChanged', dir: 'le', grid: [0] },
    { feature: 'negChanged', dir: 'le', grid: [0] },
    { feature: 'churn', dir: 'ge', grid: [0, 0.05, 0.1, 0.2, 0.3] },
  ],
};
const conds = CONDS[family]!;
const eligible = (r: Row): boolean =>
  !r.right &&
  !r.impact &&
  (family === 'short' ? !r.finding : true) &&
  (family === 'modified' ? r.type === 'modified' : r.type !== 'modified');

function* combos(i = 0, acc: number[] = []): Generator<number[]> {
  if (i === conds.length) {
    yield acc;
    return;
  }
  for (const v of conds[i]!.grid) yield* combos(i + 1, [...acc, v]);
}
const all = [...combos()];
const pass = (r: Row, t: number[]): boolean =>
  eligible(r) &&
  conds.every((c, i) => (c.dir === 'ge' ? (r[c.feature] as number) >= t[i]! : (r[c.feature] as number) <= t[i]!));
// Strictness: the sum of grid positions toward the strict end.
const strictness = (t: number[]): number =>
  conds.reduce(
    (s, c, i) => s + (c.dir === 'ge' ? c.grid.indexOf(t[i]!) : c.grid.length - 1 - c.grid.indexOf(t[i]!)),
    0,
  );

function fit(train: Row[]): number[] | null {
  let best: number[] | null = null;
  let bestNoise = 0;
  for (const t of all) {
    let noise = 0;
    let ok = true;
    for (const r of train)
      if (pass(r, t)) {
        if (r.label === 'substantive') {
          ok = false;
          break;
        }
        noise++;
      }
    if (!ok) continue;
    if (noise > bestNoise || (noise === bestNoise && best && strictness(t) > strictness(best))) {
      best = t;
      bestNoise = noise;
    }
  }
  return best;
}

const histories = [...new Set(rows.map((r) => r.history))];
let lost = 0;
let removed = 0;
for (const h of histories) {
  const t = fit(rows.filter((r) => r.history !== h));
  if (!t) continue;
  for (const r of rows.filter((r) => r.history === h && pass(r, t))) {
    if (r.label === 'substantive') {
      lost++;
      console.log(`  fold ${h}: substantive demoted: "${r.quote}" [${t.join(' ')}]`);
    } else {
      removed++;
      console.log(`  fold ${h}: noise demoted: "${r.quote}" [${t.join(' ')}]`);
    }
  }
}
const full = fit(rows);
const noise = rows.filter((r) => r.label === 'noise').length;
console.log(`${family}: cross-validated: noise demoted ${removed} of ${noise}, substantive demoted ${lost}`);
console.log(`  fitted on all: ${full ? conds.map((c, i) => `${c.feature} ${c.dir} ${full[i]}`).join(', ') : 'none'}`);
if (full) for (const r of rows.filter((r) => pass(r, full))) console.log(`    ${r.label} ${r.history} "${r.quote}"`);

// The same folds with a logistic model over every feature (standardised on the training histories, fitted by
// gradient descent from zero weights: deterministic), its threshold the highest score of a training substantive change.
const NUMERIC = [
  'words',
  'content',
  'ownBearing',
  'coverDoc',
  'coverBearing',
  'best',
  'coverChanged',
  'bestChanged',
  'bigramDoc',
  'numbersNew',
  'negations',
  'churn',
  'pairUnits',
  'contentAdded',
  'contentRemoved',
  'bearingAdded',
  'bearingRemoved',
  'numbersChanged',
  'negChanged',
  'namesChanged',
];
const vectorOf = (r: Row): number[] => [
  ...NUMERIC.map((f) => Number(r[f])),
  Number(r.type === 'added'),
  Number(r.type === 'removed'),
  Number(r.right),
  Number(r.impact),
  Number(r.finding),
];
function logistic(train: Row[]): (r: Row) => number {
  const xs = train.map(vectorOf);
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((s, x) => s + x[j]!, 0) / xs.length);
  const sd = Array.from(
    { length: d },
    (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1,
  );
  const norm = (x: number[]): number[] => x.map((v, j) => (v - mean[j]!) / sd[j]!);
  const zs = xs.map(norm);
  const ys = train.map((r) => (r.label === 'noise' ? 1 : 0));
  const w = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < 2000; it++) {
    const g = new Array<number>(d + 1).fill(0);
    zs.forEach((z, i) => {
      const p = 1 / (1 + Math.exp(-(w[d]! + z.reduce((s, v, j) => s + v * w[j]!, 0))));
      const e = p - ys[i]!;
      z.forEach((v, j) => (g[j]! += e * v));
      g[d]! += e;
    });
    for (let j = 0; j <= d; j++) w[j]! -= (0.1 * g[j]!) / zs.length + (j < d ? 0.01 * w[j]! : 0);
  }
  return (r) => {
    const z = norm(vectorOf(r));
    return w[d]! + z.reduce((s, v, j) => s + v * w[j]!, 0);
  };
}
let lLost = 0;
let lRemoved = 0;
for (const h of histories) {
  const train = rows.filter((r) => r.history !== h);
  const score = logistic(train);
  const cut = Math.max(...train.filter((r) => r.label === 'substantive').map(score));
  for (const r of rows.filter((r) => r.history === h && score(r) > cut)) {
    if (r.label === 'substantive') {
      lLost++;
      console.log(`  logistic fold ${h}: substantive demoted: "${r.quote}"`);
    } else lRemoved++;
  }
}
console.log(`logistic: cross-validated: noise demoted ${lRemoved} of ${noise}, substantive demoted ${lLost}`);
// How well the out-of-fold scores rank noise above substantive changes at all (0.5: no better than chance).
const scored: Array<{ s: number; noise: boolean }> = [];
for (const h of histories) {
  const score = logistic(rows.filter((r) => r.history !== h));
  for (const r of rows.filter((r) => r.history === h)) scored.push({ s: score(r), noise: r.label === 'noise' });
}
let above = 0;
let pairs = 0;
for (const n of scored.filter((x) => x.noise))
  for (const s of scored.filter((x) => !x.noise)) {
    pairs++;
    above += n.s > s.s ? 1 : n.s === s.s ? 0.5 : 0;
  }
console.log(`logistic: out-of-fold ranking (AUC) ${(above / pairs).toFixed(3)}`);
