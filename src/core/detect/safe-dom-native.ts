// safe-dom.ts as the always-on detector's bundle has it (the esbuild plugin in scripts/detector-bundle-options.ts puts
// this module in its place there): the native DOM calls alone. safe-dom.ts's iterative fallbacks are for happy-dom
// (the CLI and Node tests), whose DOM recurses; a browser's native calls do not overflow the stack even on a tree a
// script built (no parser cap applies): Chromium and Firefox ESR read 100,000 script-built levels (safe-dom.ts, and
// test/browser/hostile-pages.test.ts "deep nesting"). In this bundle the fallbacks would cost ~600 bytes. Same
// exports and results as safe-dom.ts (test/dom/detect/bundled-detector.test.ts).

/** First element under `root` (document order) passing `test`. */
export function walkFind(root: Node, test: (el: Element) => boolean): Element | null {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1); // 1 = SHOW_ELEMENT
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}

export const queryFirst = (root: Document | Element, selector: string): Element | null => root.querySelector(selector);

export const queryAll = (root: Document | Element, selector: string, max: number): Element[] =>
  Array.from(root.querySelectorAll(selector)).slice(0, max);

export const textOf = (node: Node, cap = Infinity): string => (node.textContent ?? '').slice(0, cap);

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const titleOf = (doc: Document): string => doc.title ?? '';
