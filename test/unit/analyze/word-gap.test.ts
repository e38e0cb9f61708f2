// The word-gap pre-filters step their gaps in code; each must accept exactly what its `source` (the single regex it
// replaces) accepts. Checked on every rule example and on seeded clauses of cue words, punctuation runs and repeats.
import { describe, expect, it } from 'vitest';
import { cueScanTests } from '../../../src/core/analyze/engine';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { META } from '../../../src/core/analyze/rules/data-sharing';
import { alt, gap, run, words, wordHolding, wordSeq, type TextTest } from '../../../src/core/analyze/word-gap';
import { cueWords } from '../../support/cue-fuzz';
import { mulberry32 } from '../../../scripts/seeded-random';

describe('word gaps', () => {
  const cases: [string, TextTest, string, boolean][] = [
    ['a gap of up to two words', wordSeq(String.raw`\bshare`, gap(2), 'partners'), 'share it with partners', true],
    ['three words are too many', wordSeq(String.raw`\bshare`, gap(2), 'partners'), 'share it all with partners', false],
    ['the gap needs a separator', wordSeq(String.raw`\bshare`, gap(2), 'partners'), 'sharepartners', false],
    ['a run of dashes is one separator', wordSeq(String.raw`\bdata`, gap(0), 'to'), 'data ---- to', false],
    ['dashes inside a word', wordSeq(String.raw`\bdata`, gap(1), 'to'), 'data --x-- to', true],
    ['a later alternative fits the gap', wordSeq(String.raw`\b(?:use|uses)`, gap(0), 'x'), 'uses x', true],
    ['the next piece may start inside a run', wordSeq(String.raw`\ba`, gap(0), String.raw`\s+b`), 'a ,  b', true],
    ['min words', wordSeq(String.raw`\ba`, words(2, { min: 1, lead: true }), 'b'), 'a b', false],
    ['a bounded run', wordSeq(String.raw`\bhow\b`, run(5, '[^.]'), String.raw`\bshar`), 'how we share', true],
    ['past the run bound', wordSeq(String.raw`\bhow\b`, run(5, '[^.]'), String.raw`\bshar`), 'how do we share', false],
    ['a word holding a stem', wordSeq(wordHolding(/\bgiv/), gap(0), 'it'), "p'giving it", true],
    ['the stem mid-word is no start', wordSeq(wordHolding(/\bgiv/), gap(0), 'it'), 'forgive it', false],
    [
      'an alternation with gaps',
      wordSeq(alt(['x'], [String.raw`\bhand`, gap(1), 'over']), gap(0), 'y'),
      'hand it over y',
      true,
    ],
  ];
  it.each(cases)('%s', (_name, t, text, expected) => {
    expect(t.test(text)).toBe(expected);
    expect(new RegExp(t.source, t.flags).test(text)).toBe(expected);
  });
});

/** Every pre-filter and veto test of the rules that is not a plain regex (the engine's cue-scan list, and META). */
function wordGapTests(): [string, TextTest][] {
  const named = new Map<TextTest, string>([[META, 'data_sharing META']]);
  for (const cat of ALL_CATEGORY_RULES) {
    for (const [i, t] of (cat.requires ?? []).entries()) named.set(t, `${cat.category} requires[${i}]`);
    for (const rule of cat.rules) for (const [i, t] of rule.cue.entries()) named.set(t, `${rule.id} cue[${i}]`);
  }
  const out: [string, TextTest][] = [['data_sharing META', META]];
  for (const [i, t] of cueScanTests().entries()) if (t !== META) out.push([named.get(t) ?? `scan test ${i}`, t]);
  return out.filter(([, t]) => !(t instanceof RegExp));
}

function corpus(): string[] {
  const texts: string[] = [];
  for (const cat of ALL_CATEGORY_RULES) {
    for (const rule of cat.rules)
      for (const ex of [...rule.mustMatch, ...rule.mustNotMatch])
        texts.push((typeof ex === 'string' ? ex : ex.text).toLowerCase());
    for (const veto of cat.vetoes ?? [])
      for (const ex of [...veto.mustVeto, ...veto.mustNotVeto]) texts.push(ex.toLowerCase());
  }
  // Seeded clauses: cue words with punctuation between them, short enough for the single regexes to stay quick.
  const rng = mulberry32(13);
  const vocab = [...cueWords(), 'we', 'our', 'the', 'to', 'with', 'by', 'your', 'data', 'stripe', 'google', 'ltd'];
  const seps = [' ', ' ', ' ', ', ', ' - ', '-', "'", '’', '/', ' -- ', ': ', '. ', '  ', ' (', ') '];
  for (let i = 0; i < 3000; i++) {
    const n = 2 + Math.floor(rng() * 14);
    let s = '';
    for (let j = 0; j < n; j++) s += vocab[Math.floor(rng() * vocab.length)]! + seps[Math.floor(rng() * seps.length)]!;
    texts.push(s.trimEnd());
  }
  return texts;
}

describe('word-gap pre-filters agree with the regex they replace', () => {
  const texts = corpus();
  it.each(wordGapTests())('%s', (_name, t) => {
    const re = new RegExp(t.source, t.flags);
    const differ = texts.filter((s) => re.test(s) !== t.test(s));
    expect(differ.slice(0, 5)).toEqual([]);
    // The corpus reaches both answers, or the comparison proves little.
    expect(texts.some((s) => t.test(s))).toBe(true);
  });
});
