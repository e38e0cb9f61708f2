import type { Clause, Finding } from '../../core/types';
import { markCssText, markTone } from './mark-palette';
import { MARK_TAG } from './mark-registry';
import { createElement, setAttribute, setCssText } from './native-dom';

/**
 * One mark element for one piece of a clause. A custom tag: page CSS aimed at span/mark misses it
 * and it cannot be confused with the page's own markup.
 * role="mark" (ARIA 1.3, known to axe-core) says the text is highlighted; ARIA forbids naming a mark,
 * so the explanation is attached as a description instead (aria-describedby → the card, role=tooltip),
 * and only on the first piece, which is also the clause's single tab stop.
 */
export function createMark(doc: Document, clause: Clause, primary: Finding, first: boolean, cardId: string): HTMLElement {
  const mark = createElement(doc, MARK_TAG);
  setAttribute(mark, 'data-termwatch-clause', clause.id);
  setAttribute(mark, 'data-termwatch-category', primary.category);
  setAttribute(mark, 'data-termwatch-stance', primary.stance);
  setAttribute(mark, 'data-termwatch-severity', primary.severity);
  setAttribute(mark, 'role', 'mark');
  if (first) {
    setAttribute(mark, 'tabindex', '0');
    setAttribute(mark, 'aria-describedby', cardId);
  }
  setCssText(mark, markCssText(markTone(primary)));
  return mark;
}
