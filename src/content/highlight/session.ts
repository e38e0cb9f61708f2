// One highlighting session per document: the painter, the overlay (card and navigator), the listeners, and what was
// painted for each clause.
import { createCard, type CardController } from './card';
import { navLabel, type ClauseInfo } from './card-content';
import { createElementPainter } from './element-painter';
import { createHighlightPainter, hasHighlightApi } from './highlight-painter';
import { segmentIndex, type SegmentIndex } from './hit-test';
import { wireInteractions } from './interaction';
import type { MarkTone } from './mark-palette';
import { joinSplits, unwrapMarks } from './mark-registry';
import { appendChild, createElement, createTextNode, insertBefore, setAttribute } from './native-dom';
import { CARD_ID, createOverlay, type Overlay } from './overlay';
import type { Painter } from './painter';
import type { Segment } from './segment';

export interface ClauseEntry extends ClauseInfo {
  tone: MarkTone;
  /** What was painted, in document order. */
  segments: Segment[];
  /** The clause's button in the navigator. */
  button: HTMLElement;
}

export interface Session {
  readonly doc: Document;
  readonly painter: Painter;
  readonly overlay: Overlay;
  readonly card: CardController;
  /** Painted clauses by id, in the order they were painted (last clause first). */
  readonly byClause: Map<string, ClauseEntry>;
  readonly entryOfButton: WeakMap<Element, ClauseEntry>;
  readonly index: SegmentIndex<ClauseEntry>;
  /** Pending end-of-flash timers by clause id, cleared on teardown. */
  readonly flashTimers: Map<string, ReturnType<typeof setTimeout>>;
  /**
   * Roving tabindex: the one navigator button in the Tab order (tabindex 0; every other is -1), so a page with any
   * number of highlights gains one Tab stop. The first clause until the reader moves; then the last one focused.
   */
  readonly rover: { current: HTMLElement | null; moved: boolean };
  disposed: boolean;
}

interface SessionState extends Session {
  controller: AbortController;
}

const sessions = new WeakMap<Document, SessionState>();

/**
 * Starts a session, ending the previous one first. Prior fallback marks are unwrapped but their text-node splits are
 * kept, so positions the caller located in the current DOM (possibly inside those marks) stay valid for the new run.
 */
export function openSession(doc: Document): Session {
  endSession(doc, false);
  const controller = new AbortController();
  const overlay = createOverlay(doc);
  let painter: Painter;
  try {
    painter = hasHighlightApi() ? createHighlightPainter(doc) : createElementPainter(doc);
  } catch (error) {
    overlay.remove();
    throw error;
  }
  const session: SessionState = {
    doc,
    controller,
    painter,
    overlay,
    card: createCard(doc, overlay),
    byClause: new Map(),
    entryOfButton: new WeakMap(),
    index: segmentIndex(),
    flashTimers: new Map(),
    rover: { current: null, moved: false },
    disposed: false,
  };
  wireInteractions(session, controller.signal);
  sessions.set(doc, session);
  return session;
}

/** The document's live session (tests and the handle use it; nothing of it is reachable from the page). */
export function currentSession(doc: Document): Session | undefined {
  return sessions.get(doc);
}

export function isCurrent(session: Session): boolean {
  return sessions.get(session.doc) === session && !session.disposed;
}

/**
 * Records a painted clause: indexes its segments for the pointer and gives it a button in the navigator. Clauses
 * are painted last first, so each new button goes before the others and the navigator ends in document order.
 */
export function addClause(session: Session, info: ClauseInfo, tone: MarkTone, segments: Segment[]): ClauseEntry {
  const { doc, overlay } = session;
  const button = createElement(doc, 'button');
  setAttribute(button, 'type', 'button');
  setAttribute(button, 'aria-describedby', CARD_ID);
  setAttribute(button, 'tabindex', '-1');
  appendChild(button, createTextNode(doc, navLabel(info)));
  insertBefore(overlay.nav, button, overlay.nav.firstChild);
  // Painted last first: the newest button is the first in document order, the Tab stop until the reader moves.
  if (!session.rover.moved) setRover(session, button);
  const entry: ClauseEntry = { ...info, tone, segments, button };
  session.byClause.set(info.clause.id, entry);
  session.entryOfButton.set(button, entry);
  for (const s of segments) session.index.add(s, entry);
  return entry;
}

/** Makes `button` the navigator's one Tab stop. */
export function setRover(session: Session, button: HTMLElement): void {
  const { rover } = session;
  if (rover.current === button) return;
  if (rover.current) setAttribute(rover.current, 'tabindex', '-1');
  setAttribute(button, 'tabindex', '0');
  rover.current = button;
}

/** Ends the document's session and unpaints everything; with `join`, fallback splits are joined back into the original text nodes. */
export function endSession(doc: Document, join: boolean): number {
  const session = sessions.get(doc);
  let removed: number;
  if (session) {
    session.disposed = true;
    sessions.delete(doc);
    session.controller.abort();
    session.card.dispose();
    for (const timer of session.flashTimers.values()) clearTimeout(timer);
    session.flashTimers.clear();
    session.byClause.clear();
    removed = session.painter.remove(join);
    session.overlay.remove();
  } else {
    // Marks of a session that failed to open, if any.
    removed = unwrapMarks(doc);
    if (join) joinSplits(doc);
  }
  return removed;
}
