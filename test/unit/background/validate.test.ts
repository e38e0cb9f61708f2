// Everything a content script sends is checked for shape and size before the background acts on it.
import { describe, expect, it } from 'vitest';
import { checkDetection, checkPageAnalysed, checkTabId, checkUrl } from '../../../src/background/validate';
import { analyzeText } from '../../../src/core/analyze';
import { PAGE_BOUNDS } from '../../../src/core/bounds';

function validPayload(): Record<string, unknown> {
  const { clauses, ...analysis } = analyzeText(
    'We may use your content to train our artificial intelligence models. We do not sell your data.',
  );
  return {
    url: 'https://example.com/terms',
    title: 'Terms',
    detection: { kind: 'terms', isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] },
    document: {
      url: 'https://example.com/terms',
      title: 'Terms',
      lang: 'en',
      text: clauses.map((c) => c.text).join('\n'),
      wordCount: 16,
      clauses,
    },
    analysis,
    forced: false,
  };
}

describe('checkPageAnalysed', () => {
  it('accepts a well-formed report and keeps its findings', () => {
    const out = checkPageAnalysed(validPayload());
    expect(out.analysis.findings.length).toBeGreaterThan(0);
    expect(out.document.clauses.length).toBe(2);
  });

  const mutations: Array<[string, (p: Record<string, any>) => void]> = [
    [
      'not an object',
      (p) => {
        for (const k of Object.keys(p)) delete p[k];
      },
    ],
    [
      'javascript: url',
      (p) => {
        p.url = 'javascript:alert(1)';
      },
    ],
    [
      'unknown kind',
      (p) => {
        p.detection.kind = 'evil';
      },
    ],
    [
      'unknown category',
      (p) => {
        p.analysis.findings[0].category = 'mind_control';
      },
    ],
    [
      'unknown stance',
      (p) => {
        p.analysis.findings[0].stance = 'maybe';
      },
    ],
    [
      'finding for a clause that does not exist',
      (p) => {
        p.analysis.findings[0].clauseId = 'c999';
      },
    ],
    [
      'duplicate clause ids',
      (p) => {
        p.document.clauses[1].id = p.document.clauses[0].id;
      },
    ],
    [
      'clause text as object',
      (p) => {
        p.document.clauses[0].text = { toString: () => 'x' };
      },
    ],
    [
      'title as number',
      (p) => {
        p.title = 42;
      },
    ],
    [
      'document title missing',
      (p) => {
        delete p.document.title;
      },
    ],
    [
      'section path not a list',
      (p) => {
        p.document.clauses[0].sectionPath = 'a › b';
      },
    ],
    [
      'section as object',
      (p) => {
        p.document.clauses[0].section = {};
      },
    ],
    [
      'evidence not a list',
      (p) => {
        p.analysis.findings[0].evidence = 'x';
      },
    ],
    [
      'evidence entry as number',
      (p) => {
        p.analysis.findings[0].evidence = [1];
      },
    ],
    [
      'url as array',
      (p) => {
        p.url = ['https://example.com/terms'];
      },
    ],
    [
      'bad grade',
      (p) => {
        p.analysis.summary.grade = 'F';
      },
    ],
    [
      'NaN score',
      (p) => {
        p.analysis.summary.score = Number.NaN;
      },
    ],
  ];
  it.each(mutations)('refuses %s', (_name, mutate) => {
    const p = validPayload();
    mutate(p);
    expect(() => checkPageAnalysed(p)).toThrow(/Message refused/);
  });

  // The page decides these values: a long one is cut to its bound, and the report is kept.
  it('truncates over-long page strings instead of refusing the report', () => {
    const p = validPayload() as Record<string, any>;
    const long = (n: number): string => 'Terms '.repeat(Math.ceil(n / 6)).slice(0, n);
    p.title = long(5_000);
    p.document.title = long(5_000);
    p.url = `https://example.com/terms?q=${'a'.repeat(20_000)}`;
    p.document.url = p.url;
    p.document.clauses[0].section = long(5_000);
    p.document.clauses[0].sectionPath = Array.from({ length: 40 }, (_, i) => `${i} ${long(3_000)}`);
    p.document.clauses[1].text = long(PAGE_BOUNDS.clauseText + 500);
    p.document.clauses[1].end = p.document.clauses[1].start + p.document.clauses[1].text.length;
    p.analysis.findings[0].evidence = Array.from({ length: 40 }, () => long(5_000));
    p.detection.reasons = Array.from({ length: 80 }, () => long(1_000));
    const out = checkPageAnalysed(p);
    expect(out.title.length).toBeLessThanOrEqual(PAGE_BOUNDS.title);
    expect(out.title.startsWith('Terms Terms')).toBe(true);
    expect(out.document.title.length).toBeLessThanOrEqual(PAGE_BOUNDS.title);
    expect(out.url.length).toBeLessThanOrEqual(PAGE_BOUNDS.url);
    expect(new URL(out.url).origin).toBe('https://example.com');
    expect(out.document.url).toBe(out.url);
    const [c0, c1] = out.document.clauses;
    expect(c0!.section.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
    expect(c0!.sectionPath).toHaveLength(PAGE_BOUNDS.sectionDepth);
    // The innermost headings say most about the clause: those are kept.
    expect(c0!.sectionPath[c0!.sectionPath.length - 1]!.startsWith('39 ')).toBe(true);
    for (const h of c0!.sectionPath) expect(h.length).toBeLessThanOrEqual(PAGE_BOUNDS.heading);
    expect(c1!.text.length).toBe(PAGE_BOUNDS.clauseText);
    expect(c1!.end - c1!.start).toBe(PAGE_BOUNDS.clauseText);
    const evidence = out.analysis.findings[0]!.evidence;
    expect(evidence.length).toBeLessThanOrEqual(PAGE_BOUNDS.evidenceItems);
    for (const e of evidence) expect(e.length).toBeLessThanOrEqual(PAGE_BOUNDS.evidence);
    expect(out.detection.reasons.length).toBeLessThanOrEqual(PAGE_BOUNDS.reasons);
    for (const r of out.detection.reasons) expect(r.length).toBeLessThanOrEqual(PAGE_BOUNDS.reason);
  });

  it('cuts an over-long text, and drops the clauses past the bound with their findings', () => {
    const p = validPayload() as Record<string, any>;
    p.document.text = 'x'.repeat(PAGE_BOUNDS.text + 10);
    const [first, second] = p.document.clauses;
    p.document.clauses = [
      first,
      ...Array.from({ length: PAGE_BOUNDS.clauses - 2 }, (_, i) => ({ ...first, id: `f${i}` })),
      second,
      { ...second, id: 'past-the-bound' },
    ];
    p.analysis.findings = [...p.analysis.findings, { ...p.analysis.findings[0], clauseId: 'past-the-bound' }];
    const out = checkPageAnalysed(p);
    expect(out.document.text.length).toBe(PAGE_BOUNDS.text);
    expect(out.document.clauses).toHaveLength(PAGE_BOUNDS.clauses);
    expect(out.analysis.findings.map((f) => f.clauseId)).not.toContain('past-the-bound');
    expect(out.analysis.findings.length).toBe(p.analysis.findings.length - 1);
  });

  it('still refuses a finding for a clause that was never sent, even past the bound', () => {
    const p = validPayload() as Record<string, any>;
    p.document.clauses = Array.from({ length: PAGE_BOUNDS.clauses + 1 }, (_, i) => ({
      ...p.document.clauses[0],
      id: `f${i}`,
    }));
    p.analysis.findings = [{ ...p.analysis.findings[0], clauseId: 'never-sent' }];
    expect(() => checkPageAnalysed(p)).toThrow(/Message refused/);
  });

  it('drops unknown extra fields instead of passing them on', () => {
    const p = validPayload();
    (p as Record<string, unknown>).__proto_pollution__ = { admin: true };
    const out = checkPageAnalysed(p) as unknown as Record<string, unknown>;
    expect(out.__proto_pollution__).toBeUndefined();
  });
});

describe('small checks', () => {
  it('clamps confidence and refuses junk detections', () => {
    expect(checkDetection({ kind: 'privacy', isLegal: true, confidence: 7, reasons: [] }).confidence).toBe(1);
    expect(() => checkDetection({ kind: 'privacy', isLegal: 'yes', confidence: 1, reasons: [] })).toThrow();
    expect(
      checkDetection({
        kind: 'privacy',
        isLegal: true,
        confidence: 1,
        reasons: Array(PAGE_BOUNDS.reasons + 1).fill('r'),
      }).reasons,
    ).toHaveLength(PAGE_BOUNDS.reasons);
    expect(() => checkDetection({ kind: 'privacy', isLegal: true, confidence: 1, reasons: 'r' })).toThrow();
    expect(() => checkDetection({ kind: 'privacy', isLegal: true, confidence: 1, reasons: [{}] })).toThrow();
  });
  it('accepts only web and file URLs, cutting long ones to the bound', () => {
    expect(checkUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(checkUrl(`https://a.example/${'x'.repeat(PAGE_BOUNDS.url * 2)}`)).toHaveLength(PAGE_BOUNDS.url);
    expect(() => checkUrl(42)).toThrow();
    expect(() => checkUrl('chrome://settings')).toThrow();
    expect(() => checkUrl('not a url')).toThrow();
  });
  it('accepts only non-negative integer tab ids', () => {
    expect(checkTabId({ tabId: 3 })).toBe(3);
    for (const bad of [{ tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, null]) expect(() => checkTabId(bad)).toThrow();
  });
});

describe('clause context and roles', () => {
  it('keeps a clause\u2019s lead-ins, table context and role, bounded, and a finding\u2019s mention role', () => {
    const p = validPayload() as Record<string, any>;
    Object.assign(p.document.clauses[0], {
      leads: ['x'.repeat(PAGE_BOUNDS.lead * 2), ...Array.from({ length: 10 }, (_, i) => `lead ${i}:`)],
      columnHeader: 'h'.repeat(PAGE_BOUNDS.heading * 2),
      rowLabel: 'Chats',
      role: 'pointer',
    });
    p.analysis.findings[0].role = 'pointer';
    const out = checkPageAnalysed(p);
    const c = out.document.clauses[0]!;
    expect(c.leads).toHaveLength(PAGE_BOUNDS.leadDepth);
    expect(c.leads!.at(-1)).toBe('lead 9:');
    expect(c.columnHeader!.length).toBe(PAGE_BOUNDS.heading);
    expect(c.rowLabel).toBe('Chats');
    expect(c.role).toBe('pointer');
    expect(out.analysis.findings[0]!.role).toBe('pointer');
  });

  it.each([
    ['leads as a string', (p: Record<string, any>) => (p.document.clauses[0].leads = 'x')],
    ['a lead that is no string', (p: Record<string, any>) => (p.document.clauses[0].leads = [1])],
    ['an unknown clause role', (p: Record<string, any>) => (p.document.clauses[0].role = 'gossip')],
    ['a finding role that is no mention', (p: Record<string, any>) => (p.analysis.findings[0].role = 'operative')],
  ])('refuses %s', (_name, mutate) => {
    const p = validPayload() as Record<string, any>;
    mutate(p);
    expect(() => checkPageAnalysed(p)).toThrow(/Message refused/);
  });
});
