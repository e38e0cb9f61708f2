// A name replaced where it stands, the old name kept in a notice beside the new one ("Acme Security Agent" → "Acme
// Continuum (including features previously named Acme Security Agent)", "Globex Pay" → "Wallet (formerly Globex Pay)"):
// the clause names the same thing, and says the same of it.
import { clauseKey } from './align';
import { tokens } from './similarity';

/** The new name and its notice are short: a longer insertion says something more. */
const MAX_INSERTED_WORDS = 8;
// The notice ends the insertion, so that the old name follows it.
const NOTICE_END = /(?:^| )(?:formerly|previously)(?: known as| named| called)?$/;

/**
 * Whether the only change is a new name and a notice inserted before the old name, which is kept: the new text is the
 * old one with one run of words inserted (wherever the words around it let it slide), ending with the notice.
 */
export function onlyRenamedInPlace(before: string, after: string): boolean {
  const b = tokens(clauseKey(before));
  const a = tokens(clauseKey(after));
  const n = a.length - b.length;
  if (n <= 0 || n > MAX_INSERTED_WORDS) return false;
  let prefix = 0;
  while (prefix < b.length && b[prefix] === a[prefix]) prefix++;
  let suffix = 0;
  while (suffix < b.length && b[b.length - 1 - suffix] === a[a.length - 1 - suffix]) suffix++;
  // Every start where the inserted run leaves the old text whole on both sides, and a name after it.
  for (let k = Math.max(0, b.length - suffix); k <= Math.min(prefix, b.length - 1); k++)
    if (NOTICE_END.test(a.slice(k, k + n).join(' '))) return true;
  return false;
}
