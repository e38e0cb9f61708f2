// Page observation is debounced and bounded: a page flooding mutations cannot make the detector loop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOwnNode } from '../../../src/content/highlight';
import { claim } from '../../../src/content/highlight/own-nodes';
import { watchPage } from '../../../src/content/page-watch';

// A watcher watches for the page's lifetime: those of earlier tests still observe the shared document, and each test
// counts only the calls of its own callback.
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><p id="p">hello</p></main>';
});
afterEach(() => {
  vi.useRealTimers();
});

const tick = async (ms: number): Promise<void> => {
  await Promise.resolve(); // let MutationObserver callbacks run
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchPage', () => {
  it('runs once after changes settle, not per mutation', async () => {
    const onSettled = vi.fn();
    watchPage(document, { debounceMs: 500, maxWaitMs: 3000, maxRunsPerUrl: 20, onSettled });
    for (let i = 0; i < 30; i++) {
      document.getElementById('p')!.textContent = `tick ${i}`;
      await tick(10);
    }
    await tick(600);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('under a never-ending flood still settles at most every maxWait, and stops after maxRunsPerUrl', async () => {
    const onSettled = vi.fn();
    watchPage(document, { debounceMs: 500, maxWaitMs: 3000, maxRunsPerUrl: 5, onSettled });
    for (let i = 0; i < 6000; i++) {
      document.getElementById('p')!.textContent = `flood ${i}`;
      await tick(10); // 60 s of mutations every 10 ms
    }
    expect(onSettled).toHaveBeenCalledTimes(5);
  });

  it('ignores the insertion of nodes the analyser says are its own (known by identity, their names are random)', async () => {
    const g = globalThis as { termwatchAnalyser?: unknown };
    g.termwatchAnalyser = { painting: 0, isOwnNode };
    try {
      const onSettled = vi.fn();
      watchPage(document, { debounceMs: 100, maxWaitMs: 1000, maxRunsPerUrl: 20, onSettled });
      const ours = document.createElement('qzxv-k2j4l5m6n');
      claim(ours);
      document.documentElement.append(ours);
      await tick(500);
      expect(onSettled).not.toHaveBeenCalled();
      ours.remove();
      // A page-made element named like Termwatch's old marks is the page's own change.
      document.getElementById('p')!.append(document.createElement('termwatch-mark'));
      await tick(500);
      expect(onSettled).toHaveBeenCalledTimes(1);
    } finally {
      delete g.termwatchAnalyser;
    }
  });
});
