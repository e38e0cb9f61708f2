// Writes `termwatch analyze` output one document at a time, so a run that is killed, or a file that fails, loses
// nothing already written: ndjson is a line per document; a JSON array is opened at once, each element written as it
// comes, and closed at the end (a crash leaves "[" and whole elements); the CSV header is written once, first.
import { toCsvMany } from '../../core/export';
import type { AnalyzeFormat } from './report-chunk';

export interface ReportWriter {
  /** Writes one document's chunk (from reportChunk). */
  add(chunk: string): void;
  /** Writes whatever closes the run; call once, after the last document, whether or not any succeeded. */
  end(): void;
}

/** The CSV header (with the BOM spreadsheets need), exactly as toCsv starts. */
const CSV_HEAD = toCsvMany([]);

/**
 * `several`: more than one input file. JSON is then an array (of the documents that succeeded), else one object, as
 * before; every other format is the same either way.
 */
export function createReportWriter(
  format: AnalyzeFormat,
  several: boolean,
  write: (text: string) => void,
): ReportWriter {
  let count = 0;
  switch (format) {
    case 'json':
      if (!several) return { add: (chunk) => write(`${chunk}\n`), end: () => {} };
      // The same bytes as JSON.stringify(all, null, 2), written element by element. A chunk's newlines are all
      // between tokens (JSON escapes them inside strings), so indenting after each one nests it safely.
      write('[');
      return {
        add: (chunk) => write(`${count++ ? ',' : ''}\n  ${chunk.replace(/\n/g, '\n  ')}`),
        end: () => write(count ? '\n]\n' : ']\n'),
      };
    case 'ndjson':
      return { add: (chunk) => write(`${chunk}\n`), end: () => {} };
    case 'csv':
      // A header even when no document succeeds, so the output is always a CSV a reader accepts.
      write(CSV_HEAD);
      return { add: (chunk) => write(chunk), end: () => {} };
    case 'md':
    case 'text':
      // A blank line between documents.
      return { add: (chunk) => write(`${count++ ? '\n' : ''}${chunk}`), end: () => {} };
  }
}
