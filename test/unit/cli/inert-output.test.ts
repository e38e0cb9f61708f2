// What `termwatch analyze` prints is read in a terminal: page text must not reach it as escape sequences or control
// characters, in any format.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'termwatch-inert-'));
const page = join(dir, 'hostile.html');
const changed = join(dir, 'hostile-changed.html');

// Clear screen, a colour, a window-title OSC, an OSC 8 hyperlink, a C1 CSI, BEL, DEL, a bare CR that would overwrite
// the line in the terminal, and a charset switch.
const DIRTY =
  '\u001b[2J\u001b[31m\u001b]0;pwned\u0007\u001b]8;;http://evil.example\u001b\\\u009b1A\u007f\u0008\r\u001b(0';

const html = (
  extra: string,
): string => `<!doctype html><html lang="en"><head><title>Terms of Service${DIRTY}</title></head><body>
<h1>Terms of Service</h1>
<h2>1. Sharing${DIRTY}</h2>
<p>We may share your personal data${DIRTY} with third parties for advertising.</p>
<p>We may sell your personal information${DIRTY} to advertisers.</p>${extra}
</body></html>`;

beforeAll(() => {
  writeFileSync(page, html(''));
  writeFileSync(changed, html(`<p>We may use your content${DIRTY} to train our artificial intelligence models.</p>`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// C0 but tab and LF, DEL, C1. CSV's own CRLF row ends are ours and removed before the check.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Each run starts an analysis worker: seconds on a loaded machine.
describe('termwatch analyze output is inert in a terminal', { timeout: 60_000 }, () => {
  // The first run loads the analyser and its NLP library.
  it.each(['text', 'csv', 'md', 'json'])('--format %s', { timeout: 30_000 }, async (format) => {
    const r = await runCli(['analyze', '--format', format, '--url', 'https://example.com/terms', page]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('share your personal data');
    const out = format === 'csv' ? r.stdout.replace(/\r\n/g, '\n') : r.stdout;
    expect(out).not.toMatch(CONTROL);
    // JSON would carry them escaped; a reader printing the strings would then send them to the terminal.
    expect(out).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])|\\r/i);
    // The whole sequence goes, not just its ESC: no "[2J" or "]0;pwned" left behind as text.
    expect(out).not.toMatch(/\[2J|\[31m|pwned|8;;http|\(0/);
  });

  it.each(['md', 'json'])('diff --format %s', { timeout: 30_000 }, async (format) => {
    const r = await runCli(['diff', '--format', format, page, changed]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('train our artificial intelligence models');
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stdout).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])|\\r/i);
    expect(r.stdout).not.toMatch(/\[2J|\[31m|pwned|8;;http|\(0/);
  });
});
