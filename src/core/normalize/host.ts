// The one host normaliser: how a host name is compared everywhere (history keys, ignored sites, export file names).

/** "WWW.Example.com." → "example.com": lower case, no "www." label, no root dot. */
export function normalizeHostname(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
