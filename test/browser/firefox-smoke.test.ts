// Real Firefox ESR, headless, with the Firefox build installed by `web-ext run`: the always-on detector and the
// analyser run on a fixture page, and the page itself reports what it sees back to the test server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX } from './firefox-bidi';
import { FIREFOX_BUILD, ROOT, assertBuilt, startFixtureServer, type FixtureServer } from './harness';

// The probe is the page's own script: it waits for Termwatch's highlights and reports what a page can see of them —
// how many ranges CSS.highlights holds, and whether anything was added inside the body or says "termwatch" (it must
// not: Firefox paints with the CSS Custom Highlight API too). Highlights go in over several slices, so it reports once
// their count has held for a second.
const PROBE = `<script>
  const started = Date.now();
  const elementsBefore = document.body.querySelectorAll('*').length;
  let last = 0;
  let steady = 0;
  const timer = setInterval(() => {
    const ranges = window.CSS && CSS.highlights ? [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) : -1;
    steady = ranges > 0 && ranges === last ? steady + 1 : 0;
    last = ranges;
    if (steady >= 4 || Date.now() - started > 45000) {
      clearInterval(timer);
      const added = document.body.querySelectorAll('*').length - elementsBefore;
      const named = [...document.querySelectorAll('*')].filter((el) => /termwatch/i.test(el.tagName) || [...el.attributes].some((a) => /termwatch/i.test(a.name + a.value))).length;
      fetch('/report?ranges=' + ranges + '&added=' + added + '&named=' + named);
    }
  }, 250);
</script>`;

let server: FixtureServer;
let firefox: ChildProcess | undefined;
let profile: string;
let reported: (query: URLSearchParams) => void;
const report = new Promise<URLSearchParams>((ok) => (reported = ok));

beforeAll(async () => {
  if (!existsSync(FIREFOX))
    throw new Error(
      `Firefox ESR not found at ${FIREFOX}: install it with \`apt-get install -y firefox-esr\` (.ci/run does).`,
    );
  assertBuilt(FIREFOX_BUILD);
  const sample = readFileSync(join(ROOT, 'assets', 'sample', 'sample-terms.html'), 'utf8').replace(
    '</body>',
    `${PROBE}</body>`,
  );
  server = await startFixtureServer([
    (req, res) => {
      if (req.url?.startsWith('/report')) {
        reported(new URL(req.url, 'http://x').searchParams);
        res.end('ok');
        return true;
      }
      if (req.url === '/legal/terms') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(sample);
        return true;
      }
      return false;
    },
  ]);
  profile = mkdtempSync(join(tmpdir(), 'termwatch-firefox-'));
  firefox = spawn(
    join(ROOT, 'node_modules', '.bin', 'web-ext'),
    [
      'run',
      '--source-dir',
      FIREFOX_BUILD,
      '--firefox',
      FIREFOX,
      '--no-input',
      '--no-reload',
      '--firefox-profile',
      profile,
      '--profile-create-if-missing',
      // MV3 host access is user-granted in Firefox; a test profile grants it up front as a consenting user would.
      '--pref',
      'extensions.originControls.grantByDefault=true',
      '--start-url',
      server.url('/legal/terms'),
    ],
    { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: 'ignore' },
  );
});

afterAll(async () => {
  if (firefox?.pid) {
    try {
      process.kill(-firefox.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('Firefox ESR smoke test', () => {
  it('runs the content scripts and highlights the flagged clauses of a terms page, adding nothing to its text', async () => {
    const query = await Promise.race([
      report,
      new Promise<never>((_, fail) =>
        setTimeout(() => fail(new Error('Firefox page never reported (no content script run?)')), 90_000),
      ),
    ]);
    expect(Number(query.get('ranges'))).toBeGreaterThan(0);
    expect(Number(query.get('added'))).toBe(0);
    expect(Number(query.get('named'))).toBe(0);
  }, 120_000);
});
