// A clause a new edition cut out of an old one, or cut into several, within the same passage: what it says about the
// user's rights is still said, by the clause it was cut from (a new clause) or by the clauses it was cut into (an old
// one). The test compares what the clauses say, not how much of their wording they share:
//
// - The neighbourhood of a clause is its block: the run of changed entries of the alignment (added, removed,
//   reworded, moved) between two clauses left as they were. A clause is only compared with the other version's
//   clauses of its own block, never with the whole document: a sentence said somewhere else in the old text is not
//   where this one came from, and a new notice may repeat an old sentence for other data. (Prose with no finding,
//   said again in the words of a clause the edition rewrote elsewhere, is judged apart: restated-elsewhere.ts.)
// - A new clause (added, or the new side of a reworded pair) gains nothing when its source, the old clause of its
//   block sharing most of its words, says all it says: every finding (category, stance, condition, who takes it, its
//   weight and role), every word, so every word that can bear a term (bearing.ts: data kinds, recipients, purposes,
//   modals, quantifiers, degree words), every name, every number, and as many negations. One new plain word is
//   already refused: "void, cancel or reverse" for "void or reverse" is a new power.
// - An old clause (removed, or the old side of a reworded pair) loses nothing when its pieces, the new clauses of its
//   block that say mostly its words, say all it said together, by the same tests.
// - Either way, the new clause (or each piece) is its source said again in at most two runs of its words, in order,
//   skipping nothing that bears on who, how surely or on what condition (saidAgain): words in another order, or a
//   modal, a subject or a number moved between two pieces, is a change.
// - A removed or added clause is restated when that holds; a reworded pair when both hold (one piece of a clause cut
//   apart was paired with it). A clause with no finding and no bearing word (prose) is judged the same way: a new
//   sentence of prose says new words and stays a change; a clause only moved is never reported (diff-versions.ts).
import { rightKeyOf } from '../score/rights';
import type { Clause, Finding } from '../types';
import type { Alignment } from './align';
import { wordingOf } from './wording';

/** A new clause is a piece of an old one when at least this share of its words are the old one's. */
const PIECE_SHARE = 0.5;

/** What a clause says, as the tests above compare it. */
interface Meaning {
  /** Its findings: category|stance|condition|actor|severity|role. */
  rights: Set<string>;
  numbers: Set<string>;
  negations: number;
  /** Every word that carries a term or not (function words left out), as stems: names and bearing words too. */
  words: Set<string>;
  /** Its words in order, lower-cased, function words, modals, pronouns and numbers kept. */
  tokens: string[];
}

export function tokensOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
}

/** Words a passage cannot drop at a seam without changing who does what, how surely, or on what condition. */
export const SEAM_BEARING =
  /^(?:may|might|will|would|shall|should|can|could|must|cannot|not|no|never|nor|only|except|unless|if|without|we|you|they|us|i)$|n['’]t$|\d/;

function startsOf(run: readonly string[], source: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + run.length <= source.length; i++) {
    let k = 0;
    while (k < run.length && source[i + k] === run[k]) k++;
    if (k === run.length) out.push(i);
  }
  return out;
}

/**
 * Whether `piece` is `source` said again in at most two runs of its words: the whole piece one run of the source; or
 * a run, then a run that follows the same word in the source (a list's lead-in repeated before each item); or a run,
 * then a later run, the source's words skipped between them bearing nothing (no modal, negation, condition word,
 * subject or number): "We collect your name | when you sign up" from "We collect your name, email address and
 * location when you sign up". "We will | share" from "we will tell you … and we may share" is neither, and each
 * number keeps the two words before it ("history for 2" is not "backups for 2").
 */
export function saidAgain(piece: readonly string[], source: readonly string[]): boolean {
  const s = ` ${source.join(' ')} `;
  const has = (ws: readonly string[]): boolean => s.includes(` ${ws.join(' ')} `);
  for (let i = 2; i < piece.length; i++) if (/\d/.test(piece[i]!) && !has(piece.slice(i - 2, i + 1))) return false;
  if (has(piece)) return true;
  for (let k = 1; k < piece.length; k++) {
    const head = piece.slice(0, k);
    const tail = piece.slice(k);
    if (!has(head) || !has(tail)) continue;
    // A list's lead-in said again before each item: the tail follows the word the head ends with ("about you to |
    // run our events" from "…, to run our events").
    if (has([piece[k - 1]!, ...tail])) return true;
    const tails = startsOf(tail, source);
    for (const a of startsOf(head, source)) {
      const b = a + k;
      if (tails.some((c) => c >= b && source.slice(b, c).every((w) => !SEAM_BEARING.test(w)))) return true;
    }
  }
  return false;
}

function meaningOf(clause: Clause, findings: readonly Finding[]): Meaning {
  const w = wordingOf(clause.text);
  return {
    rights: new Set(findings.map((f) => `${rightKeyOf(f)}|${f.actor}|${f.severity}|${f.role ?? ''}`)),
    numbers: new Set(w.numbers),
    negations: w.negations,
    words: new Set(w.content),
    tokens: tokensOf(clause.text),
  };
}

function union(ms: readonly Meaning[]): Meaning {
  const all = (pick: (m: Meaning) => Set<string>): Set<string> => new Set(ms.flatMap((m) => [...pick(m)]));
  return {
    rights: all((m) => m.rights),
    numbers: all((m) => m.numbers),
    negations: ms.reduce((n, m) => n + m.negations, 0),
    words: all((m) => m.words),
    tokens: ms.flatMap((m) => m.tokens),
  };
}

export const within = (inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean =>
  [...inner].every((x) => outer.has(x));

const shared = (a: Meaning, b: Meaning): number => [...a.words].filter((w) => b.words.has(w)).length;

/**
 * Whether `source` says all `m` says (see the head of this file). A piece cut out of its source (said again in its
 * words, saidAgain) may hold fewer of its negations: the others stay with the rest of the source.
 */
function saysAll(source: Meaning, m: Meaning, piece = false): boolean {
  return (
    m.words.size > 0 &&
    (piece ? m.negations <= source.negations : m.negations === source.negations) &&
    within(m.rights, source.rights) &&
    within(m.numbers, source.numbers) &&
    within(m.words, source.words)
  );
}

/** The blocks of an alignment: the runs of entries between two clauses left as they were. */
function blocksOf(alignment: readonly Alignment[]): Alignment[][] {
  const blocks: Alignment[][] = [];
  let block: Alignment[] | null = null;
  for (const e of alignment) {
    if (e.kind === 'same') block = null;
    else if (block) block.push(e);
    else blocks.push((block = [e]));
  }
  return blocks;
}

/** What restatedInBlock finds: clause indices, of the new version for `added` and `reworded`, of the old one else. */
export interface RestatedClauses {
  added: Set<number>;
  removed: Set<number>;
  /** Reworded clauses (paired in the alignment) whose words were cut apart and that gain and lose nothing. */
  reworded: Set<number>;
}

/**
 * The clauses with no aligned partner, and the reworded ones, that are only restated in their block (see the head of
 * this file).
 */
export function restatedInBlock(
  alignment: readonly Alignment[],
  before: readonly Clause[],
  after: readonly Clause[],
  findingsBefore: (id: string) => readonly Finding[],
  findingsAfter: (id: string) => readonly Finding[],
): RestatedClauses {
  const out: RestatedClauses = { added: new Set(), removed: new Set(), reworded: new Set() };
  for (const block of blocksOf(alignment)) {
    if (!block.some((e) => e.kind === 'added' || e.kind === 'removed')) continue;
    const olds = new Map<number, Meaning>();
    const news = new Map<number, Meaning>();
    for (const { before: i, after: j } of block) {
      if (i !== null) olds.set(i, meaningOf(before[i]!, findingsBefore(before[i]!.id)));
      if (j !== null) news.set(j, meaningOf(after[j]!, findingsAfter(after[j]!.id)));
    }
    // A new clause says nothing its source (the old clause of the block sharing most of its words) does not.
    const addsNothing = (j: number): boolean => {
      const m = news.get(j)!;
      let source: Meaning | null = null;
      let most = 0;
      for (const o of olds.values()) {
        const n = shared(m, o);
        if (n > most) [source, most] = [o, n];
      }
      return source !== null && saidAgain(m.tokens, source.tokens) && saysAll(source, m, true);
    };
    // An old clause says nothing its pieces (the new clauses of the block said mostly in its words, each of them in
    // its words again) do not. A neighbour that shares its words but says them otherwise is no piece: it is judged
    // on its own, and the old clause must then be said whole by the pieces left.
    const losesNothing = (i: number): boolean => {
      const m = olds.get(i)!;
      const pieces = [...news.values()].filter(
        (n) => n.words.size && shared(n, m) >= PIECE_SHARE * n.words.size && saidAgain(n.tokens, m.tokens),
      );
      return pieces.length > 0 && saysAll(union(pieces), m);
    };
    for (const e of block) {
      if (e.kind === 'added' && addsNothing(e.after!)) out.added.add(e.after!);
      else if (e.kind === 'removed' && losesNothing(e.before!)) out.removed.add(e.before!);
      // A clause cut apart, one piece paired with it: that piece gains nothing and the pieces lose nothing.
      else if (e.kind === 'modified' && addsNothing(e.after!) && losesNothing(e.before!)) out.reworded.add(e.after!);
    }
  }
  return out;
}
