// The diff report: `termwatch diff OLD NEW --format json` and its Markdown rendering share this shape.
import { CATEGORY_LABELS, SEVERITY_LABELS, STANCE_LABELS } from '../categories';
import { mdBlockquote, mdCode, mdInline } from '../export/markdown-escape';
import type { DocumentKind } from '../types';
import { summarizeChanges, wordingEditLines } from './summarize';
import type { Change, ChangeImpact, WordDiffPart } from './types';

export const DIFF_REPORT_SCHEMA_VERSION = 1;

/** The document fields a diff report names; the export module's ReportDocument is a superset. */
export interface DocumentSummaryJson {
  /** File path or URL the text was read from. */
  source: string;
  title: string;
  kind: DocumentKind;
  isLegal: boolean;
  /** SHA-256 hex of the normalised text. */
  hash: string;
  wordCount: number;
}

export interface DiffReportJson {
  schemaVersion: typeof DIFF_REPORT_SCHEMA_VERSION;
  old: DocumentSummaryJson;
  new: DocumentSummaryJson;
  /** Ranked as diffVersions returns them. */
  changes: Change[];
  /** Same-effect rewordings: listed apart, as the popup and the history page show them, and not counted as changes. */
  wordingEdits: WordingEditsJson;
}

/**
 * Clauses reworded with the same effect (diffWithWordingEdits): no right changed, so they are not changes, but nothing
 * is hidden either. `sameEffect` marks the list as such for whoever reads the file without this comment.
 */
export interface WordingEditsJson {
  sameEffect: true;
  count: number;
  /** One line per distinct edit (wordingEditLines), in document order. */
  lines: string[];
  /** The edits themselves, in the shape of a change (impact always neutral, right always null). */
  changes: Change[];
}

export function wordingEditsJson(edits: readonly Change[]): WordingEditsJson {
  return { sameEffect: true, count: edits.length, lines: wordingEditLines(edits), changes: [...edits] };
}

function pickDocument(d: DocumentSummaryJson): DocumentSummaryJson {
  // Copy only the declared fields, so a richer object passed in does not leak extra keys into the JSON.
  return { source: d.source, title: d.title, kind: d.kind, isLegal: d.isLegal, hash: d.hash, wordCount: d.wordCount };
}

export function buildDiffReport(
  oldDoc: DocumentSummaryJson,
  newDoc: DocumentSummaryJson,
  changes: Change[],
  wordingEdits: readonly Change[] = [],
): DiffReportJson {
  return {
    schemaVersion: DIFF_REPORT_SCHEMA_VERSION,
    old: pickDocument(oldDoc),
    new: pickDocument(newDoc),
    changes,
    wordingEdits: wordingEditsJson(wordingEdits),
  };
}

/** Escapes one word-diff part, keeping its surrounding spaces (mdInline trims them). */
function mdPart(text: string): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) && text.trim() ? ' ' : '';
  return `${lead}${mdInline(text)}${trail}`;
}

function mdWordDiff(parts: readonly WordDiffPart[]): string {
  return parts
    .map((p) => {
      const t = mdPart(p.text);
      if (!p.text.trim() || p.op === 'equal') return t;
      const core = mdInline(p.text);
      const wrapped = p.op === 'insert' ? `<ins>${core}</ins>` : `<del>${core}</del>`;
      return t.replace(core, wrapped);
    })
    .join('');
}

const IMPACT_HEADINGS: Array<[ChangeImpact, string]> = [
  ['worse', 'Worse for you'],
  ['better', 'Better for you'],
  ['neutral', 'Wording only'],
];
/** Unflagged changes are listed briefly and capped: a rewrite can add hundreds of ordinary clauses. */
const UNFLAGGED_LIMIT = 50;
const EXCERPT_CHARS = 200;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

function mdChange(c: Change, n: number): string {
  const title = c.category ? CATEGORY_LABELS[c.category] : 'Unflagged clause';
  const stance = `${c.stanceBefore ? STANCE_LABELS[c.stanceBefore] : 'not flagged'} → ${c.stanceAfter ? STANCE_LABELS[c.stanceAfter] : 'not flagged'}`;
  const out = [`### ${n}. ${mdInline(title)}: ${c.type}${c.section ? ` in ${mdInline(c.section)}` : ''}`, ''];
  out.push(`- Stance: ${mdInline(stance)}`);
  if (c.severity) out.push(`- Severity: ${SEVERITY_LABELS[c.severity]}`);
  out.push('');
  if (c.wordDiff) out.push(`Changes in the clause: ${mdWordDiff(c.wordDiff)}`, '');
  else if (c.type === 'removed' && c.before) out.push('Removed text:', '', mdBlockquote(c.before), '');
  else if (c.after) out.push(`${c.type === 'moved' ? 'Moved' : 'New'} text:`, '', mdBlockquote(c.after), '');
  return out.join('\n');
}

/** The same-effect rewordings, listed apart from the changes (their lines only: each is a few words). */
export function wordingEditsMarkdown(edits: WordingEditsJson, heading = '##'): string[] {
  if (edits.count === 0) return [];
  return [
    `${heading} Wording edits, same effect (${edits.count})`,
    '',
    'Reworded with no change to any right; not counted as changes.',
    '',
    ...edits.lines.map((line) => `- ${mdInline(line)}`),
    '',
  ];
}

export function diffReportToMarkdown(report: DiffReportJson): string {
  const { old: o, new: n, changes } = report;
  const out: string[] = [
    `# Changes in ${mdInline(n.title || o.title || n.source)}`,
    '',
    '| | Old | New |',
    '|---|---|---|',
    `| Source | ${mdInline(o.source)} | ${mdInline(n.source)} |`,
    `| Kind | ${o.kind} | ${n.kind} |`,
    `| Words | ${o.wordCount} | ${n.wordCount} |`,
    `| Version hash | ${mdCode(o.hash.slice(0, 12))} | ${mdCode(n.hash.slice(0, 12))} |`,
    '',
    '## Summary',
    '',
    ...summarizeChanges(changes).map((line) => `- ${mdInline(line)}`),
    '',
  ];
  let counter = 0;
  for (const [impact, heading] of IMPACT_HEADINGS) {
    const flagged = changes.filter((c) => c.impact === impact && c.category !== null);
    if (flagged.length === 0) continue;
    out.push(`## ${heading} (${flagged.length})`, '');
    for (const c of flagged) out.push(mdChange(c, ++counter));
  }
  const unflagged = changes.filter((c) => c.category === null);
  if (unflagged.length) {
    out.push(`## Other changes (${unflagged.length})`, '');
    for (const c of unflagged.slice(0, UNFLAGGED_LIMIT)) {
      const text = c.type === 'removed' ? c.before : c.after;
      out.push(`- ${c.type}${c.section ? ` in ${mdInline(c.section)}` : ''}: ${mdInline(excerpt(text ?? ''))}`);
    }
    if (unflagged.length > UNFLAGGED_LIMIT)
      out.push(`- … and ${unflagged.length - UNFLAGGED_LIMIT} more (see the JSON report)`);
    out.push('');
  }
  out.push(...wordingEditsMarkdown(report.wordingEdits));
  return out.join('\n');
}
