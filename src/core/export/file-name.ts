// Export file names say what and when: termwatch-zoom.us-terms-2023-08-07.csv
import { isoDay } from './dates';
import type { ExportInput } from './export-input';
import { normalizeHostname } from '../normalize/host';
import { trimEndChars, trimStartChars } from '../normalize/trim-chars';

export type ExportFormat = 'json' | 'csv' | 'md';

function slug(text: string, max: number): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{3,}/g, '-') // keep punycode's "xn--"
    .replace(/\.{2,}/g, '.');
  return trimEndChars(trimEndChars(trimStartChars(s, /[-.]/), /[-.]/).slice(0, max), /[-.]/);
}

/** Host without "www.", or for file: URLs the file's base name (the CLI reads saved pages). */
function place(url: string): string {
  try {
    const u = new URL(url);
    if (u.hostname) return normalizeHostname(u.hostname);
    const base = decodeURIComponent(u.pathname.split('/').pop() ?? '');
    return base.replace(/\.[a-z0-9]{1,9}$/i, '');
  } catch {
    return '';
  }
}

export function exportFileName(input: ExportInput, format: ExportFormat): string {
  const host = slug(place(input.url), 60) || 'document';
  const kind = slug(input.kind, 20) || 'other';
  return `termwatch-${host}-${kind}-${isoDay(input.seenAt)}.${format}`;
}
