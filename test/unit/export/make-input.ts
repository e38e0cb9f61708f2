// Hand-made ExportInput for formatter tests: independent of the analyser, so these tests pin the formats alone.
import { createHash } from 'node:crypto';
import type { AnalysisResult, Clause, Finding } from '../../../src/core/types';
import type { ExportInput } from '../../../src/core/export';

export function clause(
  id: string,
  text: string,
  section = '',
  sectionPath: string[] = section ? [section] : [],
): Clause {
  const block = Number(id.replace(/\D/g, '')) || 0;
  return { id, block, start: 0, end: text.length, text, sectionPath, section };
}

/** A finding of the service (the usual actor) unless `f` says otherwise. */
export function finding(
  clauseId: string,
  f: Omit<Finding, 'clauseId' | 'actor'> & Partial<Pick<Finding, 'actor'>>,
): Finding {
  return { clauseId, actor: 'service', ...f };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function analysis(findings: Finding[], over: Partial<AnalysisResult> = {}): AnalysisResult {
  const counts = {
    ai_training: 0,
    data_sharing: 0,
    data_sale: 0,
    content_licence: 0,
    tracking: 0,
    retention: 0,
    terms_change: 0,
  };
  for (const f of findings) counts[f.category] += 1;
  return {
    analyserVersion: 'test-1',
    languageSupported: true,
    findings,
    summary: { grade: 'D', score: 38, counts, driver: 'Grants AI-training rights over your content', ...over.summary },
    ...over,
  };
}

/** A small Zoom-like document: an AI grant, a consent condition, a restrict, a clause in two categories, an unflagged one. */
export function sampleInput(over: Partial<ExportInput> = {}): ExportInput {
  const clauses = [
    clause('c0', 'Zoom Terms of Service', ''),
    clause(
      'c1',
      'You agree that Zoom may use Service Generated Data for machine learning and artificial intelligence, including training and tuning of models.',
      '10.2 Service Generated Data',
      ['10. Customer Content', '10.2 Service Generated Data'],
    ),
    clause(
      'c2',
      'You grant Zoom a perpetual, worldwide, non-exclusive, royalty-free, sublicensable and transferable license to use Customer Content, including for machine learning.',
      '10.4 Customer License Grant',
      ['10. Customer Content', '10.4 Customer License Grant'],
    ),
    clause(
      'c3',
      'Notwithstanding the above, Zoom will not use audio, video or chat Customer Content to train our artificial intelligence models without your consent.',
      '10.4 Customer License Grant',
    ),
    clause('c4', 'We do not sell your personal data.', '11. Privacy'),
  ];
  const findings = [
    // Listed out of document order on purpose: exports sort by clause position, then category order.
    finding('c4', {
      category: 'data_sale',
      stance: 'restrict',
      severity: 'low',
      evidence: ['do not sell'],
      rule: 'data_sale.does-not-sell',
    }),
    finding('c2', {
      category: 'content_licence',
      stance: 'grant',
      severity: 'high',
      evidence: ['perpetual', 'sublicensable'],
      rule: 'content_licence.perpetual',
    }),
    finding('c2', {
      category: 'ai_training',
      stance: 'grant',
      severity: 'high',
      evidence: ['machine learning'],
      rule: 'ai_training.use-for-ml',
    }),
    finding('c1', {
      category: 'ai_training',
      stance: 'grant',
      severity: 'high',
      evidence: ['machine learning', 'training and tuning of models'],
      rule: 'ai_training.use-for-ml',
    }),
    finding('c3', {
      category: 'ai_training',
      stance: 'conditional',
      condition: 'opt_in',
      severity: 'medium',
      evidence: ['will not use', 'without your consent'],
      rule: 'ai_training.consent-required',
    }),
  ];
  return {
    url: 'https://www.zoom.us/terms',
    title: 'Zoom Terms of Service',
    kind: 'terms',
    isLegal: true,
    seenAt: Date.UTC(2023, 7, 7, 9, 30),
    versionHash: sha256(clauses.map((c) => c.text).join('\n')),
    wordCount: 87,
    clauses,
    analysis: analysis(findings),
    lang: 'en',
    ...over,
  };
}

/** One flagged clause with hostile text, for escaping tests. */
export function hostileInput(text: string, over: Partial<ExportInput> = {}): ExportInput {
  const clauses = [clause('c0', text, text.slice(0, 40))];
  const findings = [
    finding('c0', {
      category: 'data_sharing',
      stance: 'grant',
      severity: 'high',
      evidence: [text.slice(0, 20)],
      rule: 'data_sharing.share',
    }),
  ];
  return sampleInput({ clauses, analysis: analysis(findings), title: text, ...over });
}
