// The page decides how long its title, headings and URL are: what detection and extraction produce is cut to
// core/bounds.ts, so the background never has a reason to refuse the report.
import { describe, expect, it } from 'vitest';
import { PAGE_BOUNDS } from '../../../src/core/bounds';
import { detectPage } from '../../../src/core/detect';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument } from '../../../src/cli/source';

const long = (word: string, n: number): string => `${word} `.repeat(Math.ceil(n / (word.length + 1))).slice(0, n);
const CLAUSES =
  '<p>We may share your personal data with our advertising partners. We do not sell your data.</p>'.repeat(20);

function page(head: string, body: string, url = 'https://bounds.example/terms'): Document {
  return htmlToDocument(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
}

describe('extraction keeps page strings within bounds', () => {
  it('shortens a long title and long headings, keeping their start', () => {
    const url = 'https://bounds.example/terms';
    const doc = page(
      `<title>${long('Terms', 5_000)}</title>`,
      `<h1>Terms of Service</h1><h2>1. ${long('Sharing', 3_000)}</h2>${CLAUSES}`,
    );
    const { document } = extractDocument(doc, url);
    expect(document.title.length).toBeLessThanOrEqual(PAGE_BOUNDS.title);
    expect(document.title.startsWith('Terms Terms')).toBe(true);
    expect(document.clauses.length).toBeGreaterThan(0);
    for (const c of document.clauses) {
      expect(c.section.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
      expect(c.section.startsWith('1. Sharing Sharing')).toBe(true);
      for (const h of c.sectionPath) expect(h.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
    }
  });

  it('keeps at most sectionDepth headings, the innermost', () => {
    // h2–h5, a numbered h6, four numbered sub-levels under it and a bold label: a path of 10 without the bound.
    const headings = `${[2, 3, 4, 5].map((n) => `<h${n}>Part ${n}</h${n}>`).join('')}<h6>1 Top</h6>`;
    const numbered = ['1.1', '1.1.1', '1.1.1.1', '1.1.1.1.1']
      .map((n) => `<p><strong>${n} Title ${n}.</strong> Text of ${n}.</p>`)
      .join('');
    const body = `<h1>Terms</h1>${headings}${numbered}<p><strong>Label:</strong> We may share your personal data with partners.</p>`;
    const { document } = extractDocument(page('<title>Terms</title>', body), 'https://bounds.example/terms');
    const deepest = document.clauses.find((c) => c.text.includes('share your personal data'))!;
    expect(deepest.sectionPath).toHaveLength(PAGE_BOUNDS.sectionDepth);
    expect(deepest.sectionPath[deepest.sectionPath.length - 1]).toBe('Label');
    expect(deepest.section).toBe('Label');
  });

  it('cuts a long URL to the bound', () => {
    const url = `https://bounds.example/terms?state=${'a'.repeat(PAGE_BOUNDS.url * 2)}`;
    const { document } = extractDocument(page('<title>Terms</title>', `<h1>Terms of Service</h1>${CLAUSES}`, url), url);
    expect(document.url.length).toBeLessThanOrEqual(PAGE_BOUNDS.url);
    expect(document.url.startsWith('https://bounds.example/terms?state=aaa')).toBe(true);
  });
});

describe('detection keeps its reasons within bounds', () => {
  it('shortens reasons that quote the page and keeps at most `reasons` of them', () => {
    const url = `https://bounds.example/${'terms/'.repeat(PAGE_BOUNDS.reasons * 2)}`;
    const head =
      `<title>Terms of Service</title><meta property="og:type" content="${'x'.repeat(5_000)}">` +
      `<script type="application/ld+json">{"@type": "${'Y'.repeat(3_000)}"}</script>`;
    const detection = detectPage(page(head, `<h1>Terms of Service</h1>${CLAUSES}`, url), url);
    expect(detection.reasons.length).toBeLessThanOrEqual(PAGE_BOUNDS.reasons);
    for (const r of detection.reasons) expect(r.length).toBeLessThanOrEqual(PAGE_BOUNDS.reason);
  });

  it('shortens an og:type reason on a page that gets past the early exit', () => {
    const url = 'https://bounds.example/terms';
    const head = `<title>Terms of Service</title><meta property="og:type" content="${'x'.repeat(5_000)}">`;
    const detection = detectPage(page(head, `<h1>Terms of Service</h1>${CLAUSES}`, url), url);
    expect(detection.reasons.some((r) => r.startsWith('og:type xxx'))).toBe(true);
    for (const r of detection.reasons) expect(r.length).toBeLessThanOrEqual(PAGE_BOUNDS.reason);
  });
});
