// Whether the net gate (net-gate.ts) ever drops a pattern that matches: over the corpus documents that are no
// held-back gold, or the borrowed sets' texts, every clause is parsed, and each rule's net that compromise's sweep
// would try on it is swept as a whole and as the gate leaves it (the net dropped, or the patterns it keeps): the two
// must find the same. Also counts what the gate keeps with and without reading distance. Prints counts only.
//   npx tsx scripts/net-gate-check.ts ota|borrowed [--limit=N] [--every=N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compilePatterns } from '../src/core/analyze/engine';
import { compileNetGate } from '../src/core/analyze/net-gate';
import { getNlp, offsetSweeper, parse } from '../src/core/analyze/nlp';
import { textToClauses } from '../src/core/analyze/plain-text';
import { ALL_CATEGORY_RULES } from '../src/core/analyze/rules';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const set = process.argv[2] ?? 'ota';
const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.split('=')[1] ?? Infinity);
/** Every n-th document only (a sample across the corpus in less time). */
const every = Number(process.argv.find((a) => a.startsWith('--every='))?.split('=')[1] ?? 1);

function otaTexts(): string[] {
  const docs = (
    JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'gold', 'real', 'documents.json'), 'utf8'),
    ) as {
      documents: Array<{ file: string; part: string }>;
    }
  ).documents;
  const held = new Set(docs.filter((d) => d.part !== 'dev').map((d) => d.file));
  const root = join(CORPUS, 'ota');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.md') && relative(root, p).startsWith('documents/') && !held.has(relative(root, p)))
        files.push(p);
    }
  };
  walk(join(root, 'documents'));
  return files
    .sort()
    .filter((_f, i) => i % every === 0)
    .slice(0, limit)
    .flatMap((f) => textToClauses(readFileSync(f, 'utf8')).map((c) => c.text));
}

function borrowedTexts(): string[] {
  const rows = (file: string): Array<Record<string, unknown>> =>
    readFileSync(join(CORPUS, 'labelled', file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return [
    ...rows('tosdr-legacy-points.jsonl').map((r) => String(r.quote ?? '')),
    ...rows('opp115-segments-consolidated-0.75.jsonl').map((r) => String(r.text ?? '')),
    ...rows('claudette-multilingual-en-sentences.jsonl').map((r) => String(r.sentence ?? '')),
  ]
    .filter(Boolean)
    .slice(0, limit);
}

const nlp = getNlp();
const nets = ALL_CATEGORY_RULES.flatMap((cat) => cat.rules).map((rule) =>
  nlp.buildNet(compilePatterns(rule.match).map((match) => ({ match }))),
);
const order = compileNetGate(nlp, nets, { distance: false });
const distance = compileNetGate(nlp, nets);
const patternsOf = (net: object): object[] => [
  ...new Set(Object.values((net as { hooks: Record<string, object[]> }).hooks).flat()),
];
/** What compromise's sweep checks before it runs a pattern (compromise/src/1-one/sweep/methods/sweep). */
interface NetMatch {
  needs: string[];
  wants: string[];
  minWant: number;
}
/** Whether compromise's sweep would run a pattern of the net on a sentence of the parse (before it matches). */
function runs(cache: ReadonlyArray<Set<string>>, net: object): boolean {
  const { hooks, always } = net as { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
  if (always.length) return true;
  const ms = Object.values(hooks).flat();
  return cache.some((set) =>
    ms.some((m) => m.needs.every((n) => set.has(n)) && m.wants.filter((w) => set.has(w)).length >= m.minWant),
  );
}
const texts = set === 'borrowed' ? borrowedTexts() : otaTexts();
const kept = { order: { texts: 0, nets: 0, patterns: 0 }, distance: { texts: 0, nets: 0, patterns: 0 } };
let tried = 0;
let wrong = 0;
for (const text of texts) {
  const lower = text.toLowerCase();
  for (const [gate, k] of [
    [order, kept.order],
    [distance, kept.distance],
  ] as const) {
    gate.read(lower);
    const ns = nets.flatMap((_n, i) => (gate.possible(i) ? [i] : []));
    if (ns.length) k.texts++;
    k.nets += ns.length;
    for (const i of ns) k.patterns += patternsOf(nets[i]!).filter((m) => gate.patternPossible(m)).length;
  }
  // Every net compromise would try on the parse finds the same with the gate (order and distance) as without.
  const doc = parse(text);
  const cache = (
    doc as unknown as { methods: { one: { cacheDoc(d: unknown): Array<Set<string>> } }; document: unknown }
  ).methods.one.cacheDoc((doc as unknown as { document: unknown }).document);
  const all = offsetSweeper(doc);
  const some = offsetSweeper(doc, distance.patternPossible);
  nets.forEach((net, i) => {
    if (!runs(cache, net)) return;
    tried++;
    const found = JSON.stringify(all(net));
    const gated = distance.possible(i) ? JSON.stringify(some(net)) : '[]';
    if (gated !== found) wrong++;
  });
}
console.log(JSON.stringify({ set, texts: texts.length, netsTried: tried, kept, wrong }));
if (wrong) process.exitCode = 1;
