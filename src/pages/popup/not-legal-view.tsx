import type { TabState } from '../../shared/tab-state';

export function NotLegalView({ state, onAnalyse }: { state: TabState; onAnalyse: () => void }): preact.JSX.Element {
  const tooShort = state.detection?.verdict === 'too_short';
  return (
    <section class="not-legal" aria-labelledby="not-legal-title">
      <h1 id="not-legal-title">
        {state.status === 'failed'
          ? 'Could not analyse this page'
          : tooShort
            ? 'Too short to check'
            : 'Not a terms page'}
      </h1>
      {state.status === 'failed' ? (
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
        Analyse this page anyway
      </button>
    </section>
  );
}
