// One analysed page, whoever holds it: the background's tab report, a stored version, an export, the CLI. The one
// pure function that turns an analyser's findings into the record's analysis lives here, so every side grades alike.
import { countWords } from '../extract/count-words';
import { summaryOf } from '../score';
import { withSaleRightsRead } from '../analyze/sale-rights';
import type { AnalysisResult, Clause, Detection, DocumentKind, ExtractedDocument } from '../types';
import { DEFAULT_VIEW, findingsShown } from './view';

/**
 * One analysed page. The other shapes of a page are derived from it: the tab's state (shared/tab-state.ts) and a
 * stored version (storage/schema.ts) pick its fields and add their own keys, a save takes it with the page's text,
 * and every export format (core/export) and the CLI read it as it is.
 */
export interface PageReport {
  url: string;
  title: string;
  /** The document as detected. */
  kind: DocumentKind;
  isLegal: boolean;
  /** Primary language of the text ("en", "und" when unknown). */
  lang: string;
  wordCount: number;
  /** When this version was seen, ms since the epoch. */
  seenAt: number;
  /** SHA-256 hex of the normalised text (normalize/hashText). */
  versionHash: string;
  /** The version's clauses (all of them, or those with findings): only those with findings are exported. */
  clauses: Clause[];
  analysis: AnalysisResult;
  /** Where the text came from as the user named it (a CLI file path); defaults to url. */
  source?: string;
}

/** The report of an extracted document as detected, from an analyser's findings (graded here, analysisResultOf). */
export function pageReportOf(
  document: ExtractedDocument,
  detection: Detection,
  output: AnalysedFindings,
  seen: { seenAt: number; versionHash: string; title?: string; source?: string },
): PageReport {
  return {
    url: document.url,
    title: seen.title ?? document.title,
    kind: detection.kind,
    isLegal: detection.isLegal,
    lang: document.lang,
    wordCount: document.wordCount,
    seenAt: seen.seenAt,
    versionHash: seen.versionHash,
    clauses: document.clauses,
    analysis: analysisResultOf(output, { isLegal: detection.isLegal, wordCount: document.wordCount }, document.clauses),
    ...(seen.source !== undefined ? { source: seen.source } : {}),
  };
}

/** What an analyser hands over: its findings without a summary (whoever receives them grades them). */
export type AnalysedFindings = Omit<AnalysisResult, 'summary'>;

/** The document as graded: whether it was detected as legal, and its length. */
export interface GradedDocument {
  isLegal: boolean;
  wordCount: number;
}

/** A stored version analysed again: it was saved as a legal document; its length is its clauses'. */
export function storedDocument(clauses: readonly Clause[]): GradedDocument {
  return { isLegal: true, wordCount: clauses.reduce((n, c) => n + countWords(c.text), 0) };
}

/**
 * The record's analysis from an analyser's findings: the summary is always computed here, never taken from whoever
 * produced the findings. It is the summary of the default view (every category, sensitivity normal: what the CLI,
 * the evaluation and a new user see); a view with other settings recomputes it (view.ts). What reads the whole
 * document's findings is read here too, once they are all in, however the page was analysed (in parts or at once):
 * a right to opt out of sale where the document denies the sale (analyze/sale-rights.ts). `clauses` are the
 * document's (at least those with findings).
 */
export function analysisResultOf(
  output: AnalysedFindings,
  doc: GradedDocument,
  clauses: readonly Pick<Clause, 'id' | 'text'>[],
): AnalysisResult {
  const findings = withSaleRightsRead(output.findings, clauses);
  const shown = findingsShown(findings, DEFAULT_VIEW);
  return {
    analyserVersion: output.analyserVersion,
    ...(output.coverage ? { coverage: output.coverage } : {}),
    languageSupported: output.languageSupported,
    findings,
    summary: summaryOf({ languageSupported: output.languageSupported, findings: shown }, doc),
  };
}

/**
 * The document a stored analysis graded, read back from the record: it was legal unless its summary says it was not,
 * and its length is its text's.
 */
export function gradedDocumentOf(analysis: AnalysisResult, text: string): GradedDocument {
  const wordCount = text.split('\n').reduce((n, line) => n + countWords(line), 0);
  return { isLegal: analysis.summary.ungraded !== 'not-legal', wordCount };
}
