// The CLI as a real process: main.ts runs itself under tsx, and bin/termwatch.js loads the built bundle.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'termwatch-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cmd: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts Node (through npx tsx for main.ts): seconds on a busy 2-core machine, past vitest's 5 s default.
describe('termwatch as a process', { timeout: 60_000 }, () => {
  it('npx tsx src/cli/main.ts --help runs main and exits 0', () => {
    const r = run('npx', ['tsx', 'src/cli/main.ts', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('termwatch analyze FILE...');
  });

  it('npx tsx src/cli/main.ts on a missing file: one stderr line, exit 1', () => {
    const r = run('npx', ['tsx', 'src/cli/main.ts', 'analyze', 'no-such-file.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // npm may print its own config warnings first; ours is the last line and the only one from termwatch.
    const ours = r.stderr.split('\n').filter((l) => l.startsWith('termwatch:'));
    expect(ours).toEqual(['termwatch: no-such-file.md: no such file']);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('bin/termwatch.js without a build says so and exits 2', () => {
    mkdirSync(join(tmp, 'a/bin'), { recursive: true });
    copyFileSync(join(root, 'bin/termwatch.js'), join(tmp, 'a/bin/termwatch.js'));
    const r = run(process.execPath, [join(tmp, 'a/bin/termwatch.js'), '--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('termwatch: not built yet — run `npm run build`\n');
  });

  it('bin/termwatch.js passes its arguments to the bundle and exits with main()’s code', () => {
    mkdirSync(join(tmp, 'b/bin'), { recursive: true });
    mkdirSync(join(tmp, 'b/dist/cli'), { recursive: true });
    copyFileSync(join(root, 'bin/termwatch.js'), join(tmp, 'b/bin/termwatch.js'));
    writeFileSync(
      join(tmp, 'b/dist/cli/termwatch.mjs'),
      'export async function main(argv) { console.log(JSON.stringify(argv)); return 3; }\n',
    );
    const r = run(process.execPath, [join(tmp, 'b/bin/termwatch.js'), 'analyze', 'x y.md', '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('["analyze","x y.md","--format","json"]\n');
  });
});
