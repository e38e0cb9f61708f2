// Painting with the CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/): ranges registered in
// CSS.highlights under random names and styled by ::highlight() rules. No element goes into the page's text, so
// there is nothing a page can restyle, upgrade, select or read an attribute of.
import { MARK_TONES, type MarkTone } from './mark-palette';
import { drawHighlightNames, type HighlightNames } from './highlight-names';
import { highlightCss, installStyle, type InstalledStyle } from './highlight-style';
import type { Painter } from './painter';
import { paintRange, type Segment } from './segment';

/** Whether this browser has the Highlight API (Chromium 105+, Firefox 140+, Safari 17.2+). Feature detection, no UA check. */
export function hasHighlightApi(): boolean {
  return (
    typeof Highlight === 'function' &&
    typeof CSS === 'object' &&
    CSS !== null &&
    typeof CSS.highlights === 'object' &&
    CSS.highlights !== null
  );
}

// Tones under the attention looks: focus and flash are painted over a clause's own colour.
const PRIORITY = { tone: 0, focus: 1, flash: 2 };

/**
 * Whether the root's highlight style reaches the elements below it: the root and its first element child (the body)
 * compute the same colour for `name`, and it is a colour. Only positive evidence counts: a browser that answers
 * nothing for a highlight's computed style gets the rules for every element.
 */
function highlightsInherit(doc: Document, name: string): boolean {
  const view = doc.defaultView;
  const root = doc.documentElement;
  const child = doc.body ?? root?.firstElementChild;
  if (!view || !root || !child || typeof view.getComputedStyle !== 'function') return false;
  try {
    const pseudo = `::highlight(${name})`;
    const atRoot = view.getComputedStyle(root, pseudo).backgroundColor;
    const below = view.getComputedStyle(child, pseudo).backgroundColor;
    return !!atRoot && atRoot === below && !/^(?:transparent|rgba\(0, 0, 0, 0\))$/.test(atRoot);
  } catch {
    return false;
  }
}

export function createHighlightPainter(doc: Document): Painter {
  const names: HighlightNames = drawHighlightNames();
  const registry = CSS.highlights;
  const tones = new Map<MarkTone, Highlight>();
  for (const tone of Object.keys(MARK_TONES) as MarkTone[]) {
    const h = new Highlight();
    h.priority = PRIORITY.tone;
    tones.set(tone, h);
  }
  const focus = new Highlight();
  focus.priority = PRIORITY.focus;
  const flash = new Highlight();
  flash.priority = PRIORITY.flash;
  const all = new Map<string, Highlight>([
    ...[...tones].map(([tone, h]) => [names.tones[tone], h] as const),
    [names.focus, focus],
    [names.flash, flash],
  ]);

  // Rules on the root alone first. Rules for every element make the browser restyle the whole document when the sheet
  // arrives (~35 ms of thread CPU on the 1 MB bench page, in one frame); on :root, where highlight styles are inherited
  // (https://drafts.csswg.org/css-pseudo-4/#highlight-cascade; Chromium), it restyles about half as much and paints
  // the same. Firefox ESR 153 does not inherit them (a :root rule paints nothing there): settleStyle finds that out
  // from the computed style and installs the rules for every element instead.
  let style: InstalledStyle = installStyle(doc, highlightCss(names, 'root'));
  let settled = false;
  const register = (): void => {
    for (const [name, h] of all) if (registry.get(name) !== h) registry.set(name, h);
  };
  register();
  let painted = 0;

  return {
    mode: 'highlight-api',
    paint(pieces, tone) {
      const target = tones.get(tone)!;
      const segments: Segment[] = pieces.map((p) => ({
        node: p.node,
        from: p.from,
        to: p.to,
        range: paintRange(doc, p.node, p.from, p.to),
      }));
      for (const s of segments) target.add(s.range);
      painted += segments.length;
      return segments;
    },
    setFocus(segments) {
      focus.clear();
      for (const s of segments ?? []) focus.add(s.range);
    },
    setFlash(segments, on) {
      for (const s of segments) {
        if (on) flash.add(s.range);
        else flash.delete(s.range);
      }
    },
    settleStyle() {
      if (settled) return false;
      settled = true;
      if (highlightsInherit(doc, names.focus)) return false;
      style.remove();
      style = installStyle(doc, highlightCss(names, 'every-element'));
      return true;
    },
    restore() {
      style.restore();
      register();
    },
    remove() {
      // Only what is still ours: a page may have put something else under one of these names since.
      for (const [name, h] of all) {
        if (registry.get(name) === h) registry.delete(name);
        h.clear();
      }
      style.remove();
      const n = painted;
      painted = 0;
      return n;
    },
  };
}
