// A clause that is a heading in all but markup (a table-of-contents entry, a question set as a section title) is not
// a change by itself; the clauses under the heading are compared on their own. One that brings a right is reported.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { headingTitles, isContentsEntry, isQuestionHeading } from '../../../src/core/diff/heading-like';
import { INTRO, snapshot, type C } from './helpers';

const SHARE: C = {
  section: '5. How we share your information with third parties',
  text: 'We share your information with our service providers.',
  f: [['data_sharing', 'grant', 'medium']],
};

describe('isQuestionHeading', () => {
  const table: Array<[string, boolean]> = [
    ['4. Why do we collect and process your data?', true],
    ['Q: What are bots?', true],
    ['Do we sell your data? No.', false],
    ['We answer questions. Why not ask?', false],
    ['Why?', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isQuestionHeading(text)).toBe(expected));
});

describe('isContentsEntry', () => {
  const titles = headingTitles([[SHARE.section], ['1. Introduction']]);
  const table: Array<[string, boolean]> = [
    ['How we share your information with third parties;', true],
    ['5. How we share your information with third parties', true],
    ['How we use your information;', false],
    ['Introduction', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isContentsEntry(text, titles)).toBe(expected));
});

describe('heading-like clauses in a diff', () => {
  it('a table of contents added to a version is not a change', () => {
    const toc: C = { section: '1. Introduction', text: 'How we share your information with third parties;' };
    expect(diffVersions(snapshot([INTRO, SHARE]), snapshot([INTRO, toc, SHARE]))).toEqual([]);
  });

  it('a question set as a heading, added, is not a change; the clause under it is', () => {
    const q: C = { section: '1. Introduction', text: '4. Why do we collect and process your data?' };
    const under: C = { section: '1. Introduction', text: 'We use your data to provide the IKEA Family programme.' };
    const changes = diffVersions(snapshot([INTRO]), snapshot([INTRO, q, under]));
    expect(changes.map((c) => c.after)).toEqual([under.text]);
  });

  it('a question that brings a new right is reported', () => {
    const q: C = {
      section: '1. Introduction',
      text: 'Why do we sell your personal data to advertisers?',
      f: [['data_sale', 'grant', 'high']],
    };
    expect(diffVersions(snapshot([INTRO]), snapshot([INTRO, q])).map((c) => c.after)).toEqual([q.text]);
  });
});
