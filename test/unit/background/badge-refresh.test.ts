// A settings change redraws every tab's badge: the badge shows the grade of what the settings show, as the popup does.
import { describe, expect, it, vi } from 'vitest';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';
import { analyzeText } from '../../../src/core/analyze';
import { DEFAULT_VIEW } from '../../../src/core/report/view';

const session = vi.hoisted(() => new Map<string, unknown>());
const badges = vi.hoisted(() => new Map<number, string>());
vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
    storage: {
      session: {
        get: async (k: string | null) =>
          k === null ? Object.fromEntries(session) : session.has(k) ? { [k]: session.get(k) } : {},
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
      },
    },
  },
}));
const { refreshBadges } = await import('../../../src/background/badge');
const { allTabStates, putTabState } = await import('../../../src/background/tab-store');

function analysedTab(tabId: number, text: string): TabState {
  const { clauses, ...analysis } = analyzeText(text, { sensitivity: 'every' });
  return {
    ...emptyTabState(tabId, `https://site${tabId}.example/terms`, 'analysed'),
    detection: { kind: 'terms', isLegal: true, confidence: 1, reasons: [] },
    analysis,
    wordCount: 400,
    flaggedClauses: clauses,
  };
}

describe('refreshBadges', () => {
  it("redraws every stored tab's badge with the view the settings now give", async () => {
    const sale = 'We may sell your personal information to advertisers and data brokers.';
    await putTabState(analysedTab(1, sale));
    await putTabState(analysedTab(2, 'We use your email address to send you receipts.'));
    session.set('unrelated', 1);
    const states = await allTabStates();
    expect(states.map((s) => s.tabId).sort()).toEqual([1, 2]);

    await refreshBadges(states, DEFAULT_VIEW);
    const withSale = badges.get(1);
    const plain = badges.get(2);
    expect(withSale).toMatch(/^[A-E]/);
    expect(withSale).not.toBe(plain);

    await refreshBadges(states, {
      ...DEFAULT_VIEW,
      categories: DEFAULT_VIEW.categories.filter((c) => c !== 'data_sale'),
    });
    expect(badges.get(1)).not.toBe(withSale);
    expect(badges.get(2)).toBe(plain);
  });
});
