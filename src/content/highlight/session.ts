// One highlighting session per document: the marks' card, style and listeners, and the marks by clause.
import { createCard, type CardController } from './card';
import { injectFocusStyle } from './focus-style';
import { joinSplits, unwrapMarks } from './mark-registry';
import { removeChild } from './native-dom';

export interface Session {
  readonly doc: Document;
  readonly card: CardController;
  /** Marks of each clause, in document order. */
  readonly byClause: Map<string, HTMLElement[]>;
  /** Pending end-of-flash timers by clause id, cleared on teardown. */
  readonly flashTimers: Map<string, ReturnType<typeof setTimeout>>;
  disposed: boolean;
}

interface SessionState extends Session {
  controller: AbortController;
  style: HTMLStyleElement;
}

const sessions = new WeakMap<Document, SessionState>();

function randomSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * Starts a session, ending the previous one first. Prior marks are unwrapped but their text-node
 * splits are kept, so positions the caller located in the current DOM (possibly inside those marks)
 * stay valid for the new run.
 */
export function openSession(doc: Document): Session {
  endSession(doc, false);
  const controller = new AbortController();
  const session: SessionState = {
    doc,
    controller,
    style: injectFocusStyle(doc),
    // A random id: it cannot collide with the page's ids, and a page cannot pre-create it.
    card: createCard(doc, `termwatch-card-${randomSuffix()}`, controller.signal),
    byClause: new Map(),
    flashTimers: new Map(),
    disposed: false,
  };
  sessions.set(doc, session);
  return session;
}

export function isCurrent(session: Session): boolean {
  return sessions.get(session.doc) === session && !session.disposed;
}

/** Ends the document's session and unwraps every mark of ours; with `join`, restores the original text nodes. */
export function endSession(doc: Document, join: boolean): number {
  const session = sessions.get(doc);
  if (session) {
    session.disposed = true;
    sessions.delete(doc);
    session.controller.abort();
    for (const timer of session.flashTimers.values()) clearTimeout(timer);
    session.flashTimers.clear();
    session.byClause.clear();
    if (session.style.parentNode) removeChild(session.style.parentNode, session.style);
  }
  const removed = unwrapMarks(doc);
  if (join) joinSplits(doc);
  return removed;
}
