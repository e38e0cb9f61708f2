// Opening the history database: schema upgrades, blocked upgrades and foreign IDBFactory (tests, other contexts).
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, type TermwatchSchema } from './schema';
import { DatabaseBlockedError, MigrationError } from './errors';
import { runUpgrades } from './upgrades';

export { DB_NAME, DB_VERSION } from './schema';
export type { DocumentRecord, TermwatchSchema, VersionRecord } from './schema';
export type TermwatchDb = IDBPDatabase<TermwatchSchema>;

export interface OpenOptions {
  name?: string;
  /** IndexedDB implementation; defaults to globalThis.indexedDB. */
  factory?: IDBFactory;
  /** Called when an older connection (another tab) keeps the upgrade from running. */
  onBlocked?: () => void;
  /** How long to wait for the other connection to close before failing with DatabaseBlockedError. Default 3000. */
  blockedTimeoutMs?: number;
}

/**
 * Opens (creating or upgrading) the history database. Our own connections close themselves when a newer version
 * wants to upgrade, so only foreign or stuck connections can block; then onBlocked fires and, after
 * blockedTimeoutMs, the promise rejects with DatabaseBlockedError instead of waiting forever.
 */
export function openTermwatchDb(opts: OpenOptions = {}): Promise<TermwatchDb> {
  const factory = opts.factory ?? globalThis.indexedDB;
  if (!factory) return Promise.reject(new Error('IndexedDB is not available in this context'));
  return new Promise<TermwatchDb>((resolve, reject) => {
    const request = factory.open(opts.name ?? DB_NAME, DB_VERSION);
    let gaveUp = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let migrationError: unknown;
    request.onupgradeneeded = (event): void => {
      const db = wrap(request.result) as unknown as IDBPDatabase<unknown>;
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      // An aborted upgrade is reported through request.onerror; this keeps idb's done promise from going unhandled.
      tx.done.catch(() => undefined);
      runUpgrades(db, tx, event.oldVersion).catch((error: unknown) => {
        migrationError = error;
        try {
          tx.abort();
        } catch {
          // Already finished: the error below still reports it.
        }
      });
    };
    request.onblocked = (event): void => {
      opts.onBlocked?.();
      timer = setTimeout(() => {
        gaveUp = true;
        reject(new DatabaseBlockedError(event.oldVersion, DB_VERSION));
      }, opts.blockedTimeoutMs ?? 3000);
    };
    request.onsuccess = (): void => {
      clearTimeout(timer);
      const raw = request.result;
      // If we already gave up, the caller has moved on; do not leave a connection open behind its back.
      if (gaveUp) return raw.close();
      raw.onversionchange = (): void => raw.close();
      resolve(wrap(raw) as unknown as TermwatchDb);
    };
    request.onerror = (event): void => {
      clearTimeout(timer);
      event.preventDefault();
      if (gaveUp) return;
      reject(
        migrationError
          ? new MigrationError(`History upgrade failed and was rolled back: ${String(migrationError)}`, {
              cause: migrationError,
            })
          : request.error,
      );
    };
  });
}
