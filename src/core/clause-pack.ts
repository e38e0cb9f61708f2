// Clauses stored as offsets into their version's text, so a stored version costs about the text's own size. The
// extractor's clauses are slices of the text: block b is line b of `text` (block texts hold no line break) and a
// clause is [start, end) of its block. Storing each clause's text and section path again doubled a version and, under
// long nested headings, made it ten times the text. The same form carries a page's clauses from the content script to
// the background: a long text and a few flat arrays serialise in a fraction of the time of thousands of clause objects,
// and that serialisation runs on the page's main thread.
import { CLAUSE_ROLES, type Clause, type ClauseRole } from './types';
import { runSync, type Steps } from './extract/stepping';

/** Clauses as offsets: what a version stores when every clause is a slice of its text (always, for the extractor's). */
export interface OffsetClauses {
  form: 'offsets';
  /**
   * Section paths as a tree, each heading stored once: node i has label `labels[i]` under node `parents[i]` (-1 at the
   * top; a parent always comes before its children). A label that is in the text (a heading line, or the lead of its
   * clause's block) is stored as [offset, length] into it instead of a second copy.
   */
  parents: number[];
  labels: Array<string | [number, number]>;
  /**
   * Three numbers per clause: distance from the previous clause's end to this clause's start in `text` (from 0 for the
   * first; negative only for clauses out of text order), length, and section node (-1 for none). Clause i's id is
   * `c${i}`, its block the line it starts on, its section the last label of its path.
   */
  spans: number[];
  /**
   * The clauses' optional context and role (Clause.leads, columnHeader, rowLabel, role), for the clauses that have
   * any: [clause index, fields], with each text stored once in `strings` (a list's items share their lead-in).
   */
  extras?: { strings: string[]; list: Array<[number, StoredExtra]> };
  /**
   * The clauses marked Clause.paragraph, as runs: two numbers per run, the clauses from the previous run's end to its
   * first, and its length. Most of a page's clauses are paragraphs, in long runs: a mark per clause would cost more.
   */
  paragraphs?: number[];
}

/** One clause's context: indexes into `extras.strings`, and its role. */
export interface StoredExtra {
  leads?: number[];
  columnHeader?: number;
  rowLabel?: number;
  role?: ClauseRole;
}

/** Clauses kept whole: a version whose clauses are not slices of its text (hand-made or foreign files). */
export interface InlineClauses {
  form: 'inline';
  list: Clause[];
}

export type StoredClauses = OffsetClauses | InlineClauses;

const isIndex = (n: number): boolean => Number.isInteger(n) && n >= 0;

/** Shorter labels are cheaper as text than as "[offset,length]". */
const MIN_LABEL_REF = 16;

/** Start offset of every line of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line that holds offset `at`: the last start ≤ at. */
function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a part of a document starts (a streamed page, sent in parts: analysis/protocol.ts): its first clause is clause
 * `clause` of the document, and line 0 of its text is the document's block `block`.
 */
export interface PartBase {
  clause: number;
  block: number;
}

const WHOLE: PartBase = { clause: 0, block: 0 };

/** Offsets when every clause is a slice of `text` at its block and section = last of its path; otherwise inline. */
export function packClauses(text: string, clauses: readonly Clause[], base: PartBase = WHOLE): StoredClauses {
  return runSync(packClausesSteps(text, clauses, base));
}

/** Clauses between checkpoints of packClausesSteps. */
const PACK_STEP = 50;
/** Lines of the text between checkpoints while the line map is built. */
const LINES_PER_STEP = 200;

/**
 * packClauses written with checkpoints (core/extract/stepping.ts), so the content script can pack a long page's
 * clauses in time-boxed slices (runSliced) instead of one long task.
 */
export function* packClausesSteps(
  text: string,
  clauses: readonly Clause[],
  base: PartBase = WHOLE,
): Steps<StoredClauses> {
  const inline: InlineClauses = { form: 'inline', list: [...clauses] };
  const starts = lineStarts(text);
  const parents: number[] = [];
  const labels: OffsetClauses['labels'] = [];
  // Each line's offset by its text, built on first use (headings are whole lines), with checkpoints: on a long page
  // it holds thousands of lines.
  let lineAt: Map<string, number> | null = null;
  function* lineMap(): Steps<Map<string, number>> {
    const map = new Map<string, number>();
    for (const [i, start] of starts.entries()) {
      const line = text.slice(start, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length);
      if (!map.has(line)) map.set(line, start);
      if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    }
    return map;
  }
  /** A label as text or as [offset, length] into the text; null when that needs the line map, not built yet. */
  const labelRef = (label: string, blockStart: number): string | [number, number] | null => {
    if (label.length < MIN_LABEL_REF) return label;
    if (text.startsWith(label, blockStart)) return [blockStart, label.length];
    if (!lineAt) return null;
    const at = lineAt.get(label);
    return at === undefined ? label : [at, label.length];
  };
  const nodes = new Map<string, number>();
  const spans: number[] = [];
  const strings: string[] = [];
  const stringAt = new Map<string, number>();
  const ref = (t: string): number => {
    let k = stringAt.get(t);
    if (k === undefined) {
      k = strings.push(t) - 1;
      stringAt.set(t, k);
    }
    return k;
  };
  const extras: Array<[number, StoredExtra]> = [];
  const paragraphs: number[] = [];
  // The end of the last run of paragraphs written, and the start of the one being read (-1 outside one).
  let runsEnd = 0;
  let runStart = -1;
  let prevEnd = 0;
  for (const [i, c] of clauses.entries()) {
    if (i % PACK_STEP === PACK_STEP - 1) yield;
    const line = c.block - base.block;
    if (
      c.id !== `c${base.clause + i}` ||
      !isIndex(line) ||
      !isIndex(c.start) ||
      !isIndex(c.end) ||
      line >= starts.length
    )
      return inline;
    const lineStart = starts[line]!;
    const lineEnd = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
    const at = lineStart + c.start;
    const length = c.end - c.start;
    if (length < 0 || at + length > lineEnd || text.slice(at, at + length) !== c.text) return inline;
    if (c.section !== (c.sectionPath[c.sectionPath.length - 1] ?? '')) return inline;
    let node = -1;
    for (const label of c.sectionPath) {
      // A NUL cannot occur in the node number, so "parent\0label" names one node unambiguously.
      const key = `${node}\u0000${label}`;
      let next = nodes.get(key);
      if (next === undefined) {
        let stored = labelRef(label, lineStart);
        if (stored === null) {
          lineAt = yield* lineMap();
          stored = labelRef(label, lineStart)!;
        }
        next = labels.length;
        parents.push(node);
        labels.push(stored);
        nodes.set(key, next);
      }
      node = next;
    }
    spans.push(at - prevEnd, length, node);
    prevEnd = at + length;
    const extra: StoredExtra = {
      ...(c.leads ? { leads: c.leads.map(ref) } : {}),
      ...(c.columnHeader !== undefined ? { columnHeader: ref(c.columnHeader) } : {}),
      ...(c.rowLabel !== undefined ? { rowLabel: ref(c.rowLabel) } : {}),
      ...(c.role !== undefined ? { role: c.role } : {}),
    };
    if (Object.keys(extra).length) extras.push([i, extra]);
    if (c.paragraph && runStart < 0) runStart = i;
    if (!c.paragraph && runStart >= 0) {
      paragraphs.push(runStart - runsEnd, i - runStart);
      [runsEnd, runStart] = [i, -1];
    }
  }
  if (runStart >= 0) paragraphs.push(runStart - runsEnd, clauses.length - runStart);
  return {
    form: 'offsets',
    parents,
    labels,
    spans,
    ...(extras.length ? { extras: { strings, list: extras } } : {}),
    ...(paragraphs.length ? { paragraphs } : {}),
  };
}

/** What is wrong with stored clauses of a version with this text, or null when they can be read back. */
export function storedClausesProblem(
  v: unknown,
  text: string,
  clauseProblem: (c: unknown) => string | null,
): string | null {
  if (typeof v !== 'object' || v === null) return 'clauses missing';
  const r = v as Record<string, unknown>;
  if (r.form === 'inline') {
    if (!Array.isArray(r.list)) return 'inline clauses is not a list';
    for (const c of r.list) {
      const p = clauseProblem(c);
      if (p) return p;
    }
    return null;
  }
  if (r.form !== 'offsets') return 'clauses form unknown';
  const { parents, labels, spans } = r;
  if (
    !Array.isArray(parents) ||
    !Array.isArray(labels) ||
    !Array.isArray(spans) ||
    parents.length !== labels.length ||
    spans.length % 3 !== 0
  ) {
    return 'clause offsets malformed';
  }
  for (const [i, p] of parents.entries()) {
    if (!Number.isInteger(p) || (p as number) < -1 || (p as number) >= i) return 'section tree malformed';
    const label: unknown = labels[i];
    if (typeof label === 'string') continue;
    if (
      !Array.isArray(label) ||
      label.length !== 2 ||
      !label.every((n) => Number.isInteger(n) && n >= 0) ||
      label[0] + label[1] > text.length
    ) {
      return 'section label malformed';
    }
  }
  const extrasWrong = extrasProblem(r.extras, spans.length / 3) ?? paragraphsProblem(r.paragraphs, spans.length / 3);
  if (extrasWrong) return extrasWrong;
  let prevEnd = 0;
  for (let k = 0; k < spans.length; k += 3) {
    const [gap, length, node] = [spans[k], spans[k + 1], spans[k + 2]];
    if (!Number.isInteger(gap) || !Number.isInteger(length) || !Number.isInteger(node))
      return 'clause offset is not an integer';
    const at = prevEnd + (gap as number);
    if (at < 0 || (length as number) < 0 || at + (length as number) > text.length)
      return 'clause offset outside the text';
    if ((node as number) < -1 || (node as number) >= parents.length) return 'clause section out of range';
    prevEnd = at + (length as number);
  }
  return null;
}

/** What is wrong with the optional extras of `count` packed clauses, or null. */
function extrasProblem(v: unknown, count: number): string | null {
  if (v === undefined) return null;
  if (typeof v !== 'object' || v === null) return 'clause extras malformed';
  const { strings, list } = v as Record<string, unknown>;
  if (!Array.isArray(strings) || !strings.every((x) => typeof x === 'string') || !Array.isArray(list))
    return 'clause extras malformed';
  const isRef = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) < strings.length;
  let prev = -1;
  for (const item of list) {
    if (!Array.isArray(item) || item.length !== 2 || !Number.isInteger(item[0])) return 'clause extra malformed';
    const [i, e] = item as [number, unknown];
    // Ascending clause indexes, each once: the order packClauses writes them in.
    if (i <= prev || i >= count || typeof e !== 'object' || e === null) return 'clause extra malformed';
    prev = i;
    const x = e as Record<string, unknown>;
    if (x.leads !== undefined && (!Array.isArray(x.leads) || !x.leads.every(isRef))) return 'clause extra malformed';
    if ((x.columnHeader !== undefined && !isRef(x.columnHeader)) || (x.rowLabel !== undefined && !isRef(x.rowLabel)))
      return 'clause extra malformed';
    if (x.role !== undefined && !CLAUSE_ROLES.includes(x.role as never)) return 'clause extra role unknown';
  }
  return null;
}

/** What is wrong with the optional paragraph runs of `count` packed clauses, or null. */
function paragraphsProblem(v: unknown, count: number): string | null {
  if (v === undefined) return null;
  if (!Array.isArray(v) || v.length % 2 !== 0) return 'clause paragraphs malformed';
  let end = 0;
  for (let k = 0; k < v.length; k += 2) {
    const [gap, length] = [v[k], v[k + 1]];
    // Runs in clause order, apart and not empty: the form packClauses writes.
    if (!Number.isInteger(gap) || !Number.isInteger(length) || (gap as number) < (k ? 1 : 0) || (length as number) < 1)
      return 'clause paragraphs malformed';
    end += (gap as number) + (length as number);
    if (end > count) return 'clause paragraphs malformed';
  }
  return null;
}

/**
 * The clauses back, exactly as packClauses received them. `stored` must have passed storedClausesProblem. With
 * `maxDepth`, each section path keeps only its innermost `maxDepth` headings (as the extractor bounds them), so a
 * forged deep tree costs no more than a real one.
 */
export function unpackClauses(
  text: string,
  stored: StoredClauses,
  maxDepth = Infinity,
  base: PartBase = WHOLE,
): Clause[] {
  if (stored.form === 'inline') return stored.list;
  const starts = lineStarts(text);
  // One path array per node, shared by its clauses as the extractor shares them.
  const paths: string[][] = [];
  for (const [i, parent] of stored.parents.entries()) {
    const label = stored.labels[i]!;
    const above = parent < 0 ? [] : paths[parent]!;
    paths.push([
      ...(above.length >= maxDepth ? above.slice(above.length - maxDepth + 1) : above),
      typeof label === 'string' ? label : text.slice(label[0], label[0] + label[1]),
    ]);
  }
  const none: string[] = [];
  const clauses: Clause[] = [];
  const extras = new Map(stored.extras?.list ?? []);
  const strings = stored.extras?.strings ?? [];
  const paragraph = new Uint8Array(stored.spans.length / 3);
  for (let k = 0, at = 0; k < (stored.paragraphs?.length ?? 0); k += 2) {
    at += stored.paragraphs![k]!;
    paragraph.fill(1, at, at + stored.paragraphs![k + 1]!);
    at += stored.paragraphs![k + 1]!;
  }
  let prevEnd = 0;
  for (let k = 0; k < stored.spans.length; k += 3) {
    const at = prevEnd + stored.spans[k]!;
    const length = stored.spans[k + 1]!;
    const node = stored.spans[k + 2]!;
    const line = lineOf(starts, at);
    const start = at - starts[line]!;
    const sectionPath = node < 0 ? none : paths[node]!;
    clauses.push({
      id: `c${base.clause + clauses.length}`,
      block: base.block + line,
      start,
      end: start + length,
      text: text.slice(at, at + length),
      sectionPath,
      section: sectionPath[sectionPath.length - 1] ?? '',
      ...unpackExtra(extras.get(clauses.length), strings),
      ...(paragraph[clauses.length] ? { paragraph: true as const } : {}),
    });
    prevEnd = at + length;
  }
  return clauses;
}

function unpackExtra(e: StoredExtra | undefined, strings: readonly string[]): Partial<Clause> {
  if (!e) return {};
  return {
    ...(e.leads ? { leads: e.leads.map((k) => strings[k]!) } : {}),
    ...(e.columnHeader !== undefined ? { columnHeader: strings[e.columnHeader]! } : {}),
    ...(e.rowLabel !== undefined ? { rowLabel: strings[e.rowLabel]! } : {}),
    ...(e.role !== undefined ? { role: e.role } : {}),
  };
}
