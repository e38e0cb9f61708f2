// The page's text for the analyser's change check, read in time-boxed slices. `body.textContent` gives the same
// string in one native call, but on a long page that call alone blocked the page's main thread for tens of
// milliseconds, every time the page watcher asked whether the text had changed.
import { runSliced, type SliceClock, type Steps } from '../core/extract/stepping';

/**
 * Longest stretch of the content script's work on the page's main thread between pauses. Short, because the page's
 * main thread shares the cores with the analysis worker while the page is read: a slice of 12-15 ms of thread CPU
 * (8 ms slices, overrun to the next checkpoint) took 50-84 ms of wall time when it waited for a core.
 */
export const SLICE_MS = 4;

/** Text nodes between checkpoints. */
const STEP = 200;

function* textSteps(doc: Document): Steps<string> {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push((node as Text).data);
    if (parts.length % STEP === 0) yield;
  }
  return parts.join('');
}

/** All text under `body`, in document order (what `body.textContent` returns), read a slice at a time. */
export function pageTextInSlices(doc: Document, clock?: SliceClock): Promise<string> {
  return runSliced(textSteps(doc), { sliceMs: SLICE_MS, ...(clock ? { clock } : {}) });
}
