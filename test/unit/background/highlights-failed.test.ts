// A painting problem is a note beside the report, never a failed report: the finished analysis and its status stay.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => new Map<string, unknown>());
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: session.get(k) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
      },
    },
  },
}));
const { backgroundHandlers } = await import('../../../src/background/handlers');
const { emptyTabState } = await import('../../../src/shared/tab-state');

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = { id: 'termwatch-id', tab, url: 'https://meetly.example/terms', frameId: 0 } as never;
const analysis = { languageSupported: true, findings: [], summary: { grade: 'B' } } as never;

beforeEach(() => {
  session.clear();
  session.set('tab:7', { ...emptyTabState(7, 'https://meetly.example/terms', 'analysed'), analysis, title: 'Terms' });
});

describe("'highlights-failed'", () => {
  it('keeps the status and the report, and records the problem beside it', async () => {
    await backgroundHandlers['highlights-failed'](
      { url: 'https://meetly.example/terms', error: 'paint broke' },
      sender,
    );
    const state = session.get('tab:7') as Record<string, unknown>;
    expect(state.status).toBe('analysed');
    expect(state.analysis).toEqual(analysis);
    expect(state.error).toBeNull();
    expect(state.highlightError).toBe('paint broke');
  });

  it('bounds the message and refuses to speak for another origin', async () => {
    await backgroundHandlers['highlights-failed'](
      { url: 'https://meetly.example/terms', error: 'x'.repeat(5_000) },
      sender,
    );
    expect((session.get('tab:7') as { highlightError: string }).highlightError).toHaveLength(500);
    await expect(
      backgroundHandlers['highlights-failed']({ url: 'https://evil.example/', error: 'e' }, sender),
    ).rejects.toThrow(/refused/);
  });

  it('a new report starts without the old note', () => {
    expect(emptyTabState(7).highlightError).toBeNull();
  });
});
