// One corpus document through what the extension runs on a page: Markdown rendered to HTML that keeps its structure
// (headings, setext ones too, lists, tables, emphasis, links), then detectPage, extractDocument and the content
// script's analyser call: analyzeInSlices with the options src/content/analyze-entry.ts passes, from the extension's
// default settings. extractDocument runs the same steps as the content script's extractDocumentInSlices, unsliced.
import { analyzeInSlices } from '../../../src/content/sliced-analysis';
import { detectPage } from '../../../src/core/detect';
import { findFirstParty } from '../../../src/core/analyze';
import { extractDocument } from '../../../src/core/extract';
import { htmlToDocument, markdownToHtml, releaseDocument } from '../../../src/cli/source';
import type { AnalysisResult, Clause, Detection, TextBlockInfo } from '../../../src/core/types';
import { DEFAULT_SETTINGS, enabledCategoryList } from '../../../src/storage/settings';

export interface DocumentExtraction {
  detection: Detection;
  lang: string;
  clauses: Clause[];
  /** Blocks per role (heading, paragraph, list_item, cell): the structure the rendering kept. */
  blockRoles: Partial<Record<TextBlockInfo['role'], number>>;
  /** The document's first party, as the content script finds it (findFirstParty). */
  firstParty: string[];
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

const noPause = (): Promise<void> => Promise.resolve();

export async function runDocument(
  markdown: string,
  url: string,
  onExtracted?: (e: DocumentExtraction) => void,
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
      clauses: document.clauses,
      blockRoles,
      firstParty: findFirstParty(document),
    };
  } finally {
    await releaseDocument(doc);
  }
  onExtracted?.(extraction);
  // One slice, no pauses: the sliced result equals the unsliced one (test/unit/content/sliced-analysis.test.ts).
  const analysis = await analyzeInSlices(
    extraction.clauses,
    {
      lang: extraction.lang,
      firstParty: extraction.firstParty,
      categories: enabledCategoryList(DEFAULT_SETTINGS),
      sensitivity: DEFAULT_SETTINGS.sensitivity,
    },
    Number.POSITIVE_INFINITY,
    noPause,
  );
  return { ...extraction, analysis };
}
