// Test data for storage tests: small analysed documents and a fresh fake IndexedDB per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openTermwatchDb, type TermwatchDb } from '../../../src/storage';
import type { SaveInput } from '../../../src/storage';
import type { AnalysisResult, Clause, Finding } from '../../../src/core/types';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export async function freshDb(factory: IDBFactory = freshFactory()): Promise<TermwatchDb> {
  return openTermwatchDb({ factory, name: 'test' });
}

export function clausesOf(text: string): Clause[] {
  return text
    .split(/(?<=\.)\s+/)
    .filter(Boolean)
    .map((t, i) => ({ id: `c${i}`, block: i, start: 0, end: t.length, text: t, sectionPath: [], section: '' }));
}

export function analysisOf(clauses: readonly Clause[], analyserVersion = 'test-1'): AnalysisResult {
  // A stand-in analyser: flags clauses that mention training models as AI-training grants.
  const findings: Finding[] = clauses
    .filter((c) => /train/i.test(c.text))
    .map((c) => ({ clauseId: c.id, category: 'ai_training', stance: /not|never/i.test(c.text) ? 'restrict' : 'grant', severity: 'high', evidence: ['train'], rule: 'test.train' }));
  const counts = { ai_training: findings.length, data_sharing: 0, data_sale: 0, content_licence: 0, tracking: 0, retention: 0, terms_change: 0 };
  return { analyserVersion, languageSupported: true, findings, summary: { grade: findings.length ? 'D' : 'A', score: findings.length ? 30 : 95, counts, driver: 'test' } };
}

export function input(text: string, seenAt: number, url = 'https://www.example.com/terms?utm_source=x'): SaveInput {
  const clauses = clausesOf(text);
  return { url, kind: 'terms', title: 'Example Terms', text, clauses, analysis: analysisOf(clauses), seenAt };
}

export const V1_TEXT = 'Effective Date: March 1, 2023\nThese terms govern the Services. You own your content.';
export const V2_TEXT = 'Effective Date: April 1, 2023\nThese terms govern the Services. You own your content. We may use your content to train our models.';
export const V3_TEXT = 'These terms govern the Services. You own your content. We do not use your content to train models.';
