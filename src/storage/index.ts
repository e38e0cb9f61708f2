// Version history in IndexedDB: open, save, list, compare, export/import.
export { openTermwatchDb, DB_NAME, DB_VERSION, type OpenOptions, type TermwatchDb } from './db';
export type { DocumentRecord, TermwatchSchema, VersionRecord } from './schema';
export { DEFAULT_LIMITS, type HistoryLimits } from './limits';
export {
  CorruptRecordError,
  DatabaseBlockedError,
  HistoryFullError,
  HistoryImportError,
  MigrationError,
  StorageFullError,
} from './errors';
export * from './history';
export * from './history-io';
