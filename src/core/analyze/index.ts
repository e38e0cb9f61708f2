// The on-device clause analyser: clauses in, findings + risk summary out. Pure: no browser API, no network.
import type { AnalysisResult, CategoryId, Clause, Finding } from '../types';
import { notAnalysedSummary, summarize } from '../score';
import { findingsForClause, matchClause } from './engine';
import { textToClauses } from './plain-text';
import { ANALYSER_VERSION } from './version';

export { ANALYSER_VERSION } from './version';

export interface AnalyzeOptions {
  /** Primary language of the text ("en", "de", "und"); only English is supported. "und"/unset is treated as English. */
  lang?: string;
  /** Restrict to these categories (default: all). */
  categories?: CategoryId[];
  /**
   * low: drop low-severity findings. normal: every rule except the weak-signal ones. high: also the weak-signal rules
   * (`weak: true` in the rule files: named analytics services, "we may provide/transfer your data" with no recipient,
   * "improve our automated/recommendation systems" without an AI word). Weak findings are capped at low severity.
   */
  sensitivity?: 'low' | 'normal' | 'high';
}

/**
 * Analyses clauses. For a non-English language the result has languageSupported:false, no findings, and a summary
 * with no grade and a driver saying the text was not analysed, so that no UI shows an all-clear. The summary here
 * grades the clauses as given; the side that shows a page grades it as detected (score/summaryOf).
 */
export function analyzeClauses(clauses: Clause[], opts: AnalyzeOptions = {}): AnalysisResult {
  const lang = (opts.lang ?? 'en').toLowerCase();
  if (lang !== 'und' && !/^en\b/.test(lang)) {
    return {
      analyserVersion: ANALYSER_VERSION,
      languageSupported: false,
      findings: [],
      summary: notAnalysedSummary(),
    };
  }
  const only = opts.categories ? new Set(opts.categories) : undefined;
  const findings: Finding[] = [];
  for (const clause of clauses) {
    const hits = matchClause(clause.text, only, { weak: opts.sensitivity === 'high', section: clause.section });
    if (hits.length) findings.push(...findingsForClause(clause.id, hits));
  }
  const kept = opts.sensitivity === 'low' ? findings.filter((f) => f.severity !== 'low') : findings;
  return { analyserVersion: ANALYSER_VERSION, languageSupported: true, findings: kept, summary: summarize(kept) };
}

/** Convenience for plain text and markdown: splits into sentence clauses, then analyses them. */
export function analyzeText(text: string, opts: AnalyzeOptions = {}): AnalysisResult & { clauses: Clause[] } {
  const clauses = textToClauses(text);
  return { ...analyzeClauses(clauses, opts), clauses };
}
