// The history page next to damaged records (issue 13): a stored record with `firstSeen: 1e300` made the page throw
// RangeError and show "Nothing stored yet" while the user's documents were still there.
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { openTermwatchDb, saveVersion } from '../../../src/storage';
import { HistoryPage } from '../../../src/pages/history/history-page';
import { input, V1_TEXT, V2_TEXT } from '../../unit/storage/helpers';
import { analyzeClauses, ANALYSER_VERSION } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';

// The page re-analyses versions of an older analyser in the analysis worker; here, with no workers, in-process.
const reanalysis = { reanalyze: (clauses: Clause[]) => analyzeClauses(clauses), currentVersion: ANALYSER_VERSION };

async function until(check: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 10_000)
      throw new Error(`timed out waiting for ${what}; page text: ${document.body.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(async () => {
  render(null, document.body);
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('termwatch');
    req.onsuccess = req.onerror = req.onblocked = (): void => resolve();
  });
});

describe('history page with damaged records', () => {
  it('shows a damaged record as damaged and every good document as usual', async () => {
    const db = await openTermwatchDb();
    await saveVersion(db, input(V1_TEXT, Date.UTC(2024, 0, 1), 'https://good.example/terms'));
    const bad = await saveVersion(db, input(V2_TEXT, Date.UTC(2024, 1, 1), 'https://bad.example/terms'));
    // Written behind the repository's back, as an old import or a foreign writer could have.
    const raw = db as unknown as {
      get(s: string, k: unknown): Promise<Record<string, unknown>>;
      put(s: string, v: unknown): Promise<unknown>;
    };
    await raw.put('documents', { ...(await raw.get('documents', bad.documentKey)), firstSeen: 1e300, lastSeen: 1e300 });
    db.close();

    render(h(HistoryPage, { reanalysis }), document.body);
    await until(() => document.querySelectorAll('.doc-list tbody tr').length === 2, 'two rows');
    const rows = [...document.querySelectorAll('.doc-list tbody tr')].map((r) => r.textContent ?? '');
    expect(rows[0]).toContain('good.example');
    expect(rows[0]).toContain('2024-01-01');
    expect(rows[1]).toMatch(/Damaged record.*bad\.example.*firstSeen/);
    expect(document.body.textContent).not.toContain('Nothing stored yet');
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/1 stored record\(s\) are damaged/);
  });

  it('shows a damaged version in the timeline and still compares the good ones', async () => {
    const db = await openTermwatchDb();
    const first = await saveVersion(db, input(V1_TEXT, Date.UTC(2024, 0, 1)));
    await saveVersion(db, input(V2_TEXT, Date.UTC(2024, 1, 1)));
    await saveVersion(db, input(`${V2_TEXT} We may sell your data.`, Date.UTC(2024, 2, 1)));
    const raw = db as unknown as {
      get(s: string, k: unknown): Promise<Record<string, unknown>>;
      put(s: string, v: unknown): Promise<unknown>;
    };
    await raw.put('versions', { ...(await raw.get('versions', first.versionId)), lastSeen: 1e300 });
    db.close();

    history.replaceState(null, '', `?doc=${encodeURIComponent(first.documentKey)}`);
    render(h(HistoryPage, { reanalysis }), document.body);
    await until(
      () =>
        document.querySelector('.timeline .damaged') !== null && document.querySelector('.changes-list, h3') !== null,
      'the timeline and the comparison',
    );
    expect(document.querySelectorAll('.timeline li:not(.damaged)')).toHaveLength(2);
    expect(document.querySelector('.timeline .damaged')?.textContent).toMatch(
      new RegExp(`Damaged version.*#${first.versionId}`),
    );
    expect(document.body.textContent).toMatch(/What changed/);
  });

  it('lists each document with the grade of its newest version and a mark when what it says changed', async () => {
    // A wording edit that changes no right ("the Services" → "our Services") is not a change.
    const reword = (text: string): string => text.replace('govern the Services', 'govern our Services');
    const db = await openTermwatchDb();
    await saveVersion(db, input(V1_TEXT, Date.UTC(2024, 0, 1), 'https://steady.example/terms'));
    await saveVersion(db, input(V1_TEXT, Date.UTC(2024, 0, 1), 'https://moving.example/terms'));
    await saveVersion(db, input(V2_TEXT, Date.UTC(2024, 1, 1), 'https://moving.example/terms'));
    await saveVersion(db, input(reword(V2_TEXT), Date.UTC(2024, 2, 1), 'https://moving.example/terms'));
    await saveVersion(db, input(V1_TEXT, Date.UTC(2024, 0, 1), 'https://reworded.example/terms'));
    await saveVersion(db, input(reword(V1_TEXT), Date.UTC(2024, 2, 1), 'https://reworded.example/terms'));
    db.close();

    render(h(HistoryPage, { reanalysis }), document.body);
    await until(() => document.querySelectorAll('.doc-list tbody tr .grade-chip').length === 3, 'three graded rows');
    await until(
      () => document.querySelector('.doc-list[aria-busy="false"] .changed-mark') !== null,
      'every changed mark',
    );
    const rows = [...document.querySelectorAll('.doc-list tbody tr')];
    const row = (host: string): Element => rows.find((r) => r.textContent?.includes(host))!;
    for (const host of ['steady.example', 'moving.example', 'reworded.example'])
      expect(row(host).querySelector('.grade-chip')?.textContent).toMatch(/^[A-E–]$/);
    expect(row('steady.example').querySelector('.changed-mark')).toBeNull();
    // The newest version only reworded the one before it: the mark dates the version that changed what it says.
    expect(row('moving.example').querySelector('.changed-mark')?.textContent).toContain('changed 2024-02-01');
    expect(row('reworded.example').querySelectorAll('td')[3]?.textContent).toBe('2');
    expect(row('reworded.example').querySelector('.changed-mark')).toBeNull();
  });
});
