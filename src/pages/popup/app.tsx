// The popup: "should I worry?" in one glance, then the details.
import { useEffect, useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import type { TabState } from '../../shared/tab-state';
import { ReportView } from './report-view';
import { NotLegalView } from './not-legal-view';

const POLL_MS = 300;
const POLL_LIMIT_MS = 30_000;

export function App({ actions }: { actions: PopupActions }): preact.JSX.Element {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    actions
      .resolveTabId()
      .then(async (id) => {
        setTabId(id);
        setState(await actions.getTabState(id));
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [actions]);

  // While the page is being analysed, ask again until it settles (bounded).
  useEffect(() => {
    if (tabId === null || state?.status !== 'analysing') return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > POLL_LIMIT_MS) {
        clearInterval(timer);
        setError('The analysis is taking unusually long. Try reloading the page.');
        return;
      }
      void actions.getTabState(tabId).then((s) => {
        if (s.status !== 'analysing') clearInterval(timer);
        setState(s);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [tabId, state?.status, actions]);

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
