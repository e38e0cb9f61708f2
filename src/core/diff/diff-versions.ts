// Clause-level diff of two analysed versions, one change per (clause, category), ranked by what it does to the user.
import { diffWords } from 'diff';
import type { CategoryId, Clause, Finding } from '../types';
import { CATEGORY_IDS } from '../types';
import { alignClauses, type Alignment } from './align';
import { impactOf, strongest, type ImpactContext } from './impact';
import { rankChanges } from './rank';
import type { Change, ChangeType, VersionSnapshot, WordDiffPart } from './types';

function byClause(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.clauseId);
    if (list) list.push(f);
    else map.set(f.clauseId, [f]);
  }
  return map;
}

function grantedCategories(findings: readonly Finding[]): Set<CategoryId> {
  return new Set(findings.filter((f) => f.stance === 'grant').map((f) => f.category));
}

export function wordDiffOf(before: string, after: string): WordDiffPart[] {
  return diffWords(before, after).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value,
  }));
}

function changesFor(
  entry: Alignment,
  b: Clause | undefined,
  a: Clause | undefined,
  fb: readonly Finding[],
  fa: readonly Finding[],
  ctx: ImpactContext,
): Change[] {
  const type = entry.kind as ChangeType;
  const before = b?.text ?? null;
  const after = a?.text ?? null;
  const section = a?.section ?? b?.section ?? '';
  const wordDiff = type === 'modified' && before !== null && after !== null ? wordDiffOf(before, after) : null;
  const categories = CATEGORY_IDS.filter(
    (cat) => fb.some((f) => f.category === cat) || fa.some((f) => f.category === cat),
  );
  if (categories.length === 0) {
    return [
      {
        type,
        category: null,
        stanceBefore: null,
        stanceAfter: null,
        severity: null,
        impact: 'neutral',
        section,
        before,
        after,
        wordDiff,
      },
    ];
  }
  return categories.map((category) => {
    const fBefore = strongest(fb.filter((f) => f.category === category));
    const fAfter = strongest(fa.filter((f) => f.category === category));
    return {
      type,
      category,
      stanceBefore: fBefore?.stance ?? null,
      stanceAfter: fAfter?.stance ?? null,
      severity: fAfter?.severity ?? fBefore?.severity ?? null,
      impact: impactOf(category, fBefore, fAfter, ctx),
      section,
      before,
      after,
      wordDiff,
    };
  });
}

/**
 * Compares two analysed versions of one document. Unchanged clauses (same text up to whitespace, typography and
 * date stamps, in the same order) yield nothing, even if context-dependent findings on them differ. A clause with
 * findings in two categories yields one change per category. Sorted: new or widened grants (high severity first),
 * other changes for the worse, changes for the better, reworded flagged clauses, then unflagged clauses.
 */
export function diffVersions(before: VersionSnapshot, after: VersionSnapshot): Change[] {
  const fb = byClause(before.findings);
  const fa = byClause(after.findings);
  const ctx: ImpactContext = {
    grantedBefore: grantedCategories(before.findings),
    grantedAfter: grantedCategories(after.findings),
  };
  const items: Array<{ change: Change; position: number }> = [];
  for (const entry of alignClauses(before.clauses, after.clauses)) {
    if (entry.kind === 'same') continue;
    const b = entry.before === null ? undefined : before.clauses[entry.before];
    const a = entry.after === null ? undefined : after.clauses[entry.after];
    const changes = changesFor(entry, b, a, b ? (fb.get(b.id) ?? []) : [], a ? (fa.get(a.id) ?? []) : [], ctx);
    for (const change of changes) items.push({ change, position: entry.position });
  }
  return rankChanges(items).map((item) => item.change);
}
