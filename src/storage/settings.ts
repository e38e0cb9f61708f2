// User settings: defaults plus one migration per stored schema version. Kept in storage.local, in the extension's
// origin (never in the page's localStorage, which page scripts can read).
import { CATEGORY_IDS, SENSITIVITIES, type CategoryId, type Sensitivity } from '../core/types';
import { normalizeHostname } from '../core/normalize/host';
import type { ViewSettings } from '../core/report/view';

export type { Sensitivity } from '../core/types';

export interface Settings {
  schemaVersion: 1;
  /** Detect terms pages automatically as the user browses (needs host access). */
  autoDetect: boolean;
  /** Mark flagged clauses in the page automatically. */
  autoHighlight: boolean;
  enabledCategories: Record<CategoryId, boolean>;
  sensitivity: Sensitivity;
  /** Host names (e.g. "example.com") where Termwatch does nothing unless asked from the popup. */
  ignoredSites: string[];
  /** The welcome page was shown. */
  welcomed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  autoDetect: true,
  autoHighlight: true,
  enabledCategories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<CategoryId, boolean>,
  sensitivity: 'normal',
  ignoredSites: [],
  welcomed: false,
};

/** Turns whatever is stored (older schema, partial, corrupt) into valid settings without losing valid values. */
export function migrateSettings(stored: unknown): Settings {
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  if (!stored || typeof stored !== 'object') return s;
  const raw = stored as Record<string, unknown>;
  if (typeof raw.autoDetect === 'boolean') s.autoDetect = raw.autoDetect;
  if (typeof raw.autoHighlight === 'boolean') s.autoHighlight = raw.autoHighlight;
  if (SENSITIVITIES.includes(raw.sensitivity as Sensitivity)) s.sensitivity = raw.sensitivity as Sensitivity;
  if (typeof raw.welcomed === 'boolean') s.welcomed = raw.welcomed;
  if (Array.isArray(raw.ignoredSites)) {
    s.ignoredSites = raw.ignoredSites
      .filter((h): h is string => typeof h === 'string')
      .map(normalizeHost)
      .filter(Boolean)
      .slice(0, 1000);
  }
  if (raw.enabledCategories && typeof raw.enabledCategories === 'object') {
    for (const c of CATEGORY_IDS) {
      const v = (raw.enabledCategories as Record<string, unknown>)[c];
      if (typeof v === 'boolean') s.enabledCategories[c] = v;
    }
  }
  return s;
}

export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
  } catch {
    return '';
  }
  return normalizeHostname(host);
}

/** True when `url`'s host is an ignored site or a subdomain of one. */
export function isIgnoredSite(settings: Settings, url: string): boolean {
  let host: string;
  try {
    host = normalizeHost(new URL(url).hostname);
  } catch {
    return false;
  }
  return settings.ignoredSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function enabledCategoryList(settings: Settings): CategoryId[] {
  return CATEGORY_IDS.filter((c) => settings.enabledCategories[c]);
}

/** What these settings show of a report (core/report/view.ts): they apply when it is shown, never to the analysis. */
export function viewSettingsOf(settings: Settings): ViewSettings {
  return { categories: enabledCategoryList(settings), sensitivity: settings.sensitivity };
}
