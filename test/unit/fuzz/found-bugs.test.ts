// Minimal repros of bugs the fuzz run (fuzz.test.ts, in the slow project) found, kept in the fast unit project so
// the inner loop guards them: fixed ones stay as regression tests; an open one is marked it.fails (vitest then fails
// once it is fixed, as a reminder to drop the marker).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { extractDocument } from '../../../src/core/extract';
import { MAX_CLAUSE } from '../../../src/core/extract/split-sentences';
import { htmlToDocument } from '../../../src/cli/source';
import { ONCE_BAD_ARIA_LEVELS } from './generators';

describe('fuzz: found bugs (minimal repros)', () => {
  const url = 'https://example.com/terms';

  // extract/block-walker.ts frameFor: tagLevel = Number(aria-level) || 2, unclamped and unrounded, and
  // extract-document.ts sets headingLevel = Math.min(6, rank), so TextBlockInfo.headingLevel ("1–6") gets -3 / 2.5.
  it.each(ONCE_BAD_ARIA_LEVELS)(
    'extract: role=heading aria-level="%s" gives a headingLevel within 1–6 (was a bug)',
    (level) => {
      const html = `<main><div role="heading" aria-level="${level}">Data</div><p>We sell data.</p></main>`;
      const { blocks } = extractDocument(htmlToDocument(html, url), url);
      const heading = blocks.find((b) => b.role === 'heading');
      expect(heading?.headingLevel).toBeOneOf([1, 2, 3, 4, 5, 6]);
    },
  );

  // extract-document.ts: "Keep '10.4 Customer License Grant.' with the sentence it introduces" splices spans 0 and 1
  // after splitSentences has capped them, so the merged clause exceeds MAX_CLAUSE (1027 > 1000 here).
  it('extract: a bold lead label merged with a capped run-on sentence stays within MAX_CLAUSE (was a bug)', () => {
    const html = `<p><b>10.4 Customer License Grant.</b> We ${'may '.repeat(300)}</p>`;
    const { document } = extractDocument(htmlToDocument(html, url), url);
    for (const c of document.clauses) expect(c.text.length).toBeLessThanOrEqual(MAX_CLAUSE);
  });

  // analyze/split-sentences.ts has no length cap (extract's splitter cuts at MAX_CLAUSE), so a line without sentence
  // punctuation is one clause, and matching it is quadratic (measured 0.08 s at 10 kB, 0.8 s at 50 kB, 3.4 s at
  // 100 kB).
  it('BUG analyzeText: a 20 kB line without sentence punctuation becomes one 20 kB clause (no MAX_CLAUSE cap)', () => {
    const line = 'we may use your content and share it with partners '.repeat(400);
    const { clauses } = analyzeText(line, { lang: 'en' });
    for (const c of clauses) expect(c.text.length).toBeLessThanOrEqual(MAX_CLAUSE);
  }, 30_000);

  // happy-dom's HTMLParser.parseEndOfStartTag throws a DOMException (insertBefore) on <body>/<html> inside an open
  // <table>; cli/source/index.ts htmlToDocument does not catch it, so `termwatch analyze` of a 13-byte file exits 1
  // with "internal error". Found by the bulk run (seed 1, inputs 688 and 926), minimised by deleting characters.
  it.each(['<table><body>', '<table><html>', '<p><table><body>We sell your data.'])(
    'source: htmlToDocument(%j) does not throw (was a parser crash)',
    (html) => {
      expect(() => htmlToDocument(html, url)).not.toThrow();
    },
  );
});
