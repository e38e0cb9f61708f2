// In-page highlighting of flagged clauses. The content script calls highlightClauses after analysis
// and removeAllHighlights when it tears down; see README.md for the design.
import { flashDeclarations, markTone } from './mark-palette';
import { createMark } from './create-mark';
import { infoOf, registerMark, type MarkInfo } from './mark-registry';
import { removeStyles, scrollIntoView, setImportant } from './native-dom';
import { rankFindings } from './rank-findings';
import { endSession, isCurrent, openSession, type Session } from './session';
import type { HighlightHandle, HighlightItem, HighlightOptions, Locator } from './types';
import { collectPieces, wrapPieces } from './wrap-clause';
import { now, yieldToPage } from '../../core/yield-to-page';

export type { HighlightHandle, HighlightItem, HighlightOptions, Locator, TextPosition } from './types';

const DEFAULT_SLICE_MS = 8;
const FLASH_MS = 1600;

function stopped(signal: AbortSignal | undefined): unknown {
  return signal?.aborted ? signal.reason : new DOMException('Highlighting was stopped', 'AbortError');
}

/** Wraps one clause; returns quietly when it cannot (stale position, nothing wrappable, hostile DOM). */
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
    const primary = ranked[0]!;
    const info: MarkInfo = { clause, findings: ranked, first: null };
    // Registered as soon as created, so even a clause that fails half-way is fully removable.
    const marks = wrapPieces(session.doc, pieces, (i) => {
      const mark = createMark(session.doc, clause, primary, i === 0, session.card.host.id);
      registerMark(session.doc, mark, info);
      return mark;
    });
    info.first = marks[0] ?? null;
    session.byClause.set(clause.id, marks);
  } catch {
    // One bad clause must not stop the rest.
  }
}

function flashClause(session: Session, clauseId: string): boolean {
  const marks = session.byClause.get(clauseId);
  const first = marks?.[0];
  const primary = first ? infoOf(first)?.findings[0] : undefined;
  if (!marks || !first || !primary || !first.isConnected) return false;
  const reduce = session.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  try {
    scrollIntoView(first, { behavior: reduce ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
  } catch {
    // Still flash even if scrolling failed.
  }
  for (const mark of marks) setImportant(mark, flashDeclarations(markTone(primary)));
  const previous = session.flashTimers.get(clauseId);
  if (previous !== undefined) clearTimeout(previous);
  session.flashTimers.set(
    clauseId,
    setTimeout(() => {
      session.flashTimers.delete(clauseId);
      for (const mark of marks) removeStyles(mark, ['outline', 'outline-offset']);
    }, FLASH_MS),
  );
  return true;
}

function makeHandle(session: Session): HighlightHandle {
  // byClause was filled from the last clause back; reversing gives document order.
  const marks = [...session.byClause.values()].reverse().flat();
  const count = session.byClause.size;
  return {
    get marks() {
      return isCurrent(session) ? marks : [];
    },
    get count() {
      return isCurrent(session) ? count : 0;
    },
    remove() {
      if (isCurrent(session)) endSession(session.doc, true);
    },
    flash(clauseId: string) {
      return isCurrent(session) && flashClause(session, clauseId);
    },
  };
}

/**
 * Highlights flagged clauses in slices of about `sliceBudgetMs`, yielding to the page in between.
 * Replaces any earlier highlighting of `doc` (no nested or duplicate marks). Rejects with an AbortError
 * when `signal` aborts or a newer call or removeAllHighlights supersedes it; what it added is removed.
 */
export async function highlightClauses(doc: Document, items: HighlightItem[], opts: HighlightOptions): Promise<HighlightHandle> {
  const { locate, signal, onProgress } = opts;
  const budget = opts.sliceBudgetMs ?? DEFAULT_SLICE_MS;
  if (signal?.aborted) throw stopped(signal);
  const session = openSession(doc);
  signal?.addEventListener('abort', () => {
    if (isCurrent(session)) endSession(doc, true);
  }, { once: true });

  // Last clause first: splitting a text node keeps its head in place, so positions of clauses
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
    if (done < total) await yieldToPage();
  } while (done < total);
  if (!isCurrent(session)) throw stopped(signal);
  return makeHandle(session);
}

/** Removes every Termwatch mark, card and style from the page and restores the original text nodes. Returns the number of marks removed. */
export function removeAllHighlights(doc: Document): number {
  return endSession(doc, true);
}
