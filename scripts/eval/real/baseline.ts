// The committed baseline (test/fixtures/gold/real/baseline.jsonl): the analyser's verdict on every labelled (unit,
// category), so each analyser change shows what it mends and what it breaks (`npm run eval -- real --diff`).
import type { CategoryId, Condition, Stance } from '../../../src/core/types';
import type { GoldLabel } from '../../gold/resolve-gold';
import { outcome, type Verdict } from './metrics';

export interface BaselineLine {
  doc: string;
  quote: string;
  occurrence: number;
  category: CategoryId;
  /** null: no finding of the category on the unit. */
  stance: Stance | null;
  condition: Condition | null;
  rule: string | null;
}

export type UnitRef = Pick<BaselineLine, 'doc' | 'quote' | 'occurrence' | 'category'>;

export const verdictKey = (u: UnitRef): string => `${u.doc}\u0000${u.quote}\u0000${u.occurrence}\u0000${u.category}`;

export function toLine(u: UnitRef, v: Verdict | null): BaselineLine {
  return {
    doc: u.doc,
    quote: u.quote,
    occurrence: u.occurrence,
    category: u.category,
    stance: v?.stance ?? null,
    condition: v?.condition ?? null,
    rule: v?.rule ?? null,
  };
}

/** The file's line: one labelled unit, with the verdict for each category it is labelled for. */
interface UnitLine {
  doc: string;
  quote: string;
  occurrence: number;
  verdicts: Partial<Record<CategoryId, { stance: Stance; condition: Condition | null; rule: string | null } | null>>;
}

/** One line per unit (not per unit and category): the file stays a fifth of the size and diffs per unit in git. */
export function formatBaseline(lines: readonly BaselineLine[]): string {
  const units = new Map<string, UnitLine>();
  for (const l of lines) {
    const key = `${l.doc}\u0000${l.quote}\u0000${l.occurrence}`;
    const u = units.get(key) ?? { doc: l.doc, quote: l.quote, occurrence: l.occurrence, verdicts: {} };
    units.set(key, u);
    u.verdicts[l.category] = l.stance ? { stance: l.stance, condition: l.condition, rule: l.rule } : null;
  }
  return [...units.values()].map((u) => `${JSON.stringify(u)}\n`).join('');
}

export function parseBaseline(text: string): BaselineLine[] {
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((raw) => {
      const u = JSON.parse(raw) as UnitLine;
      return (Object.entries(u.verdicts) as [CategoryId, UnitLine['verdicts'][CategoryId]][]).map(([category, v]) => ({
        doc: u.doc,
        quote: u.quote,
        occurrence: u.occurrence,
        category,
        stance: v?.stance ?? null,
        condition: v?.condition ?? null,
        rule: v?.rule ?? null,
      }));
    });
}

const verdictOf = (l: BaselineLine): Verdict | null =>
  l.stance ? { stance: l.stance, condition: l.condition, rule: l.rule ?? '' } : null;

/**
 * fixed: wrong in the baseline, right now; broken: the reverse; changed: another verdict, as right or wrong as before
 * (or the gold is unsettled); rule: the same verdict from another rule.
 */
export type Change = 'fixed' | 'broken' | 'changed' | 'rule';

export interface VerdictChange {
  line: BaselineLine;
  before: Verdict | null;
  after: Verdict | null;
  /** null while the unit's gold is unsettled. */
  gold: GoldLabel | null;
  change: Change;
}

export function diffVerdicts(
  baseline: readonly BaselineLine[],
  current: readonly BaselineLine[],
  goldOf: (key: string) => GoldLabel | null,
): { changes: VerdictChange[]; added: number; removed: number } {
  const before = new Map(baseline.map((l) => [verdictKey(l), l]));
  const seen = new Set<string>();
  const changes: VerdictChange[] = [];
  let added = 0;
  for (const now of current) {
    const key = verdictKey(now);
    seen.add(key);
    const was = before.get(key);
    if (!was) {
      added++;
      continue;
    }
    const sameVerdict = was.stance === now.stance && was.condition === now.condition;
    if (sameVerdict && was.rule === now.rule) continue;
    const gold = goldOf(key);
    let change: Change = sameVerdict ? 'rule' : 'changed';
    if (!sameVerdict && gold) {
      const rightBefore = outcome({ gold, predicted: verdictOf(was) }) === 'right';
      const rightNow = outcome({ gold, predicted: verdictOf(now) }) === 'right';
      if (rightNow && !rightBefore) change = 'fixed';
      else if (rightBefore && !rightNow) change = 'broken';
    }
    changes.push({ line: now, before: verdictOf(was), after: verdictOf(now), gold, change });
  }
  const removed = baseline.filter((l) => !seen.has(verdictKey(l))).length;
  return { changes, added, removed };
}
