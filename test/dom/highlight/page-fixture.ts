// Test stand-ins for the extractor: blocks, sentence clauses and a locator for simple pages.
// Deliberately independent of src/core/extract so these tests pin the highlighter alone.
import { vi } from 'vitest';
import type { Clause, Finding } from '../../../src/core/types';
import {
  isOwnNode,
  type HighlightHandle,
  type HighlightItem,
  type Locator,
  type TextPosition,
} from '../../../src/content/highlight';
import { currentSession, type Session } from '../../../src/content/highlight/session';

export interface Block {
  index: number;
  element: Element;
  heading: boolean;
}

const BLOCK_SELECTOR = 'h1, h2, h3, p, li, td';

export function blocksOf(root: ParentNode): Block[] {
  return [...root.querySelectorAll(BLOCK_SELECTOR)].map((element, index) => ({
    index,
    element,
    heading: /^H\d$/.test(element.tagName),
  }));
}

/** Whitespace-normalised text of an element, with the DOM position of every character, read live. */
function charMap(el: Element): { text: string; at: TextPosition[] } {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4);
  let text = '';
  const at: TextPosition[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    for (let i = 0; i < node.data.length; i++) {
      const ch = node.data[i]!;
      if (/\s/.test(ch)) {
        if (text.length === 0 || text.endsWith(' ')) continue;
        text += ' ';
      } else text += ch;
      at.push({ node, offset: i });
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    at.pop();
  }
  return { text, at };
}

export function blockText(block: Block): string {
  return charMap(block.element).text;
}

function positionIn(map: { at: TextPosition[] }, offset: number): TextPosition | null {
  if (offset < map.at.length) return map.at[offset]!;
  const last = map.at[map.at.length - 1];
  return offset === map.at.length && last ? { node: last.node, offset: last.offset + 1 } : null;
}

/** Recomputes the text-node map at every call, like a locator that walks the current DOM. */
export function liveLocator(blocks: Block[]): Locator {
  return (index, offset) => {
    const block = blocks[index];
    return block ? positionIn(charMap(block.element), offset) : null;
  };
}

/** Snapshots the text-node map once, like a locator that caches what extraction saw. */
export function cachedLocator(blocks: Block[]): Locator {
  const maps = blocks.map((b) => charMap(b.element));
  return (index, offset) => {
    const map = maps[index];
    return map ? positionIn(map, offset) : null;
  };
}

/** One clause per sentence of every non-heading block; section = the nearest heading above. */
export function sentenceClauses(blocks: Block[]): Clause[] {
  const clauses: Clause[] = [];
  let section = '';
  for (const block of blocks) {
    const text = blockText(block);
    if (block.heading) {
      section = text;
      continue;
    }
    for (const m of text.matchAll(/[^.!?]+[.!?]*/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      const start = m.index + lead;
      clauses.push({
        id: `c${clauses.length}`,
        block: block.index,
        start,
        end: start + body.length,
        text: body,
        sectionPath: section ? [section] : [],
        section,
      });
    }
  }
  return clauses;
}

export function finding(clauseId: string, over: Partial<Finding> = {}): Finding {
  return {
    clauseId,
    category: 'ai_training',
    stance: 'grant',
    severity: 'high',
    evidence: ['train artificial intelligence'],
    actor: 'service',
    rule: 'ai_training.test',
    ...over,
  };
}

/** Text, text-node count and every node's data: equal snapshots mean byte-identical text structure. */
export function textSnapshot(root: Node): { text: string; nodes: number; data: string[] } {
  const walker = root.ownerDocument!.createTreeWalker(root, 0x4);
  const data: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) data.push((n as Text).data);
  return { text: root.textContent ?? '', nodes: data.length, data };
}

/** Every element Termwatch put into the page's tree (known by identity: its names are random). */
export function ourElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('*')].filter((el) => isOwnNode(el));
}

/** The live session's insides, which only the extension's own code (and these tests) can reach. */
export function session(doc: Document = document): Session {
  const s = currentSession(doc);
  if (!s) throw new Error('no highlighting session');
  return s;
}

/** The fallback marks of one clause, in document order. */
export function marksOf(handle: HighlightHandle, clauseId: string): HTMLElement[] {
  return handle.rangesOf(clauseId).map((r) => r.startContainer.parentElement!);
}

/** The text painted for one clause, whitespace-normalised. */
export function paintedText(handle: HighlightHandle, clauseId: string): string {
  return handle
    .rangesOf(clauseId)
    .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The navigator's buttons (one per painted clause, document order) and the card, inside the closed shadow root. */
export function overlayParts(doc: Document = document): {
  buttons: HTMLElement[];
  card: HTMLElement;
  host: HTMLElement;
} {
  const { overlay } = session(doc);
  return { buttons: [...overlay.nav.querySelectorAll('button')], card: overlay.card, host: overlay.host };
}

export function cardOpen(doc: Document = document): boolean {
  return session(doc).overlay.card.classList.contains('open');
}

/**
 * A stand-in for the CSS Custom Highlight API, which happy-dom lacks: Highlight is a Set of ranges with a priority,
 * CSS.highlights a Map, StaticRange a plain record. Install it before the first session opens.
 */
export function installFakeHighlightApi(): Map<string, Set<AbstractRange>> {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
    type = 'highlight';
  }
  class FakeStaticRange {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  const registry = new Map<string, Set<AbstractRange>>();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('StaticRange', FakeStaticRange);
  // happy-dom's CSS global is made afresh on each read, so the whole namespace is replaced (vi.unstubAllGlobals restores it).
  vi.stubGlobal('CSS', { highlights: registry, supports: () => true, escape: (s: string) => s });
  return registry;
}

/** `paragraphs` paragraphs of three sentences each: 3 × paragraphs clauses, all flagged. */
export function bigPage(paragraphs: number): { items: HighlightItem[]; locate: Locator } {
  const p =
    '<p>We may use your content to <b>train</b> models. We share data with partners. We keep it for <a href="#">ever</a>.</p>';
  document.body.innerHTML = p.repeat(paragraphs);
  const blocks = blocksOf(document.body);
  const items = sentenceClauses(blocks).map((clause) => ({ clause, findings: [finding(clause.id)] }));
  return { items, locate: liveLocator(blocks) };
}

/** A clock that advances 1 ms per reading, so slice sizes do not depend on this machine's speed. */
export function tickingClock(): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++t);
}
