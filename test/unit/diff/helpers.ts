// Hand-made clauses and findings for diff tests (the real analyser is exercised in the Zoom replay test).
import type { CategoryId, Clause, Finding, Severity, Stance } from '../../../src/core/types';
import { diffWithWordingEdits, type VersionSnapshot } from '../../../src/core/diff';

export interface C {
  section: string;
  text: string;
  /** The lead-ins of the list the clause is an item of. */
  leads?: string[];
  /** [category, stance, severity] findings on this clause. */
  f?: Array<[CategoryId, Stance, Severity]>;
}

export function snapshot(items: readonly C[]): VersionSnapshot {
  const clauses: Clause[] = items.map((it, i) => ({
    id: `c${i}`,
    block: i,
    start: 0,
    end: it.text.length,
    text: it.text,
    sectionPath: it.section ? [it.section] : [],
    section: it.section,
    ...(it.leads ? { leads: it.leads } : {}),
  }));
  const findings: Finding[] = items.flatMap((it, i) =>
    (it.f ?? []).map(([category, stance, severity]) => ({
      clauseId: `c${i}`,
      actor: 'service' as const,
      category,
      stance,
      severity,
      evidence: [],
      rule: `${category}.test`,
      ...(stance === 'conditional' ? { condition: 'opt_in' as const } : {}),
    })),
  );
  return { clauses, findings };
}

export const INTRO: C = {
  section: '1. Introduction',
  text: 'These terms govern your use of the Services and Software.',
};
export const ACCOUNT: C = {
  section: '2. Accounts',
  text: 'You are responsible for keeping your password confidential and secure.',
};
export const FEES: C = { section: '3. Fees', text: 'You agree to pay all charges for the subscription you select.' };
export const LAW: C = {
  section: '20. Governing Law',
  text: 'These terms are governed by the laws of the State of California.',
};
export const ML_GRANT: C = {
  section: '10.4 Customer License Grant',
  text: 'You grant us a perpetual licence to use Customer Content for machine learning and artificial intelligence, including training of models.',
  f: [
    ['ai_training', 'grant', 'high'],
    ['content_licence', 'grant', 'high'],
  ],
};
export const ML_CONSENT: C = {
  section: '10.4 Customer License Grant',
  text: 'Notwithstanding the above, we will not use audio, video or chat content to train our models without your consent.',
  f: [['ai_training', 'conditional', 'medium']],
};
export const ML_RESTRICT: C = {
  section: '10.2 Permitted Uses',
  text: 'We do not use any of your audio, video or chat content to train artificial intelligence models.',
  f: [['ai_training', 'restrict', 'low']],
};

/** The texts (before and after) of the changes a comparison reports, and of the wording edits it sets apart. */
export function reportedAndEdits(before: readonly C[], after: readonly C[]): { reported: string[]; edits: string[] } {
  const { changes, wordingEdits } = diffWithWordingEdits(snapshot(before), snapshot(after));
  const texts = (cs: typeof changes): string[] => [
    ...new Set(cs.flatMap((c) => [c.before, c.after]).filter((t): t is string => t !== null)),
  ];
  return { reported: texts(changes), edits: texts(wordingEdits) };
}
