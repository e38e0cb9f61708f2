// Compiles annotators' compact label files (GUIDE.md "Compact format", unit numbers as printed by units.ts) into
// the JSONL of the corpus's LABELLING.md: one line per (unit, category), keyed by a verbatim quote that is unique in
// the document, so the labels survive changes to how units are numbered. Units of a finished document (`@done`)
// that carry no label become labelled negatives (`category: null`) for the categories of the set.
//   npx tsx scripts/gold/compile-labels.ts RAW_FILE SET ANNOTATOR > annotations/ANNOTATOR-SET.jsonl
// SET: whole (all seven categories), net-ai (ai_training), net-sale (data_sale).
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { loadUnits, NETS, type Unit } from './corpus-units';

export const SETS = {
  whole: { categories: CATEGORY_IDS, net: null },
  'net-ai': { categories: ['ai_training'], net: NETS.ai },
  'net-sale': { categories: ['data_sale'], net: NETS.sale },
} as const satisfies Record<string, { categories: readonly CategoryId[]; net: RegExp | null }>;
export type SetName = keyof typeof SETS;

export interface LabelLine {
  doc: string;
  quote: string;
  /** 0 unless the quote's unit text occurs more than once in the document: which occurrence. */
  occurrence: number;
  context: string;
  category: CategoryId | null;
  stance: 'grant' | 'conditional' | 'restrict' | 'none' | null;
  condition: 'opt_in' | 'opt_out' | null;
  role: 'operative' | 'pointer' | 'explanation' | 'definition' | 'heading';
  actor: 'service' | 'user';
  set: SetName;
  annotator: string;
  note: string;
}

const LINE =
  /^u(\d+)\s+(\w+)\s+(grant|conditional|restrict|none)(?:\s+(opt_in|opt_out))?((?:\s+(?:role|actor)=\w+)*)(?:\s+#(.*))?$/;

/** A substring of 8–20 words of the unit that occurs once in the document; the whole unit when it is shorter. */
export function uniqueQuote(unit: Unit, docText: string): { quote: string; occurrence: number } {
  const words = unit.text.split(' ');
  const count = (q: string): number => docText.split(q).length - 1;
  if (words.length <= 20 && count(unit.text) === 1) return { quote: unit.text, occurrence: 0 };
  for (const size of [20, 14, 8]) {
    if (words.length < size) continue;
    for (let i = 0; i + size <= words.length; i++) {
      const q = words.slice(i, i + size).join(' ');
      if (count(q) === 1) return { quote: q, occurrence: 0 };
    }
  }
  return { quote: unit.text, occurrence: -1 }; // resolved by the caller: the unit's rank among identical units
}

export function unitContext(units: readonly Unit[], u: Unit): string {
  const prev = units[u.index - 1];
  const lead =
    prev && prev.block !== u.block && (u.role === 'list_item' || u.role === 'cell')
      ? ` ‹lead: ${prev.text.slice(0, 200)}›`
      : '';
  return `${u.context.join(' › ')}${lead}`;
}

export function compile(raw: string, set: SetName, annotator: string): LabelLine[] {
  const cats: readonly CategoryId[] = SETS[set].categories;
  const net = SETS[set].net;
  const out: LabelLine[] = [];
  let doc: string | null = null;
  let pending: string[] = [];
  const flush = (file: string): void => {
    const units = loadUnits(file);
    const docText = units.map((u) => u.text).join('\n');
    const labels = new Map<string, Omit<LabelLine, 'doc' | 'quote' | 'occurrence' | 'context' | 'set' | 'annotator'>>();
    for (const line of pending) {
      const m = LINE.exec(line);
      if (!m) throw new Error(`${annotator} ${file}: cannot read "${line}"`);
      const [, n, cat, stance, cond, extra, note] = m;
      if (!cats.includes(cat as CategoryId))
        throw new Error(`${annotator} ${file}: category ${cat} is not in set ${set}`);
      if (Number(n) >= units.length) throw new Error(`${annotator} ${file}: no unit u${n}`);
      if (stance === 'conditional' && !cond)
        throw new Error(`${annotator} ${file}: u${n} conditional without opt_in/opt_out`);
      const role = /role=(\w+)/.exec(extra ?? '')?.[1] ?? 'operative';
      const actor = /actor=user/.test(extra ?? '') ? 'user' : 'service';
      labels.set(`${n}|${cat}`, {
        category: cat as CategoryId,
        stance: stance as LabelLine['stance'],
        condition: (cond ?? null) as LabelLine['condition'],
        role: role as LabelLine['role'],
        actor,
        note: note?.trim() ?? '',
      });
    }
    for (const u of units) {
      if (net && !net.test(u.text)) continue;
      const q = uniqueQuote(u, docText);
      const quote = q.quote;
      let occurrence = q.occurrence;
      if (occurrence < 0) occurrence = units.slice(0, u.index).filter((v) => v.text === u.text).length;
      const base = { doc: file, quote, occurrence, context: unitContext(units, u), set, annotator };
      let any = false;
      for (const cat of cats) {
        const l = labels.get(`${u.index}|${cat}`);
        if (l) {
          out.push({ ...base, ...l });
          any = true;
        }
      }
      if (!any)
        out.push({
          ...base,
          category: null,
          stance: null,
          condition: null,
          role: 'operative',
          actor: 'service',
          note: '',
        });
    }
  };
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    if (line.startsWith('@doc ')) {
      doc = line.slice(5).trim();
      pending = [];
    } else if (line.startsWith('@done ')) {
      if (line.slice(6).trim() !== doc || doc === null)
        throw new Error(`${annotator}: @done without its @doc: ${line}`);
      flush(doc);
      doc = null;
    } else if (doc) pending.push(line);
    else throw new Error(`${annotator}: label outside a document: ${line}`);
  }
  return out;
}

if (process.argv[1]?.endsWith('compile-labels.ts')) {
  const [file, set, annotator] = process.argv.slice(2);
  if (!file || !set || !annotator || !(set in SETS)) {
    console.error('usage: compile-labels.ts RAW_FILE whole|net-ai|net-sale ANNOTATOR');
    process.exit(2);
  }
  for (const l of compile(readFileSync(file, 'utf8'), set as SetName, annotator)) console.log(JSON.stringify(l));
}
