import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { toMarkdown } from '../../../src/core/export';
import { analysis, hostileInput, sampleInput } from './make-input';

// Render as a tracker would (GFM) and look at what elements came out.
function render(md: string): string {
  return marked.parse(md, { async: false, gfm: true });
}

describe('toMarkdown', () => {
  const md = toMarkdown(sampleInput());

  it('has a heading, the grade line with its driver, a count table and a footer', () => {
    expect(md).toMatch(/^## Termwatch report: Zoom Terms of Service\n/);
    expect(md).toContain('**Grade D** · score 38/100 · Terms of service · 87 words');
    expect(md).toContain('What drove it: Grants AI-training rights over your content');
    expect(md).toContain('| AI / machine-learning training | 2 | 1 | 0 | 3 |');
    expect(md).toContain('| Sale of personal data | 0 | 0 | 1 | 1 |');
    expect(md).toContain('| Tracking and targeted ads | 0 | 0 | 0 | 0 |');
    expect(md).toContain('Page: <https://www.zoom.us/terms>');
    expect(md).toMatch(/Version `[0-9a-f]{64}` \(SHA-256 of the normalised text\), seen 2023-08-07 \(UTC\)/);
    expect(md).toContain('Analyser `test-1`');
  });

  it('quotes clauses under their category heading with stance, severity, section, evidence, rule and case', () => {
    const ai = md.slice(md.indexOf('### AI / machine-learning training'), md.indexOf('### Sale of personal data'));
    expect(ai).toContain('> Notwithstanding the above, Zoom will not use audio, video or chat Customer Content');
    expect(ai).toContain(
      '- **Only with your consent (opt-in)** · severity Medium · section 10.4 Customer License Grant',
    );
    expect(ai).toContain('- Evidence: “will not use”, “without your consent”');
    expect(ai).toContain(
      '- Rule `ai_training.consent-required` · nearest case (Termwatch wording, not a ToS;DR title): This service uses your content to train AI models only with your consent',
    );
    expect(md).toContain('· nearest ToS;DR case: This service does not sell your personal data');
    // Category display order (CATEGORY_IDS), not finding order.
    expect(md.indexOf('### AI / machine-learning training')).toBeLessThan(md.indexOf('### Sale of personal data'));
    expect(md.indexOf('### Sale of personal data')).toBeLessThan(md.indexOf('### Broad licence to your content'));
    expect(md).not.toContain('### Tracking');
  });

  it('warns when the language is unsupported instead of implying an all-clear', () => {
    const out = toMarkdown(sampleInput({ lang: 'de', analysis: analysis([], { languageSupported: false }) }));
    expect(out).toContain("**Warning:** this text's language (de) is not supported yet");
    expect(out).toContain('_No clauses flagged._');
  });

  // [hostile page text, what must not appear in the rendered HTML]
  const hostile: [string, RegExp][] = [
    ['Click [here](http://evil.example/x) now', /<a /],
    ['See ![img](http://evil.example/p.png)', /<img /],
    ['<script>alert(1)</script> terms', /<script/],
    ['<a href="http://evil.example">x</a>', /<a /],
    ['<http://evil.example/autolink>', /href="http:\/\/evil/],
    ['# Fake heading\nnext line', /<h1/],
    ['cell | with | pipes', /<td>with/],
    ['- fake list item', /<li>/],
    ['1. fake ordered item', /<li>/],
    ['text\n===\nsetext', /<h1/],
    ['**bold** and _em_ and `code`', /<(strong|em|code)>/],
    ['    indented code', /<pre>/],
    ['[ref]: http://evil.example\n[ref]', /<a /],
  ];
  it.each(hostile)('page text %j cannot inject markup', (text, forbidden) => {
    const html = render(toMarkdown(hostileInput(text)));
    const quote = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)?.[1] ?? '';
    expect(quote).not.toMatch(forbidden);
    // The heading (page title) stays one plain heading.
    expect(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '').not.toMatch(/<(a|img|script|code|strong|em)\b/);
    expect(html).not.toMatch(/<script/);
  });

  it('keeps the words readable after escaping', () => {
    const html = render(toMarkdown(hostileInput('<b>Zoom</b> & [you] | 100% #1 @team $5 *all*')));
    expect(html).toContain('&lt;b&gt;Zoom&lt;/b&gt; &amp; [you] | 100% #1 @team $5 *all*');
  });

  it('drops control characters and whole escape sequences, so printing the report cannot drive the terminal', () => {
    const md = toMarkdown(hostileInput('Terms\u001b[2J\u001b]0;pwned\u0007 apply\u0000\u009b31m here\u007f'));
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(md).toContain('> Terms apply here');
  });

  // GFM renderers link a bare URL wherever its scheme or "www." starts, even right after a letter, digit or "_"
  // (cmark-gfm looks back from the ":" over letters only), so the escape must not depend on what comes before.
  const autolinks: string[] = [
    '_http://evil.example/x',
    '1http://evil.example/x',
    'xhttps://evil.example',
    'see:https://evil.example',
    'HTTP://EVIL.EXAMPLE',
    '(ftp://evil.example)',
    '~http://evil.example~',
    '_www.evil.example',
    'awww.evil.example',
    '*www.evil.example*',
    'WWW.evil.example',
    'mailto:x@evil.example',
    '1mailto:x@evil.example',
    'xmpp:x@evil.example',
  ];
  it.each(autolinks)('leaves no autolink in %j', (text) => {
    // A file: page gets no link back, so any link in the output came from the page text.
    const md = toMarkdown(hostileInput(text, { url: 'file:///saved/terms.html' }));
    expect(md).not.toMatch(/(?:https?|ftp|mailto|xmpp):|www\./i);
    expect(render(md)).not.toMatch(/<a /);
  });

  it('links back only to http(s) pages', () => {
    expect(toMarkdown(sampleInput({ url: 'javascript:alert(1)' }))).not.toMatch(/<javascript:|\]\(javascript:/);
    expect(render(toMarkdown(sampleInput({ url: 'javascript:alert(1)' })))).not.toMatch(/href="javascript:/);
    expect(toMarkdown(sampleInput({ url: 'https://ex.com/a b>c' }))).toContain('<https://ex.com/a%20b%3Ec>');
  });
});
