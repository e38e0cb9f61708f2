// Markdown evidence export: readable on its own and when pasted into an issue tracker.
// All page-derived text goes through markdown-escape.ts; only our own labels are written raw.
import { CATEGORY_LABELS, SEVERITY_LABELS, STANCE_LABELS } from '../categories';
import { CATEGORY_IDS, STANCES, type CategoryId, type Condition, type DocumentKind, type Stance } from '../types';
import { isoDay } from './dates';
import type { ExportInput } from './export-input';
import { flaggedRows, type FlaggedRow } from './flagged-rows';
import { mdBlockquote, mdCode, mdInline, mdUrl } from './markdown-escape';
import type { TosdrTitleSource } from './tosdr-cases';

const KIND_LABELS: Record<DocumentKind, string> = {
  terms: 'Terms of service',
  privacy: 'Privacy policy',
  cookies: 'Cookie policy',
  ai_policy: 'AI policy',
  other: 'Not recognised as a legal page',
};

const CONDITION_LABELS: Record<Condition, string> = {
  opt_in: 'Only with your consent (opt-in)',
  opt_out: 'On unless you opt out (opt-out)',
};

function countTable(rows: FlaggedRow[]): string[] {
  const counts = new Map<CategoryId, Record<Stance, number>>();
  for (const id of CATEGORY_IDS) counts.set(id, { grant: 0, conditional: 0, restrict: 0 });
  for (const { finding } of rows) counts.get(finding.category)![finding.stance] += 1;
  const lines = [
    '| Category | Takes the right | Only with consent / opt-out | Limits it (good) | Total |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const id of CATEGORY_IDS) {
    const c = counts.get(id)!;
    const total = STANCES.reduce((n, s) => n + c[s], 0);
    lines.push(`| ${CATEGORY_LABELS[id]} | ${c.grant} | ${c.conditional} | ${c.restrict} | ${total} |`);
  }
  return lines;
}

function caseLine(tosdrCase: string | null, source: TosdrTitleSource | null): string {
  if (!tosdrCase) return '';
  // Our own wording must not pass for a ToS;DR title.
  return source === 'termwatch'
    ? ` · nearest case (Termwatch wording, not a ToS;DR title): ${mdInline(tosdrCase)}`
    : ` · nearest ToS;DR case: ${mdInline(tosdrCase)}`;
}

function clauseBlock({ clause, finding, tosdrCase, tosdrCaseSource }: FlaggedRow): string[] {
  const stance = finding.condition ? CONDITION_LABELS[finding.condition] : STANCE_LABELS[finding.stance];
  const where = clause.section ? ` · section ${mdInline(clause.section)}` : '';
  const lines = [
    mdBlockquote(clause.text),
    '',
    `- **${stance}** · severity ${SEVERITY_LABELS[finding.severity]}${where}`,
  ];
  if (finding.evidence.length) lines.push(`- Evidence: ${finding.evidence.map((e) => `“${mdInline(e)}”`).join(', ')}`);
  lines.push(`- Rule ${mdCode(finding.rule)}${caseLine(tosdrCase, tosdrCaseSource)}`);
  return lines;
}

export function toMarkdown(input: ExportInput): string {
  const rows = flaggedRows(input);
  const { summary, analyserVersion, languageSupported } = input.analysis;
  const title = input.title.trim() ? mdInline(input.title) : mdInline(input.url);
  const out: string[] = [
    `## Termwatch report: ${title}`,
    '',
    `${summary.grade === null ? '**Not graded**' : `**Grade ${summary.grade}** · score ${summary.score}/100`} · ${KIND_LABELS[input.kind]} · ${input.wordCount} words`,
    '',
    `What drove it: ${mdInline(summary.driver)}`,
  ];
  if (!languageSupported) {
    out.push(
      '',
      `**Warning:** this text's language (${mdInline(input.lang ?? 'und')}) is not supported yet, so finding nothing here is not an all-clear.`,
    );
  }
  out.push('', ...countTable(rows));
  for (const id of CATEGORY_IDS) {
    const inCategory = rows.filter((r) => r.finding.category === id);
    if (!inCategory.length) continue;
    out.push('', `### ${CATEGORY_LABELS[id]}`);
    for (const row of inCategory) out.push('', ...clauseBlock(row));
  }
  if (!rows.length) out.push('', '_No clauses flagged._');
  out.push(
    '',
    '---',
    '',
    `Page: ${mdUrl(input.url)}${input.source && input.source !== input.url ? ` (read from ${mdInline(input.source)})` : ''}  `,
    `Version ${mdCode(input.versionHash)} (SHA-256 of the normalised text), seen ${isoDay(input.seenAt)} (UTC)  `,
    `Analyser ${mdCode(analyserVersion)} · exported by Termwatch, on-device`,
    '',
  );
  return out.join('\n');
}
