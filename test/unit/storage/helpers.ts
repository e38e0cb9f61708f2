// Test data for storage tests: small analysed documents and a fresh fake IndexedDB per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openTermwatchDb, type TermwatchDb } from '../../../src/storage';
import type { SaveInput } from '../../../src/storage';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument, parseSource } from '../../../src/cli/source';
import type { AnalysisResult, Clause, Finding } from '../../../src/core/types';

export function freshFactory(): IDBFactory {
  return new IDBFactory();
}

export async function freshDb(factory: IDBFactory = freshFactory()): Promise<TermwatchDb> {
  return openTermwatchDb({ factory, name: 'test' });
}

/** Clauses as the extractor makes them: one block per line of `text`, sentences at their offsets in the block. */
export function clausesOf(text: string, sectionPath: string[] = []): Clause[] {
  const clauses: Clause[] = [];
  for (const [block, line] of text.split('\n').entries()) {
    for (const m of line.matchAll(/\S[^.]*(?:\.|$)/g)) {
      clauses.push({
        id: `c${clauses.length}`,
        block,
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        sectionPath,
        section: sectionPath[sectionPath.length - 1] ?? '',
      });
    }
  }
  return clauses;
}

/**
 * A stand-in analyser: flags clauses that mention training models as AI-training grants, the same at every setting
 * (coverage all-settings, as the extension analyses). `legacy`: as a record analysed under one user's settings.
 */
export function analysisOf(clauses: readonly Clause[], analyserVersion = 'test-1', legacy = false): AnalysisResult {
  const findings: Finding[] = clauses
    .filter((c) => /train/i.test(c.text))
    .map((c) => ({
      clauseId: c.id,
      actor: 'service',
      category: 'ai_training',
      stance: /not|never/i.test(c.text) ? 'restrict' : 'grant',
      severity: 'high',
      evidence: ['train'],
      rule: 'test.train',
    }));
  const counts = {
    ai_training: findings.length,
    data_sharing: 0,
    data_sale: 0,
    content_licence: 0,
    tracking: 0,
    retention: 0,
    terms_change: 0,
  };
  return {
    analyserVersion,
    ...(legacy ? {} : { coverage: 'all-settings' as const }),
    languageSupported: true,
    findings,
    summary: { grade: findings.length ? 'D' : 'A', score: findings.length ? 30 : 95, counts, driver: 'test' },
  };
}

export function input(text: string, seenAt: number, url = 'https://www.example.com/terms?utm_source=x'): SaveInput {
  const clauses = clausesOf(text);
  return { url, kind: 'terms', title: 'Example Terms', text, clauses, analysis: analysisOf(clauses), seenAt };
}

export const V1_TEXT = 'Effective Date: March 1, 2023\nThese terms govern the Services. You own your content.';
export const V2_TEXT =
  'Effective Date: April 1, 2023\nThese terms govern the Services. You own your content. We may use your content to train our models.';
export const V3_TEXT =
  'These terms govern the Services. You own your content. We do not use your content to train models.';

const ZOOM = join(__dirname, '..', '..', 'fixtures', 'terms', 'zoom-tos-2023-08-11.md');

/** The Zoom terms of 11 Aug 2023 through the real extractor. */
export function zoom(): { text: string; clauses: Clause[] } {
  const { doc } = parseSource(readFileSync(ZOOM, 'utf8'), ZOOM);
  return extractDocument(doc, 'https://explore.zoom.us/en/terms/').document;
}

/** About 200 KB of text under eight levels of long numbered headings: every clause has a long section path. */
export function nestedHeadings(): { text: string; clauses: Clause[] } {
  const parts = ['<main><h1>Terms</h1>'];
  for (let a = 1; a <= 40; a++) {
    for (let depth = 1, num = `${a}`; depth <= 8; depth++, num += '.1')
      parts.push(
        `<p><strong>${num} ${'Scope of this section and the conditions that apply to it '.repeat(3)}</strong></p>`,
      );
    for (let p = 0; p < 6; p++)
      parts.push(
        `<p>${`We may share the information you provide with partners under clause ${a}.${p}. `.repeat(10)}</p>`,
      );
  }
  parts.push('</main>');
  return extractDocument(htmlToDocument(parts.join('\n'), 'https://example.com/terms'), 'https://example.com/terms')
    .document;
}
