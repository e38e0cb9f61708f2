// `npm run train`: trains the sentence classifier (src/core/analyze/model, MODEL.md) and writes its weights.
//   npm run train                 the shipped model: dev part of the real labels + ToS;DR and CLAUDETTE dev halves;
//                                 cross-validates on dev (grouped by service) to pick the thresholds, then trains on
//                                 all of it; writes weights.json and the metrics block of MODEL.md
//   npm run train -- --fixture    the tiny fixture run (test/fixtures/train): what the unit test reproduces
//   npm run train -- --explore    cross-validation figures for a small grid of settings, nothing written
//   npm run train -- --folds      also writes the five fold models to artifacts/train/fold-<k>.json, for
//                                 `npm run eval -- real --model-folds` (each dev document scored by the model that
//                                 did not see its service: the honest dev figures of the real pipeline)
//   npm run train -- --rule=R     read the thresholds by rule R (smoothed, plateau:0.02, precision:0.9; default
//                                 SHIPPED_RULE; cross-validate.ts, ThresholdRule)
//   npm run train -- --explore-thresholds [setting]
//                                 per threshold rule: the thresholds chosen, each fold's (their spread), and the
//                                 figures of the choice; nothing written
// Deterministic: the same inputs write the same bytes (seeded shuffles, fixed epochs, no Math.random).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { claudetteExamples, tosdrExamples } from './borrowed';
import {
  chooseThresholds,
  crossFoldFigures,
  crossValidate,
  cvTable,
  f1,
  foldOf,
  FOLDS,
  outOfFold,
  prfText,
  SMOOTHED,
  type ThresholdRule,
} from './cross-validate';
import type { Example } from './example';
import { train, type TrainOptions } from './ftrl';
import { formatModelFile, toModelFile } from './model-file';
import { realDevExamples } from './real-dev';

const ROOT = join(import.meta.dirname, '..', '..');
const MODEL_DIR = join(ROOT, 'src', 'core', 'analyze', 'model');
const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'train');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const FOLD_DIR = join(ROOT, 'artifacts', 'train');

/** The shipped settings (chosen with --explore on dev cross-validation; see MODEL.md). */
export const SHIPPED: TrainOptions = {
  bits: 16,
  prefix: 5,
  epochs: 6,
  alpha: 1,
  beta: 1,
  l1: 1,
  l2: 1,
  seed: 20260802,
  sourceWeight: { real: 1, tosdr: 0.5, claudette: 0.5 },
  positiveWeight: 1,
  contextDropout: 0.5,
};

/** How the shipped thresholds are read off the out-of-fold figures (cross-validate.ts, ThresholdRule). */
export const SHIPPED_RULE: ThresholdRule = SMOOTHED;

/** Threshold rules compared by --explore-thresholds (one cross-validation, the shipped training settings). */
const RULES: [string, ThresholdRule][] = [
  ['smoothed argmax', SMOOTHED],
  ['plateau .01', { kind: 'plateau', within: 0.01 }],
  ['plateau .02', { kind: 'plateau', within: 0.02 }],
  ['precision .80', { kind: 'precision', floor: 0.8 }],
  ['precision .85', { kind: 'precision', floor: 0.85 }],
  ['precision .90', { kind: 'precision', floor: 0.9 }],
];

/** A threshold rule from the command line: --rule=plateau:0.01, --rule=precision:0.85, --rule=smoothed. */
function ruleOf(args: readonly string[]): ThresholdRule {
  const raw = args.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);
  if (raw === undefined) return SHIPPED_RULE;
  const [kind, n] = raw.split(':');
  if (kind === 'smoothed') return SMOOTHED;
  if (kind === 'plateau' && Number(n) >= 0) return { kind, within: Number(n) };
  if (kind === 'precision' && Number(n) > 0) return { kind, floor: Number(n) };
  throw new Error(`--rule wants smoothed, plateau:<F1 below the top> or precision:<floor>, not "${raw}"`);
}

/** The tiny run the unit test repeats: few buckets, two epochs. */
export const FIXTURE: TrainOptions = { ...SHIPPED, bits: 8, epochs: 2 };
/** The settings before stems and context dropout, for comparison in --explore. */
const BEFORE: TrainOptions = { ...SHIPPED, prefix: 0, contextDropout: 0 };

/** The training settings --explore compares (and --explore-thresholds may take by name). */
const SETTINGS: [string, TrainOptions][] = [
  ['shipped', SHIPPED],
  ['no stems, no dropout', BEFORE],
  ['no stems', { ...SHIPPED, prefix: 0 }],
  ['prefix 6', { ...SHIPPED, prefix: 6 }],
  ['no dropout', { ...SHIPPED, contextDropout: 0 }],
  ['dropout .75', { ...SHIPPED, contextDropout: 0.75 }],
  ['positives 2', { ...SHIPPED, positiveWeight: 2 }],
  ['alpha .5', { ...SHIPPED, alpha: 0.5 }],
  ['epochs 10', { ...SHIPPED, epochs: 10 }],
];

/** Trains on the tiny fixture and returns the weights file's text (thresholds fixed at 0.5: there is no CV). */
export function trainFixture(examples: readonly Example[]): string {
  const model = train(examples, FIXTURE);
  const half = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0.5])) as Record<CategoryId, number>;
  const none = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  return formatModelFile(toModelFile(model, CATEGORY_IDS, half, none));
}

async function examples(log: (s: string) => void): Promise<Example[]> {
  const real = await realDevExamples(join(CORPUS, 'ota'), log);
  const tosdr = await tosdrExamples(CORPUS);
  const claudette = await claudetteExamples(CORPUS);
  log(`examples: real dev ${real.length}, ToS;DR dev half ${tosdr.length}, CLAUDETTE dev half ${claudette.length}`);
  return [...real, ...tosdr, ...claudette];
}

const METRICS = /<!-- metrics:start -->[\s\S]*<!-- metrics:end -->/;

async function main(args: readonly string[]): Promise<void> {
  const log = (s: string): void => console.log(s);
  if (args.includes('--fixture')) {
    const ex = JSON.parse(readFileSync(join(FIXTURE_DIR, 'tiny-examples.json'), 'utf8')) as Example[];
    writeFileSync(join(FIXTURE_DIR, 'tiny-model.json'), trainFixture(ex));
    log(`wrote ${join('test', 'fixtures', 'train', 'tiny-model.json')}`);
    return;
  }
  const all = await examples(log);
  if (args.includes('--explore')) {
    const only = args.filter((a) => !a.startsWith('--'));
    const grid = SETTINGS.filter(([name]) => !only.length || only.includes(name));
    // Per setting and category: the model alone at its best threshold / the model alone and both with each fold at
    // the threshold chosen on the other folds.
    const base = chooseThresholds(all, outOfFold(all, SHIPPED));
    log(`${'rules only'.padEnd(16)} ${CATEGORY_IDS.map((c) => `${c} ${f1(base[c].rules).toFixed(3)}`).join('  ')}`);
    for (const [name, opts] of grid) {
      const oof = outOfFold(all, opts);
      const cv = chooseThresholds(all, oof);
      const honest = crossFoldFigures(all, oof, opts.seed);
      log(
        `${name.padEnd(16)} ${CATEGORY_IDS.map((c) => `${c} ${cv[c].modelBest.toFixed(3)}/${f1(honest[c].model).toFixed(3)}/${f1(honest[c].both).toFixed(3)}`).join('  ')}`,
      );
    }
    return;
  }
  if (args.includes('--explore-thresholds')) {
    // Per rule and category: the threshold chosen on all of dev, the thresholds each fold gets from the other four
    // (their spread is the rule's stability), and the figures of the choice (crossFoldFigures).
    const named = SETTINGS.find(([name]) => args.includes(name))?.[1] ?? SHIPPED;
    const oof = outOfFold(all, named);
    const base = chooseThresholds(all, oof);
    for (const c of CATEGORY_IDS) log(`${c.padEnd(16)} rules only ${prfText(base[c].rules)}`);
    for (const [name, rule] of RULES) {
      const cv = chooseThresholds(all, oof, () => true, rule);
      const perFold = Array.from({ length: FOLDS }, (_, k) =>
        chooseThresholds(all, oof, (i) => foldOf(all[i]!.group, SHIPPED.seed) !== k, rule),
      );
      const honest = crossFoldFigures(all, oof, SHIPPED.seed, rule);
      log(`${name}:`);
      for (const c of CATEGORY_IDS)
        log(
          `  ${c.padEnd(16)} t ${cv[c].threshold.toFixed(3)} veto ${cv[c].veto.toFixed(3)} folds ${perFold.map((f) => f[c].threshold.toFixed(3)).join(' ')} | model ${prfText(honest[c].model)} | both ${prfText(honest[c].both)}`,
        );
    }
    return;
  }
  const rule = ruleOf(args);
  const { oof, models } = crossValidate(all, SHIPPED);
  const cv = chooseThresholds(all, oof, () => true, rule);
  const table = cvTable(cv, crossFoldFigures(all, oof, SHIPPED.seed, rule));
  for (const l of table) log(l);
  const thresholds = Object.fromEntries(CATEGORY_IDS.map((c) => [c, cv[c].threshold])) as Record<CategoryId, number>;
  const vetoes = Object.fromEntries(CATEGORY_IDS.map((c) => [c, cv[c].veto])) as Record<CategoryId, number>;
  if (args.includes('--folds')) {
    mkdirSync(FOLD_DIR, { recursive: true });
    for (const [k, m] of models.entries())
      writeFileSync(
        join(FOLD_DIR, `fold-${k}.json`),
        formatModelFile(toModelFile(m, CATEGORY_IDS, thresholds, vetoes)),
      );
    log(`wrote ${models.length} fold models to artifacts/train/`);
  }
  const text = formatModelFile(toModelFile(train(all, SHIPPED), CATEGORY_IDS, thresholds, vetoes));
  writeFileSync(join(MODEL_DIR, 'weights.json'), text);
  log(`wrote src/core/analyze/model/weights.json (${text.length} bytes)`);
  const card = join(MODEL_DIR, 'MODEL.md');
  const md = readFileSync(card, 'utf8');
  if (!METRICS.test(md)) throw new Error('MODEL.md has no <!-- metrics:start --> … <!-- metrics:end --> block');
  writeFileSync(card, md.replace(METRICS, `<!-- metrics:start -->\n${table.join('\n')}\n<!-- metrics:end -->`));
  log('updated the metrics block of src/core/analyze/model/MODEL.md');
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
