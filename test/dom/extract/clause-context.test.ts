// Clauses that carry their context: list lead-ins (nested too), table column headers and row labels, labelled
// paragraphs, and the role of each unit. HTML in, clause fields out; the example pages are written for this test.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument, markdownToHtml } from '../../../src/cli/source';
import { PAGE_BOUNDS } from '../../../src/core/bounds';
import type { Clause } from '../../../src/core/types';

const URL = 'https://x.example/privacy';
const clausesOf = (body: string): Clause[] =>
  extractDocument(htmlToDocument(`<!doctype html><html lang="en"><body><main>${body}</main></body></html>`, URL), URL)
    .document.clauses;
const find = (clauses: Clause[], text: string): Clause => {
  const c = clauses.find((x) => x.text === text);
  if (!c) throw new Error(`no clause "${text}" in ${JSON.stringify(clauses.map((x) => x.text))}`);
  return c;
};

describe('list lead-ins', () => {
  const clauses = clausesOf(`
    <h2>How we use data</h2>
    <p>We collect what you send us. We use your information to:</p>
    <ul>
      <li>answer your questions;</li>
      <li>improve our tools, including:
        <ol><li>tune our ranking models;</li><li>test new features.</li></ol>
      </li>
    </ul>
    <p>Nothing here is a list.</p>`);

  it.each([
    ['answer your questions;', ['We use your information to:']],
    ['tune our ranking models;', ['We use your information to:', 'improve our tools, including:']],
    ['test new features.', ['We use your information to:', 'improve our tools, including:']],
  ])('%s', (text, leads) => {
    expect(find(clauses, text).leads).toEqual(leads);
  });

  it('the lead-in is the last sentence of the paragraph before the list, and the paragraph has no lead itself', () => {
    expect(find(clauses, 'We use your information to:').leads).toBeUndefined();
    expect(find(clauses, 'Nothing here is a list.').leads).toBeUndefined();
  });

  it('a heading right before a list is no lead-in (it is in the section path already)', () => {
    const c = clausesOf('<h3>Who gets your data</h3><ul><li>Payment processors that charge your card.</li></ul>');
    expect(c[0]!.leads).toBeUndefined();
    expect(c[0]!.sectionPath).toEqual(['Who gets your data']);
  });

  it('text of the container the list opens in is its lead-in; an unrelated earlier list item is not', () => {
    const c = clausesOf(
      '<div>We may share your details with:<ul><li>our hosting provider</li></ul></div>' +
        '<ul><li>first</li></ul><ul><li>second</li></ul>',
    );
    expect(find(c, 'our hosting provider').leads).toEqual(['We may share your details with:']);
    expect(find(c, 'second').leads).toBeUndefined();
  });

  it('paragraphs lettered as items after a lead-in are its items; a titled or same-lettered paragraph is not', () => {
    const c = clausesOf(`
      <p>For providers other than our own, you may not:</p>
      <p>a. Scrape or store any location data;</p>
      <p>(i) except as allowed by law;</p>
      <p>b. Use, incorporate or combine any location data so that it is disclosed to third parties.</p>
      <p>Other providers have their own terms.</p>
      <p>c. Share results with anyone.</p>
      <p>(d) Exceptions. There are two exceptions to this agreement:</p>
      <p>(i) First, either party may seek relief in court.</p>
      <p>(e) Future Amendments. We will give notice of amendments.</p>`);
    const lead = ['For providers other than our own, you may not:'];
    expect(find(c, 'Scrape or store any location data;').leads).toEqual(lead);
    // The letter cut off as a clause of its own carries nothing.
    expect(find(c, 'a.').leads).toBeUndefined();
    expect(find(c, '(i) except as allowed by law;').leads).toEqual(lead);
    expect(
      find(c, 'Use, incorporate or combine any location data so that it is disclosed to third parties.').leads,
    ).toEqual(lead);
    // A paragraph with no marker ends the list.
    expect(find(c, 'Share results with anyone.').leads).toBeUndefined();
    expect(find(c, '(i) First, either party may seek relief in court.').leads).toEqual([
      'There are two exceptions to this agreement:',
    ]);
    // "(e)" is the sibling of "(d)", and a titled subsection besides.
    expect(find(c, 'We will give notice of amendments.').leads).toBeUndefined();
  });

  it('deeply nested lists keep only the innermost lead-ins', () => {
    const depth = 2000;
    const c = clausesOf(
      `<p>We use it to:</p>${'<ul><li>level item, including:'.repeat(depth)}${'</li></ul>'.repeat(depth)}`,
    );
    expect(c.length).toBe(depth + 1);
    for (const x of c.slice(1)) expect(x.leads!.length).toBeLessThanOrEqual(PAGE_BOUNDS.leadDepth);
    expect(c[depth]!.leads).toHaveLength(PAGE_BOUNDS.leadDepth);
    expect(c[1]!.leads).toEqual(['We use it to:']);
  });

  it('Markdown lists keep their lead-ins through the rendering the CLI and the eval use', () => {
    const md = 'Intro.\n\nWe use your chats to:\n\n- train and improve our models\n- keep the service safe\n';
    const doc = htmlToDocument(markdownToHtml(md), URL);
    const c = extractDocument(doc, URL).document.clauses;
    expect(find(c, 'train and improve our models').leads).toEqual(['We use your chats to:']);
  });

  it('a long lead-in is at most a bound long and keeps the words that introduce the list', () => {
    const long = `${'We keep many records for many reasons. '.repeat(3)}${'and so on '.repeat(150)}for these purposes:`;
    const c = clausesOf(`<p>${long}</p><ul><li>billing you</li></ul>`);
    const lead = find(c, 'billing you').leads![0]!;
    expect(lead.length).toBeLessThanOrEqual(PAGE_BOUNDS.lead);
    expect(lead.endsWith('for these purposes:')).toBe(true);
  });
});

describe('Markdown whose bold title closes after a line break', () => {
  // HTML-to-Markdown converters write `<strong>Title<br><br></strong>` as "**Title␣␣", a blank line, "**".
  const md = [
    'Intro.',
    '',
    '26.  **CHANGES TO THESE TERMS  ',
    '       ',
    '     **',
    '     1.  Acme may update these Terms in the future.',
    '     2.  We will tell you before we apply them.',
  ].join('\n');
  const clauses = extractDocument(htmlToDocument(markdownToHtml(md), URL), URL).document.clauses;

  it('the title is kept as the section of its items; no lone "**" is read or leads them', () => {
    const item = find(clauses, 'Acme may update these Terms in the future.');
    expect(item.sectionPath).toEqual(['26. CHANGES TO THESE TERMS']);
    expect(item.leads ?? []).not.toContain('**');
    expect(clauses.some((c) => c.text.trim() === '**')).toBe(false);
  });
});

describe('tables: column headers and row labels', () => {
  const clauses = clausesOf(`
    <table>
      <thead><tr><th>Data</th><th>Purpose</th><th>Shared with</th></tr></thead>
      <tbody>
        <tr><td>Messages</td><td>Development of our assistant</td><td>Cloud hosts</td></tr>
        <tr><td>Contact details</td><td colspan="2">Billing and support</td></tr>
      </tbody>
    </table>
    <table><tr><th>Category</th><th>Sold</th></tr><tr><th>Identifiers</th><td>Yes</td></tr></table>`);

  it.each([
    ['Development of our assistant', 'Purpose', 'Messages'],
    ['Cloud hosts', 'Shared with', 'Messages'],
    ['Billing and support', 'Purpose', 'Contact details'],
    ['Yes', 'Sold', 'Identifiers'],
  ])('%s: header %s, row %s', (text, header, row) => {
    const c = find(clauses, text);
    expect(c.columnHeader).toBe(header);
    expect(c.rowLabel).toBe(row);
    expect(c.role).toBeUndefined();
  });

  it('the first cell of a row has a header but no row label', () => {
    const c = find(clauses, 'Messages');
    expect(c.columnHeader).toBe('Data');
    expect(c.rowLabel).toBeUndefined();
  });

  it('header cells (in <thead>, or a first row of <th>) are headings without context', () => {
    for (const text of ['Data', 'Purpose', 'Shared with', 'Category', 'Sold']) {
      const c = find(clauses, text);
      expect(c.role).toBe('heading');
      expect(c.columnHeader).toBeUndefined();
    }
  });

  it('a Markdown table with an empty header row takes its first row of bold cells as the header', () => {
    const table = [
      'Our recipients.',
      '',
      '|     |     |',
      '| --- | --- |',
      '| **Category of data** | **Recipients to whom it is disclosed** |',
      '| **Identifiers**, such as your name | Service providers,<br><br>affiliates |',
      '',
    ].join('\n');
    const md = extractDocument(htmlToDocument(markdownToHtml(table), URL), URL).document.clauses;
    const cell = find(md, 'Service providers,');
    expect(cell.columnHeader).toBe('Recipients to whom it is disclosed');
    expect(cell.rowLabel).toBe('Identifiers, such as your name');
    expect(find(md, 'affiliates').columnHeader).toBe('Recipients to whom it is disclosed');
  });

  it('a bold row is no header after a row with text, nor when only some of its cells are bold', () => {
    const after = clausesOf(
      '<table><tr><td>Plain first row</td><td>kept as a row</td></tr><tr><td><b>Bold</b></td><td><b>Later</b></td></tr><tr><td>Data</td><td>under no header</td></tr></table>',
    );
    expect(find(after, 'under no header').columnHeader).toBeUndefined();
    const some = clausesOf(
      '<table><tr><td></td><td></td></tr><tr><td><b>Identifiers</b></td><td>Service providers</td></tr><tr><td>Contact data</td><td>Our affiliates</td></tr></table>',
    );
    expect(find(some, 'Our affiliates').columnHeader).toBeUndefined();
  });

  it('a long header is bounded', () => {
    const c = clausesOf(
      `<table><thead><tr><th>${'Header '.repeat(100)}</th></tr></thead><tr><td>cell text</td></tr></table>`,
    );
    expect(find(c, 'cell text').columnHeader!.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
  });
});

describe('labelled paragraphs and roles', () => {
  it('an emphasised label ending in a colon is the paragraph\u2019s section, not a sentence of its own', () => {
    const c = clausesOf('<h2>Uses</h2><p><em>To run our help desk:</em> We read your tickets to answer them.</p>');
    expect(c).toHaveLength(1);
    expect(c[0]!.section).toBe('To run our help desk');
    expect(c[0]!.sectionPath).toEqual(['Uses', 'To run our help desk']);
  });

  it('emphasis that is not a label stays plain text', () => {
    const c = clausesOf('<p><em>Never</em> do we read your tickets.</p>');
    expect(c[0]!.section).toBe('');
  });

  it.each([
    ['For more on how our assistant is built, see our research page.', 'pointer'],
    ['"Content" means anything you upload.', 'definition'],
    ['Such methods make it less likely that a model repeats what it saw.', 'explanation'],
    ['Training And Improving Our AI Models', 'heading'],
    ['We use your chats to improve our models.', undefined],
  ])('%s → %s', (text, role) => {
    expect(find(clausesOf(`<p>${text}</p>`), text).role).toBe(role);
  });
});

describe('title lines of list items', () => {
  // Numbered sections rendered as a list: the item's first lines title the paragraphs after them (GUIDE D9).
  const sections = clausesOf(`
    <ol start="4"><li>
      <p>When we share your information</p>
      <p>Sharing with service providers</p>
      <p>We share your data with advertisers.</p>
      <p>We may share your information with other companies that host our site</p>
    </li></ol>
    <p>You have the right to correct your data.</p>
    <ol start="5"><li><em>Right to Opt Out of Selling or Sharing Your Personal Information</em></li></ol>
    <p>You may opt out of the sale of your data.</p>`);

  it.each([
    'When we share your information',
    'Sharing with service providers',
    'Right to Opt Out of Selling or Sharing Your Personal Information',
  ])('%s → heading', (text) => {
    expect(find(sections, text).role).toBe('heading');
  });

  it.each([
    // A full sentence, ended as one, is no title even where a title would stand.
    'We share your data with advertisers.',
    // The item's last paragraph titles nothing: it is what the item says.
    'We may share your information with other companies that host our site',
  ])('%s → operative', (text) => {
    expect(find(sections, text).role).toBeUndefined();
  });

  // A line with a subject and a verb states the act, even unpunctuated where a title would stand (GUIDE: only a label
  // is a heading); a line cut on an article or a conjunction goes on in the next line, whatever case that opens in.
  const clauses = clausesOf(`
    <ol start="7"><li>We may change these Terms at any time without notice to you</li></ol>
    <p>Your continued use of the Service means you accept the changes.</p>
    <ol start="2"><li>Acme may sell your personal information to data brokers</li></ol>
    <p>You can opt out of this at any time by emailing us.</p>
    <ol><li><p>We may share your information with our advertising partners</p><p>They use it to show you ads.</p></li></ol>
    <ol><li><p>Sale of data</p><p>We sell your personal information to data brokers.</p></li></ol>
    <ol start="8"><li>Users may not interfere with the Services in any way, such as by accessing the</li></ol>
    <p>Services through automated means.</p>
    <ol start="9"><li>Disclosure of personal information and</li></ol>
    <p>Other records are kept for a year.</p>`);

  it.each([
    'We may change these Terms at any time without notice to you',
    'Acme may sell your personal information to data brokers',
    'We may share your information with our advertising partners',
    'Users may not interfere with the Services in any way, such as by accessing the',
    'Disclosure of personal information and',
  ])('%s → operative', (text) => {
    expect(find(clauses, text).role).toBeUndefined();
  });

  it('a line with a subject and a verb is a title where the page’s contents link to it by its words', () => {
    const c = clausesOf(`
      <ul><li><a href="#share">We may share Personal Information where necessary</a></li></ul>
      <ol start="4"><li>
        <p>When we share your information</p>
        <p>We may share Personal Information where necessary</p>
        <p>When other companies need Personal Information to provide a service</p>
        <p>We may share your information with companies that host our site.</p>
      </li></ol>`);
    const titles = c.filter((x) => x.text === 'We may share Personal Information where necessary');
    expect(titles.map((x) => x.role)).toEqual(['heading', 'heading']);
    expect(find(c, 'When other companies need Personal Information to provide a service').role).toBe('heading');
  });

  it('an unpunctuated line before a list is its lead-in, and the items of a longer list are entries', () => {
    const c = clausesOf(`
      <ul><li><p>We may share your information with</p><ul><li>advertisers</li><li>analytics partners</li></ul></li></ul>
      <p>We share data with:</p>
      <ul><li>Advertisers</li><li>Payment processors</li></ul>
      <p>Each of them has its own policy.</p>`);
    for (const text of ['We may share your information with', 'advertisers', 'Advertisers', 'Payment processors'])
      expect(find(c, text).role).toBeUndefined();
  });

  it('the one item of a list introduced by a colon is an entry of it, not a title', () => {
    const c = clausesOf(
      `<p>We share data with:</p><ul><li>Advertisers who show you ads</li></ul><p>They follow our rules.</p>`,
    );
    expect(find(c, 'Advertisers who show you ads').role).toBeUndefined();
  });
});

describe('contents lists', () => {
  it('the items of a list of what the document explains are pointers; a lead-in that states the act is no contents', () => {
    const c = clausesOf(`
      <p>This Privacy Notice explains:</p>
      <ul><li>How we share your information with third parties;</li><li>How long we retain your data.</li></ul>
      <p>This notice explains how we share your data with advertisers:</p>
      <ul><li>Advertising networks that show you ads;</li><li>Measurement partners.</li></ul>`);
    expect(find(c, 'How we share your information with third parties;').role).toBe('pointer');
    expect(find(c, 'Advertising networks that show you ads;').role).toBeUndefined();
  });

  it('an item of a contents list that states the act with its own subject and verb is no pointer', () => {
    const c = clausesOf(`
      <p>This Privacy Notice explains:</p>
      <ul><li>How long we retain your data;</li><li>Without a legal basis, we may not process your personal data.</li>
      <li>We sell your browsing data to advertisers.</li></ul>`);
    expect(find(c, 'How long we retain your data;').role).toBe('pointer');
    expect(find(c, 'Without a legal basis, we may not process your personal data.').role).toBeUndefined();
    expect(find(c, 'We sell your browsing data to advertisers.').role).toBeUndefined();
  });
});
