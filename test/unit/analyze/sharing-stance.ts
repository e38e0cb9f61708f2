// What the data_sharing tests of single sentences read: one helper, so each test file states only its options.
import { analyzeText, type AnalyzeOptions } from '../../../src/core/analyze';

/** The data_sharing stance[:condition] of one sentence at the default sensitivity ('-' for none or a mention). */
export function sharingStance(text: string, opts: AnalyzeOptions = {}): string {
  const f = analyzeText(text, opts).findings.find((x) => x.category === 'data_sharing' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : '-';
}
