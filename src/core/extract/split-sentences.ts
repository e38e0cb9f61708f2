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

/** Domain endings and file extensions: "acme.COM", "terms.PDF" glue a word to capitals without ending a sentence. */
const GLUE_EXCEPTIONS = new Set([
  'com',
  'net',
  'org',
  'io',
  'co',
  'uk',
  'de',
  'fr',
  'eu',
  'us',
  'gov',
  'edu',
  'info',
  'app',
  'ai',
  'tv',
  'me',
  'biz',
  'pdf',
  'doc',
  'docx',
  'txt',
  'htm',
  'html',
  'php',
  'asp',
  'aspx',
  'js',
  'ts',
  'json',
  'xml',
  'csv',
  'xls',
  'xlsx',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'svg',
  'zip',
  'exe',
  'ly',
]);

/**
 * Real pages glue sentences with no space ("… our Websites.THE TERMS MAY CHANGE …"). The terminator at `dot` (its
 * closers end at `end`) ends a sentence in the one shape that no name, number or address takes: a word of two letters
 * or more, not all capitals, before it, and a word in capitals followed by a space or punctuation other than a period
 * after it. Never after abbreviations ("e.g.ACME"), initials, "U.S.", digits ("v1.2.BETA"), nor before a domain
 * ending or a file extension ("acme.COM", "terms.PDF"), nor inside dotted names ("LAST.FM", "ASP.NET"). Left alone: a
 * capitalised word after the period ("Services.Information", "Agreement).No"), which names take too ("Node.Js") and
 * which would move the boundaries of units labelled without the cut (a list item "… Notice).If you are a US user, …"
 * labelled as one).
 */
function isGluedStart(text: string, dot: number, end: number): boolean {
  // The word before, read back from the period (a regex anchored at the end was polynomial for recheck).
  let start = dot;
  while (start > 0 && dot - start < 40 && /\p{L}/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (word.length < 2 || word === word.toUpperCase() || text[start - 1] === '.') return false;
  const after = /^(\p{Lu}(?:\p{Ll}+|\p{Lu}+))(?=[\s,;:)\]!?"'”’]|$)/u.exec(text.slice(end, end + 40));
  if (!after) return false;
  const next = after[1]!;
  if (next !== next.toUpperCase() || GLUE_EXCEPTIONS.has(next.toLowerCase())) return false;
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
