// Clause splitter: sentence boundaries that survive legal prose ("e.g.", "U.S.", "Inc.", "§ 10.2", "10.4",
// initials), with a length cap for run-on enumerations so one clause never swallows a whole section.

export interface Span {
  start: number;
  end: number;
}

/** Longest clause we keep before cutting at "; ", ", " or whitespace. Zoom's §10.4 sentences run ~900 chars. */
export const MAX_CLAUSE = 1000;

/** Words that end in a period without ending a sentence (lower-case, without the final period). */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'vs',
  'viz',
  'approx',
  'incl',
  'esp',
  'al',
  'ca',
  'inc',
  'ltd',
  'co',
  'corp',
  'llc',
  'plc',
  'bros',
  'no',
  'nos',
  'nr',
  'art',
  'arts',
  'sec',
  'secs',
  'para',
  'paras',
  'ch',
  'chap',
  'fig',
  'vol',
  'p',
  'pp',
  'op',
  'ed',
  'rev',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'sra',
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
  'z.b',
  'd.h',
  'u.a',
  'bzw',
  'ggf',
  'usw',
  'abs',
  'vgl',
  'p.ex',
  'cf',
  'núm',
  'pág',
  'ss',
]);

const TERMINATORS = new Set(['.', '!', '?', '。', '！', '？']);
/** Any of TERMINATORS (splitSentences runs it from where it stopped; no call of it runs inside another). */
const TERMINATOR = /[.!?。！？]/g;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';
}

/** Could `c` begin a new sentence? Upper-case letters, digits, opening quotes/brackets, §, or a caseless script. */
function canStart(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (/[0-9"“'‘([§¿¡«]/.test(c)) return true;
  return c !== c.toLowerCase() || (c === c.toUpperCase() && /\p{L}/u.test(c));
}

/** A letter or a period (one UTF-16 unit, as `text[i]` gives it); ASCII answered without the regex. */
function isLetterOrDot(text: string, i: number): boolean {
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 46;
  return /[\p{L}.]/u.test(text[i]!);
}

/** Is the period at `dot` part of an abbreviation, an initial or a leading list number? */
export function isNonFinalPeriod(text: string, dot: number, sentenceStart: number): boolean {
  let i = dot;
  while (i > 0 && isLetterOrDot(text, i - 1)) i--;
  const word = text.slice(i, dot);
  if (word) {
    const lower = word.toLowerCase();
    if (ABBREVIATIONS.has(lower)) return true;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, A.G, L.L.C
    if (/^\p{Lu}$/u.test(word)) return true; // initials: "J. Smith"
    return false;
  }
  // A number right before the period: "1." / "10." opening the clause is a list label, not an ending.
  let j = dot;
  while (j > 0 && /[0-9.]/.test(text[j - 1] ?? '')) j--;
  if (j < dot && /^\s*(?:§\s*)?$/.test(text.slice(sentenceStart, j))) return true;
  return false;
}

/**
 * Real pages glue sentences with no space ("… our Websites.THE TERMS MAY CHANGE …"). The terminator at `dot` (its
 * closers end at `end`) ends a sentence only in a shape names, numbers and addresses do not take: a word of two letters
 * or more, not all capitals, before it, and a run of at least two words in capitals after it, the first of three
 * letters or more ("THE TERMS", "CONTACT US", "YOU AGREE"). A single word in capitals or a capitalised word after the
 * period is a dotted name, a domain or a file name as often as a sentence ("Acme.FM and …", "acme.CA for …",
 * "Schedule.IV"), so it is left joined; never after abbreviations, initials, "U.S." or digits either.
 */
function isGluedStart(text: string, dot: number, end: number): boolean {
  // The word before, read back from the period (a regex anchored at the end was polynomial for recheck).
  let start = dot;
  while (start > 0 && dot - start < 40 && /\p{L}/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (word.length < 2 || word === word.toUpperCase() || text[start - 1] === '.') return false;
  if (!/^\p{Lu}{3,}[ \t]+\p{Lu}{2,}(?=[\s,;:)\]!?"'”’]|$)/u.test(text.slice(end, end + 40))) return false;
  return text[dot] !== '.' || !isNonFinalPeriod(text, dot, 0);
}

/** Splits `text` into clause spans (trimmed, non-empty, in order, covering every non-space character). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  // From one sentence ender to the next by a native search: a loop over every character was most of this function.
  TERMINATOR.lastIndex = 0;
  for (let found = TERMINATOR.exec(text); found; found = TERMINATOR.exec(text)) {
    const i = found.index;
    const c = found[0];
    let end = i + 1;
    while (end < n && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const cjk = c === '。' || c === '！' || c === '？';
    if (!cjk) {
      if (end < n && !isSpace(text[end]) && !isGluedStart(text, i, end)) continue; // "10.4", "example.com", "e.g.,"
      let next = end;
      while (next < n && isSpace(text[next])) next++;
      if (next < n && !canStart(text[next])) continue;
      if (c === '.' && isNonFinalPeriod(text, i, start)) continue;
    }
    push(spans, text, start, end);
    start = end;
    TERMINATOR.lastIndex = end;
  }
  push(spans, text, start, n);
  return spans;
}

function push(spans: Span[], text: string, from: number, to: number): void {
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  if (from >= to) return;
  // Run-on text: cut at the last "; " then ", " then whitespace before the cap.
  while (to - from > MAX_CLAUSE) {
    const cut = cutPoint(text, from, from + MAX_CLAUSE);
    spans.push({ start: from, end: cut });
    from = cut;
    while (from < to && isSpace(text[from])) from++;
  }
  if (from < to) spans.push({ start: from, end: to });
}

function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  const minLen = MAX_CLAUSE / 4; // never leave a tiny fragment
  for (const sep of ['; ', ', ', ' ']) {
    const k = window.lastIndexOf(sep);
    if (k >= minLen) return from + k + sep.length - 1;
  }
  return limit; // one giant token: hard cut
}
