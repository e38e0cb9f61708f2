// Whitespace lost or gained inside a clause ("the privacy policy of DingTalkfor more details", a space dropped before
// a link's text when the page's markup changed): the same letters in the same order are the same clause.
import { clauseKey } from './align';

/** The comparable text without its spaces, but for a space between two digits ("1 5 days" is not "15 days"). */
function unspaced(text: string): string {
  return clauseKey(text).replace(/(?<!\d) | (?!\d)/g, '');
}

/** Whether the two texts differ only by where their words are split. */
export function onlySpacingChanged(before: string, after: string): boolean {
  const b = unspaced(before);
  return b !== '' && b === unspaced(after);
}
