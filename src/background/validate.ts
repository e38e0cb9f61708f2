// Shape and size checks for everything a content script sends. A page can run arbitrary script next to our content
// script and try to feed the background junk, so nothing is trusted until it passes here. A wrong type is refused;
// a page-controlled value over its bound (core/bounds.ts) is cut to it, since the page alone decides its length.
import { boundReasons, boundSectionPath, cut, PAGE_BOUNDS, shorten } from '../core/bounds';
import {
  ACTORS,
  CATEGORY_IDS,
  type Actor,
  type Detection,
  type ExtractedDocument,
  type AnalysisResult,
} from '../core/types';
import type { PageAnalysedPayload } from '../shared/messages';
import { RejectedMessage } from '../shared/rejected-message';

const KINDS = new Set(['terms', 'privacy', 'cookies', 'ai_policy', 'other']);
const STANCES = new Set(['grant', 'conditional', 'restrict']);
const SEVERITIES = new Set(['high', 'medium', 'low']);
const GRADES = new Set(['A', 'B', 'C', 'D', 'E']);
const CATEGORIES = new Set<string>(CATEGORY_IDS);
const ACTOR_SET = new Set<string>(ACTORS);

function fail(what: string): never {
  throw new RejectedMessage(`Message refused: ${what}.`);
}
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
/** Our own identifiers and labels: too long means forged, so refused. */
const str = (x: unknown, max: number, what: string): string =>
  typeof x === 'string' && x.length <= max ? x : fail(what);
/** Page-controlled text: any string is accepted, then bounded. */
const text = (x: unknown, what: string): string => (typeof x === 'string' ? x : fail(what));
const num = (x: unknown, what: string): number => (typeof x === 'number' && Number.isFinite(x) ? x : fail(what));
const list = (x: unknown, what: string): unknown[] => (Array.isArray(x) ? x : fail(what));

export function checkUrl(x: unknown): string {
  // Cutting keeps the scheme and host, so the sender check by origin still holds.
  const url = cut(text(x, 'bad url'), PAGE_BOUNDS.url);
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
  const reasons = boundReasons(
    list(x.reasons, 'bad reasons')
      .slice(0, PAGE_BOUNDS.reasons)
      .map((r) => text(r, 'bad reason')),
  );
  return {
    kind: x.kind as Detection['kind'],
    isLegal: x.isLegal,
    confidence: Math.min(1, Math.max(0, confidence)),
    reasons,
  };
}

/** A document's checked clauses, and the ids of those sent past the bound (their findings are dropped too). */
interface CheckedDocument {
  document: ExtractedDocument;
  droppedClauseIds: Set<string>;
}

function checkDocument(x: unknown): CheckedDocument {
  if (!isObj(x)) fail('document missing');
  const fullText = cut(text(x.text, 'bad text'), PAGE_BOUNDS.text);
  const sent = list(x.clauses, 'bad clauses');
  const ids = new Set<string>();
  const clauses = sent.slice(0, PAGE_BOUNDS.clauses).map((c) => {
    if (!isObj(c)) fail('bad clause');
    const id = str(c.id, 40, 'bad clause id');
    if (ids.has(id)) fail('duplicate clause id');
    ids.add(id);
    const start = num(c.start, 'bad start');
    const clauseText = cut(text(c.text, 'bad clause text'), PAGE_BOUNDS.clauseText);
    const end = num(c.end, 'bad end');
    return {
      id,
      block: num(c.block, 'bad block'),
      start,
      // A cut clause ends where its kept text ends.
      end: Math.min(end, start + clauseText.length),
      text: clauseText,
      sectionPath: boundSectionPath(list(c.sectionPath, 'bad section path').map((h) => text(h, 'bad section'))),
      section: shorten(text(c.section, 'bad section'), PAGE_BOUNDS.heading),
    };
  });
  const droppedClauseIds = new Set<string>();
  for (const c of sent.slice(PAGE_BOUNDS.clauses))
    if (isObj(c) && typeof c.id === 'string' && !ids.has(c.id)) droppedClauseIds.add(c.id);
  const document = {
    url: checkUrl(x.url),
    title: shorten(text(x.title, 'bad title'), PAGE_BOUNDS.title),
    // Our extractor sends a 2–3 letter code or "und"; anything longer did not come from it.
    lang: str(x.lang, 35, 'bad lang'),
    text: fullText,
    wordCount: num(x.wordCount, 'bad word count'),
    clauses,
  };
  return { document, droppedClauseIds };
}

function checkAnalysis(x: unknown, clauseIds: Set<string>, droppedClauseIds: Set<string>): AnalysisResult {
  if (!isObj(x)) fail('analysis missing');
  const kept = list(x.findings, 'bad findings').filter(
    (f) => !(isObj(f) && typeof f.clauseId === 'string' && droppedClauseIds.has(f.clauseId)),
  );
  const findings = kept.slice(0, PAGE_BOUNDS.findings).map((f) => {
    if (!isObj(f)) fail('bad finding');
    const clauseId = str(f.clauseId, 40, 'bad finding clause');
    if (!clauseIds.has(clauseId)) fail('finding for unknown clause');
    if (typeof f.category !== 'string' || !CATEGORIES.has(f.category)) fail('bad category');
    if (typeof f.stance !== 'string' || !STANCES.has(f.stance)) fail('bad stance');
    if (typeof f.severity !== 'string' || !SEVERITIES.has(f.severity)) fail('bad severity');
    if (f.condition !== undefined && f.condition !== 'opt_in' && f.condition !== 'opt_out') fail('bad condition');
    if (typeof f.actor !== 'string' || !ACTOR_SET.has(f.actor)) fail('bad actor');
    const evidence = list(f.evidence, 'bad evidence')
      .slice(0, PAGE_BOUNDS.evidenceItems)
      .map((e) => shorten(text(e, 'bad evidence'), PAGE_BOUNDS.evidence));
    return {
      clauseId,
      category: f.category as AnalysisResult['findings'][number]['category'],
      stance: f.stance as AnalysisResult['findings'][number]['stance'],
      ...(f.condition ? { condition: f.condition as 'opt_in' | 'opt_out' } : {}),
      severity: f.severity as AnalysisResult['findings'][number]['severity'],
      evidence,
      rule: str(f.rule, 200, 'bad rule'),
      actor: f.actor as Actor,
    };
  });
  const s = x.summary;
  if (!isObj(s)) fail('summary missing');
  if (typeof s.grade !== 'string' || !GRADES.has(s.grade)) fail('bad grade');
  if (!isObj(s.counts)) fail('bad counts');
  const counts = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, num((s.counts as Record<string, unknown>)[c] ?? 0, 'bad count')]),
  );
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
  const { document, droppedClauseIds } = checkDocument(x.document);
  return {
    url: checkUrl(x.url),
    title: shorten(text(x.title, 'bad title'), PAGE_BOUNDS.title),
    detection: checkDetection(x.detection),
    document,
    analysis: checkAnalysis(x.analysis, new Set(document.clauses.map((c) => c.id)), droppedClauseIds),
    forced: x.forced === true,
  };
}

export function checkTabId(x: unknown): number {
  if (!isObj(x) || typeof x.tabId !== 'number' || !Number.isInteger(x.tabId) || x.tabId < 0) fail('bad tab id');
  return x.tabId;
}
