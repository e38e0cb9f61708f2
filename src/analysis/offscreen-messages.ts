// The messages between Chrome's service worker and its offscreen document (analysis/offscreen-entry.ts). runtime
// messages reach every extension page, so each carries a target that only the offscreen document answers. The
// analysis itself is posted to the document as a client of the worker (offscreen-channel.ts) and answered with an
// OffscreenReply.
import type { AnalysisOutput } from './protocol';

export const OFFSCREEN_TARGET = 'termwatch-offscreen';
export const OFFSCREEN_URL = 'offscreen.html';

export type OffscreenMessage = { target: typeof OFFSCREEN_TARGET; type: 'warm' };

export type OffscreenReply =
  { ok: true; output: AnalysisOutput } | { ok: false; timeout: boolean; budgetMs: number; error: string };
