// The worker's output as a full analysis result: the summary is always computed here, from the findings (core/score),
// by the side that shows it, never taken from whoever produced the findings.
import type { AnalysisResult, Clause } from '../core/types';
import { summaryOf } from '../core/score';
import { countWords } from '../core/extract/extract-document';
import type { AnalysisOutput } from './protocol';

/** The document as graded: whether it was detected as legal, and its length. */
export interface GradedDocument {
  isLegal: boolean;
  wordCount: number;
}

/** A stored version analysed again: it was saved as a legal document; its length is its clauses'. */
export function storedDocument(clauses: readonly Clause[]): GradedDocument {
  return { isLegal: true, wordCount: clauses.reduce((n, c) => n + countWords(c.text), 0) };
}

export function analysisResultOf(output: AnalysisOutput, doc: GradedDocument): AnalysisResult {
  return {
    analyserVersion: output.analyserVersion,
    languageSupported: output.languageSupported,
    findings: output.findings,
    summary: summaryOf(output, doc),
  };
}
