// A streamed extraction hands on its head and first part once the page's start is read, not after the whole page is
// walked: the analysis starts on the first part while the page's rest is read (on the 1 MB bench page the walk alone
// kept it waiting 40-50 ms). The word count, which needs every block, comes with the extraction's end.
import { describe, expect, it } from 'vitest';
import { extractDocument, extractDocumentInSlices } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';

const URL_ = 'https://acme.example/terms';

function longPage(sections: number): Document {
  const body = Array.from(
    { length: sections },
    (_, i) =>
      `<h2>${i + 1}. Section ${i + 1}</h2><p>We may use your content to improve the service in section ${i + 1}. ` +
      `You may cancel at any time by writing to us.</p>`,
  ).join('\n');
  return htmlToDocument(
    `<!doctype html><html lang="en"><head><title>Acme Terms</title></head><body><main><h1>Terms</h1>${body}</main></body></html>`,
    URL_,
  );
}

describe('a streamed extraction', () => {
  it('sends its head and first part within the first slices, while most of the page is still to be walked', async () => {
    const doc = longPage(3000);
    let pauses = 0;
    let atHead = -1;
    let atFirstPart = -1;
    const heads: unknown[] = [];
    const extraction = await extractDocumentInSlices(
      doc,
      URL_,
      { sliceMs: 0, yieldFn: async () => void pauses++ },
      {
        onHead: (head) => {
          atHead = pauses;
          heads.push(head);
        },
        *onPart(part) {
          if (part.seq === 0) atFirstPart = pauses;
          yield; // a checkpoint, as packing and posting a part are
        },
      },
    );
    // Every checkpoint pauses (sliceMs 0): walking 3,000 sections takes dozens of them before the last block is read.
    expect(pauses).toBeGreaterThan(200);
    expect(atHead).toBeGreaterThanOrEqual(0);
    expect(atHead).toBeLessThan(pauses / 50);
    expect(atFirstPart).toBeLessThan(pauses / 20);
    // The head has no word count; the extraction's document has the whole page's.
    expect(heads).toEqual([{ url: URL_, title: 'Acme Terms', lang: 'en' }]);
    expect(extraction.document.wordCount).toBe(extractDocument(longPage(3000), URL_).document.wordCount);
    expect(extraction.document.wordCount).toBeGreaterThan(3000 * 20);
  });
});
