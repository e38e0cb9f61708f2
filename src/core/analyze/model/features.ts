// Features of one unit for the sentence classifier: hashed words and bigrams of the unit's own text, and the words of
// its context (list lead-ins, heading path, table header and row label) in namespaces of their own, so "train" in a
// heading weighs apart from "train" in the sentence. Pure and cheap: the classifier scores every unit of a page, so
// the text is normalised the way compromise normalises words (lower case, unified apostrophes, contractions expanded)
// by a few regexes, not by a compromise parse: the analyser parses only the ~8% of clauses its cues let through, and
// a parse of every clause would cost more than the whole analysis (MODEL.md, "Features").

/** What the classifier reads of a unit: its text and its context (the fields of `Clause` it uses). */
export interface UnitInput {
  text: string;
  leads?: readonly string[];
  sectionPath?: readonly string[];
  columnHeader?: string;
  rowLabel?: string;
  role?: string;
}

/** Words read per field: a run-on clause is scored by its first words (the cost stays linear and small). */
const MAX_WORDS = 120;
const MAX_CONTEXT_WORDS = 40;

/** Characters read per field: the words past MAX_WORDS are never reached, so neither is the text that holds them. */
const MAX_CHARS = 1000;
// Apostrophe variants as the core's normaliser unifies them (src/core/normalize/text.ts, SINGLE_QUOTES).
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
// Contractions as compromise normalises them ("don't" → "do not", "we'll" → "we will"); "'s" is dropped.
const CONTRACTION = /\b(?:won|can)'t\b|\bcannot\b|n't\b|'(?:re|ll|ve|[dms])\b/g;
const EXPANDED: Readonly<Record<string, string>> = {
  "won't": 'will not',
  "can't": 'can not',
  cannot: 'can not',
  "n't": ' not',
  "'re": ' are',
  "'ll": ' will',
  "'ve": ' have',
  "'m": ' am',
  "'d": ' would',
  "'s": '',
};
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;

/** The text the words are read from: lower case, apostrophes unified, contractions expanded. */
function normalised(text: string): string {
  const t = text.slice(0, MAX_CHARS).toLowerCase().replace(APOSTROPHES, "'");
  // Every contraction holds an apostrophe but "cannot": most units have neither, and skip the replacement.
  return t.includes("'") || t.includes('cannot') ? t.replace(CONTRACTION, (m) => EXPANDED[m] ?? m) : t;
}

/** Class of a code point: 1 a letter (\p{L}), 2 a number (\p{N}), 0 neither; non-ASCII ones read once. */
const classCache = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 1 : cp >= 48 && cp <= 57 ? 2 : 0;
  let k = classCache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    classCache.set(cp, (k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 0));
  }
  return k;
}

/**
 * Calls `visit(start, end)` for the first `max` words of `t`, as /\p{L}+|\p{N}+/gu finds them: maximal runs of letters,
 * or of numbers, code point by code point. Returns the number of words.
 */
function eachWord(t: string, max: number, visit: (start: number, end: number) => void): number {
  let n = 0;
  let start = -1;
  let kind = 0;
  for (let i = 0; i < t.length && n < max;) {
    // A surrogate pair only from a lead surrogate on: codePointAt is read only there.
    const unit = t.charCodeAt(i);
    const cp = unit < 0xd800 || unit > 0xdbff ? unit : t.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k !== kind) {
      if (kind) {
        visit(start, i);
        n++;
      }
      kind = k;
      start = i;
    }
    i += size;
  }
  if (kind && n < max) {
    visit(start, t.length);
    n++;
  }
  return n;
}

/** A word read at [start, end) of `t` is a number ("0" for every number starting with an ASCII digit). */
const isZero = (t: string, start: number): boolean => {
  const c = t.charCodeAt(start);
  return c >= 48 && c <= 57;
};

/** The normalised words of a text: lower case, apostrophes unified, contractions expanded, every number as "0". */
export function words(text: string, max = MAX_WORDS): string[] {
  const t = normalised(text);
  const out: string[] = [];
  eachWord(t, max, (start, end) => out.push(isZero(t, start) ? '0' : t.slice(start, end)));
  return out;
}

/** The bucket of a token in a namespace (FNV-1a, 32 bits, masked to 2^bits). */
export function bucketOf(ns: string, token: string, bits: number): number {
  return fnv(ns, token) & ((1 << bits) - 1);
}

const FNV_PRIME = 16777619;

function fnv(ns: string, token: string): number {
  return hashOn(nsState(ns), token) >>> 0;
}

/** FNV-1a state after a namespace and its separator byte: a token's hash goes on from here. */
function nsState(ns: string): number {
  let h = 2166136261;
  for (let i = 0; i < ns.length; i++) h = Math.imul(h ^ ns.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ 1, FNV_PRIME);
}

/** FNV-1a state `h` carried on over the characters of `s` (from `start` to `end`). */
function hashOn(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

const NS_WORD = nsState('w');
const NS_BIGRAM = nsState('b');
const NS_PREFIX = nsState('p');
/** The state of a bigram `${prev} ${word}` before `word`: `prev` and the space, hashed without building the string. */
const bigramOn = (prev: string): number => Math.imul(hashOn(NS_BIGRAM, prev) ^ 32, FNV_PRIME);
/** The states a number leaves ("0"), and the state of a text's first bigram ("^ word"). */
const ZERO_WORD = hashOn(NS_WORD, '0');
const ZERO_NEXT = hashOn(NS_BIGRAM, '0');
const BIGRAM_START = bigramOn('^');

/**
 * Buckets of the words of context strings, per namespace and bucket count: a page repeats the same headings and
 * lead-ins over many units, so each string is split and hashed once.
 */
const contextCache = new Map<number, Map<string, Uint32Array>>();
let contextEntries = 0;
function contextBuckets(ns: string, text: string, bits: number): Uint32Array {
  // A namespace is one character: its code and the bucket count make the key (no string is built per unit).
  const key = ns.charCodeAt(0) * 32 + bits;
  let byText = contextCache.get(key);
  if (!byText) contextCache.set(key, (byText = new Map()));
  let b = byText.get(text);
  if (!b) {
    if (contextEntries >= 1536) {
      contextCache.clear();
      contextEntries = 0;
      contextCache.set(key, (byText = new Map()));
    }
    const mask = (1 << bits) - 1;
    const h = nsState(ns);
    b = Uint32Array.from(words(text, MAX_CONTEXT_WORDS), (w) => (hashOn(h, w) >>> 0) & mask);
    byText.set(text, b);
    contextEntries++;
  }
  return b;
}

/**
 * Per 2^bits: one bit per bucket, set while the unit being read has hit it (and cleared once it is read), so a unit's
 * buckets are made distinct without a Set. Bits, not a stamp per bucket: at 2^16 buckets the table is 8 KB, which
 * stays in a processor's nearest cache between units (a table of 32-bit stamps was 256 KB, missed at most reads).
 */
const seenBy = new Map<number, Uint32Array>();

// The unit being read by unitBuckets: module state, so that no closure or array is made per unit or per word (the
// classifier reads every unit of a page).
let seen: Uint32Array = new Uint32Array(0);
let found: Uint32Array = new Uint32Array(512);
let count = 0;

/** Keeps bucket `b` of the unit being read, once. */
function add(b: number): void {
  const bit = 1 << (b & 31);
  if (seen[b >>> 5]! & bit) return;
  seen[b >>> 5]! |= bit;
  if (count === found.length) {
    const grown = new Uint32Array(found.length * 2);
    grown.set(found);
    found = grown;
  }
  found[count++] = b;
}

/**
 * Keeps the buckets of the word [start, end) of `t` (w, p, b as in unitBuckets) and returns the state of the bigram
 * it starts. `before`: the state the previous word left (BIGRAM_START for the first).
 */
function addWord(t: string, start: number, end: number, before: number, mask: number, prefix: number): number {
  // One pass over the word's characters carries three states: the word's (w), the bigram's that it ends (b, from the
  // state the previous word left), and the next bigram's, which starts with this word.
  let w = ZERO_WORD;
  let b = Math.imul(before ^ 48, FNV_PRIME); // "0"
  let next = ZERO_NEXT;
  const zero = isZero(t, start);
  if (!zero) {
    w = NS_WORD;
    b = before;
    next = NS_BIGRAM;
    for (let i = start; i < end; i++) {
      const c = t.charCodeAt(i);
      w = Math.imul(w ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, FNV_PRIME);
      next = Math.imul(next ^ c, FNV_PRIME);
    }
  }
  add((w >>> 0) & mask);
  if (prefix > 0 && end - start > prefix && !zero) add((hashOn(NS_PREFIX, t, start, start + prefix) >>> 0) & mask);
  add((b >>> 0) & mask);
  return Math.imul(next ^ 32, FNV_PRIME);
}

/** Keeps the buckets of the words of a context string in namespace `ns`. */
function addContext(ns: string, text: string | undefined, bits: number): void {
  if (text) for (const b of contextBuckets(ns, text, bits)) add(b);
}

/**
 * The distinct buckets of the unit's features, in no particular order: namespaces w (words), b (bigrams), p (the first
 * `prefix` characters of each word of the text longer than that, when `prefix` > 0: a crude stem, so "licence",
 * "licensed" and "licenses" share "licen"), l (lead-in words), h (heading path words), t (table header and row label
 * words), r (the unit's role). A view of a buffer the next call overwrites: read it before reading another unit.
 */
export function unitBuckets(unit: UnitInput, bits: number, prefix = 0): Uint32Array {
  const { buckets, count: n } = readBuckets(unit, bits, prefix);
  return buckets.subarray(0, n);
}

/** The buckets readBuckets read last: the first `count` entries of `buckets`, a buffer the next read overwrites. */
export interface BucketList {
  buckets: Uint32Array;
  count: number;
}
const list: BucketList = { buckets: found, count: 0 };

/** The distinct buckets of the unit's features, as unitBuckets, in a reused buffer (no array is made per unit). */
export function readBuckets(unit: UnitInput, bits: number, prefix = 0): BucketList {
  const mask = (1 << bits) - 1;
  let bitsSeen = seenBy.get(bits);
  if (!bitsSeen) seenBy.set(bits, (bitsSeen = new Uint32Array(Math.ceil((1 << bits) / 32))));
  seen = bitsSeen;
  count = 0;
  // The same buckets as bucketOf('w', word) and bucketOf('b', `${prev} ${word}`) over words(unit.text), hashed from
  // the namespace's state over the characters in place: no word or bigram string is built. The words as eachWord
  // finds them, walked here (one step past the end closes the last word) so that no callback runs per word.
  const t = normalised(unit.text);
  let before = BIGRAM_START;
  let n = 0;
  let start = -1;
  let kind = 0;
  for (let i = 0; i <= t.length && n < MAX_WORDS;) {
    let k = 0;
    let size = 1;
    if (i < t.length) {
      const code = t.charCodeAt(i);
      const cp = code < 0xd800 || code > 0xdbff ? code : t.codePointAt(i)!;
      size = cp > 0xffff ? 2 : 1;
      k = classOf(cp);
    }
    if (k !== kind) {
      if (kind) {
        before = addWord(t, start, i, before, mask, prefix);
        n++;
      }
      kind = k;
      start = i;
    }
    i += size;
  }
  for (const lead of unit.leads ?? []) addContext('l', lead, bits);
  for (const heading of unit.sectionPath ?? []) addContext('h', heading, bits);
  addContext('t', unit.columnHeader, bits);
  addContext('t', unit.rowLabel, bits);
  add(fnv('r', unit.role ?? 'operative') & mask);
  // Every bit set belongs to a bucket of the unit: clearing their words leaves the table empty for the next unit.
  for (let i = 0; i < count; i++) seen[found[i]! >>> 5] = 0;
  list.buckets = found;
  list.count = count;
  return list;
}

/** The unit's features as sorted, distinct bucket indices in [0, 2^bits) (see unitBuckets). */
export function featuresOf(unit: UnitInput, bits: number, prefix = 0): Uint32Array {
  return unitBuckets(unit, bits, prefix).slice().sort();
}
