import type { Clause, Finding } from '../../core/types';
import type { PaintMode } from './painter';
import type { RevealOutcome } from './reveal-hidden';

/** A DOM position: a text node and a UTF-16 offset inside it. */
export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * Maps an offset within a block's normalised text (Clause.start / Clause.end) to a DOM position.
 * Injected so this module never depends on the extractor (the lead wires `locateInBlock` in).
 */
export type Locator = (blockIndex: number, offset: number) => TextPosition | null;

/** One flagged clause and every finding the analyser made on it. */
export interface HighlightItem {
  clause: Clause;
  findings: Finding[];
}

export interface HighlightOptions {
  locate: Locator;
  /** Aborting stops the run and removes every highlight it added (also after it finished). */
  signal?: AbortSignal;
  /** Work per slice before yielding to the page, in ms. Default 8. */
  sliceBudgetMs?: number;
  /** Called after each slice with the number of items processed so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface HighlightHandle {
  /** 'highlight-api' (CSS Custom Highlight API) or 'elements' (the fallback where that API is missing). */
  readonly mode: PaintMode;
  /** Fallback only: every mark element, in document order (a clause may have several pieces). Empty with the Highlight API. */
  readonly marks: HTMLElement[];
  /** Number of clauses that got at least one painted piece. */
  readonly count: number;
  /** The painted clauses' ids, in document order. */
  readonly clauseIds: string[];
  /** The painted pieces of a clause, in document order (empty when unknown or superseded). */
  rangesOf(clauseId: string): AbstractRange[];
  /** Removes this run's highlights, card and style (no-op once superseded by a newer run). */
  remove(): void;
  /** Scrolls the clause into view (smooth, centred) and flashes it; false if it has nothing painted. */
  flash(clauseId: string): boolean;
  /**
   * Jump-to-clause: opens the closed <details>, tab or accordion panel that hides the clause (clicking the page's own
   * control for tabs and accordions), then scrolls and flashes it. 'cannot-open' when it stays hidden.
   */
  reveal(clauseId: string): Promise<RevealOutcome>;
}
