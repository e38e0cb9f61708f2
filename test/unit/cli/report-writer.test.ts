// The incremental writers of `termwatch analyze`: each document's report is on the output as soon as it is added,
// what is written so far is always a readable prefix, and the finished output is what a write-at-the-end would give.
import { describe, expect, it } from 'vitest';
import { toCsvMany, toMarkdown, toReportJson } from '../../../src/core/export';
import { reportChunk, type AnalyzeFormat } from '../../../src/cli/batch/report-chunk';
import { createReportWriter } from '../../../src/cli/batch/report-writer';
import type { AnalysedFile } from '../../../src/cli/pipeline';
import { sampleInput } from '../export/make-input';

const docs = ['a', 'b', 'c'].map(
  (name) => ({ input: sampleInput({ url: `https://example.com/${name}`, title: `Terms ${name}` }) }) as AnalysedFile,
);
const reports = docs.map((d) => toReportJson(d.input));

/** Writes docs through the writer, keeping a snapshot of the output after each step. */
function writeAll(
  format: AnalyzeFormat,
  several: boolean,
  files = docs,
): { out: string; afterOpen: string; afterEach: string[] } {
  let out = '';
  const writer = createReportWriter(format, several, (t) => void (out += t));
  const afterOpen = out;
  const afterEach = files.map((d) => {
    writer.add(reportChunk(format, d));
    return out;
  });
  writer.end();
  return { out, afterOpen, afterEach };
}

describe('JSON array, written element by element', () => {
  it('finishes byte for byte as JSON.stringify(all, null, 2)', () => {
    expect(writeAll('json', true).out).toBe(`${JSON.stringify(reports, null, 2)}\n`);
  });

  it('opens the array at once, and after each element the output is whole elements short of a "]"', () => {
    const { afterOpen, afterEach } = writeAll('json', true);
    expect(afterOpen).toBe('[');
    afterEach.forEach((partial, i) => {
      // A run killed here leaves exactly the documents done so far.
      expect(JSON.parse(`${partial}\n]`)).toEqual(reports.slice(0, i + 1));
    });
  });

  it('no document succeeded: still valid JSON, an empty array', () => {
    expect(writeAll('json', true, []).out).toBe('[]\n');
  });

  it('one input file: one object, as before', () => {
    const { out } = writeAll('json', false, docs.slice(0, 1));
    expect(JSON.parse(out)).toEqual(reports[0]);
  });
});

describe('ndjson', () => {
  it('one complete JSON line per document, written as each is added', () => {
    const { afterOpen, afterEach, out } = writeAll('ndjson', true);
    expect(afterOpen).toBe('');
    afterEach.forEach((partial, i) => {
      expect(partial.endsWith('\n')).toBe(true);
      expect(
        partial
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l) as unknown),
      ).toEqual(reports.slice(0, i + 1));
    });
    expect(out.split('\n')).toHaveLength(docs.length + 1);
  });

  it('is the same for one file as for several', () => {
    expect(writeAll('ndjson', false, docs.slice(0, 1)).out).toBe(`${JSON.stringify(reports[0])}\n`);
  });
});

describe('csv, md, text', () => {
  it('csv: the header once, first (also when nothing follows), then each document’s rows; as toCsvMany', () => {
    const { afterOpen, out } = writeAll('csv', true);
    expect(afterOpen).toBe(toCsvMany([]));
    expect(out).toBe(toCsvMany(docs.map((d) => d.input)));
    expect(writeAll('csv', true, []).out).toBe(toCsvMany([]));
  });

  it('md: each document’s section as it comes, a blank line between', () => {
    const { afterEach, out } = writeAll('md', true);
    expect(afterEach[0]).toBe(toMarkdown(docs[0]!.input));
    expect(out).toBe(docs.map((d) => toMarkdown(d.input)).join('\n'));
  });
});
