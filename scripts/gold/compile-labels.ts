// Compiles annotators' compact label files (GUIDE.md "Compact format", unit numbers as printed by units.ts) into
// the JSONL of the corpus's LABELLING.md: one line per (unit, category), keyed by a verbatim quote that is unique in
// the document, so the labels survive changes to how units are numbered. Units of a finished document (`@done`)
// that carry no label become labelled negatives (`category: null`) for the categories of the set.
//   npx tsx scripts/gold/compile-labels.ts RAW_FILE SET ANNOTATOR > annotations/ANNOTATOR-SET.jsonl
// SET: whole (all seven categories), net-ai (ai_training), net-sale (data_sale), net-licence (content_licence),
// net-change (terms_change), net-retention (retention), net-tracking (tracking), net-share (data_sharing),
// net-svc (terms_change: changes of the service and its prices).
import { readFileSync } from 'node:fs';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { loadUnits, NETS, type Unit } from './corpus-units';

export const SETS = {
  whole: { categories: CATEGORY_IDS, net: null },
  'net-ai': { categories: ['ai_training'], net: NETS.ai },
  'net-sale': { categories: ['data_sale'], net: NETS.sale },
  'net-licence': { categories: ['content_licence'], net: NETS.licence },
  'net-change': { categories: ['terms_change'], net: NETS.change },
  'net-retention': { categories: ['retention'], net: NETS.retention },
  'net-tracking': { categories: ['tracking'], net: NETS.tracking },
  'net-share': { categories: ['data_sharing'], net: NETS.share },
  'net-svc': { categories: ['terms_change'], net: NETS.svc },
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
  /^u(\d+)\s+(\w+)\s+(grant|conditional|restrict|none|negative)(?:\s+(opt_in|opt_out))?((?:\s+(?:role|actor)=\w+)*)(?:\s+#(.*))?$/;

export interface ParsedLabel {
  unit: number;
  category: CategoryId;
  /** 'negative' (revision passes only) clears a label. */
  stance: 'grant' | 'conditional' | 'restrict' | 'none' | 'negative';
  condition: 'opt_in' | 'opt_out' | null;
  role: LabelLine['role'];
  actor: LabelLine['actor'];
  note: string;
}

/**
 * One compact annotator line ("u17 data_sale conditional opt_out role=pointer # why"), checked: a known category, a
 * condition exactly when the stance is conditional, 'negative' only where `negative` allows it.
 */
export function parseLabelLine(line: string, where: string, opts: { negative?: boolean } = {}): ParsedLabel {
  const m = LINE.exec(line);
  if (!m) throw new Error(`${where}: cannot read "${line}"`);
  const [, n, cat, stance, cond, extra, note] = m;
  if (!CATEGORY_IDS.includes(cat as CategoryId)) throw new Error(`${where}: unknown category in "${line}"`);
  if (stance === 'negative' && !opts.negative) throw new Error(`${where}: "negative" is for revisions: "${line}"`);
  if ((stance === 'conditional') !== (cond !== undefined))
    throw new Error(`${where}: opt_in/opt_out goes with conditional, and only with it: "${line}"`);
  return {
    unit: Number(n),
    category: cat as CategoryId,
    stance: stance as ParsedLabel['stance'],
    condition: (cond ?? null) as ParsedLabel['condition'],
    role: (/role=(\w+)/.exec(extra ?? '')?.[1] ?? 'operative') as LabelLine['role'],
    actor: /actor=user/.test(extra ?? '') ? 'user' : 'service',
    note: note?.trim() ?? '',
  };
}

/** How a label finds its unit again: a quote unique in the document, or the unit's rank among identical units. */
export function quoteOf(units: readonly Unit[], u: Unit, docText: string): { quote: string; occurrence: number } {
  const q = uniqueQuote(u, docText);
  return q.occurrence >= 0
    ? q
    : { quote: q.quote, occurrence: units.slice(0, u.index).filter((v) => v.text === u.text).length };
}

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
      const where = `${annotator} ${file}`;
      const l = parseLabelLine(line, where);
      if (!cats.includes(l.category)) throw new Error(`${where}: category ${l.category} is not in set ${set}`);
      const u = units[l.unit];
      if (!u) throw new Error(`${where}: no unit u${l.unit}`);
      if (net && !net.test(u.text)) throw new Error(`${where}: u${l.unit} is outside the ${set} net`);
      const key = `${l.unit}|${l.category}`;
      if (labels.has(key)) throw new Error(`${where}: u${l.unit} ${l.category} labelled twice`);
      labels.set(key, {
        category: l.category,
        stance: l.stance as LabelLine['stance'],
        condition: l.condition,
        role: l.role,
        actor: l.actor,
        note: l.note,
      });
    }
    for (const u of units) {
      if (net && !net.test(u.text)) continue;
      const base = { doc: file, ...quoteOf(units, u, docText), context: unitContext(units, u), set, annotator };
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
      if (doc !== null) throw new Error(`${annotator}: ${doc} has no @done before the next @doc`);
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
  if (doc !== null) throw new Error(`${annotator}: ${doc} has no @done`);
  return out;
}

if (process.argv[1]?.endsWith('compile-labels.ts')) {
  const [file, set, annotator] = process.argv.slice(2);
  if (!file || !set || !annotator || !(set in SETS)) {
    console.error(
      'usage: compile-labels.ts RAW_FILE whole|net-ai|net-sale|net-licence|net-change|net-retention|net-tracking|net-share|net-svc ANNOTATOR',
    );
    process.exit(2);
  }
  for (const l of compile(readFileSync(file, 'utf8'), set as SetName, annotator)) console.log(JSON.stringify(l));
}
