// A page served in British English on one visit and in American English on the next (the same policy for two
// locales: "personalisation" and "personalization", "programme" and "program") is a variant of one document, not a
// revision: the locale's text also words some passages its own way, and those wordings are the variant's. A revision
// keeps the spelling its authors use; a switch of many words at once, all one way, is the other locale's page.
import type { Clause } from '../types';
import { tokens } from './similarity';
import { oneSpelling } from './wording';

/** A locale switch changes at least this many distinct words to the other spelling (a revision fixes one or two). */
const MIN_SWITCHED_WORDS = 3;

function wordSet(clauses: readonly Pick<Clause, 'text'>[]): Set<string> {
  return new Set(clauses.flatMap((c) => tokens(c.text)));
}

/**
 * The distinct British spellings of `from` that `to` writes only the American way ("recognise" → "recognize").
 * oneSpelling's ll → l ("cancelled") is left out: it also maps every "all" and "will".
 */
function switchedToAmerican(from: ReadonlySet<string>, to: ReadonlySet<string>): number {
  let n = 0;
  for (const w of from) {
    const american = oneSpelling(w);
    if (american === w || american === w.replace(/ll/g, 'l')) continue;
    if (!to.has(w) && to.has(american)) n++;
  }
  return n;
}

/**
 * Whether `b` is `a` in the other English spelling: at least three distinct words switched from one spelling to the
 * other, and none the other way.
 */
export function isSpellingVariant(a: readonly Pick<Clause, 'text'>[], b: readonly Pick<Clause, 'text'>[]): boolean {
  const wa = wordSet(a);
  const wb = wordSet(b);
  const toAmerican = switchedToAmerican(wa, wb);
  const toBritish = switchedToAmerican(wb, wa);
  return Math.min(toAmerican, toBritish) === 0 && Math.max(toAmerican, toBritish) >= MIN_SWITCHED_WORDS;
}
