// Pathologically deep markup (20,000 levels) must not throw in detectPage or extractDocument: happy-dom's own
// querySelector/textContent/title recurse, so the core must fall back to iterative walks (src/core/detect/safe-dom.ts).
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../src/core/detect';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';

const DEPTH = 20000;
const nest = (open: string, close: string, inner: string): string => open.repeat(DEPTH) + inner + close.repeat(DEPTH);
const clause = '<p>1.1 You must not misuse the service. We shall not be liable for indirect damages.</p>';

// [name, <head> content, <body> content, text that extraction must find ('' when the content is, by design, past
// the bounded look-ahead that decides whether a <header> or hidden element is chrome)]
const shapes: Array<[string, string, string, string]> = [
  ['divs, no <main>, no <title>', '', nest('<div>', '</div>', clause), 'You must not misuse the service.'],
  [
    'divs, no <main>, with <title>',
    '<title>Terms of Service</title>',
    nest('<div>', '</div>', clause),
    'You must not misuse the service.',
  ],
  [
    'spans inside one paragraph',
    '<title>Terms</title>',
    `<p>${nest('<span>', '</span>', 'Deep inline text.')}</p>`,
    'Deep inline text.',
  ],
  [
    'bold runs',
    '<title>Terms</title>',
    `<p>${nest('<b>', '</b>', 'Bold all the way down.')}</p>`,
    'Bold all the way down.',
  ],
  ['nested headers', '<title>Terms</title>', nest('<header>', '</header>', '<h2>Deep heading</h2>' + clause), ''],
  ['nested hidden panels', '<title>Terms</title>', nest('<div hidden>', '</div>', clause), ''],
  ['nested lists', '<title>Terms</title>', nest('<ul><li>', '</li></ul>', 'Deep list item.'), 'Deep list item.'],
  [
    'nested details',
    '<title>Terms</title>',
    nest('<details><summary>S</summary>', '</details>', clause),
    'You must not misuse the service.',
  ],
  [
    'nested articles',
    '<title>Terms</title>',
    nest('<article>', '</article>', clause),
    'You must not misuse the service.',
  ],
  [
    'deep h1',
    '',
    `<h1>${nest('<span>', '</span>', 'Terms of Service')}</h1>${clause}`,
    'You must not misuse the service.',
  ],
];

describe('20,000 levels of nesting', () => {
  it.each(shapes)(
    '%s: detectPage and extractDocument do not throw',
    (_name, head, body, expected) => {
      const url = 'https://deep.example/terms';
      const doc = htmlToDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
      const d = detectPage(doc, url);
      expect(['terms', 'privacy', 'cookies', 'ai_policy', 'other']).toContain(d.kind);
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      const { document } = extractDocument(doc, url);
      expect(document.text).toContain(expected);
      expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    },
    60_000,
  );
});
