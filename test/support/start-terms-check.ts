// matchFromStarts (start-terms.ts) against compromise's own match, pattern by pattern and sentence by sentence: the
// check shared by test/unit/analyze/start-terms.test.ts (patterns written for the edge cases) and
// test/slow/start-terms-sweep.test.ts (every pattern of every rule's net).
import { getNlp, parse } from '../../src/core/analyze/nlp';
import { matchFromStarts, type StartPattern, type StartTerm } from '../../src/core/analyze/start-terms';

type Ptr = [number, number, number];
interface Parts {
  docs: StartTerm[][];
  methods: { one: { match(docs: unknown[], m: StartPattern): { ptrs: Ptr[] } } };
}
interface Net {
  hooks: Record<string, StartPattern[]>;
  always: StartPattern[];
}

const nlp = getNlp();
/** The patterns compromise's buildNet makes of `matches`, each once. */
export const patternsOf = (matches: readonly string[]): StartPattern[] => {
  const net = nlp.buildNet(matches.map((match) => ({ match }))) as unknown as Net;
  return [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
};

/** Every pattern of `patterns` on every sentence of `texts`: the texts where the two ways differ. */
export function differences(
  patterns: readonly StartPattern[],
  texts: readonly string[],
): { wrong: string[]; found: number } {
  const wrong: string[] = [];
  let found = 0;
  for (const text of texts) {
    const parts = parse(text) as unknown as Parts;
    const { match } = parts.methods.one;
    for (const terms of parts.docs)
      for (const m of patterns) {
        const theirs = match([terms], m).ptrs.map((p) => [0, p[1], p[2]]);
        const own = matchFromStarts(match, terms, m).map((p) => [0, p[1], p[2]]);
        found += theirs.length;
        if (JSON.stringify(own) !== JSON.stringify(theirs)) wrong.push(`${String(m.match)} :: ${text}`);
      }
  }
  return { wrong, found };
}
