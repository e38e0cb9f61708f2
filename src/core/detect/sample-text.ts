// Bounded sampling of a page's main text: a TreeWalker over text nodes that skips chrome subtrees and stops at a
// character cap, so the cost does not grow with page size and never triggers layout (no innerText).
import { queryFirst } from './safe-dom';
import { SECTION_LABEL } from './signals';

export interface TextSample {
  text: string;
  /** Text nodes that start with a section label ("10.4 …", "§ 3", "1. ACCOUNT"). */
  sectionLabels: number;
  /** True when the cap was reached (the page has more text than sampled). */
  truncated: boolean;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'CODE', 'PRE']);

/** The element most likely to hold the page's own content. */
export function mainCandidate(doc: Document): Element | null {
  return queryFirst(doc, 'main, [role="main"]') ?? queryFirst(doc, 'article') ?? queryFirst(doc, '#content, #main, .content') ?? doc.body;
}

export function sampleText(root: Element, cap = 12000): TextSample {
  const doc = root.ownerDocument;
  // 1 = SHOW_ELEMENT, 4 = SHOW_TEXT; NodeFilter constants are not globals in every runtime (Node tests).
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (n: Node): number => (n.nodeType === 1 ? (SKIP.has(n.nodeName.toUpperCase()) ? 2 : 3) : 1),
  });
  const parts: string[] = [];
  let size = 0;
  let sectionLabels = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const data = (n as Text).data;
    if (data.length < 2 || !/\S/.test(data)) continue;
    if (SECTION_LABEL.test(data)) sectionLabels++;
    parts.push(data);
    size += data.length + 1;
    if (size >= cap) return { text: parts.join(' '), sectionLabels, truncated: true };
  }
  return { text: parts.join(' '), sectionLabels, truncated: false };
}
