// Cheap sentence splitter for plain text (the CLI on .txt/.md, tests). The real page extractor lives in core/extract.
// It never splits after common legal abbreviations ("e.g.", "U.S.", "Inc.", "No. 5", "§ 10.2").
import { trailingRun } from '../normalize/trim-chars';

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
  'inc',
  'ltd',
  'llc',
  'co',
  'corp',
  'no',
  'nos',
  'vs',
  'v',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'cf',
  'approx',
  'sec',
  'art',
  'para',
  'fig',
  'p',
  'pp',
  'viz',
  'al',
  'dept',
  'est',
  'min',
  'max',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Character ranges [start, end) of the sentences in `text` (trimmed, empty ones dropped). */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  // A candidate end: . ! ? (optionally followed by closing quotes/brackets/asterisks) then whitespace.
  const re = /[.!?]["'’”)\]*]*(?=\s+\S)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const dot = m.index;
    if (text[dot] === '.') {
      const word = trailingRun(text.slice(Math.max(start, dot - 12), dot), /[A-Za-z.§]/);
      const w = word.replace(/^\.+/, '').toLowerCase();
      if (ABBREVIATIONS.has(w)) continue;
      // Single initials ("J. Smith") and section numbers are not ends.
      if (/^[a-z]$/i.test(w) && /[A-Z]/.test(word)) continue;
      if (/\d$/.test(text.slice(start, dot)) && /^\s+\d/.test(text.slice(dot + 1))) continue;
    }
    // The next sentence must start like one: a capital, digit, quote, bracket, § or markdown emphasis.
    const rest = text.slice(m.index + m[0].length);
    const next = /^\s+(\S)/.exec(rest)?.[1] ?? '';
    if (!/[A-Z0-9"“‘'([§*_#-]/.test(next)) continue;
    pushTrimmed(text, start, m.index + m[0].length, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/**
 * Longest clause in characters, as in the page extractor (core/extract): a line with no sentence punctuation would
 * otherwise become one huge clause, and matching cost grows faster than linearly with clause length.
 */
export const MAX_CLAUSE = 1000;

function pushTrimmed(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Run-on text: cut at the last "; ", then ", ", then whitespace before the cap; never leave a tiny fragment.
  while (end - start > MAX_CLAUSE) {
    const window = text.slice(start, start + MAX_CLAUSE);
    let cut = start + MAX_CLAUSE; // one giant token: hard cut
    for (const sep of ['; ', ', ', ' ']) {
      const k = window.lastIndexOf(sep);
      if (k >= MAX_CLAUSE / 4) {
        cut = start + k + sep.length - 1;
        break;
      }
    }
    out.push({ start, end: cut });
    start = cut;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push({ start, end });
}
