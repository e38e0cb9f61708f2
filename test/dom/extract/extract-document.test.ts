// Extraction: chrome left out, hidden panels read, blocks by role, Zoom section structure, DOM round-trips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, locateInBlock, type Extraction } from '../../../src/core/extract';
import { htmlToDocument, parseSource } from '../../../src/cli/source';

const pages = join(__dirname, '..', '..', 'fixtures', 'pages');
const load = (file: string, url = 'https://example.com/terms'): Extraction =>
  extractDocument(htmlToDocument(readFileSync(join(pages, file), 'utf8'), url), url);
const fromHtml = (body: string, head = ''): Extraction =>
  extractDocument(
    htmlToDocument(
      `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`,
      'https://x.example/terms',
    ),
    'https://x.example/terms',
  );
const squash = (s: string): string => s.replace(/[\s\u0000\u200b\u00ad]+/g, '');

/** DOM text from a located start to a located end, in document order. */
function domText(doc: Document, a: { node: Text; offset: number }, b: { node: Text; offset: number }): string {
  const walker = doc.createTreeWalker(doc.documentElement, 4);
  let out = '';
  let on = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (n === a.node) on = true;
    if (!on) continue;
    const from = n === a.node ? a.offset : 0;
    const to = n === b.node ? b.offset : n.data.length;
    out += n.data.slice(from, to);
    if (n === b.node) break;
  }
  return out;
}

describe('Zoom terms: section structure', () => {
  for (const file of ['zoom-tos-2023-03-31.html', 'zoom-tos-2023-08-07.html']) {
    const { document } = load(file, 'https://explore.zoom.us/en/terms/');
    it.each([
      ['10.2 Service Generated Data', '10.2 Service Generated Data; Consent to Use'],
      ['10.4 Customer License Grant', '10.4 Customer License Grant'],
    ])(`${file}: clause starting %s`, (startsWith, section) => {
      const clause = document.clauses.find((c) => c.text.startsWith(startsWith));
      expect(clause).toBeDefined();
      expect(clause!.section).toBe(section);
      expect(clause!.sectionPath).toEqual(['10. CUSTOMER CONTENT', section]);
    });
    it(`${file}: later sentences of §10.4 keep the section`, () => {
      const c = document.clauses.find((x) =>
        x.text.startsWith('If you have any Proprietary Rights in or to Service Generated Data'),
      );
      expect(c?.section).toBe('10.4 Customer License Grant');
    });
  }
  it('leaves out navigation, cookie banner, sidebar, related articles and footer', () => {
    const { document } = load('zoom-tos-2023-03-31.html');
    for (const chrome of [
      'Sign up, it',
      'Accept all',
      'Legal & Policies',
      'Related articles',
      'Copyright ©2024',
      'How we keep your meetings secure',
      'dataLayer',
      'pixel',
    ]) {
      expect(document.text).not.toContain(chrome);
    }
    expect(document.title).toBe('Zoom Terms of Service');
    expect(document.lang).toBe('en');
    expect(document.wordCount).toBeGreaterThan(10000);
  });
  it('ExtractedDocument is JSON-serialisable', () => {
    const { document } = load('stackoverflow-tos.html');
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });
});

describe('blocks and hidden content', () => {
  it('reads <details> and CSS-hidden / hidden accordion panels, with their toggles as headings', () => {
    const { document, blocks } = load('details-terms.html');
    expect(document.text).toContain('2.2 You grant Trailmate a worldwide');
    expect(document.text).toContain('4.1 Premium subscriptions renew automatically');
    expect(document.text).toContain('5.1 We may change these Terms');
    expect(blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toContain('5. Changes to these Terms');
    // "5.1 We may…" in plain text is its own numbered section under the accordion toggle's "5. …".
    expect(document.clauses.find((c) => c.text.startsWith('5.1'))?.sectionPath).toEqual([
      '5. Changes to these Terms',
      '5.1',
    ]);
  });
  it('list items and table cells become their own blocks', () => {
    const { blocks } = load('cookie-policy.html');
    expect(blocks.filter((b) => b.role === 'cell').map((b) => b.text)).toEqual(
      expect.arrayContaining(['pp_session', 'Keeps you signed in.', '2 years']),
    );
    const { blocks: ai } = load('ai-use-policy.html');
    expect(ai.filter((b) => b.role === 'list_item').length).toBe(4);
  });
  const cases: Array<[string, string, string[], string[]]> = [
    [
      'skips script/style/noscript/template/svg',
      '<main><p>Keep me.</p><script>var x="drop";</script><style>p{}</style><noscript>drop</noscript><template><p>drop</p></template><svg><text>drop</text></svg></main>',
      ['Keep me.'],
      ['drop'],
    ],
    [
      'skips aria-hidden and hidden UI chrome',
      '<main><p>Keep me.</p><div aria-hidden="true"><span>drop</span></div><div hidden>drop menu</div></main>',
      ['Keep me.'],
      ['drop'],
    ],
    [
      'keeps a hidden panel named by aria-controls',
      '<main><button aria-controls="p1" aria-expanded="false">1. Data</button><div id="p1" hidden><span>Keep panel text.</span></div></main>',
      ['Keep panel text.', '1. Data'],
      [],
    ],
    [
      'keeps an inline-styled display:none panel',
      '<main><div style="display:none"><p>Keep hidden p.</p></div></main>',
      ['Keep hidden p.'],
      [],
    ],
    [
      'joins inline elements and <br>',
      '<main><p>We <a href="#">may <strong>share</strong></a> data.<br>Next line.</p></main>',
      ['We may share data. Next line.'],
      [],
    ],
    [
      'drops null bytes and zero-width characters',
      '<main><p>Null\u0000byte and zero\u200bwidth.</p></main>',
      ['Nullbyte and zerowidth.'],
      ['\u0000'],
    ],
    [
      'keeps RTL text',
      '<main dir="rtl"><p>תנאים אלה חלים על השימוש שלך בשירות.</p></main>',
      ['תנאים אלה חלים על השימוש שלך בשירות.'],
      [],
    ],
    [
      'without <main> drops header/nav/footer of the body',
      '<header><nav>Menu</nav></header><div class="content"><p>Body text.</p></div><footer>Foot</footer>',
      ['Body text.'],
      ['Menu', 'Foot'],
    ],
  ];
  it.each(cases)('%s', (_name, body, keep, drop) => {
    const { document } = fromHtml(body);
    for (const k of keep) expect(document.text).toContain(k);
    for (const d of drop) expect(document.text).not.toContain(d);
  });
  it('marks the language of an unsupported legal page', () => {
    expect(load('de-agb.html').document.lang).toBe('de');
    expect(load('fr-confidentialite.html').document.lang).toBe('fr');
  });
  it('German § headings become sections', () => {
    const { document } = load('de-agb.html');
    expect(document.clauses.find((c) => c.text.includes('künstlichen Intelligenz'))?.section).toBe(
      '§ 3 Nutzungsrechte an Inhalten',
    );
  });
});

describe('section labels from unbolded numbers', () => {
  // [paragraphs, clause prefix, expected sectionPath]
  const cases: Array<[string, string, string[]]> = [
    ['<p>1.1 You must be 18 or older to use the Services.</p>', '1.1 You must', ['1.1']],
    [
      '<p>10.4 Customer License Grant. You agree to grant us a licence.</p>',
      '10.4 Customer License Grant. You agree',
      ['10.4 Customer License Grant'],
    ],
    [
      '<h2>10. Customer Content</h2><p>10.4 Customer License Grant. You agree to grant us a licence. It is perpetual.</p>',
      'It is perpetual.',
      ['10. Customer Content', '10.4 Customer License Grant'],
    ],
    [
      '<h2>1. Accounts</h2><p>1.1 You must keep your password safe.</p><p>1.2 We may suspend accounts.</p>',
      '1.2 We may',
      ['1. Accounts', '1.2'],
    ],
    [
      '<p>3. Fees and Payment. You will pay all fees when due.</p>',
      '3. Fees and Payment. You will',
      ['3. Fees and Payment'],
    ],
    ['<p>§ 4 Der Anbieter haftet nur für Vorsatz.</p>', '§ 4 Der Anbieter', ['§ 4']],
    ['<p><b>2. Use.</b> You may use it.</p><p>2.1 You must not resell it.</p>', '2.1 You must', ['2. Use', '2.1']],
  ];
  it.each(cases)('%s', (body, prefix, path) => {
    const c = fromHtml(`<main>${body}</main>`).document.clauses.find((x) => x.text.startsWith(prefix));
    expect(c?.sectionPath).toEqual(path);
    expect(c?.section).toBe(path[path.length - 1]);
  });
  const plain: Array<[string, string]> = [
    ['quantity, not a section', '<p>2.5 GB of storage is included with every plan.</p>'],
    ['decimal followed by lower case', '<p>10.4 million people use the service.</p>'],
    ['single-level enumeration without a title', '<p>1. You will pay on time.</p>'],
    ['table cell', '<table><tr><td>1.1 Basic</td><td>Free</td></tr></table>'],
  ];
  it.each(plain)('no label: %s', (_name, body) => {
    for (const c of fromHtml(`<main>${body}</main>`).document.clauses) expect(c.sectionPath).toEqual([]);
  });
});

describe('layouts without headings or paragraphs', () => {
  it('a table of sections: number and title cells label the text cell', () => {
    const row = (n: number, title: string, text: string): string =>
      `<tr><td>${n}</td><td>${title}</td><td>${text}</td></tr>`;
    const long =
      'We may suspend your account if you break these terms, and we will tell you why unless the law prevents us from doing so.';
    const { document, blocks } = fromHtml(
      `<main><table>${row(1, 'Accounts', long)}${row(2, 'Suspension and termination', long.replace('suspend', 'close'))}</table></main>`,
    );
    expect(document.clauses.map((c) => c.section)).toEqual(['1 Accounts', '2 Suspension and termination']);
    expect(blocks.filter((b) => b.role === 'cell').length).toBe(6); // label cells stay blocks, without clauses
  });
  it('short rows (a cookie table) are left alone', () => {
    const { document } = fromHtml(
      '<main><table><tr><td>sid</td><td>Keeps you signed in.</td><td>2 years</td></tr></table></main>',
    );
    expect(document.clauses.map((c) => [c.text, c.section])).toEqual([
      ['sid', ''],
      ['Keeps you signed in.', ''],
      ['2 years', ''],
    ]);
  });
  const brCases: Array<[string, string, Array<[string, string]>]> = [
    [
      'title lines before <br> become headings',
      '<div>What we collect<br>We collect your email address.<br><br>Your rights<br>You may ask for a copy.</div>',
      [
        ['We collect your email address.', 'What we collect'],
        ['You may ask for a copy.', 'Your rights'],
      ],
    ],
    [
      'a hard-wrapped sentence is not a title',
      '<div>We may share your data with<br>the courier who delivers it.</div>',
      [['We may share your data with the courier who delivers it.', '']],
    ],
    [
      'a lower-case next line is a continuation',
      '<div>Delivery partners<br>and couriers receive your address.</div>',
      [['Delivery partners and couriers receive your address.', '']],
    ],
  ];
  it.each(brCases)('<br> layout: %s', (_name, body, expected) => {
    const { document } = fromHtml(`<main>${body}</main>`);
    expect(document.clauses.map((c) => [c.text, c.section])).toEqual(expected);
  });
  it('<div class="header"> and <div class="footer"> without <main> are chrome', () => {
    const { document } = fromHtml(
      '<div class="header"><a href="/">Home</a> <a href="/menu">Menu</a></div><div class="page"><p>Keep me.</p></div><div class="footer">© Shop</div>',
    );
    expect(document.text).toBe('Keep me.');
  });
});

describe('locateInBlock round-trips', () => {
  const files = [
    'zoom-tos-2023-03-31.html',
    'zoom-privacy-2023-06-30.html',
    'details-terms.html',
    'cookie-policy.html',
    'grammarly-privacy.html',
    'de-agb.html',
    'privacy-notice-br.html',
    'terms-table.html',
  ];
  it.each(files)('%s: DOM text between located start and end equals each clause', (file) => {
    const doc = htmlToDocument(readFileSync(join(pages, file), 'utf8'), 'https://example.com/terms');
    const { document, blocks } = extractDocument(doc, 'https://example.com/terms');
    expect(document.clauses.length).toBeGreaterThan(10);
    for (const c of document.clauses) {
      const block = blocks[c.block]!;
      const a = locateInBlock(block, c.start);
      const b = locateInBlock(block, c.end);
      expect(a && b, c.id).toBeTruthy();
      expect(squash(domText(doc, a!, b!)), c.id).toBe(squash(c.text));
      expect(block.element.contains(a!.node)).toBe(true);
    }
  });
  // Text nodes whose words are parted by single spaces are read in one step (block-walker.ts), the others word by word:
  // both must map every character of a block back to its own character in the DOM.
  it.each([
    ['single spaces', '<p>We may share your data with partners.</p>'],
    ['a leading and a trailing space', '<p> We may share <a href="#">your data</a> with partners. </p>'],
    ['runs of whitespace and junk', '<p>We  may\tshare\u00a0your\u200bdata \n with partners.</p>'],
    ['bold and emphasised leads', '<p><b>Sharing. </b><i>In short: </i>we may share your data with partners.</p>'],
    ['a title line before <br>', '<div>What We Share<br>We may share your data with partners.<br><br>Next one.</div>'],
  ])('maps each character of a block with %s to the same character in the DOM', (_name, body) => {
    const { blocks } = fromHtml(`<main>${body}</main>`);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const at = locateInBlock(block, i)!;
        const ch = at.node.data[at.offset] ?? '';
        if (block.text[i] === ' ') expect(ch === '' || /\s/.test(ch), `${block.text} @${i}`).toBe(true);
        else expect(ch, `${block.text} @${i}`).toBe(block.text[i]);
      }
    }
  });
  it('returns null for offsets outside the block', () => {
    const { blocks } = fromHtml('<main><p>Short.</p></main>');
    expect(locateInBlock(blocks[0]!, -1)).toBeNull();
    expect(locateInBlock(blocks[0]!, 99)).toBeNull();
  });
});

describe('parseSource', () => {
  it('renders Markdown with the first heading as title', () => {
    const { doc, url } = parseSource('Intro\n\n# Privacy Policy\n\nWe collect data.', 'docs/policy.md');
    expect(doc.title).toBe('Privacy Policy');
    expect(url).toMatch(/^file:\/\/\/.*docs\/policy\.md$/);
    expect(doc.querySelector('h1')?.textContent).toBe('Privacy Policy');
  });
  it('reads setext headings too', () =>
    expect(parseSource('Terms of Service\n================\n\nText.', 'x.md').doc.title).toBe('Terms of Service'));
  it('splits plain text into paragraphs, keeping numbered lines', () => {
    const { doc } = parseSource(
      'Terms\n\n10.4 Customer License Grant. You agree to grant.\n\nSecond paragraph.',
      'terms.txt',
    );
    const ps = Array.from(doc.querySelectorAll('p')).map((p) => p.textContent);
    expect(ps).toEqual(['Terms', '10.4 Customer License Grant. You agree to grant.', 'Second paragraph.']);
    const { document } = extractDocument(doc, 'file:///terms.txt');
    // The plain-text label stays with the sentence it introduces and names the section, as a bold one would.
    const c = document.clauses.find((x) => x.text.includes('You agree to grant.'));
    expect(c?.text).toBe('10.4 Customer License Grant. You agree to grant.');
    expect(c?.section).toBe('10.4 Customer License Grant');
  });
  it('keeps HTML as is and escapes text', () => {
    expect(parseSource('<html><head><title>T</title></head><body><p>x</p></body></html>', 'a.html').doc.title).toBe(
      'T',
    );
    expect(parseSource('a <b> c', 'a.txt').doc.querySelector('p')?.textContent).toBe('a <b> c');
  });
});

describe('share and social widgets', () => {
  it('leaves out a share widget, but keeps a policy section named for sharing', () => {
    const { document } = fromHtml(
      '<main><h1>Privacy Policy</h1>' +
        '<section id="how-we-share-information"><h2>How we share information</h2>' +
        '<p>We may share your personal information with our advertising partners.</p></section>' +
        '<section class="social-media"><h2>Social media</h2><p>Our pages embed social media plugins.</p></section>' +
        '<div class="share-buttons"><ul><li><a href="#">Share on X</a></li><li><a href="#">Email a friend</a></li></ul></div>' +
        '</main>',
    );
    expect(document.text).toContain('We may share your personal information with our advertising partners.');
    expect(document.text).toContain('Our pages embed social media plugins.');
    expect(document.text).not.toContain('Share on X');
  });
});
