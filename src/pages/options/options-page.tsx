// Options: which categories to flag, how sensitive, change notices, where to stay quiet, automatic highlighting, and
// the data kept.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CATEGORY_IDS } from '../../core/types';
import { CATEGORY_LABELS } from '../../core/categories';
import { DEFAULT_SETTINGS, normalizeHost, type Settings, type Sensitivity } from '../../storage/settings';
import { loadSettings, saveSettings } from '../../storage/settings-store';
import { clearHistory, listDocuments } from '../../storage/history';
import { openTermwatchDb } from '../../storage/db';
import { NoticeSetting } from './notice-setting';

export function OptionsPage(): preact.JSX.Element {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [sites, setSites] = useState('');
  const [status, setStatus] = useState('');
  const [docCount, setDocCount] = useState<number | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setSites(s.ignoredSites.join('\n'));
    });
    void openTermwatchDb()
      .then(listDocuments)
      .then((r) => setDocCount(r.items.length))
      .catch(() => setDocCount(null));
  }, []);

  const update = async (patch: Partial<Settings>): Promise<void> => {
    const next = await saveSettings(patch);
    setSettings(next);
    setStatus('Saved.');
  };

  const clearAll = async (): Promise<void> => {
    if (!confirm('Delete every stored version of every document? This cannot be undone.')) return;
    await clearHistory(await openTermwatchDb());
    setDocCount(0);
    setStatus('History cleared.');
  };

  return (
    <main class="page">
      <header>
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <h1>Termwatch options</h1>
      </header>
      <p class="muted">Everything here is stored in your browser only.</p>
      <fieldset>
        <legend>Automatic reading</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.autoDetect}
            onChange={(e) => update({ autoDetect: e.currentTarget.checked })}
          />{' '}
          Detect terms pages automatically as I browse
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.autoHighlight}
            onChange={(e) => update({ autoHighlight: e.currentTarget.checked })}
          />{' '}
          Highlight flagged clauses in the page
        </label>
      </fieldset>
      <fieldset>
        <legend>What to flag</legend>
        {CATEGORY_IDS.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={settings.enabledCategories[c]}
              onChange={(e) =>
                update({ enabledCategories: { ...settings.enabledCategories, [c]: e.currentTarget.checked } })
              }
            />
            {CATEGORY_LABELS[c]}
          </label>
        ))}
        <label>
          Sensitivity
          <select
            value={settings.sensitivity}
            onChange={(e) => update({ sensitivity: e.currentTarget.value as Sensitivity })}
          >
            <option value="low">Low — only clear, high-impact clauses</option>
            <option value="normal">Normal</option>
            <option value="high">High — also weaker signals</option>
          </select>
        </label>
      </fieldset>
      <NoticeSetting onStatus={setStatus} />
      <fieldset>
        <legend>Sites to ignore</legend>
        <label for="ignored" class="muted">
          One site per line (e.g. example.com). Termwatch stays quiet there unless you ask from the toolbar.
        </label>
        <textarea id="ignored" value={sites} onInput={(e) => setSites(e.currentTarget.value)} />
        <div class="row">
          <button
            type="button"
            onClick={() => update({ ignoredSites: sites.split(/\s+/).map(normalizeHost).filter(Boolean) })}
          >
            Save sites
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Your data</legend>
        <p>
          {docCount === null
            ? 'Reading history…'
            : `${docCount} document(s) with their versions are kept on this device.`}
        </p>
        <div class="row">
          <button
            type="button"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('history.html') })}
          >
            See history
          </button>
          <button type="button" onClick={clearAll}>
            Clear history
          </button>
        </div>
      </fieldset>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </main>
  );
}
