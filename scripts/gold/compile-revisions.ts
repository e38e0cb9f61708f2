// Compiles a guide-revision pass (compact lines of changed labels only, GUIDE.md "Decisions after the first agreement
// round") into settled labels in the format of adjudication.jsonl. `u17 data_sale negative` clears a label.
//   npx tsx scripts/gold/compile-revisions.ts CHANGES_FILE REVISER >> test/fixtures/gold/real/revisions.jsonl
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { uniqueQuote } from './compile-labels';
import { loadUnits } from './corpus-units';

const LINE =
  /^u(\d+)\s+(\w+)\s+(grant|conditional|restrict|none|negative)(?:\s+(opt_in|opt_out))?((?:\s+(?:role|actor)=\w+)*)(?:\s+#(.*))?$/;

export function compileRevisions(raw: string, reviser: string): object[] {
  const out: object[] = [];
  let doc: string | null = null;
  let units: ReturnType<typeof loadUnits> = [];
  let docText = '';
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('@done')) continue;
    if (line.startsWith('@doc ')) {
      doc = line.slice(5).trim();
      units = loadUnits(doc);
      docText = units.map((u) => u.text).join('\n');
      continue;
    }
    const m = LINE.exec(line);
    if (!m || !doc) throw new Error(`${reviser}: cannot read "${line}"`);
    const [, n, cat, stance, cond, extra, note] = m;
    const u = units[Number(n)];
    if (!u || !CATEGORY_IDS.includes(cat as CategoryId))
      throw new Error(`${reviser} ${doc}: bad unit or category in "${line}"`);
    const q = uniqueQuote(u, docText);
    const quote = q.quote;
    let occurrence = q.occurrence;
    if (occurrence < 0) occurrence = units.slice(0, u.index).filter((v) => v.text === u.text).length;
    out.push({
      doc,
      quote,
      occurrence,
      category: cat,
      stance: stance === 'negative' ? 'none' : stance,
      condition: cond ?? null,
      role: /role=(\w+)/.exec(extra ?? '')?.[1] ?? 'operative',
      actor: /actor=user/.test(extra ?? '') ? 'user' : 'service',
      reason: `${reviser}: ${note?.trim() || 'guide revision'}`,
    });
  }
  return out;
}

if (process.argv[1]?.endsWith('compile-revisions.ts')) {
  const [file, reviser] = process.argv.slice(2);
  if (!file || !reviser) {
    console.error('usage: compile-revisions.ts CHANGES_FILE REVISER');
    process.exit(2);
  }
  for (const l of compileRevisions(readFileSync(file, 'utf8'), reviser)) console.log(JSON.stringify(l));
}
