// The detector's bundle shortens the property names on DETECTOR_MANGLED_NAMES (scripts/detector-bundle-options.ts).
// None of them may be a key of anything that leaves the bundle, or the background, the other bundles and storage
// would find the key missing: the Detection it returns, the message it sends and the globals it sets (read here from
// the bundle as it ships, run on a terms page), every record the schemas check at a boundary (the stored documents,
// the exports), and every property the boundary's types declare (messages, the tab state, the page record, storage).
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTOR_BUNDLE_OPTIONS, DETECTOR_MANGLED_NAMES } from '../../../scripts/detector-bundle-options';
import { htmlToDocument } from '../../../src/cli/source';
import { detectPage } from '../../../src/core/detect';
import * as diffSchemas from '../../../src/core/diff/report-schema';
import * as exportSchemas from '../../../src/core/export/report-schema';
import * as reportSchemas from '../../../src/core/report/schema';
import * as storedSchemas from '../../../src/storage/validate';

const root = join(__dirname, '..', '..', '..');
const pages = join(root, 'test', 'fixtures', 'pages');

/** Every key of `value`, its arrays' items and nested objects. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/** Every key an object schema (valibot) reachable from `schema` checks: its entries, through pipes, unions, arrays. */
function schemaKeys(schema: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return into;
  seen.add(schema);
  const s = schema as { kind?: string; entries?: Record<string, unknown> };
  if (s.kind === 'schema' && s.entries) for (const k of Object.keys(s.entries)) into.add(k);
  for (const v of Object.values(schema)) if (v && typeof v === 'object') schemaKeys(v, into, seen);
  return into;
}

/** The files that type what crosses a bundle's boundary: messages and ports, the tab state, the page record, storage. */
const BOUNDARY_TYPES = [
  'src/core/types.ts',
  'src/core/clause-pack.ts',
  'src/core/report/page-report.ts',
  'src/shared/messages.ts',
  'src/shared/page-port.ts',
  'src/shared/tab-state.ts',
  'src/storage/schema.ts',
];

/** The property names a TypeScript file declares (`name:`, `readonly name?:` at the start of a line). */
function declaredKeys(file: string, into: Set<string>): Set<string> {
  const source = readFileSync(join(root, file), 'utf8');
  for (const m of source.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??:/gm)) into.add(m[1]!);
  return into;
}

/** The shipped detector entry (src/content/detect-entry.ts) run on `html`: what it sends and what it puts on globalThis. */
async function runBundledEntry(html: string, url: string): Promise<{ sent: unknown[]; globals: unknown }> {
  const out = await build({
    ...DETECTOR_BUNDLE_OPTIONS,
    entryPoints: [join(root, 'src', 'content', 'detect-entry.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    write: false,
  });
  const window = new Window({ url });
  window.document.write(html);
  const sent: unknown[] = [];
  const chrome = { runtime: { id: 'test', sendMessage: async (m: unknown) => (sent.push(m), { value: null }) } };
  const scope: Record<string, unknown> = { chrome };
  // The bundle's free names, bound to the page's window; its globals land on `scope`.
  const names = ['document', 'location', 'MutationObserver', 'performance', 'setTimeout', 'clearTimeout', 'Node'];
  const run = new Function('globalThis', ...names, out.outputFiles![0]!.text) as (...a: unknown[]) => void;
  run(scope, ...names.map((n) => (window as unknown as Record<string, unknown>)[n]));
  for (let i = 0; i < 100 && !sent.length; i++) await new Promise((r) => setTimeout(r, 20));
  await window.happyDOM.abort();
  await window.happyDOM.close();
  return { sent, globals: scope };
}

describe('the names the detector bundle mangles', () => {
  it('are none of the keys that leave the bundle', async () => {
    const crossing = new Set<string>();
    // The Detection, legal and not (verdict is only on the second).
    const labels = JSON.parse(readFileSync(join(pages, 'labels.json'), 'utf8')) as Array<{ file: string; url: string }>;
    for (const l of labels)
      keysOf(detectPage(htmlToDocument(readFileSync(join(pages, l.file), 'utf8'), l.url), l.url), crossing);
    for (const k of ['kind', 'isLegal', 'confidence', 'reasons', 'verdict']) expect(crossing).toContain(k);
    // The message the shipped entry sends, and the globals it sets for the analyser and a second injection.
    const terms = readFileSync(join(root, 'assets', 'sample', 'sample-terms.html'), 'utf8');
    const { sent, globals } = await runBundledEntry(terms, 'https://example.com/legal/terms');
    expect(sent.length).toBeGreaterThan(0);
    keysOf(sent, crossing);
    keysOf(globals, crossing);
    for (const k of ['type', 'payload', 'url', 'detection', 'isLegal', 'termwatchDetector'])
      expect(crossing).toContain(k);
    // Every record a schema checks at a boundary.
    for (const mod of [reportSchemas, storedSchemas, exportSchemas, diffSchemas])
      for (const value of Object.values(mod)) schemaKeys(value, crossing);
    for (const file of BOUNDARY_TYPES) declaredKeys(file, crossing);
    for (const k of ['analysis', 'status', 'flaggedClauses', 'sectionPath']) expect(crossing).toContain(k);

    expect(DETECTOR_MANGLED_NAMES.filter((name) => crossing.has(name))).toEqual([]);
  }, 60_000);
});
