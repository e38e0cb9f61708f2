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
    expect(r.map((x) => `${x.clause_id}/${x.category}`)).toEqual([
      'c1/ai_training',
      'c2/ai_training',
      'c2/content_licence',
      'c3/ai_training',
      'c4/data_sale',
    ]);
    expect(r[3]).toMatchObject({
      url: 'https://www.zoom.us/terms',
      title: 'Zoom Terms of Service',
      kind: 'terms',
      seen_at: '2023-08-07T09:30:00.000Z',
      section: '10.4 Customer License Grant',
      stance: 'conditional',
      condition: 'opt_in',
      severity: 'medium',
      evidence: 'will not use | without your consent',
      rule: 'ai_training.consent-required',
      analyser_version: 'test-1',
      tosdr_case: 'This service uses your content to train AI models only with your consent',
    });
    expect(r[3]!.version_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('quotes per RFC 4180: commas, doubled quotes, newlines kept inside the cell (a CRLF inside as LF)', () => {
    const text = 'We may share data, "including" contacts,\r\nand more\nlines.';
    const out = toCsv(hostileInput(text));
    expect(out).toContain('"We may share data, ""including"" contacts,\nand more\nlines."');
    expect(rows(out)[0]!.clause_text).toBe('We may share data, "including" contacts,\nand more\nlines.');
  });

  // Each must come out inert: the cell text starts with a single quote, so no spreadsheet runs it. Leading blanks
  // do not help: LibreOffice (and Excel on import with trimming) drop them and then read the formula.
  // A CR is written as LF (see the control-character test), so '\r=1+1' comes back as '\n=1+1'.
  const injections: string[] = [
    '=HYPERLINK("http://evil","x")',
    "+1+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(1,1)',
    '\t=1+1',
    '\r=1+1',
    ' =1+1',
    '   @SUM(1,1)',
    '\u00a0=1+1',
    ' \t -2+3',
    '\n+1',
  ];
  it.each(injections)('neutralises a formula cell: %j', (text) => {
    const written = text.replace(/\r\n?/g, '\n');
    const cell = rows(toCsv(hostileInput(text)))[0]!.clause_text!;
    expect(cell).toBe(`'${written}`);
    expect(rows(toCsv(hostileInput(text)))[0]!.title).toBe(`'${written}`);
  });

  // Readers that split on ";" (Excel in many locales) or on tabs must not see a cell break apart.
  const separators: string[] = ['a;b', 'a\tb', 'say "hi"', 'a,b', 'line\nbreak'];
  it.each(separators)('quotes a cell containing a separator: %j', (text) => {
    const out = toCsv(hostileInput(text));
    expect(out).toContain(`,"${text.replace(/"/g, '""')}",`);
    expect(rows(out)[0]!.clause_text).toBe(text);
  });

  it('strips control characters and whole escape sequences from page text, keeping tabs and line breaks', () => {
    const text =
      'Terms\u001b[31m red\u001b[0m\u001b]0;pwned\u0007 apply\u009b2J\u007f\u0000 to\u0085 all\u001b(B,\tok\r\nnext\rline';
    const out = toCsv(hostileInput(text));
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(rows(out)[0]!.clause_text).toBe('Terms red apply to all,\tok\nnext\nline');
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
    'multi\nline\nclause',
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
