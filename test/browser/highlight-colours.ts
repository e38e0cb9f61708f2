// What the painted text actually gets: for each highlight in the page's registry that holds ranges, the computed
// `::highlight(name)` background of the element its first range starts in, and the selectors of the page's
// `::highlight()` rules. Run in the page's own world (the registry and the stylesheets are the page's); a plain
// expression, so the same probe serves Chromium (Playwright) and Firefox (WebDriver BiDi).

export interface HighlightColours {
  /** One per non-empty highlight: the computed background colour of the text it paints. */
  colours: string[];
  /** The text before `::highlight(` of every rule that styles a highlight ('' for every element, ':root'…). */
  scopes: string[];
}

export const HIGHLIGHT_COLOURS = `(() => {
  const colours = [];
  for (const [name, h] of CSS.highlights) {
    const first = [...h][0];
    if (!first) continue;
    const node = first.startContainer;
    const el = node.nodeType === 1 ? node : node.parentElement;
    colours.push(getComputedStyle(el, '::highlight(' + name + ')').backgroundColor);
  }
  const scopes = [];
  for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets])
    for (const rule of sheet.cssRules) {
      const at = rule.cssText.indexOf('::highlight(');
      if (at >= 0) scopes.push(rule.cssText.slice(0, at).trim());
    }
  return { colours, scopes };
})()`;

/** A colour that shows: not transparent. */
export const isVisibleColour = (c: string): boolean => !!c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c);
