// The characters a match of a regex source can start with, read from the source (the atoms cue-scan.ts reads): the
// word-gap matcher (word-gap.ts) runs a sequence's piece at many positions, and at most of them the character there
// starts no match, which a table look-up tells without calling the regex.
import { charClass } from './char-class';
import { atomsOf, isWordChar, splitAlternatives } from './cue-scan';

/**
 * The ASCII code units a match of `source` (no flags) can start with, one flag per code unit; null when not known
 * from the source (a match that may be empty, or an atom not read here). A code unit of 128 and above is never ruled
 * out. The word-gap matcher tries a sequence's piece at many positions (after each word of a gap): at a character no
 * match starts with, the regex is not run.
 */
export function firstUnits(source: string): Uint8Array | null {
  const alts = splitAlternatives(source);
  if (!alts) return null;
  const out = new Uint8Array(128);
  for (const alt of alts) if (!markFirst(alt, out)) return null;
  return out;
}

/** Marks in `out` the code units a match of `alt` (no top-level `|`) can start with; false when not known. */
function markFirst(alt: string, out: Uint8Array): boolean {
  const atoms = atomsOf(alt);
  if (!atoms) return false;
  let k = 0;
  // Zero-width at the start: what they allow, the first atom that consumes must match anyway.
  while (atoms[k]?.kind === 'boundary' || atoms[k]?.kind === 'look') k++;
  const a = atoms[k];
  if (!a || a.min < 1) return false;
  if (a.kind === 'group') return a.alts!.every((g) => markFirst(g, out));
  if (a.kind === 'char') {
    const c = a.src.charCodeAt(0);
    if (c < 128) out[c] = 1;
    return true;
  }
  if (a.kind === 'class' || a.kind === 'escape') {
    if (a.kind === 'escape' && !CLASS_ESCAPES.includes(a.src[1]!) && !isWordChar(a.src[1]!)) {
      const c = a.src.charCodeAt(1); // an escaped punctuation character stands for itself
      if (c < 128) out[c] = 1;
      return true;
    }
    const inClass = charClass(a.src);
    if (!inClass) return false;
    for (let c = 0; c < 128; c++) if (inClass(c)) out[c] = 1;
    return true;
  }
  return false;
}
/** Escapes that stand for a class (`\s`, `\w`, `\d` and their negations), read by charClass. */
const CLASS_ESCAPES = 'sSwWdD';
