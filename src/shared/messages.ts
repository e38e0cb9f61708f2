// The one typed message contract between content scripts, background and extension pages.
// Each protocol is a map of message type → (payload) => reply. Senders and receivers derive their types from it,
// so a payload or reply shape can only change here.
import type { PartBase, StoredClauses } from '../core/clause-pack';
import type { Detection, ExtractedDocument, Finding } from '../core/types';
import type { PageReport } from '../core/report/page-report';
import type { TabState } from './tab-state';

/**
 * An extracted document on its way from the page, its clauses as offsets into its text (core/clause-pack.ts): the
 * message is then a fraction of the size, and cheap to serialise on the page's main thread.
 */
export interface SentDocument extends Omit<ExtractedDocument, 'clauses'> {
  clauses: StoredClauses;
}

/**
 * What the content script sends once it has read a page: the text only, before any analysis (the analysis runs in
 * the extension). Its url and title are the PageReport's; the background checks it with the record schema.
 */
export interface PageExtractedPayload extends Pick<PageReport, 'url' | 'title'> {
  /** The detector's verdict, passed on by the background when it injected the content script (detection runs once). */
  detection: Detection;
  /** Full extracted document (all clauses + normalised text): analysed by the background, kept in the history. */
  document: SentDocument;
  /** true when the user asked for it from the popup ("analyse this page anyway"). */
  forced: boolean;
  /** true when the user asked to keep it in history: a page not detected as legal is kept only then. */
  keep: boolean;
}

/** The start of a page sent in parts (shared/page-port.ts): all of page-extracted but the text and clauses. */
export interface PageStreamHead extends Omit<PageExtractedPayload, 'document'> {
  /** Without the word count, which needs the whole page read: it comes with the end (page-port.ts). */
  document: Omit<ExtractedDocument, 'text' | 'clauses' | 'wordCount'>;
}

/**
 * A part of a page sent in parts: consecutive blocks of its text (from block `base.block`) and their clauses as
 * offsets into that text (from clause `base.clause`); `seq` counts the parts from 0.
 */
export interface SentPart {
  seq: number;
  base: PartBase;
  text: string;
  clauses: StoredClauses;
}

/** page-extracted as the background has checked it, the clauses unpacked. */
export interface ExtractedPage extends Omit<PageExtractedPayload, 'document'> {
  document: ExtractedDocument;
}

/** A page as the background has analysed it: the content script's text with the worker's analysis. */
export interface AnalysedPage extends ExtractedPage, Pick<PageReport, 'analysis'> {}

/**
 * The background's answer to page-extracted, once the analysis is done (or given up): what to paint. `analysed`
 * brings the findings and whether highlights are on; otherwise nothing is painted and the popup says why.
 */
export type PageExtractedReply =
  | { status: 'analysed'; findings: Finding[]; highlight: boolean }
  | { status: 'failed' | 'timed-out' | 'stale'; findings: []; highlight: false };

/**
 * The answer to a jump-to-clause: shown, or why not: the clause is no longer on the page ('gone'), or it sits in a
 * part of the page Termwatch could not open ('cannot-open': a panel with no control of its own, say).
 */
export type RevealReply = { found: true } | { found: false; reason: 'gone' | 'cannot-open' };

/** Messages handled by the background service worker. */
export interface BackgroundProtocol {
  /** Always-on detector: this page looks legal (or not). Background decides whether to inject the analyser. */
  'page-detected': (p: { url: string; detection: Detection }) => { analyse: boolean };
  /** Analyser content script: here is the page's text; the background analyses it and answers with the findings. */
  'page-extracted': (p: PageExtractedPayload) => PageExtractedReply;
  /** Analyser content script: it could not read the page (clear reason for the popup). */
  'page-failed': (p: { url: string; error: string }) => { ok: true };
  /** Analyser content script: the report stands, but its highlights could not be painted (never a failed report). */
  'highlights-failed': (p: { url: string; error: string }) => { ok: true };
  /** Popup: what do we know about this tab? */
  'get-tab-state': (p: { tabId: number }) => TabState;
  /** Popup: analyse this tab now, even if the detector skipped it (uses activeTab). */
  'analyse-tab': (p: { tabId: number; keep?: boolean }) => TabState;
  /** Popup: open what folds the clause away, scroll the page to it and flash it. */
  'reveal-clause': (p: { tabId: number; clauseId: string }) => RevealReply;
  /** Popup / options: turn highlights on or off in one tab. */
  'set-highlights': (p: { tabId: number; enabled: boolean }) => { marks: number };
  /** Popup: the user has now seen this tab's changes (clears the badge mark). */
  'mark-seen': (p: { tabId: number }) => { ok: true };
}

/** Messages handled by the analyser content script in a tab. */
export interface ContentProtocol {
  'reveal-clause': (p: { clauseId: string }) => RevealReply;
  'set-highlights': (p: { enabled: boolean }) => { marks: number };
}

export type ReplyOf<P, K extends keyof P> = P[K] extends (...a: never[]) => infer R ? R : never;
export type PayloadOf<P, K extends keyof P> = P[K] extends (p: infer A) => unknown ? A : never;
