// `npm run eval -- real`: the analyser, detector and grade on labelled units of real documents
// (test/fixtures/gold/real/README.md), run through what the extension runs. Held-back part first, aggregates only.
//   --json              one JSON object on stdout (with scripts/eval.ts: {"real": {…}})
//   --diff              verdicts that changed against test/fixtures/gold/real/baseline.jsonl
//   --update-baseline   rewrite that baseline from this run
//   --jobs=N            worker threads (default: 2, at most the machine's cores)
//   --timeout=S         longest a document may take, in seconds (default 60); a slower one is reported, not waited for
//   --model=M           the classifier beside the rules (src/core/analyze/model/MODEL.md): off (rules only), only (the
//                       model alone), both (the model may add to every category); default: as shipped (the
//                       categories of model/switch.ts)
//   --model-folds       score each dev document with the fold model that did not see its service (written by
//                       `npm run train -- --folds`): the dev figures of a model that was not trained on them
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ANALYSER_VERSION } from '../../src/core/analyze';
import { GOLD_DIR } from '../gold/agreement';
import { formatBaseline, parseBaseline } from './real/baseline';
import { baselineOf, collect, goldIndex, type RealEval } from './real/collect';
import { printDiff } from './real/diff-report';
import { devErrorsMarkdown } from './real/errors-md';
import { scoredUnits, summarizePart, toJson, type PartSummary } from './real/summary';
import { printGold, printPart } from './real/text-report';
import type { ModelMode } from './real/run-document';

const ROOT = join(import.meta.dirname, '..', '..');
export const BASELINE = join(GOLD_DIR, 'baseline.jsonl');
export const DEV_ERRORS = join(ROOT, 'artifacts', 'eval', 'real-dev-errors.md');

function modelMode(args: readonly string[]): ModelMode | undefined {
  const raw = args.find((a) => a.startsWith('--model='))?.slice('--model='.length);
  if (raw === undefined) return undefined;
  if (raw === 'off' || raw === 'only' || raw === 'both') return raw;
  throw new Error(`--model wants off, only or both, not "${raw}"`);
}

function option(args: readonly string[], name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number, not "${raw}"`);
  return n;
}

async function evaluate(
  corpusDir: string,
  args: readonly string[],
): Promise<{ ev: RealEval; parts: Record<'dev' | 'holdout', PartSummary> }> {
  const ev = await collect({
    otaDir: join(corpusDir, 'ota'),
    workers: option(args, 'jobs', Math.min(2, availableParallelism())),
    timeoutMs: option(args, 'timeout', 60) * 1000,
    ...(modelMode(args) ? { model: modelMode(args)! } : {}),
    ...(args.includes('--model-folds') ? { modelFolds: true } : {}),
  });
  const parts = { holdout: summarizePart(ev, 'holdout'), dev: summarizePart(ev, 'dev') };
  // Written on every run, so the dev errors always match the figures just printed.
  mkdirSync(dirname(DEV_ERRORS), { recursive: true });
  writeFileSync(
    DEV_ERRORS,
    devErrorsMarkdown(scoredUnits(ev.entries.filter((e) => e.part === 'dev')), ANALYSER_VERSION),
  );
  if (args.includes('--update-baseline')) writeFileSync(BASELINE, formatBaseline(baselineOf(ev.entries)));
  return { ev, parts };
}

export async function run(corpusDir: string, args: readonly string[] = []): Promise<boolean> {
  const { ev, parts } = await evaluate(corpusDir, args);
  const log = (s: string): void => console.log(s);
  if (args.includes('--diff')) {
    if (!existsSync(BASELINE)) {
      console.error(`no baseline at ${relative(ROOT, BASELINE)}: write it with npm run eval -- real --update-baseline`);
      return false;
    }
    log(`verdicts against ${relative(ROOT, BASELINE)} (analyser ${ANALYSER_VERSION}):`);
    // A document that threw or timed out shows in the diff only as its verdicts turned to none: say why first.
    printFailures(ev, log);
    printDiff(parseBaseline(readFileSync(BASELINE, 'utf8')), baselineOf(ev.entries), goldIndex(ev.entries), log);
    return true;
  }
  log(
    `model: ${modelMode(args) ?? 'as shipped (model/switch.ts)'}${args.includes('--model-folds') ? '; dev documents scored by the fold model that did not see them' : ''}`,
  );
  printGold(ev, log);
  for (const part of [parts.holdout, parts.dev]) printPart(part, log);
  const devUnmatched = ev.entries.filter((e) => e.part === 'dev' && e.unmatched);
  for (const e of devUnmatched)
    log(`  unmatched (${e.unmatched}): ${e.ref.doc} [${e.ref.category}] "${e.ref.quote}" #${e.ref.occurrence}`);
  printFailures(ev, log);
  log(`  dev errors (false positives, misses, wrong stances) in full: ${relative(ROOT, DEV_ERRORS)}`);
  if (args.includes('--update-baseline'))
    log(`\nbaseline written: ${relative(ROOT, BASELINE)} (${ev.entries.length} verdicts)`);
  return true;
}

/** Documents with no analysis (an exception or the timeout): a count for the held-back part, each one for dev. */
function printFailures(ev: RealEval, log: (s: string) => void): void {
  const failed = ev.docs.filter((x) => x.error);
  if (!failed.length) return;
  const held = failed.filter((x) => x.doc.part !== 'dev').length;
  log(`  NO ANALYSIS for ${failed.length} document(s) (${held} held back): their verdicts count as none`);
  for (const d of failed.filter((x) => x.doc.part === 'dev')) log(`  no analysis: ${d.doc.file}: ${d.error}`);
}

/** The "real" member of `npm run eval -- real --json`. Notes go to stderr: stdout carries only the JSON. */
export async function json(corpusDir: string, args: readonly string[] = []): Promise<object> {
  const { ev, parts } = await evaluate(corpusDir, args);
  const unsettled = parts.dev.unsettled + parts.holdout.unsettled;
  if (unsettled)
    console.error(`eval real: ${unsettled} (unit, category) labels unsettled (no adjudication yet): not scored`);
  console.error(`eval real: dev errors in ${relative(ROOT, DEV_ERRORS)}`);
  return toJson(ev, parts);
}
