// Long pages in plain words: a long text counts its legal words as well as their share (detect-page.ts, "legal
// words": 25 or more at 1–2% earn a point), so long pages that talk about data without being a document must stay
// non-legal: the written non-legal fixtures, made long, at a URL that names nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect';
import { htmlToDocument } from '../../../src/cli/source';

const url = 'https://example.invalid/page';
const pages = join(__dirname, '..', '..', 'fixtures', 'pages');
const mainOf = (file: string): string => /<main>([\s\S]*)<\/main>/.exec(readFileSync(join(pages, file), 'utf8'))![1]!;
const page = (title: string, body: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`;

describe('long pages in plain words', () => {
  // Help, news, guides about data, made long: the same article three times over with its own headings.
  it.each([
    'help-how-we-use-data-app.html',
    'news-quoting-privacy-policy.html',
    'blog-gdpr-explained.html',
    'product-privacy-tool.html',
  ])('%s made long stays non-legal', (file) => {
    const body = mainOf(file);
    const d = detectPage(htmlToDocument(page('Acme', body + body + body), url), url);
    expect(d.isLegal, d.reasons.join('; ')).toBe(false);
  });
});
