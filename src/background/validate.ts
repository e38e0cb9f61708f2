// Shape and size checks for everything a content script sends. A page can run arbitrary script next to our content
// script and try to feed the background junk, so nothing is trusted until it passes here. The shapes are the record
// schema's (core/report/schema.ts); what this file adds is the page's bounds: a wrong type is refused, a
// page-controlled value over its bound (core/bounds.ts) is cut to it, since the page alone decides its length.
import * as v from 'valibot';
import { boundLeads, boundReasons, boundSectionPath, cut, PAGE_BOUNDS, shorten } from '../core/bounds';
import type { Clause, Detection, ExtractedDocument } from '../core/types';
import { storedClausesProblem, unpackClauses, type PartBase, type StoredClauses } from '../core/clause-pack';
import { ClauseSchema, DetectionSchema, issueText } from '../core/report/schema';
import type { ExtractedPage, PageStreamHead } from '../shared/messages';
import { RejectedMessage } from '../shared/rejected-message';
import type { PageCut } from '../shared/tab-state';

function fail(what: string): never {
  throw new RejectedMessage(`Message refused: ${what}.`);
}

/** The value as `schema` reads it, or a refusal that says what was wrong. */
function checked<S extends v.GenericSchema>(schema: S, x: unknown, what: string): v.InferOutput<S> {
  const result = v.safeParse(schema, x, { abortEarly: true });
  return result.success ? result.output : fail(`${what} (${issueText(result.issues) ?? 'invalid'})`);
}

/** Page-controlled text: any string is accepted, then bounded by `bound`. */
const pageText = (bound: (s: string) => string) => v.pipe(v.string(), v.transform(bound));
const pageList = <T>(item: v.GenericSchema<unknown, T>, bound: (l: T[]) => T[], keep = Infinity) =>
  v.pipe(
    v.array(v.unknown()),
    // Items past the bound are dropped unread.
    v.transform((l) => (l.length > keep ? l.slice(0, keep) : l)),
    v.array(item),
    v.transform(bound),
  );

const UrlSchema = v.pipe(
  pageText((s) => cut(s, PAGE_BOUNDS.url)),
  v.check((url) => {
    try {
      return ['http:', 'https:', 'file:'].includes(new URL(url).protocol);
    } catch {
      return false;
    }
  }, 'unsupported url'),
);

const PageDetectionSchema = v.pipe(
  v.object({
    ...DetectionSchema.entries,
    confidence: v.pipe(
      DetectionSchema.entries.confidence,
      v.transform((c) => Math.min(1, Math.max(0, c))),
    ),
    reasons: pageList(v.string(), boundReasons, PAGE_BOUNDS.reasons),
  }),
  // A verdict says why a page is not legal: a legal page has none.
  v.transform(({ verdict, ...d }): Detection => (verdict !== undefined && !d.isLegal ? { ...d, verdict } : d)),
);

const heading = pageText((s) => shorten(s, PAGE_BOUNDS.heading));
const PageClauseSchema = v.pipe(
  v.object({
    ...ClauseSchema.entries,
    // Our own identifiers: too long means forged, so refused.
    id: v.pipe(v.string(), v.maxLength(40)),
    text: pageText((s) => cut(s, PAGE_BOUNDS.clauseText)),
    sectionPath: pageList(v.string(), boundSectionPath),
    section: heading,
    leads: v.exactOptional(pageList(v.string(), boundLeads)),
    columnHeader: v.exactOptional(heading),
    rowLabel: v.exactOptional(heading),
  }),
  // A cut clause ends where its kept text ends.
  v.transform((c) => ({ ...c, end: Math.min(c.end, c.start + c.text.length) })),
);

/**
 * The clauses as sent: offsets into the text (core/clause-pack.ts; what our content script sends) or a plain list.
 * Offsets are checked against the text before they are read back, within the bounds of clause count and path depth.
 */
function sentClauses(x: unknown, fullText: string, base?: PartBase, keep: number = PAGE_BOUNDS.clauses): unknown[] {
  if (Array.isArray(x)) return x.slice(0, keep);
  // Past the bound nothing is read back (a page sent in parts: sentCount numbers them).
  if (keep <= 0) return [];
  if (typeof x !== 'object' || x === null) fail('bad clauses');
  const r = x as Record<string, unknown>;
  if (r.form === 'offsets') {
    if (!Array.isArray(r.parents) || !Array.isArray(r.spans)) fail('bad clauses');
    if (r.parents.length > PAGE_BOUNDS.clauses * PAGE_BOUNDS.sectionDepth) fail('too many sections');
    // Clauses past the bound are dropped anyway: they are not read back.
    x = { ...r, spans: r.spans.slice(0, keep * 3) };
  }
  const problem = storedClausesProblem(x, fullText, () => null);
  if (problem) fail(`bad clauses (${problem})`);
  return unpackClauses(fullText, x as StoredClauses, PAGE_BOUNDS.sectionDepth, base).slice(0, keep);
}

const PageDocumentSchema = v.object({
  url: UrlSchema,
  title: pageText((s) => shorten(s, PAGE_BOUNDS.title)),
  // Our extractor sends a 2–3 letter code or "und"; anything longer did not come from it.
  lang: v.pipe(v.string(), v.maxLength(35)),
  text: v.string(),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  clauses: v.unknown(),
});

function checkDocument(x: unknown): { document: ExtractedDocument; pageCut: PageCut | null } {
  const doc = checked(PageDocumentSchema, x, 'bad document');
  const sent = sentClauses(doc.clauses, doc.text);
  const clauses = checked(
    pageList(PageClauseSchema, (l) => l, PAGE_BOUNDS.clauses),
    sent,
    'bad clause',
  );
  const ids = new Set<string>();
  for (const c of clauses) {
    if (ids.has(c.id)) fail('duplicate clause id');
    ids.add(c.id);
  }
  const text = cut(doc.text, PAGE_BOUNDS.text);
  // Cut at a bound, the report is of the page's start, and says so (as for a page sent in parts).
  const cutShort = text.length < doc.text.length || clauses.length < sentCount(doc.clauses);
  return {
    document: { ...doc, text, clauses },
    pageCut: cutShort ? { chars: text.length, clauses: clauses.length } : null,
  };
}

export const checkUrl = (x: unknown): string => checked(UrlSchema, x, 'bad url');
export const checkDetection = (x: unknown): Detection => checked(PageDetectionSchema, x, 'bad detection');

/** What every page message carries around its document: the page's address and title, the detection, the user's asks. */
const PageEnvelopeSchema = v.object({
  url: UrlSchema,
  title: pageText((s) => shorten(s, PAGE_BOUNDS.title)),
  detection: v.unknown(),
  document: v.unknown(),
  forced: v.optional(v.unknown()),
  keep: v.optional(v.unknown()),
});

function checkPage<D>(
  x: unknown,
  checkDoc: (document: unknown) => D,
): Omit<ExtractedPage, 'document'> & { document: D } {
  const page = checked(PageEnvelopeSchema, x, 'bad payload');
  return {
    url: page.url,
    title: page.title,
    detection: checkDetection(page.detection),
    document: checkDoc(page.document),
    forced: page.forced === true,
    keep: page.keep === true,
  };
}

/**
 * The page's text as the content script sent it whole, within bounds; `pageCut` says how much was read when a bound cut
 * it (null when all was). No analysis comes from the page: the background makes it.
 */
export function checkPageExtracted(x: unknown): ExtractedPage & { pageCut: PageCut | null } {
  const page = checkPage(x, checkDocument);
  return { ...page, document: page.document.document, pageCut: page.document.pageCut };
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const StreamHeadDocumentSchema = v.omit(PageDocumentSchema, ['text', 'clauses', 'wordCount']);

/** The head of a page sent in parts (shared/page-port.ts), within bounds. */
export function checkStreamHead(x: unknown): PageStreamHead {
  return checkPage(x, (document) => checked(StreamHeadDocumentSchema, document, 'bad payload'));
}

/** The word count a page sent in parts gives with its end (the head has none: it needs the whole page read). */
export const checkWordCount = (x: unknown): number =>
  checked(PageDocumentSchema.entries.wordCount, x, 'bad word count');

/** How many clauses the page says it sent, read or not: the next part's clauses are numbered on from there. */
function sentCount(x: unknown): number {
  if (Array.isArray(x)) return x.length;
  const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  if (r.form === 'offsets' && Array.isArray(r.spans)) return Math.floor(r.spans.length / 3);
  if (r.form === 'inline' && Array.isArray(r.list)) return r.list.length;
  return fail('bad clauses');
}

/** A part as the background reads it: its text and its clauses, checked, numbered as in the whole page. */
export interface CheckedPart {
  seq: number;
  base: PartBase;
  text: string;
  clauses: Clause[];
  /** Clauses the page sent in this part: more than `clauses` once the clause bound is reached. */
  sent: number;
}

/**
 * A part of a page sent in parts: it must be the part due (`seq`, and its first block and clause where the last part
 * ended), its clauses slices of its text, numbered on from the ones before. At most `keep` clauses are read.
 */
export function checkStreamPart(x: unknown, due: { seq: number; base: PartBase }, keep: number): CheckedPart {
  const part = checked(
    v.object({
      seq: Count,
      base: v.object({ clause: Count, block: Count }),
      // Bounded before it is parsed: the whole page's text bound is also one part's.
      text: v.pipe(v.string(), v.maxLength(PAGE_BOUNDS.text)),
      clauses: v.unknown(),
    }),
    x,
    'bad part',
  );
  if (part.seq !== due.seq) fail(`part ${part.seq} came where part ${due.seq} was due (a part was lost)`);
  if (part.base.clause !== due.base.clause || part.base.block !== due.base.block)
    fail(
      `part ${part.seq} starts at clause ${part.base.clause}, block ${part.base.block}, where clause ` +
        `${due.base.clause}, block ${due.base.block} was due (a part was lost)`,
    );
  const sent = sentCount(part.clauses);
  const clauses = checked(
    pageList(PageClauseSchema, (l) => l, keep),
    sentClauses(part.clauses, part.text, part.base, keep),
    'bad clause',
  );
  // Numbered on from the clauses before, so no id repeats one of another part.
  for (const [i, c] of clauses.entries()) if (c.id !== `c${part.base.clause + i}`) fail('bad clause id');
  return { ...part, clauses, sent };
}

export function checkTabId(x: unknown): number {
  return checked(v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }), x, 'bad tab id').tabId;
}
