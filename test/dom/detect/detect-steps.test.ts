// The always-on detector runs detectSteps in short tasks (content/detect-entry.ts): the same verdict as detectPage,
// with pauses between the costly parts (names, the text sample, the vocabulary counts, aboutness).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, detectSteps } from '../../../src/core/detect';
import { htmlToDocument } from '../../../src/cli/source';
import type { Detection } from '../../../src/core/types';

interface Label {
  file: string;
  url: string;
  kind: string;
}

const dir = join(__dirname, '..', '..', 'fixtures', 'pages');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[];

function stepped(doc: Document, url: string): { detection: Detection; pauses: number } {
  const steps = detectSteps(doc, url);
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { detection: r.value, pauses };
    pauses++;
  }
}

describe('detectSteps', () => {
  it.each(labels.slice(0, 12).map((l) => [l.file, l] as const))('%s: the same verdict as detectPage', (_f, l) => {
    const html = readFileSync(join(dir, l.file), 'utf8');
    const { detection } = stepped(htmlToDocument(html, l.url), l.url);
    expect(detection).toEqual(detectPage(htmlToDocument(html, l.url), l.url));
  });

  it('pauses at least four times on a page with a body of text', () => {
    const legal = labels.find((l) => l.kind === 'terms')!;
    const { pauses, detection } = stepped(
      htmlToDocument(readFileSync(join(dir, legal.file), 'utf8'), legal.url),
      legal.url,
    );
    expect(detection.isLegal).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });
});
