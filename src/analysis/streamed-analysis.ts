// The worker's side of a streamed analysis (protocol.ts StreamMessage): each part is analysed as it arrives, and the
// output at the end is the findings of the parts concatenated in order. The analyser reads each clause with the context
// the clause carries (README, "One worker, or two") and what the units before it in its section established, which
// each part carries for its first section (StreamPart.before), so that is the analysis of the whole page; what reads the whole
// document (the summary, the grade) is computed by the host over the concatenation.
import { analyzeClauses, type AnalyzeOptions } from '../core/analyze';
import type { Clause } from '../core/types';
import { partClauses, withSectionBefore, type AnalysisOutput, type StreamMessage, type WorkerReply } from './protocol';

interface OpenStream {
  id: number;
  options: AnalyzeOptions;
  /** The seq the next part must have. */
  next: number;
  output: AnalysisOutput | null;
}

/** One worker's streamed analysis (at most one at a time, as the worker runs one job at a time). */
export class StreamedAnalysis {
  private open: OpenStream | null = null;

  /** `inspect` sees each part's clauses before they are analysed (test builds: the hang marker). */
  constructor(private readonly inspect: (clauses: Clause[]) => void = () => undefined) {}

  /** Handles one message; the reply to post, if any: a part's `done`, or the end's output (a failure ends the stream). */
  handle(m: StreamMessage): WorkerReply | null {
    if (m.kind === 'open') {
      this.open = { id: m.id, options: m.options, next: 0, output: null };
      return null;
    }
    const open = this.open;
    if (m.kind === 'cancel') {
      if (open?.id === m.id) this.open = null;
      return null;
    }
    // Parts of a stream that has failed or was cancelled meanwhile: the host has its answer already.
    if (open?.id !== m.id) return null;
    try {
      if (m.kind === 'part') {
        if (m.part.seq !== open.next) {
          throw new Error(`Part ${m.part.seq} of the page came where part ${open.next} was due: a part was lost.`);
        }
        open.next++;
        const clauses = partClauses(m.part);
        this.inspect(clauses);
        // A part that opens inside a section reads it with what the page's units before it established there.
        const { summary: _ignored, ...output } = analyzeClauses(
          clauses,
          withSectionBefore(open.options, m.part.before),
        );
        if (open.output) open.output.findings.push(...output.findings);
        else open.output = output;
        return { id: m.id, done: m.part.seq };
      }
      if (m.parts !== open.next) throw new Error(`The page sent ${m.parts} parts, and ${open.next} arrived.`);
      this.open = null;
      const { summary: _ignored, ...empty } = analyzeClauses([], open.options);
      return { id: m.id, ok: true, output: open.output ?? empty };
    } catch (err) {
      this.open = null;
      return { id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }
}
