// First run: what Termwatch does, the privacy promise, and (where site access is optional, as in Firefox MV3)
// a request for the access automatic detection needs.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MARK_TONES, type MarkTone } from '../../shared/mark-tones';
import { saveSettings } from '../../storage/settings-store';

const SITE_ACCESS = { origins: ['http://*/*', 'https://*/*'] };

/** What each colour of the marks means, in the order a reader meets them by severity. */
const LEGEND: Array<{ tone: MarkTone; example: string; says: string }> = [
  {
    tone: 'grant-high',
    example: 'train our AI on your content',
    says: 'Takes a right that matters most (high severity)',
  },
  { tone: 'grant', example: 'share your data with partners', says: 'Takes the right' },
  { tone: 'conditional', example: 'only with your consent', says: 'Only with your consent, or until you opt out' },
  { tone: 'restrict', example: 'we do not sell your data', says: 'Limits or rules it out: a good sign' },
];

function Legend(): preact.JSX.Element {
  return (
    <ul class="legend">
      {LEGEND.map(({ tone, example, says }) => (
        <li key={tone} data-tone={tone}>
          <span
            class="swatch"
            style={{ backgroundColor: MARK_TONES[tone].fill, textDecorationColor: MARK_TONES[tone].edge }}
          >
            {example}
          </span>
          <span>{says}</span>
        </li>
      ))}
    </ul>
  );
}

export function WelcomePage(): preact.JSX.Element {
  const [hasAccess, setHasAccess] = useState<boolean | null>(null);

  useEffect(() => {
    void saveSettings({ welcomed: true });
    void browser.permissions.contains(SITE_ACCESS).then(setHasAccess, () => setHasAccess(null));
  }, []);

  // permissions.request must run inside the click handler (a user gesture).
  const ask = (): void => {
    void browser.permissions.request(SITE_ACCESS).then(setHasAccess, () => setHasAccess(false));
  };

  return (
    <main class="page">
      <header>
        <img src="icons/icon-48.png" alt="" width={40} height={40} />
        <h1>Welcome to Termwatch</h1>
      </header>
      <p>
        Termwatch reads the fine print for you. When you open terms of service, a privacy policy, a cookie policy or
        AI-use terms, it marks the clauses that matter — training AI on your content, sharing or selling your data,
        broad licences to what you upload, tracking, keeping data forever, changing the terms at will — and tells you
        whether each one takes the right, asks your consent first, or rules it out.
      </p>
      <section class="card" aria-labelledby="legend-title">
        <h2 id="legend-title">What the colours mean</h2>
        <p>
          On a terms page, Termwatch colours the clauses that matter. Point at one, or press Tab and then the arrow
          keys, to read why it was marked.
        </p>
        <Legend />
      </section>
      <section class="card" aria-labelledby="try-title">
        <h2 id="try-title">Try it</h2>
        <p>A short sample terms page ships with Termwatch, so you can see it at work before you meet real terms.</p>
        <a class="try" href="sample.html">
          Try it on the sample
        </a>
      </section>
      <section class="card">
        <h2>Nothing leaves your browser</h2>
        <p>
          All reading and analysis happens on your device. Termwatch has no server, sends no telemetry, loads no remote
          code and makes no network request. The versions of documents it keeps, to tell you when terms change, stay in
          your browser's storage, and you can clear them in the options.
        </p>
      </section>
      <section class="card" aria-live="polite">
        <h2>Automatic detection</h2>
        {hasAccess === true ? (
          <p>Termwatch can recognise terms pages on any site as you browse. You are all set.</p>
        ) : (
          <>
            <p>
              To recognise terms pages automatically, Termwatch needs access to the sites you visit. It only reads a
              page to decide whether it is a legal document and, if so, analyses it locally.
            </p>
            <p>
              Without this access Termwatch still works on demand: click its toolbar button and choose “Analyse this
              page anyway”.
            </p>
            <button type="button" class="primary" onClick={ask}>
              Allow automatic detection
            </button>
          </>
        )}
      </section>
    </main>
  );
}
