// Typed storage failures, so the UI can tell the user what happened instead of showing a raw DOMException.

/** The browser refused to store more (QuotaExceededError). Nothing from the failed write was kept. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(
      'Browser storage is full: nothing from this write was saved and the existing history is unchanged. Delete old documents or lower the history limit.',
      { cause },
    );
  }
}

/** Another tab or window keeps the old database version open, so the upgrade cannot run. */
export class DatabaseBlockedError extends Error {
  override name = 'DatabaseBlockedError';
  constructor(
    readonly fromVersion: number,
    readonly toVersion: number,
  ) {
    super(
      `Termwatch history cannot be upgraded (v${fromVersion} → v${toVersion}) while another Termwatch page holds it open. Close other Termwatch tabs and try again.`,
    );
  }
}

/** A stored record does not have the expected shape (e.g. written by a buggy or foreign version). */
export class CorruptRecordError extends Error {
  override name = 'CorruptRecordError';
  constructor(
    readonly store: string,
    readonly key: unknown,
    readonly problem: string,
  ) {
    super(`Corrupt ${store} record ${JSON.stringify(key)}: ${problem}`);
  }
}

/** An imported history file was rejected; nothing was changed. */
export class HistoryImportError extends Error {
  override name = 'HistoryImportError';
}

/** The stored data could not be migrated to the current schema; the upgrade was rolled back. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'QuotaExceededError'
  );
}

/** A new version was not kept: it does not fit its site's budget on its own, or the whole history is full and its
 * own site has nothing older to give up (other sites' versions are never evicted for it). Nothing was changed. */
export class HistoryFullError extends Error {
  override name = 'HistoryFullError';
}
