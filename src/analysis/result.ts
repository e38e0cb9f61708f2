// The worker's output as a full analysis result: the summary is always computed here, from the findings (core/score),
// by the side that shows it, never taken from whoever produced the findings.
import type { AnalysisResult } from '../core/types';
import { summaryOf } from '../core/score';
import type { AnalysisOutput } from './protocol';

export function analysisResultOf(output: AnalysisOutput, lang: string): AnalysisResult {
  return {
    analyserVersion: output.analyserVersion,
    languageSupported: output.languageSupported,
    findings: output.findings,
    summary: summaryOf(output, lang.toLowerCase()),
  };
}
