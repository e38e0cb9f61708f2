// How much history we keep, and per what. Budgets are per site (siteOf: scheme + registrable domain), so one page
// cannot flood the history: a write only ever evicts versions of its own site, oldest first. Each document's newest
// version is kept as long as possible.

export interface HistoryLimits {
  /** Versions kept per document. */
  maxVersionsPerDocument: number;
  /** Documents kept per site: a page that changes its URL (history.pushState) makes a new document each time. */
  maxDocumentsPerSite: number;
  /** Stored bytes (recordBytes measure) per site. */
  maxBytesPerSite: number;
  /** Stored bytes across all sites. A write that does not fit once its own site has given up what it can is refused. */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

/**
 * A stored version costs about its text (clauses are offsets into it), and real terms pages run to 10–300 KB of text:
 * 8 MiB per site holds a long policy's whole history, while a 3 MB flood keeps at most two versions. 100 MiB in all
 * takes a dozen sites filled to their budget before a new site's first version is refused.
 */
export const DEFAULT_LIMITS: HistoryLimits = {
  maxVersionsPerDocument: 50,
  maxDocumentsPerSite: 40,
  maxBytesPerSite: 8 * MiB,
  maxTotalBytes: 100 * MiB,
};

export function resolveLimits(limits?: Partial<HistoryLimits>): HistoryLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
