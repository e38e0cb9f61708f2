// How much history we keep. Oldest versions go first; each document's newest version is kept as long as possible.

export interface HistoryLimits {
  /** Versions kept per document. */
  maxVersionsPerDocument: number;
  /** Total stored bytes (recordBytes measure) across all documents. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: HistoryLimits = { maxVersionsPerDocument: 50, maxTotalBytes: 50 * 1024 * 1024 };

export function resolveLimits(limits?: Partial<HistoryLimits>): HistoryLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
