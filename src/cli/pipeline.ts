// The same pipeline as the extension: parseSource → detectPage → extractDocument → analyzeClauses, then hash.
import { analyzeClauses, findFirstParty } from '../core/analyze';
import { DEFAULT_VIEW, viewOf } from '../core/report/view';
import { detectPage } from '../core/detect';
import { pageReportOf, type PageReport } from '../core/report/page-report';
import { extractDocument } from '../core/extract';
import { hashText, normalizeText } from '../core/normalize';
import { parseSource, releaseDocument } from './source';
import type { Detection, ExtractedDocument } from '../core/types';
import type { LoadedFile } from './load-file';

export interface AnalysedFile {
  /** The file's report, as the extension's default settings show it. */
  input: PageReport;
  detection: Detection;
  document: ExtractedDocument;
}

export interface AnalyseOptions {
  /** The page's real address (e.g. where a saved page came from); defaults to the file's file: URL. */
  url?: string;
  /** ms epoch; defaults to the file's modification time. */
  seenAt?: number;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export async function analyseFile(file: LoadedFile, opts: AnalyseOptions = {}): Promise<AnalysedFile> {
  const { doc, url: fileUrl } = parseSource(file.content, file.path);
  const url = opts.url ?? fileUrl;
  let detection: ReturnType<typeof detectPage>;
  let document: ReturnType<typeof extractDocument>['document'];
  try {
    detection = detectPage(doc, url);
    document = extractDocument(doc, url).document;
  } finally {
    await releaseDocument(doc); // several files per run: free each page once read
  }
  const { summary: _ignored, ...output } = analyzeClauses(document.clauses, {
    lang: document.lang,
    firstParty: findFirstParty(document),
    sensitivity: 'every',
  });
  // Analysed and graded as the extension does it (core/report), and shown with the extension's default settings.
  const report = pageReportOf(document, detection, output, {
    seenAt: opts.seenAt ?? Math.floor(file.mtimeMs),
    versionHash: await hashText(normalizeText(document.text)),
    title: document.title.trim() || baseName(file.path),
    source: file.path,
  });
  const input: PageReport = { ...report, url, analysis: viewOf(report.analysis, report, DEFAULT_VIEW) };
  return { input, detection, document };
}
