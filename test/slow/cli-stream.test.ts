// `termwatch analyze` as a real process: the bundle is its own worker script, a run killed mid-way leaves the
// documents done so far on stdout, and a source checkout (tsx) runs its workers through tsx.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { testWorkers } from '../unit/cli/test-workers';

const root = join(fileURLToPath(import.meta.url), '../../..');
const ZOOM = ['zoom-tos-2023-03-31.md', 'zoom-tos-2023-08-11.md'].map((f) => join(root, 'test/fixtures/terms', f));
let cli = '';

beforeAll(async () => {
  cli = join((await testWorkers()).dir, 'cli.mjs');
}, 120_000);

type Report = { document: { source: string } };

describe('termwatch analyze as a process', { timeout: 180_000 }, () => {
  it('killed after its first report, it leaves that report as a complete element of the JSON array', async () => {
    const child = spawn(process.execPath, [
      cli,
      'analyze',
      '--format',
      'json',
      '--jobs',
      '1',
      ...ZOOM,
      ...ZOOM,
      ...ZOOM,
    ]);
    let out = '';
    const partial = await new Promise<Report[]>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        try {
          const done = JSON.parse(`${out}\n]`) as Report[];
          if (!done.length) return;
          child.kill('SIGKILL'); // as a crash would: no chance to close the array
          resolve(done);
        } catch {
          // the first element is not complete yet
        }
      });
      child.on('exit', () => reject(new Error(`exited before a first report; stdout: ${out.slice(0, 200)}`)));
    });
    expect(partial.length).toBeGreaterThanOrEqual(1);
    expect(partial.length).toBeLessThan(6);
    expect(partial[0]!.document.source).toBe(ZOOM[0]);
    expect(out.startsWith('[\n  {')).toBe(true);
  });

  it('ndjson with a missing file among good ones: a line per good file, one error line, exit 1', () => {
    const r = spawnSync(process.execPath, [cli, 'analyze', '--format', 'ndjson', ZOOM[0]!, 'missing.md', ZOOM[1]!], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as Report).document.source),
    ).toEqual(ZOOM);
    expect(r.stderr).toBe('termwatch: missing.md: no such file\n');
  });

  it('from source (npx tsx src/cli/main.ts), the workers run main.ts through tsx', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'analyze', '--format', 'ndjson', ZOOM[0]!], {
      cwd: root,
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('termwatch:'))).toEqual([]);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Report).document.source).toBe(ZOOM[0]);
  });
});
