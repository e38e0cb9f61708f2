// The analyser's tokeniser shortcut (fast-tokenize.ts) must build the very documents compromise's own steps build:
// the same terms (text, pre, post, normal) from the same sentences, and the same tokens and tags after the whole parse.
// compromise's steps are put back in the world for the reference run, so both runs share one lexicon.
import { describe, expect, it } from 'vitest';
import { getNlp, parse, tokensOf } from '../../../src/core/analyze/nlp';
import { originalSteps, type TokenizeWorld } from '../../../src/core/analyze/fast-tokenize';
import { ruleExampleTexts, seededCueClauses, zoomTermsClauses } from '../../support/cue-fuzz';

const world = getNlp().world() as unknown as TokenizeWorld;

/** Runs `fn` with compromise's own tokeniser steps in the world. */
function withCompromiseSteps<T>(fn: () => T): T {
  const own = originalSteps(world)!;
  const { one } = world.methods;
  const { compute } = world;
  const fast = {
    k: one.killUnicode,
    t: one.tokenize.splitTerms,
    s: one.tokenize.splitWhitespace,
    f: one.tokenize.fromString,
    a: compute.alias,
    m: compute.machine,
    c: compute.contractions,
  };
  one.killUnicode = own.killUnicode;
  one.tokenize.splitTerms = own.splitTerms;
  one.tokenize.splitWhitespace = own.splitWhitespace;
  one.tokenize.fromString = own.fromString;
  compute.alias = own.alias;
  compute.machine = own.machine;
  compute.contractions = own.contractions;
  try {
    return fn();
  } finally {
    one.killUnicode = fast.k;
    one.tokenize.splitTerms = fast.t;
    one.tokenize.splitWhitespace = fast.s;
    one.tokenize.fromString = fast.f;
    compute.alias = fast.a;
    compute.machine = fast.m;
    compute.contractions = fast.c;
  }
}

const terms = (text: string): string =>
  JSON.stringify(
    world.methods.one.tokenize
      .fromString(text, world)
      .map((s) => s.map((t) => [t.text, t.pre, t.post, t.normal, [...t.tags]])),
  );

/** Words and marks that take the long way: punctuation, quotes, accents, acronyms, ellipses, dashes, emoticons. */
const EDGES = [
  "N.D.A. and the U.S., e.g. c.e.o., F., FBI, FBI's, NASA, naSA, I.B.M, x.y.z",
  'Björk, naïve café… “quoted” ‘single’ it’s don’t we’ll l’amour (parens) [brackets] {braces}',
  'Wait... what?! Yes;; no:: ok,,, 1,000,000 and 1,2,3 – en-dash — em-dash -- double',
  "and/or, either/or/neither/nor, http://a.b/c, 1/2, users' data, flanders', lookin', re-enactment, e-mail, plz, thx",
  '<3 </3 :^P #hashtag @mention 50% 20° under_score +44 (800) 555-0100 500+ 3-4 weeks',
  'gonna cannot 4km 10-20 9am-5pm -3c +5kg Cannot there’s how’d ain’t l’avis @ im ive',
  "data, data; data: data. data! data? a. I. 500) 500+ users' (data) data,. x:  y;;  z!? 88%, 20°. <3, :^P; a.b.",
  'a . b ? c ! d : e ; f ( g ) h [ i ] j " k \' l ` m « n » o * p • q ... r !? s .. t ?. u',
  '  leading and trailing spaces  ',
  'Zoom’s 10.4 non-exclusive a’b’c x…y a–b a\u200Bb 3,000 c:d e(f) g"h K’s AB’s ÀÉ aÀ 1é2 Ⅳb b™ 4© U.S A.b.c ab.',
  'x\u00A0y 5\u2028z a\u0301b Ǆb ﬁle oﬀer ｗord2 2ｗ 9½ a½ C++ a+b 7%x 3°c a_b',
  'and / or 3 - 4 x/y a\u00A0b c\u2009d e\u3000f g\u2028h \u0085i \u007Fj',
  ' . ',
  '?',
  'zero\u200Bwidth\uFEFF word \u200B lone  two  spaces\ttab\nnewline  trailing   ',
  '"...", (—), ’’, ..., ;start :colon, .5 .dot, a.b, A.b, a.B., ,comma',
  'ＦＵＬＬ ｗｉｄｔｈ ①②③ Ⅳ ™ © ® ß ǅ İstanbul',
  '',
  '   ',
  '.',
];

describe('the tokeniser shortcut builds what compromise builds', () => {
  const texts = [...EDGES, ...ruleExampleTexts(), ...zoomTermsClauses(), ...seededCueClauses(7, 60)];
  it('the same terms, sentence by sentence', () => {
    const wrong = texts.filter((text) => terms(text) !== withCompromiseSteps(() => terms(text)));
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 60_000);
  it('the same tokens, tags, aliases and machine forms after the whole parse', () => {
    const tokens = (text: string): string => {
      const doc = parse(text);
      const docs = (doc as unknown as { docs: Array<Array<{ alias?: string[]; machine?: string }>> }).docs;
      return JSON.stringify([tokensOf(doc), docs.map((s) => s.map((t) => [t.alias, t.machine]))]);
    };
    const wrong = texts.filter((text) => tokens(text) !== withCompromiseSteps(() => tokens(text)));
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 60_000);
  it('takes the shortcut for most terms of the Zoom terms', () => {
    // The shortcut is worth its code only if plain words are most terms.
    let plain = 0;
    let all = 0;
    for (const text of zoomTermsClauses())
      for (const s of world.methods.one.tokenize.fromString(text, world))
        for (const t of s) {
          all++;
          if (/^[A-Za-z0-9]+$/.test(t.text) && t.pre === '' && /^ *$/.test(t.post)) plain++;
        }
    expect(plain / all).toBeGreaterThan(0.6);
  });
});
