import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseCell, restoreCell, toCsv } from '../../../src/core/export';
import { hostileInput, sampleInput } from './make-input';

function rows(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
}

describe('toCsv', () => {
  const csv = toCsv(sampleInput());

  it('starts with a UTF-8 BOM, uses CRLF line ends and ends with one', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('has one complete row per flagged (clause, category)', () => {
    const r = rows(csv);
    expect(r.map((x) => `${x.clause_id}/${x.category}`)).toEqual(['c1/ai_training', 'c2/ai_training', 'c2/content_licence', 'c3/ai_training', 'c4/data_sale']);
    expect(r[3]).toMatchObject({
      url: 'https://www.zoom.us/terms', title: 'Zoom Terms of Service', kind: 'terms', seen_at: '2023-08-07T09:30:00.000Z',
      section: '10.4 Customer License Grant', stance: 'conditional', condition: 'opt_in', severity: 'medium',
      evidence: 'will not use | without your consent', rule: 'ai_training.consent-required', analyser_version: 'test-1',
      tosdr_case: 'This service uses your content to train AI models only with your consent',
    });
    expect(r[3]!.version_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('quotes per RFC 4180: commas, doubled quotes, newlines kept inside the cell', () => {
    const text = 'We may share data, "including" contacts,\r\nand more\nlines.';
    const out = toCsv(hostileInput(text));
    expect(out).toContain('"We may share data, ""including"" contacts,\r\nand more\nlines."');
    expect(rows(out)[0]!.clause_text).toBe(text);
  });

  // Each must come out inert: the cell text starts with a single quote, so no spreadsheet runs it.
  const injections: string[] = [
    '=HYPERLINK("http://evil","x")',
    '+1+cmd|\' /C calc\'!A0',
    '-2+3',
    '@SUM(1,1)',
    '\t=1+1',
    '\r=1+1',
  ];
  it.each(injections)('neutralises a formula cell: %j', (text) => {
    const cell = rows(toCsv(hostileInput(text)))[0]!.clause_text!;
    expect(cell).toBe(`'${text}`);
    expect(rows(toCsv(hostileInput(text)))[0]!.title).toBe(`'${text}`);
  });

  it('the HYPERLINK example appears in the file only in its inert form', () => {
    const out = toCsv(hostileInput('=HYPERLINK("http://evil","x")'));
    expect(out).toContain('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(out).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  const roundTrip: string[] = [
    'Plain clause.',
    '=HYPERLINK("http://evil","x")',
    "'quoted start",
    "'=already prefixed",
    'Zoom may use Customer Content, including for “ML”; see §10.4 — naïve café 中文.',
    'multi\r\nline\nclause',
    '-dash start',
  ];
  it.each(roundTrip)('round-trips through csv-parse after restoreCell: %j', (text) => {
    const cell = rows(toCsv(hostileInput(text)))[0]!.clause_text!;
    expect(restoreCell(cell)).toBe(text);
  });

  it('restoreCell undoes neutraliseCell for any start', () => {
    for (const s of ['', 'a', '=', "'", "''", '@x', '+', ' =x']) expect(restoreCell(neutraliseCell(s))).toBe(s);
  });

  it('an empty analysis gives just the header row', () => {
    const out = toCsv(sampleInput({ analysis: { ...sampleInput().analysis, findings: [] } }));
    expect(out).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
