// A clause that only points to another document or section ("For more information about cookies, see our Cookie
// Policy") states no practice by itself (GUIDE.md: role=pointer). Categories whose words turn up in such pointers
// veto them, unless the clause also offers the choice it points to (an opt-out, or "the available opt-outs").
import { NAMED_OPT_OUTS } from '../extract/unit-role';

/** The clause opens by referring the reader elsewhere (lower-cased text). */
export const POINTER_OPENING =
  /^(?:for\s+(?:more|further|additional)\s+(?:information|details|info)|to\s+(?:learn|find\s+out|read)\s+more|learn\s+more|more\s+information|(?:please\s+)?(?:see|read|refer\s+to|review|visit)\s+(?:our|the)\b)/;

/** True for a pointer that states nothing else worth a finding. */
export function isPointer(lower: string): boolean {
  return POINTER_OPENING.test(lower) && !/\bopt[\s-]?out\b/.test(lower) && !NAMED_OPT_OUTS.test(lower);
}
