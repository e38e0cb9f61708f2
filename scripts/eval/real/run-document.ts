// One corpus document through what the extension runs on a page: Markdown rendered to HTML that keeps its structure
// (headings, setext ones too, lists, tables, emphasis, links), then detectPage, extractDocument and the content
// analysis worker's call (analyzeClauses, src/analysis/worker-entry.ts) with the options the background passes, the
// summary computed from the findings (analysisResultOf), and the view of the extension's default settings (viewOf).
// extractDocument runs the same steps as the content script's extractDocumentInSlices, unsliced.
import { readFileSync } from 'node:fs';
import { analyzeClauses } from '../../../src/core/analyze';
import { loadClassifier, type Classifier, type ModelFile } from '../../../src/core/analyze/model/classifier';
import { analysisResultOf } from '../../../src/core/report/page-report';
import { detectPage } from '../../../src/core/detect';
import { findFirstParty } from '../../../src/core/analyze';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument, markdownToHtml, releaseDocument } from '../../../src/cli/source';
import type { AnalysisResult, Clause, Detection, TextBlockInfo } from '../../../src/core/types';
import { DEFAULT_SETTINGS, viewSettingsOf } from '../../../src/storage/settings';
import { viewOf } from '../../../src/core/report/view';

export interface DocumentExtraction {
  detection: Detection;
  lang: string;
  wordCount: number;
  clauses: Clause[];
  /** Blocks per role (heading, paragraph, list_item, cell): the structure the rendering kept. */
  blockRoles: Partial<Record<TextBlockInfo['role'], number>>;
  /** The document's first party, as the content script finds it (findFirstParty). */
  firstParty: string[];
}

/** The classifier beside the rules, as `npm run eval -- real --model=…` sets it (AnalyzeOptions.model). */
export type ModelMode = 'off' | 'only' | 'both';

const classifiers = new Map<string, Classifier>();
/** A weights file other than the shipped one (the eval's fold models), read once per worker. */
function classifierAt(path: string): Classifier {
  let c = classifiers.get(path);
  if (!c) classifiers.set(path, (c = loadClassifier(JSON.parse(readFileSync(path, 'utf8')) as ModelFile)));
  return c;
}

export interface DocumentRun extends DocumentExtraction {
  analysis: AnalysisResult;
}

/**
 * A URL that names nothing, so the detector reads the page, not the file name ("Privacy Policy.md"). A bare number:
 * a path word would be a signal of its own (the detector reads /doc/ as a help or docs page and counts against it).
 */
export function neutralUrl(n: number): string {
  return `https://example.invalid/${n}`;
}

export async function runDocument(
  markdown: string,
  url: string,
  onExtracted?: (e: DocumentExtraction) => void,
  model?: ModelMode,
  modelWeights?: string,
): Promise<DocumentRun> {
  const doc = htmlToDocument(markdownToHtml(markdown), url);
  let extraction: DocumentExtraction;
  try {
    const detection = detectPage(doc, url);
    const { document, blocks } = extractDocument(doc, url);
    const blockRoles: DocumentExtraction['blockRoles'] = {};
    for (const b of blocks) blockRoles[b.role] = (blockRoles[b.role] ?? 0) + 1;
    extraction = {
      detection,
      lang: document.lang,
      wordCount: document.wordCount,
      clauses: document.clauses,
      blockRoles,
      firstParty: findFirstParty(document),
    };
  } finally {
    await releaseDocument(doc);
  }
  onExtracted?.(extraction);
  // As the background analyses a page (every setting at once), shown with the extension's default settings.
  const { summary: _ignored, ...output } = analyzeClauses(extraction.clauses, {
    lang: extraction.lang,
    firstParty: extraction.firstParty,
    sensitivity: 'every',
    ...(model ? { model } : {}),
    ...(modelWeights ? { classifier: classifierAt(modelWeights) } : {}),
  });
  const graded = { isLegal: extraction.detection.isLegal, wordCount: extraction.wordCount };
  const analysis = viewOf(
    analysisResultOf(output, graded, extraction.clauses),
    graded,
    viewSettingsOf(DEFAULT_SETTINGS),
  );
  return { ...extraction, analysis };
}
