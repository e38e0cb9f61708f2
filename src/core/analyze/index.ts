// The on-device clause analyser: clauses in, findings + risk summary out. Pure: no browser API, no network.
import type { AnalysisResult, CategoryId, Clause, Finding } from '../types';
import { summarize } from '../score';
import { findingsForClause, matchClause } from './engine';
import { firstPartyNames } from './first-party';
import { textToClauses } from './plain-text';

export { findFirstParty } from './first-party';

/** Bump when rules or stance logic change, so stored analyses can be recomputed. */
export const ANALYSER_VERSION = '1.7.0';

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
  /**
   * The document's own first party, lower-cased names (`findFirstParty` in first-party.ts): "Acme may use your
   * content to train" is then the service acting. Without it only "we", "us" and "the company" name the service.
   */
  firstParty?: readonly string[];
}

/**
 * Analyses clauses. For a non-English language the result has languageSupported:false, no findings, and a summary
 * graded 'C' at score 50 with a driver saying the text was not analysed: a neutral middle, so that even a UI that
 * ignores the flag shows neither an all-clear ('A') nor an alarm.
 */
export function analyzeClauses(clauses: Clause[], opts: AnalyzeOptions = {}): AnalysisResult {
  const lang = (opts.lang ?? 'en').toLowerCase();
  if (lang !== 'und' && !/^en\b/.test(lang)) {
    return {
      analyserVersion: ANALYSER_VERSION,
      languageSupported: false,
      findings: [],
      summary: {
        ...summarize([]),
        grade: 'C',
        score: 50,
        driver: `Not analysed: language "${lang}" is not supported yet, so no findings is not an all-clear`,
      },
    };
  }
  const only = opts.categories ? new Set(opts.categories) : undefined;
  const findings: Finding[] = [];
  const firstParty = firstPartyNames(opts.firstParty);
  for (const clause of clauses) {
    const hits = matchClause(clause.text, only, {
      weak: opts.sensitivity === 'high',
      section: clause.section,
      sectionPath: clause.sectionPath,
      firstParty,
    });
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
