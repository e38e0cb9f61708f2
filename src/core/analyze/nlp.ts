// compromise setup: the smallest tier (compromise/one: tokeniser + lexicon + matcher, no POS tagger) plus our
// legal lexicon. The POS tagger of /two and /three costs ~7× more per word (see RECIPES.md) and the rules only
// need tokens, our own tags and compromise's contraction expansion ("don't" → do + not).
import nlp from 'compromise/one';
import { buildLexicon, TAG_PARENTS } from './lexicon';
import { installFastTokenizer, type TokenizeWorld } from './fast-tokenize';
import { matchFromStarts, type StartPattern, type StartTerm } from './start-terms';

let ready = false;

/** Registers the lexicon once per JS context (content script, worker, CLI, test file). */
export function getNlp(): typeof nlp {
  if (!ready) {
    nlp.addTags(TAG_PARENTS);
    nlp.addWords(buildLexicon());
    installFastTokenizer(nlp.world() as unknown as TokenizeWorld);
    const world = nlp.world() as unknown as PluralWorld;
    world.compute.optionalPlural = readOptionalPlurals;
    // First, before anything reads the normal form (aliases, the lexicon's tags).
    world.hooks.unshift('optionalPlural');
    ready = true;
  }
  return nlp;
}

interface PluralWorld {
  hooks: string[];
  compute: Record<string, (view: { docs: Array<Array<{ normal?: string }>> }) => void>;
}

/**
 * A noun with its plural left open ("Service(s)", "address(es)", "part(ies)", "party(ies)") is read as the plural,
 * which the word lists hold: compromise's term is "Service(s" (the ")" goes to the whitespace) and its normal form,
 * "service(s", is in no list, so "terminate the Service(s)" named no service.
 */
function readOptionalPlurals(view: { docs: Array<Array<{ normal?: string }>> }): void {
  for (const terms of view.docs)
    for (const term of terms) {
      const normal = term.normal;
      if (!normal || normal.indexOf('(') < 1) continue;
      const m = OPTIONAL_PLURAL.exec(normal);
      if (m) term.normal = m[3] === 'ies' ? `${m[1]!}ies` : m[1]! + m[2]! + m[3]!;
    }
}
const OPTIONAL_PLURAL = /^(\p{L}+?)(y?)\((ies|e?s)$/u;

/** compromise's world, as far as `parse` reads it. */
interface World {
  hooks: string[];
  model: { one: { frozenLex: Record<string, unknown> } };
}

/**
 * A clause parsed for matching: `getNlp()(text)` without the steps that cannot change what the analyser reads.
 * `freeze` looks each word that starts a multi-word lexicon entry (ours has many: "third party", "personal data")
 * up in the frozen lexicon, joining the words anew each time; nothing freezes a word here, so with that lexicon
 * empty the step tags nothing. `id` gives terms ids that repair a view's pointers after the document is changed;
 * the analyser never changes a document. Together about a sixth of the parse on the Zoom terms.
 */
export function parse(text: string): ReturnType<typeof nlp> {
  const world = getNlp().world() as unknown as World;
  const hooks = world.hooks;
  const frozen = Object.keys(world.model.one.frozenLex).length > 0;
  world.hooks = hooks.filter((h) => h !== 'id' && (frozen || h !== 'freeze'));
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** One token of a clause with character offsets into the clause text. */
export interface Token {
  /** Normalised form ("don't" → "do" + "not"); implicit tokens have empty `text`. */
  normal: string;
  text: string;
  tags: string[];
  start: number;
  end: number;
  /** Punctuation/space after the token ("; ", ", "). */
  post: string;
}

/** A term of a compromise document, as far as `tokensOf` reads it (the fields json() copies into its terms). */
interface DocTerm {
  text: string;
  normal?: string;
  implicit?: string;
  tags?: Set<string>;
  post?: string;
  offset?: { start: number; length: number };
}

/**
 * Flattens a compromise document into tokens with offsets: what `doc.json({ offset: true })` gives of each term, read
 * from the terms after the same `compute('offset')`, without the copy of every term and the sentence texts json()
 * builds besides (sweeper.test.ts holds it to the json of a full parse).
 */
export function tokensOf(doc: ReturnType<typeof nlp>): Token[] {
  const out: Token[] = [];
  const view = doc as unknown as { compute(step: string): unknown; docs: DocTerm[][] };
  view.compute('offset');
  for (const terms of view.docs) {
    for (const t of terms) {
      const start = t.offset?.start ?? 0;
      out.push({
        normal: (t.implicit ?? t.normal ?? t.text).toLowerCase(),
        text: t.text,
        tags: t.tags ? Array.from(t.tags) : [],
        start,
        end: start + (t.offset?.length ?? t.text.length),
        post: t.post ?? '',
      });
    }
  }
  return out;
}

/** What compromise keeps of a compiled pattern (compromise/src/1-one/sweep/methods/buildNet/01-parse.js). */
interface NetMatch extends StartPattern {
  match: string;
  needs: readonly string[];
  wants: readonly string[];
  minWant: number;
  minWords: number;
  ifNo?: readonly string[];
}
/** A net as nlp.buildNet returns it, as far as the sweep reads it. */
interface SweepNet {
  hooks: Record<string, readonly NetMatch[]>;
  always: readonly NetMatch[];
}
type Doc = ReturnType<typeof nlp>;
/** A term as the sweep and `offsetsOf` read it. */
interface SweepTerm extends StartTerm {
  index?: [number, number];
  pre?: string;
  text?: string;
  normal?: string;
  post?: string;
  offset?: { start: number };
}
/** The internals of a document the sweep steps read (compromise's typings do not describe them). */
interface DocParts {
  docs: SweepTerm[][];
  /** The whole document, which a pointer indexes (for a document fresh from `parse`, `docs` itself). */
  document: SweepTerm[][];
  methods: {
    one: {
      cacheDoc(document: unknown): Array<Set<string>>;
      match(docs: unknown[], m: StartPattern): { ptrs: Array<[number, number, number]> };
    };
  };
  compute(step: string): unknown;
  update(pointer: Array<[number, number, number]>): Doc;
}

/** Per net: its hook words in the order compromise visits them (Object.keys), and each word's place in that order. */
const hookOrder = new WeakMap<object, { keys: string[]; at: Map<string, number> }>();

/** A match of a sweep: the sentence and the terms [start, end) in it. */
type SweepPointer = [number, number, number];

/**
 * Adds `tag` to the terms `pick` chooses in each sentence: a tag no lexicon can give, read from the document (the
 * first party's name). Before any sweep, whose cache of words and tags is built once.
 */
export function tagTerms(
  doc: Doc,
  tag: string,
  pick: (terms: readonly { normal: string }[]) => readonly number[],
): void {
  for (const terms of (doc as unknown as DocParts).docs) {
    const picked = pick(terms.map((t) => ({ normal: t.normal ?? '' })));
    for (const i of picked) (terms[i]!.tags as Set<string>).add(tag);
  }
}

/**
 * `doc.sweep(net).found` as views, for one net after another over the same document: compromise's own sweep steps
 * (compromise/src/1-one/sweep: hooks, needs/wants, size, match, pointers) in the same order, but the document's cache
 * of words and tags is built once for every net instead of once per sweep, and a net's hooks are looked up from the
 * sentence's words when those are fewer. Only for nets that set no tag, so that no match changes the document.
 * Written against compromise 14.17; test/unit/analyze/sweeper.test.ts holds it to doc.sweep, so an upgrade that
 * changes those steps fails there.
 */
export function sweeper(doc: Doc): (net: ReturnType<typeof nlp.buildNet>) => Doc[] {
  const parts = doc as unknown as DocParts;
  const sweep = pointerSweeper(parts);
  return (built) => sweep(built).map((pointer) => parts.update([pointer]));
}

/**
 * What `view.json({ offset: true, terms: false })` gives as `offset` of each view `sweeper(doc)(net)` finds, in the
 * same order, without building the views and their JSON: compromise's json recomputes the offsets of the whole
 * document and the view's text twice per view (compromise/src/1-one/output/api/json.js). `start` is the first term's
 * start, `length` that of the view's text with punctuation (its terms' pre, text and post, trimmed), as json reads it.
 */
export function offsetSweeper(
  doc: Doc,
  mayMatch?: (match: object) => boolean,
): (net: ReturnType<typeof nlp.buildNet>) => Array<{ start: number; length: number }> {
  const parts = doc as unknown as DocParts;
  const sweep = pointerSweeper(parts, mayMatch);
  let computed = false;
  return (built) => {
    const pointers = sweep(built);
    if (!pointers.length) return [];
    if (!computed) {
      parts.compute('offset');
      computed = true;
    }
    const out: Array<{ start: number; length: number }> = [];
    for (const [n, from, to] of pointers) {
      const terms = parts.document[n]!;
      let text = '';
      for (let i = from; i < to; i++) {
        const t = terms[i]!;
        text += (t.pre || '') + (t.text || t.normal || '') + (t.post || '');
      }
      out.push({ start: terms[from]!.offset!.start, length: text.trim().length });
    }
    return out;
  };
}

/**
 * The sweep's matches as pointers into the document (see sweeper). `mayMatch`: false for a pattern that is known not
 * to match this document (net-gate.ts reads that from the text), which is then not run.
 */
function pointerSweeper(
  parts: DocParts,
  mayMatch?: (match: object) => boolean,
): (net: ReturnType<typeof nlp.buildNet>) => SweepPointer[] {
  const { docs } = parts;
  const { cacheDoc, match } = parts.methods.one;
  const cache = cacheDoc(docs);
  return (built) => {
    const net = built as unknown as SweepNet;
    let order = hookOrder.get(net);
    if (!order) {
      const keys = Object.keys(net.hooks);
      hookOrder.set(net, (order = { keys, at: new Map(keys.map((k, i) => [k, i])) }));
    }
    const found: SweepPointer[] = [];
    for (let n = 0; n < docs.length; n++) {
      const have = cache[n]!;
      const terms = docs[n]!;
      for (const m of candidates(net, order, have)) {
        if (terms.length < m.minWords || (mayMatch && !mayMatch(m))) continue;
        for (const ptr of matchFromStarts(match, terms, m)) {
          ptr[0] = n;
          const term = terms[ptr[1]]!;
          found.push(term.index ? [term.index[0], term.index[1], ptr[2]] : ptr);
        }
      }
    }
    return found;
  };
}

/**
 * The patterns of `net` to run on a sentence whose words and tags are `have`, in compromise's order: those hooked by
 * a word present (first hook first, each pattern once), whose needs are all present, none of whose `ifNo` is, with
 * enough of their wants; then the net's `always` patterns.
 */
function candidates(net: SweepNet, order: { keys: string[]; at: Map<string, number> }, have: Set<string>): NetMatch[] {
  let present: string[];
  if (have.size < order.keys.length) {
    const at: number[] = [];
    for (const k of have) {
      const i = order.at.get(k);
      if (i !== undefined) at.push(i);
    }
    present = at.sort((a, b) => a - b).map((i) => order.keys[i]!);
  } else present = order.keys.filter((k) => have.has(k));
  const out: NetMatch[] = [];
  const seen = new Set<string>();
  for (const k of present) {
    for (const m of net.hooks[k]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (!m.needs.every((need) => have.has(need))) continue;
      if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) continue;
      if (m.wants.length > 0 && m.wants.filter((w) => have.has(w)).length < m.minWant) continue;
      out.push(m);
    }
  }
  out.push(...net.always);
  return out;
}
