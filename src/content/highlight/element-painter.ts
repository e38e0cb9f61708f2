// The fallback painter, for browsers without the CSS Custom Highlight API: each piece is wrapped in an element whose
// tag is random per session and which carries no attribute (see create-mark.ts); removal undoes exactly our changes
// (mark-registry.ts). Focus and flash are outlines, painted outside the box so no text moves.
import { createMark } from './create-mark';
import { flashDeclarations, FOCUS_DECLARATIONS, type MarkTone } from './mark-palette';
import { joinSplits, registerMark, unwrapMarks } from './mark-registry';
import { removeStyles, setImportant } from './native-dom';
import type { Painter } from './painter';
import { randomElementName } from './random-name';
import { rangeRecord, type Segment } from './segment';
import { wrapPieces } from './wrap-clause';

const OUTLINE = ['outline', 'outline-offset'];

export function createElementPainter(doc: Document): Painter {
  const tag = randomElementName();
  const toneOf = new WeakMap<Element, MarkTone>();
  let focused: readonly Segment[] = [];
  const flashing = new Set<Element>();

  const markOf = (s: Segment): HTMLElement | null => s.node.parentElement;
  const outline = (el: HTMLElement | null): void => {
    if (!el) return;
    if (flashing.has(el)) setImportant(el, flashDeclarations(toneOf.get(el) ?? 'grant'));
    else if (focused.some((s) => markOf(s) === el)) setImportant(el, FOCUS_DECLARATIONS);
    else removeStyles(el, OUTLINE);
  };

  return {
    mode: 'elements',
    // Inline styles on our own marks: no stylesheet to settle.
    settleStyle: () => false,
    paint(pieces, tone) {
      const made = wrapPieces(doc, pieces, () => {
        const mark = createMark(doc, tag, tone);
        // Registered as soon as created, so even a clause that fails half-way is fully removable.
        registerMark(doc, mark);
        toneOf.set(mark, tone);
        return mark;
      });
      return made.flatMap((mark) => {
        const node = mark.firstChild;
        return node && node.nodeType === 3
          ? [
              {
                node: node as Text,
                from: 0,
                to: (node as Text).length,
                range: rangeRecord(node as Text, 0, (node as Text).length),
              },
            ]
          : [];
      });
    },
    setFocus(segments) {
      const before = focused;
      focused = segments ?? [];
      for (const s of [...before, ...focused]) outline(markOf(s));
    },
    setFlash(segments, on) {
      for (const s of segments) {
        const el = markOf(s);
        if (!el) continue;
        if (on) flashing.add(el);
        else flashing.delete(el);
        outline(el);
      }
    },
    restore() {
      // Marks a page removed stay removed: putting elements back into a page's text is not ours to decide.
    },
    remove(join) {
      const n = unwrapMarks(doc);
      if (join) joinSplits(doc);
      return n;
    },
  };
}
