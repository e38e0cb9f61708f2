// Regressions for bugs the fuzz suite found in the extractor (its repros live in test/unit/fuzz, owned elsewhere).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract';
import { MAX_CLAUSE } from '../../../src/core/extract/split-sentences';
import { htmlToDocument } from '../../../src/cli/source';

const url = 'https://example.com/terms';
const extract = (body: string): ReturnType<typeof extractDocument> =>
  extractDocument(htmlToDocument(`<main>${body}</main>`, url), url);

describe('role=heading aria-level is a heading level 1–6', () => {
  it.each([
    ['-3', 2],
    ['-Infinity', 2],
    ['Infinity', 6],
    ['0', 2],
    ['2.5', 3],
    ['99', 6],
    ['7', 6],
    ['abc', 2],
    ['', 2],
    ['1e9', 6],
    ['3', 3],
    ['6', 6],
  ] as const)('aria-level="%s"', (level, expected) => {
    // An <h1> first takes the document-title slot, so aria-level 1 would be a section heading too.
    const { blocks } = extract(
      `<h1>Terms</h1><div role="heading" aria-level="${level}">Data</div><p>We sell data.</p>`,
    );
    const heading = blocks.find((b) => b.text === 'Data');
    expect(heading?.role).toBe('heading');
    expect(heading?.headingLevel).toBe(expected);
  });
  it('a missing aria-level reads as level 2', () => {
    const { blocks } = extract('<h1>Terms</h1><div role="heading">Data</div><p>We sell data.</p>');
    expect(blocks.find((b) => b.text === 'Data')?.headingLevel).toBe(2);
  });
});

describe('a lead label merged with its sentence never exceeds MAX_CLAUSE', () => {
  it.each([
    ['bold label, run-on sentence', `<p><b>10.4 Customer License Grant.</b> We ${'may '.repeat(300)}</p>`],
    ['plain label, run-on sentence', `<p>10.4 Customer License Grant. We ${'may '.repeat(300)}</p>`],
    [
      'bold label, sentence just under the cap',
      `<p><b>10.4 Customer License Grant.</b> We ${'x'.repeat(MAX_CLAUSE - 10)} end.</p>`,
    ],
  ])('%s', (_name, body) => {
    const { document } = extract(body);
    for (const c of document.clauses) expect(c.text.length).toBeLessThanOrEqual(MAX_CLAUSE);
    expect(document.clauses[0]!.section).toBe('10.4 Customer License Grant');
  });
  it('a label and a normal sentence still make one clause', () => {
    const { document } = extract(
      '<p><b>10.4 Customer License Grant.</b> You agree to grant us a licence. We may use it.</p>',
    );
    expect(document.clauses.map((c) => c.text)).toEqual([
      '10.4 Customer License Grant. You agree to grant us a licence.',
      'We may use it.',
    ]);
  });
});
