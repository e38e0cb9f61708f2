// The detector's bundle shortens the property names on DETECTOR_MANGLED_NAMES (scripts/detector-bundle-options.ts).
// None of them may be a key of anything that leaves the bundle or comes into it, or the background, the other bundles
// and storage would find the key missing: the message the shipped entry sends and the globals it sets (built with and
// without the list, run on a terms page: the same keys), the Detection, every record the schemas check at a boundary,
// every property the boundary's types declare (messages, the tab state, the page record, storage, what the detector
// reads off the analyser), and every member of a browser or language interface (TypeScript's lib.dom, lib.es*).
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ts from 'typescript-api';
import { DETECTOR_MANGLED_NAMES, detectorBuildOptions } from '../../../scripts/detector-bundle-options';
import { htmlToDocument } from '../../../src/cli/source';
import { detectPage } from '../../../src/core/detect';
import * as diffSchemas from '../../../src/core/diff/report-schema';
import * as exportSchemas from '../../../src/core/export/report-schema';
import * as reportSchemas from '../../../src/core/report/schema';
import * as storedSchemas from '../../../src/storage/validate';

const root = join(__dirname, '..', '..', '..');
const pages = join(root, 'test', 'fixtures', 'pages');

/** Every key of `value`, its arrays' items, nested objects and functions (`{ rerun() }`). */
function keysOf(value: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (seen.has(value)) return into;
  seen.add(value);
  if (Array.isArray(value)) for (const item of value) keysOf(item, into, seen);
  else if (value && (typeof value === 'object' || typeof value === 'function'))
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into, seen);
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

/**
 * The files that type what crosses a bundle's boundary: messages and ports, the tab state, the page record, storage;
 * and, where a file types its own things too, the interfaces in it that do (what the detector reads off the analyser).
 */
const BOUNDARY_TYPES: Array<string | { file: string; only: string[] }> = [
  'src/core/types.ts',
  'src/core/clause-pack.ts',
  'src/core/report/page-report.ts',
  'src/shared/messages.ts',
  'src/shared/page-port.ts',
  'src/shared/tab-state.ts',
  'src/storage/schema.ts',
  { file: 'src/content/detect-entry.ts', only: ['AnalyserHandle'] },
  { file: 'src/content/page-watch.ts', only: ['AnalyserView'] },
];

/** Names of the properties and methods declared in `file` (in the interfaces and type literals named `only`). */
function declaredKeys(file: string, into: Set<string>, only?: string[]): Set<string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const visit = (node: ts.Node, inside: boolean): void => {
    const named = ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
    const here = inside || (named && only!.includes(node.name.text));
    if (here && (ts.isPropertySignature(node) || ts.isMethodSignature(node)) && ts.isIdentifier(node.name))
      into.add(node.name.text);
    node.forEachChild((child) => visit(child, here));
  };
  visit(source, !only);
  return into;
}

/** Member names of every interface in TypeScript's lib.dom.d.ts and lib.es*.d.ts: what browsers and JS have. */
function libMembers(): Set<string> {
  const lib = join(root, 'node_modules', 'typescript-api', 'lib');
  const into = new Set<string>();
  for (const f of readdirSync(lib).filter((f) => /^lib\.(?:dom|es[\w.]*)\.d\.ts$/.test(f)))
    declaredKeys(join(lib, f), into);
  return into;
}

/**
 * Listed names that browsers' interfaces have too, each allowed with the reason it is safe: the bundle reads it off
 * its own objects only, never off a browser object.
 */
const LIB_MEMBERS_ALLOWED: Record<string, string> = {
  controls: 'only ever read off TextSample, PageMeta and NameHit',
  heading: 'only ever read off TextSample, PageMeta and NameHit',
  exact: 'only ever read off TextSample, PageMeta and NameHit',
};

/**
 * The shipped detector entry (src/content/detect-entry.ts) built with its mangled names or without, and run on
 * `html`: what it sends and what it puts on globalThis.
 */
async function runBundledEntry(
  html: string,
  url: string,
  mangle: boolean,
): Promise<{ sent: unknown[]; globals: unknown }> {
  const entry = join(root, 'src', 'content', 'detect-entry.ts');
  const out = await build(detectorBuildOptions({ entryPoints: [entry], write: false }, mangle));
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
    // Every record a schema checks at a boundary.
    for (const mod of [reportSchemas, storedSchemas, exportSchemas, diffSchemas])
      for (const value of Object.values(mod)) schemaKeys(value, crossing);
    for (const t of BOUNDARY_TYPES)
      if (typeof t === 'string') declaredKeys(join(root, t), crossing);
      else declaredKeys(join(root, t.file), crossing, t.only);
    for (const k of ['analysis', 'status', 'flaggedClauses', 'sectionPath', 'painting', 'isOwnNode', 'refresh'])
      expect(crossing).toContain(k);
    for (const k of ['highlight', 'found', 'analyse', 'marks']) expect(crossing, 'inline in messages.ts').toContain(k);

    expect(DETECTOR_MANGLED_NAMES.filter((name) => crossing.has(name))).toEqual([]);
  }, 60_000);

  it('leave the message the shipped entry sends and the globals it sets as they are without them', async () => {
    // Built with and without the list: a listed name among their keys would show as a short name in the first.
    const terms = readFileSync(join(root, 'assets', 'sample', 'sample-terms.html'), 'utf8');
    const url = 'https://example.com/legal/terms';
    const [mangled, plain] = [await runBundledEntry(terms, url, true), await runBundledEntry(terms, url, false)];
    expect(plain.sent.length).toBeGreaterThan(0);
    const keys = ({ sent, globals }: { sent: unknown[]; globals: unknown }): string[] =>
      [...keysOf(globals, keysOf(sent))].sort();
    for (const k of ['type', 'payload', 'url', 'detection', 'isLegal', 'termwatchDetector', 'rerun'])
      expect(keys(plain)).toContain(k);
    expect(keys(mangled)).toEqual(keys(plain));
  }, 60_000);

  it('are no member of a browser or language interface, but those allowed with a reason', () => {
    const members = libMembers();
    for (const k of ['timeout', 'textContent', 'title', 'length']) expect(members).toContain(k);
    const clashes = DETECTOR_MANGLED_NAMES.filter((name) => members.has(name));
    expect(clashes.filter((name) => !LIB_MEMBERS_ALLOWED[name])).toEqual([]);
    // An allowance outlives its reason when the name leaves the list or lib.dom.
    expect(Object.keys(LIB_MEMBERS_ALLOWED).sort()).toEqual([...clashes].sort());
  });
});
