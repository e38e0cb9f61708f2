import type { MarkTone } from './mark-palette';
import type { Segment } from './segment';
import type { TextPiece } from './wrap-clause';

/** How a session paints: the CSS Custom Highlight API, or (only where it is missing) elements around the text. */
export type PaintMode = 'highlight-api' | 'elements';

export interface Painter {
  readonly mode: PaintMode;
  /** Paints one clause's pieces; returns what was painted, in document order. */
  paint(pieces: readonly TextPiece[], tone: MarkTone): Segment[];
  /** The clause the keyboard is on (null: none). */
  setFocus(segments: readonly Segment[] | null): void;
  /** Adds or takes away the brief flash after a jump from the popup. */
  setFlash(segments: readonly Segment[], on: boolean): void;
  /**
   * Once the first stylesheet is in effect (after a frame): checks that it styles the page, and where it does not,
   * installs the one that does. True when it did, so the caller gives that restyle a frame of its own too.
   */
  settleStyle(): boolean;
  /** Re-registers what a page took away (highlights deleted from CSS.highlights, our stylesheet removed). */
  restore(): void;
  /** Stops painting; returns how many pieces were unpainted. With `join`, fallback splits are joined back. */
  remove(join: boolean): number;
}
