// firstUnits (first-units.ts) may rule a character out only when no match starts with it: at every position of every
// text where a source matches (sticky), the character there must be one it allows. Sources: a table of edge cases and
// every regex of the rules' pre-filters (the word-gap pieces are held to their single regex by word-gap.test.ts).
import { describe, expect, it } from 'vitest';
import { firstUnits } from '../../../src/core/analyze/first-units';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { ruleExampleTexts, seededCueClauses } from '../../support/cue-fuzz';

const allowed = (source: string): string | null => {
  const f = firstUnits(source);
  return (
    f &&
    [...f.keys()]
      .filter((c) => f[c])
      .map((c) => String.fromCharCode(c))
      .join('')
  );
};

describe('firstUnits', () => {
  it.each([
    ['(?:with|to|among)', 'atw'],
    [String.raw`\b(?:sell|sold)`, 's'],
    [String.raw`(?<![\w’'-])(?=x)y`, 'y'],
    [String.raw`\.com|\d+`, '.0123456789'],
    [String.raw`\s+to`, '\t\n\u000b\f\r '],
    // A match that may be empty or start anywhere is not read.
    ['(?:a)?b', null],
    ['^x', null],
    ['.x', null],
    [String.raw`(?:\b)`, null],
    ['(?:|a)b', null],
    [String.raw`\nx`, null],
  ])('%s', (source, expected) => {
    expect(allowed(source)).toBe(expected);
  });

  // A negated class holds all but a few ASCII characters.
  it('[^a-y] allows every ASCII character but a-y', () => {
    const f = firstUnits('[^a-y]x');
    expect(f).not.toBeNull();
    for (let c = 0; c < 128; c++) expect(f![c]).toBe(c >= 97 && c <= 121 ? 0 : 1);
  });

  it('rules out no character a match of a pre-filter regex starts with', () => {
    const sources = new Set<string>();
    for (const cat of ALL_CATEGORY_RULES)
      for (const t of [...(cat.requires ?? []), ...cat.rules.flatMap((r) => r.cue)])
        if (t instanceof RegExp && t.flags === '') sources.add(t.source);
    const texts = [...ruleExampleTexts(), ...seededCueClauses(7, 300)].map((t) => t.toLowerCase());
    const wrong: string[] = [];
    let read = 0;
    for (const source of sources) {
      const f = firstUnits(source);
      if (!f) continue;
      read++;
      const re = new RegExp(source, 'y');
      for (const text of texts)
        for (let pos = 0; pos < text.length; pos++) {
          const c = text.charCodeAt(pos);
          if (c >= 128 || f[c]) continue;
          re.lastIndex = pos;
          if (re.test(text)) wrong.push(`${source} at ${pos}: ${text}`);
        }
    }
    expect(read).toBeGreaterThan(20);
    expect(wrong.slice(0, 3)).toEqual([]);
  }, 60_000);
});
