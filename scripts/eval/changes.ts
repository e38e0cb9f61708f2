// `npm run eval -- changes`: the change reports (src/core/diff, as the extension and `termwatch diff` run it) over
// the 40 real version histories of ../shared/corpus/ota/history. Prints how many consecutive pairs report a change and
// how many changes are reported, the share of labelled reported changes that are substantive
// (test/fixtures/gold/changes/README.md; held-back part first, counts only), and the formatting-only check: the
// latest version of every history against formatting-only variants of itself must report nothing.
//   --jobs=N     worker threads (default: 2, at most the machine's cores)
//   --sample=N   write the N first reported changes in the seeded sample order, with both texts, to
//                artifacts/eval/changes-sample.md (for labelling; labelled ones are marked)
//   --verbose    list the development part's reported changes that are labelled noise, and every formatting-only miss
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { diffVersions, diffWithWordingEdits, type Change } from '../../src/core/diff';
import { FORMATTING_VARIANTS } from '../../test/support/formatting-variants';
import { consecutivePairs, loadHistories, runAll, snapshotOf, type History } from './changes/histories';
import { labelFor, readLabels, sampleOrder, unitKeyOf, type ChangeLabel, type ReportedUnit } from './changes/labels';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'artifacts', 'eval', 'changes-sample.md');

function option(args: readonly string[], name: string, fallback: number): number {
  const raw = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number, not "${raw}"`);
  return n;
}

/**
 * Every reported change of every consecutive pair, one unit per changed clause (its categories folded together), and
 * the same-effect rewordings set apart as wording edits (units of the same shape, not reported).
 */
function reportedUnits(histories: readonly History[]): {
  pairs: number;
  changed: number;
  changes: number;
  units: ReportedUnit[];
  edits: ReportedUnit[];
} {
  let pairs = 0;
  let changed = 0;
  let changes = 0;
  const units: ReportedUnit[] = [];
  const edits: ReportedUnit[] = [];
  for (const h of histories) {
    for (const { before, after, earlier } of consecutivePairs(h)) {
      pairs++;
      const { changes: list, wordingEdits } = diffWithWordingEdits(snapshotOf(before), snapshotOf(after), { earlier });
      if (list.length) changed++;
      changes += list.length;
      const seen = new Set<string>();
      for (const [out, reported] of [
        [units, list],
        [edits, wordingEdits],
      ] as const)
        for (const c of reported) {
          const unit: ReportedUnit = { history: h.name, from: before.id, to: after.id, change: c };
          const key = unitKeyOf(unit);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(unit);
        }
    }
  }
  return { pairs, changed, changes, units, edits };
}

/** A reported change's shape for the breakdown: type, impact, and the change to the rights it makes. */
const shapeOf = (c: Change): string => `${c.type} ${c.impact} ${c.right ?? 'no-right-change'}`;

function excerptOf(c: Change): string {
  const show = (t: string | null): string => (t === null ? '—' : t.length > 1200 ? `${t.slice(0, 1200)}…` : t);
  return `- type: ${c.type}, impact: ${c.impact}${c.category ? `, ${c.category}` : ''}\n- before: ${show(c.before)}\n- after: ${show(c.after)}`;
}

function writeSample(units: readonly ReportedUnit[], labels: readonly ChangeLabel[], n: number): void {
  const ordered = sampleOrder(units).slice(0, n);
  const out = ordered.map((u, k) => {
    const l = labelFor(u, labels);
    return `## ${k + 1}. ${u.history} ${u.from} → ${u.to}\n\n- key quote: "${unitKeyOf(u).split('\u0000')[3]}"\n- label: ${l ? `${l.label} (${l.part})` : 'none'}\n${excerptOf(u.change)}\n`;
  });
  mkdirSync(dirname(SAMPLE), { recursive: true });
  writeFileSync(SAMPLE, out.join('\n'));
  console.log(`  sample of ${ordered.length} reported changes written to ${relative(ROOT, SAMPLE)}`);
}

interface FormattingMiss {
  history: string;
  variant: string;
  changes: Change[];
}

async function formattingCheck(
  histories: readonly History[],
  workers: number,
): Promise<{ checked: number; misses: FormattingMiss[] }> {
  const jobs: Array<{ history: History; variant: string; markdown: string }> = [];
  for (const h of histories) {
    const latest = h.versions.at(-1)!;
    for (const v of FORMATTING_VARIANTS) {
      const markdown = v.apply(latest.markdown);
      if (markdown !== latest.markdown) jobs.push({ history: h, variant: v.id, markdown });
    }
  }
  const runs = await runAll(
    jobs.map((j) => j.markdown),
    workers,
  );
  const misses: FormattingMiss[] = [];
  jobs.forEach((j, n) => {
    const latest = j.history.versions.at(-1)!;
    const changes = diffVersions(snapshotOf(latest), snapshotOf(runs[n]!));
    if (changes.length) misses.push({ history: j.history.name, variant: j.variant, changes });
  });
  return { checked: jobs.length, misses };
}

export async function run(corpusDir: string, args: readonly string[] = []): Promise<boolean> {
  const workers = option(args, 'jobs', Math.min(2, availableParallelism()));
  const histories = await loadHistories(join(corpusDir, 'ota'), workers);
  const labels = readLabels();
  const log = (s: string): void => console.log(s);
  const { pairs, changed, changes, units, edits } = reportedUnits(histories);
  const failed = histories.flatMap((h) =>
    h.versions.filter((v) => v.error).map((v) => `${h.name} ${v.id}: ${v.error}`),
  );
  const empty = histories.reduce((n, h) => n + h.versions.filter((v) => !v.error && !v.clauses.length).length, 0);
  log(
    `histories: ${histories.length}, versions: ${histories.reduce((n, h) => n + h.versions.length, 0)} ` +
      `(${empty} recorded empty, not kept${failed.length ? `, ${failed.length} failed` : ''}), consecutive pairs compared: ${pairs}`,
  );
  for (const f of failed) log(`  failed: ${f}`);
  log(`pairs reporting a change: ${changed} of ${pairs}`);
  log(`reported changes: ${changes} (${units.length} changed clauses)`);
  log(`wording edits that change no right (not reported, shown as a count): ${edits.length} changed clauses`);

  for (const part of ['holdout', 'dev'] as const) {
    const matched = units.map((u) => ({ u, l: labelFor(u, labels) })).filter((x) => x.l?.part === part);
    const substantive = matched.filter((x) => x.l!.label === 'substantive').length;
    const all = labels.filter((l) => l.part === part).length;
    const demoted = edits.map((u) => labelFor(u, labels)).filter((l) => l?.part === part);
    const demotedSubstantive = demoted.filter((l) => l!.label === 'substantive').length;
    const share = matched.length ? ((100 * substantive) / matched.length).toFixed(1) : '–';
    log(
      `${part === 'holdout' ? 'held-back' : 'development'} labels: ${all}; reported now: ${matched.length}, ` +
        `substantive ${substantive}, noise ${matched.length - substantive}` +
        (part === 'dev' ? ` → ${share}% substantive` : ''),
    );
    log(
      `  now wording edits: ${demoted.length} (substantive ${demotedSubstantive}, noise ${demoted.length - demotedSubstantive})`,
    );
    if (part === 'dev') {
      const missed = labels.filter(
        (l) => l.part === 'dev' && l.label === 'substantive' && !matched.some((x) => x.l === l),
      );
      log(`  development substantive labels no longer reported: ${missed.length} (a wording edit counts as lost)`);
      if (args.includes('--verbose')) {
        for (const l of demoted.filter((d) => d!.label === 'noise'))
          log(`  noise now a wording edit: ${l!.history} ${l!.from}→${l!.to} "${l!.quote}"`);
        for (const x of matched.filter((m) => m.l!.label === 'noise'))
          log(
            `  noise reported [${shapeOf(x.u.change)}]: ${x.u.history} ${x.u.from}→${x.u.to} "${x.l!.quote}" (${x.l!.reason})`,
          );
        const shapes = new Map<string, { substantive: number; noise: number }>();
        for (const x of matched) {
          const s = shapes.get(shapeOf(x.u.change)) ?? { substantive: 0, noise: 0 };
          s[x.l!.label]++;
          shapes.set(shapeOf(x.u.change), s);
        }
        for (const [shape, s] of [...shapes].sort((a, b) => b[1].noise - a[1].noise))
          log(`  by shape ${shape}: substantive ${s.substantive}, noise ${s.noise}`);
        for (const l of missed) log(`  substantive not reported: ${l.history} ${l.from}→${l.to} "${l.quote}"`);
      }
    }
  }
  const unlabelled = units.filter((u) => !labelFor(u, labels)).length;
  log(`reported changes without a label: ${unlabelled}`);

  const sample = args.find((a) => a.startsWith('--sample='));
  if (sample) writeSample(units, labels, option(args, 'sample', 0));

  const { checked, misses } = await formattingCheck(histories, workers);
  log(`formatting-only variants of the latest versions: ${checked}, reporting a change: ${misses.length}`);
  const byVariant = new Map<string, number>();
  for (const m of misses) byVariant.set(m.variant, (byVariant.get(m.variant) ?? 0) + 1);
  for (const [v, n] of byVariant) log(`  ${v}: ${n}`);
  if (args.includes('--verbose'))
    for (const m of misses.slice(0, 30))
      log(
        `  ${m.history} [${m.variant}]: ${m.changes.length} changes, e.g. ${JSON.stringify((m.changes[0]!.after ?? m.changes[0]!.before ?? '').slice(0, 160))}`,
      );
  return true;
}

/** `npm run -s eval -- changes --json`: the same figures as one object (held-back part: counts only). */
export async function json(corpusDir: string, args: readonly string[] = []): Promise<object> {
  const workers = option(args, 'jobs', Math.min(2, availableParallelism()));
  const histories = await loadHistories(join(corpusDir, 'ota'), workers);
  const labels = readLabels();
  const { pairs, changed, changes, units, edits } = reportedUnits(histories);
  const part = (p: 'dev' | 'holdout'): object => {
    const matched = units.map((u) => labelFor(u, labels)).filter((l) => l?.part === p);
    const substantive = matched.filter((l) => l!.label === 'substantive').length;
    const demoted = edits.map((u) => labelFor(u, labels)).filter((l) => l?.part === p);
    return {
      labels: labels.filter((l) => l.part === p).length,
      reported: matched.length,
      substantive,
      wordingEdits: demoted.length,
      substantiveWordingEdits: demoted.filter((l) => l!.label === 'substantive').length,
    };
  };
  const { checked, misses } = await formattingCheck(histories, workers);
  return {
    histories: histories.length,
    pairs,
    pairsReportingChange: changed,
    reportedChanges: changes,
    changedClauses: units.length,
    wordingEdits: edits.length,
    holdout: part('holdout'),
    dev: part('dev'),
    formattingOnly: { checked, reportingChange: misses.length },
  };
}
