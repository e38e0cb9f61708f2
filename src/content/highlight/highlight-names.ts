import type { MarkTone } from './mark-palette';
import { randomIdent } from './random-name';

/**
 * One session's highlight names: one per tone, one for the focused clause and one for the flash after a jump.
 * Random, so the stylesheet a page can read holds no word that says what a highlight means.
 */
export interface HighlightNames {
  tones: Record<MarkTone, string>;
  focus: string;
  flash: string;
}

export function drawHighlightNames(): HighlightNames {
  return {
    tones: { 'grant-high': randomIdent(), grant: randomIdent(), conditional: randomIdent(), restrict: randomIdent() },
    focus: randomIdent(),
    flash: randomIdent(),
  };
}
