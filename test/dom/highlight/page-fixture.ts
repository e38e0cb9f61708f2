// Test stand-ins for the extractor: blocks, sentence clauses and a locator for simple pages.
// Deliberately independent of src/core/extract so these tests pin the highlighter alone.
import { vi } from 'vitest';
import type { Clause, Finding } from '../../../src/core/types';
import type { HighlightItem, Locator, TextPosition } from '../../../src/content/highlight';

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

export function ourElements(doc: Document): Element[] {
  return [...doc.querySelectorAll('termwatch-mark, termwatch-card, #termwatch-highlight-style')];
}

/** `paragraphs` paragraphs of three sentences each: 3 × paragraphs clauses, all flagged. */
export function bigPage(paragraphs: number): { items: HighlightItem[]; locate: Locator } {
  const p = '<p>We may use your content to <b>train</b> models. We share data with partners. We keep it for <a href="#">ever</a>.</p>';
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
