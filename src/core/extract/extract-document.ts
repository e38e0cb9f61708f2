// DOM → ExtractedDocument: content root, blocks, section labels, clauses. Pure DOM reads (no layout), so it runs
// in the content script and, with happy-dom, in Node. Written once as checkpointed steps (stepping.ts): run to the
// end in one go by extractDocument, or in time-boxed slices by extractDocumentInSlices — the same result either way.
import { countWords } from './count-words';
import { boundLeads, boundSectionPath, cut, PAGE_BOUNDS, shorten } from '../bounds';
import type { Clause, ExtractedDocument, TextBlockInfo } from '../types';
import { unitRole } from './unit-role';
import { walkBlockSteps, type RawBlock } from './block-walker';
import { queryAll, textOf, titleOf } from '../detect/safe-dom';
import { endsOpen, statesClause } from './clause-shape';
import { findContentRoot } from './chrome-filter';
import { detectLanguage } from './detect-language';
import { locateOffset, setSegments } from './locate';
import { FIRST_PART_CHARS, partClausesOf } from './parts';
import { SectionStack, leadLabel, parseNumber, plainLeadLabel } from './section-labels';
import { MAX_CLAUSE, splitSentences } from './split-sentences';
import { runSliced, runSync, type SliceOptions, type Steps } from './stepping';

export interface ExtractedBlock extends TextBlockInfo {
  element: Element;
}

export interface Extraction {
  document: ExtractedDocument;
  blocks: ExtractedBlock[];
}

/** Longest all-bold line still read as a heading rather than a shouted disclaimer. */
const PSEUDO_HEADING_MAX = 150;

function isPseudoHeading(b: RawBlock): boolean {
  if (b.role === 'summary' || b.lineHeading) return true;
  if (!b.allBold || b.text.length > PSEUDO_HEADING_MAX || !/\p{L}/u.test(b.text)) return false;
  return !/[.;,]$/.test(b.text) || parseNumber(b.text) !== null;
}

function headingLabel(b: RawBlock): string {
  // <ol start="10"><li><strong>CUSTOMER CONTENT</strong></li></ol>: the number is only in the list marker.
  if (b.listNumber !== null && !parseNumber(b.text)) return `${b.listNumber}. ${b.text}`;
  return b.text;
}

/**
 * The lead-in a block gives the list after it: its last sentence ("We collect your data. We use it to:" → "We use it
 * to:"). A heading or pseudo-heading is no lead-in: it is in the section path already.
 */
function leadText(b: RawBlock): string | null {
  if (b.role === 'heading' || isPseudoHeading(b)) return null;
  const spans = splitSentences(b.text);
  const last = spans[spans.length - 1];
  return last ? b.text.slice(last.start, last.end) : null;
}

/**
 * A paragraph that opens as a list item by its letter or number: "a.", "(b)", "c)", "(iv)", "ii.", "(2)", "3)". Not
 * "1." (a section number as often as an item).
 */
const ITEM_MARKER = /^\s*\(?([a-z]{1,6}|\d{1,2})([.)])\s/i;
/**
 * A paragraph written as a list item: it opens with a bullet glyph ("• Third parties, …", "- To our partners"), or ends
 * as an item of a list does ("cloud storage providers to host our data;", "…; and").
 */
const GLYPH_ITEM = /^\s*[•●○◦▪▫■□‣⁃∙·◆◇➢➤►–—-]\s+\S/u;
/** The end of an item's text, read on its last characters, trimmed. */
const ITEM_END = /;(?:\s+(?:and|or))?$/;
/** A paragraph that is only a bullet glyph: a page that lays out a list as paragraphs puts its item after it. */
const GLYPH_ONLY = /^\s*[•●○◦▪▫■□‣⁃∙·◆◇➢➤►]\s*$/u;
/** The marker alone, as the sentence splitter may cut it off ("a."). */
const MARKER_ONLY = /^\s*\(?(?:[a-z]{1,6}|\d{1,2})[.)]\s*$/i;
type MarkerKind = 'letter' | 'roman' | 'number';
/** An item's text (after its marker) opening with a title in capitals: "Future Amendments to the Agreement. …". */
const TITLED_ITEM =
  /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|to|the|and|or|for|in|on|a|an|with|by|&))*[.:]\s/u;

/** The kind of item marker a paragraph opens with ("(i)", "v." and "xii)" are roman), or null for none. */
function markerKind(text: string): MarkerKind | null {
  const m = ITEM_MARKER.exec(text);
  if (!m) return null;
  const mark = m[1]!.toLowerCase();
  if (/^\d/.test(mark)) return m[2] === ')' ? 'number' : null;
  if (/^[ivx]+$/.test(mark)) return 'roman';
  return mark.length === 1 ? 'letter' : null;
}

/** The bounded lead-in texts of a block's list chain, computed once per chain (its items share the array). */
function leadsOf(b: RawBlock, cache: WeakMap<readonly RawBlock[], string[]>): string[] {
  if (b.leads.length === 0) return [];
  let texts = cache.get(b.leads);
  if (!texts) {
    texts = boundLeads(b.leads.map(leadText).filter((t): t is string => !!t));
    cache.set(b.leads, texts);
  }
  return texts;
}

/** An emphasised label the paragraph opens with, ended by a colon: "*To run our help desk:* We use …". */
function emphasisLabel(b: RawBlock): number {
  if (b.leadEmph <= 0 || b.leadEmph >= b.text.length) return 0;
  return /:\s*$/.test(b.text.slice(0, b.leadEmph)) || b.text[b.leadEmph] === ':' ? b.leadEmph : 0;
}

/** Short, unpunctuated cell text: a section number or title ("1", "Definitions"), not a clause. */
function isLabelCell(b: RawBlock): boolean {
  return (
    b.text.length <= 80 && b.text.split(' ').length <= 10 && !/[.;,:]$/.test(b.text.replace(/^\d+(?:\.\d+)*\.$/, '0'))
  );
}

/**
 * Terms laid out as a table of sections (| 1 | Definitions | In these conditions… |): the leading short cells of a
 * row label the long cell that ends it. The row that starts at `i` (a run of cells of one table row; any other block
 * is a row of its own) ends before `end`, and `label` is its label when it has one (then its cells before the last
 * are label cells, no clauses). `raw` must hold the row's end: a block past it, or the walk's end.
 */
function rowAt(raw: readonly RawBlock[], i: number): { end: number; label: string | null } {
  const row = raw[i]!.role === 'cell' ? raw[i]!.element.parentElement : null;
  let j = i + 1;
  while (row && j < raw.length && raw[j]!.role === 'cell' && raw[j]!.element.parentElement === row) j++;
  const last = raw[j - 1]!;
  if (row && j - i >= 2 && last.text.length >= 100 && raw.slice(i, j - 1).every(isLabelCell)) {
    return {
      end: j,
      label: raw
        .slice(i, j - 1)
        .map((b) => b.text)
        .join(' '),
    };
  }
  return { end: j, label: null };
}

/** Checkpoints in the per-block passes: every this many blocks, or after this much text split into clauses. */
const BLOCKS_PER_STEP = 16;
const CHARS_PER_STEP = 2000;

/**
 * What a streamed extraction knows before its first clause: the document without its text, its clauses and its word
 * count (which needs the whole page walked; it comes with the extraction's end).
 */
export type ExtractionHead = Omit<ExtractedDocument, 'text' | 'clauses' | 'wordCount'>;

/**
 * Consecutive blocks of the document with their clauses: `text` is blocks [block, block + lines) joined by line
 * breaks, and the document's text is the parts' texts joined by line breaks.
 */
export interface ExtractionPart {
  /** 0, 1, 2, … in the order the parts are made. */
  seq: number;
  /** The part's first block and first clause in the whole document. */
  block: number;
  clause: number;
  text: string;
  clauses: Clause[];
}

/**
 * An extraction that hands on its clauses in parts as it makes them (the content script sends each on while it reads
 * the rest). `onPart` runs as steps of the extraction, so what it does (packing, posting) is sliced with it.
 */
export interface ExtractionStream {
  onHead(head: ExtractionHead): void;
  onPart(part: ExtractionPart): Steps<void>;
  /** Most clauses per part (default PART_CLAUSES; see partClausesOf); the first ends once it covers FIRST_PART_CHARS. */
  partClauses?: number;
}

export function extractDocument(doc: Document, url: string): Extraction {
  return runSync(extractSteps(doc, url));
}

/**
 * The same Extraction as extractDocument, computed in slices of at most ~`sliceMs` of work with `yieldFn` awaited
 * between them, so the page stays responsive. The caller must not rely on it if the DOM changed meanwhile. With
 * `stream`, the head and the clauses in parts are handed on as they are made.
 */
export function extractDocumentInSlices(
  doc: Document,
  url: string,
  opts?: SliceOptions,
  stream?: ExtractionStream,
): Promise<Extraction> {
  return runSliced(extractSteps(doc, url, stream), opts);
}

function* extractSteps(doc: Document, url: string, stream?: ExtractionStream): Steps<Extraction> {
  const root = findContentRoot(doc);
  yield;
  // The page is walked as far as what is read next needs: the head needs the page's start (its language), a block
  // needs its table row's end. So the first part goes while the rest of the page is still being walked (walking the
  // whole 1 MB bench page first kept the analysis waiting for it, 40-50 ms).
  const raw: RawBlock[] = [];
  const contents = contentsTitlesOf(doc);
  const walk = root ? walkBlockSteps(root, raw) : null;
  let walked = walk === null;
  function* walkUntil(ready: () => boolean): Steps<void> {
    while (!walked && !ready()) {
      if (walk!.next().done) walked = true;
      else yield;
    }
  }
  const blocks: ExtractedBlock[] = [];
  const clauses: Clause[] = [];
  const stack = new SectionStack();
  let sawTitle = false;
  // The lead-in of a list written as lettered paragraphs ("you may not:" then "a. …", "b. …"): its last sentence.
  let paragraphListLead: string | null = null;
  // The lead-in's own marker kind: "(e)" after "(d) Exceptions. There are two exceptions:" is its sibling, no item.
  let paragraphListKind: MarkerKind | null = null;
  // Table rows as rowAt reads them, decided a row at a time: raw[0..rowsEnd) are decided.
  const rows = { labels: new Map<number, string>(), labelCells: new Set<number>() };
  let rowsEnd = 0;
  // Whether raw holds the end of the row that starts at `i` (a block after it), so rowAt can read it: the row is
  // scanned on from where the last look stopped, so a row of many cells walked in many steps is read once.
  let scanFrom = -1;
  let scanTo = 0;
  const rowEnded = (i: number): boolean => {
    const row = raw[i]!.role === 'cell' ? raw[i]!.element.parentElement : null;
    if (!row) return true;
    if (scanFrom !== i) [scanFrom, scanTo] = [i, i + 1];
    while (scanTo < raw.length && raw[scanTo]!.role === 'cell' && raw[scanTo]!.element.parentElement === row) scanTo++;
    return scanTo < raw.length;
  };
  const leadCache = new WeakMap<readonly RawBlock[], string[]>();
  let work = 0;
  // Block texts are single-spaced words with no line breaks: per-block counts sum to the joined text's count.
  let words = 0;
  // What startText reads: the walked blocks' text with a line break after each, up to START_CHARS.
  let startChars = 0;
  let startBlocks = 0;
  const startWalked = (): boolean => {
    for (; startBlocks < raw.length && startChars < START_CHARS; startBlocks++)
      startChars += raw[startBlocks]!.text.length + 1;
    return startChars >= START_CHARS;
  };
  const pageTitle = titleOf(doc).replace(/\s+/g, ' ').trim();
  const headOf = (h1: string): ExtractionHead => ({
    url: cut(url, PAGE_BOUNDS.url),
    title: shorten(pageTitle || h1, PAGE_BOUNDS.title),
    lang: detectLanguage(doc, startText(raw, START_CHARS)),
  });
  // Without a <title>, the title is the first heading the loop below ranks 1: the head waits for the end, and the
  // clauses go in one part.
  let head: ExtractionHead | null = null;
  if (pageTitle) {
    yield* walkUntil(startWalked);
    head = headOf('');
    stream?.onHead(head);
  }
  // The streamed parts so far: the next one starts at this block and clause.
  const sent = { seq: 0, block: 0, clause: 0 };
  function* sendPart(upTo: number): Steps<void> {
    if (!stream) return;
    const text = blocks
      .slice(sent.block, upTo)
      .map((x) => x.text)
      .join('\n');
    const part = { seq: sent.seq, block: sent.block, clause: sent.clause, text, clauses: clauses.slice(sent.clause) };
    sent.seq++;
    sent.block = upTo;
    sent.clause = clauses.length;
    yield* stream.onPart(part);
  }

  for (let i = 0; ; i++) {
    yield* walkUntil(() => i < raw.length);
    const b = raw[i];
    if (!b) break;
    words += countWords(b.text);
    work += b.text.length;
    if (work >= CHARS_PER_STEP || i % BLOCKS_PER_STEP === 0) {
      work = 0;
      // The first part goes as soon as it covers what the options read, so the worker starts on it while the page
      // reads the next ~500 clauses (a first part of 500 clauses kept the worker waiting for them).
      if (stream && head && clauses.length > sent.clause) {
        const due =
          sent.seq === 0
            ? blocks.reduce((n, x) => n + x.text.length + 1, 0) >= FIRST_PART_CHARS
            : clauses.length - sent.clause >= partClausesOf(sent.seq, stream.partClauses);
        if (due) yield* sendPart(i);
      }
      yield;
    }
    // The rows partition the blocks in order, headings included (a bold cell is a pseudo-heading).
    if (i >= rowsEnd) {
      yield* walkUntil(() => rowEnded(i));
      const row = rowAt(raw, i);
      if (row.label !== null) {
        rows.labels.set(row.end - 1, row.label);
        for (let k = i; k < row.end - 1; k++) rows.labelCells.add(k);
      }
      rowsEnd = row.end;
    }
    const index = blocks.length;
    const heading = b.role === 'heading' || isPseudoHeading(b);
    const block: ExtractedBlock = {
      index,
      text: b.text,
      role: heading ? 'heading' : b.role === 'summary' ? 'paragraph' : b.role,
      headingLevel: null,
      element: b.element,
    };
    setSegments(block, b.segments);
    blocks.push(block);

    if (heading) {
      paragraphListLead = null;
      // The first <h1> is the document's title, not a section of it.
      if (b.tagLevel === 1 && !sawTitle) {
        sawTitle = true;
        block.headingLevel = 1;
        continue;
      }
      stack.push(headingLabel(b), b.tagLevel);
      block.headingLevel = Math.min(6, stack.rank());
      continue;
    }

    if (rows.labelCells.has(i)) continue; // a row's number/title cell: its text labels the row, it is no clause
    const rowLabel = rows.labels.get(i);
    if (rowLabel) stack.push(rowLabel, null);
    let lead = leadLabel(b.text, b.leadBold);
    let leadEnd = b.leadBold;
    if (!lead && b.leadBold === 0 && emphasisLabel(b)) {
      // "*To run our help desk:* We use …": the label is context (the section of this paragraph), not its sentence.
      lead = leadLabel(b.text, emphasisLabel(b));
      leadEnd = lead ? emphasisLabel(b) : 0;
    }
    if (!lead && b.leadBold === 0 && b.role !== 'cell') {
      // The same "10.4 Customer License Grant." label, in plain text.
      const plain = plainLeadLabel(b.text);
      if (plain) [lead, leadEnd] = [plain.label, plain.end];
    }
    let path = stack.path();
    if (lead && parseNumber(lead)) {
      stack.push(lead, null);
      path = stack.path();
    } else if (lead) path = [...path, lead];

    const spans = splitSentences(b.text);
    // Keep "10.4 Customer License Grant." with the sentence it introduces.
    // Not when the pair would exceed MAX_CLAUSE (the second span may already be a capped run-on): no clause is longer.
    if (
      lead &&
      leadEnd > 0 &&
      spans.length > 1 &&
      spans[0]!.end <= leadEnd + 2 &&
      spans[1]!.end - spans[0]!.start <= MAX_CLAUSE
    ) {
      spans.splice(0, 2, { start: spans[0]!.start, end: spans[1]!.end });
    }
    // Headings are page text of any length and depth, copied into every clause below them: bounded once per block.
    const sectionPath = boundSectionPath(path);
    const section = sectionPath[sectionPath.length - 1] ?? '';
    const kind = b.role === 'paragraph' ? markerKind(b.text) : null;
    // "(e) Future Amendments. …" is a titled subsection, not an item of the list before it.
    const titled = kind !== null && TITLED_ITEM.test(b.text.slice(0, 160).replace(ITEM_MARKER, ''));
    const asItem =
      paragraphListLead !== null && b.leads.length === 0 && kind !== null && kind !== paragraphListKind && !titled;
    const context = blockContext(b, asItem ? boundLeads([paragraphListLead!]) : leadsOf(b, leadCache));
    // A paragraph of its own: a <p> outside lists and tables, not written as an item. A <div>'s text may be a list
    // laid out in divs, so its shape stays unknown, as a table cell's does.
    const paragraph =
      b.role === 'paragraph' &&
      b.element.tagName === 'P' &&
      !asItem &&
      !GLYPH_ITEM.test(b.text) &&
      !ITEM_END.test(b.text.slice(-12).trimEnd()) &&
      !(i > 0 && GLYPH_ONLY.test(raw[i - 1]!.text));
    const contentsEntry = b.role === 'list_item' && linksWithinPage(b);
    // Only a block read as one unit, with no run-in label but its number, can be a title line.
    const titleLine =
      spans.length === 1 && (!lead || parseNumber(lead) !== null) && b.role === 'list_item' && isItemTitle(b, contents);
    // An item keeps the lead-in for the items after it; any other block ends the list, or starts one with its colon.
    if (!asItem) {
      paragraphListLead = b.role === 'paragraph' && /:\s*$/.test(b.text) ? leadText(b) : null;
      paragraphListKind = kind;
    }
    for (const s of spans) {
      const text = b.text.slice(s.start, s.end);
      // The item's letter cut off as a clause of its own ("a.") is no item: it would read as the lead-in alone.
      const own = asItem && MARKER_ONLY.test(text) ? blockContext(b, []) : context;
      const role =
        contentsEntry || titleLine
          ? 'heading'
          : unitRole(text, {
              headerCell: b.table?.headerCell === true,
              lead: own.leads?.[own.leads.length - 1],
              wholeBlock: b.role === 'paragraph' && spans.length === 1 && !lead,
            });
      clauses.push({
        id: `c${clauses.length}`,
        block: index,
        start: s.start,
        end: s.end,
        text,
        sectionPath,
        section,
        ...own,
        ...(paragraph ? { paragraph: true as const } : {}),
        ...(role !== 'operative' ? { role } : {}),
      });
    }
  }

  if (!head) {
    head = headOf(blocks.find((b) => b.headingLevel === 1)?.text ?? '');
    stream?.onHead(head);
  }
  yield* sendPart(blocks.length);
  // Joining a long page's text is a step of its own.
  yield;
  const text = blocks.map((b) => b.text).join('\n');
  const document: ExtractedDocument = {
    url: head.url,
    title: head.title,
    lang: head.lang,
    wordCount: words,
    text,
    clauses,
  };
  return { document, blocks };
}

/** What the language is read from: the page's first characters (detect-language.ts). */
const START_CHARS = 5000;

/** The first `max` characters of the blocks' texts joined by line breaks (the document's text), without joining them all. */
function startText(raw: readonly RawBlock[], max: number): string {
  const texts: string[] = [];
  let length = 0;
  for (const b of raw) {
    if (length >= max) break;
    texts.push(b.text);
    length += b.text.length + 1;
  }
  return texts.join('\n').slice(0, max);
}

/** A link to a named place on the same page: not a bare "#" or a "#!"/"#/" route, which script buttons and apps use. */
const IN_PAGE_ANCHOR = /^#(?![!/])\S+$/;

/**
 * A list item that is one link to a place on the same page ("[When we share your information](#sharing)"): an entry
 * of a table of contents, the title of a section that follows, not what the section says.
 */
function linksWithinPage(b: RawBlock): boolean {
  const link = ownLink(b.element);
  if (!link || !IN_PAGE_ANCHOR.test(link.getAttribute('href') ?? '')) return false;
  const text = b.text.trim();
  const label = textOf(link, text.length + 1)
    .replace(/\s+/g, ' ')
    .trim();
  return label.length > 0 && label === text.replace(/\s+/g, ' ');
}

/** Most words of a title line (a longer unpunctuated line is more likely a sentence that lost its full stop). */
const TITLE_LINE_WORDS = 20;
/** The end of a sentence or of a list entry: a stop, a colon or a comma, before closing quotes or brackets. */
const UNIT_END = /[.;:!?,…][\s"'”’)\]*_]*$/;

/**
 * A list item's title line, not its content: a short line that ends no sentence, names a topic rather than stating an
 * act (no subject and verb of its own, unless the page's contents link to it), does not end on a word that leaves it
 * cut, and is followed, in the same container, by a paragraph that says what it titles. Either a paragraph of a multi-paragraph item that has another
 * paragraph after it ("4. When we share your information" / "We may share … with other companies …"), or the one item
 * of a list that a paragraph follows, not introduced by a colon ("5. Right to Opt Out of Selling …" / "You have the
 * right …": a numbered heading rendered as a list). Not an item followed by a list (an unpunctuated lead-in that
 * states the right itself), nor any item of a longer list ("Advertisers", "Analytics providers").
 */
function isItemTitle(b: RawBlock, contents: () => Set<string>): boolean {
  const text = b.text.trim();
  if (!text || UNIT_END.test(text) || text.split(' ').length > TITLE_LINE_WORDS || !/\p{L}/u.test(text)) return false;
  // A line cut on a word no phrase ends on goes on in the next one (a hard line break), whatever case that opens in.
  if (endsOpen(text)) return false;
  const el = b.element;
  const parent = el.parentElement;
  let placed: boolean;
  if (el.tagName === 'P' && parent?.tagName === 'LI') placed = titledParagraph(nextElement(el));
  else if (el.tagName !== 'LI' || !parent || !/^(?:UL|OL)$/.test(parent.tagName)) return false;
  else {
    const lead = b.leads[b.leads.length - 1];
    placed =
      parent.children.length === 1 && titledParagraph(nextElement(parent)) && (!lead || !/:\s*$/.test(lead.text));
  }
  // A line with a subject and a verb states what is done (GUIDE: only a label is a heading), unless the page's
  // contents link to it by these words: then it is a section's title, whatever its grammar.
  return placed && (!statesClause(text) || contents().has(titleKey(text)));
}

/** Most in-page links read for a page's contents titles. */
const CONTENTS_LINKS = 5000;

/**
 * The labels of the page's links to places on the same page (its table of contents), read at the first call and kept
 * for the rest of one extraction (the page may change between two).
 */
function contentsTitlesOf(doc: Document): () => Set<string> {
  let titles: Set<string> | null = null;
  return () => {
    if (!titles) {
      titles = new Set();
      for (const a of queryAll(doc, 'a[href^="#"]', CONTENTS_LINKS)) {
        if (!IN_PAGE_ANCHOR.test(a.getAttribute('href') ?? '')) continue;
        const key = titleKey(textOf(a, 300));
        if (key) titles.add(key);
      }
    }
    return titles;
  };
}

/** A title as compared with a contents entry: without its number, spaces and case. */
function titleKey(text: string): string {
  return text
    .replace(/^\s*\d{1,3}(?:\.\d{1,3})*[.)]?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A paragraph a title line can stand over: one that opens as a sentence does. One that opens in lower case continues
 * the line before it, cut by a hard line break ("… at any time without" / "notice to you, and …").
 */
function titledParagraph(el: Element | null): boolean {
  return el?.tagName === 'P' && !/^[\s"'“‘(]*\p{Ll}/u.test(el.textContent ?? '');
}

/** The next element sibling with text (empty spacers skipped, a few at most). */
function nextElement(el: Element): Element | null {
  let next = el.nextElementSibling;
  for (let k = 0; next && k < 3 && !(next.textContent ?? '').trim(); k++) next = next.nextElementSibling;
  return next && (next.textContent ?? '').trim() ? next : null;
}

/**
 * The item's first link among its first children and theirs ("<li><a>…</a>", "<li><p><strong><a>…"), not inside a
 * list nested in it: read in constant time, whatever the item holds (a page may nest thousands of lists).
 */
function ownLink(el: Element, depth = 0): Element | null {
  let child = el.firstElementChild;
  for (let k = 0; child && k < 3; k++, child = child.nextElementSibling) {
    if (child.tagName === 'A') return child;
    if (depth < 2 && !/^(?:UL|OL|DL|TABLE)$/.test(child.tagName)) {
      const inner = ownLink(child, depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}

/** A block's list lead-ins and table header/row label, bounded, as clause fields (absent when empty). */
function blockContext(b: RawBlock, leads: string[]): Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel'> {
  const out: Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel'> = {};
  if (leads.length) out.leads = leads;
  const header = b.table?.columnHeader;
  if (header) out.columnHeader = shorten(header, PAGE_BOUNDS.heading);
  const row = b.table?.rowLabel;
  if (row) out.rowLabel = shorten(row, PAGE_BOUNDS.heading);
  return out;
}

export { countWords } from './count-words';
export { FIRST_PART_CHARS, PART_CLAUSES, partClausesOf } from './parts';

/** Maps an offset in `block.text` (a clause's start or end) to a DOM position for building a Range. */
export function locateInBlock(block: ExtractedBlock, offset: number): { node: Text; offset: number } | null {
  return locateOffset(block, offset);
}
