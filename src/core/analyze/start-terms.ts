// A pattern run only from the terms its first token can match. compromise's match (runMatch, compromise 14.17
// src/1-one/match/methods/match/index.js) tries a pattern from every term of a sentence, and copies the rest of the
// sentence (terms.slice(i)) for each try: for a pattern whose first token is a plain word, tag or list, every try
// but those at a term that token matches fails on its first step, after that copy. Here those terms are found first
// (the same test as compromise's doesMatch, for these token shapes only), and the pattern is run from each of them
// alone, anchored there (`^` on its first token), which is the same try: every step reads a term's place only as
// its distance from the start or the end of the terms it was given, and the only place read from the start is `^`.
// The sweeper test (test/unit/analyze/sweeper.test.ts) holds the sweep to compromise's doc.sweep, and
// start-terms.test.ts holds this to compromise's match pattern by pattern.

/** A token of a parsed pattern, as far as this reads it (compromise's `regs`). */
export interface StartReg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  start?: boolean;
  end?: boolean;
  choices?: readonly (readonly StartReg[])[];
  operator?: string;
  word?: string;
  tag?: string;
  fastOr?: ReadonlySet<string>;
  pos?: string;
  [other: string]: unknown;
}

/** A term as compromise's doesMatch reads it for the token shapes below. */
export interface StartTerm {
  text?: string;
  normal?: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: readonly string[];
  tags: ReadonlySet<string>;
}

/** A pattern as compromise's match takes it (a net's match object). */
export interface StartPattern {
  regs: readonly StartReg[];
  group?: unknown;
  justOne?: unknown;
  notIf?: unknown;
  [other: string]: unknown;
}

type Match = (docs: unknown[], todo: StartPattern) => { ptrs: Array<[number, number, number]> };

/**
 * Fields of a token that doesMatch reads before (or instead of) a word, tag or list; a token with any of them is not
 * read here. `use` and `fuzzy` change how a word is compared.
 */
const OTHER_FIELDS = [
  'id',
  'use',
  'fuzzy',
  'method',
  'pre',
  'post',
  'regex',
  'chunk',
  'switch',
  'machine',
  'sense',
] as const;

/**
 * compromise's doesMatch(term, reg, …) === true for a first token that is a plain word, tag or fast list (not
 * optional, negative, anything, a choice, or anchored), as a function of the term; null for every other token.
 */
export function firstTokenTest(reg: StartReg): ((term: StartTerm) => boolean) | null {
  if (reg.optional === true || reg.negative === true || reg.anything === true || reg.choices !== undefined) return null;
  if (reg.start === true || reg.end === true) return null;
  if (OTHER_FIELDS.some((f) => reg[f] !== undefined)) return null;
  const { word, tag, fastOr, pos } = reg;
  if (word !== undefined) {
    return (t) =>
      (t.machine !== null && t.machine === word) ||
      (t.alias !== undefined && t.alias.some((s) => s === word)) ||
      word === t.text ||
      word === t.normal;
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (fastOr !== undefined) {
    return (t) => {
      if (pos && !t.tags.has(pos)) return false;
      const str = t.root || t.implicit || t.machine || t.normal;
      return fastOr.has(str as string) || fastOr.has(t.text as string);
    };
  }
  return null;
}

/** Whether a token, or any token of its choices, is anchored at the start (`^`). */
function anchored(reg: StartReg): boolean {
  return reg.start === true || (reg.choices ?? []).some((c) => c.some(anchored));
}

interface Plan {
  first: (term: StartTerm) => boolean;
  /** The pattern with its first token anchored (`^`): compromise then tries it at the first term given only. */
  atStart: StartPattern;
  /** Tokens that must each take a term (compromise's minLength). */
  minLength: number;
}

const plans = new WeakMap<StartPattern, Plan | null>();

/**
 * How to run `m` from its start terms; null when it is run as compromise runs it: a first token not read here, a
 * token anchored anywhere, a group, a `notIf`, one match only, or a last token anchored at the end (compromise
 * filters those matches after its walk, and a match filtered out still moved the walk on).
 */
function planOf(m: StartPattern): Plan | null {
  let plan = plans.get(m);
  if (plan !== undefined) return plan;
  plan = null;
  const regs = m.regs;
  const first = regs.length ? firstTokenTest(regs[0]!) : null;
  const plain =
    first !== null &&
    m.group === undefined &&
    m.notIf === undefined &&
    !m.justOne &&
    regs[regs.length - 1]!.end !== true &&
    !regs.some(anchored);
  if (plain)
    plan = {
      first,
      atStart: { ...m, regs: [{ ...regs[0]!, start: true }, ...regs.slice(1)] },
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    };
  plans.set(m, plan);
  return plan;
}

/**
 * The matches of pattern `m` in one sentence (`terms`), as `match([terms], m).ptrs` gives them: [0, start, end] in
 * the same order, from compromise's own match run at the terms the first token matches.
 */
export function matchFromStarts(
  match: Match,
  terms: readonly StartTerm[],
  m: StartPattern,
): Array<[number, number, number]> {
  const plan = planOf(m);
  if (!plan) return match([terms], m).ptrs;
  const out: Array<[number, number, number]> = [];
  const n = terms.length;
  for (let i = 0; i < n; i++) {
    if (n - i < plan.minLength) break;
    if (!plan.first(terms[i]!)) continue;
    const [ptr] = match([terms.slice(i)], plan.atStart).ptrs;
    if (!ptr) continue;
    const end = i + ptr[2];
    out.push([0, i, end]);
    // compromise goes on from the match's last term (the walk's next step is the term after it).
    if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
  }
  return out;
}
