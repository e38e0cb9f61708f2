// The ::highlight() rules. They must be in the document's own style scope (a rule inside a shadow root styles only
// that shadow tree), so a page can read them: they hold random names and colours, nothing else.
import { MARK_TONES, type MarkTone } from './mark-palette';
import type { HighlightNames } from './highlight-names';
import { appendChild, createElement, createTextNode, insertBefore, removeChild } from './native-dom';
import { claim } from './own-nodes';

// The attention look (focused clause, flash after a jump): a stronger fill and a thick underline in the focus blue.
const ATTENTION =
  'background-color: rgba(37, 99, 235, 0.30) !important; text-decoration: underline 3px solid #2563eb !important;';

/**
 * Which elements the rules are written for: every element (`::highlight(x)`), or the root alone (`:root::highlight(x)`),
 * which styles the whole page only where highlight styles are inherited (see highlight-painter.ts).
 */
export type HighlightScope = 'every-element' | 'root';

/** The stylesheet for a session's highlight names. Only properties ::highlight() accepts; none changes layout. */
export function highlightCss(names: HighlightNames, scope: HighlightScope = 'every-element'): string {
  const on = scope === 'root' ? ':root' : '';
  const tones = (Object.keys(MARK_TONES) as MarkTone[]).map((tone) => {
    const { fill, edge } = MARK_TONES[tone];
    return `${on}::highlight(${names.tones[tone]}) { background-color: ${fill} !important; text-decoration: underline 2px solid ${edge} !important; }`;
  });
  return [
    ...tones,
    `${on}::highlight(${names.focus}) { ${ATTENTION} }`,
    `${on}::highlight(${names.flash}) { ${ATTENTION} }`,
  ].join('\n');
}

export interface InstalledStyle {
  /** Puts the sheet back if the page removed it. */
  restore(): void;
  remove(): void;
}

/**
 * A constructed stylesheet in `scope`'s adoptedStyleSheets where that works: no page CSP applies to it (Firefox
 * applies a page's `style-src` to <style> elements a content script adds, even inside a closed shadow root), and it
 * is not an element that page scripts managing <head> might remove. Otherwise one <style> element (in the head for
 * the document, at the top of a shadow root).
 */
export function installStyle(doc: Document, css: string, scope: Document | ShadowRoot = doc): InstalledStyle {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const add = (): void => {
      if (!scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    };
    add();
    if (scope.adoptedStyleSheets.includes(sheet)) {
      return {
        restore: add,
        remove: () => {
          scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    }
  } catch {
    // No constructable stylesheets here (or not from this world): use an element.
  }
  const style = createElement(doc, 'style');
  claim(style);
  appendChild(style, createTextNode(doc, css));
  const add = (): void => {
    if (style.isConnected) return;
    if (scope === doc) appendChild(doc.head ?? doc.documentElement, style);
    else insertBefore(scope, style, scope.firstChild);
  };
  add();
  return {
    restore: add,
    remove: () => {
      if (style.parentNode) removeChild(style.parentNode, style);
    },
  };
}
