// Training examples from the development part of the real labels (test/fixtures/gold/real): each labelled unit as the
// extension extracts it (Markdown rendered to HTML, extractDocument: the same steps as the eval's run-document.ts),
// with its gold per category (1 = the unit is in the category with any stance, 0 = labelled negative, -1 = not
// labelled for it) and the rules' verdict (1 = flagged, 0 = not): the document run as `npm run eval -- real
// --model=off` runs it (runDocument), rules only. Not baseline.jsonl: that holds the analyser as shipped, whose model
// findings and vetoes come from a model trained on these very units. The held-back part (`part: "holdout"`) is never
// read: its documents are filtered out before any text is loaded.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { GOLD_DIR, readAnnotations, unitKey } from '../gold/agreement';
import { locateQuote } from '../gold/match-quotes';
import { readSettled, resolveGold, SETTLED_FILES } from '../gold/resolve-gold';
import { readCorpusTexts, readDocuments } from '../eval/real/collect';
import { neutralUrl, runDocument } from '../eval/real/run-document';
import type { Example } from './example';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE_DIR = join(ROOT, 'artifacts', 'train');

/**
 * Labelled sets the model is not trained on. `net-share` (data_sharing, a category the shipped model does not add to:
 * switch.ts) is for measuring: trained with it, the model alone gains on data_sharing but beside the rules it helps
 * neither as an adder nor as a veto on the dev fold run (MODEL.md, "Which categories the model may add to"); and the
 * trainer's seeded shuffle runs over all examples, so adding its units reorders every category's training.
 */
export const SETS_NOT_TRAINED: readonly string[] = ['net-share'];

/** The dev documents' labelled units as examples; cached in artifacts/train by a hash of the label files. */
export async function realDevExamples(otaDir: string, log: (s: string) => void): Promise<Example[]> {
  const key = labelsHash();
  const cache = join(CACHE_DIR, `real-dev-${key.slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Example[];
  const all = readDocuments();
  // Every labelled set counts (whole, net-ai, net-sale, net-licence, net-change …: every file of annotations/), so a
  // newly labelled document must be in documents.json first, or its part (dev or held back) is unknown.
  const known = new Set(all.map((d) => d.file));
  const unknown = [...new Set(readAnnotations().map((l) => l.doc))].filter((f) => !known.has(f));
  if (unknown.length)
    throw new Error(
      `labelled but not in documents.json (regenerate it: npx tsx scripts/gold/documents.ts): ${unknown.join(', ')}`,
    );
  const docs = all.filter((d) => d.part === 'dev');
  const texts = readCorpusTexts(otaDir, docs);
  const devFiles = new Set(docs.map((d) => d.file));
  const annotations = readAnnotations().filter((l) => devFiles.has(l.doc));
  const leftOut = new Set(
    annotations.filter((l) => SETS_NOT_TRAINED.includes(l.set)).map((l) => `${unitKey(l)}\u0000${l.category ?? ''}`),
  );
  const { gold } = resolveGold(
    annotations.filter((l) => !SETS_NOT_TRAINED.includes(l.set)),
    readSettled().filter((s) => devFiles.has(s.doc) && !leftOut.has(`${unitKey(s)}\u0000${s.category}`)),
  );
  const byDoc = new Map<string, typeof gold>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const out: Example[] = [];
  for (const [i, doc] of docs.entries()) {
    const labels = byDoc.get(doc.file);
    if (!labels?.length) continue;
    const run = await runDocument(texts[i]!, neutralUrl(i), undefined, 'off');
    const clauses = run.clauses;
    // As the eval counts a verdict: a finding of the unit's clause, not a mention (a finding with a role).
    const flagged = new Set(
      run.analysis.findings.filter((f) => !f.role).map((f) => `${f.clauseId}\u0000${f.category}`),
    );
    const clauseTexts = clauses.map((c) => c.text);
    const byUnit = new Map<number, Example>();
    for (const g of labels) {
      const m = locateQuote(clauseTexts, g.quote, g.occurrence);
      if (m.index === null) continue;
      const c = clauses[m.index]!;
      let ex = byUnit.get(m.index);
      if (!ex) {
        ex = {
          source: 'real',
          group: doc.service,
          unit: {
            text: c.text,
            ...(c.leads?.length ? { leads: c.leads } : {}),
            ...(c.sectionPath.length ? { sectionPath: c.sectionPath } : {}),
            ...(c.columnHeader ? { columnHeader: c.columnHeader } : {}),
            ...(c.rowLabel ? { rowLabel: c.rowLabel } : {}),
            ...(c.role ? { role: c.role } : {}),
          },
          labels: CATEGORY_IDS.map(() => -1),
          rules: CATEGORY_IDS.map(() => -1),
        };
        byUnit.set(m.index, ex);
      }
      const ci = CATEGORY_IDS.indexOf(g.category);
      ex.labels[ci] = g.stance === null ? 0 : 1;
      ex.rules[ci] = flagged.has(`${c.id}\u0000${g.category satisfies CategoryId}`) ? 1 : 0;
    }
    out.push(...[...byUnit.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e));
    if ((i + 1) % 50 === 0) log(`  extracted ${i + 1}/${docs.length} dev documents`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/**
 * A hash of everything the dev examples depend on besides the corpus texts (those are hash-checked on reading): the
 * labels, and the code that cuts the units and gives the rules' verdicts (src/core, the Markdown rendering, the eval's
 * document run).
 */
function labelsHash(): string {
  const h = createHash('sha256');
  const under = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(?:ts|json)$/.test(f))
      .map((f) => join(ROOT, dir, f));
  // Not the weights: the rules' verdicts are taken with the model off, and a retrain must not redo the extraction.
  const weights = join(ROOT, 'src', 'core', 'analyze', 'model', 'weights.json');
  const code = [
    ...under(join('src', 'core')).filter((f) => f !== weights),
    ...under(join('src', 'cli', 'source')),
    join(ROOT, 'scripts', 'eval', 'real', 'run-document.ts'),
  ].sort();
  for (const f of code) h.update(f.slice(ROOT.length)).update(readFileSync(f));
  h.update(readFileSync(join(GOLD_DIR, 'documents.json')));
  for (const f of SETTLED_FILES) if (existsSync(join(GOLD_DIR, f))) h.update(readFileSync(join(GOLD_DIR, f)));
  h.update(JSON.stringify(readAnnotations()));
  h.update(JSON.stringify(SETS_NOT_TRAINED));
  return h.digest('hex');
}
