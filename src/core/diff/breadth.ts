// How wide a licence reads: the breadth words of the lexicon (LicTerm: perpetual, irrevocable, sublicensable, …;
// LicScope: any and all media, likeness, voice, …) that a clause says. A licence that gains one is wider.
import { LEXICON_LISTS } from '../analyze/lexicon';

const TERMS = [...(LEXICON_LISTS.LicTerm ?? []), ...(LEXICON_LISTS.LicScope ?? [])];

/** Lower-cased, hyphens and punctuation as spaces: "sub-licensable" reads as the lexicon's "sub licensable". */
function plain(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The breadth words a clause says, negated forms ("non-transferable") left out. */
export function breadthTerms(text: string): Set<string> {
  const t = plain(text);
  const found = new Set<string>();
  for (const term of TERMS) {
    const at = t.indexOf(` ${term} `);
    if (at >= 0 && !/ non $/.test(t.slice(Math.max(0, at - 4), at + 1))) found.add(term);
  }
  return found;
}

/** +1 when the new text says a breadth word the old one did not, −1 when it only lost some, 0 otherwise. */
export function breadthChange(before: string, after: string): -1 | 0 | 1 {
  const b = breadthTerms(before);
  const a = breadthTerms(after);
  if ([...a].some((w) => !b.has(w))) return 1;
  if ([...b].some((w) => !a.has(w))) return -1;
  return 0;
}
