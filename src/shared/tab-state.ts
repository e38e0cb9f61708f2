// What the background knows about one tab, persisted in storage.session so it survives the
// MV3 service worker being stopped when idle.
import type { Detection } from '../core/types';
import type { ExportInput } from '../core/export';
import type { PageReport } from '../core/report/page-report';

export interface ChangeInfo {
  documentKey: string;
  versionId: number;
  versionHash: string;
  /** Number of stored versions of this document (including this one). */
  versionCount: number;
  isNewVersion: boolean;
  /** When the user last saw this document before this visit (ms epoch), null on first visit. */
  lastVisitAt: number | null;
  /** The text changed since the user's last visit and they have not looked at the report yet. */
  changedSinceLastVisit: boolean;
  /** Human one-liners, most important first ("New: AI / machine-learning training grant in §10.4"). */
  summaryLines: string[];
  /** The summary lines of changes that make a right worse (new or widened grant, lost restriction); [] when none. */
  worseLines: string[];
  /**
   * Clauses reworded with the same effect since the previous version (core/diff/same-effect.ts): not changes, shown as
   * a collapsed count. 0 when none.
   */
  wordingEdits: number;
  /** One line per wording edit (wordingEditLines), at most a few: the count says how many there are. */
  wordingEditLines: string[];
  /** Versions dropped to stay within the history limits on this save (the user is told). */
  droppedVersions: number;
  /** A storage problem the user should know about (quota, blocked upgrade); null when fine. */
  storageError: string | null;
}

/** `timed-out`: the analysis overran its budget (analysis/budget.ts) and was abandoned; `error` says so. */
export type TabStatus =
  'unknown' | 'not-legal' | 'analysing' | 'analysed' | 'failed' | 'timed-out' | 'unsupported-page';

/** A tab's report: the page's PageReport fields, with what only a tab has (its status, the detector's reasons…). */
export interface TabState extends Pick<PageReport, 'url' | 'title' | 'lang' | 'wordCount' | 'seenAt'> {
  tabId: number;
  status: TabStatus;
  detection: Detection | null;
  /** Present when status is 'analysed'. */
  analysis: PageReport['analysis'] | null;
  /** Only the clauses that carry findings (the popup lists and exports these). */
  flaggedClauses: PageReport['clauses'];
  change: ChangeInfo | null;
  /** Why the analysis failed or timed out; with status 'analysed', why re-reading the changed page failed (the report is of its earlier text). */
  error: string | null;
  /** Why the page's highlights could not be painted; the report itself is unaffected. Null when fine. */
  highlightError: string | null;
  /** Set when the report was cut to fit this tab's share of storage.session (tab-budget.ts); the popup says so. */
  shortened: ShortenedReport | null;
  /** Set when the page was longer than the background reads (PAGE_BOUNDS): the report is of its start; the popup says so. */
  pageCut: PageCut | null;
}

/** How much of a page cut at the bounds was read. */
export interface PageCut {
  chars: number;
  clauses: number;
}

export interface ShortenedReport {
  /** Findings kept (the most important first), of how many the analysis found. The summary always covers them all. */
  findingsKept: number;
  findingsTotal: number;
}

export function emptyTabState(tabId: number, url = '', status: TabStatus = 'unknown'): TabState {
  return {
    tabId,
    status,
    url,
    title: '',
    detection: null,
    analysis: null,
    lang: 'und',
    wordCount: 0,
    flaggedClauses: [],
    seenAt: 0,
    change: null,
    error: null,
    highlightError: null,
    shortened: null,
    pageCut: null,
  };
}

/** What the exports (and `npm start`'s terminal report) need from an analysed tab. */
export function exportInputFrom(state: TabState): ExportInput {
  return {
    url: state.url,
    title: state.title,
    kind: state.detection?.kind ?? 'other',
    isLegal: state.detection?.isLegal ?? false,
    seenAt: state.seenAt,
    versionHash: state.change?.versionHash ?? '',
    wordCount: state.wordCount,
    lang: state.lang,
    clauses: state.flaggedClauses,
    analysis: state.analysis!,
  };
}
