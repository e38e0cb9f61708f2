// One document's part of `termwatch analyze` output, made in the analysis worker so only a string crosses back.
import { toCsv, toMarkdown, toReportJson } from '../../core/export';
import type { AnalysedFile } from '../pipeline';
import { toTextReport } from '../text-report';

export const ANALYZE_FORMATS = ['text', 'json', 'ndjson', 'csv', 'md'] as const;
export type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

/**
 * The document's text in `format`, without what frames a whole run (the JSON array's brackets and commas, the CSV
 * header): report-writer.ts adds those once, so each document can be written the moment it is done.
 */
export function reportChunk(format: AnalyzeFormat, { input, detection }: AnalysedFile): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toReportJson(input), null, 2);
    case 'ndjson':
      return JSON.stringify(toReportJson(input));
    case 'csv': {
      // toCsv is BOM + header + CRLF + rows; the writer prints the header once.
      const csv = toCsv(input);
      return csv.slice(csv.indexOf('\r\n') + 2);
    }
    case 'md':
      return toMarkdown(input);
    case 'text':
      return toTextReport(input, detection);
  }
}
