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
const WORD = /\p{L}+|\p{N}+/gu;

/** The normalised words of a text: lower case, apostrophes unified, contractions expanded, every number as "0". */
export function words(text: string, max = MAX_WORDS): string[] {
  const t = text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(CONTRACTION, (m) => EXPANDED[m] ?? m);
  const out: string[] = [];
  for (const m of t.matchAll(WORD)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    out.push(c >= 48 && c <= 57 ? '0' : w);
    if (out.length >= max) break;
  }
  return out;
}

/** The bucket of a token in a namespace (FNV-1a, 32 bits, masked to 2^bits). */
export function bucketOf(ns: string, token: string, bits: number): number {
  return fnv(ns, token) & ((1 << bits) - 1);
}

function fnv(ns: string, token: string): number {
  let h = 2166136261;
  for (let i = 0; i < ns.length; i++) h = Math.imul(h ^ ns.charCodeAt(i), 16777619);
  h = Math.imul(h ^ 1, 16777619);
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Words of context strings: a page repeats the same headings and lead-ins over many units. */
const contextCache = new Map<string, string[]>();
function contextWords(text: string): string[] {
  let w = contextCache.get(text);
  if (!w) {
    if (contextCache.size >= 512) contextCache.clear();
    contextCache.set(text, (w = words(text, MAX_CONTEXT_WORDS)));
  }
  return w;
}

/** Per 2^bits: the stamp each bucket was last seen with, so a unit's buckets are made distinct without a Set. */
const seenBy = new Map<number, { seen: Uint32Array; stamp: number }>();

/**
 * Calls `visit` once for each distinct bucket of the unit's features, in no particular order: namespaces w (words),
 * b (bigrams), l (lead-in words), h (heading path words), t (table header and row label words), r (the unit's role).
 */
export function eachFeature(unit: UnitInput, bits: number, visit: (bucket: number) => void): void {
  const mask = (1 << bits) - 1;
  let state = seenBy.get(bits);
  if (!state) seenBy.set(bits, (state = { seen: new Uint32Array(1 << bits), stamp: 0 }));
  const { seen } = state;
  if (++state.stamp === 0xffffffff) {
    seen.fill(0);
    state.stamp = 1;
  }
  const stamp = state.stamp;
  const add = (ns: string, token: string): void => {
    const b = fnv(ns, token) & mask;
    if (seen[b] === stamp) return;
    seen[b] = stamp;
    visit(b);
  };
  const own = words(unit.text);
  for (let i = 0; i < own.length; i++) {
    add('w', own[i]!);
    add('b', i === 0 ? `^ ${own[i]!}` : `${own[i - 1]!} ${own[i]!}`);
  }
  const context = (ns: string, texts: readonly (string | undefined)[]): void => {
    for (const t of texts) if (t) for (const w of contextWords(t)) add(ns, w);
  };
  context('l', unit.leads ?? []);
  context('h', unit.sectionPath ?? []);
  context('t', [unit.columnHeader, unit.rowLabel]);
  add('r', unit.role ?? 'operative');
}

/** The unit's features as sorted, distinct bucket indices in [0, 2^bits) (see eachFeature). */
export function featuresOf(unit: UnitInput, bits: number): Uint32Array {
  const out: number[] = [];
  eachFeature(unit, bits, (b) => out.push(b));
  return Uint32Array.from(out).sort();
}
