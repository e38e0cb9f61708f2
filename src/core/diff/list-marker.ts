// The marker of a list item written into its text ("V. Request that we correct …" → "5. Request that we correct …"):
// a list renumbered, or numbered in another style, says the same items.
import { clauseKey } from './align';

// A roman or arabic number or a single letter, closed by "." or ")", optionally opened by "(", at the very start.
const MARKER = /^\(?(?:\d{1,3}|[ivxlcdm]{1,6}|[a-z])[.)]\s+/i;

/** Whether the two texts differ only by the list marker they start with (changed, added or dropped). */
export function onlyListMarkerChanged(before: string, after: string): boolean {
  const b = before.trim();
  const a = after.trim();
  if (!MARKER.test(b) && !MARKER.test(a)) return false;
  const rest = clauseKey(b.replace(MARKER, ''));
  return rest !== '' && rest === clauseKey(a.replace(MARKER, ''));
}
