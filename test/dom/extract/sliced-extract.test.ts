// extractDocumentInSlices must give exactly what extractDocument gives (document, block texts, DOM mapping), only
// spread over several tasks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractDocument, extractDocumentInSlices, locateInBlock, type Extraction } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';

// Counts the default pauses while keeping the real behaviour.
const defaultPauses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/yield-to-page', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/yield-to-page')>();
  return {
    ...real,
    yieldToPage: () => {
      defaultPauses.count++;
      return real.yieldToPage();
    },
  };
});

const pages = join(__dirname, '..', '..', 'fixtures', 'pages');
const labels = JSON.parse(readFileSync(join(pages, 'labels.json'), 'utf8')) as Array<{ file: string; url: string }>;

/** Everything an Extraction says, as comparable JSON (elements compared by identity separately). */
function snapshot(x: Extraction): string {
  return JSON.stringify({
    document: x.document,
    blocks: x.blocks.map((b) => [b.index, b.role, b.headingLevel, b.text]),
  });
}

function expectSame(sync: Extraction, sliced: Extraction): void {
  expect(snapshot(sliced)).toBe(snapshot(sync));
  expect(sliced.blocks.map((b) => b.element)).toEqual(sync.blocks.map((b) => b.element));
  // The DOM mapping is there too: every clause boundary locates to the same text node and offset.
  for (const c of sliced.document.clauses) {
    const a = sliced.blocks[c.block]!;
    const b = sync.blocks[c.block]!;
    for (const at of [c.start, c.end]) expect(locateInBlock(a, at)).toEqual(locateInBlock(b, at));
  }
}

describe('extractDocumentInSlices equals extractDocument', () => {
  it.each(labels.map((l) => [l.file, l.url] as const))('%s', async (file, url) => {
    const doc = htmlToDocument(readFileSync(join(pages, file), 'utf8'), url);
    const sync = extractDocument(doc, url);
    let pauses = 0;
    const sliced = await extractDocumentInSlices(doc, url, { sliceMs: 0, yieldFn: async () => void pauses++ });
    expectSame(sync, sliced);
    expect(sliced.document.wordCount).toBe((sliced.document.text.match(/\S+/g) ?? []).length);
    expect(pauses).toBeGreaterThan(0);
  });
});

describe('extractDocumentInSlices on a large page', () => {
  const url = 'https://explore.zoom.us/en/terms/';
  const html = readFileSync(join(pages, 'zoom-tos-2023-03-31.html'), 'utf8');
  const open = html.indexOf('<article');
  const close = html.indexOf('</article>');
  const body = html.slice(html.indexOf('>', open) + 1, close);
  // The agreement repeated to ~400 KB: enough work that 1 ms slices must pause many times.
  const big = html.slice(0, close) + body.repeat(Math.ceil(400_000 / body.length)) + html.slice(close);

  it('pauses more than once with 1 ms slices and still gives the same result', async () => {
    const doc = htmlToDocument(big, url);
    const sync = extractDocument(doc, url);
    let pauses = 0;
    const sliced = await extractDocumentInSlices(doc, url, {
      sliceMs: 1,
      yieldFn: () =>
        new Promise<void>((r) =>
          setTimeout(() => {
            pauses++;
            r();
          }, 0),
        ),
    });
    expect(pauses).toBeGreaterThan(1);
    expectSame(sync, sliced);
    expect(sliced.document.clauses.length).toBeGreaterThan(1000);
  }, 60_000);

  it('stops with the abort reason when the signal is aborted between slices', async () => {
    const doc = htmlToDocument(big, url);
    const ctrl = new AbortController();
    const run = extractDocumentInSlices(doc, url, {
      sliceMs: 1,
      signal: ctrl.signal,
      yieldFn: async () => ctrl.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  }, 60_000);

  it('uses the default pause (yieldToPage) when no yieldFn is given', async () => {
    // Whether Node interleaves other tasks with MessageChannel messages depends on its port batching (an earlier
    // timer-based version of this test was flaky); that yieldToPage is a real task is tested in yield-to-page.test.ts.
    const doc = htmlToDocument(html, url);
    defaultPauses.count = 0;
    const sliced = await extractDocumentInSlices(doc, url, { sliceMs: 0 });
    expectSame(extractDocument(doc, url), sliced);
    expect(defaultPauses.count).toBeGreaterThan(0);
  });
});
