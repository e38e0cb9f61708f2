// The engine's sweep (nlp.ts `sweeper`) re-runs compromise's own sweep steps with one document cache for all nets, over
// a document of the engine's own `parse`: it must find what doc.sweep finds on a full parse, in the same order, for
// every rule's net over rule examples and the Zoom terms (two parses of some 2,000 texts and a sweep of every net).
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../src/core/analyze/engine';
import { getNlp, offsetSweeper, parse, sweeper } from '../../src/core/analyze/nlp';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import { sweeperTexts } from '../support/sweeper-check';

type Offsets = Array<{ offset?: { start: number; length: number } }>;
type Json = (o: object) => Offsets;

describe('sweeper finds what doc.sweep finds', () => {
  const nlp = getNlp();
  const nets = ALL_CATEGORY_RULES.flatMap((cat) =>
    cat.rules.map((rule) => nlp.buildNet(compilePatterns(rule.match).map((match) => ({ match })))),
  );
  const texts = sweeperTexts();
  it('on every rule net, rule example and Zoom clause', () => {
    const wrong: string[] = [];
    let found = 0;
    for (const text of texts) {
      const doc = nlp(text);
      const sweep = sweeper(parse(text));
      for (const net of nets) {
        const own = sweep(net).map((v) => (v.json as Json)({ offset: true, terms: false }));
        const theirs = (doc.sweep as (n: typeof net) => { found: Array<{ view: { json: Json } }> })(net).found.map(
          (f) => f.view.json({ offset: true, terms: false }),
        );
        found += theirs.length;
        if (JSON.stringify(own) !== JSON.stringify(theirs)) wrong.push(text);
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 300_000);
  it('offsetSweeper gives the offset json gives of each view sweeper finds', () => {
    const wrong: string[] = [];
    let found = 0;
    for (const text of texts) {
      const sweep = sweeper(parse(text));
      const offsets = offsetSweeper(parse(text));
      for (const net of nets) {
        const own = offsets(net);
        const theirs = sweep(net).flatMap((v) =>
          (v.json as Json)({ offset: true, terms: false }).map((j) => ({
            start: j.offset?.start,
            length: j.offset?.length,
          })),
        );
        found += theirs.length;
        if (JSON.stringify(own) !== JSON.stringify(theirs)) wrong.push(text);
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 300_000);
});
