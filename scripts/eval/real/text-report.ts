// The text tables of `npm run eval -- real`: the gold set, then the held-back part (aggregates only), then the
// development part. Units, quotes and errors of the held-back part are never printed.
import { CATEGORY_IDS, DOCUMENT_KINDS } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import type { RealEval } from './collect';
import { GRADES, TYPE_KIND } from './detection';
import { STANCES, type Prf } from './metrics';
import type { PartSummary } from './summary';

const num = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const prfCols = (p: Prf): string =>
  `${pad(p.support, 7)} ${pad(p.tp, 5)} ${pad(p.fp, 5)} ${pad(p.fn, 5)}  ${num(p.precision)}  ${num(p.recall)}  ${num(p.f1)}`;

export function printGold(ev: RealEval, log: (s: string) => void): void {
  const roles: Record<string, number> = {};
  for (const d of ev.docs)
    for (const [k, v] of Object.entries(d.extraction?.blockRoles ?? {})) roles[k] = (roles[k] ?? 0) + v;
  log(
    `gold: test/fixtures/gold/real — ${ev.docs.length} documents (${ev.wholeDocuments} labelled whole, the rest through the keyword nets), ${ev.units} units`,
  );
  log(`agreement: ${ev.doubleLabelled} whole documents and part of the net units labelled twice; Cohen's kappa`);
  log(`  ${CATEGORY_IDS.map((c) => `${c} ${num(ev.kappa[c])}`).join('  ')}`);
  log(
    `pipeline: Markdown → HTML (marked) → detectPage → extractDocument → the analysis worker's analyzeClauses with the first party found in the document, graded as the background grades (extension defaults: all categories, sensitivity ${DEFAULT_SETTINGS.sensitivity}); URL https://example.invalid/<n>`,
  );
  log(
    `structure kept: ${Object.entries(roles)
      .map(([k, v]) => `${v} ${k} blocks`)
      .join(', ')}`,
  );
  const slowest = Math.max(...ev.docs.filter((d) => d.analysis).map((d) => d.ms));
  log(
    `ran ${ev.docs.length} documents on ${ev.workers} worker thread(s) in ${ev.seconds.toFixed(1)} s (slowest finished document ${(slowest / 1000).toFixed(1)} s)`,
  );
}

export function printPart(s: PartSummary, log: (x: string) => void): void {
  const title = s.part === 'holdout' ? 'HELD-BACK part (aggregate figures only)' : 'DEVELOPMENT part';
  log(`\n--- ${title}: ${s.documents} documents, ${s.units} units, ${s.scored} labelled (unit, category) pairs scored`);
  if (s.unsettled)
    log(
      `  WARNING: ${s.unsettled} (unit, category) labels unsettled (annotators disagree, no adjudication yet): not scored`,
    );
  if (s.unmatched)
    log(`  WARNING: ${s.unmatched} labelled (unit, category) pairs whose quote matches no extracted unit: not scored`);
  if (s.unfinished)
    log(
      `  WARNING: ${s.unfinished} document${s.unfinished === 1 ? '' : 's'} with no analysis (failed or too slow): its units count as "no finding"`,
    );
  log(
    `  ${'category'.padEnd(16)} ${pad('units', 6)} ${pad('support', 7)} ${pad('tp', 5)} ${pad('fp', 5)} ${pad('fn', 5)}  ${pad('P', 5)}  ${pad('R', 5)}  ${pad('F1', 5)}  stance acc on hits`,
  );
  for (const c of CATEGORY_IDS) {
    const k = s.categories[c];
    log(
      `  ${c.padEnd(16)} ${pad(k.units, 6)} ${prfCols(k)}  ${num(k.stanceAccuracy)} (${k.stanceCorrect}/${k.stanceHits})`,
    );
  }
  log(`  by stance (gold stance vs reported stance)`);
  log(
    `  ${'category'.padEnd(16)} ${'stance'.padEnd(11)} ${pad('support', 7)} ${pad('tp', 5)} ${pad('fp', 5)} ${pad('fn', 5)}  ${pad('P', 5)}  ${pad('R', 5)}  ${pad('F1', 5)}`,
  );
  for (const c of CATEGORY_IDS) {
    for (const st of STANCES) {
      const p = s.categories[c].stances[st];
      if (p.tp + p.fp + p.fn) log(`  ${c.padEnd(16)} ${st.padEnd(11)} ${prfCols(p)}`);
    }
  }
  log(`  user obligations reported as a company grant: ${s.userObligationGrants}`);
  const sc = s.shownClauses;
  log(
    `  the clause shown for each right (terms and privacy detected as legal): ${sc.rights} rights, ${sc.labelled} shown clauses labelled for the right's category: ${sc.positive} positive, ${sc.sameStance} of them with its stance`,
  );
  log(
    `  gold positives in documents not detected as legal (analysed there only on request): ${s.positivesInUndetected}`,
  );
  const d = s.detection;
  log(
    `  detection: isLegal ${d.isLegal}/${d.documents} (recall ${num(d.isLegalRecall)}); kind ${d.kindCorrect}/${d.kindScored} (accuracy ${num(d.kindAccuracy)})`,
  );
  log(
    `    of the ${d.documents - d.isLegal} not detected, ${d.missedUnnamed} have no legal document name in URL, title or first heading (read by their text alone)`,
  );
  const kinds = DOCUMENT_KINDS;
  log(`    ${'type (expected kind)'.padEnd(44)} ${kinds.map((k) => pad(k, 10)).join('')}`);
  for (const [type, row] of Object.entries(d.byType).sort(([a], [b]) => a.localeCompare(b))) {
    log(
      `    ${`${type} (${TYPE_KIND[type] ?? 'not scored'})`.padEnd(44)} ${kinds.map((k) => pad(row[k] ?? 0, 10)).join('')}`,
    );
  }
  const graded = GRADES.filter((g) => g !== 'null').reduce((n, g) => n + s.grades[g], 0);
  const share = (n: number): string => (graded ? `${Math.round((100 * n) / graded)}%` : '—');
  log(
    `  grades of terms and privacy documents detected as legal: ${GRADES.filter((g) => g !== 'null')
      .map((g) => `${g} ${s.grades[g]} (${share(s.grades[g])})`)
      .join('  ')}; not graded ${s.grades.null}`,
  );
  if (s.scoreDeciles.length) log(`  their score deciles: ${s.scoreDeciles.join(' ')}`);
  log(
    `  documents with no grade, any type: ${
      Object.entries(s.ungraded)
        .map(([why, n]) => `${why} ${n}`)
        .join(', ') || 'none'
    }`,
  );
}
