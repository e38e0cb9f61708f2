// What every export format is built from: one analysed version of one document.
import type { AnalysisResult, Clause, DocumentKind } from '../types';

export interface ExportInput {
  url: string;
  title: string;
  kind: DocumentKind;
  isLegal: boolean;
  /** When this version was seen, ms since the epoch. */
  seenAt: number;
  /** SHA-256 hex of the normalised text (normalize/hashText). */
  versionHash: string;
  wordCount: number;
  /** All clauses of the version; only those with findings are exported. */
  clauses: Clause[];
  analysis: AnalysisResult;
  /** Primary language of the text ("en", "und" when unknown); exported as document.lang. Defaults to "und". */
  lang?: string;
  /** Where the text came from as the user named it (a CLI file path); defaults to url. */
  source?: string;
}
