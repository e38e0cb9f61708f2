// A recipient named alone is an entry of a sharing list when it is a list item, and the run-in title of the paragraph
// after it when it is a paragraph of its own (GUIDE D9, G2): the extractor marks paragraphs (Clause.paragraph), the
// analysis reads the mark; a unit of unknown shape (a cell, a <div>, a clause stored before the mark) is read as an item. HTML in, findings out; the example pages are written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';
import type { Clause } from '../../../src/core/types';

const URL = 'https://x.example/privacy';
const clausesOf = (body: string): Clause[] =>
  extractDocument(htmlToDocument(`<!doctype html><html lang="en"><body><main>${body}</main></body></html>`, URL), URL)
    .document.clauses;
/** The data_sharing verdict of each clause, by its text. */
const sharing = (body: string): Record<string, string> => {
  const clauses = clausesOf(body);
  const findings = analyzeClauses(clauses, { model: 'off' }).findings.filter((f) => f.category === 'data_sharing');
  return Object.fromEntries(
    clauses
      .filter((c) => c.role !== 'heading')
      .map((c) => [c.text, findings.find((f) => f.clauseId === c.id)?.stance ?? 'none']),
  );
};

describe('list items and paragraph labels (extractor to analysis)', () => {
  it('marks paragraphs, not items laid out as paragraphs, list items, cells or divs', () => {
    const clauses = clausesOf(`
      <h2>Recipients</h2>
      <ul><li>Service providers.</li></ul>
      <p>• Advertising partners, who show you offers.</p>
      <p>●</p>
      <p>logistics partners to deliver your orders</p>
      <p>payment processors to complete your purchases;</p>
      <p>We keep this list up to date.</p>
      <div>Hosting providers.</div>
      <table><tr><th>Recipient</th></tr><tr><td>Auditors</td></tr></table>`);
    const paragraph = (text: string): boolean | undefined => clauses.find((c) => c.text === text)?.paragraph;
    expect(paragraph('We keep this list up to date.')).toBe(true);
    expect(paragraph('Service providers.')).toBeUndefined();
    expect(paragraph('• Advertising partners, who show you offers.')).toBeUndefined();
    expect(paragraph('logistics partners to deliver your orders')).toBeUndefined();
    expect(paragraph('payment processors to complete your purchases;')).toBeUndefined();
    expect(paragraph('Hosting providers.')).toBeUndefined();
    expect(paragraph('Auditors')).toBeUndefined();
  });

  it('a recipient listed alone under a recipients heading is one of them', () => {
    const verdicts = sharing(`
      <h2>Who do we share your information with?</h2>
      <ul><li>Service providers.</li><li>Affiliates.</li></ul>`);
    expect(verdicts).toEqual({ 'Service providers.': 'grant', 'Affiliates.': 'grant' });
  });

  it('a recipient in a cell of a table with no header, or in a <div>, is one of those the heading names (G3, G2)', () => {
    const cells = sharing(`
      <h2>Who we share your information with</h2>
      <table><tr><td>Service providers</td><td>Hosting and payment processing</td></tr></table>`);
    expect(cells['Service providers']).toBe('grant');
    const divs = sharing(`
      <h2>Categories of third parties to which we may disclose your personal information</h2>
      <div>Service providers.</div><div>Analytics providers.</div>`);
    expect(divs).toEqual({ 'Service providers.': 'grant', 'Analytics providers.': 'grant' });
  });

  it('a recipient as a paragraph of its own is the title of the paragraph that says whether it shares', () => {
    const verdicts = sharing(`
      <h2>Who do we share your information with?</h2>
      <p>Service providers.</p>
      <p>We do not share your personal information with service providers.</p>`);
    expect(verdicts['Service providers.']).toBe('none');
    expect(verdicts['We do not share your personal information with service providers.']).toBe('restrict');
  });

  it('an entry of a table of contents is the title of its section, not what the section says', () => {
    const clauses = clausesOf(`
      <ul>
        <li><a href="#sharing">When we share your information</a>
          <ul><li><a href="#third-parties">We may disclose Personal Information to third parties</a></li></ul>
        </li>
        <li>We may disclose Personal Information to <a href="#who">third parties</a></li>
        <li><a href="https://acme.example/sharing">We may disclose Personal Information to third parties</a></li>
        <li><a href="#">We may disclose Personal Information to third parties</a></li>
        <li><a href="#!/sharing">We may disclose Personal Information to third parties</a></li>
      </ul>`);
    expect(clauses.map((c) => c.role ?? 'operative')).toEqual([
      'heading',
      'heading',
      'operative',
      'operative',
      'operative',
      'operative',
    ]);
    const findings = analyzeClauses(clauses, { model: 'off' }).findings;
    expect(findings.map((f) => f.clauseId)).toEqual(clauses.slice(2).map((c) => c.id));
  });

  // GUIDE (labels alone): a contents entry is a label; the section it links to states the sharing, and is read.
  it('a contents entry that names a recipient under a sharing heading is a title; a script button is an item', () => {
    const verdicts = sharing(`
      <h2>Who we share your information with</h2>
      <ul><li><a href="#providers">Service providers</a></li><li><a href="#">Affiliates</a></li></ul>
      <h3 id="providers">Service providers</h3>
      <p>We share your contact details with service providers who host our website.</p>`);
    expect(verdicts).toEqual({
      Affiliates: 'grant',
      'We share your contact details with service providers who host our website.': 'grant',
    });
  });

  it('a paragraph that opens with a recipient under a sharing heading is a sentence about it', () => {
    const body = (tag: 'p' | 'li'): string => `
      <h2>Sharing with third parties</h2>
      ${tag === 'li' ? '<ul>' : ''}<${tag}>Third-party providers, when you choose them.</${tag}>${tag === 'li' ? '</ul>' : ''}`;
    expect(sharing(body('li'))['Third-party providers, when you choose them.']).toBe('grant');
    expect(sharing(body('p'))['Third-party providers, when you choose them.']).toBe('none');
  });
});
