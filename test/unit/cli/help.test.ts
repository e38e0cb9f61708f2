import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import { runCli } from './run-cli';
import { testWorkers } from './test-workers';

// runCli hands the CLI a bundled analysis worker: build it here, not inside the first test's time.
beforeAll(() => testWorkers(), 120_000);

describe('termwatch help and version', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints usage to stdout and exits 0', async (flag) => {
    const r = await runCli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('termwatch analyze FILE...');
    expect(r.stdout).toContain('termwatch diff OLD NEW');
    expect(r.stderr).toBe('');
  });

  it('no arguments: usage on stderr, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });

  it.each([['analyze'], ['diff']])('%s --help shows that command’s options', async (cmd) => {
    const r = await runCli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: termwatch ${cmd} `));
    expect(r.stdout).toContain('--format');
  });

  it('--version names the package and analyser versions', async () => {
    const { ANALYSER_VERSION } = await import('../../../src/core/analyze');
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`termwatch ${pkg.version} (analyser ${ANALYSER_VERSION})\n`);
  });
});
