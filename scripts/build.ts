// `npm run build [-- --watch]`: bundles every entry with esbuild and writes two unpacked extensions,
// dist/chrome (MV3 background.service_worker) and dist/firefox (MV3 background.scripts + gecko settings),
// from the one manifest.json, plus the CLI bundle dist/cli/termwatch.mjs.
//
// `--test-hooks --out DIR` (tests only, test/browser/watchdog.test.ts): the two extensions alone, written to DIR, with
// the analysis watchdog's test hooks compiled in (a short budget and a text that makes the worker hang; see
// src/analysis/budget.ts). Every other build defines the hooks away, so they are not in what ships.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './build-stamp';
import { CLI_BUNDLE_OPTIONS } from './cli-bundle-options';
import { DETECTOR_BUNDLE_OPTIONS } from './detector-bundle-options';
import { TEST_HOOKS } from './test-hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const dist = outFlag >= 0 && process.argv[outFlag + 1] ? join(root, process.argv[outFlag + 1]!) : join(root, 'dist');
const watch = process.argv.includes('--watch');
const testHooks = process.argv.includes('--test-hooks');
if (testHooks && dist === join(root, 'dist'))
  throw new Error('--test-hooks needs --out DIR: a test build never goes to dist/.');

/** Extension pages: each is src/pages/<name>/index.tsx plus the one HTML shell below, with its title. */
export const PAGES = {
  popup: 'Termwatch',
  options: 'Termwatch options',
  welcome: 'Welcome to Termwatch',
  history: 'Termwatch history',
} as const;

function pageShell(name: string, title: string, stylesheet = true): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
${stylesheet ? `  <link rel="stylesheet" href="${name}.css">\n` : ''}</head>
<body>
  <div id="app"></div>
  <script src="${name}.js"></script>
</body>
</html>
`;
}
/** Hidden pages with no stylesheet: Chrome's offscreen document, which owns the analysis worker. */
const HIDDEN_PAGES = { offscreen: 'Termwatch analysis' } as const;

const ENTRIES: Record<string, string> = {
  background: 'src/background/index.ts',
  'content-detect': 'src/content/detect-entry.ts',
  'content-analyze': 'src/content/analyze-entry.ts',
  // The analyser is bundled here only: the background (Firefox), the offscreen document (Chrome) and the history page
  // start this worker instead of carrying the analyser themselves.
  'analysis-worker': 'src/analysis/worker-entry.ts',
  offscreen: 'src/analysis/offscreen-entry.ts',
  // The bundled sample page (welcome page → "Try it on the sample"): Termwatch's page reading and highlights run there
  // from this script, since browsers run no content script on an extension page.
  sample: 'src/content/sample-entry.ts',
  ...Object.fromEntries(Object.keys(PAGES).map((p) => [p, `src/pages/${p}/index.tsx`])),
};

type Target = 'chrome' | 'firefox';

function manifestFor(target: Target): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  manifest.version = pkg.version;
  const background = manifest.background as { service_worker: string; scripts: string[] };
  if (target === 'chrome') {
    // Chromium runs MV3 backgrounds as service workers and ignores Firefox's settings block. Its service worker cannot
    // start the analysis worker, so it needs an offscreen document for it (Firefox's event page starts it itself, and
    // Firefox has no offscreen API).
    manifest.background = { service_worker: background.service_worker };
    manifest.permissions = [...(manifest.permissions as string[]), 'offscreen'];
    delete manifest.browser_specific_settings;
  } else {
    // Firefox MV3 runs background.scripts as an event page; keeping service_worker only draws a lint warning.
    manifest.background = { scripts: background.scripts };
  }
  return manifest;
}

/**
 * The README's sample terms page (assets/sample/, our own wording about a fictional company) as an extension page that
 * runs Termwatch on itself: one copy of the text for `npm start` and for the welcome page's "Try it on the sample".
 */
function samplePage(): string {
  const html = readFileSync(join(root, 'assets', 'sample', 'sample-terms.html'), 'utf8');
  const note =
    '<style>.termwatch-sample-note{position:sticky;top:0;z-index:1;margin:0;padding:.6rem 2rem;' +
    'font:15px/1.4 system-ui,sans-serif;background:#eef2ff;color:#1e1b4b;border-bottom:1px solid #c7d2fe}</style>';
  return html.replace('</head>', `${note}\n</head>`).replace('</body>', '  <script src="sample.js"></script>\n</body>');
}

function writeStatic(target: Target): void {
  const out = join(dist, target);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2) + '\n');
  cpSync(join(root, 'assets', 'icons'), join(out, 'icons'), { recursive: true });
  for (const [page, title] of Object.entries(PAGES)) writeFileSync(join(out, `${page}.html`), pageShell(page, title));
  writeFileSync(join(out, 'sample.html'), samplePage());
  if (target === 'chrome')
    for (const [page, title] of Object.entries(HIDDEN_PAGES))
      writeFileSync(join(out, `${page}.html`), pageShell(page, title, false));
}

const copyStatic: esbuild.Plugin = {
  name: 'copy-static',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const target of ['chrome', 'firefox'] as const) {
        writeStatic(target);
        if (target === 'firefox') {
          cpSync(join(dist, 'chrome-js'), join(dist, 'firefox'), { recursive: true });
          rmSync(join(dist, 'firefox', 'offscreen.js'), { force: true }); // Chrome's offscreen document only
        } else cpSync(join(dist, 'chrome-js'), join(dist, 'chrome'), { recursive: true });
      }
      if (watch) console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chrome and dist/firefox`);
    });
  },
};

const { 'content-detect': detectorEntry = '', ...otherEntries } = ENTRIES;
const extensionOptions: esbuild.BuildOptions = {
  entryPoints: otherEntries,
  outdir: join(dist, 'chrome-js'),
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  legalComments: 'none',
  // Extension pages share one stylesheet per page; CSS imported from TSX lands next to the JS.
  loader: { '.css': 'css' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: {
    'process.env.NODE_ENV': '"production"',
    __TERMWATCH_TEST_HOOKS__: testHooks ? JSON.stringify(TEST_HOOKS) : 'undefined',
  },
  metafile: true,
  logLevel: 'warning',
  plugins: [copyStatic],
};

// The always-on detector is built on its own, with the options that keep it small (scripts/detector-bundle-options.ts):
// they shorten names that exist only inside its bundle, and only a build of that bundle alone can know which those are.
// Its plugins are joined to the extension's (copyStatic); any other option both set stops the build, since a spread
// would silently replace the extension's value (an array, or an object such as `define` or `loader`), until it is
// joined here too.
const { plugins: detectorPlugins = [], ...detectorOwn } = DETECTOR_BUNDLE_OPTIONS;
for (const key of Object.keys(detectorOwn))
  if (key in extensionOptions)
    throw new Error(`scripts/build.ts: join the detector's ${key} with the extension's, as its plugins are`);
const detectorOptions: esbuild.BuildOptions = {
  ...extensionOptions,
  ...detectorOwn,
  plugins: [...extensionOptions.plugins!, ...detectorPlugins],
  entryPoints: { 'content-detect': detectorEntry },
};

const cliOptions: esbuild.BuildOptions = {
  ...CLI_BUNDLE_OPTIONS,
  entryPoints: { termwatch: 'src/cli/main.ts' },
  outdir: join(dist, 'cli'),
};

async function main(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  const hasCli = !testHooks && existsSync(join(root, 'src/cli/main.ts'));
  if (watch) {
    // Either build's end copies every bundle into both extensions.
    await (await esbuild.context(detectorOptions)).watch();
    const ctx = await esbuild.context(extensionOptions);
    await ctx.watch();
    if (hasCli) await (await esbuild.context(cliOptions)).watch();
    console.log('watching src/ — Ctrl-C to stop');
    return;
  }
  // Each build's end copies what is built so far into both extensions (copyStatic): the detector's, last, copies all.
  const result = await esbuild.build(extensionOptions);
  const detector = await esbuild.build(detectorOptions);
  if (hasCli) await esbuild.build(cliOptions);
  const sizes = Object.entries({ ...detector.metafile!.outputs, ...result.metafile!.outputs })
    .filter(([file]) => file.endsWith('.js') || file.endsWith('.css'))
    .map(([file, info]) => `${file.split('/').pop()} ${(info.bytes / 1024).toFixed(1)} KB`);
  console.log(`built dist/chrome, dist/firefox${hasCli ? ', dist/cli' : ''}: ${sizes.join(', ')}`);
  writeFileSync(join(dist, BUILD_STAMP), `${new Date().toISOString()}\n`); // last: the build is whole
}

await main();
