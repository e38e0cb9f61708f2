import { appendChild, createElement, createTextNode, setAttribute } from './native-dom';
import { MARK_TAG } from './mark-registry';

export const STYLE_ID = 'termwatch-highlight-style';

// Only the interactive states live in a stylesheet (an inline style cannot say :focus-visible or :hover).
// Selectors use our custom tag alone, so they match nothing of the page; `!important` plus the
// attribute selectors' specificity beat page rules such as `* { outline: none !important }`.
const CSS = `
${MARK_TAG}[data-termwatch-clause][tabindex]:focus-visible {
  outline: 2px solid #2563eb !important;
  outline-offset: 1px !important;
}
${MARK_TAG}[data-termwatch-clause]:hover {
  outline: 1px dashed currentColor !important;
  outline-offset: 1px !important;
}
@media (prefers-reduced-motion: no-preference) {
  ${MARK_TAG}[data-termwatch-clause] { transition: outline-color 0.2s !important; }
}
`;

/** Adds the one <style> for marks to the head (documentElement when there is no head). */
export function injectFocusStyle(doc: Document): HTMLStyleElement {
  const style = createElement(doc, 'style') as HTMLStyleElement;
  setAttribute(style, 'id', STYLE_ID);
  appendChild(style, createTextNode(doc, CSS));
  appendChild(doc.head ?? doc.documentElement, style);
  return style;
}
