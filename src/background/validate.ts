// Shape and size checks for everything a content script sends. A page can run arbitrary script next to our content
// script and try to feed the background junk, so nothing is trusted until it passes here. A wrong type is refused;
// a page-controlled value over its bound (core/bounds.ts) is cut to it, since the page alone decides its length.
import { boundLeads, boundReasons, boundSectionPath, cut, PAGE_BOUNDS, shorten } from '../core/bounds';
import { CLAUSE_ROLES, type Clause, type ClauseRole, type Detection, type ExtractedDocument } from '../core/types';
import { storedClausesProblem, unpackClauses, type StoredClauses } from '../core/clause-pack';
import type { ExtractedPage } from '../shared/messages';
import { RejectedMessage } from '../shared/rejected-message';

const KINDS = new Set(['terms', 'privacy', 'cookies', 'ai_policy', 'other']);
const VERDICTS = new Set(['not_legal', 'too_short']);
const ROLES = new Set<string>(CLAUSE_ROLES);

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
  if (x.verdict !== undefined && !VERDICTS.has(x.verdict as string)) fail('bad verdict');
  return {
    kind: x.kind as Detection['kind'],
    isLegal: x.isLegal,
    confidence: Math.min(1, Math.max(0, confidence)),
    reasons,
    ...(x.verdict !== undefined && !x.isLegal ? { verdict: x.verdict as NonNullable<Detection['verdict']> } : {}),
  };
}

/**
 * The clauses as sent: offsets into the text (core/clause-pack.ts; what our content script sends) or a plain list.
 * Offsets are checked against the text before they are read back, within the bounds of clause count and path depth.
 */
function sentClauses(x: unknown, fullText: string): unknown[] {
  if (Array.isArray(x)) return x;
  if (!isObj(x)) fail('bad clauses');
  if (x.form === 'offsets') {
    const parents = list(x.parents, 'bad clauses');
    if (parents.length > PAGE_BOUNDS.clauses * PAGE_BOUNDS.sectionDepth) fail('too many sections');
    // Clauses past the bound are dropped anyway: they are not read back.
    x = { ...x, spans: list(x.spans, 'bad clauses').slice(0, PAGE_BOUNDS.clauses * 3) };
  }
  const problem = storedClausesProblem(x, fullText, () => null);
  if (problem) fail(`bad clauses (${problem})`);
  return unpackClauses(fullText, x as StoredClauses, PAGE_BOUNDS.sectionDepth);
}

function checkDocument(x: unknown): ExtractedDocument {
  if (!isObj(x)) fail('document missing');
  const sentText = text(x.text, 'bad text');
  const fullText = cut(sentText, PAGE_BOUNDS.text);
  const sent = sentClauses(x.clauses, sentText);
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
      ...clauseContext(c),
    };
  });
  return {
    url: checkUrl(x.url),
    title: shorten(text(x.title, 'bad title'), PAGE_BOUNDS.title),
    // Our extractor sends a 2–3 letter code or "und"; anything longer did not come from it.
    lang: str(x.lang, 35, 'bad lang'),
    text: fullText,
    wordCount: num(x.wordCount, 'bad word count'),
    clauses,
  };
}

/** A clause's optional context and role (extract-document.ts): page text, so bounded; a wrong type is refused. */
function clauseContext(c: Record<string, unknown>): Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel' | 'role'> {
  const out: Pick<Clause, 'leads' | 'columnHeader' | 'rowLabel' | 'role'> = {};
  if (c.leads !== undefined)
    out.leads = boundLeads(
      list(c.leads, 'bad leads')
        .slice(-PAGE_BOUNDS.leadDepth)
        .map((l) => text(l, 'bad lead')),
    );
  if (c.columnHeader !== undefined)
    out.columnHeader = shorten(text(c.columnHeader, 'bad column header'), PAGE_BOUNDS.heading);
  if (c.rowLabel !== undefined) out.rowLabel = shorten(text(c.rowLabel, 'bad row label'), PAGE_BOUNDS.heading);
  if (c.role !== undefined) {
    if (typeof c.role !== 'string' || !ROLES.has(c.role)) fail('bad clause role');
    out.role = c.role as ClauseRole;
  }
  return out;
}

/** The page's text as the content script sent it, within bounds. No analysis comes from the page: the background makes it. */
export function checkPageExtracted(x: unknown): ExtractedPage {
  if (!isObj(x)) fail('payload missing');
  return {
    url: checkUrl(x.url),
    title: shorten(text(x.title, 'bad title'), PAGE_BOUNDS.title),
    detection: checkDetection(x.detection),
    document: checkDocument(x.document),
    forced: x.forced === true,
    keep: x.keep === true,
  };
}

export function checkTabId(x: unknown): number {
  if (!isObj(x) || typeof x.tabId !== 'number' || !Number.isInteger(x.tabId) || x.tabId < 0) fail('bad tab id');
  return x.tabId;
}
