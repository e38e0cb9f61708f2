// Attribution of the work: the core calls of one analysis (detectPage, extractDocument, packing the clauses as offsets
// and serialising the page-extracted payload for runtime.sendMessage, and analyzeClauses), run unsliced, bundled and
// timed one by one inside Chromium on the same page. On the page's main thread the content script now does only the
// extraction (in time-boxed slices), the packing and the serialisation; detection ran once in the detector, and the
// analysis runs in the analysis worker (timed here for reference, and the serialisation of unpacked clauses, which
// is what the page paid before). They run in the page's load event, cold, with the page's first style/layout still
// pending; that is then forced and timed.
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../../../test/browser/harness';

export interface PhaseTimes {
  /** Parse, compile and top-level run of the bundle (the content script pays this on every injection). */
  evaluate: number;
  /** Style and layout still pending after the phases (forced with offsetHeight). */
  layout: number;
  detect: number;
  extract: number;
  analyse: number;
  /** packClauses, then JSON of the page-extracted payload (what the content script sends). */
  pack: number;
  serialise: number;
  /** JSON of the same payload with the clauses as objects (what the page sent before the clauses were packed). */
  serialiseUnpacked: number;
  clauses: number;
  findings: number;
  payloadBytes: number;
  unpackedBytes: number;
}

let cached: string | null = null;

async function probeSource(): Promise<string> {
  cached ??= (
    await build({
      stdin: {
        resolveDir: ROOT,
        loader: 'ts',
        contents: `import { detectPage } from './src/core/detect';
import { extractDocument } from './src/core/extract';
import { analyzeClauses } from './src/core/analyze';
import { packClauses } from './src/core/clause-pack';
(window as unknown as { __twPhases(): unknown }).__twPhases = () => {
  const url = location.href;
  let t = performance.now();
  const lap = (): number => { const n = performance.now(); const d = n - t; t = n; return d; };
  const detection = detectPage(document, url); const detect = lap();
  const ex = extractDocument(document, url); const extract = lap();
  const { clauses, ...rest } = ex.document;
  const sent = { ...rest, clauses: packClauses(rest.text, clauses) }; const pack = lap();
  const payload = JSON.stringify({ type: 'page-extracted', payload: { url, title: document.title, detection, document: sent, forced: false } }); const serialise = lap();
  const unpacked = JSON.stringify({ type: 'page-extracted', payload: { url, title: document.title, detection, document: ex.document, forced: false } }); const serialiseUnpacked = lap();
  const analysis = analyzeClauses(ex.document.clauses, { lang: ex.document.lang }); const analyse = lap();
  void document.body.offsetHeight; const layout = lap();
  return { detect, extract, pack, serialise, serialiseUnpacked, analyse, layout, clauses: ex.document.clauses.length, findings: analysis.findings.length,
    payloadBytes: payload.length, unpackedBytes: unpacked.length };
};`,
      },
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      write: false,
    })
  ).outputFiles[0]!.text;
  return cached;
}

/** Loads `url` in a fresh tab of `ctx` and times each phase once, in the load event. */
export async function timePhasesAtLoad(ctx: BrowserContext, url: string): Promise<PhaseTimes> {
  const src = await probeSource();
  const page = await ctx.newPage();
  try {
    // One init script: timing its own evaluation, then running the phases in the load event.
    await page.addInitScript(`(() => { const t0 = performance.now(); ${src}; const evaluate = performance.now() - t0;
      addEventListener('load', () => { window.__twPhaseResult = { evaluate, ...window.__twPhases() }; }, { once: true }); })();`);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction('window.__twPhaseResult !== undefined', undefined, { timeout: 60_000 });
    return (await page.evaluate('window.__twPhaseResult')) as PhaseTimes;
  } finally {
    await page.close();
  }
}
