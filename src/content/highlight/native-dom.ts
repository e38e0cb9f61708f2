// DOM methods captured once, before a page script can replace them.
// Content scripts run in an isolated world (Chrome) or behind Xray wrappers (Firefox), so page overrides
// usually cannot reach us there; this still protects the same code when it runs in the page's world
// (tests, a bookmarklet-style build) and against overrides on individual instances.
// Reflect.apply is captured too, since Function.prototype.call can itself be replaced.

const apply = Reflect.apply;

interface Natives {
  insertBefore: Node['insertBefore'];
  appendChild: Node['appendChild'];
  removeChild: Node['removeChild'];
  splitText: Text['splitText'];
  appendData: CharacterData['appendData'];
  deleteData: CharacterData['deleteData'];
  setAttribute: Element['setAttribute'];
  getBoundingClientRect: Element['getBoundingClientRect'];
  getClientRects: Element['getClientRects'];
  attachShadow: Element['attachShadow'];
  scrollIntoView: Element['scrollIntoView'];
  createElement: Document['createElement'];
  createTextNode: Document['createTextNode'];
  createTreeWalker: Document['createTreeWalker'];
  createRange: Document['createRange'];
  setStart: Range['setStart'];
  setEnd: Range['setEnd'];
  addEventListener: EventTarget['addEventListener'];
  setProperty: CSSStyleDeclaration['setProperty'];
  setCssText: ((this: CSSStyleDeclaration, value: string) => void) | undefined;
  removeProperty: CSSStyleDeclaration['removeProperty'];
}

function capture(): Natives {
  return {
    insertBefore: Node.prototype.insertBefore,
    appendChild: Node.prototype.appendChild,
    removeChild: Node.prototype.removeChild,
    splitText: Text.prototype.splitText,
    appendData: CharacterData.prototype.appendData,
    deleteData: CharacterData.prototype.deleteData,
    setAttribute: Element.prototype.setAttribute,
    getBoundingClientRect: Element.prototype.getBoundingClientRect,
    getClientRects: Element.prototype.getClientRects,
    attachShadow: Element.prototype.attachShadow,
    scrollIntoView: Element.prototype.scrollIntoView,
    createElement: Document.prototype.createElement,
    createTextNode: Document.prototype.createTextNode,
    createTreeWalker: Document.prototype.createTreeWalker,
    createRange: Document.prototype.createRange,
    setStart: Range.prototype.setStart,
    setEnd: Range.prototype.setEnd,
    addEventListener: EventTarget.prototype.addEventListener,
    setProperty: CSSStyleDeclaration.prototype.setProperty,
    setCssText: Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, 'cssText')?.set,
    removeProperty: CSSStyleDeclaration.prototype.removeProperty,
  };
}

// Captured at load when a DOM exists (content script, DOM tests); lazily otherwise (module imported in plain Node).
let natives: Natives | null = typeof Node === 'function' && typeof Document === 'function' ? capture() : null;
function n(): Natives {
  return (natives ??= capture());
}

export function insertBefore(parent: Node, node: Node, ref: Node | null): void {
  apply(n().insertBefore, parent, [node, ref]);
}
export function appendChild(parent: Node, node: Node): void {
  apply(n().appendChild, parent, [node]);
}
export function removeChild(parent: Node, node: Node): void {
  apply(n().removeChild, parent, [node]);
}
/**
 * Text.splitText, which keeps the page's live ranges and selection consistent. Should it throw
 * without having changed anything (DOM shims such as happy-dom implement it with overridable public
 * methods), the same split is done by hand from the captured primitives.
 */
export function splitText(node: Text, offset: number): Text {
  const length = node.length;
  const nextBefore = node.nextSibling;
  try {
    return apply(n().splitText, node, [offset]) as Text;
  } catch (error) {
    const parent = node.parentNode;
    if (!parent || node.length !== length || node.nextSibling !== nextBefore || offset < 0 || offset > length)
      throw error;
    const right = createTextNode(node.ownerDocument, node.data.slice(offset));
    insertBefore(parent, right, nextBefore);
    apply(n().deleteData, node, [offset, length - offset]);
    return right;
  }
}
export function appendData(node: CharacterData, data: string): void {
  apply(n().appendData, node, [data]);
}
export function setAttribute(el: Element, name: string, value: string): void {
  apply(n().setAttribute, el, [name, value]);
}
export function getBoundingClientRect(el: Element): DOMRect {
  return apply(n().getBoundingClientRect, el, []) as DOMRect;
}
export function getClientRects(el: Element): DOMRectList {
  return apply(n().getClientRects, el, []) as DOMRectList;
}
export function attachShadow(el: Element, init: ShadowRootInit): ShadowRoot {
  return apply(n().attachShadow, el, [init]) as ShadowRoot;
}
export function scrollIntoView(el: Element, arg: ScrollIntoViewOptions): void {
  apply(n().scrollIntoView, el, [arg]);
}
export function createElement(doc: Document, tag: string): HTMLElement {
  return apply(n().createElement, doc, [tag]) as HTMLElement;
}
export function createTextNode(doc: Document, data: string): Text {
  return apply(n().createTextNode, doc, [data]) as Text;
}
export function createTreeWalker(doc: Document, root: Node, whatToShow: number): TreeWalker {
  return apply(n().createTreeWalker, doc, [root, whatToShow]) as TreeWalker;
}
/** A live Range over [from, to) of one text node (measuring only: live ranges cost on every later mutation). */
export function createRange(doc: Document, node: Text, from: number, to: number): Range {
  const range = apply(n().createRange, doc, []) as Range;
  apply(n().setStart, range, [node, from]);
  apply(n().setEnd, range, [node, to]);
  return range;
}
export function addEventListener(
  target: EventTarget,
  type: string,
  listener: (event: Event) => void,
  options: AddEventListenerOptions,
): void {
  apply(n().addEventListener, target, [type, listener, options]);
}

// Styles go through the CSSOM rather than a style attribute: a page CSP without 'unsafe-inline'
// blocks style attributes but not CSSOM writes (https://www.w3.org/TR/CSP3/#directive-style-src-attr).
export function setImportant(el: HTMLElement, declarations: ReadonlyArray<readonly [string, string]>): void {
  const style = el.style;
  for (const [prop, value] of declarations) apply(n().setProperty, style, [prop, value, 'important']);
}
/** Replaces the whole inline style in one parse (one CSSOM write instead of one per property). */
export function setCssText(el: HTMLElement, cssText: string): void {
  const setter = n().setCssText;
  if (setter) apply(setter, el.style, [cssText]);
  else el.style.cssText = cssText;
}
export function removeStyles(el: HTMLElement, props: readonly string[]): void {
  const style = el.style;
  for (const prop of props) apply(n().removeProperty, style, [prop]);
}
