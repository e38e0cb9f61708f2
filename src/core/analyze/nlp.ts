// compromise setup: the smallest tier (compromise/one: tokeniser + lexicon + matcher, no POS tagger) plus our
// legal lexicon. The POS tagger of /two and /three costs ~7× more per word (see RECIPES.md) and the rules only
// need tokens, our own tags and compromise's contraction expansion ("don't" → do + not).
import nlp from 'compromise/one';
import { buildLexicon, TAG_PARENTS } from './lexicon';

let ready = false;

/** Registers the lexicon once per JS context (content script, worker, CLI, test file). */
export function getNlp(): typeof nlp {
  if (!ready) {
    nlp.addTags(TAG_PARENTS);
    nlp.addWords(buildLexicon());
    ready = true;
  }
  return nlp;
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

interface JsonTerm {
  text: string;
  normal?: string;
  implicit?: string;
  tags?: string[];
  post?: string;
  offset?: { start: number; length: number };
}

/** Flattens a compromise document into tokens with offsets (json({offset}) is the stable public way to get them). */
export function tokensOf(doc: ReturnType<typeof nlp>): Token[] {
  const out: Token[] = [];
  const sentences = (doc.json as (o: object) => unknown)({
    offset: true,
    text: true,
    normal: true,
    tags: true,
  }) as Array<{ terms: JsonTerm[] }>;
  for (const s of sentences) {
    for (const t of s.terms) {
      const start = t.offset?.start ?? 0;
      out.push({
        normal: (t.implicit ?? t.normal ?? t.text).toLowerCase(),
        text: t.text,
        tags: t.tags ?? [],
        start,
        end: start + (t.offset?.length ?? t.text.length),
        post: t.post ?? '',
      });
    }
  }
  return out;
}
