// Timestamps, inside the extension's service worker, every tab state the background writes to storage.session
// ('not-legal' after the detector reported, 'analysing', 'analysed', then 'analysed' with the history's change info),
// so a figure can say when the verdict, the report and the history landed.
// Scripts are strings: tsx compiles functions with name helpers that do not exist inside the worker.
import { liveWorker, type ExtensionBrowser } from '../../../test/browser/harness';

export interface StatusEvent {
  /** Wall clock (ms since epoch) in the worker when the state was written. */
  at: number;
  url: string;
  status: string;
  /** The state carried the version's history info (ChangeInfo), which arrives after the report. */
  change: boolean;
}

const INSTALL = `(() => {
  if (self.__twRec) return true;
  self.__twRec = [];
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    const at = Date.now();
    for (const [key, change] of Object.entries(changes)) {
      const v = change.newValue;
      if (key.startsWith('tab:') && v) self.__twRec.push({ at, url: v.url, status: v.status, change: !!v.change });
    }
  });
  return true;
})()`;

/** Installs the recorder in the live worker (again, if the worker was restarted). */
export async function installRecorder(b: ExtensionBrowser): Promise<void> {
  await (await liveWorker(b)).evaluate(INSTALL);
}

/** Waits for the first state with `status` for `url` (and `also`) and returns when it was written; null on timeout. */
export async function waitForStatusEvent(
  b: ExtensionBrowser,
  url: string,
  status: string,
  timeoutMs = 30_000,
  also: (e: StatusEvent) => boolean = () => true,
): Promise<StatusEvent | null> {
  const started = Date.now();
  for (;;) {
    const worker = await liveWorker(b);
    await worker.evaluate(INSTALL);
    const events = (await worker.evaluate(
      `self.__twRec.filter((e) => e.url === ${JSON.stringify(url)})`,
    )) as StatusEvent[];
    const hit = events.find((e) => e.status === status && also(e));
    if (hit) return hit;
    if (Date.now() - started > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** All events recorded so far for `url`, in order. */
export async function statusEvents(b: ExtensionBrowser, url: string): Promise<StatusEvent[]> {
  const worker = await liveWorker(b);
  return (await worker.evaluate(
    `(self.__twRec || []).filter((e) => e.url === ${JSON.stringify(url)})`,
  )) as StatusEvent[];
}
