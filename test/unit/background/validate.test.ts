// Everything a content script sends is checked for shape and size before the background acts on it.
import { describe, expect, it } from 'vitest';
import {
  checkDetection,
  checkPageExtracted,
  checkTabId,
  checkUrl,
  checkWordCount,
} from '../../../src/background/validate';
import { analyzeText } from '../../../src/core/analyze';
import { PAGE_BOUNDS } from '../../../src/core/bounds';
import { packClauses } from '../../../src/core/clause-pack';

function validPayload(): Record<string, unknown> {
  // One clause per line of the text, as the extractor makes them (a clause is a slice of its block, block i is line i).
  const clauses = analyzeText(
    'We may use your content to train our artificial intelligence models. We do not sell your data.',
  ).clauses.map((c, i) => ({
    ...c,
    block: i,
    start: 0,
    end: c.text.length,
    sectionPath: ['1. Terms'],
    section: '1. Terms',
  }));
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
    forced: false,
  };
}

describe('checkPageExtracted', () => {
  it('accepts a well-formed page text', () => {
    const out = checkPageExtracted(validPayload());
    expect(out.document.clauses.length).toBe(2);
    expect(out.detection.kind).toBe('terms');
  });

  it('reads back clauses sent as offsets into the text, as the content script sends them', () => {
    const p = validPayload() as Record<string, any>;
    const clauses = p.document.clauses;
    p.document.clauses = packClauses(p.document.text, clauses);
    expect(p.document.clauses.form).toBe('offsets');
    expect(checkPageExtracted(p).document.clauses).toEqual(checkPageExtracted(validPayload()).document.clauses);
  });

  it("refuses offsets outside the text, and bounds a forged section tree's depth", () => {
    const p = validPayload() as Record<string, any>;
    p.document.clauses = { form: 'offsets', parents: [-1], labels: ['x'], spans: [0, p.document.text.length + 1, 0] };
    expect(() => checkPageExtracted(p)).toThrow(/Message refused/);
    const deep = 5_000;
    p.document.clauses = {
      form: 'offsets',
      parents: Array.from({ length: deep }, (_, i) => i - 1),
      labels: Array.from({ length: deep }, (_, i) => `h${i}`),
      spans: [0, 5, deep - 1],
    };
    const [c0] = checkPageExtracted(p).document.clauses;
    expect(c0!.sectionPath).toHaveLength(PAGE_BOUNDS.sectionDepth);
    expect(c0!.sectionPath[PAGE_BOUNDS.sectionDepth - 1]).toBe(`h${deep - 1}`);
  });

  it('passes on no analysis, summary or grade the page sends: the background analyses and grades itself', () => {
    const p = { ...validPayload(), analysis: { findings: [], summary: { grade: 'A', score: 100 } } };
    expect(checkPageExtracted(p)).not.toHaveProperty('analysis');
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
      'url as array',
      (p) => {
        p.url = ['https://example.com/terms'];
      },
    ],
  ];
  it.each(mutations)('refuses %s', (_name, mutate) => {
    const p = validPayload();
    mutate(p);
    expect(() => checkPageExtracted(p)).toThrow(/Message refused/);
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
    p.detection.reasons = Array.from({ length: 80 }, () => long(1_000));
    const out = checkPageExtracted(p);
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
    expect(out.detection.reasons.length).toBeLessThanOrEqual(PAGE_BOUNDS.reasons);
    for (const r of out.detection.reasons) expect(r.length).toBeLessThanOrEqual(PAGE_BOUNDS.reason);
  });

  it('cuts an over-long text, and drops the clauses past the bound', () => {
    const p = validPayload() as Record<string, any>;
    p.document.text = 'x'.repeat(PAGE_BOUNDS.text + 10);
    const [first, second] = p.document.clauses;
    p.document.clauses = [
      first,
      ...Array.from({ length: PAGE_BOUNDS.clauses - 2 }, (_, i) => ({ ...first, id: `f${i}` })),
      second,
      { ...second, id: 'past-the-bound' },
    ];
    const out = checkPageExtracted(p);
    expect(out.document.text.length).toBe(PAGE_BOUNDS.text);
    expect(out.document.clauses).toHaveLength(PAGE_BOUNDS.clauses);
    expect(out.document.clauses.map((c) => c.id)).not.toContain('past-the-bound');
    // The report says it is of the page's start.
    expect(out.pageCut).toEqual({ chars: PAGE_BOUNDS.text, clauses: PAGE_BOUNDS.clauses });
  });

  it('marks a page as cut when only its clauses pass the bound, and a page within the bounds as whole', () => {
    expect(checkPageExtracted(validPayload()).pageCut).toBeNull();
    const p = validPayload() as Record<string, any>;
    const [first] = p.document.clauses;
    p.document.clauses = Array.from({ length: PAGE_BOUNDS.clauses + 1 }, (_, i) => ({ ...first, id: `c${i}` }));
    expect(checkPageExtracted(p).pageCut).toEqual({ chars: p.document.text.length, clauses: PAGE_BOUNDS.clauses });
  });

  it('drops unknown extra fields instead of passing them on', () => {
    const p = validPayload();
    (p as Record<string, unknown>).__proto_pollution__ = { admin: true };
    const out = checkPageExtracted(p) as unknown as Record<string, unknown>;
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
  it("passes a non-legal page's verdict, refuses an unknown one, and drops one on a legal page", () => {
    const other = { kind: 'other', isLegal: false, confidence: 0.9, reasons: [] };
    expect(checkDetection({ ...other, verdict: 'too_short' }).verdict).toBe('too_short');
    expect(checkDetection({ ...other, verdict: 'not_legal' }).verdict).toBe('not_legal');
    expect(checkDetection(other)).not.toHaveProperty('verdict');
    expect(() => checkDetection({ ...other, verdict: 'tiny' })).toThrow();
    expect(
      checkDetection({ kind: 'terms', isLegal: true, confidence: 1, reasons: [], verdict: 'too_short' }),
    ).not.toHaveProperty('verdict');
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
  it('accepts only non-negative whole word counts', () => {
    expect(checkWordCount(0)).toBe(0);
    expect(checkWordCount(7388)).toBe(7388);
    for (const bad of [-1, 2.5, Number.NaN, Infinity, '12', null]) expect(() => checkWordCount(bad)).toThrow();
  });
});

describe('clause context and roles', () => {
  it('keeps a clause\u2019s lead-ins, table context and role, bounded', () => {
    const p = validPayload() as Record<string, any>;
    Object.assign(p.document.clauses[0], {
      leads: ['x'.repeat(PAGE_BOUNDS.lead * 2), ...Array.from({ length: 10 }, (_, i) => `lead ${i}:`)],
      columnHeader: 'h'.repeat(PAGE_BOUNDS.heading * 2),
      rowLabel: 'Chats',
      role: 'pointer',
    });
    const out = checkPageExtracted(p);
    const c = out.document.clauses[0]!;
    expect(c.leads).toHaveLength(PAGE_BOUNDS.leadDepth);
    expect(c.leads!.at(-1)).toBe('lead 9:');
    expect(c.columnHeader!.length).toBe(PAGE_BOUNDS.heading);
    expect(c.rowLabel).toBe('Chats');
    expect(c.role).toBe('pointer');
  });

  it.each([
    ['leads as a string', (p: Record<string, any>) => (p.document.clauses[0].leads = 'x')],
    ['a lead that is no string', (p: Record<string, any>) => (p.document.clauses[0].leads = [1])],
    ['an unknown clause role', (p: Record<string, any>) => (p.document.clauses[0].role = 'gossip')],
  ])('refuses %s', (_name, mutate) => {
    const p = validPayload() as Record<string, any>;
    mutate(p);
    expect(() => checkPageExtracted(p)).toThrow(/Message refused/);
  });
});
