// The detector's verdict ('analysing') is written while the analyser is injected, not before: the page's reading no
// longer waits for the write. What the analysis then writes for the tab (its report, or a failure) waits for the
// verdict's write, so the tab never ends up 'analysing' (or with the "…" badge) after its report.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/shared/tab-state';

const session = vi.hoisted(() => new Map<string, unknown>());
/** A write of an 'analysing' state waits for this gate to open (a slow storage). */
const gate = vi.hoisted(() => ({ open: Promise.resolve(), release: () => undefined as void }));
const badges = vi.hoisted((): string[] => []);
const injected = vi.hoisted(() => ({ calls: 0, statusThen: [] as Array<string | undefined> }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: structuredClone(session.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) {
            if ((v as TabState).status === 'analysing') await gate.open;
            session.set(k, structuredClone(v));
          }
        },
      },
      local: { get: async () => ({}), set: async () => undefined },
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void badges.push(text),
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
  },
}));
vi.mock('../../../src/background/inject', () => ({
  injectAnalyser: async (tabId: number) => {
    injected.calls++;
    injected.statusThen.push((session.get(`tab:${tabId}`) as TabState | undefined)?.status);
  },
}));
vi.mock('../../../src/background/analysis-host', async () => {
  const { analyseInProcess } = await import('../../support/in-process-analysis');
  return { analysisHost: () => ({ warm: () => undefined, analyse: analyseInProcess }) };
});
vi.mock('../../../src/background/history-sync', () => ({ recordVersion: async () => null }));

const { backgroundHandlers, historySettled } = await import('../../../src/background/handlers');
const { analyzeText } = await import('../../../src/core/analyze');

const URL_ = 'https://meetly.example/terms';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = { id: 'termwatch-id', tab, url: URL_, frameId: 0 } as never;
const detection = { kind: 'terms' as const, isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] };

function extracted(): never {
  const clauses = analyzeText('We may sell your personal data to advertisers.').clauses.map((c, i) => ({
    ...c,
    block: i,
    start: 0,
    end: c.text.length,
    sectionPath: [],
    section: '',
  }));
  return {
    url: URL_,
    title: 'Terms',
    detection,
    document: {
      url: URL_,
      title: 'Terms',
      lang: 'en',
      text: clauses.map((c) => c.text).join('\n'),
      wordCount: 8,
      clauses,
    },
    forced: false,
  } as never;
}

const state = (): TabState | undefined => session.get('tab:7') as TabState | undefined;
/** Lets every promise that can settle settle (the storage mock answers in microtasks and timers of 0 ms). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  session.clear();
  badges.length = 0;
  injected.calls = 0;
  injected.statusThen = [];
  gate.open = new Promise<void>((resolve) => (gate.release = resolve));
});

describe("the detector's verdict, written while the analyser is injected", () => {
  it('injects the analyser before the write of the verdict has finished', async () => {
    const detected = backgroundHandlers['page-detected']({ url: URL_, detection }, sender);
    await settle();
    expect(injected.calls).toBe(1);
    expect(injected.statusThen).toEqual([undefined]);
    gate.release();
    expect(await detected).toEqual({ analyse: true });
    expect(state()?.status).toBe('analysing');
  });

  it('publishes a report that comes first only after the verdict, so the report and its badge are what stays', async () => {
    const detected = backgroundHandlers['page-detected']({ url: URL_, detection }, sender);
    await settle();
    const reply = backgroundHandlers['page-extracted'](extracted(), sender);
    await settle();
    // The report waits for the verdict's write: nothing is stored yet, and nothing answered.
    expect(state()).toBeUndefined();
    gate.release();
    expect(((await reply) as { status: string }).status).toBe('analysed');
    await detected;
    await historySettled();
    expect(state()?.status).toBe('analysed');
    expect(state()?.analysis?.findings.length).toBeGreaterThan(0);
    expect(badges.at(-1)).not.toBe('…');
    expect(badges).toContain('…');
  });

  it('stores a failure that comes first only after the verdict', async () => {
    const detected = backgroundHandlers['page-detected']({ url: URL_, detection }, sender);
    await settle();
    const failed = backgroundHandlers['page-failed']({ url: URL_, error: 'The page went away.' }, sender);
    await settle();
    expect(state()).toBeUndefined();
    gate.release();
    await failed;
    await detected;
    expect(state()?.status).toBe('failed');
    expect(state()?.error).toBe('The page went away.');
  });
});
