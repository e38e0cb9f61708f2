// The one typed message contract between content scripts, background and extension pages.
// Each protocol is a map of message type → (payload) => reply. Senders and receivers derive their types from it,
// so a payload or reply shape can only change here.
import type { AnalysisResult, Detection, ExtractedDocument } from '../core/types';
import type { TabState } from './tab-state';

/** What the content-side analysis sends once it has read a page. */
export interface PageAnalysedPayload {
  url: string;
  title: string;
  detection: Detection;
  /** Full extracted document (all clauses + normalised text) for the version history. */
  document: ExtractedDocument;
  analysis: AnalysisResult;
  /** true when the user asked for it from the popup ("analyse this page anyway"). */
  forced: boolean;
}

/** Messages handled by the background service worker. */
export interface BackgroundProtocol {
  /** Always-on detector: this page looks legal (or not). Background decides whether to inject the analyser. */
  'page-detected': (p: { url: string; detection: Detection }) => { analyse: boolean };
  /** Analyser content script: here is the page's analysis. */
  'page-analysed': (p: PageAnalysedPayload) => { ok: true };
  /** Analyser content script: it could not analyse (clear reason for the popup). */
  'page-failed': (p: { url: string; error: string }) => { ok: true };
  /** Analyser content script: the report stands, but its highlights could not be painted (never a failed report). */
  'highlights-failed': (p: { url: string; error: string }) => { ok: true };
  /** Popup: what do we know about this tab? */
  'get-tab-state': (p: { tabId: number }) => TabState;
  /** Popup: analyse this tab now, even if the detector skipped it (uses activeTab). */
  'analyse-tab': (p: { tabId: number }) => TabState;
  /** Popup: scroll the page to a clause and flash it. */
  'reveal-clause': (p: { tabId: number; clauseId: string }) => { found: boolean };
  /** Popup / options: turn highlights on or off in one tab. */
  'set-highlights': (p: { tabId: number; enabled: boolean }) => { marks: number };
  /** Popup: the user has now seen this tab's changes (clears the badge mark). */
  'mark-seen': (p: { tabId: number }) => { ok: true };
}

/** Messages handled by the analyser content script in a tab. */
export interface ContentProtocol {
  'reveal-clause': (p: { clauseId: string }) => { found: boolean };
  'set-highlights': (p: { enabled: boolean }) => { marks: number };
}

export type ReplyOf<P, K extends keyof P> = P[K] extends (...a: never[]) => infer R ? R : never;
export type PayloadOf<P, K extends keyof P> = P[K] extends (p: infer A) => unknown ? A : never;
