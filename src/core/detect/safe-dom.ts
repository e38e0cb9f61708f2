// DOM reads that survive pathological nesting. happy-dom (the CLI and Node tests) implements querySelector,
// textContent and document.title by recursion, so ~10,000 nested <div>s overflow the stack. The native call runs
// first; on a RangeError a budgeted iterative TreeWalker (happy-dom's is iterative) takes over.
//
// Not in the always-on detector's bundle (content-detect.js): there safe-dom-native.ts, the native calls alone, takes
// this module's place, put there by the esbuild plugin in scripts/detector-bundle-options.ts (~600 bytes). Not
// because browsers cap nesting: their parsers do, but a page's script can build a tree as deep as it likes. Because
// their native calls do not overflow the stack on such a tree: checked by hand at 100,000 script-built levels,
// Chromium's textContent, querySelector and title and Firefox ESR's textContent and querySelector (the bundled
// detector whole at 50,000); and test/browser/hostile-pages.test.ts ("decides and analyses terms that the page's
// script nests 20000 elements deep", in Chromium and in Firefox ESR) has both decide such a page. Firefox takes ~30 s
// to build 100,000 levels, so that test builds 20,000. The analyser's extractor keeps this module.

/** Elements an iterative fallback visits at most: bounds the cost of a fallback on a huge page. */
const BUDGET = 200_000;

/** Rethrows `e` unless it is a stack overflow, after which the caller takes its iterative way. */
function unlessOverflow(e: unknown): void {
  // Compared by name: the error may come from another realm (the DOM implementation's).
  if ((e as Error | null)?.name !== 'RangeError') throw e;
}

/** First element under `root` (document order) passing `test`, visiting at most `budget` elements. */
export function walkFind(root: Node, test: (el: Element) => boolean, budget = BUDGET): Element | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1); // 1 = SHOW_ELEMENT
  for (let n = walker.nextNode(); n && budget-- > 0; n = walker.nextNode()) if (test(n as Element)) return n as Element;
  return null;
}

/** root.querySelector(selector), or the same found iteratively when the native call overflows the stack. */
export function queryFirst(root: Document | Element, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch (e) {
    unlessOverflow(e);
  }
  return walkFind(root, (el) => el.matches(selector));
}

/** Up to `max` elements matching `selector`, in document order. */
export function queryAll(root: Document | Element, selector: string, max: number): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch (e) {
    unlessOverflow(e);
  }
  const out: Element[] = [];
  walkFind(root, (el) => el.matches(selector) && out.push(el) >= max);
  return out;
}

/** node.textContent, or its first `cap` characters gathered iteratively when the native read overflows. */
export function textOf(node: Node, cap = Infinity): string {
  let out = '';
  try {
    out = node.textContent ?? '';
  } catch (e) {
    unlessOverflow(e);
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4); // 4 = SHOW_TEXT
    for (let n = walker.nextNode(); n && out.length < cap; n = walker.nextNode()) out += (n as Text).data;
  }
  // A no-op when shorter (and with the default cap, Infinity).
  return out.slice(0, cap);
}

/** Whitespace runs collapsed to one space, ends trimmed. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** document.title, falling back to the first <title> element found iteratively. */
export function titleOf(doc: Document): string {
  try {
    return doc.title ?? '';
  } catch (e) {
    unlessOverflow(e);
  }
  const t = walkFind(doc, (el) => el.tagName.toUpperCase() === 'TITLE');
  return t ? squash(textOf(t, 1000)) : '';
}
