// Shape and size checks for everything a content script sends. A page can run arbitrary script next to our content
// script and try to feed the background junk, so nothing is trusted until it passes here.
import { CATEGORY_IDS, type Detection, type ExtractedDocument, type AnalysisResult } from '../core/types';
import type { PageAnalysedPayload } from '../shared/messages';
import { RejectedMessage } from '../shared/rejected-message';

export const LIMITS = {
  maxUrl: 8_192,
  maxTitle: 2_000,
  maxText: 12_000_000,
  maxClauses: 60_000,
  maxClauseText: 20_000,
  maxFindings: 120_000,
  maxReasons: 50,
};

const KINDS = new Set(['terms', 'privacy', 'cookies', 'ai_policy', 'other']);
const STANCES = new Set(['grant', 'conditional', 'restrict']);
const SEVERITIES = new Set(['high', 'medium', 'low']);
const GRADES = new Set(['A', 'B', 'C', 'D', 'E']);
const CATEGORIES = new Set<string>(CATEGORY_IDS);

function fail(what: string): never {
  throw new RejectedMessage(`Message refused: ${what}.`);
}
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const str = (x: unknown, max: number, what: string): string => (typeof x === 'string' && x.length <= max ? x : fail(what));
const num = (x: unknown, what: string): number => (typeof x === 'number' && Number.isFinite(x) ? x : fail(what));

export function checkUrl(x: unknown): string {
  const url = str(x, LIMITS.maxUrl, 'bad url');
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') fail('unsupported url scheme');
  } catch {
    fail('bad url');
  }
  return url;
}

export function checkDetection(x: unknown): Detection {
  if (!isObj(x)) fail('detection missing');
  if (typeof x.kind !== 'string' || !KINDS.has(x.kind)) fail('bad kind');
  if (typeof x.isLegal !== 'boolean') fail('bad isLegal');
  const confidence = num(x.confidence, 'bad confidence');
  if (!Array.isArray(x.reasons) || x.reasons.length > LIMITS.maxReasons) fail('bad reasons');
  const reasons = x.reasons.map((r) => str(r, 500, 'bad reason'));
  return { kind: x.kind as Detection['kind'], isLegal: x.isLegal, confidence: Math.min(1, Math.max(0, confidence)), reasons };
}

function checkDocument(x: unknown): ExtractedDocument {
  if (!isObj(x)) fail('document missing');
  const text = str(x.text, LIMITS.maxText, 'text too large');
  if (!Array.isArray(x.clauses) || x.clauses.length > LIMITS.maxClauses) fail('too many clauses');
  const ids = new Set<string>();
  const clauses = x.clauses.map((c) => {
    if (!isObj(c)) fail('bad clause');
    const id = str(c.id, 40, 'bad clause id');
    if (ids.has(id)) fail('duplicate clause id');
    ids.add(id);
    if (!Array.isArray(c.sectionPath) || c.sectionPath.length > 20) fail('bad section path');
    return {
      id,
      block: num(c.block, 'bad block'),
      start: num(c.start, 'bad start'),
      end: num(c.end, 'bad end'),
      text: str(c.text, LIMITS.maxClauseText, 'clause too long'),
      sectionPath: c.sectionPath.map((s) => str(s, 1_000, 'bad section')),
      section: str(c.section, 1_000, 'bad section'),
    };
  });
  return {
    url: checkUrl(x.url),
    title: str(x.title, LIMITS.maxTitle, 'bad title'),
    lang: str(x.lang, 35, 'bad lang'),
    text,
    wordCount: num(x.wordCount, 'bad word count'),
    clauses,
  };
}

function checkAnalysis(x: unknown, clauseIds: Set<string>): AnalysisResult {
  if (!isObj(x)) fail('analysis missing');
  if (!Array.isArray(x.findings) || x.findings.length > LIMITS.maxFindings) fail('bad findings');
  const findings = x.findings.map((f) => {
    if (!isObj(f)) fail('bad finding');
    const clauseId = str(f.clauseId, 40, 'bad finding clause');
    if (!clauseIds.has(clauseId)) fail('finding for unknown clause');
    if (typeof f.category !== 'string' || !CATEGORIES.has(f.category)) fail('bad category');
    if (typeof f.stance !== 'string' || !STANCES.has(f.stance)) fail('bad stance');
    if (typeof f.severity !== 'string' || !SEVERITIES.has(f.severity)) fail('bad severity');
    if (f.condition !== undefined && f.condition !== 'opt_in' && f.condition !== 'opt_out') fail('bad condition');
    if (!Array.isArray(f.evidence) || f.evidence.length > 20) fail('bad evidence');
    return {
      clauseId,
      category: f.category as AnalysisResult['findings'][number]['category'],
      stance: f.stance as AnalysisResult['findings'][number]['stance'],
      ...(f.condition ? { condition: f.condition as 'opt_in' | 'opt_out' } : {}),
      severity: f.severity as AnalysisResult['findings'][number]['severity'],
      evidence: f.evidence.map((e) => str(e, 2_000, 'bad evidence')),
      rule: str(f.rule, 200, 'bad rule'),
    };
  });
  const s = x.summary;
  if (!isObj(s)) fail('summary missing');
  if (typeof s.grade !== 'string' || !GRADES.has(s.grade)) fail('bad grade');
  if (!isObj(s.counts)) fail('bad counts');
  const counts = Object.fromEntries(CATEGORY_IDS.map((c) => [c, num((s.counts as Record<string, unknown>)[c] ?? 0, 'bad count')]));
  return {
    analyserVersion: str(x.analyserVersion, 50, 'bad analyser version'),
    languageSupported: typeof x.languageSupported === 'boolean' ? x.languageSupported : fail('bad languageSupported'),
    findings,
    summary: {
      grade: s.grade as AnalysisResult['summary']['grade'],
      score: num(s.score, 'bad score'),
      counts: counts as AnalysisResult['summary']['counts'],
      driver: str(s.driver, 2_000, 'bad driver'),
    },
  };
}

export function checkPageAnalysed(x: unknown): PageAnalysedPayload {
  if (!isObj(x)) fail('payload missing');
  const document = checkDocument(x.document);
  return {
    url: checkUrl(x.url),
    title: str(x.title, LIMITS.maxTitle, 'bad title'),
    detection: checkDetection(x.detection),
    document,
    analysis: checkAnalysis(x.analysis, new Set(document.clauses.map((c) => c.id))),
    forced: x.forced === true,
  };
}

export function checkTabId(x: unknown): number {
  if (!isObj(x) || typeof x.tabId !== 'number' || !Number.isInteger(x.tabId) || x.tabId < 0) fail('bad tab id');
  return x.tabId;
}
