// The version histories of ../shared/corpus/ota/history/<Service>/<Type>/<recorded>-<commit>.md, oldest first, run
// through what the extension runs on a page (real/run-document.ts) on worker threads, with a cache of the runs keyed by
// the Markdown and by every source file a run imports, so that tuning the diff does not re-analyse 480 documents.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { VersionSnapshot } from '../../../src/core/diff';
import type { Clause, Finding } from '../../../src/core/types';
import { runDocuments } from '../real/pool';
import { neutralUrl } from '../real/run-document';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CACHE = join(ROOT, 'artifacts', 'eval', 'changes-cache');

export interface RecordedVersion {
  /** "<recorded>-<commit>", the file name without .md. */
  id: string;
  markdown: string;
  clauses: Clause[];
  findings: Finding[];
  error: string | null;
}

export interface History {
  /** "<Service>/<Type>". */
  name: string;
  versions: RecordedVersion[];
}

/** What the change report compares of a recorded version. */
export const snapshotOf = (v: Pick<VersionSnapshot, 'clauses' | 'findings'>): VersionSnapshot => ({
  clauses: v.clauses,
  findings: v.findings,
});

/**
 * Every consecutive pair of a history's versions, as the extension keeps them: a capture with no text (an empty
 * recording) is not a legal page and is never saved, so it is no version; the versions before the previous one,
 * newest first, are its recent variants.
 */
export function* consecutivePairs(
  h: History,
): Generator<{ before: RecordedVersion; after: RecordedVersion; earlier: VersionSnapshot[] }> {
  const kept = h.versions.filter((v) => !v.error && v.clauses.length > 0);
  for (let i = 1; i < kept.length; i++) {
    const earlier = kept
      .slice(0, i - 1)
      .reverse()
      .map(snapshotOf);
    yield { before: kept[i - 1]!, after: kept[i]!, earlier };
  }
}

/**
 * One hash of every source file a document's run imports (what the workers run, as esbuild resolves it, dynamic imports
 * included): a changed analyser or extractor empties the cache, a changed diff, export or page does not.
 */
async function sourceHash(): Promise<string> {
  const { metafile } = await build({
    entryPoints: [join(ROOT, 'scripts', 'eval', 'real', 'worker.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  const h = createHash('sha256');
  for (const f of Object.keys(metafile.inputs).sort()) {
    h.update(f);
    h.update(readFileSync(join(ROOT, f)));
  }
  return h.digest('hex').slice(0, 16);
}

export function listHistories(otaDir: string): Array<{ name: string; files: string[] }> {
  const root = join(otaDir, 'history');
  if (!existsSync(root)) throw new Error(`no version histories at ${root}`);
  const out: Array<{ name: string; files: string[] }> = [];
  for (const service of readdirSync(root).sort())
    for (const type of readdirSync(join(root, service)).sort()) {
      const dir = join(root, service, type);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => join(dir, f));
      out.push({ name: `${service}/${type}`, files });
    }
  return out;
}

interface CachedRun {
  clauses: Clause[];
  findings: Finding[];
  error: string | null;
}

/** Runs (or reads from the cache) every Markdown text given, in order. */
export async function runAll(markdowns: readonly string[], workers: number): Promise<CachedRun[]> {
  const salt = await sourceHash();
  mkdirSync(CACHE, { recursive: true });
  const keyOf = (md: string): string =>
    createHash('sha256').update(salt).update('\0').update(md).digest('hex').slice(0, 32);
  const results: Array<CachedRun | null> = markdowns.map((md) => {
    const file = join(CACHE, `${keyOf(md)}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CachedRun) : null;
  });
  const todo = results.flatMap((r, i) => (r ? [] : [i]));
  if (todo.length) {
    console.error(`eval changes: analysing ${todo.length} document texts (${markdowns.length - todo.length} cached)`);
    const outcomes = await runDocuments(
      todo.map((i) => ({ id: i, markdown: markdowns[i]!, url: neutralUrl(i) })),
      { workers, timeoutMs: 120_000 },
    );
    for (const o of outcomes) {
      const run: CachedRun = {
        clauses: o.extraction?.clauses ?? [],
        findings: o.analysis?.findings ?? [],
        error: o.error,
      };
      results[o.id] = run;
      if (!o.error) writeFileSync(join(CACHE, `${keyOf(markdowns[o.id]!)}.json`), JSON.stringify(run));
    }
  }
  return results.map((r) => r!);
}

export async function loadHistories(otaDir: string, workers: number): Promise<History[]> {
  const listed = listHistories(otaDir);
  const files = listed.flatMap((h) => h.files);
  const markdowns = files.map((f) => readFileSync(f, 'utf8'));
  const runs = await runAll(markdowns, workers);
  let n = 0;
  return listed.map((h) => ({
    name: h.name,
    versions: h.files.map((f) => {
      const run = runs[n]!;
      const markdown = markdowns[n++]!;
      return { id: f.split('/').pop()!.replace(/\.md$/, ''), markdown, ...run };
    }),
  }));
}
