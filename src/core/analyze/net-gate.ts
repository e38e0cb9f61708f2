// Which candidate rules' compiled nets could match a clause, told from its words before it is parsed. A clause whose
// cues pass is parsed by compromise (the costliest step of the analysis), yet most of those parses find nothing: the
// cues are loose necessary conditions, written by hand. The nets know more: compromise's own sweep skips a pattern
// unless every word or tag it needs ("needs") and enough of its alternatives ("wants") are among the clause's terms
// (compromise/src/1-one/sweep). This gate runs the same check on what the terms CAN be, read from the lower-cased text
// by rules that only ever over-approximate them, so it drops only rules whose sweep would run no pattern at all:
// - a term's normal or machine form is a run of its word's letters and digits with punctuation removed ("U.S." is
//   "us", "e-mail" "email"), so every such run of each space-separated word is a form the clause can hold;
// - a tag can be on a term only when some lexicon entry carrying it (or a child tag) starts with one of those forms;
// - contractions, number ranges and aliases add words the text does not spell ("don't" → "do" "not", "2-4" → "to",
//   "&" → "and"): a word that compromise may expand makes every word of its expansions a form too;
// - a tag no lexicon entry gives (compromise's own NumberRange, Unit, …) is always possible;
// - a character compromise transliterates ("é", "©", "×") is read as the normal form spells it when it is a letter or
//   digit; a symbol or mark is read both spelled and as punctuation, as compromise cuts it from a term's edge ("©word"
//   is "word") and spells it inside ("a©b" is "acb"); a clause with one transliterated otherwise is parsed unchecked.
// Words present are not enough: a pattern's terms come in its order. Every term lies within one space-separated word
// (a number range "2 - 4" joins two, but into three terms: "2" "to" "4"), so the terms' order is the order of the
// words they come from, and a tag's term lies no further on than the words of its lexicon entry reach ("third party":
// the word of "third" or the next).
// Read from the pattern itself (compromise's parsed `regs`), the words and tags it cannot do without, one per term,
// must each be possible at a word no earlier than the one before: when they cannot be, the pattern cannot match.
// Nor further on than the terms between them can reach: each word with a letter or digit starts at least one term of
// its own (compromise never joins two such words into fewer terms than words), so two terms n terms apart come from
// words at most n words apart.
import type { getNlp } from './nlp';

type Nlp = ReturnType<typeof getNlp>;
type Net = ReturnType<Nlp['buildNet']>;

/** One term of a parsed pattern, as far as the gate reads it (compromise/src/1-one/match/methods/parseMatch). */
interface Reg {
  word?: string;
  tag?: string;
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  greedy?: boolean;
  /** Set with `greedy` by a `{min,max}` quantifier; a greedy term without it repeats without bound. */
  max?: number;
  /** A chunk (`<Noun>`): a run of terms. */
  chunk?: string;
  operator?: 'or' | 'and';
  fastOr?: ReadonlySet<string>;
  choices?: readonly (readonly Reg[])[];
}
/** What compromise keeps of a compiled pattern (compromise/src/1-one/sweep/methods/buildNet/01-parse.js). */
interface NetMatch {
  regs: readonly Reg[];
  needs: readonly string[];
  wants: readonly string[];
  minWant: number;
}
interface NetShape {
  hooks: Record<string, readonly NetMatch[]>;
  always: readonly NetMatch[];
}
/** The parts of compromise's world the gate reads (the lexicon it tags from, the tag tree, the transliterations). */
interface WorldShape {
  model: {
    one: {
      lexicon: Record<string, string | readonly string[]>;
      tagSet: Record<string, { parents?: readonly string[] } | undefined>;
      unicode: Record<string, string>;
      aliases: Record<string, string>;
      contractions: ReadonlyArray<{ word?: string; before?: string; after?: string; out?: readonly string[] }>;
    };
  };
}

/**
 * What compromise's contraction code expands without a contraction-table entry
 * (compromise/src/1-one/contraction-one/compute/contractions): the part after or before an apostrophe that makes it
 * expand ("n't", "'d" in apostrophe-t and apostrophe-d; "j'", "l'", "d'" in french) and the words it writes then. The
 * table's own entries and the aliases are read from the world.
 */
const CODED_AFTER: Readonly<Record<string, readonly string[]>> = { t: ['not'], d: ['did', 'had', 'would'] };
const CODED_BEFORE: Readonly<Record<string, readonly string[]>> = {
  j: ['je'],
  l: ['la', 'le'],
  d: ['du', 'des', 'de'],
};
/** Tags compromise's own code sets, whatever the lexicon says (contractions/index.js: number ranges and units). */
const CODED_TAGS = ['NumberRange', 'Time', 'Unit'];
/** "there's" is "there is" or "there has" (contractions/index.js, thereHas). */
const THERE_S = ['there', 'is', 'has'];
/** A number range is written "a to b" (number-range.js). */
const RANGE_WORDS = ['to'];
/**
 * A number range compromise splits into "a to b" (contractions/index.js, `numDash`: a digit, a dash, a digit), read
 * anywhere in the word.
 */
function isNumberRange(word: string): boolean {
  const digit = word.search(/\d/);
  if (digit < 0) return false;
  const dash = word.slice(digit).search(/[-–—]/);
  return dash >= 0 && /\d/.test(word.slice(digit + dash));
}
/** Prefixes compromise strips before a lexicon lookup (compromise/src/1-one/lexicon/compute/single-word.js). */
const LOOKUP_PREFIX = /^(?:under|over|mis|re|un|dis|semi|pre|post)/;
/** The first letters of LOOKUP_PREFIX's prefixes: a form starting otherwise is not tested. */
const PREFIX_FIRST = new Set([...'uomrdsp'].map((c) => c.charCodeAt(0)));
/** Runs of letters and digits in one word above which the clause is parsed without a check (URLs, codes). */
const MAX_RUNS = 24;
/** Symbols or marks compromise may cut or spell in one word above which the clause is parsed without a check. */
const MAX_CUT = 3;

/** Letters and digits of `s`, lower-cased ASCII only: the key a form is looked up by. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export interface NetGate {
  /**
   * Reads what terms `lower` can hold; then `possible(i)` tells, for the i-th net, whether its sweep could run any
   * pattern on the parse of that text.
   */
  read(lower: string): void;
  possible(net: number): boolean;
  /**
   * Whether one pattern of those nets (a match object of a net's hooks) could match the text last read: the same
   * check as `possible`, for that pattern alone. Anything else (an `always` pattern, another net's) is possible.
   */
  patternPossible(match: object): boolean;
}

/**
 * Compiles the gate for a list of nets built by `nlp.buildNet`, in their order. `distance: false` reads the words'
 * order only, not how far apart they are (for the test that the distance drops no pattern that matches).
 */
export function compileNetGate(nlp: Nlp, nets: readonly Net[], { distance = true } = {}): NetGate {
  const world = (nlp as unknown as { world(): WorldShape }).world().model.one;
  // What in a word makes compromise expand it, and the words it writes then.
  const afters = new Map<string, string[]>();
  const befores = new Map<string, string[]>();
  /** Whole words that expand ("cannot", "gimme", "plz"), as forms; and characters that do ("&", "@", "%"). */
  const expandingForms = new Map<string, string[]>();
  const expandingChars = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, words: readonly string[]): void => {
    map.set(key, [...(map.get(key) ?? []), ...words.map(squash)]);
  };
  const expanding = (word: string, out: readonly string[]): void => {
    if (squash(word)) add(expandingForms, squash(word), out);
    else for (const ch of word) add(expandingChars, ch, out);
  };
  for (const [k, out] of Object.entries(CODED_AFTER)) add(afters, k, out);
  for (const [k, out] of Object.entries(CODED_BEFORE)) add(befores, k, out);
  for (const c of world.contractions) {
    const out = c.out ?? [];
    if (c.word) expanding(c.word, out);
    if (c.after) add(afters, c.after, out);
    if (c.before) add(befores, c.before, out);
  }
  for (const [from, to] of Object.entries(world.aliases)) expanding(from, [to]);
  // Characters compromise reads as an apostrophe ("’"), and those it transliterates to a letter or digit ("é", "©"):
  // a word holding one of the latter is read as compromise's normal form spells it ("identifier" for "identifiér"),
  // and a clause holding one that transliterates to anything else, or only in another case, is not checked.
  const apostrophes = new Set<string>(["'"]);
  const transliterated = new Set<number>();
  /** A lower-case character's letters or digits in the normal form, when it is transliterated to those alone. */
  const spelled = new Map<string, string>();
  /**
   * Spelled characters that compromise cuts from the edge of a term (not a letter, number or currency sign: its
   * tokenizer's test, compromise/src/1-one/tokenize/methods/03-whitespace/tokenize.js), kept and spelled inside one.
   */
  const cut = new Set<string>();
  for (const [from, to] of Object.entries(world.unicode)) {
    if (to === "'") apostrophes.add(from);
    if (/[a-z0-9]/i.test(to)) transliterated.add(from.toLowerCase().charCodeAt(0)).add(from.charCodeAt(0));
  }
  for (const [from, to] of Object.entries(world.unicode))
    if (from.length === 1 && /^[a-z0-9]+$/i.test(to)) {
      spelled.set(from, to.toLowerCase());
      if (!/[\p{L}\p{N}\p{Sc}]/u.test(from)) cut.add(from);
    }
  /** ASCII characters that make a word expand or read as an apostrophe ("&", "@", "%", "'"). */
  const special = new Set<number>();
  for (const ch of [...expandingChars.keys(), ...apostrophes])
    if (ch.charCodeAt(0) < 128) special.add(ch.charCodeAt(0));
  /**
   * The words compromise may expand a (lower-cased) word into that the word does not spell. It splits a term's normal
   * form at its first apostrophe; every apostrophe of the word is tried, so a quote compromise strips or keeps is read
   * either way.
   */
  const expansionsOf = (word: string, visit: (w: string) => void): void => {
    for (const ch of word) expandingChars.get(ch)?.forEach(visit);
    if (isNumberRange(word)) RANGE_WORDS.forEach(visit);
    let prev = -1;
    for (let i = 0; i <= word.length; i++) {
      if (i < word.length && !apostrophes.has(word[i]!)) continue;
      if (prev >= 0) {
        const before = squash(word.slice(0, prev));
        const after = squash(word.slice(prev + 1, i));
        afters.get(after)?.forEach(visit);
        befores.get(before)?.forEach(visit);
        if (before === 'there' && after === 's') THERE_S.forEach(visit);
      }
      prev = i;
    }
  };

  // Per tag: the forms its lexicon entries start with (an entry tags every one of its terms, so its first word is
  // there whenever one of its terms carries the tag), through the tag tree's parents.
  const tagStarts = new Map<string, Set<string>>();
  /** Tags compromise sets by itself, or with an entry spelled by no letter or digit: always possible. */
  const alwaysTags = new Set<string>(withParents(CODED_TAGS, world.tagSet));
  /** Per tag: how many words after its entry's first one a term carrying it can lie (an entry's other terms). */
  const tagReach = new Map<string, number>();
  for (const [entry, value] of Object.entries(world.lexicon)) {
    const words = entry.split(' ');
    const first = squash(words[0]!);
    for (const tag of withParents(typeof value === 'string' ? [value] : value, world.tagSet)) {
      if (!first) alwaysTags.add(tag);
      let s = tagStarts.get(tag);
      if (!s) tagStarts.set(tag, (s = new Set()));
      s.add(first);
      tagReach.set(tag, Math.max(tagReach.get(tag) ?? 0, words.length - 1));
    }
  }

  // Atoms: each distinct need or want string, with the forms any one of which makes it possible.
  const atomIds = new Map<string, number>();
  const alwaysAtom: boolean[] = [];
  /** Per atom: words after the one it is read at where its term can lie (a tag's multi-word entries), else 0. */
  const atomReach: number[] = [];
  const byForm = new Map<string, number[]>();
  const atomOf = (hook: string): number => {
    let id = atomIds.get(hook);
    if (id !== undefined) return id;
    atomIds.set(hook, (id = alwaysAtom.length));
    let forms: Iterable<string> | null;
    let reach = 0;
    if (hook.startsWith('#')) {
      const tag = hook.slice(1);
      forms = alwaysTags.has(tag) ? null : (tagStarts.get(tag) ?? null);
      reach = tagReach.get(tag) ?? 0;
    } else forms = hook.startsWith('%') ? null : [squash(hook)];
    atomReach.push(reach);
    const list = forms ? [...forms] : [];
    alwaysAtom.push(!forms || list.some((f) => !f));
    for (const f of list) {
      let ids = byForm.get(f);
      if (!ids) byForm.set(f, (ids = []));
      ids.push(id);
    }
    return id;
  };
  interface Pattern {
    needs: number[];
    wants: number[];
    minWant: number;
    /** The terms it cannot do without, in order: each the atoms any one of which that term is. */
    order: number[][];
    /**
     * Per term of `order` after the first: at most how many terms on from the one before it starts (Infinity when
     * the terms between can repeat without bound).
     */
    gaps: number[];
    /** Some gap is bounded: the words are read for distance as well as order. */
    bounded: boolean;
  }
  /** The atoms one term of a pattern must be, or null when it may be absent or anything (optional, negated, fuzzy). */
  const termAtoms = (reg: Reg): number[] | null => {
    if (reg.optional || reg.negative || reg.fuzzy) return null;
    if (reg.tag) return [atomOf(`#${reg.tag}`)];
    if (reg.word) return [atomOf(reg.word)];
    if (reg.operator !== 'or') return null;
    if (reg.fastOr) return [...reg.fastOr].map(atomOf);
    const out: number[] = [];
    // A choice of several terms starts with its first.
    for (const block of reg.choices ?? []) {
      const first = block[0] && !block[0].choices ? termAtoms(block[0]) : null;
      if (!first) return null;
      out.push(...first);
    }
    return out.length ? out : null;
  };
  /**
   * The pattern's terms that constrain where a match can lie (a term that can be anything anywhere does not), and how
   * many terms each can start after the one before: the most terms the pattern's terms from that one on can cover.
   */
  const orderOf = (regs: readonly Reg[]): Pick<Pattern, 'order' | 'gaps' | 'bounded'> => {
    const order: number[][] = [];
    const gaps: number[] = [];
    let span = 0; // terms from the start of the last term in `order`
    for (const reg of regs) {
      const atoms = termAtoms(reg);
      if (atoms && !atoms.some((a) => alwaysAtom[a])) {
        if (order.length) gaps.push(span);
        order.push(atoms);
        span = 0;
      }
      span += maxTerms(reg);
    }
    return { order, gaps, bounded: distance && gaps.some((g) => g < Infinity) };
  };
  /** Each pattern as atoms, by the match object compromise's sweep runs it from. */
  const byMatch = new Map<object, Pattern>();
  // Per net: its patterns as atoms, or null when one of them has neither needs nor wants (always run).
  const patterns: Array<Pattern[] | null> = nets.map((net) => {
    const shape = net as unknown as NetShape;
    if (shape.always.length) return null;
    const seen = new Set<NetMatch>();
    const out: Pattern[] = [];
    for (const list of Object.values(shape.hooks))
      for (const m of list) {
        if (seen.has(m)) continue;
        seen.add(m);
        const pattern = {
          needs: m.needs.map(atomOf),
          wants: m.wants.map(atomOf),
          minWant: m.minWant,
          ...orderOf(m.regs),
        };
        out.push(pattern);
        byMatch.set(m, pattern);
      }
    return out;
  });

  /** Per form: its atoms (byForm) and its expansions (expandingForms), read by `mark` with one look-up. */
  const formInfo = new Map<string, { ids?: number[]; expands?: string[] }>();
  for (const [form, ids] of byForm) formInfo.set(form, { ids });
  for (const [form, expands] of expandingForms) formInfo.set(form, { ...formInfo.get(form), expands });
  const atomSeen = new Uint32Array(alwaysAtom.length);
  /** Per atom seen in the text read: the words it is read at, ascending (words with a letter or digit counted). */
  const atomAt: number[][] = alwaysAtom.map(() => []);
  /** Per atom: how many entries of atomAt[id] belong to the text read (the rest are stale; no array is cut per text). */
  const atomCount = new Uint32Array(alwaysAtom.length);
  let stamp = 0;
  let unchecked = false;
  /** The word being read. */
  let at = 0;
  const has = (a: number): boolean => alwaysAtom[a]! || atomSeen[a] === stamp;
  const seen = (id: number): void => {
    const list = atomAt[id]!;
    if (atomSeen[id] !== stamp) {
      atomSeen[id] = stamp;
      list[0] = at;
      atomCount[id] = 1;
    } else if (list[atomCount[id]! - 1] !== at) list[atomCount[id]!++] = at;
  };
  const mark = (form: string, expand = true): void => {
    // One look-up per form: the atoms it is, and what it expands to (an expansion is not expanded again: compromise
    // splits each term once).
    const known = formInfo.get(form);
    if (known) {
      if (expand && known.expands) for (const w of known.expands) mark(w, false);
      if (known.ids) for (const id of known.ids) seen(id);
    }
    if (PREFIX_FIRST.has(form.charCodeAt(0)) && LOOKUP_PREFIX.test(form)) {
      const stem = byForm.get(form.replace(LOOKUP_PREFIX, ''));
      if (stem) for (const id of stem) seen(id);
    }
  };
  /**
   * Whether each term of `order` can lie at a word no earlier than the previous term's (two terms of one word are in
   * order: "don't" is "do" then "not"), taking the earliest word each time.
   */
  const inOrder = (order: readonly number[][]): boolean => {
    let from = 0;
    for (const atoms of order) {
      let best = Infinity;
      for (const a of atoms) {
        if (atomSeen[a] !== stamp) continue;
        const reach = atomReach[a]!;
        const wordsAt = atomAt[a]!;
        for (let k = 0, n = atomCount[a]!; k < n; k++) {
          const w = wordsAt[k]!;
          if (w + reach >= from) {
            best = Math.min(best, Math.max(w, from));
            break;
          }
        }
      }
      if (best === Infinity) return false;
      from = best;
    }
    return true;
  };
  const maxReach = Math.max(0, ...atomReach);
  /** Per word: whether the term before can lie there, then (`within`) the count of such words before each word. */
  let can = new Uint8Array(0);
  let next = new Uint8Array(0);
  let within = new Uint32Array(0);
  /**
   * Whether the terms of `order` can lie at words each no earlier than the one before and no more words on than its
   * gap: the words each term can lie at, from those the term before can.
   */
  const inReach = (order: readonly number[][], gaps: readonly number[]): boolean => {
    const n = at + 1 + maxReach;
    if (can.length < n) {
      can = new Uint8Array(2 * n);
      next = new Uint8Array(2 * n);
      within = new Uint32Array(2 * n + 1);
    }
    for (let k = 0; k < order.length; k++) {
      next.fill(0, 0, n);
      if (k > 0) for (let w = 0; w < n; w++) within[w + 1] = within[w]! + can[w]!;
      const gap = k > 0 ? gaps[k - 1]! : 0;
      let any = false;
      for (const a of order[k]!) {
        if (atomSeen[a] !== stamp) continue;
        const reach = atomReach[a]!;
        const wordsAt = atomAt[a]!;
        for (let i = 0, count = atomCount[a]!; i < count; i++)
          for (let w = wordsAt[i]!, last = w + reach; w <= last; w++)
            if (k === 0 || within[w + 1]! > within[gap < w ? w - gap : 0]!) {
              next[w] = 1;
              any = true;
            }
      }
      if (!any) return false;
      [can, next] = [next, can];
    }
    return true;
  };
  /** Whether a pattern could match the text read: its needs, enough of its wants, its terms in order and in reach. */
  const fits = (p: Pattern): boolean => {
    if (!p.needs.every(has)) return false;
    let wanted = 0;
    for (const w of p.wants) if (has(w)) wanted++;
    return wanted >= p.minWant && inOrder(p.order) && (!p.bounded || inReach(p.order, p.gaps));
  };
  /** Marks every run of consecutive letter/digit pieces of one space-separated word; false to give up. */
  const readWord = (word: string): boolean => {
    const pieces: string[] = [];
    let piece = '';
    let kind = 0; // 1 letter, 2 digit
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const k = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : c >= 65 && c <= 90 ? 1 : 0;
      if (k === 0 && transliterated.has(c)) return false;
      // A letter run and a digit run are pieces apart: "4km" is read as "4" and "km" too.
      if (k !== kind && piece) {
        pieces.push(piece);
        piece = '';
      }
      if (k) piece += word[i]!.toLowerCase();
      kind = k;
    }
    if (piece) pieces.push(piece);
    if (pieces.length > MAX_RUNS) return false;
    for (let a = 0; a < pieces.length; a++) {
      let form = '';
      for (let b = a; b < pieces.length; b++) mark((form += pieces[b]!));
    }
    return true;
  };
  /**
   * The word with each transliterated character as the normal form spells it, once per way of reading its symbols
   * and marks (spelled, or cut as punctuation: which one compromise does depends on where its terms' edges fall); null
   * when a character is not known or the word holds more than MAX_CUT of them.
   */
  const normalForms = (word: string): string[] | null => {
    let i = 0;
    while (i < word.length && !transliterated.has(word.charCodeAt(i))) i++;
    if (i === word.length) return [word];
    let out = [word.slice(0, i)];
    for (; i < word.length; i++) {
      const ch = word[i]!;
      if (!transliterated.has(word.charCodeAt(i))) {
        out = out.map((w) => w + ch);
        continue;
      }
      const to = spelled.get(ch);
      if (to === undefined) return null;
      if (!cut.has(ch)) out = out.map((w) => w + to);
      else if (out.length >= 1 << MAX_CUT) return null;
      else out = out.flatMap((w) => [w + to, `${w} `]);
    }
    return out;
  };
  /** Reads one spelling of a word (`respelled`: not as the text has it); false to give up. */
  const readSpelled = (word: string, respelled: boolean): boolean => {
    if (respelled) expansionsOf(word, (w) => mark(w, false));
    if (!readWord(word)) return false;
    // "don't" is also read as "do" (and "not", above); "lookin'" as "looking".
    let apostrophe = false;
    for (const ch of word) if (apostrophes.has(ch)) apostrophe = true;
    if (!apostrophe) return true;
    const plain = [...word].map((ch) => (apostrophes.has(ch) ? "'" : ch)).join('');
    if (plain.includes("n't") && !readWord(plain.replace("n't", ''))) return false;
    return !/in'$/.test(plain) || readWord(`${plain.slice(0, -1)}g`);
  };

  /** Reads a word with punctuation, an apostrophe or a digit in it; false to give up. */
  const readOther = (text: string): boolean => {
    expansionsOf(text, (w) => mark(w, false));
    const forms = normalForms(text);
    if (forms === null) return false;
    for (const word of forms) if (!readSpelled(word, word !== text)) return false;
    return true;
  };
  return {
    read(lower: string): void {
      if (++stamp === 0xffffffff) {
        atomSeen.fill(0);
        stamp = 1;
      }
      unchecked = false;
      at = 0;
      // One pass over the text: a word of one run of letters or digits, between ASCII punctuation that makes nothing
      // expand ("data," "(policy)"), is marked as it is; any other word is read by readOther.
      let from = 0; // start of the current word
      let start = -1; // start of its run of letters or digits
      let end = -1;
      let runs = 0;
      let plain = true;
      let counted = false; // a word with a letter or digit has been read
      for (let i = 0; i <= lower.length; i++) {
        const c = i < lower.length ? lower.charCodeAt(i) : 32;
        if (c === 32 || c === 10 || c === 9 || c === 13) {
          if (i > from) {
            const word = plain && runs === 1 ? lower.slice(start, end) : lower.slice(from, i);
            if (runs > 0) {
              if (counted) at++;
              counted = true;
            }
            // A word of punctuation alone is no term, or one term ("&") read at the word before: its place is in order.
            if (plain && runs === 1) mark(word);
            else if ((!plain || runs > 1) && !readOther(word)) {
              unchecked = true;
              return;
            }
            // A dash at a word's end may start a number range with the next word ("2 - 4" is "2 to 4").
            const last = lower.charCodeAt(i - 1);
            if (last === 45 || last === 8211 || last === 8212) for (const w of RANGE_WORDS) mark(w, false);
          }
          from = i + 1;
          runs = 0;
          plain = true;
          continue;
        }
        const letter = c >= 97 && c <= 122;
        if (letter || (c >= 48 && c <= 57)) {
          if (end === i && letter === lower.charCodeAt(i - 1) >= 97) end = i + 1;
          else {
            runs++;
            start = i;
            end = i + 1;
          }
        } else if (plain && (c >= 128 || c === 39 || c === 38 || c === 64 || c === 37 || special.has(c))) plain = false;
      }
    },
    possible(net: number): boolean {
      const list = patterns[net];
      if (unchecked || !list) return true;
      for (const p of list) if (fits(p)) return true;
      return false;
    },
    patternPossible(match: object): boolean {
      const p = byMatch.get(match);
      return unchecked || !p || fits(p);
    },
  };
}

/**
 * The most terms one term of a pattern can cover: one, or its quantifier's most repeats of that (a choice of several
 * terms: its longest choice); Infinity when it can repeat without bound (`+`, `*`, a chunk, an and-choice, which is not
 * read). A repeated choice, and a repeated term inside a choice, repeat without bound whatever their `{min,max}`:
 * compromise's or-block keeps matching them (compromise/src/1-one/match/methods/match/steps/logic/and-or.js).
 */
function maxTerms(reg: Reg, inChoice = false): number {
  if (reg.chunk || (reg.choices && reg.operator !== 'or')) return Infinity;
  if (reg.greedy && (inChoice || reg.choices)) return Infinity;
  let one = 1;
  if (reg.choices) {
    one = 0;
    for (const block of reg.choices)
      one = Math.max(
        one,
        block.reduce((sum, r) => sum + maxTerms(r, true), 0),
      );
  }
  if (!reg.greedy) return one;
  return typeof reg.max === 'number' ? one * reg.max : Infinity;
}

/** The tags and all their ancestors in compromise's tag tree. */
function withParents(tags: readonly string[], tagSet: WorldShape['model']['one']['tagSet']): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const p of tagSet[t]?.parents ?? []) out.add(p);
  }
  return [...out];
}
