// Training examples from the development part of the real labels (test/fixtures/gold/real): each labelled unit as the
// extension extracts it (Markdown rendered to HTML, extractDocument: the same steps as the eval's run-document.ts),
// with its gold per category (1 = the unit is in the category with any stance, 0 = labelled negative, -1 = not
// labelled for it) and the rules' verdict from baseline.jsonl (1 = flagged, 0 = not, -1 = no verdict). The held-back
// part (`part: "holdout"`) is never read: its documents are filtered out before any text is loaded.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../src/core/extract';
import { htmlToDocument, markdownToHtml, releaseDocument } from '../../src/cli/source';
import { CATEGORY_IDS } from '../../src/core/types';
import { GOLD_DIR, readAnnotations } from '../gold/agreement';
import { locateQuote } from '../gold/match-quotes';
import { readSettled, resolveGold, SETTLED_FILES } from '../gold/resolve-gold';
import { parseBaseline, verdictKey } from '../eval/real/baseline';
import { readCorpusTexts, readDocuments } from '../eval/real/collect';
import { neutralUrl } from '../eval/real/run-document';
import type { Example } from './example';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE_DIR = join(ROOT, 'artifacts', 'train');

/** The dev documents' labelled units as examples; cached in artifacts/train by a hash of the label files. */
export async function realDevExamples(otaDir: string, log: (s: string) => void): Promise<Example[]> {
  const key = labelsHash();
  const cache = join(CACHE_DIR, `real-dev-${key.slice(0, 16)}.json`);
  if (existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Example[];
  const docs = readDocuments().filter((d) => d.part === 'dev');
  const texts = readCorpusTexts(otaDir, docs);
  const devFiles = new Set(docs.map((d) => d.file));
  const { gold } = resolveGold(
    readAnnotations().filter((l) => devFiles.has(l.doc)),
    readSettled().filter((s) => devFiles.has(s.doc)),
  );
  const baseline = new Map(
    parseBaseline(readFileSync(join(GOLD_DIR, 'baseline.jsonl'), 'utf8'))
      .filter((b) => devFiles.has(b.doc))
      .map((b) => [verdictKey(b), b.stance !== null] as const),
  );
  const byDoc = new Map<string, typeof gold>();
  for (const g of gold) byDoc.set(g.doc, [...(byDoc.get(g.doc) ?? []), g]);
  const out: Example[] = [];
  for (const [i, doc] of docs.entries()) {
    const labels = byDoc.get(doc.file);
    if (!labels?.length) continue;
    const dom = htmlToDocument(markdownToHtml(texts[i]!), neutralUrl(i));
    let clauses;
    try {
      clauses = extractDocument(dom, neutralUrl(i)).document.clauses;
    } finally {
      await releaseDocument(dom);
    }
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
      const v = baseline.get(verdictKey(g));
      if (v !== undefined) ex.rules[ci] = v ? 1 : 0;
    }
    out.push(...[...byUnit.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e));
    if ((i + 1) % 50 === 0) log(`  extracted ${i + 1}/${docs.length} dev documents`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cache, JSON.stringify(out));
  return out;
}

/** A hash of everything the dev examples depend on besides the corpus texts (those are hash-checked on reading). */
function labelsHash(): string {
  const h = createHash('sha256');
  h.update(readFileSync(join(GOLD_DIR, 'documents.json')));
  h.update(readFileSync(join(GOLD_DIR, 'baseline.jsonl')));
  for (const f of SETTLED_FILES) if (existsSync(join(GOLD_DIR, f))) h.update(readFileSync(join(GOLD_DIR, f)));
  h.update(JSON.stringify(readAnnotations()));
  return h.digest('hex');
}
