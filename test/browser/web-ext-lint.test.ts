// addons.mozilla.org's linter on the Firefox build: no errors, and no warning but the known ones from a
// dependency's own code (each explained in the README).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, ROOT, assertBuilt } from './harness';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface LintReport {
  summary: { errors: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

/** Warnings we accept, by code and file, with the reason (mirrored in the README). */
const KNOWN_WARNINGS: Array<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(popup|options|welcome|history)\.js$/,
    why: "Preact's own dangerouslySetInnerHTML support; Termwatch never passes it page text.",
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    file: /^manifest\.json$/,
    why: 'strict_min_version is 140, the Firefox ESR that Debian ships; data_collection_permissions needs 142 on Android only.',
  },
];

describe('web-ext lint on dist/firefox', () => {
  it('reports no errors and only known dependency warnings', () => {
    assertBuilt(FIREFOX_BUILD);
    let out: string;
    try {
      out = execFileSync(
        join(ROOT, 'node_modules', '.bin', 'web-ext'),
        ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
        { encoding: 'utf8' },
      );
    } catch (err) {
      out = (err as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    const unexpected = report.warnings.filter(
      (w) => !KNOWN_WARNINGS.some((k) => k.code === w.code && k.file.test(w.file ?? '')),
    );
    expect(unexpected.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
  }, 120_000);
});
