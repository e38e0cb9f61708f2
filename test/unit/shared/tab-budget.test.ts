// Issue 13: storage.session (10 MB for all tabs) filled from one page with long nested headings, and a second tab's
// report then failed with "Session storage quota bytes exceeded". Each tab now has a share; a report over it is
// shortened (summary and top findings kept) instead of failing, and other tabs are never affected.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clause, Finding } from '../../../src/core/types';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';
import { fitTabState, sessionBytes, stateBytes, TAB_STATE_BUDGET } from '../../../src/shared/tab-budget';

/** storage.session as Chrome keeps it: 10 MiB, counted as sessionBytes estimates; a set over it fails whole. */
const QUOTA = 10 * 1024 * 1024;
const area = new Map<string, unknown>();
const used = (): number => [...area].reduce((n, [k, v]) => n + sessionBytes(k, v), 0);
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        async get(k: string): Promise<Record<string, unknown>> {
          return area.has(k) ? { [k]: structuredClone(area.get(k)) } : {};
        },
        async set(items: Record<string, unknown>): Promise<void> {
          const before = new Map(area);
          for (const [k, v] of Object.entries(items)) area.set(k, structuredClone(v));
          if (used() > QUOTA) {
            area.clear();
            for (const [k, v] of before) area.set(k, v);
            throw new Error('Session storage quota bytes exceeded. Values were not stored.');
          }
        },
        async remove(k: string): Promise<void> {
          area.delete(k);
        },
      },
    },
  },
}));
const { getTabState, putTabState } = await import('../../../src/background/tab-store');

const HEADING = 'Section heading that a hostile page repeats at every level of its outline, '.repeat(10);

function finding(clauseId: string, severity: Finding['severity'], stance: Finding['stance']): Finding {
  return {
    clauseId,
    category: 'data_sharing',
    stance,
    severity,
    evidence: ['share your data'],
    rule: 'test.share',
    actor: 'service',
  };
}

/** An analysed state with `n` flagged clauses, each under a `levels`-deep path of long headings. */
function bigState(tabId: number, n: number, levels = 20): TabState {
  const path = Array.from({ length: levels }, (_, i) => `${i + 1} ${HEADING}`);
  const clauses: Clause[] = [];
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    clauses.push({
      id: `c${i}`,
      block: i,
      start: 0,
      end: 40,
      text: `We may share your data with partner ${i}.`,
      sectionPath: path,
      section: path[levels - 1]!,
    });
    findings.push(finding(`c${i}`, i % 7 === 0 ? 'high' : 'low', i % 3 === 0 ? 'restrict' : 'grant'));
  }
  const counts = {
    ai_training: 0,
    data_sharing: n,
    data_sale: 0,
    content_licence: 0,
    tracking: 0,
    retention: 0,
    terms_change: 0,
  };
  return {
    ...emptyTabState(tabId, `https://site${tabId}.example/terms`, 'analysed'),
    title: 'Terms',
    analysis: {
      analyserVersion: 't',
      languageSupported: true,
      findings,
      summary: { grade: 'E', score: 5, counts, driver: 'sharing' },
    },
    flaggedClauses: clauses,
    seenAt: 1,
  };
}

beforeEach(() => area.clear());

describe('fitTabState', () => {
  it('keeps a report that fits exactly as it is', () => {
    const state = bigState(1, 3);
    expect(fitTabState('tab:1', state)).toBe(state);
  });

  it('keeps the summary and the most important findings of a report over budget, and says so', () => {
    const state = bigState(1, 2000);
    expect(stateBytes('tab:1', state)).toBeGreaterThan(TAB_STATE_BUDGET);
    const fitted = fitTabState('tab:1', state);
    expect(stateBytes('tab:1', fitted)).toBeLessThanOrEqual(TAB_STATE_BUDGET);
    expect(fitted.analysis!.summary).toEqual(state.analysis!.summary);
    const kept = fitted.analysis!.findings;
    expect(fitted.shortened).toEqual({ findingsKept: kept.length, findingsTotal: 2000 });
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(2000);
    // The high-severity grants come first: every one of them is kept before any low-severity finding.
    const highGrants = state.analysis!.findings.filter((f) => f.severity === 'high' && f.stance === 'grant');
    for (const f of highGrants) expect(kept.some((k) => k.clauseId === f.clauseId)).toBe(true);
    // Every kept finding still has its clause.
    const ids = new Set(fitted.flaggedClauses.map((c) => c.id));
    for (const f of kept) expect(ids.has(f.clauseId)).toBe(true);
  });
});

describe('putTabState under a 10 MB storage.session', () => {
  it("a flood in one tab leaves another tab's report intact", async () => {
    // A report that alone fits the area but leaves less than 50 KB for any other tab.
    const size = (n: number): number => stateBytes('tab:1', bigState(1, n));
    const perClause = size(101) - size(100);
    let n = 100 + Math.floor((QUOTA - size(100)) / perClause);
    while (size(n) > QUOTA) n--;
    expect(QUOTA - size(n)).toBeLessThan(50_000);
    await putTabState(bigState(1, n));
    const other = bigState(2, 10);
    await putTabState(other);
    expect(await getTabState(2)).toEqual(other);
    const flooded = (await getTabState(1))!;
    expect(flooded.status).toBe('analysed');
    expect(flooded.shortened?.findingsTotal).toBe(n);
  });

  it('when the area is full all the same, a report keeps its summary rather than failing', async () => {
    // Other tabs at their full share, 21 of them: as much as the area holds.
    for (let tab = 10; tab < 31; tab++) area.set(`tab:${tab}`, 'x'.repeat(TAB_STATE_BUDGET - 50));
    const late = bigState(99, 1500, 1);
    await putTabState(late);
    const stored = (await getTabState(99))!;
    expect(stored.analysis!.summary).toEqual(late.analysis!.summary);
    expect(stored.shortened).toEqual({ findingsKept: 0, findingsTotal: 1500 });
  });
});
