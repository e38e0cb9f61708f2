import type { TabState } from '../../shared/tab-state';

const HEADINGS: Partial<Record<TabState['status'], string>> = {
  failed: 'Could not analyse this page',
  'timed-out': 'This page took too long to analyse',
};

export function NotLegalView({ state, onAnalyse }: { state: TabState; onAnalyse: () => void }): preact.JSX.Element {
  const timedOut = state.status === 'timed-out';
  const tooShort = state.detection?.verdict === 'too_short';
  return (
    <section class="not-legal" aria-labelledby="not-legal-title">
      <h1 id="not-legal-title">{HEADINGS[state.status] ?? (tooShort ? 'Too short to check' : 'Not a terms page')}</h1>
      {timedOut ? (
        <p class="notice warn" role="alert">
          Termwatch stopped reading it so that the page and your browser stay responsive. Nothing on the page was
          changed.
        </p>
      ) : state.status === 'failed' ? (
        <p class="notice warn" role="alert">
          {state.error ?? 'Something went wrong while reading the page.'}
        </p>
      ) : (
        <p>
          {state.status === 'unknown'
            ? 'Termwatch has not looked at this page (it may have loaded before Termwatch had access to the site).'
            : tooShort
              ? 'This page has too little text to be a full legal document (a stub, or a page still loading).'
              : 'This page does not look like terms of service, a privacy policy, a cookie policy or AI-use terms.'}
        </p>
      )}
      {state.detection && state.detection.reasons.length > 0 && (
        <details>
          <summary>Why Termwatch thinks so</summary>
          <ul class="reasons">
            {state.detection.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="primary" onClick={onAnalyse}>
        {timedOut ? 'Try again' : 'Analyse this page anyway'}
      </button>
    </section>
  );
}
