// Proximity pre-filters ("a share word, then within 24 words 'with', then within 7 words a recipient") written as a
// sequence of small regexes joined by word gaps that are stepped in code. The same test as one regex with bounded
// gaps, `[^\w’'-]+(?:[\w’'-]+[^\w’'-]+){0,6}?`, but each piece is a plain alternation that recheck proves linear: a
// regex made of several such gaps was polynomial for recheck (and its worst cases cost V8 a large constant per
// start), because the engine tries every pairing of gap lengths again from each start.
// `source` is that equivalent single regex, never compiled: it documents the matcher, and the unit test
// (word-gap.test.ts) checks the two agree on every rule example and on seeded hostile text.

import { charClass, runEnd } from './char-class';
import { firstUnits } from './first-units';

/** What the pre-filters need of a regex: a test on lower-cased text, and a source to read the cue words from. */
export interface TextTest {
  test(text: string): boolean;
  readonly source: string;
  readonly flags: string;
  /** The tests this one is any of (anyOf): the cue scan runs only those it cannot rule out. */
  readonly branches?: readonly TextTest[];
  toString(): string;
}

const WORD = String.raw`[\w’'-]`;
const NOT_WORD = String.raw`[^\w’'-]`;
/** A character of WORD (char-class.ts). */
const inWord = charClass(WORD)!;

/** A run of words with separators after each: `(?:word+ sep+){min,max}?`, with a leading `sep+` when `lead`. */
export interface Gap {
  kind: 'gap';
  min: number;
  max: number;
  lead: boolean;
  /** Character classes, as regex source (`[\w’'-]`, `\s`); the separator must never match a word character. */
  word: string;
  sep: string;
}
/** At most `max` characters of one class (`[^.;:]{0,50}`). */
export interface Run {
  kind: 'run';
  max: number;
  chars: string;
}
/** One of several sequences. */
export interface Alt {
  kind: 'alt';
  branches: readonly Part[][];
}
/** A whole word (from a word start to its end) in which `holds` matches ("p'giv" holds "giv"). */
export interface WordHolding {
  kind: 'word-holding';
  holds: RegExp;
}
/** The rest of the word from here, `[\w’'-]*`: found once per word, however many starts lie inside it. */
export interface RestOfWord {
  kind: 'rest';
}
/** The sequence matches here, nothing is consumed (a lookahead). */
export interface Ahead {
  kind: 'ahead';
  seq: readonly Part[];
}
/** A part of a sequence; a string is regex source matched at the current position. */
export type Part = string | Gap | Run | Alt | WordHolding | Ahead | RestOfWord;

/** `[^\w’'-]+(?:[\w’'-]+[^\w’'-]+){0,max}?`: a separator, then up to `max` more words (data-sharing's SEP + W). */
export const gap = (max: number): Gap => ({ kind: 'gap', min: 0, max, lead: true, word: WORD, sep: NOT_WORD });
/** `(?:[\w’'-]+\s+){min,max}?` (or another word/separator class), with a leading separator when `lead`. */
export const words = (max: number, o: { min?: number; lead?: boolean; word?: string; sep?: string } = {}): Gap => ({
  kind: 'gap',
  min: o.min ?? 0,
  max,
  lead: o.lead ?? false,
  word: o.word ?? WORD,
  sep: o.sep ?? '\\s',
});
export const run = (max: number, chars: string): Run => ({ kind: 'run', max, chars });
export const alt = (...branches: Part[][]): Alt => ({ kind: 'alt', branches });
export const ahead = (...seq: Part[]): Ahead => ({ kind: 'ahead', seq });
export const wordHolding = (holds: RegExp): WordHolding => ({ kind: 'word-holding', holds });
/**
 * After a stem that starts the sequence ("third-part" in "third-party-third-party-…" starts at each "third"): every
 * start inside one word shares its end, so a long hyphenated word is read once, not once per start.
 */
export const REST_OF_WORD: RestOfWord = { kind: 'rest' };

/**
 * Whether the rest of the sequence matches from `at` (each part is compiled with the parts after it). It must depend on
 * the text and `at` only: onceEach keeps its answers per position.
 */
type Cont = (s: string, at: number) => boolean;

function sourceOf(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      switch (p.kind) {
        case 'gap':
          return `${p.lead ? `${p.sep}+` : ''}(?:${p.word}+${p.sep}+){${p.min},${p.max}}?`;
        case 'run':
          return `${p.chars}{0,${p.max}}`;
        case 'alt':
          return `(?:${p.branches.map(sourceOf).join('|')})`;
        case 'word-holding':
          return `(?<!${WORD})(?=${WORD}*?${p.holds.source})${WORD}+(?!${WORD})`;
        case 'ahead':
          return `(?=${sourceOf(p.seq)})`;
        case 'rest':
          return `${WORD}*`;
      }
    })
    .join('');
}

/**
 * Regex source that finds every position where `parts` can start (a superset of them). A sequence that starts with a
 * word holding a stem is found by its stem, then read from the start of that word.
 */
function startSource(parts: readonly Part[]): string {
  const first = parts[0];
  if (typeof first === 'string') return first;
  if (first?.kind === 'alt') return `(?:${first.branches.map(startSource).join('|')})`;
  if (first?.kind === 'word-holding') return first.holds.source;
  throw new Error('a word-gap sequence starts with a regex, an alternation or a word');
}

/** The separator class that a lead gap right after `parts[i]` needs next, if any (`tail`: after the last part). */
function sepAfter(parts: readonly Part[], i: number, tail: string): string {
  if (i === parts.length - 1) return tail;
  const next = parts[i + 1];
  return typeof next === 'object' && next.kind === 'gap' && next.lead ? next.sep : '';
}

/** The parts as one continuation, built from the last part back, so that matching allocates nothing. */
function compileSeq(parts: readonly Part[], done: Cont, tail = ''): Cont {
  let cont = done;
  for (let i = parts.length - 1; i >= 0; i--) cont = compilePart(parts[i]!, sepAfter(parts, i, tail), cont);
  return cont;
}

function compilePart(p: Part, sepNext: string, next: Cont): Cont {
  if (typeof p === 'string') {
    // A lead gap needs a separator right after the piece: let the piece's own alternatives find such an end
    // ("uses" rather than "use" in "uses third parties"), as the single regex does by backtracking.
    const re = new RegExp(`(?:${p})${sepNext ? `(?=${sepNext})` : ''}`, 'y');
    // A character that no match starts with: the regex is not run (an ASCII one; others are always tried).
    const first = firstUnits(p);
    return (s, pos) => {
      if (first !== null) {
        const c = s.charCodeAt(pos);
        if (c < 128 && first[c] === 0) return false;
      }
      re.lastIndex = pos;
      return re.test(s) && next(s, re.lastIndex);
    };
  }
  switch (p.kind) {
    case 'gap':
      return compileGap(p, next);
    case 'run': {
      const runOf = runFinder(p.chars);
      return (s, pos) => {
        for (let e = runOf(s, pos, p.max); e >= pos; e--) if (next(s, e)) return true;
        return false;
      };
    }
    case 'alt': {
      const bs = p.branches.map((b) => compileSeq(b, next, sepNext));
      return (s, pos) => bs.some((b) => b(s, pos));
    }
    case 'word-holding':
      // `(?<!WORD)WORD+` from `pos`: a whole word starts there.
      return (s, pos) => {
        if (pos > 0 && inWord(s.charCodeAt(pos - 1))) return false;
        const end = runEnd(inWord, s, pos);
        return end > pos && p.holds.test(s.slice(pos, end)) && next(s, end);
      };
    case 'ahead': {
      const seq = compileSeq(p.seq, () => true);
      return (s, pos) => seq(s, pos) && next(s, pos);
    }
    case 'rest': {
      // The last word read: any position from `from` to `end` in `text` ends at `end`.
      let text = '';
      let from = -1;
      let end = -1;
      return (s, pos) => {
        if (s !== text || pos < from || pos > end) {
          text = s;
          from = pos;
          end = runEnd(inWord, s, pos);
        }
        return next(s, end);
      };
    }
  }
}

/**
 * The end of the longest run (of at most `max` characters) of a class from `pos`, as a sticky `class{0,max}` regex
 * finds it; stepped in code for a one-character class (char-class.ts), else by that regex.
 */
function runFinder(cls: string): (s: string, pos: number, max?: number) => number {
  const inClass = charClass(cls);
  if (inClass) return (s, pos, max) => runEnd(inClass, s, pos, max);
  const some = new RegExp(`${cls}+`, 'y');
  const bounded = new Map<number, RegExp>();
  return (s, pos, max) => {
    let re = some;
    if (max !== undefined) {
      re = bounded.get(max) ?? new RegExp(`${cls}{0,${max}}`, 'y');
      bounded.set(max, re);
    }
    re.lastIndex = pos;
    return re.test(s) ? re.lastIndex : pos;
  };
}

/**
 * `next` answered once per position of a text. A gap tries what follows it at every word end within its reach, and a
 * sequence is tried from every start in the text: the starts of one clause (each share word of it) reach the same
 * positions again, and what follows a gap (its own gaps included) would be run again from each of them. What follows is a
 * pure function of the text and the position, so its answer is kept for the text last seen.
 */
function onceEach(next: Cont): Cont {
  let text: string | undefined;
  let stamp = 0;
  /** At position p: `stamp` when the answer for the text last seen is known (`answer[p]`, 1 true, 0 false). */
  let seen = new Uint32Array(0);
  let answer = new Uint8Array(0);
  return (s, pos) => {
    if (s !== text) {
      text = s;
      if (seen.length <= s.length) {
        seen = new Uint32Array(s.length + 1 + (s.length >> 1));
        answer = new Uint8Array(seen.length);
        stamp = 0;
      }
      if (++stamp === 0xffffffff) {
        seen.fill(0);
        stamp = 1;
      }
    }
    if (seen[pos] === stamp) return answer[pos] === 1;
    const r = next(s, pos);
    seen[pos] = stamp;
    answer[pos] = r ? 1 : 0;
    return r;
  };
}

/**
 * The ends of a gap starting at `pos`: after a (partial) separator run, then after each further whole word and a
 * (partial) separator run after it, up to `max` words. Words are whole (a word run followed by a separator), the
 * separator class never holds a word character, so each text splits into words and separators one way only.
 */
function compileGap(g: Gap, after: Cont): Cont {
  const word = runFinder(g.word);
  const sep = runFinder(g.sep);
  const next = onceEach(after);
  return (s, pos) => {
    let at = pos;
    let n = 0; // words taken
    if (g.lead) {
      const r = sep(s, at);
      if (r === at) return false;
      if (g.min === 0) for (let q = at + 1; q <= r; q++) if (next(s, q)) return true;
      at = r;
    } else if (g.min === 0 && next(s, at)) return true;
    while (n < g.max) {
      const w = word(s, at);
      if (w === at) return false;
      const r = sep(s, w);
      if (r === w) return false;
      n++;
      if (n >= g.min) for (let q = w + 1; q <= r; q++) if (next(s, q)) return true;
      at = r;
    }
    return false;
  };
}

/**
 * A proximity test: `parts` in sequence, tried from every position where its first part matches. `needs`: regexes
 * every match implies (a rare word of a later part), tested first so that common starts ("we", "use") cost nothing
 * in a clause that lacks them.
 */
export function wordSeq(...parts: Array<Part | { needs: readonly RegExp[] }>): TextTest {
  const needs = parts.flatMap((p) => (typeof p === 'object' && 'needs' in p ? p.needs : []));
  const seqParts = parts.filter((p): p is Part => !(typeof p === 'object' && 'needs' in p));
  const seq = compileSeq(seqParts, () => true);
  const start = new RegExp(startSource(seqParts), 'g');
  const first = seqParts[0];
  const byStem = typeof first === 'object' && first.kind === 'word-holding';
  const source = sourceOf(seqParts);
  return {
    source,
    flags: '',
    test(text: string): boolean {
      if (!needs.every((re) => re.test(text))) return false;
      start.lastIndex = 0;
      let tried = -1;
      let stem = -1; // the last stem found, and the start of its word: walking back stops there, so a long word
      let stemWord = -1; // holding many stems is walked once
      for (let m = start.exec(text); m; m = start.exec(text)) {
        let at = m.index;
        if (byStem) {
          while (at > stem && at > 0 && inWord(text.charCodeAt(at - 1))) at--;
          if (at === stem && at > 0 && inWord(text.charCodeAt(at - 1))) at = stemWord;
          stem = m.index;
          stemWord = at;
        }
        if (at !== tried && seq(text, at)) return true;
        tried = at;
        start.lastIndex = m.index + 1;
      }
      return false;
    },
    toString: () => `/${source}/`,
  };
}

/** Any of several tests (the branches of what was one regex `a|b|c`). */
export function anyOf(...tests: TextTest[]): TextTest {
  const source = tests.map((t) => t.source).join('|');
  return {
    source,
    flags: '',
    branches: tests,
    test: (text) => tests.some((t) => t.test(text)),
    toString: () => `/${source}/`,
  };
}
