// How much of each page-controlled value Termwatch keeps. The page decides these strings and lists, so they are cut
// where they are produced (detection, extraction, the content scripts) and again where the background receives
// them: a long title or heading is shortened, never a reason to drop the report.

// The detector's bounds are constants of their own, so the always-on detector bundles two numbers rather than the
// table (it must stay within 21 KB); PAGE_BOUNDS below names them all for everyone else. For the same reason the
// detector sends location.href as it is, and the background cuts it.

/** One detection reason ("JSON-LD @type …" quotes the page), and how many are kept. */
export const MAX_REASON = 200;
export const MAX_REASONS = 50;

export const PAGE_BOUNDS = {
  /** location.href and the like; longer URLs exist (state in the query string) but name no more of the document. */
  url: 8_192,
  /** The page's <title>; the popup, exports and history show it on one line. */
  title: 500,
  /** One heading or section label (and so a clause's `section`). */
  heading: 300,
  /** Headings in a clause's section path; the innermost are kept. Real documents nest 2 to 5 deep. */
  sectionDepth: 8,
  /**
   * One list lead-in ("We use your information to:"), one sentence, so no longer than a clause (the extractor's
   * MAX_CLAUSE); its end is kept, since that is what introduces the list.
   */
  lead: 1_000,
  /** Lead-ins of nested lists kept per clause; the innermost are kept. */
  leadDepth: 4,
  /** One clause. The extractor already splits sentences at 1,000 characters; this only guards the background. */
  clauseText: 20_000,
  /** One evidence phrase (a part of its clause). */
  evidence: 1_000,
  evidenceItems: 20,
  reason: MAX_REASON,
  reasons: MAX_REASONS,
  /** The whole extracted text (about 2 million words), and how many clauses and findings are kept. */
  text: 12_000_000,
  clauses: 60_000,
  findings: 120_000,
} as const;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair (URLs, texts: no marker added). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max);
}

/** Like cut, with "…" as the last character, so a reader sees that something was left out (titles, headings). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cut(text, max - 1)}…`;
}

/** A section path within bounds: the innermost `sectionDepth` headings, each shortened. */
export function boundSectionPath(path: readonly string[]): string[] {
  return path.slice(-PAGE_BOUNDS.sectionDepth).map((h) => shorten(h, PAGE_BOUNDS.heading));
}

/** Like shorten, but keeps the end: "…" then the last characters (a lead-in's colon is what introduces its list). */
export function shortenStart(text: string, max: number): string {
  if (text.length <= max) return text;
  let from = text.length - (max - 1);
  // Never start on the low half of a surrogate pair.
  const code = text.charCodeAt(from);
  if (code >= 0xdc00 && code <= 0xdfff) from++;
  return `…${text.slice(from)}`;
}

/** List lead-ins within bounds: the innermost `leadDepth`, each shortened from the start. */
export function boundLeads(leads: readonly string[]): string[] {
  return leads.slice(-PAGE_BOUNDS.leadDepth).map((l) => shortenStart(l, PAGE_BOUNDS.lead));
}

/** Detection reasons within bounds: the first `reasons`, each shortened (the background's check). */
export function boundReasons(reasons: readonly string[]): string[] {
  return reasons.slice(0, MAX_REASONS).map((r) => shorten(r, MAX_REASON));
}
