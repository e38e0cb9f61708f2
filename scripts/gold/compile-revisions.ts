// Compiles a guide-revision pass (compact lines of changed labels only, GUIDE.md "Decisions after the first agreement
// round") into settled labels in the format of adjudication.jsonl. `u17 data_sale negative` clears a label.
//   npx tsx scripts/gold/compile-revisions.ts CHANGES_FILE REVISER >> test/fixtures/gold/real/revisions.jsonl
import { readFileSync } from 'node:fs';
import { parseLabelLine, quoteOf } from './compile-labels';
import { loadUnits } from './corpus-units';

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
    if (!doc) throw new Error(`${reviser}: label outside a document: "${line}"`);
    const l = parseLabelLine(line, `${reviser} ${doc}`, { negative: true });
    const u = units[l.unit];
    if (!u) throw new Error(`${reviser} ${doc}: no unit u${l.unit}`);
    out.push({
      doc,
      ...quoteOf(units, u, docText),
      category: l.category,
      stance: l.stance === 'negative' ? 'none' : l.stance,
      condition: l.condition,
      role: l.role,
      actor: l.actor,
      reason: `${reviser}: ${l.note || 'guide revision'}`,
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
