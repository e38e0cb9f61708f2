// Hostile clauses (cue words mixed with long runs of punctuation and repeated tokens, as in the slow fuzz test) against
// ordinary legal text of the same length: the slowest hostile clause ÷ its ordinary twin, measured side by side.
import { analyzeText } from '../../src/core/analyze';
import { cueWords, hostileClause, ordinaryClause } from '../../test/support/cue-fuzz';
import { mulberry32 } from '../seeded-random';
import { compareMs, row } from '../bench-util';

export async function run(): Promise<void> {
  const words = cueWords();
  const rng = mulberry32(20_230_807);
  analyzeText(ordinaryClause(2000)); // warm the lexicon and compiled rules once
  let worst = { ratio: 0, length: 0, a: 0, b: 0 };
  const ratios: number[] = [];
  for (let i = 0; i < 40; i++) {
    const text = hostileClause(rng, words, 200 + Math.floor(rng() * 9800));
    const plain = ordinaryClause(text.length);
    const r = compareMs(
      () => analyzeText(text),
      () => analyzeText(plain),
      3,
      1,
    );
    ratios.push(r.ratio);
    if (r.ratio > worst.ratio) worst = { ratio: r.ratio, length: text.length, a: r.a, b: r.b };
  }
  ratios.sort((x, y) => x - y);
  row('hostile clauses analysed (seeded, up to 10,000 chars)', String(ratios.length));
  row('median ratio hostile / ordinary clause of the same length', ratios[Math.floor(ratios.length / 2)]!.toFixed(2));
  row(
    `slowest ratio (${worst.length} chars: ${worst.a.toFixed(1)} ms vs ${worst.b.toFixed(1)} ms)`,
    worst.ratio.toFixed(2),
  );
}
