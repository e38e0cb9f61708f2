// The eval renders Markdown as a page: setext headings, tables, lists, emphasis and links must survive, because the
// extractor reads headings as context and cells and list items as units of their own.
import { describe, expect, it } from 'vitest';
import { neutralUrl, runDocument } from '../../../scripts/eval/real/run-document';

const md = [
  'Example Privacy Policy',
  '======================',
  '',
  'We collect the data you give us, as described in **this policy** and our [cookie notice](https://example.com/c).',
  '',
  'Sharing',
  '-------',
  '',
  'We share your personal data with:',
  '',
  '- payment processors, to take your payments;',
  '- *advertising partners*, for targeted advertising.',
  '',
  '| Category | Sold? |',
  '|---|---|',
  '| Identifiers such as your email address | We do not sell your personal information. |',
  '',
].join('\n');

describe('runDocument', () => {
  it('keeps setext headings, lists and table cells as structure', async () => {
    const run = await runDocument(md, neutralUrl(1));
    expect(run.blockRoles.heading).toBeGreaterThanOrEqual(2);
    expect(run.blockRoles.list_item).toBe(2);
    expect(run.blockRoles.cell).toBeGreaterThanOrEqual(2);
    const cell = run.clauses.find((c) => c.text === 'We do not sell your personal information.');
    expect(cell?.sectionPath).toContain('Sharing');
    expect(run.clauses.some((c) => c.text.includes('this policy and our cookie notice'))).toBe(true); // emphasis and link text kept, markup gone
    expect(run.clauses.some((c) => /[*#|=]/.test(c.text))).toBe(false);
  });

  it('runs the analyser on the extracted clauses, as the content script does', async () => {
    const run = await runDocument(md, neutralUrl(1));
    const cell = run.clauses.find((c) => c.text === 'We do not sell your personal information.')!;
    expect(run.analysis.findings.find((f) => f.clauseId === cell.id && f.category === 'data_sale')?.stance).toBe(
      'restrict',
    );
    // A short test document: analysed, but not graded, as the extension shows it.
    expect(run.wordCount).toBeLessThan(150);
    expect(run.analysis.summary).toMatchObject({
      grade: null,
      ungraded: run.detection.isLegal ? 'too-short' : 'not-legal',
    });
  });

  it('uses a URL with no words in it', () => {
    expect(neutralUrl(7)).toBe('https://example.invalid/7');
  });
});
