// Stress and large inputs for extractDocument (slow project): deep nesting and a multi-megabyte page. Documents are
// built with happy-dom's Window by htmlToDocument, so no global DOM is needed.
import { describe, expect, it } from 'vitest';
import { extractDocument, type Extraction } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';

const PAGE_URL = 'https://x.example/terms';
const fromHtml = (body: string): Extraction =>
  extractDocument(
    htmlToDocument(`<!doctype html><html lang="en"><head></head><body>${body}</body></html>`, PAGE_URL),
    PAGE_URL,
  );

describe('extractDocument on large inputs', () => {
  it('survives 20,000 levels of nesting (no recursion)', () => {
    const depth = 20000;
    const { document } = fromHtml(`<main>${'<div>'.repeat(depth)}<p>Deep clause.</p>${'</div>'.repeat(depth)}</main>`);
    expect(document.text).toBe('Deep clause.');
  }, 60_000); // about a second alone, many times that on a busy 2-core machine
  it('survives 20,000 nested divs without <main> or <title> (happy-dom querySelector/textContent recurse)', () => {
    const depth = 20000;
    const { document } = fromHtml(`${'<div>'.repeat(depth)}<p>Deep clause.</p>${'</div>'.repeat(depth)}`);
    expect(document.text).toBe('Deep clause.');
    expect(document.title).toBe('');
  }, 60_000);
  it('handles a multi-megabyte page', () => {
    const para =
      '<p>You agree that we may <a href="#">use</a> your content, e.g. for support. We will not sell it.</p>';
    const { document } = fromHtml(`<main>${para.repeat(40000)}</main>`);
    expect(document.clauses.length).toBe(80000);
  }, 60_000); // happy-dom's parser dominates here, not the extractor
});
