// compromise's tokeniser (compromise/src/1-one/tokenize, 14.17) with a shortcut for the plain word that most terms are:
// a run of ASCII letters and digits with only spaces after it ("data "), or marks that are cut off and then spaces
// ("data, "). For such a term each step's answer is known without running it: its text is the word, its `post` the
// rest, nothing to clean or transliterate, and no acronym (its normal form is the word lower-cased). The same holds for two of the steps a parse
// runs next (its `alias` and `machine` hooks): a plain lower-case normal form has no slash to split and no apostrophe,
// dash or mark to drop, so its machine form is itself and only a whole-word alias can apply. Every other term goes
// through compromise's own steps, or through the copies below of those compromise does not expose. What is skipped
// reads each character with Unicode property regexes (`normalizePunctuation`), runs some twenty regexes per term
// (`clean`, acronyms, machine forms) and splits and joins every word (`killUnicode`): without it the analysis of the
// Zoom terms took about 8% more CPU time. Installed on the analyser's world only (nlp.ts);
// test/unit/analyze/fast-tokenize.test.ts holds the documents it builds to compromise's own.

import { trimEndChars, trimStartChars } from '../normalize/trim-chars';
import { isSpace } from './char-class';

/** A term as compromise's tokeniser writes it. */
export interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
}

type KillUnicode = (str: string, world: TokenizeWorld) => string;
type SplitWhitespace = (txt: string, model: TokenizeWorld['model']) => ParsedTerm;
type SplitTerms = (txt: string, model: TokenizeWorld['model']) => string[];
type FromString = (input: string, world: TokenizeWorld) => ParsedTerm[][];
/** A compute step of compromise's world: it writes what it finds onto the terms of a view. */
type Compute = (view: { docs: ParsedTerm[][]; world: TokenizeWorld }) => void;

/** compromise's world, as far as its tokeniser reads it. */
export interface TokenizeWorld {
  methods: {
    one: {
      killUnicode: KillUnicode;
      tokenize: {
        splitSentences: (input: string, world: TokenizeWorld) => string[];
        splitTerms: SplitTerms;
        splitWhitespace: SplitWhitespace;
        fromString: FromString;
      };
    };
  };
  compute: { alias: Compute; machine: Compute; contractions: Compute };
  model: {
    one: {
      contractions: ReadonlyArray<{ word?: string; before?: string; after?: string }>;
      aliases: Record<string, string>;
      unicode: Record<string, string>;
      postPunctuation: Record<string, boolean>;
      emoticons: Record<string, boolean>;
    };
  };
}

/** The steps replaced, as compromise had them. */
export interface TokenizeSteps {
  killUnicode: KillUnicode;
  splitTerms: SplitTerms;
  splitWhitespace: SplitWhitespace;
  fromString: FromString;
  alias: Compute;
  machine: Compute;
  contractions: Compute;
}

const compromiseSteps = new WeakMap<object, TokenizeSteps>();

/** compromise's own steps in a world the shortcut was installed in (for the test that compares the two). */
export function originalSteps(world: TokenizeWorld): TokenizeSteps | undefined {
  return compromiseSteps.get(world);
}

/** Puts the shortcut in place of compromise's steps, once per world. */
export function installFastTokenizer(world: TokenizeWorld): void {
  if (compromiseSteps.has(world)) return;
  const { one } = world.methods;
  const own: TokenizeSteps = {
    killUnicode: one.killUnicode,
    splitTerms: one.tokenize.splitTerms,
    splitWhitespace: one.tokenize.splitWhitespace,
    fromString: one.tokenize.fromString,
    alias: world.compute.alias,
    machine: world.compute.machine,
    contractions: world.compute.contractions,
  };
  compromiseSteps.set(world, own);
  const fast = fastSteps(world, own);
  one.killUnicode = fast.killUnicode;
  one.tokenize.splitTerms = fast.splitTerms;
  one.tokenize.splitWhitespace = fast.splitWhitespace;
  one.tokenize.fromString = fast.fromString;
  world.compute.alias = fast.alias;
  world.compute.machine = fast.machine;
  world.compute.contractions = fast.contractions;
}

/** compromise's pieces that are no word of their own (02-terms/index.js `notWord`, `isBoundary`): carried to a term. */
const NOT_WORD = new Set([
  '.',
  '?',
  '!',
  ':',
  ';',
  '-',
  '–',
  '—',
  '--',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '`',
  '«',
  '»',
  '*',
  '•',
]);
const BOUNDARY = /^[!?.]+$/;
const isWordPiece = (piece: string): boolean => !NOT_WORD.has(piece) && !BOUNDARY.test(piece);
/** Whitespace as compromise's `\S+` splits at it. */
const SPACE = /\s/;

/** An ASCII letter or digit: where compromise's punctuation step stops cutting. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The shortcut steps over compromise's `own`, for `world`'s tables as they are now (the analyser never changes them). */
function fastSteps(world: TokenizeWorld, own: TokenizeSteps): TokenizeSteps {
  const { unicode, postPunctuation, emoticons } = world.model.one;
  // ASCII characters the transliteration table maps (none in compromise 14.17): a word holding one takes the long way.
  const mapped = new Uint8Array(128);
  for (const ch of Object.keys(unicode))
    if (ch.length === 1 && ch.charCodeAt(0) < 128 && unicode[ch]) mapped[ch.charCodeAt(0)] = 1;
  // A space kept as punctuation at a word's end would stay in the word: then every term takes the long way.
  const spaceKept = postPunctuation[' '] === true;
  // Marks that compromise cuts off a word's end as they come, when no letter or number follows them ("data, "): not
  // kept as part of a word (postPunctuation), and none of the marks it reads twice there ("'" of "users'", ")" and "+"
  // of a number, "." of an acronym).
  const cut = new Uint8Array(128);
  for (const ch of ',;:.!?') if (postPunctuation[ch] !== true) cut[ch.charCodeAt(0)] = 1;
  // Emoticons that start with an ASCII letter or digit (none in 14.17): only those can be a word read here.
  const wordEmoticons = Object.keys(emoticons).filter((e) => isAsciiAlnum(e.charCodeAt(0)));
  /** Whether `txt` up to `end` (a text that starts with an ASCII letter or digit) is an emoticon. */
  const isEmoticon = (txt: string, end: number): boolean =>
    wordEmoticons.length > 0 && Object.prototype.hasOwnProperty.call(emoticons, txt.slice(0, end));
  /**
   * Length of the plain word `txt` opens with, when only spaces follow it (or, with `marks`, marks that are cut off,
   * then spaces); else 0.
   */
  const plainWord = (txt: string, marks = false): number => {
    if (spaceKept || typeof txt !== 'string') return 0;
    let end = 0;
    while (end < txt.length && isAsciiAlnum(txt.charCodeAt(end)) && !mapped[txt.charCodeAt(end)]) end++;
    let i = end;
    if (marks) while (i < txt.length && cut[txt.charCodeAt(i)] === 1) i++;
    const trimmed = i;
    for (; i < txt.length; i++) if (txt.charCodeAt(i) !== 32) return 0;
    // compromise looks an emoticon up before it cuts punctuation ("<3"; none is a plain word in 14.17).
    return end > 0 && !isEmoticon(txt, trimmed) ? end : 0;
  };
  const killUnicode: KillUnicode = (str, w) => {
    // compromise splits the text into code units, replaces each the table maps (to a truthy string) and joins them:
    // here only the mapped ones are looked up and replaced, and a text with none comes back as it is.
    if (typeof str !== 'string') return own.killUnicode(str, w);
    let out: string | null = null;
    let from = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 128 && !mapped[c]) continue;
      const to = unicode[str[i]!];
      if (!to) continue;
      out = (out ?? '') + str.slice(from, i) + to;
      from = i + 1;
    }
    return out === null ? str : out + str.slice(from);
  };
  // compromise/src/1-one/tokenize/methods/02-terms/index.js cuts a sentence at whitespace, splits hyphenated words,
  // carries a piece that is no word (".", "(", "--", …) to its neighbour and joins slashes ("and / or") and number
  // ranges ("3 - 4"). A sentence with no dash, slash, whitespace but the space, nor piece that is no word is cut at its
  // spaces alone: each term is a piece and the spaces after it (the first also takes those before it).
  const splitTerms: SplitTerms = (txt, model) => {
    if (typeof txt !== 'string') return own.splitTerms(txt, model);
    const starts: number[] = []; // where each piece starts
    let piece = -1; // start of the piece being read, -1 between pieces
    for (let i = 0; i <= txt.length; i++) {
      const c = i < txt.length ? txt.charCodeAt(i) : 32;
      if (c === 32) {
        if (piece >= 0 && !isWordPiece(txt.slice(piece, i))) return own.splitTerms(txt, model);
        piece = -1;
      } else if (c < 32 || c === 45 || c === 47 || c === 0x2013 || c === 0x2014 || (c >= 128 && SPACE.test(txt[i]!))) {
        return own.splitTerms(txt, model);
      } else if (piece < 0) starts.push((piece = i));
    }
    if (!starts.length) return own.splitTerms(txt, model);
    return starts.map((start, k) => txt.slice(k === 0 ? 0 : start, starts[k + 1] ?? txt.length));
  };
  /**
   * Length of the word `txt` opens with, when compromise's punctuation step keeps all of it: a plain word and marks
   * cut off (plainWord), or a word that starts and ends with an ASCII letter or digit, holds no whitespace and has
   * only spaces after it ("zoom’s", "10.4", "non-exclusive"): the step cuts from each end only what is no letter or
   * number. 0 otherwise.
   */
  const wordEnd = (txt: string): number => {
    const plain = plainWord(txt, true);
    if (plain || spaceKept || typeof txt !== 'string' || !isAsciiAlnum(txt.charCodeAt(0))) return plain;
    let end = txt.length;
    while (end > 0 && txt.charCodeAt(end - 1) === 32) end--;
    if (!isAsciiAlnum(txt.charCodeAt(end - 1))) return 0;
    for (let i = 1; i < end - 1; i++) if (isSpace(txt.charCodeAt(i))) return 0;
    return isEmoticon(txt, end) ? 0 : end;
  };
  const splitWhitespace: SplitWhitespace = (txt, model) => {
    const end = wordEnd(txt);
    if (end === 0) return own.splitWhitespace(txt, model);
    return { text: txt.slice(0, end), pre: '', post: txt.slice(end), tags: new Set() };
  };
  // compromise/src/1-one/tokenize/methods/parse.js, with the normal form of a plain word read off directly.
  const fromString: FromString = (input, w) => {
    const { splitSentences, splitTerms, splitWhitespace: split } = w.methods.one.tokenize;
    return splitSentences(input || '', w).map((txt) =>
      splitTerms(txt, w.model).map((t) => {
        const term = split(t, w.model);
        term.normal =
          term.pre === '' && plainWord(term.text) === term.text.length
            ? term.text.toLowerCase()
            : normalOf(term.text, w);
        return term;
      }),
    );
  };
  // compromise/src/1-one/tokenize/compute/index.js: a step run on every term of the view.
  const eachTerm =
    (step: (term: ParsedTerm, w: TokenizeWorld) => void): Compute =>
    (view) => {
      for (const terms of view.docs) for (const term of terms) step(term, view.world);
    };
  // A plain normal form has no slash, and only a whole-word alias ("plz") can apply to it.
  const alias = eachTerm((term, w) => {
    if (!isPlainNormal(term.normal)) return aliasesOf(term, w);
    if (Object.prototype.hasOwnProperty.call(w.model.one.aliases, term.normal)) {
      term.alias = term.alias || [];
      term.alias.push(w.model.one.aliases[term.normal]!);
    }
  });
  // A plain normal form (and no implicit word from a contraction) is its own machine form: nothing to write.
  const machine = eachTerm((term) => {
    if (term.implicit || !isPlainNormal(term.normal)) machineOf(term);
  });
  // compromise/src/1-one/contraction-one/compute/contractions/index.js walks its list of contractions (some sixty
  // entries) for every term of the document. A document in which no term can be split is left as it is (mayContract:
  // its tests, in the step's own order), and the step is skipped.
  const list = world.model.one.contractions;
  const listed = new Set<string>();
  for (const c of list) if (typeof c.word === 'string') listed.add(c.word);
  const contractions: Compute = (view) => {
    const { document } = view as unknown as { document: ParsedTerm[][] };
    for (const terms of document)
      for (const term of terms) if (mayContract(term, list, listed)) return own.contractions(view);
  };
  return { killUnicode, splitTerms, splitWhitespace, fromString, alias, machine, contractions };
}

/** The tests of compromise's contractions step (contraction-one/compute/contractions, 14.17) before it splits a term. */
const BY_APOSTROPHE = /'/;
const NUM_DASH = /^\d[^-–—]*[-–—].*?\d/;
const NUM_UNIT = /^[+-]?\d[.,\d]*[a-z°²³µ/]+$/;
/** The apostrophe forms its `byEnd` and `byStart` read ("ain't", "how'd"; "j'aime", "l'amour", "d'amerique"). */
const BY_END = new Set(['t', 'd']);
const BY_START = new Set(['j', 'l', 'd']);

/**
 * Whether compromise's contractions step may split `term`: a false is certain (each of its tests fails), a true runs
 * the step. Its `knownOnes`, then `byEnd`, `byStart`, "there's", a number range, a number with a unit.
 */
function mayContract(
  term: ParsedTerm,
  list: ReadonlyArray<{ word?: string; before?: string; after?: string }>,
  listed: ReadonlySet<string>,
): boolean {
  const { normal, text } = term;
  // With no normal form, the list's entries that have no word of their own would be read as matching it.
  if (typeof normal !== 'string' || typeof text !== 'string') return true;
  if (listed.has(normal)) return true;
  if (BY_APOSTROPHE.test(normal)) {
    const [before = '', after = ''] = normal.split(BY_APOSTROPHE);
    for (const o of list) if (o.after === after || (o.before === before && after.length > 2)) return true;
    if (BY_END.has(after) || BY_START.has(before) || (before === 'there' && after === 's')) return true;
  }
  return NUM_DASH.test(normal) || NUM_UNIT.test(text);
}

/** A normal form of lower-case ASCII letters and digits only. */
function isPlainNormal(normal: string | undefined): normal is string {
  if (!normal) return false;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** compromise/src/1-one/tokenize/compute/alias.js, as written there. */
function aliasesOf(term: ParsedTerm, world: TokenizeWorld): void {
  const str = term.normal || term.text || term.machine || '';
  const { aliases } = world.model.one;
  if (Object.prototype.hasOwnProperty.call(aliases, str)) {
    term.alias = term.alias || [];
    term.alias.push(aliases[str]!);
  }
  // Slashes as aliases ("and/or"), not in URLs, domains or numbers.
  if (/\//.test(str) && !/[a-z]\.[a-z]/i.test(str) && !/\d/.test(str)) {
    const parts = str.split(/\//);
    if (parts.length <= 3) {
      for (const part of parts) {
        const word = part.trim();
        if (word !== '') {
          term.alias = term.alias || [];
          term.alias.push(word);
        }
      }
    }
  }
}

/** compromise/src/1-one/tokenize/compute/machine.js, as written there. */
function machineOf(term: ParsedTerm): void {
  let str = term.implicit || term.normal || term.text;
  str = str.replace(/['’]s$/, '');
  str = str.replace(/s['’]$/, 's');
  str = str.replace(/([aeiou][ktrp])in'$/, '$1ing');
  if (/^\p{Letter}+-\p{Letter}+$/u.test(str)) str = str.replace(/-/g, '');
  str = str.replace(/^[#@]/, '');
  if (str !== term.normal) term.machine = str;
}

/** compromise/src/1-one/tokenize/compute/normal/index.js: a term's normal form (not exposed in the world's methods). */
function normalOf(text: string, world: TokenizeWorld): string {
  return acronymless(
    world.methods.one.killUnicode(cleansAsLowerCase(text) ? text.toLowerCase() : clean(text || ''), world),
  );
}

/**
 * Whether `clean` leaves `text` lower-cased and nothing more: it is not empty, holds no whitespace and none of the
 * marks that clean trims, replaces or removes (end marks, ellipsis, en dash, zero-width characters, a comma between
 * digits), and does not start with one it trims at the start (a quote or a parenthesis).
 */
function cleansAsLowerCase(text: string): boolean {
  if (!text || CLEAN_START.has(text.charCodeAt(0))) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CLEAN_MARKS.has(c) || isSpace(c)) return false;
  }
  return true;
}
const CLEAN_START = new Set([...'\'"('].map((ch) => ch.charCodeAt(0)));
const CLEAN_MARKS = new Set([...',;.!?:"()\u2026\u2013\u200B\u200C\u200D\uFEFF'].map((ch) => ch.charCodeAt(0)));

/**
 * compromise/src/1-one/tokenize/compute/normal/01-cleanup.js, with its end-anchored runs (`/[,;.!?]+$/`, which retry
 * from each character of a long run) trimmed by a scan from the end instead.
 */
function clean(input: string): string {
  let str = input.toLowerCase().trim();
  const original = str;
  str = trimEndChars(str, /[,;.!?]/)
    .replaceAll('\u2026', '...')
    .replaceAll('\u2013', '-');
  if (!str.startsWith(':') && !str.startsWith(';')) {
    // Its `\.{3,}$`, then `[",.!:;?)]+$`: the second takes what the first does and the run before it.
    str = trimStartChars(trimEndChars(str, /[",.!:;?)]/), /['"(]/);
  }
  str = str.replace(/[\u200B-\u200D\uFEFF]/g, '').trim();
  if (str === '') str = original;
  return str.replace(/(\d),(\d)/g, '$1$2');
}

/**
 * compromise/src/1-one/tokenize/compute/normal/02-acronyms.js ("n.d.a." → "nda"). Its repeated pairs before the end
 * (`([a-z]\.)+[a-z]\.?$`) hold exactly when their last pair does, so each is tested by that pair alone (fixed length).
 */
function acronymless(str: string): string {
  const acronym =
    /[A-Z]\.[A-Z]?,?$/.test(str) ||
    /[a-z]\.[a-z]\.?$/.test(str) ||
    /^[A-Z]\.,?$/.test(str) ||
    /[A-Z]{2}(?:'s|,)?$/.test(str);
  return acronym ? str.replace(/\./g, '') : str;
}
