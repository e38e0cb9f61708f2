// One pass over a clause that tells which pre-filter tests (rule cues, category `requires`) cannot match it, so that
// most of those regexes are never run. Each test's necessary words are read from its own source, not copied: a test
// `\b(?:sell|sold|rent)…\s+(?:data|information)` can match only a text in which a word STARTS with "sell", "sold" or
// "rent" and another starts with "data" or "information". The scan walks every word of the clause once through one
// trie of all those word starts. A test whose source does not fit the small subset read here (see `requiredStarts`)
// is simply always run: the scan only ever skips a test that could not have matched.
import type { TextTest } from './word-gap';

/** An element of a test that must match at the start of a word: one of these prefixes of it must be in the text. */
type Starts = readonly string[];

/**
 * A lower-case ASCII word character ([a-z0-9_]), as a literal run of regex source writes it (the texts are
 * lower-cased): `c` is one character of a source. Building the scan reads every character of every test's source, and
 * when the scan is built (once, on a cold worker) this code runs unoptimised: a call of a regex per character there
 * was most of the build's time.
 */
function isLowerWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 48 && k <= 57) || k === 95;
}

/** An ASCII word character ([A-Za-z0-9_]); `c` is one character. */
export function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return isLowerWordChar(c) || (k >= 65 && k <= 90);
}

export interface Atom {
  /** Source of the atom without its quantifier. */
  src: string;
  kind: 'char' | 'escape' | 'class' | 'group' | 'look' | 'boundary' | 'caret' | 'other';
  /** For a group: its alternatives' sources. */
  alts?: string[];
  /** Least number of repetitions (1 without a quantifier). */
  min: number;
  /** No quantifier: the atom matches exactly once. */
  once?: boolean;
  /** The atom can never consume an ASCII word character ([A-Za-z0-9_]). */
  nonWord: boolean;
  /** A literal lower-case ASCII word character (kind 'char', [a-z0-9_]): the stuff of a word start. */
  wordChar?: true;
}

/**
 * The atoms of each source read so far: the same word lists (recipients, named services) stand in many tests and
 * groups, and building the scan re-reads a group's alternatives more than once.
 */
const atomsRead = new Map<string, readonly Atom[] | null>();

/** Splits a sequence source into atoms with their quantifiers; null on anything not understood. */
export function atomsOf(src: string): readonly Atom[] | null {
  let atoms = atomsRead.get(src);
  if (atoms === undefined) atomsRead.set(src, (atoms = readAtoms(src)));
  return atoms;
}

function readAtoms(src: string): Atom[] | null {
  const out: Atom[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    let atom: Atom;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === undefined) return null;
      if ('123456789kpPuxc'.includes(e)) return null; // backreferences, named groups, unicode and hex escapes
      if (e === 'b') atom = { src: '\\b', kind: 'boundary', min: 1, nonWord: true };
      else if (e === 'B') atom = { src: '\\B', kind: 'other', min: 1, nonWord: false };
      // \s, \W and an escaped punctuation character never match a word character; \d, \w, \S … may.
      else atom = { src: `\\${e}`, kind: 'escape', min: 1, nonWord: e === 's' || e === 'W' || !isWordChar(e) };
      i += 2;
    } else if (c === '[') {
      const end = classEnd(src, i);
      if (end < 0) return null;
      const body = src.slice(i + 1, end);
      atom = { src: src.slice(i, end + 1), kind: 'class', min: 1, nonWord: classIsNonWord(body) };
      i = end + 1;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return null;
      const inner = src.slice(i + 1, end);
      if (inner.startsWith('?:')) {
        const alts = splitAlternatives(inner.slice(2));
        if (!alts) return null;
        atom = { src: src.slice(i, end + 1), kind: 'group', alts, min: 1, nonWord: false };
      } else if (/^\?(?:=|!|<=|<!)/.test(inner)) {
        atom = { src: src.slice(i, end + 1), kind: 'look', min: 1, nonWord: true };
      } else return null; // capturing or named groups: none in the pre-filters
      i = end + 1;
    } else if (c === '^') {
      atom = { src: '^', kind: 'caret', min: 1, nonWord: true };
      i++;
    } else if (c === '$' || c === '.' || c === '|' || c === ')' || c === ']' || c === '{' || c === '}') {
      if (c === '|' || c === ')') return null;
      atom = { src: c, kind: 'other', min: 1, nonWord: false };
      i++;
    } else if (c === '*' || c === '+' || c === '?') {
      return null; // a quantifier with nothing before it
    } else {
      atom = isLowerWordChar(c)
        ? { src: c, kind: 'char', min: 1, nonWord: false, wordChar: true }
        : { src: c, kind: 'char', min: 1, nonWord: !isWordChar(c) };
      i++;
    }
    // Quantifier.
    const q = src[i];
    atom.once = !(q === '?' || q === '*' || q === '+' || (q === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))));
    if (q === '?' || q === '*') {
      atom.min = 0;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
      if (m) {
        atom.min = Number(m[1]);
        i += m[0].length;
      }
    }
    if (q === '?' || q === '*' || q === '+' || q === '{') if (src[i] === '?') i++; // lazy
    out.push(atom);
  }
  return out;
}

/** Index of the `]` closing the class opened at `at`, or -1. */
function classEnd(src: string, at: number): number {
  // In a JavaScript regex (unlike POSIX) a `]` right after `[` or `[^` closes the class: `[^]` is any character.
  for (let i = at + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `at`, or -1. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a source; null when unbalanced. */
export function splitAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return null;
    } else if (c === '(') {
      i = groupEnd(src, i);
      if (i < 0) return null;
    } else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** A character class (its body) that holds no ASCII word character: `\s`, `[^\w’'-]`, `[\s-]`, `[.;:]`. */
function classIsNonWord(body: string): boolean {
  if (body.startsWith('^')) {
    // A negated class excludes \w when it lists \w itself.
    return /(?:^|[^\\])\\w/.test(body.slice(1));
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (!/[sW.\-'’:;,()/]/.test(e)) return false;
      i++;
    } else if (isWordChar(c)) return false;
    else if (c === '-' && i > 0 && i < body.length - 1) return false; // a range: read conservatively
  }
  return true;
}

/**
 * The words one of which must start a word of the text for an alternative to match, given that where it starts a
 * word begins (`wordStart`): its leading run of literal word characters, or the starts of a leading group. Null when
 * the alternative starts otherwise.
 */
function leadingStarts(alt: string, wordStart: boolean, wordEnds = false): Starts | null {
  const atoms = atomsOf(alt);
  return atoms ? startsFrom(atoms, 0, wordStart, wordEnds) : null;
}

/** The leading starts (see leadingStarts) of the atoms from atoms[k] on. */
function startsFrom(atoms: readonly Atom[], k: number, wordStart: boolean, wordEnds: boolean): Starts | null {
  let ws = wordStart;
  while (atoms[k]?.kind === 'boundary' || atoms[k]?.kind === 'look') {
    if (atoms[k]!.kind === 'boundary') ws = true;
    k++;
  }
  const first = atoms[k];
  if (!first || !ws) return null;
  if (first.min < 1) {
    // An optional group first ("(?:sub-?)?processors" in a list of recipients): a match starts with one of the
    // group's words, or, the group left out, with what follows it at the same word start. Unread, the whole list
    // was unread, and its test ran on every clause.
    if (first.kind !== 'group') return null;
    const prefix = startsOfGroup(first, true);
    const rest = prefix && startsFrom(atoms, k + 1, true, wordEnds);
    return rest ? [...prefix!, ...rest] : null;
  }
  if (first.kind === 'group') return startsOfGroup(first, true, endsWordAfter(atoms, k, wordEnds));
  if (first.kind === 'escape' && first.src === '\\d') return DIGITS;
  if (!first.wordChar) return null;
  const run = literalRun(atoms, k);
  if (!run) return null;
  // The whole alternative is the run, and what follows the group ends the word ("inc" of `(?:inc|ltd)\b`): that word.
  if (k + run.length === atoms.length && endsWordAfter(atoms, atoms.length - 1, wordEnds)) return [`${run}$`];
  return runElements(atoms, k);
}

/**
 * Whether a word character that atoms[k] (matched once) ends with is the last of its word: the next atom is `\b` or
 * can only match a character that is no word character; past the last atom, as `wordEnds` says of what follows.
 */
function endsWordAfter(atoms: readonly Atom[], k: number, wordEnds: boolean): boolean {
  if (atoms[k]?.once !== true) return false;
  const next = atoms[k + 1];
  if (next === undefined) return wordEnds;
  return next.min >= 1 && (next.kind === 'boundary' || (next.nonWord && next.kind !== 'look' && next.kind !== 'caret'));
}

/** A word that starts with a digit (`\b\d+`): one of these starts it. */
const DIGITS: Starts = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The words a literal run at atoms[k…] may start, when an optional character that is no word character may cut it
 * (company suffixes `s\.?a\.?r\.?l`, `b\.?v`): the word ends where that character stands ("s" of "s.a.r.l"), or
 * goes on with the rest of the run ("sarl"). Otherwise the run's one element (runElement).
 */
function runElements(atoms: readonly Atom[], k: number): string[] {
  const run = literalRun(atoms, k);
  const end = k + run.length;
  const cut = atoms[end];
  const next = atoms[end + 1];
  const splits =
    atoms[end - 1]?.once === true &&
    cut !== undefined &&
    cut.min === 0 &&
    cut.nonWord &&
    (cut.kind === 'char' || cut.kind === 'escape' || cut.kind === 'class') &&
    next?.wordChar === true &&
    next.min >= 1;
  if (!splits) return [runElement(atoms, k, run)];
  return [`${run}$`, ...runElements(atoms, end + 1).map((rest) => run + rest)];
}

/**
 * The word characters that atoms[k…] must match in a row: "rent" of `rent(?:s|ed)?`, "identifier" of `identifiers?`,
 * "ab" of `ab+c` (a repeated character is there once; what follows may not come right after it).
 */
function literalRun(atoms: readonly Atom[], k: number): string {
  let run = '';
  for (let j = k; j < atoms.length; j++) {
    const a = atoms[j]!;
    if (!a.wordChar || a.min < 1) break;
    run += a.src;
    if (!a.once) break;
  }
  return run;
}

/**
 * The element a literal run at atoms[k…] stands for: the run, or the run and `$` when a character that is no word
 * character (or `\b`) must follow it, so the word is exactly the run: the "l" of `l\.l\.c` then needs a word "l", not
 * any word starting with "l".
 */
function runElement(atoms: readonly Atom[], k: number, run: string): string {
  const last = atoms[k + run.length - 1];
  const next = atoms[k + run.length];
  const exact =
    last?.once === true &&
    next !== undefined &&
    next.min >= 1 &&
    (next.kind === 'boundary' || (next.nonWord && next.kind !== 'look' && next.kind !== 'caret'));
  return exact ? `${run}$` : run;
}

/**
 * The word starts of a group's alternatives, each from a word start; null when any alternative has none. Read once
 * per group source and context: the lexicon's long lists (recipients, named services) stand in many tests.
 */
function startsOfGroup(group: Atom, wordStart: boolean, wordEnds = false): Starts | null {
  const key = `${wordStart ? 1 : 0}${wordEnds ? 1 : 0}${group.src}`;
  let out = groupStarts.get(key);
  if (out === undefined) groupStarts.set(key, (out = readGroupStarts(group.alts!, wordStart, wordEnds)));
  return out;
}
const groupStarts = new Map<string, Starts | null>();

function readGroupStarts(alts: readonly string[], wordStart: boolean, wordEnds: boolean): Starts | null {
  const out: string[] = [];
  for (const alt of alts) {
    const s = leadingStarts(alt, wordStart, wordEnds);
    if (!s) return null;
    out.push(...s);
  }
  return out;
}

/**
 * What a test needs of a text, read from its source: per top-level alternative (`a|b`), the elements that must match
 * at the start of a word, each as the words one of which must start a word there. A text can pass the test only if,
 * for some alternative, every one of its elements has a word start in the text. Empty when nothing is known of some
 * alternative (the test always runs).
 */
export function requiredStarts(source: string, flags: string): Starts[][] {
  if (flags.replace(/[sd]/g, '') !== '') return []; // case-insensitive, multiline, sticky or global: always run
  const alts = splitAlternatives(source);
  if (!alts) return [];
  const out: Starts[][] = [];
  for (const alt of alts)
    for (const one of distributed(alt)) {
      const need = sequenceStarts(one);
      if (!need.length) return [];
      out.push(need);
    }
  return out;
}

/** Most alternatives that one top-level alternative is read as (distributed). */
const MAX_DISTRIBUTED = 16;
/**
 * Longest alternative distributed: reading one again per alternative of its groups is the cost of building the scan
 * (on a cold worker), and the long ones (lists of named services) are lists of words, which distributing does not help.
 */
const MAX_DISTRIBUTED_LENGTH = 1600;

/**
 * A top-level alternative as the alternatives it is the union of: `p(?:a|b)s` matches where `pas` or `pbs` does. A
 * group's word starts alone say little when one of its alternatives is a phrase ("\b(?:portab\w*|your\s+right\s+to
 * \s+transfer)" needs only "portab" or "your" so read, and most units of a privacy policy hold "your"): a group is
 * distributed where some alternative then needs more elements than the whole did, and every one needs some.
 */
function distributed(alt: string, budget = MAX_DISTRIBUTED): string[] {
  if (alt.length > MAX_DISTRIBUTED_LENGTH) return [alt];
  let whole: number | undefined; // read only where some group is worth distributing (most alternatives have none)
  for (const g of onceGroups(alt)) {
    // Only a group with a phrase among its alternatives (a word start after a separator, read alone and cheaply) is
    // worth reading the alternative again for each of them: a list of words ("third[\s-]part|affiliate|…") is not.
    if (g.alts.length > budget || !g.alts.some((a) => SEPARATED.test(a) && sequenceStarts(a).length > 0)) continue;
    const each = g.alts.map((a) => alt.slice(0, g.from) + a + alt.slice(g.to + 1));
    const needs = each.map((e) => sequenceStarts(e).length);
    whole ??= sequenceStarts(alt).length;
    if (needs.includes(0) || !needs.some((n) => n > whole!)) continue;
    const share = Math.floor(budget / each.length);
    return each.flatMap((e) => distributed(e, share));
  }
  return [alt];
}

/** A separator between words in a source (`\s`, `[^\w’'-]`): a phrase has one, a word does not. */
const SEPARATED = /\\s|\[\^/;

/** The groups `(?:…)` of a sequence's top level that are matched exactly once (no quantifier after them). */
function onceGroups(src: string): { from: number; to: number; alts: string[] }[] {
  const out: { from: number; to: number; alts: string[] }[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(src, i);
      if (i < 0) return [];
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return [];
      const q = src[end + 1];
      const alts = src.startsWith('(?:', i) ? splitAlternatives(src.slice(i + 3, end)) : null;
      if (alts && q !== '?' && q !== '*' && q !== '+' && q !== '{') out.push({ from: i, to: end, alts });
      i = end;
    }
  }
  return out;
}

/** The elements of one alternative (no top-level `|`) that must match at the start of a word (see requiredStarts). */
function sequenceStarts(source: string): Starts[] {
  const atoms = atomsOf(source);
  if (!atoms) return [];
  const out: Starts[] = [];
  let wordStart = false; // the next character consumed, if a word character, starts a word of the text
  let boundary = false;
  for (let k = 0; k < atoms.length; k++) {
    const a = atoms[k]!;
    const ws = wordStart || boundary;
    if (a.min >= 1 && a.kind === 'group') {
      const s = startsOfGroup(a, ws, endsWordAfter(atoms, k, false));
      if (s) out.push(s);
    } else if (ws && a.min === 0 && a.kind === 'group') {
      // An optional prefix at a word start ("(?:re|pre)?(?:train|tun)"): the match starts with the prefix or with
      // what follows it, so one of either's starts is there.
      const prefix = startsOfGroup(a, true);
      const next = atoms[k + 1];
      const rest =
        next && next.min >= 1 && next.kind === 'group'
          ? startsOfGroup(next, true)
          : next && next.min >= 1 && next.wordChar
            ? [runElement(atoms, k + 1, literalRun(atoms, k + 1))]
            : null;
      if (prefix && rest) out.push([...prefix, ...rest]);
    } else if (ws && a.kind === 'escape' && a.src === '\\d' && a.min >= 1) {
      out.push(DIGITS);
    } else if (ws && a.wordChar && a.min >= 1) {
      // A run of literal word characters from a word start: it is one element; what follows starts inside the word.
      const run = literalRun(atoms, k);
      out.push(runElements(atoms, k));
      k += run.length - 1;
      boundary = false;
      wordStart = false;
      continue;
    }
    if (a.kind === 'boundary') {
      boundary = true;
      continue;
    }
    if (a.kind === 'look') continue;
    boundary = false;
    if (a.kind === 'caret') wordStart = true;
    else {
      const ends = a.nonWord || (a.kind === 'group' && a.alts!.every((alt) => endsNonWord(alt) || onlyStart(alt)));
      wordStart = a.min >= 1 ? ends : wordStart && ends;
    }
  }
  return out;
}

/**
 * Whether the alternative only asserts the start of the text (`^`, with nothing consumed): what follows it starts a
 * word, as after a character that is none ("(?:^|[.:;]\s+)(?:port|transfer)" needs "port" or "transfer").
 */
function onlyStart(alt: string): boolean {
  const atoms = atomsOf(alt);
  return (
    !!atoms?.some((a) => a.kind === 'caret') &&
    atoms.every((a) => a.kind === 'caret' || a.kind === 'boundary' || a.kind === 'look')
  );
}

/**
 * Whether every match of the alternative ends with a character that is no ASCII word character (and is non-empty). An
 * optional last element that ends so when it matches leaves the question to what comes before it: "(?:a|the)\s+
 * (?:[\w-]+\s+)?" ends with a space either way, so the word after it starts a word.
 */
function endsNonWord(alt: string): boolean {
  const atoms = atomsOf(alt);
  if (!atoms) return false;
  for (let j = atoms.length - 1; j >= 0; j--) {
    const a = atoms[j]!;
    if (a.kind === 'look' || a.kind === 'boundary') continue;
    const own = a.kind === 'group' ? a.alts!.every(endsNonWord) : a.nonWord && a.kind !== 'caret';
    if (a.min >= 1 || !own) return own;
  }
  return false;
}

/** The compiled scan over a fixed list of tests. */
export interface CueScan {
  /** Marks what `lower` holds; then `possible(i)` tells whether the i-th test could match it. */
  scan(lower: string): void;
  /** False only when test `i` (its index in the list compiled) cannot match the text last scanned. */
  possible(i: number): boolean;
  /**
   * Whether test `i` matches `lower`, the text last scanned: false when the scan rules it out; when it rules out only
   * some of the test's alternatives, the others alone are run (a test of `a|b|c` is a test of `a`, or `b`, or `c`).
   */
  passes(i: number, lower: string): boolean;
}

/**
 * The alternatives of a test that can be run alone: an anyOf's branches (each split in turn), or a regex's top-level
 * alternatives compiled one by one. Null when the test is one piece. A regex with a backreference is not split (it
 * could refer to a group of another alternative).
 */
function piecesOf(t: TextTest): TextTest[] | null {
  if (t.branches) return t.branches.flatMap((b) => piecesOf(b) ?? [b]);
  if (!(t instanceof RegExp) || /\\(?:[1-9]|k<)/.test(t.source)) return null;
  const alts = splitAlternatives(t.source);
  return alts && alts.length > 1 ? alts.map((alt) => lazyRegex(alt, t.flags)) : null;
}

/** A regex compiled when first run: most pieces of most tests never run, and compiling them all slows the start. */
function lazyRegex(source: string, flags: string): TextTest {
  let re: RegExp | undefined;
  return {
    source,
    flags,
    test: (text) => (re ??= new RegExp(source, flags)).test(text),
    toString: () => `/${source}/${flags}`,
  };
}

/**
 * Trie symbol of a character code: a–z 0–25, 0–9 26–35, _ 36; A–Z 37 (a word character no lower-case word start
 * holds); -1 for every other character (no ASCII word character: it ends a word for `\b`).
 */
const SYMBOLS = 38;
const SYMBOL = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = c;
  SYMBOL[65 + c] = 37;
}
for (let c = 0; c < 10; c++) SYMBOL[48 + c] = 26 + c;
SYMBOL[95] = 36;
const symbolOf = (code: number): number => (code < 128 ? SYMBOL[code]! : -1);

/**
 * What requiredStarts reads of each test and of each piece of it (piecesOf), read ahead of time by
 * `npx tsx scripts/cue-starts.ts` into cue-starts.json: reading the sources took most of building the scan, on every
 * cold worker. Written compactly (it ships in the worker's bundle): `words` are every word start of every element,
 * sorted and joined by "|"; each of `elements` is a list of word starts, as the base-36 indices of its words,
 * ascending, joined by " "; `tests` maps a test's startsKey to its alternatives, each the indices of the elements it
 * needs ([] when nothing is known: the test always runs). A test of pieces whose needs together are its own is left
 * out (its pieces are there): most of the long tests are, and each would repeat its pieces' alternatives.
 */
export interface StartsTable {
  /** STARTS_VERSION of the code that wrote it: a table of another version is not read. */
  version: string;
  words: string;
  elements: readonly string[];
  tests: Readonly<Record<string, readonly (readonly number[])[]>>;
}

/**
 * The version of this file that cue-starts.json must be written by: a hash of the file's text without this line, set
 * by scripts/cue-starts.ts when it writes the table and held to the file by a unit test. A table's entries are keyed
 * by the tests' sources alone, so after a change to how a source is read they would still be found, and a stale
 * entry could skip a test that now matches: a table of another version is ignored whole (the scan reads the sources).
 */
export const STARTS_VERSION = '111f86100a2a';

/** A test's key in a StartsTable: its flags, its source's length and a 32-bit FNV-1a hash of the source. */
export function startsKey(source: string, flags: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193);
  return `${flags}${source.length.toString(36)}.${(h >>> 0).toString(36)}`;
}

/** The tests and each piece of them (piecesOf): what compileCueScan looks up in a StartsTable. */
export function keyedTests(tests: readonly TextTest[]): TextTest[] {
  return tests.flatMap((t) => [t, ...(piecesOf(t) ?? [])]);
}

/** The StartsTable of the tests and their pieces, as compileCueScan reads them, stamped `version`. */
export function startsTable(tests: readonly TextTest[], version = STARTS_VERSION): StartsTable {
  const elements: string[][] = [];
  const ids = new Map<string, number>();
  const out: Record<string, number[][]> = {};
  /** The source and flags each key was written for: two under one key would share one entry. */
  const keyed = new Map<string, string>();
  for (const t of keyedTests(tests)) {
    const key = startsKey(t.source, t.flags);
    const was = keyed.get(key);
    if (was === undefined) keyed.set(key, t.flags + '/' + t.source);
    else if (was === t.flags + '/' + t.source) continue;
    else throw new Error(`cue-starts: two tests under one key ${key}: ${was} and ${t.flags}/${t.source}`);
    out[key] = requiredStarts(t.source, t.flags).map((alt) => {
      const altIds = alt.map((starts) => {
        const words = [...new Set(starts)].sort();
        const joined = words.join('|');
        let id = ids.get(joined);
        if (id === undefined) ids.set(joined, (id = elements.push(words) - 1));
        return id;
      });
      return [...new Set(altIds)];
    });
  }
  // A test whose pieces' needs, together, are its own is left out (piecesOf gives no piece pieces, so none is needed
  // as a piece).
  const pieceKeys = new Set(tests.flatMap((t) => (piecesOf(t) ?? []).map((p) => startsKey(p.source, p.flags))));
  for (const t of tests) {
    const key = startsKey(t.source, t.flags);
    const ps = piecesOf(t);
    if (!ps || pieceKeys.has(key)) continue;
    const each = ps.map((p) => out[startsKey(p.source, p.flags)]!);
    const together = each.some((n) => !n.length) ? [] : each.flat();
    if (JSON.stringify(together) === JSON.stringify(out[key])) delete out[key];
  }
  const words = [...new Set(elements.flat())].sort();
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  return {
    version,
    words: words.join('|'),
    elements: elements.map((e) => e.map((w) => wordIndex.get(w)!.toString(36)).join(' ')),
    tests: out,
  };
}

/**
 * Builds one trie of every word start the tests need (a test's elements are checked together after the walk). With
 * `written` (of this STARTS_VERSION), what it holds of a test is read from it; a test it lacks is read from its source.
 */
export function compileCueScan(tests: readonly TextTest[], written?: StartsTable): CueScan {
  const table = written?.version === STARTS_VERSION ? written : undefined;
  // Built as nested maps, then flattened into arrays: the walk is one array read per character.
  interface Node {
    next: Map<number, Node>;
    ends: number[];
    /** Elements whose word is exactly this node's (an element word with a trailing `$`): marked at a word's end. */
    exact: number[];
    index: number;
  }
  const nodes: Node[] = [];
  const newNode = (): Node => {
    const n: Node = { next: new Map(), ends: [], exact: [], index: nodes.length };
    nodes.push(n);
    return n;
  };
  const root = newNode();
  /** Per test, per alternative: the indices of the elements it needs (none known: null, the test always runs). */
  const needs: Array<number[][] | null> = [];
  /** Element index by its word starts (sorted, joined): the same list in many tests is looked up once. */
  const elementIds = new Map<string, number>();
  const elementId = (starts: Starts): number => {
    const words = [...new Set(starts)].sort();
    return elementOf(words.join('|'), words);
  };
  /** The element of these words (sorted, distinct), joined as `key`. */
  const elementOf = (key: string, words: readonly string[]): number => {
    let id = elementIds.get(key);
    if (id !== undefined) return id;
    elementIds.set(key, (id = elementIds.size));
    for (const word of words) {
      const whole = word.endsWith('$');
      const w = whole ? word.slice(0, -1) : word;
      let node = root;
      for (let i = 0; i < w.length; i++) {
        const c = symbolOf(w.charCodeAt(i));
        let n = node.next.get(c);
        if (!n) node.next.set(c, (n = newNode()));
        node = n;
      }
      (whole ? node.exact : node.ends).push(id);
    }
    return id;
  };
  /** The table's elements as this scan's element ids, each read when first needed. */
  const fromTable: number[] = [];
  let tableWords: readonly string[] | undefined;
  const tableElement = (j: number): number => {
    let id = fromTable[j];
    if (id === undefined) {
      tableWords ??= table!.words.split('|');
      const words = table!.elements[j]!.split(' ').map((n) => tableWords![parseInt(n, 36)]!);
      fromTable[j] = id = elementOf(words.join('|'), words);
    }
    return id;
  };
  const needsOf = (t: TextTest): number[][] | null => {
    const known = table?.tests[startsKey(t.source, t.flags)];
    if (known) return known.length ? known.map((alt) => alt.map(tableElement)) : null;
    // A test the table has as its pieces only: it can match only where one of them can.
    const ps = table && piecesOf(t);
    if (ps?.every((p) => table!.tests[startsKey(p.source, p.flags)])) {
      const each = ps.map(needsOf);
      return each.some((n) => !n) ? null : each.flatMap((n) => n!);
    }
    const req = requiredStarts(t.source, t.flags);
    return req.length ? req.map((alt) => [...new Set(alt.map(elementId))]) : null;
  };
  for (const t of tests) needs.push(needsOf(t));
  /**
   * Per test: its pieces (piecesOf) with what each needs, when the scan can rule out some piece. Also for a test the
   * scan reads as a whole: what it needs is one of its pieces' needs, and a text that has one piece's words seldom
   * has the others' (data_sharing's processor shapes: the text says "we", but no "button" or "hosted").
   */
  const pieces = tests.map((t, i) => {
    const ps = piecesOf(t);
    if (!ps) return null;
    // The pieces are the source's top-level alternatives, in order, each read already as one of the test's.
    const whole = needs[i];
    const withNeeds = ps.map((test, j) => ({
      test,
      needs: whole?.length === ps.length ? [whole[j]!] : needsOf(test),
    }));
    return withNeeds.some((p) => p.needs) ? withNeeds : null;
  });
  // child[node × SYMBOLS + symbol]: the next node, 0 for none (the root is no child). Ends: CSR by node.
  const child = new Uint32Array(nodes.length * SYMBOLS);
  const endFrom = new Uint32Array(nodes.length + 1);
  const endIds: number[] = [];
  for (const n of nodes) {
    for (const [c, m] of n.next) child[n.index * SYMBOLS + c] = m.index;
    endFrom[n.index] = endIds.length;
    endIds.push(...n.ends);
  }
  endFrom[nodes.length] = endIds.length;
  const ends = Uint32Array.from(endIds);
  const exactFrom = new Uint32Array(nodes.length + 1);
  const exactIds: number[] = [];
  for (const n of nodes) {
    exactFrom[n.index] = exactIds.length;
    exactIds.push(...n.exact);
  }
  exactFrom[nodes.length] = exactIds.length;
  const exact = Uint32Array.from(exactIds);
  const seen = new Uint32Array(elementIds.size);
  let stamp = 0;
  // Per test, what the scan of the text last scanned leaves of it, read once (`possible` reads it, `passes` after it
  // again; the engine asks both of most tests): readAt[i] is the stamp it was read at, left[i] how many of its pieces
  // the scan leaves (for a test of one piece, 1 or 0), pieceLeft (from pieceFrom[i], one per piece) which.
  const readAt = new Uint32Array(tests.length);
  const left = new Uint32Array(tests.length);
  const pieceFrom = new Uint32Array(tests.length + 1);
  for (let i = 0; i < tests.length; i++) pieceFrom[i + 1] = pieceFrom[i]! + (pieces[i]?.length ?? 0);
  const pieceLeft = new Uint8Array(pieceFrom[tests.length]!);
  // What each test (list i) and each piece (list tests.length + its pieceFrom slot) needs, flattened: the alternatives
  // of list k are altFrom[listFrom[k]] … altFrom[listFrom[k + 1]], each a run of element ids in `altIds`; a list that
  // knows nothing (null) always holds. Read for most tests of every text, where nested arrays cost more to walk.
  const lists: Array<number[][] | null> = [...needs];
  for (const ps of pieces) if (ps) for (const p of ps) lists.push(p.needs);
  const listFrom = new Uint32Array(lists.length + 1);
  const unknown = new Uint8Array(lists.length);
  const altEnds: number[] = [0];
  const altIdList: number[] = [];
  lists.forEach((alts, k) => {
    if (!alts) unknown[k] = 1;
    else for (const ids of alts) altEnds.push(altIdList.push(...ids));
    listFrom[k + 1] = altEnds.length - 1;
  });
  const altFrom = Uint32Array.from(altEnds);
  const altIds = Uint32Array.from(altIdList);
  /** How many pieces of test `i` (1 for a test of one piece) the scan of the text last scanned leaves. */
  const leftOf = (i: number): number => {
    if (readAt[i] === stamp) return left[i]!;
    readAt[i] = stamp;
    let n = 0;
    if (holds(i)) {
      const ps = pieces[i];
      if (!ps) n = 1;
      else
        for (let j = 0, at = pieceFrom[i]!; j < ps.length; j++, at++) {
          const kept = holds(tests.length + at);
          pieceLeft[at] = kept ? 1 : 0;
          if (kept) n++;
        }
    }
    left[i] = n;
    return n;
  };
  return {
    scan(lower: string): void {
      if (++stamp === 0xffffffff) {
        seen.fill(0);
        readAt.fill(0);
        stamp = 1;
      }
      const n = lower.length;
      let node = 0; // the trie node of the current word's start so far; 0 outside a word or once it left the trie
      let inWord = false;
      for (let i = 0; i < n; i++) {
        const s = symbolOf(lower.charCodeAt(i));
        if (s < 0) {
          if (inWord && node)
            for (let e = exactFrom[node]!, to = exactFrom[node + 1]!; e < to; e++) seen[exact[e]!] = stamp;
          inWord = false;
          continue;
        }
        if (!inWord) {
          inWord = true;
          node = child[s]!; // from the root
        } else if (node) node = child[node * SYMBOLS + s]!;
        else continue;
        if (node) for (let e = endFrom[node]!, to = endFrom[node + 1]!; e < to; e++) seen[ends[e]!] = stamp;
      }
      if (inWord && node)
        for (let e = exactFrom[node]!, to = exactFrom[node + 1]!; e < to; e++) seen[exact[e]!] = stamp;
    },
    possible(i: number): boolean {
      return leftOf(i) > 0;
    },
    passes(i: number, lower: string): boolean {
      const n = leftOf(i);
      if (n === 0) return false;
      const ps = pieces[i];
      // Every piece left: the test as written (one regex runs faster than its alternatives one by one).
      if (!ps || n === ps.length) return tests[i]!.test(lower);
      for (let j = 0, at = pieceFrom[i]!; j < ps.length; j++, at++)
        if (pieceLeft[at] && ps[j]!.test.test(lower)) return true;
      return false;
    },
  };

  /** Some alternative of list `k` (see listFrom) has every element it needs in the text last scanned. */
  function holds(k: number): boolean {
    if (unknown[k]) return true;
    for (let a = listFrom[k]!, last = listFrom[k + 1]!; a < last; a++) {
      let all = true;
      for (let e = altFrom[a]!, to = altFrom[a + 1]!; e < to; e++)
        if (seen[altIds[e]!] !== stamp) {
          all = false;
          break;
        }
      if (all) return true;
    }
    return false;
  }
}
