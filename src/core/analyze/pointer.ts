// A clause that only points to another document or section ("For more information about cookies, see our Cookie
// Policy") states no practice by itself (GUIDE.md: role=pointer). Categories whose words turn up in such pointers
// veto them, unless the clause also offers the choice it points to (an opt-out, or "the available opt-outs").
import { NAMED_OPT_OUTS_WORDS } from './lexicon';
import { wordsPattern } from './word-pattern';

/** The clause opens by referring the reader elsewhere (lower-cased text). */
export const POINTER_OPENING =
  /^(?:for\s+(?:more|further|additional)\s+(?:information|details|info)|to\s+(?:learn|find\s+out|read)\s+more|learn\s+more|more\s+information|(?:please\s+)?(?:see|read|refer\s+to|review|visit)\s+(?:our|the)\b)/;

/**
 * Opt-outs named in the plural as the choices offered (lower-cased text): "the currently available opt-outs for Acme
 * Analytics", not a title pointed to ("see section Website (Browser) Opt-Outs", "your Opt-Outs page", T8). Read by
 * extract/unit-role.ts as well.
 */
export const NAMED_OPT_OUTS = new RegExp(
  String.raw`\b${wordsPattern(NAMED_OPT_OUTS_WORDS.leads)}\s+opt[\s-]?outs\b(?!\s+${wordsPattern(NAMED_OPT_OUTS_WORDS.titles)}\b)`,
);

/** True for a pointer that states nothing else worth a finding. */
export function isPointer(lower: string): boolean {
  return POINTER_OPENING.test(lower) && !/\bopt[\s-]?out\b/.test(lower) && !NAMED_OPT_OUTS.test(lower);
}
