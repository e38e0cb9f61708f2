// The default terminal report of `termwatch analyze`: plain text, no colours, page text stripped of control characters.
import { CATEGORY_LABELS, SEVERITY_LABELS, STANCE_LABELS } from '../core/categories';
import { flaggedRows } from '../core/export/flagged-rows';
import { CATEGORY_IDS, type Detection } from '../core/types';
import type { ExportInput } from '../core/export';
import { printable } from './cli-error';

const WIDTH = 100;

/** Word-wraps text to WIDTH with an indent; never breaks inside a word. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of printable(text).split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function toTextReport(input: ExportInput, detection: Detection): string {
  const { summary, analyserVersion, languageSupported } = input.analysis;
  const out: string[] = [
    printable(input.title),
    `  source:   ${printable(input.source ?? input.url)}`,
    `  kind:     ${input.kind}${input.isLegal ? '' : detection.verdict === 'too_short' ? ' (too short to be a legal document)' : ' (not detected as a legal page)'} · confidence ${detection.confidence.toFixed(2)} · ${input.wordCount} words · lang ${printable(input.lang ?? 'und')}`,
    `  grade:    ${summary.grade === null ? 'none' : `${summary.grade} (score ${summary.score}/100)`}: ${printable(summary.driver)}`,
    `  version:  ${input.versionHash.slice(0, 16)}… · seen ${new Date(input.seenAt).toISOString().slice(0, 10)} · analyser ${analyserVersion}`,
  ];
  if (!languageSupported)
    out.push(`  WARNING:  this language is not supported yet; no findings does NOT mean an all-clear.`);
  const rows = flaggedRows(input);
  if (!rows.length) out.push('', '  No clauses flagged.');
  for (const id of CATEGORY_IDS) {
    const inCat = rows.filter((r) => r.finding.category === id);
    if (!inCat.length) continue;
    out.push('', `${CATEGORY_LABELS[id]} (${inCat.length})`);
    for (const { clause, finding } of inCat) {
      const cond = finding.condition ? ` (${finding.condition === 'opt_in' ? 'opt-in' : 'opt-out'})` : '';
      const where = clause.section ? ` · ${printable(clause.section)}` : '';
      out.push(`  - ${STANCE_LABELS[finding.stance]}${cond} · ${SEVERITY_LABELS[finding.severity]}${where}`);
      out.push(...wrap(`"${clause.text}"`, '      '));
      if (finding.evidence.length)
        out.push(
          ...wrap(`evidence: ${finding.evidence.map((e) => `"${e}"`).join(', ')} · rule ${finding.rule}`, '      '),
        );
    }
  }
  return `${out.join('\n')}\n`;
}
