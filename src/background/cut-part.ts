// The part of a page sent in parts that crosses the text bound: its text is cut at the bound, and the clauses that end
// inside the cut text are kept (a clause's offsets are inside its block, one line of the part's text).
import { cut } from '../core/bounds';
import type { Clause } from '../core/types';

/** The part's text within `room` characters, and its clauses that end inside it (clauses come in text order). */
export function cutPart(
  text: string,
  clauses: readonly Clause[],
  firstBlock: number,
  room: number,
): { text: string; clauses: Clause[] } {
  const kept = cut(text, Math.max(0, room));
  const starts = lineStarts(kept);
  const inside: Clause[] = [];
  for (const c of clauses) {
    const start = starts[c.block - firstBlock];
    if (start === undefined || start + c.end > kept.length) break;
    inside.push(c);
  }
  return { text: kept, clauses: inside };
}

/** Where each line (block) of a part's text starts: one entry per line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
