import { isOurMark } from './mark-registry';
import { isOwnNode } from './own-nodes';

const XHTML = 'http://www.w3.org/1999/xhtml';

// Text we must never wrap: code and styles (wrapping would change what runs), form controls and
// buttons (their text is a value or a presentational label), embedded/foreign content (SVG and MathML
// text cannot hold HTML elements). Our own overlay is known by identity (own-nodes.ts), not by a tag.
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TITLE',
  'HEAD',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
]);

function elementAllows(el: Element): boolean {
  if (el.namespaceURI !== XHTML) return false;
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return false;
  // Editing hosts: inserting elements would corrupt what the user is typing.
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return false;
  // One of our fallback marks already covers it (overlapping clauses must not nest marks), or it is our overlay.
  if (isOurMark(el) || isOwnNode(el)) return false;
  return true;
}

/**
 * Whether a text node may be wrapped: every ancestor element allows it.
 * `cache` remembers the verdict per parent element for the duration of one run.
 */
export function canWrapText(node: Text, cache: Map<Element, boolean>): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const known = cache.get(parent);
  if (known !== undefined) return known;
  let ok = true;
  for (let el: Element | null = parent; el; el = el.parentElement) {
    const cached = el === parent ? undefined : cache.get(el);
    if (cached !== undefined) {
      ok = cached;
      break;
    }
    if (!elementAllows(el)) {
      ok = false;
      break;
    }
  }
  cache.set(parent, ok);
  return ok;
}
