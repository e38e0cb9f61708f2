// What the data_sharing tests of single sentences read: one helper, so each test file states only its options.
import { analyzeText, type AnalyzeOptions } from '../../../src/core/analyze';

/** The data_sharing stance[:condition] of one sentence at the default sensitivity ('-' for none or a mention). */
export function sharingStance(text: string, opts: AnalyzeOptions = {}): string {
  const f = analyzeText(text, opts).findings.find((x) => x.category === 'data_sharing' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : '-';
}

/**
 * The data_sharing stance[:condition] of the last unit of a text ('-' for none or a mention): the earlier sentences are
 * its section's units before it, as for the rules that read the section (Rule.afterRecipients).
 */
export function lastUnitSharingStance(text: string, opts: AnalyzeOptions = {}): string {
  const r = analyzeText(text, opts);
  const last = r.clauses[r.clauses.length - 1];
  const f = r.findings.find((x) => x.category === 'data_sharing' && !x.role && x.clauseId === last?.id);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : '-';
}
