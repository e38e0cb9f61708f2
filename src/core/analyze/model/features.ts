// Features of one unit for the sentence classifier: hashed words and bigrams of the unit's own text, and the words of
// its context (list lead-ins, heading path, table header and row label) in namespaces of their own, so "train" in a
// heading weighs apart from "train" in the sentence. Pure and cheap: the classifier scores every unit of a page, so
// the text is normalised by the core's character normaliser and a contraction step, not by a compromise parse (the
// analyser parses only the ~8% of clauses its cues let through; a parse of every clause would cost more than the
// whole analysis, see README.md).
import { unifyCharacters } from '../../normalize/text';

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

// Contractions as compromise normalises them ("don't" → "do not", "we'll" → "we will"); "'s" is dropped.
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];
const WORD = /\p{L}+|\p{N}+/gu;

/** The normalised words of a text: lower case, unified characters, contractions expanded, every number as "0". */
export function words(text: string, max = MAX_WORDS): string[] {
  let t = unifyCharacters(text).toLowerCase();
  for (const [re, by] of CONTRACTIONS) t = t.replace(re, by);
  const out: string[] = [];
  for (const m of t.matchAll(WORD)) {
    const w = m[0];
    out.push(w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57 ? '0' : w);
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

/**
 * The unit's features as sorted, distinct bucket indices in [0, 2^bits): namespaces w (words), b (bigrams), l (lead-in
 * words), h (heading path words), t (table header and row label words), r (the unit's role).
 */
export function featuresOf(unit: UnitInput, bits: number): Uint32Array {
  const mask = (1 << bits) - 1;
  const set = new Set<number>();
  const add = (ns: string, token: string): void => {
    set.add(fnv(ns, token) & mask);
  };
  const own = words(unit.text);
  for (let i = 0; i < own.length; i++) {
    add('w', own[i]!);
    add('b', i === 0 ? `^ ${own[i]!}` : `${own[i - 1]!} ${own[i]!}`);
  }
  const context = (ns: string, texts: readonly (string | undefined)[]): void => {
    for (const t of texts) if (t) for (const w of words(t, MAX_CONTEXT_WORDS)) add(ns, w);
  };
  context('l', unit.leads ?? []);
  context('h', unit.sectionPath ?? []);
  context('t', [unit.columnHeader, unit.rowLabel]);
  add('r', unit.role ?? 'operative');
  return Uint32Array.from([...set].sort((a, b) => a - b));
}
