// Joins findings to their clauses once, in reading order, for all three formats.
import { CATEGORY_IDS, type Clause, type Finding } from '../types';
import type { ExportInput } from './export-input';
import { nearestTosdrEntry } from './nearest-tosdr-case';
import type { TosdrTitleSource } from './tosdr-cases';

/** One flagged (clause, category) pair: a clause in two categories gives two rows. */
export interface FlaggedRow {
  clause: Clause;
  finding: Finding;
  tosdrCase: string | null;
  tosdrCaseSource: TosdrTitleSource | null;
}

/**
 * Rows in document order, then category display order. Findings whose clause is not in `input.clauses` are dropped:
 * an export must quote the text it flags, and a dangling id has nothing to quote.
 */
export function flaggedRows(input: ExportInput): FlaggedRow[] {
  const position = new Map<string, number>();
  input.clauses.forEach((c, i) => position.set(c.id, i));
  const rows: { row: FlaggedRow; pos: number; cat: number }[] = [];
  for (const finding of input.analysis.findings) {
    const pos = position.get(finding.clauseId);
    if (pos === undefined) continue;
    const clause = input.clauses[pos]!;
    const entry = nearestTosdrEntry(finding.category, finding.stance, clause.text);
    rows.push({
      row: { clause, finding, tosdrCase: entry?.title ?? null, tosdrCaseSource: entry?.source ?? null },
      pos,
      cat: CATEGORY_IDS.indexOf(finding.category),
    });
  }
  rows.sort((a, b) => a.pos - b.pos || a.cat - b.cat);
  return rows.map((r) => r.row);
}
