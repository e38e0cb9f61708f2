// Same-effect rewordings are not changes: the popup says there is no change to the terms, and shows the rewordings
// only as one collapsed count the user can open.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangePanel } from '../../../src/pages/popup/change-panel';
import type { ChangeInfo } from '../../../src/shared/tab-state';

afterEach(() => {
  document.body.innerHTML = '';
});

const change = (patch: Partial<ChangeInfo>): ChangeInfo => ({
  documentKey: 'https://meetly.example/privacy',
  versionId: 2,
  versionHash: 'h2',
  versionCount: 2,
  isNewVersion: true,
  lastVisitAt: Date.UTC(2026, 0, 1),
  changedSinceLastVisit: false,
  summaryLines: ['No changes since 2026-01-01'],
  worseLines: [],
  wordingEdits: 0,
  wordingEditLines: [],
  droppedVersions: 0,
  storageError: null,
  ...patch,
});

function panel(info: ChangeInfo): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ChangePanel, { change: info, onOpenHistory: () => {}, onSeen: () => {} }), root);
  return root;
}

describe('popup: wording edits that change no right', () => {
  it('shows them as one collapsed count that opens to the edits, with no "changed" mark', () => {
    const root = panel(
      change({
        wordingEdits: 3,
        wordingEditLines: ['Reworded: "personalization" → "personalisation"', 'Reworded: added "that"'],
      }),
    );
    const details = root.querySelector<HTMLDetailsElement>('details.wording-edits');
    expect(details).not.toBeNull();
    expect(details!.open).toBe(false);
    expect(details!.querySelector('summary')?.textContent).toBe('3 wording edits that change no right');
    const items = [...details!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Reworded: "personalization" → "personalisation"',
      'Reworded: added "that"',
      '… and 1 more (Compare versions lists them all)',
    ]);
    expect(root.querySelector('.changed-mark')).toBeNull();
    expect(root.querySelector('.change-lines')?.textContent).toBe('No changes since 2026-01-01');
  });

  it('says nothing of wording edits when there are none, or on a first visit', () => {
    expect(panel(change({})).querySelector('details.wording-edits')).toBeNull();
    document.body.innerHTML = '';
    const first = panel(change({ versionCount: 1, wordingEdits: 2, wordingEditLines: ['x', 'y'] }));
    expect(first.querySelector('details.wording-edits')).toBeNull();
  });

  it('says "1 wording edit that changes no right" for one', () => {
    const root = panel(change({ wordingEdits: 1, wordingEditLines: ['Reworded: added "that"'] }));
    expect(root.querySelector('summary')?.textContent).toBe('1 wording edit that changes no right');
  });
});
