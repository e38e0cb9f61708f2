// The report is published before the history is written: the tab says 'analysed' (and the page gets its findings to
// paint) while the version is still being saved, the change info arrives later as an update of the same report, and a
// save that fails or never ends leaves the finished report as it is.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeInfo, TabState } from '../../../src/shared/tab-state';

const session = vi.hoisted(() => new Map<string, unknown>());
const record = vi.hoisted(() => ({ impl: (): Promise<unknown> => Promise.resolve(null) }));
/** How long storage.local takes to answer (ms); 0: within the same task. */
const localDelay = vi.hoisted(() => ({ ms: 0 }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: structuredClone(session.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
      },
      local: {
        get: async () => {
          if (localDelay.ms) await new Promise((resolve) => setTimeout(resolve, localDelay.ms));
          return {};
        },
        set: async () => undefined,
      },
    },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
  },
}));
// The analysis itself, as the worker runs it, but in this process.
vi.mock('../../../src/background/analysis-host', async () => {
  const { analyseInProcess } = await import('../../support/in-process-analysis');
  return { analysisHost: () => ({ warm: () => undefined, analyse: analyseInProcess }) };
});
vi.mock('../../../src/background/history-sync', () => ({ recordVersion: () => record.impl() }));

const { backgroundHandlers, historySettled } = await import('../../../src/background/handlers');
const { emptyTabState } = await import('../../../src/shared/tab-state');
const { analyzeText } = await import('../../../src/core/analyze');

const URL_ = 'https://meetly.example/terms';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = { id: 'termwatch-id', tab, url: URL_, frameId: 0 } as never;

function extracted(): never {
  const clauses = analyzeText(
    'We may use your content to train our artificial intelligence models. We may sell your personal data.',
  ).clauses.map((c, i) => ({
    ...c,
    block: i,
    start: 0,
    end: c.text.length,
    sectionPath: ['1. Terms'],
    section: '1. Terms',
  }));
  return {
    url: URL_,
    title: 'Terms',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] },
    document: {
      url: URL_,
      title: 'Terms',
      lang: 'en',
      text: clauses.map((c) => c.text).join('\n'),
      wordCount: 18,
      clauses,
    },
    forced: false,
  } as never;
}

const change: ChangeInfo = {
  documentKey: 'https://meetly.example/terms',
  versionId: 2,
  versionHash: 'abc',
  versionCount: 2,
  isNewVersion: true,
  lastVisitAt: 1,
  changedSinceLastVisit: true,
  summaryLines: ['New: AI / machine-learning training grant'],
  worseLines: [],
  wordingEdits: 0,
  wordingEditLines: [],
  droppedVersions: 0,
  storageError: null,
};

const state = (): TabState => session.get('tab:7') as TabState;

beforeEach(() => {
  localDelay.ms = 0;
  session.clear();
  session.set('tab:7', emptyTabState(7, URL_, 'analysing'));
});

describe('the report before the history', () => {
  it('is published, and answered with findings to paint, while the history save is still pending', async () => {
    let finish: (c: ChangeInfo) => void = () => undefined;
    const saved = new Promise<ChangeInfo>((resolve) => (finish = resolve));
    record.impl = () => saved;
    const reply = (await backgroundHandlers['page-extracted'](extracted(), sender)) as {
      status: string;
      findings: unknown[];
    };
    expect(reply.status).toBe('analysed');
    expect(reply.findings.length).toBeGreaterThan(0);
    expect(state().status).toBe('analysed');
    expect(state().analysis?.findings.length).toBeGreaterThan(0);
    expect(state().change).toBeNull();
    // The save finishes: its change info lands on the same report.
    finish(change);
    await historySettled();
    expect(state().status).toBe('analysed');
    expect(state().change).toEqual(change);
    expect(state().analysis?.findings.length).toBeGreaterThan(0);
  });

  it('answers the page before the history write starts, however long the settings take to read', async () => {
    // In a browser storage.local answers in a later task; a history write queued before that read began first, and
    // its synchronous part (a long text saved and compared) then ran before the page got its findings.
    localDelay.ms = 20;
    let started = false;
    record.impl = () => {
      started = true;
      return Promise.resolve(null);
    };
    const reply = (await backgroundHandlers['page-extracted'](extracted(), sender)) as { status: string };
    expect(reply.status).toBe('analysed');
    expect(started).toBe(false);
    await historySettled();
    expect(started).toBe(true);
  });

  it('keeps the finished report when the history save fails', async () => {
    record.impl = () => Promise.reject(new Error('IndexedDB exploded'));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await backgroundHandlers['page-extracted'](extracted(), sender);
    const published = state();
    await historySettled();
    expect(state()).toEqual(published);
    expect(state().status).toBe('analysed');
    expect(warned).toHaveBeenCalledOnce();
    warned.mockRestore();
  });

  it('shows a storage problem as a note beside the report, not as a failure', async () => {
    record.impl = async () => ({ ...change, storageError: 'quota exceeded' });
    await backgroundHandlers['page-extracted'](extracted(), sender);
    await historySettled();
    expect(state().status).toBe('analysed');
    expect(state().error).toBeNull();
    expect(state().change?.storageError).toBe('quota exceeded');
  });

  it('does not put a late change onto a newer report of the tab', async () => {
    let finish: (c: ChangeInfo) => void = () => undefined;
    const saved = new Promise<ChangeInfo>((resolve) => (finish = resolve));
    record.impl = () => saved;
    await backgroundHandlers['page-extracted'](extracted(), sender);
    // The tab moved on to another page before the save finished.
    session.set('tab:7', emptyTabState(7, 'https://meetly.example/privacy', 'analysing'));
    finish(change);
    await historySettled();
    expect(state().url).toBe('https://meetly.example/privacy');
    expect(state().change).toBeNull();
  });
});
