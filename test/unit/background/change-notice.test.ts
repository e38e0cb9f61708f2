// The change notice: at most one system notification per document per day, only when a right got worse since the
// user's last visit, and only once the user granted the optional `notifications` permission in Options.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeInfo } from '../../../src/shared/tab-state';

const local = vi.hoisted(() => new Map<string, unknown>());
const granted = vi.hoisted(() => ({ value: false }));
const shown = vi.hoisted((): Array<{ id: string; title: string; message: string }> => []);
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` },
    permissions: { contains: async () => granted.value },
    notifications: {
      create: async (id: string, o: { title: string; message: string }) => {
        shown.push({ id, title: o.title, message: o.message });
        return id;
      },
    },
    storage: {
      local: {
        get: async (k: string) => (local.has(k) ? { [k]: local.get(k) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v));
        },
      },
    },
  },
}));
const { noticeDue, notifyIfWorse, recordNotice, NOTICE_INTERVAL_MS, NOTICES_KEY } =
  await import('../../../src/background/change-notice');
const { badgeFor } = await import('../../../src/background/badge');
const { emptyTabState } = await import('../../../src/shared/tab-state');

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 10, 9);
const change = (patch: Partial<ChangeInfo> = {}): ChangeInfo => ({
  documentKey: 'https://meetly.example/terms',
  versionId: 2,
  versionHash: 'h2',
  versionCount: 2,
  isNewVersion: true,
  lastVisitAt: T0 - 48 * HOUR,
  changedSinceLastVisit: true,
  summaryLines: ['New: AI / machine-learning training grant in §10.4'],
  worseLines: ['New: AI / machine-learning training grant in §10.4'],
  wordingEdits: 0,
  wordingEditLines: [],
  droppedVersions: 0,
  storageError: null,
  ...patch,
});

describe('noticeDue: once per document per day', () => {
  const cases: Array<[string, ChangeInfo | null, Record<string, number>, number, boolean]> = [
    ['first worse change of a document', change(), {}, T0, true],
    ['same document an hour later', change(), { 'https://meetly.example/terms': T0 }, T0 + HOUR, false],
    [
      'same document 23 h 59 min later',
      change(),
      { 'https://meetly.example/terms': T0 },
      T0 + 24 * HOUR - 60_000,
      false,
    ],
    ['same document a day later', change(), { 'https://meetly.example/terms': T0 }, T0 + 24 * HOUR, true],
    [
      'another document the same hour',
      change({ documentKey: 'https://other.example/privacy' }),
      { 'https://meetly.example/terms': T0 },
      T0,
      true,
    ],
    ['a clock set back (notice "from the future")', change(), { 'https://meetly.example/terms': T0 + HOUR }, T0, true],
    ['changed, but no right got worse', change({ worseLines: [] }), {}, T0, false],
    ['worse, but already seen since', change({ changedSinceLastVisit: false }), {}, T0, false],
    ['storage failed', change({ storageError: 'quota' }), {}, T0, false],
    ['no history at all', null, {}, T0, false],
  ];
  for (const [name, c, log, now, due] of cases) it(name, () => expect(noticeDue(c, log, now)).toBe(due));

  it('recordNotice keeps only entries still blocking', () => {
    const log = recordNotice({ old: T0 - NOTICE_INTERVAL_MS - 1, recent: T0 - HOUR }, 'new', T0);
    expect(log).toEqual({ recent: T0 - HOUR, new: T0 });
  });
});

describe('notifyIfWorse', () => {
  beforeEach(() => {
    local.clear();
    shown.length = 0;
    granted.value = true;
  });

  it('shows nothing while the user has not turned notices on', async () => {
    granted.value = false;
    expect(await notifyIfWorse(change(), 'Meetly Terms', T0)).toBe(false);
    expect(shown).toEqual([]);
    expect(local.has(NOTICES_KEY)).toBe(false);
  });

  it('shows one notice per document per day, and remembers when in storage', async () => {
    expect(await notifyIfWorse(change(), 'Meetly Terms', T0)).toBe(true);
    expect(await notifyIfWorse(change(), 'Meetly Terms', T0 + 2 * HOUR)).toBe(false);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toContain('Meetly Terms');
    expect(shown[0]!.message).toContain('AI / machine-learning training grant');
    expect(local.get(NOTICES_KEY)).toEqual({ 'https://meetly.example/terms': T0 });
    expect(await notifyIfWorse(change(), 'Meetly Terms', T0 + 25 * HOUR)).toBe(true);
    expect(shown).toHaveLength(2);
  });

  it('ignores a damaged log instead of failing', async () => {
    local.set(NOTICES_KEY, 'not an object');
    expect(await notifyIfWorse(change(), 'Meetly Terms', T0)).toBe(true);
  });
});

describe('badge', () => {
  const analysed = (c: ChangeInfo | null) => ({
    ...emptyTabState(7, 'https://meetly.example/terms', 'analysed'),
    analysis: { languageSupported: true, findings: [], summary: { grade: 'C', score: 55, driver: '' } } as never,
    change: c,
  });
  it('says "!" when a right got worse since the last visit, and which', () => {
    const b = badgeFor(analysed(change()));
    expect(b.text).toBe('C!');
    expect(b.title).toMatch(/worse.*AI \/ machine-learning training grant/);
  });
  it('keeps the "•" mark for other changes, and nothing once seen', () => {
    expect(badgeFor(analysed(change({ worseLines: [] }))).text).toBe('C•');
    expect(badgeFor(analysed(change({ changedSinceLastVisit: false }))).text).toBe('C');
  });
});
