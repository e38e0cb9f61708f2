// The popup follows the tab's state by subscription: it reads the state when the background stores a new one, and
// never asks on a timer.
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/pages/popup/app';
import type { PopupActions } from '../../../src/pages/popup/actions';
import { emptyTabState, type TabState } from '../../../src/shared/tab-state';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

const URL_ = 'https://example.com/terms';

function fakeActions(states: TabState[]): { actions: PopupActions; reads: () => number; notify: () => void } {
  let reads = 0;
  let listener: (() => void) | null = null;
  const actions = {
    resolveTabId: () => Promise.resolve(7),
    getTabState: () => Promise.resolve(states[Math.min(reads++, states.length - 1)]!),
    siteEnabled: () => Promise.resolve(true),
    watchTabState: (_tabId: number, onChange: () => void) => {
      listener = onChange;
      return () => (listener = null);
    },
  } as unknown as PopupActions;
  return { actions, reads: () => reads, notify: () => listener?.() };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('popup: following the tab state', () => {
  it('shows the new state when the background stores it, and reads nothing while nothing changes', async () => {
    const { actions, reads, notify } = fakeActions([
      emptyTabState(7, URL_, 'analysing'),
      emptyTabState(7, URL_, 'not-legal'),
    ]);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(App, { actions }), root);
    await settle();
    expect(root.textContent).toMatch(/Reading the fine print/);
    // Nothing changed: no read on a timer, however long the popup stays open.
    await new Promise((r) => setTimeout(r, 700));
    expect(reads()).toBe(1);
    notify();
    await settle();
    expect(reads()).toBe(2);
    expect(root.textContent).not.toMatch(/Reading the fine print/);
    expect(root.querySelector('#not-legal-title')).not.toBeNull();
  });

  it('says so when an analysis never settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { actions } = fakeActions([emptyTabState(7, URL_, 'analysing')]);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(App, { actions }), root);
    await vi.advanceTimersByTimeAsync(10);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(31_000);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/taking unusually long/);
  });
});
