import { markCssText, type MarkTone } from './mark-palette';
import { createElement, setCssText } from './native-dom';

/**
 * One fallback mark for one piece of a clause (only where the Highlight API is missing). Its tag is the session's
 * random name, and it carries no attribute at all: no data-*, no role, no tab stop (the keyboard reaches clauses
 * through the overlay's navigator, as with the Highlight API). The look is inline and !important; see mark-palette.
 */
export function createMark(doc: Document, tag: string, tone: MarkTone): HTMLElement {
  const mark = createElement(doc, tag);
  setCssText(mark, markCssText(tone));
  return mark;
}
