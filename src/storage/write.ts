// Read-write transactions with one failure policy: any error aborts (nothing partial is kept) and quota errors
// become StorageFullError.
import type { IDBPTransaction } from 'idb';
import type { TermwatchDb } from './db';
import type { TermwatchSchema } from './schema';
import { StorageFullError, isQuotaError } from './errors';

export type WriteTx = IDBPTransaction<TermwatchSchema, ['documents', 'versions'], 'readwrite'>;

export async function writeTx<T>(db: TermwatchDb, body: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(['documents', 'versions'], 'readwrite');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted.
    }
    await tx.done.catch(() => undefined);
    const cause = tx.error ?? error;
    if (isQuotaError(error) || isQuotaError(cause)) throw new StorageFullError(error);
    throw error;
  }
}
