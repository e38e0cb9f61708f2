// The detector as it ships decides as its source does: bundled and minified with the always-on bundle's options
// (scripts/detector-bundle-options.ts shortens property names inside the bundle, and has safe-dom.ts without its
// happy-dom fallbacks), it returns the same detection, reasons and all, for every labelled fixture page and for each
// at a URL that names nothing.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectorBuildOptions } from '../../../scripts/detector-bundle-options';
import { htmlToDocument } from '../../../src/cli/source';
import { detectPage } from '../../../src/core/detect';
import * as safeDom from '../../../src/core/detect/safe-dom';
import * as nativeDom from '../../../src/core/detect/safe-dom-native';
import type { Detection } from '../../../src/core/types';

const root = join(__dirname, '..', '..', '..');
const dir = join(root, 'test', 'fixtures', 'pages');
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Array<{ file: string; url: string }>;

async function bundledDetectPage(): Promise<(doc: Document, url: string) => Detection> {
  const out = await build(
    detectorBuildOptions({
      stdin: { contents: `export { detectPage } from './src/core/detect';`, resolveDir: root, loader: 'ts' },
      format: 'esm',
      write: false,
    }),
  );
  const code = out.outputFiles![0]!.text;
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    detectPage: (doc: Document, url: string) => Detection;
  };
  return mod.detectPage;
}

describe('the bundled detector', () => {
  it('has safe-dom.ts in the native form with the same exports (safe-dom-native.ts)', () => {
    expect(Object.keys(nativeDom).sort()).toEqual(Object.keys(safeDom).sort());
  });

  it('decides every fixture page as the source does, at its URL and at a neutral one', async () => {
    const bundled = await bundledDetectPage();
    const differ: string[] = [];
    for (const l of labels) {
      const html = readFileSync(join(dir, l.file), 'utf8');
      for (const url of [l.url, 'https://example.invalid/page']) {
        const a = detectPage(htmlToDocument(html, url), url);
        const b = bundled(htmlToDocument(html, url), url);
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${l.file} at ${url}`);
      }
    }
    expect(labels.length).toBeGreaterThan(50);
    expect(differ).toEqual([]);
  }, 120_000);
});
