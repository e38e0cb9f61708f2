// A clause restated in other words, as a new edition of a policy does: the words that changed, taken run by run, only
// name what the old words named ("our websites or mobile apps" → "the Services"), drop or add an example of plain words
// ("…, such as our yearly survey"), or swap a word or two that bear no term. Every run must be one of these: a run that
// adds or drops a word that can bear a term (bearing.ts), a name, a number, or plain words outside an example (a new
// purpose, a new item of a list) is a change. Whether the clause's findings stayed the same is for the caller
// (same-effect.ts) to check.
import { diffArrays } from 'diff';
import { EXAMPLE_OPENERS, LEXICON_LISTS, SAME_REFERENCE } from '../analyze/lexicon';
import { bearingStems, nameStems } from './bearing';
import { isFunctionWord, wordingOf, wordingStems, type Wording } from './wording';
import { isPlainSwapOf } from './word-swap';

/** An example added or dropped says at most this many words that carry a term. */
const MAX_EXAMPLE_WORDS = 6;
/** A run that only names the same thing says at most this many words that carry a term on either side. */
const MAX_REFERENCE_WORDS = 6;

// The conjunctions between the items of a list: "websites or apps" names what "the Services" names.
const CONJUNCTIONS = new Set(['and', 'or', 'et', 'ou']);

interface Token {
  stem: string;
  /** A function word (FUNCTION_WORDS): it carries no term of its own. */
  slight: boolean;
}

/** A run of changed words: the words removed from the old text there, and those added in the new one. */
interface Run {
  removed: Token[];
  added: Token[];
}

interface Tables {
  /** Stem → its SAME_REFERENCE class. */
  reference: ReadonlyMap<string, string>;
  /** The lexicon's entries of two words or more, as stems: phrases that bear a term as a whole. */
  phrases: ReadonlyMap<string, string[][]>;
  openers: string[][];
}

let tables: Tables | null = null;

function tablesOf(): Tables {
  if (tables) return tables;
  const reference = new Map<string, string>();
  for (const [cls, words] of Object.entries(SAME_REFERENCE))
    for (const w of words.flatMap(wordingStems)) reference.set(w, cls);
  const phrases = new Map<string, string[][]>();
  for (const entry of Object.values(LEXICON_LISTS).flat()) {
    const stems = wordingStems(entry);
    if (stems.length < 2) continue;
    phrases.set(stems[0]!, [...(phrases.get(stems[0]!) ?? []), stems]);
  }
  tables = { reference, phrases, openers: EXAMPLE_OPENERS.map(wordingStems) };
  return tables;
}

/**
 * The lexicon's phrases a text says ("service providers", "personal information"), each with its words of one
 * SAME_REFERENCE class said as the class: "privacy policy" and "privacy notice" are one phrase, "service providers" and
 * "site providers" are not (the second is no phrase).
 */
function phrasesSaid(stems: readonly string[]): string[] {
  const { reference, phrases } = tablesOf();
  const out: string[] = [];
  stems.forEach((s, i) => {
    for (const p of phrases.get(s) ?? [])
      if (p.every((w, k) => stems[i + k] === w)) out.push(p.map((w) => reference.get(w) ?? w).join(' '));
  });
  return out.sort();
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The runs of words removed and added between two texts, in order (a run of function words only included). */
function runsOf(b: Wording, a: Wording): Run[] {
  const tokens = (w: Wording): Token[] => w.stems.map((stem, i) => ({ stem, slight: isFunctionWord(w.words[i]!) }));
  const tb = tokens(b);
  const ta = tokens(a);
  const runs: Run[] = [];
  let run: Run | null = null;
  let bi = 0;
  let ai = 0;
  for (const part of diffArrays(b.stems, a.stems)) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      if (run) runs.push(run);
      run = null;
      bi += n;
      ai += n;
      continue;
    }
    run ??= { removed: [], added: [] };
    if (part.removed) run.removed.push(...tb.slice(bi, (bi += n)));
    else run.added.push(...ta.slice(ai, (ai += n)));
  }
  if (run) runs.push(run);
  return runs;
}

const content = (tokens: readonly Token[]): string[] => tokens.filter((t) => !t.slight).map((t) => t.stem);

/** No digit, no word that can bear a term, no name. */
function allPlain(stems: readonly string[], names: ReadonlySet<string>): boolean {
  const bearing = bearingStems();
  return stems.every((s) => !/\d/.test(s) && !bearing.has(s) && !names.has(s));
}

/**
 * The run only names, in other words of one SAME_REFERENCE class, what the other text names: both sides say nothing
 * but words of that class and the conjunctions between them, and both texts name something of the class, so that a
 * run that only drops or adds such words ("websites or apps of the Third-Party Services" → "the Third-Party Services")
 * leaves a text that still names it. A product word dropped from a clause that names no other ("on our website" → "")
 * is a change.
 */
function namesTheSame(run: Run, classesSaid: { before: ReadonlySet<string>; after: ReadonlySet<string> }): boolean {
  const { reference } = tablesOf();
  const removed = content(run.removed);
  const added = content(run.added);
  if (removed.length > MAX_REFERENCE_WORDS || added.length > MAX_REFERENCE_WORDS) return false;
  const classes = new Set([...removed, ...added].flatMap((s) => (reference.has(s) ? [reference.get(s)!] : [])));
  if (classes.size !== 1) return false;
  const [cls] = classes;
  const ofClass = (s: string): boolean => reference.get(s) === cls || CONJUNCTIONS.has(s);
  // Where a clause applies ("on our website" → "on our services", "website and apps") can widen what it covers: the
  // surface class may only say it in fewer words, never in as many others or more; a notice naming itself cannot.
  const named = (stems: readonly string[]): number => stems.filter((s) => reference.get(s) === cls).length;
  if (cls !== 'notice' && named(added) >= named(removed)) return false;
  return [...removed, ...added].every(ofClass) && classesSaid.before.has(cls!) && classesSaid.after.has(cls!);
}

/** The run only adds or only drops an example of plain words ("…, such as our yearly survey"). */
function isExample(run: Run, names: ReadonlySet<string>): boolean {
  if (run.removed.length && run.added.length) return false;
  const tokens = run.removed.length ? run.removed : run.added;
  const stems = tokens.map((t) => t.stem);
  const opener = tablesOf().openers.find((o) => sameList(stems.slice(0, o.length), o));
  if (!opener) return false;
  const words = content(tokens.slice(opener.length));
  return words.length > 0 && words.length <= MAX_EXAMPLE_WORDS && allPlain(words, names);
}

/** The run replaces a word or two by a word or two, none of them a word that can bear a term, a number or a name. */
function isPlainSwap(run: Run, names: ReadonlySet<string>): boolean {
  const removed = content(run.removed);
  const added = content(run.added);
  // A product word swapped goes through namesTheSame, which refuses a wider one.
  const { reference } = tablesOf();
  const swapped = [...removed, ...added];
  return !swapped.some((s) => reference.has(s) || /\d/.test(s)) && isPlainSwapOf(removed, added, names);
}

/**
 * Whether a new text of a clause restates the old one: the same numbers, negations and lexicon phrases, and every run
 * of changed words only changes function words, names what the old words named (SAME_REFERENCE), adds or drops an
 * example of plain words, or (when `swaps`) swaps a word or two that bear no term.
 */
export function isRestatement(before: string, after: string, swaps = true): boolean {
  const b = wordingOf(before);
  const a = wordingOf(after);
  if (b.negations !== a.negations || !sameList([...b.numbers].sort(), [...a.numbers].sort())) return false;
  if (!sameList(phrasesSaid(b.stems), phrasesSaid(a.stems))) return false;
  const { reference } = tablesOf();
  const classesOf = (w: Wording): Set<string> =>
    new Set(w.stems.flatMap((s) => (reference.has(s) ? [reference.get(s)!] : [])));
  const classesSaid = { before: classesOf(b), after: classesOf(a) };
  const names = new Set([...nameStems(before), ...nameStems(after)]);
  return runsOf(b, a).every(
    (run) =>
      (!content(run.removed).length && !content(run.added).length) ||
      namesTheSame(run, classesSaid) ||
      isExample(run, names) ||
      (swaps && isPlainSwap(run, names)),
  );
}
