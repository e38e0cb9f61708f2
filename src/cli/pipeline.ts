// The same pipeline as the extension: parseSource → detectPage → extractDocument → analyzeClauses, then hash.
import { analyzeClauses, findFirstParty } from '../core/analyze';
import { summaryOf } from '../core/score';
import { detectPage } from '../core/detect';
import type { ExportInput } from '../core/export';
import { extractDocument } from '../core/extract';
import { hashText, normalizeText } from '../core/normalize';
import { parseSource, releaseDocument } from './source';
import type { Detection, ExtractedDocument } from '../core/types';
import type { LoadedFile } from './load-file';

export interface AnalysedFile {
  input: ExportInput;
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
  const { findings, languageSupported, analyserVersion } = analyzeClauses(document.clauses, {
    lang: document.lang,
    firstParty: findFirstParty(document),
  });
  // Graded as the extension grades it: by the side that shows it, for the document as detected.
  const analysis = {
    analyserVersion,
    languageSupported,
    findings,
    summary: summaryOf({ languageSupported, findings }, { isLegal: detection.isLegal, wordCount: document.wordCount }),
  };
  const input: ExportInput = {
    url,
    title: document.title.trim() || baseName(file.path),
    kind: detection.kind,
    isLegal: detection.isLegal,
    seenAt: opts.seenAt ?? Math.floor(file.mtimeMs),
    versionHash: await hashText(normalizeText(document.text)),
    wordCount: document.wordCount,
    clauses: document.clauses,
    analysis,
    lang: document.lang,
    source: file.path,
  };
  return { input, detection, document };
}
