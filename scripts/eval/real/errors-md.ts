// Every error of the development part, in full, for rule work: false positives, misses and wrong stances, by
// category and document. Never called with held-back entries.
import { CATEGORY_IDS } from '../../../src/core/types';
import type { GoldLabel } from '../../gold/resolve-gold';
import type { Entry } from './collect';
import { outcome, type Outcome, type ScoredUnit, type Verdict } from './metrics';

const HEADINGS: Record<Exclude<Outcome, 'right'>, string> = {
  fp: 'false positives',
  fn: 'missed',
  stance: 'wrong stance',
};

const goldText = (g: GoldLabel): string =>
  `${g.stance === null ? 'none' : `${g.stance}${g.condition ? ` ${g.condition}` : ''}`}${g.role !== 'operative' ? ` role=${g.role}` : ''}${g.actor === 'user' ? ' actor=user' : ''}${g.source === 'settled' ? ' (settled)' : ''}`;
const predictedText = (v: Verdict | null, evidence: readonly string[]): string =>
  v
    ? `${v.stance}${v.condition ? ` ${v.condition}` : ''} — rule \`${v.rule}\`${evidence.length ? `, evidence “${evidence.join('”, “')}”` : ''}`
    : 'none';

export function devErrorsMarkdown(entries: readonly (Entry & ScoredUnit)[], analyserVersion: string): string {
  const out = [
    '# Real-document eval: errors of the development part',
    '',
    `Analyser ${analyserVersion}. Written by \`npm run eval -- real\`; the held-back part's errors are never listed.`,
    'Each item: the unit as extracted, its context (heading path, list lead-in), the gold label and what the analyser said.',
  ];
  for (const c of CATEGORY_IDS) {
    for (const kind of ['fp', 'fn', 'stance'] as const) {
      const errs = entries.filter((e) => e.ref.category === c && outcome(e) === kind);
      if (!errs.length) continue;
      out.push('', `## ${c}: ${HEADINGS[kind]} (${errs.length})`);
      let doc = '';
      for (const e of errs) {
        if (e.ref.doc !== doc) {
          doc = e.ref.doc;
          out.push('', `### ${doc}`);
        }
        out.push(
          '',
          `- u${e.unitIndex}${e.context ? ` · ${e.context}` : ''}`,
          `  > ${e.text}`,
          `  gold: ${goldText(e.gold)} · analyser: ${predictedText(e.predicted, e.evidence)}`,
        );
      }
    }
  }
  return `${out.join('\n')}\n`;
}
