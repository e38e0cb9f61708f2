// Layout changes that the formatting-only variants of real documents showed: a heading with no clause under it set
// as a paragraph, a repeated clause that gains an occurrence, a menu of links cut in other places.
import { describe, expect, it } from 'vitest';
import { alignClauses, diffVersions, type VersionSnapshot } from '../../../src/core/diff';
import type { Clause } from '../../../src/core/types';
import { ACCOUNT, FEES, INTRO, LAW, snapshot } from './helpers';

/** Clauses at the given block indices ([block, text]); no findings. */
function blocks(items: ReadonlyArray<[number, string]>): VersionSnapshot {
  const clauses: Clause[] = items.map(([block, text], i) => ({
    id: `c${i}`,
    block,
    start: 0,
    end: text.length,
    text,
    sectionPath: [],
    section: '',
  }));
  return { clauses, findings: [] };
}

const LEAD = 'Depending on where you live, your account is held by one of the companies named below:';

describe('a heading with no clause under it, set as a paragraph', () => {
  it('is no change when the blocks around it are the same', () => {
    // Block 1 was a bold line read as a heading (no clause); without the bold it is a paragraph.
    const before = blocks([
      [0, INTRO.text],
      [2, ACCOUNT.text],
    ]);
    const after = blocks([
      [0, INTRO.text],
      [1, LEAD],
      [2, ACCOUNT.text],
    ]);
    expect(diffVersions(before, after)).toEqual([]);
    expect(diffVersions(after, before)).toEqual([]);
  });

  it('but a paragraph added in a new block is reported', () => {
    const before = blocks([
      [0, INTRO.text],
      [1, ACCOUNT.text],
    ]);
    const after = blocks([
      [0, INTRO.text],
      [1, LEAD],
      [2, ACCOUNT.text],
    ]);
    expect(diffVersions(before, after).map((c) => c.type)).toEqual(['added']);
  });

  it('and a paragraph longer than a heading can be, removed where another block is bare, is reported', () => {
    const long = `${FEES.text} ${LAW.text} ${LEAD} ${ACCOUNT.text}`;
    const before = blocks([
      [0, INTRO.text],
      [1, long],
      [3, ACCOUNT.text],
    ]);
    const after = blocks([
      [0, INTRO.text],
      [3, ACCOUNT.text],
    ]);
    expect(diffVersions(before, after).map((c) => c.type)).toEqual(['removed']);
  });
});

describe('a clause repeated on the page', () => {
  it('gaining an occurrence early on leaves the later occurrences in place', () => {
    const cell = { section: '', text: 'Third parties or publicly available sources' };
    const before = snapshot([INTRO, ACCOUNT, cell, FEES, cell, LAW, cell]);
    const after = snapshot([INTRO, cell, ACCOUNT, cell, FEES, cell, LAW, cell]);
    const kinds = alignClauses(before.clauses, after.clauses).map((a) => a.kind);
    expect(kinds.filter((k) => k === 'moved')).toEqual([]);
    expect(kinds.filter((k) => k === 'added')).toHaveLength(1);
  });
});

describe('a menu of links', () => {
  it('cut in other places and in another order is no change', () => {
    // A footer of twenty section links, cut by the page into two clauses of ten (before) and nine and eleven (after).
    const links = Array.from({ length: 20 }, (_, i) => `[Section ${i + 1}](https://a.example/s${i + 1})`);
    const before = snapshot([
      INTRO,
      { section: '', text: `* ${links.slice(0, 10).join(' * ')}` },
      { section: '', text: links.slice(10).join(' * ') },
      ACCOUNT,
    ]);
    const reversed = [...links].reverse();
    const after = snapshot([
      INTRO,
      { section: '', text: `* ${reversed.slice(0, 9).join(' * ')}` },
      { section: '', text: reversed.slice(9).join(' * ') },
      ACCOUNT,
    ]);
    expect(diffVersions(before, after)).toEqual([]);
  });
});

describe('the same words cut into clauses in other places', () => {
  const items = [
    'We may disclose your information to third parties (i) if we are required to respond to legal process;',
    '(ii) at the request of governmental authorities conducting an investigation;',
    '(iii) to protect the rights and property of the website.',
  ];

  it('list items joined into one paragraph, or split again, are no change', () => {
    const list = snapshot([INTRO, ...items.map((text) => ({ section: '', text })), ACCOUNT]);
    const joined = snapshot([INTRO, { section: '', text: items.join(' ') }, ACCOUNT]);
    expect(diffVersions(list, joined)).toEqual([]);
    expect(diffVersions(joined, list)).toEqual([]);
  });

  it('but a word changed in the joined paragraph is reported', () => {
    const list = snapshot([INTRO, ...items.map((text) => ({ section: '', text })), ACCOUNT]);
    const joined = snapshot([INTRO, { section: '', text: items.join(' ').replace('protect', 'sell') }, ACCOUNT]);
    expect(diffVersions(list, joined).length).toBeGreaterThan(0);
  });

  it('a Markdown escape is how the capture wrote a character', () => {
    const a = snapshot([INTRO, { section: '', text: 'Visit https://a.example/opt\\_out.asp to opt out of ads.' }]);
    const b = snapshot([INTRO, { section: '', text: 'Visit https://a.example/opt_out.asp to opt out of ads.' }]);
    expect(diffVersions(a, b)).toEqual([]);
  });
});
