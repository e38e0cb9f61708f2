// The engine's `parse` (compromise's steps less `freeze` and `id`) must read the same tokens and tags as a full parse,
// and tokensOf what json gives. That its sweep (nlp.ts `sweeper`) finds what doc.sweep finds, for every rule's net, is
// test/slow/sweeper-sweep.test.ts.
import { describe, expect, it } from 'vitest';
import { getNlp, parse, tokensOf, type Token } from '../../../src/core/analyze/nlp';
import { sweeperTexts } from '../../support/sweeper-check';

describe('the engine’s parse reads what a full parse reads', () => {
  const nlp = getNlp();
  const texts = sweeperTexts();
  it('parse reads the tokens and tags of a full parse', () => {
    const wrong = texts.filter((text) => JSON.stringify(tokensOf(parse(text))) !== JSON.stringify(tokensOf(nlp(text))));
    expect(wrong.slice(0, 3)).toEqual([]);
  });
  it('tokensOf reads what json({ offset }) gives of each term', () => {
    interface JsonTerm {
      text: string;
      normal?: string;
      implicit?: string;
      tags?: string[];
      post?: string;
      offset?: { start: number; length: number };
    }
    const viaJson = (text: string): Token[] =>
      (parse(text).json as (o: object) => Array<{ terms: JsonTerm[] }>)({
        offset: true,
        text: true,
        normal: true,
        tags: true,
      }).flatMap((s) =>
        s.terms.map((t) => {
          const start = t.offset?.start ?? 0;
          return {
            normal: (t.implicit ?? t.normal ?? t.text).toLowerCase(),
            text: t.text,
            tags: t.tags ?? [],
            start,
            end: start + (t.offset?.length ?? t.text.length),
            post: t.post ?? '',
          };
        }),
      );
    const wrong = texts.filter((text) => JSON.stringify(tokensOf(parse(text))) !== JSON.stringify(viaJson(text)));
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
