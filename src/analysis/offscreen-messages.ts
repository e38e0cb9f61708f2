// The messages between Chrome's service worker and its offscreen document (analysis/offscreen-entry.ts). runtime
// messages reach every extension page, so each carries a target that only the offscreen document answers.
import type { AnalysisOutput, AnalysisRequest } from './protocol';

export const OFFSCREEN_TARGET = 'termwatch-offscreen';
export const OFFSCREEN_URL = 'offscreen.html';

export type OffscreenMessage =
  | { target: typeof OFFSCREEN_TARGET; type: 'warm' }
  | { target: typeof OFFSCREEN_TARGET; type: 'analyse'; request: AnalysisRequest };

export type OffscreenReply =
  { ok: true; output: AnalysisOutput } | { ok: false; timeout: boolean; budgetMs: number; error: string };
