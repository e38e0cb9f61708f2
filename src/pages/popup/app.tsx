// The popup: "should I worry?" in one glance, then the details.
import { useEffect, useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import type { TabState } from '../../shared/tab-state';
import { ReportView } from './report-view';
import { NotLegalView } from './not-legal-view';
import { SiteSwitch } from './site-switch';

/** How long the popup waits for an analysis before it says something is wrong. */
const PATIENCE_MS = 30_000;

export function App({ actions }: { actions: PopupActions }): preact.JSX.Element {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    actions
      .resolveTabId()
      .then((id) => setTabId(id))
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [actions]);

  // The background stores every new state of the tab: read it when it changes, instead of asking on a timer.
  useEffect(() => {
    if (tabId === null) return;
    let latest = 0;
    const read = (): void => {
      const asked = ++latest;
      actions.getTabState(tabId).then(
        (s) => {
          if (asked === latest) setState(s);
        },
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      );
    };
    const unwatch = actions.watchTabState(tabId, read);
    // The first read comes after subscribing, so no change can fall between the two.
    read();
    return unwatch;
  }, [tabId, actions]);

  // An analysis that never settles is said, not waited on forever (the background's watchdog should end it first).
  useEffect(() => {
    if (state?.status !== 'analysing') return;
    const timer = setTimeout(
      () => setError('The analysis is taking unusually long. Try reloading the page.'),
      PATIENCE_MS,
    );
    return () => clearTimeout(timer);
  }, [state?.status]);

  const analyseAnyway = async (): Promise<void> => {
    if (tabId === null) return;
    setError(null);
    try {
      setState(await actions.analyseAnyway(tabId));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const refresh = async (): Promise<void> => {
    if (tabId !== null) setState(await actions.getTabState(tabId));
  };

  return (
    <main class="popup" aria-busy={state === null || state.status === 'analysing'}>
      <header class="popup-header">
        <img src="icons/icon-32.png" alt="" width={20} height={20} />
        <span class="brand">Termwatch</span>
        <span class="muted privacy-line">On-device · nothing leaves your browser</span>
      </header>
      {error && (
        <p class="notice warn" role="alert">
          {error}
        </p>
      )}
      {state === null && !error && (
        <p class="muted" role="status">
          Loading…
        </p>
      )}
      {state?.status === 'analysing' && (
        <p class="muted" role="status">
          Reading the fine print…
        </p>
      )}
      {state?.status === 'analysed' && state.analysis && tabId !== null && (
        <ReportView state={state} tabId={tabId} actions={actions} onRefresh={refresh} />
      )}
      {state &&
        (state.status === 'not-legal' ||
          state.status === 'unknown' ||
          state.status === 'failed' ||
          state.status === 'timed-out') && <NotLegalView state={state} onAnalyse={analyseAnyway} />}
      {state?.status === 'unsupported-page' && (
        <p class="notice" role="status">
          Termwatch reads web pages only; this browser page cannot be analysed.
        </p>
      )}
      {state && tabId !== null && <SiteSwitch url={state.url} tabId={tabId} actions={actions} />}
      <footer class="popup-footer">
        <button type="button" onClick={() => actions.openExtensionPage('history')}>
          History
        </button>
        <button type="button" onClick={() => actions.openExtensionPage('options')}>
          Options
        </button>
      </footer>
    </main>
  );
}
