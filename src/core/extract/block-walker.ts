// Walks the content subtree once, iteratively (no recursion: deeply nested markup must not blow the stack), and
// cuts it into text blocks: paragraphs, list items, table cells, headings. textContent-based, so text in collapsed
// <details> and CSS-hidden accordion panels is read too. Each block keeps a map from its normalised text back to
// the DOM text nodes it came from.
import { PAGE_BOUNDS } from '../bounds';
import { isChrome } from './chrome-filter';
import type { Segment } from './locate';
import type { Steps } from './stepping';

export type RawRole = 'heading' | 'summary' | 'paragraph' | 'list_item' | 'cell';

export interface RawBlock {
  element: Element;
  role: RawRole;
  /** 1–6 for <hN> / role=heading; null otherwise. */
  tagLevel: number | null;
  text: string;
  segments: Segment[];
  /** Length of the bold run the block opens with (0 when it does not open bold). */
  leadBold: number;
  /** Every character is bold. */
  allBold: boolean;
  /** Item number when the block is (inside) an <ol> item: honours <ol start> and <li value>. */
  listNumber: number | null;
  /** A short title line ended by <br> ("What we collect<br>When you order…"): a heading in <br>-only layouts. */
  lineHeading: boolean;
  /** Length of the emphasised (<em>/<i>) run the block opens with: "*To run our help desk:* We use …". */
  leadEmph: number;
  /**
   * The blocks that introduce the lists this block is an item of, outermost first: the text right before each list
   * (the sentence "We use your information to:") or, for a nested list, its parent item. Shared by the list's items.
   */
  leads: readonly RawBlock[];
  /** Table context of a cell: its column's header text, its row's first cell, whether it is itself a header cell. */
  table: CellContext | null;
}

export interface CellContext {
  columnHeader: string | null;
  rowLabel: string | null;
  headerCell: boolean;
}

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'SUMMARY',
  'DETAILS',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'PRE',
  'HR',
  'FIELDSET',
  'LEGEND',
  'CENTER',
  'BODY',
  'HGROUP',
  'BUTTON',
]);
const BOLD = new Set(['STRONG', 'B']);
const EMPH = new Set(['EM', 'I']);
const WORD = /[^\s\u0000\u200b\u00ad]+/g;
/** Text whose words are not all parted by one plain space: other whitespace, two spaces, or characters WORD skips. */
const IRREGULAR_SPACING = /[^\S ]| {2}|[\u0000\u200b\u00ad]/;

interface Frame {
  el: Element;
  role: RawRole;
  tagLevel: number | null;
  listNumber: number | null;
}

interface Run {
  frame: Frame;
  text: string;
  segments: Segment[];
  leadBold: number;
  leadEmph: number;
  sawPlain: boolean;
  sawUnemph: boolean;
  pendingSpace: boolean;
  spaceNode: Text | null;
  spaceSrc: number;
  /** <br>s inside the run so far; a <br> seen with no word after it yet; the run so far reads as a title line. */
  brs: number;
  brPending: boolean;
  titleLine: boolean;
}

/** Words a title line does not end with ("…your content for<br>the purposes" is a hard-wrapped sentence). */
const CONTINUES = /\b(?:and|or|of|the|to|for|a|an|in|on|by|that|your|our|we|you|is|are|may|will)$/i;

function isTitleLine(text: string): boolean {
  return (
    text.length <= 60 &&
    text.split(' ').length <= 8 &&
    /\p{L}/u.test(text) &&
    !/[.;:,!]$/.test(text) &&
    !CONTINUES.test(text)
  );
}

function frameFor(el: Element, tag: string, parent: Frame | undefined, listNumber: number | null): Frame {
  const h = /^H([1-6])$/.exec(tag);
  if (h) return { el, role: 'heading', tagLevel: Number(h[1]), listNumber: null };
  if (el.getAttribute('role') === 'heading')
    return { el, role: 'heading', tagLevel: ariaLevel(el.getAttribute('aria-level')), listNumber: null };
  if (tag === 'SUMMARY' || tag === 'BUTTON') return { el, role: 'summary', tagLevel: null, listNumber: null };
  if (tag === 'LI') return { el, role: 'list_item', tagLevel: null, listNumber };
  if (tag === 'TD' || tag === 'TH') return { el, role: 'cell', tagLevel: null, listNumber: null };
  // A <p> inside an <li> or cell is still that list item / cell.
  if (parent && (parent.role === 'list_item' || parent.role === 'cell'))
    return { el, role: parent.role, tagLevel: null, listNumber: parent.listNumber };
  return { el, role: 'paragraph', tagLevel: null, listNumber: null };
}

/** aria-level as a heading level 1–6: rounded and clamped; missing or nonsense ("0", "-3", "x") reads as 2 (ARIA's default). */
function ariaLevel(value: string | null): number {
  const n = Math.round(Number(value));
  return n >= 1 ? Math.min(6, n) : 2;
}

/** One table being walked: its header texts by column, and the row and cell in progress. */
interface TableState {
  headers: string[] | null;
  inHead: boolean;
  rows: number;
  /** A row before this one had text: a header row left empty ("|  |  |" over "| --- |") does not count. */
  texted: boolean;
  /** The row's cells so far, every block of them, are bold: with no header row before it, it is the header row. */
  row: { next: number; label: string | null; texts: string[]; head: boolean; bold: boolean } | null;
  cell: { el: Element; col: number } | null;
}

/** Columns a cell spans (colspan), within reason: a page may claim 10^9. */
function span(el: Element): number {
  const n = Math.trunc(Number(el.getAttribute('colspan')));
  return n >= 1 ? Math.min(n, 100) : 1;
}

/** Whether `block` (the last one before a list) introduces the list `list` that starts right after it. */
function introduces(block: RawBlock, list: Element, item: Frame | undefined): boolean {
  // A nested list: its parent item's own text.
  if (item) return item.el === block.element || item.el.contains(block.element);
  if (block.role !== 'paragraph' || block.tagLevel !== null) return false;
  // Text just before the list: a sibling (or inside one), or text of the container the list opens in.
  const prev = list.previousElementSibling;
  return block.element.contains(list) || (!!prev && (prev === block.element || prev.contains(block.element)));
}

const NO_LEADS: readonly RawBlock[] = [];

/** Nodes visited between checkpoints: well under a millisecond of work in a browser. */
const NODES_PER_STEP = 256;

/**
 * Walks `root` into raw blocks, yielding a checkpoint every NODES_PER_STEP nodes (see stepping.ts). Each block is
 * appended to `blocks` as soon as it is complete and never changed after, so a caller can read the blocks walked so
 * far at any checkpoint (the extractor reads the page's start while the rest is walked).
 */
export function* walkBlockSteps(root: Element, blocks: RawBlock[] = []): Steps<RawBlock[]> {
  // ids named by aria-controls, collected on the way: accordion toggles come before their panels.
  const controlled = new Set<string>();
  const frames: Frame[] = [];
  const lists: Array<{ next: number } | null> = [];
  // Per open <ul>/<ol>: the lead-in chain its items get (outermost first).
  const leadChains: Array<readonly RawBlock[]> = [];
  const tables: TableState[] = [];
  let bold = 0;
  let emph = 0;
  let run: Run | null = null;
  const rootFrame: Frame = { el: root, role: 'paragraph', tagLevel: null, listNumber: null };

  const flush = (lineHeading = false): void => {
    if (run && run.text.length > 0) {
      const allBold = !run.sawPlain;
      blocks.push({
        element: run.frame.el,
        role: run.frame.role,
        tagLevel: run.frame.tagLevel,
        text: run.text,
        segments: run.segments,
        leadBold: run.leadBold,
        allBold,
        listNumber: run.frame.listNumber,
        lineHeading,
        leadEmph: run.leadEmph,
        leads: run.frame.role === 'list_item' ? (leadChains[leadChains.length - 1] ?? NO_LEADS) : NO_LEADS,
        table: run.frame.role === 'cell' ? cellContext(run.text, allBold) : null,
      });
    }
    run = null;
  };
  const cellContext = (text: string, allBold: boolean): CellContext | null => {
    const t = tables[tables.length - 1];
    const cell = t?.cell;
    if (!t || !cell || !t.row) return null;
    // A cell of several blocks (<td><p>…</p><p>…</p></td>) is labelled by its first.
    t.row.texts[cell.col] ??= text;
    if (!allBold) t.row.bold = false;
    const headerCell = t.inHead || t.row.head;
    return {
      columnHeader: headerCell ? null : (t.headers?.[cell.col] ?? null),
      rowLabel: cell.col > 0 && !headerCell ? t.row.label : null,
      headerCell,
    };
  };
  const newRun = (): Run => ({
    frame: frames[frames.length - 1] ?? rootFrame,
    text: '',
    segments: [],
    leadBold: 0,
    leadEmph: 0,
    sawPlain: false,
    sawUnemph: false,
    pendingSpace: false,
    spaceNode: null,
    spaceSrc: 0,
    brs: 0,
    brPending: false,
    titleLine: false,
  });

  const addText = (node: Text): void => {
    const data = node.data;
    if (!run) run = newRun();
    let r: Run = run;
    let prevEnd = 0;
    const plain = !IRREGULAR_SPACING.test(data);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m; m = WORD.exec(data)) {
      // Whitespace (not just zero-width junk) between words becomes one space mapped to its first character.
      for (let k = prevEnd; k < m.index; k++) {
        if (/\s/.test(data[k]!)) {
          if (!r.pendingSpace) [r.pendingSpace, r.spaceNode, r.spaceSrc] = [true, node, k];
          break;
        }
      }
      if (r.brPending) {
        r.brPending = false;
        // A title line followed by a line that starts like a sentence: the title becomes its own block.
        if (r.titleLine && /^[\p{Lu}\d]/u.test(m[0])) {
          flush(true);
          run = r = newRun();
        }
        r.titleLine = false;
      }
      if (r.pendingSpace && r.text.length > 0) append(r, ' ', r.spaceNode, r.spaceSrc);
      r.pendingSpace = false;
      append(r, m[0], node, m.index);
      prevEnd = m.index + m[0].length;
      // Words parted by single spaces only: the rest of the node (up to a trailing space) is what the words one by one
      // would add, and it maps linearly onto the node from this word on, so no segment is added either. One step, not
      // one per word: word by word, this function was the largest part of reading a long page.
      if (plain) {
        const end = data.charCodeAt(data.length - 1) === 32 ? data.length - 1 : data.length;
        if (end > prevEnd) append(r, data.slice(prevEnd, end), node, prevEnd);
        prevEnd = end;
      }
      if (bold > 0) {
        if (!r.sawPlain) r.leadBold = r.text.length;
      } else r.sawPlain = true;
      if (emph > 0) {
        if (!r.sawUnemph) r.leadEmph = r.text.length;
      } else r.sawUnemph = true;
      if (plain) break;
    }
    if (prevEnd < data.length && /\s/.test(data.slice(prevEnd)) && !r.pendingSpace) {
      [r.pendingSpace, r.spaceNode, r.spaceSrc] = [true, node, prevEnd + data.slice(prevEnd).search(/\s/)];
    }
  };

  /** Returns whether to descend into el. */
  const enter = (el: Element): boolean => {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      if (run && run.text.length > 0) {
        // <br><br> is a paragraph break; a first line that reads as a title may be a heading (decided at the next word).
        if (run.brPending) flush(run.titleLine);
        else {
          run.titleLine = run.brs === 0 && isTitleLine(run.text);
          run.brs++;
          [run.brPending, run.pendingSpace, run.spaceNode] = [true, true, null];
        }
      } else if (run) [run.pendingSpace, run.spaceNode] = [true, null];
      return false;
    }
    const controls = el.getAttribute('aria-controls');
    if (controls) for (const id of controls.split(/\s+/)) if (id) controlled.add(id);
    if (isChrome(el, controlled)) return false;
    if (BOLD.has(tag)) bold++;
    if (EMPH.has(tag)) emph++;
    if (tag === 'OL') lists.push({ next: Number(el.getAttribute('start')) || 1 });
    else if (tag === 'UL') lists.push(null);
    if (BLOCK.has(tag)) {
      flush();
      if (tag === 'OL' || tag === 'UL') enterList(el);
      else if (tag === 'TABLE')
        tables.push({ headers: null, inHead: false, rows: 0, texted: false, row: null, cell: null });
      else if (tag === 'THEAD') {
        if (tables.length) tables[tables.length - 1]!.inHead = true;
      } else if (tag === 'TR') {
        const t = tables[tables.length - 1];
        if (t) t.row = { next: 0, label: null, texts: [], head: t.inHead, bold: true };
      } else if (tag === 'TD' || tag === 'TH') {
        const t = tables[tables.length - 1];
        if (t?.row) {
          t.cell = { el, col: t.row.next };
          t.row.next += span(el);
          // A first row of <th> only (no <thead>) is the header row.
          if (tag === 'TH' && t.rows === 0 && t.row.next === span(el)) t.row.head = true;
          else if (tag === 'TD' && t.row.head && !t.inHead) t.row.head = false;
        }
      }
      let num: number | null = null;
      if (tag === 'LI') {
        const list = lists[lists.length - 1];
        if (list) {
          const value = Number(el.getAttribute('value'));
          if (value) list.next = value;
          num = list.next++;
        }
      }
      frames.push(frameFor(el, tag, frames[frames.length - 1], num));
    }
    return true;
  };

  const enterList = (el: Element): void => {
    const outer = leadChains[leadChains.length - 1] ?? NO_LEADS;
    const last = blocks[blocks.length - 1];
    // The item this list is nested in: the nearest <li> frame, looking no further up than the enclosing list.
    let item: Frame | undefined;
    for (let k = frames.length - 1; k >= 0 && !item; k--) {
      const f = frames[k]!;
      if (f.role === 'list_item') item = f;
      else if (/^[OU]L$/i.test(f.el.tagName)) break;
    }
    // Chains are cut to the kept depth here, so thousands of nested lists cost no more than a few.
    leadChains.push(
      last && last !== outer[outer.length - 1] && introduces(last, el, item)
        ? [...outer.slice(1 - PAGE_BOUNDS.leadDepth), last]
        : outer,
    );
  };

  const leave = (el: Element): void => {
    const tag = el.tagName.toUpperCase();
    if (BOLD.has(tag)) bold--;
    if (EMPH.has(tag)) emph--;
    if (tag === 'OL' || tag === 'UL') lists.pop();
    if (BLOCK.has(tag)) {
      flush();
      frames.pop();
      if (tag === 'OL' || tag === 'UL') leadChains.pop();
      else if (tag === 'TABLE') tables.pop();
      else if (tag === 'THEAD') {
        if (tables.length) tables[tables.length - 1]!.inHead = false;
      } else if (tag === 'TD' || tag === 'TH') {
        const t = tables[tables.length - 1];
        if (t?.cell?.el === el) {
          if (t.cell.col === 0 && t.row) t.row.label = t.row.texts[0] ?? null;
          t.cell = null;
        }
      } else if (tag === 'TR') {
        const t = tables[tables.length - 1];
        if (t?.row) {
          // Markdown tables with no header of their own are written with an empty one ("|  |  |" over "| --- |") and
          // their real header as a first row of bold cells: that row names the columns.
          const boldHeader = !t.texted && t.row.bold && t.row.texts.filter((x) => x).length >= 2;
          if (t.row.head || boldHeader) t.headers = t.row.texts;
          if (t.row.texts.some((x) => x)) t.texted = true;
          t.rows++;
          t.row = null;
        }
      }
    }
  };

  // Explicit stack of (children, next index): no recursion, and no nextSibling, which is O(siblings) in some DOMs.
  const stack: Array<{ el: Element | null; kids: NodeListOf<ChildNode>; i: number }> = [
    { el: null, kids: root.childNodes, i: 0 },
  ];
  let visited = 0;
  while (stack.length) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const top = stack[stack.length - 1]!;
    const node = top.kids[top.i++];
    if (!node) {
      stack.pop();
      if (top.el) leave(top.el);
      continue;
    }
    if (node.nodeType === 3) addText(node as Text);
    else if (node.nodeType === 1 && enter(node as Element))
      stack.push({ el: node as Element, kids: node.childNodes, i: 0 });
  }
  flush();
  return blocks;
}

function append(r: Run, s: string, node: Text | null, src: number): void {
  const last = r.segments[r.segments.length - 1];
  // A new segment only where the text stops mapping linearly onto one node (new node, collapsed whitespace).
  if (node && (!last || last.node !== node || last.src + (r.text.length - last.out) !== src))
    r.segments.push({ out: r.text.length, node, src });
  r.text += s;
}
