// In-page highlighting of flagged clauses. The content script calls highlightClauses after analysis
// and removeAllHighlights when it tears down; see README.md for the design.
import { hasHighlightApi } from './highlight-painter';
import { markTone } from './mark-palette';
import { rankFindings } from './rank-findings';
import { revealHidden, type RevealOutcome } from './reveal-hidden';
import { scrollToSegments } from './scroll-to-range';
import { isLive } from './segment';
import { addClause, endSession, isCurrent, openSession, type ClauseEntry, type Session } from './session';
import type { HighlightHandle, HighlightItem, HighlightOptions, Locator } from './types';
import { collectPieces } from './wrap-clause';
import { now, yieldToPage } from '../../core/yield-to-page';

export type { HighlightHandle, HighlightItem, HighlightOptions, Locator, TextPosition } from './types';
export type { PaintMode } from './painter';
export type { RevealOutcome } from './reveal-hidden';
export { isOwnNode } from './own-nodes';

const DEFAULT_SLICE_MS = 8;
const FLASH_MS = 1600;

/** After the next rendering opportunity (or 100 ms: a hidden tab renders no frames), as an ordinary task. */
function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void yieldToPage().then(resolve);
    };
    const timer = setTimeout(finish, 100);
    if (typeof view?.requestAnimationFrame === 'function') view.requestAnimationFrame(finish);
  });
}

function stopped(signal: AbortSignal | undefined): unknown {
  return signal?.aborted ? signal.reason : new DOMException('Highlighting was stopped', 'AbortError');
}

/** Paints one clause; returns quietly when it cannot (stale position, nothing paintable, hostile DOM). */
function highlightOne(session: Session, item: HighlightItem, locate: Locator, cache: Map<Element, boolean>): void {
  const { clause, findings } = item;
  if (findings.length === 0 || clause.end <= clause.start || session.byClause.has(clause.id)) return;
  try {
    const start = locate(clause.block, clause.start);
    const end = locate(clause.block, clause.end);
    if (!start || !end) return;
    const pieces = collectPieces(session.doc, start, end, cache);
    if (pieces.length === 0) return;
    const ranked = rankFindings(findings);
    const tone = markTone(ranked[0]!);
    const segments = session.painter.paint(pieces, tone);
    if (segments.length > 0) addClause(session, { clause, findings: ranked }, tone, segments);
  } catch {
    // One bad clause must not stop the rest.
  }
}

function flashClause(session: Session, clauseId: string): boolean {
  const entry = session.byClause.get(clauseId);
  const live = entry?.segments.filter(isLive) ?? [];
  if (!entry || live.length === 0) return false;
  // A page may have taken our highlights out of CSS.highlights, or our host out of the tree: put them back.
  session.painter.restore();
  session.overlay.reattach();
  const reduce = session.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  try {
    scrollToSegments(session.doc, live, 'center', reduce ? 'auto' : 'smooth');
  } catch {
    // Still flash even if scrolling failed.
  }
  session.painter.setFlash(entry.segments, true);
  const previous = session.flashTimers.get(clauseId);
  if (previous !== undefined) clearTimeout(previous);
  session.flashTimers.set(
    clauseId,
    setTimeout(() => {
      session.flashTimers.delete(clauseId);
      if (isCurrent(session)) session.painter.setFlash(entry.segments, false);
    }, FLASH_MS),
  );
  return true;
}

/**
 * Jump-to-clause from the popup: opens the <details>, tab or accordion panel that folds the clause away (see
 * reveal-hidden.ts), then scrolls to it and flashes it. 'cannot-open' when it stays hidden: nothing is scrolled then.
 */
async function revealClause(session: Session, clauseId: string): Promise<RevealOutcome> {
  const live = session.byClause.get(clauseId)?.segments.filter(isLive) ?? [];
  if (live.length === 0) return 'gone';
  if (!(await revealHidden(session.doc, live))) return 'cannot-open';
  if (!isCurrent(session)) return 'gone';
  return flashClause(session, clauseId) ? 'shown' : 'gone';
}

function makeHandle(session: Session): HighlightHandle {
  // byClause was filled from the last clause back; reversing gives document order.
  const entries: ClauseEntry[] = [...session.byClause.values()].reverse();
  const marks =
    session.painter.mode === 'elements'
      ? entries.flatMap((e) => e.segments.map((s) => s.node.parentElement).filter((m): m is HTMLElement => m !== null))
      : [];
  return {
    mode: session.painter.mode,
    get marks() {
      return isCurrent(session) ? marks : [];
    },
    get count() {
      return isCurrent(session) ? entries.length : 0;
    },
    get clauseIds() {
      return isCurrent(session) ? entries.map((e) => e.clause.id) : [];
    },
    rangesOf(clauseId: string) {
      return isCurrent(session) ? (session.byClause.get(clauseId)?.segments.map((s) => s.range) ?? []) : [];
    },
    remove() {
      if (isCurrent(session)) endSession(session.doc, true);
    },
    flash(clauseId: string) {
      return isCurrent(session) && flashClause(session, clauseId);
    },
    reveal(clauseId: string) {
      return isCurrent(session) ? revealClause(session, clauseId) : Promise.resolve('gone');
    },
  };
}

function emptyHandle(): HighlightHandle {
  return {
    mode: hasHighlightApi() ? 'highlight-api' : 'elements',
    marks: [],
    count: 0,
    clauseIds: [],
    rangesOf: () => [],
    remove: () => undefined,
    flash: () => false,
    reveal: () => Promise.resolve('gone'),
  };
}

/**
 * Highlights flagged clauses in slices of about `sliceBudgetMs`, yielding to the page in between.
 * Replaces any earlier highlighting of `doc` (no nested or duplicate marks). Rejects with an AbortError
 * when `signal` aborts or a newer call or removeAllHighlights supersedes it; what it added is removed.
 */
export async function highlightClauses(
  doc: Document,
  items: HighlightItem[],
  opts: HighlightOptions,
): Promise<HighlightHandle> {
  const { locate, signal, onProgress } = opts;
  const budget = opts.sliceBudgetMs ?? DEFAULT_SLICE_MS;
  if (signal?.aborted) throw stopped(signal);
  // Nothing to paint: no host, no stylesheet, no registry entry, so a page where nothing is flagged sees nothing.
  if (!items.some((item) => item.findings.length > 0)) {
    endSession(doc, true);
    return emptyHandle();
  }
  const session = openSession(doc);
  signal?.addEventListener(
    'abort',
    () => {
      if (isCurrent(session)) endSession(doc, true);
    },
    { once: true },
  );

  // The session's stylesheet makes the browser restyle the document (on the 1 MB bench page ~35 ms of thread CPU for
  // rules on every element, about half that for rules on :root). Let that happen in a frame of its own, before any
  // clause is painted, so the first slices' layout and paint do not pile onto it. (An unbounded budget asks for one
  // go, with no pause at all.)
  if (Number.isFinite(budget)) {
    await nextFrame(doc);
    if (!isCurrent(session)) throw stopped(signal);
  }
  // The first sheet holds rules for the root alone; where highlight styles are not inherited it is replaced by rules
  // for every element, whose whole-document restyle then gets a frame of its own in turn.
  if (session.painter.settleStyle() && Number.isFinite(budget)) {
    await nextFrame(doc);
    if (!isCurrent(session)) throw stopped(signal);
  }

  // Last clause first: splitting a text node (fallback marks) keeps its head in place, so positions of clauses
  // earlier in the same node stay valid even if the locator computed them before any wrapping.
  const ordered = [...items].sort((a, b) => b.clause.block - a.clause.block || b.clause.start - a.clause.start);
  const cache = new Map<Element, boolean>();
  const total = ordered.length;
  let done = 0;
  do {
    if (!isCurrent(session)) throw stopped(signal);
    const sliceStart = now();
    while (done < total) {
      highlightOne(session, ordered[done]!, locate, cache);
      done++;
      if (now() - sliceStart >= budget) break;
    }
    try {
      onProgress?.(done, total);
    } catch {
      // Progress is informational; a throwing callback must not leave half a page highlighted.
    }
    // A frame between slices, not just a task: the ranges of one slice are then styled and painted in a frame of
    // their own. With only a task between them, several slices' ranges went into one frame, whose style, pre-paint
    // and paint then blocked the page on top of the slice that ran before it.
    if (done < total) await (Number.isFinite(budget) ? nextFrame(doc) : yieldToPage());
  } while (done < total);
  if (!isCurrent(session)) throw stopped(signal);
  return makeHandle(session);
}

/** Removes every Termwatch highlight, mark, card and style from the page and restores the original text nodes. Returns the number of painted pieces removed. */
export function removeAllHighlights(doc: Document): number {
  return endSession(doc, true);
}
