// A page that alternates between variants (A→B→A: two page templates, an English and a Spanish text served on
// different days) is one document with variants, not a change each time: a new version is compared with the kept
// version it is nearest to.
import { MIN_GRADED_WORDS as MIN_WORDS } from '../score';
import type { Clause, Finding } from '../types';
import { isFragment, wordCount } from '../normalize/comparable';
import { clauseKey } from './align';
import { findRun, type RunCost } from './find-run';
import { bagOf, dice, tokens, type Bag } from './similarity';
import { newestStamp } from './stamp-date';
import type { VersionSnapshot } from './types';

/** How close an older version must be to count as the variant the page returned to. */
const VARIANT_MIN_SIMILARITY = 0.9;

function keySet(v: Pick<VersionSnapshot, 'clauses'>): Set<string> {
  return new Set(v.clauses.map((c) => clauseKey(c.text)).filter(Boolean));
}

/** |A∩B| / |A∪B| over the versions' distinct clause keys; 1 for two empty versions. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}

interface Words {
  bag: Bag;
  size: number;
}

function wordsOf(v: Pick<VersionSnapshot, 'clauses'>): Words {
  const words = v.clauses.flatMap((c) => tokens(c.text));
  return { bag: bagOf(words), size: words.length };
}

/** Index of the most similar candidate; an older one (index > 0) only when it scores at least 0.9. */
function mostSimilar(scores: readonly number[]): number {
  let best = 0;
  scores.forEach((score, i) => {
    // An older version wins only when the page has nearly returned to it: a revision that undoes part of the last
    // one is still compared with the last one.
    if (i > 0 && score >= VARIANT_MIN_SIMILARITY && score > scores[best]!) best = i;
  });
  return best;
}

/**
 * Index (into `candidates`, the previous version first, then older kept versions, newest first) of the version to
 * compare `version` with. A return to a known variant: an older version sharing at least 90% of its clauses (Jaccard
 * over clause keys) and more than the previous one does. Else, when the previous version is a stub or an error page,
 * the last full version (a revision that follows a stub is still a revision). Else, unless the version is another
 * page than the previous one (then nothing is compared), an older version sharing at least 90% of its words (Dice)
 * and more than the previous one does: the same variant with a notice added or a passage edited. Else the previous
 * version.
 */
export function nearestVariant(
  version: Pick<VersionSnapshot, 'clauses'>,
  candidates: ReadonlyArray<Pick<VersionSnapshot, 'clauses'>>,
): number {
  if (candidates.length <= 1) return 0;
  const keys = keySet(version);
  const byClauses = mostSimilar(candidates.map((c) => jaccard(keys, keySet(c))));
  if (byClauses > 0) return byClauses;
  if (isOtherPage(candidates[0]!, version)) return isStub(candidates[0]!, version) ? lastFull(version, candidates) : 0;
  const mine = wordsOf(version);
  return mostSimilar(
    candidates.map((c) => {
      const theirs = wordsOf(c);
      return dice(mine.bag, mine.size, theirs.bag, theirs.size);
    }),
  );
}

/** How many words a version says. */
const wordCountOf = (v: Pick<VersionSnapshot, 'clauses'>): number =>
  v.clauses.reduce((n, c) => n + tokens(c.text).length, 0);

/**
 * Whether `v` is a stub or an error page next to `than`: under 150 words (the shortest the grade reads as a
 * document), or two and a half times shorter.
 */
function isStub(v: Pick<VersionSnapshot, 'clauses'>, than: Pick<VersionSnapshot, 'clauses'>): boolean {
  const words = wordCountOf(v);
  return words < MIN_WORDS || words * STUB_RATIO <= wordCountOf(than);
}

/**
 * After a stub or an error page, the version to compare with is the last full one: the newest kept version that is
 * not another page than `version` (0, the stub itself, when there is none: then nothing is compared).
 */
function lastFull(
  version: Pick<VersionSnapshot, 'clauses'>,
  candidates: ReadonlyArray<Pick<VersionSnapshot, 'clauses'>>,
): number {
  const i = candidates.findIndex((c, n) => n > 0 && !isOtherPage(c, version));
  return i > 0 ? i : 0;
}

/** The distinct words of five letters or more: what a text is about, without its grammar. */
function vocabulary(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= 5));
}

/** 2·|A∩B| / (|A|+|B|) over two sets; 1 for two empty sets. */
function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/**
 * Whether `b` is another page served at the same address (a stub, a translation, a regional page, another of the
 * service's documents) rather than a revision of `a`: they share under 30% of their words (Dice over the word
 * multisets), or under 40% of their vocabulary (the distinct words of five letters or more: a rewrite of a policy says
 * it in other sentences but about the same things), or one is two and a half times the other's length and they share
 * under 60%. Only for texts of 150 words or more (the shortest the grade reads as a document).
 */
export function isOtherPage(a: Pick<VersionSnapshot, 'clauses'>, b: Pick<VersionSnapshot, 'clauses'>): boolean {
  const wa = a.clauses.flatMap((c) => tokens(c.text));
  const wb = b.clauses.flatMap((c) => tokens(c.text));
  // Too short to tell a page from another: compared clause by clause as usual.
  if (Math.max(wa.length, wb.length) < MIN_WORDS) return false;
  if (!wa.length || !wb.length) return true;
  const similarity = dice(bagOf(wa), wa.length, bagOf(wb), wb.length);
  const ratio = Math.max(wa.length, wb.length) / Math.min(wa.length, wb.length);
  return (
    similarity < OTHER_PAGE_MAX_SIMILARITY ||
    setDice(vocabulary(wa), vocabulary(wb)) < OTHER_PAGE_MAX_VOCABULARY ||
    (ratio >= STUB_RATIO && similarity < STUB_MAX_SIMILARITY)
  );
}

/**
 * Whether `b` is an older text served again rather than a revision of `a`: the newest date `b` is stamped with
 * ("Last updated", "Effective date") is a month or more before the newest `a` is stamped with. Revisions move the
 * stamp forward; a cached, regional or legacy copy brings its old one back.
 */
export function isOlderText(a: readonly Pick<Clause, 'text'>[], b: readonly Pick<Clause, 'text'>[]): boolean {
  const before = newestStamp(a);
  const after = newestStamp(b);
  return before !== null && after !== null && after < before;
}

/**
 * Whether `b` is `a` cut off partway (a capture or an extraction that stopped before the end of the page): `b` holds
 * `a`'s first clauses, in order and unchanged but for the last, which may be cut short, and nothing else, and at most
 * 85% of them. A revision that removes a passage keeps the text after it; a cut-off copy loses everything after the
 * cut.
 */
export function isCutOff(a: readonly Pick<Clause, 'text'>[], b: readonly Pick<Clause, 'text'>[]): boolean {
  const ka = a.map((c) => clauseKey(c.text)).filter(Boolean);
  const kb = b.map((c) => clauseKey(c.text)).filter(Boolean);
  if (!kb.length || kb.length > ka.length * CUT_OFF_MAX_SHARE) return false;
  if (ka.reduce((n, k) => n + k.split(' ').length, 0) < MIN_WORDS) return false;
  const last = kb.length - 1;
  for (let i = 0; i < last; i++) if (kb[i] !== ka[i]) return false;
  return ka[last]!.startsWith(kb[last]!);
}

/**
 * Whether one of `a` and `b` is the other served inside the site's page frame (a header above it and a footer below,
 * as a capture with the site's menus has them): the shorter one's clauses are all said by the longer one, in order and
 * unchanged, as one run, and the longer one says more both before and after that run, each side mostly page furniture
 * on its own (isFragment: menu entries, ticker prices, link lists; lines that end no sentence, rows of links). The terms between are word for word the same. A
 * revision that drops a section keeps the text on one side of it; a frame surrounds the document. A frame says no
 * terms: no clause of it holds a finding, and none is a full sentence that speaks to the reader or for the service (a
 * new section under a new date line is a revision; a site's blurb about itself, in the third person, is furniture).
 */
export function isFramed(a: Framed, b: Framed, cost?: FrameCost): boolean {
  const [inner, outer] = a.clauses.length <= b.clauses.length ? [a, b] : [b, a];
  const n = inner.clauses.length;
  // Checked before any key is computed: most pairs of versions differ in length, few by a frame.
  if (!n || n === outer.clauses.length) return false;
  // Repetitive pages (cookie tables) repeat their clauses: each distinct text is keyed once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let k = keys.get(text);
    if (k === undefined) {
      keys.set(text, (k = clauseKey(text)));
      if (cost) cost.keyed++;
    }
    return k;
  };
  const ki = inner.clauses.map((c) => keyOf(c.text));
  if (ki.reduce((w, k) => w + k.split(' ').length, 0) < MIN_WORDS) return false;
  const ko = outer.clauses.map((c) => keyOf(c.text));
  // The first place the run stands with a clause of the outer version on either side (its first clause may also stand
  // in the header: a title that is a menu entry too).
  const first = findRun(ko, ki, 1, ko.length - 1, cost);
  if (first < 0) return false;
  const flagged = new Set(outer.findings.map((f) => f.clauseId));
  const furniture = (side: readonly Pick<Clause, 'id' | 'text'>[]): boolean => {
    let blurbs = 0;
    for (const c of side) {
      if (flagged.has(c.id) || isTerms(c.text)) return false;
      if (!isFragment(c.text) && ENDS_SENTENCE.test(c.text.trim()) && !LINK_ROW.test(c.text)) blurbs++;
    }
    return blurbs <= side.length * FRAME_MAX_BLURB;
  };
  return furniture(outer.clauses.slice(0, first)) && furniture(outer.clauses.slice(first + n));
}

/**
 * The work isFramed did, counted when the caller passes one (the test that keeps a cookie table's thousands of
 * identical rows from costing a diff more than its length): texts keyed, and clause keys compared (findRun).
 */
export interface FrameCost extends RunCost {
  keyed: number;
}

/** A version as isFramed reads it: its clauses, and which of them hold a finding. */
export interface Framed {
  clauses: readonly Pick<Clause, 'id' | 'text'>[];
  findings: readonly Pick<Finding, 'clauseId'>[];
}

/** A full sentence (nine words or more) said to the reader or for the service ("we", "you"; not "the US"): terms. */
function isTerms(text: string): boolean {
  return wordCount(text) >= 9 && ENDS_SENTENCE.test(text.trim()) && SPEAKS_TO_READER.test(text);
}

const ENDS_SENTENCE = /[.!?;]["')\]]?$/;
/** A row of links set apart by bars or dots ("Site Map | Help | Contact Us © Acme. All rights reserved."). */
const LINK_ROW = /(?:\s[|·•]\s[^|·•]*){3}/;

const SPEAKS_TO_READER = /\b(?:[Ww]e|us|[Oo]urs?|[Yy]ou|[Yy]ours?)\b/;
const OTHER_PAGE_MAX_SIMILARITY = 0.3;
const OTHER_PAGE_MAX_VOCABULARY = 0.4;
const STUB_RATIO = 2.5;
const STUB_MAX_SIMILARITY = 0.6;
const CUT_OFF_MAX_SHARE = 0.85;
/**
 * The share of each side of a page frame that may be sentences (a blurb about the site, in the third person); the rest
 * is page furniture: fragments, lines that end no sentence (a menu strip) and rows of links.
 */
const FRAME_MAX_BLURB = 1 / 3;
