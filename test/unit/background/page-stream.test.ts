// The background's side of a page sent in parts: each part is checked as it comes and passed on to the analysis, and
// the report at the end is the one the page sent whole gets. A part lost, out of order, or a wrong count at the end is
// refused and the analysis dropped: never a shorter report given as complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/shared/tab-state';
import type { PartBase, StoredClauses } from '../../../src/core/clause-pack';
import type { Clause, Finding } from '../../../src/core/types';

const session = vi.hoisted(() => new Map<string, unknown>());
const streams = vi.hoisted(() => ({ opened: 0, cancelled: 0 }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'termwatch-id', getURL: (p: string) => `chrome-extension://termwatch-id/${p}` },
    storage: {
      session: {
        get: async (k: string) => (session.has(k) ? { [k]: structuredClone(session.get(k)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
        },
      },
      local: { get: async () => ({}), set: async () => undefined },
    },
    action: {
      setBadgeText: async () => undefined,
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
  },
}));
// The analysis as the worker runs it (whole, or streamed: streamed-analysis.ts), in this process.
vi.mock('../../../src/background/analysis-host', async () => {
  const { analyseInProcess } = await import('../../support/in-process-analysis');
  const { StreamedAnalysis } = await import('../../../src/analysis/streamed-analysis');
  return {
    analysisHost: () => ({
      warm: () => undefined,
      analyse: analyseInProcess,
      open: (options: never) => {
        streams.opened++;
        const worker = new StreamedAnalysis();
        worker.handle({ id: 1, kind: 'open', options });
        let failed: unknown = null;
        return {
          add: (part: never) => {
            const reply = worker.handle({ id: 1, kind: 'part', part });
            if (reply && !('done' in reply)) failed ??= reply;
          },
          end: async (parts: number) => {
            const reply = failed ?? worker.handle({ id: 1, kind: 'end', parts });
            if (!reply || !(reply as { ok: boolean }).ok) throw new Error((reply as { error: string }).error);
            return (reply as { output: unknown }).output;
          },
          cancel: () => {
            streams.cancelled++;
          },
        };
      },
    }),
  };
});
vi.mock('../../../src/background/history-sync', () => ({ recordVersion: async () => null }));
// Smaller page bounds, so a page over them is quick to make (the Zoom terms are well within them).
vi.mock('../../../src/core/bounds', async (original) => {
  const bounds = await original<typeof import('../../../src/core/bounds')>();
  return { ...bounds, PAGE_BOUNDS: { ...bounds.PAGE_BOUNDS, text: 200_000, clauses: 2_000 } };
});

const { backgroundHandlers, pageStream } = await import('../../../src/background/handlers');
const { emptyTabState } = await import('../../../src/shared/tab-state');
const { extractDocument, extractDocumentInSlices } = await import('../../../src/core/extract');
const { analyzeClauses } = await import('../../../src/core/analyze');
const { packClauses, packClausesSteps } = await import('../../../src/core/clause-pack');
const { parseSource } = await import('../../../src/cli/source');

const URL_ = 'https://explore.zoom.us/en/terms/';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const sender = { id: 'termwatch-id', tab, url: URL_, frameId: 0 } as never;
const detection = { kind: 'terms', isLegal: true, confidence: 0.9, reasons: ['URL path /terms'] };
const file = join(__dirname, '..', '..', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md');

/** The page as the content script sends it: the head, the parts (packed), and the whole document. */
async function sentPage() {
  const doc = parseSource(readFileSync(file, 'utf8'), 'zoom.md').doc;
  doc.title = 'Zoom Terms of Service';
  let head: unknown = null;
  const parts: unknown[] = [];
  const { document } = await extractDocumentInSlices(
    doc,
    URL_,
    { sliceMs: 1000 },
    {
      partClauses: 80,
      onHead: (h) => {
        head = { url: URL_, title: 'Zoom', detection, document: h, forced: false, keep: false };
      },
      *onPart(p) {
        const base = { clause: p.clause, block: p.block };
        parts.push({ seq: p.seq, base, text: p.text, clauses: yield* packClausesSteps(p.text, p.clauses, base) });
      },
    },
  );
  return { head, parts, document };
}

const state = (): TabState => session.get('tab:7') as TabState;

beforeEach(() => {
  session.clear();
  session.set('tab:7', emptyTabState(7, URL_, 'analysing'));
  streams.opened = 0;
  streams.cancelled = 0;
});

describe('a page sent in parts', () => {
  it('gets the report the page sent whole gets', async () => {
    const { head, parts, document } = await sentPage();
    expect(parts.length).toBeGreaterThan(2);
    const whole = await backgroundHandlers['page-extracted'](
      {
        ...(head as object),
        document: { ...document, clauses: packClauses(document.text, document.clauses) },
      } as never,
      sender,
    );
    const report = state();
    session.set('tab:7', emptyTabState(7, URL_, 'analysing'));
    const handler = pageStream(sender);
    handler.head(head);
    for (const p of parts) handler.part(p);
    const streamed = await handler.end(parts.length, document.wordCount);
    expect(streams.opened).toBe(1);
    expect(streamed).toEqual(whole);
    expect((streamed as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect({ ...state(), seenAt: 0 }).toEqual({ ...report, seenAt: 0 });
    expect(state().pageCut).toBeNull();
  });

  it('refuses a part that is lost or out of order, and a wrong count at the end', async () => {
    const { head, parts } = await sentPage();
    const lost = pageStream(sender);
    lost.head(head);
    lost.part(parts[0]);
    expect(() => lost.part(parts[2])).toThrow(/part 2 came where part 1 was due/);
    const short = pageStream(sender);
    short.head(head);
    short.part(parts[0]);
    expect(() => short.end(parts.length, 1)).toThrow(/arrived/);
    const forged = pageStream(sender);
    forged.head(head);
    expect(() => forged.part({ ...(parts[0] as object), base: { clause: 5, block: 0 } })).toThrow(/was due/);
    expect(state().status).toBe('analysing');
  });

  it('cuts the part that crosses the text bound, as a page sent whole is cut, and never gives an empty report', async () => {
    const filler = `${'x'.repeat(89_999)}.`;
    const page = pageStream(sender);
    page.head(BIG_HEAD);
    page.part(partOf(0, 0, 0, [filler]));
    // Past the bound in its third line: its first two lines are kept.
    page.part(partOf(1, 1, 1, [...POLICY, filler, filler]));
    const streamed = (await page.end(2, 100_000)) as { status: string; findings: unknown[] };
    expect(streamed.status).toBe('analysed');
    expect(streamed.findings.length).toBeGreaterThan(0);
    // The report says it is of the page's start, and how much of it.
    expect(state().pageCut).toEqual({ chars: expect.any(Number), clauses: expect.any(Number) });
    expect(state().pageCut!.chars).toBeLessThanOrEqual(200_000);
    // Text, then clauses only past the bound: nothing of the page is kept, so no report rather than an empty one.
    const none = pageStream(sender);
    none.head(BIG_HEAD);
    const text = 'y'.repeat(90_000);
    none.part({ seq: 0, base: { clause: 0, block: 0 }, text, clauses: packClauses(text, []) });
    const { list } = partOf(1, 0, 2, POLICY);
    const over = [`${'x'.repeat(150_000)}.`, ...POLICY].join('\n');
    const base = { clause: 0, block: 1 };
    none.part({ seq: 1, base, text: over, clauses: packClauses(over, list, base) });
    expect(() => none.end(2, 100_000)).toThrow(/text bound/);
  });

  it('reads a page over the clause bound up to it, and still checks the parts after it', async () => {
    const page = pageStream(sender);
    page.head(BIG_HEAD);
    const parts = Array.from({ length: 7 }, (_, seq) =>
      partOf(
        seq,
        seq * 450,
        seq * 450,
        Array.from({ length: 450 }, (_, i) => `Clause ${seq * 450 + i} says nothing at all.`),
      ),
    );
    for (const p of parts.slice(0, 6)) page.part(p);
    expect(() => page.part({ ...parts[6]!, base: { clause: 2_000, block: parts[6]!.base.block } })).toThrow(
      /starts at clause 2000, block 2700, where clause 2700, block 2700 was due/,
    );
    page.part(parts[6]);
    expect(((await page.end(7, 100_000)) as { status: string }).status).toBe('analysed');
    expect(state().pageCut).toMatchObject({ clauses: 2_000 });
  });

  it("refuses a part whose text is over the page's text bound before reading it", () => {
    const page = pageStream(sender);
    page.head(BIG_HEAD);
    expect(() => page.part(partOf(0, 0, 0, [`${'x'.repeat(200_000)}.`]))).toThrow(/bad part/);
  });
});

const BIG_HEAD = {
  url: URL_,
  title: 'Acme Terms',
  detection,
  document: { url: URL_, title: 'Acme Terms', lang: 'en' },
  forced: false,
  keep: false,
};
const POLICY = [
  'We sell your personal information to data brokers.',
  'You grant us a perpetual, irrevocable licence to use your content to train our AI models.',
];

interface SentPart {
  seq: number;
  base: PartBase;
  text: string;
  clauses: StoredClauses;
  /** The clauses unpacked (ignored by the background). */
  list: Clause[];
}

/** A part of one clause per line (block), numbered from `clause` and `block`. */
function partOf(seq: number, clause: number, block: number, lines: string[]): SentPart {
  const text = lines.join('\n');
  const list = lines.map((line, i) => ({
    id: `c${clause + i}`,
    block: block + i,
    start: 0,
    end: line.length,
    text: line,
    sectionPath: [],
    section: '',
  }));
  const base = { clause, block };
  return { seq, base, text, clauses: packClauses(text, list, base), list };
}

describe('a page sent in parts that part inside a section', () => {
  // GUIDE D13a: the safeguard and the transfer name no recipient; the unit before them in their section does. A part
  // that starts between them must read them as the page sent whole does: the background hands each part what the
  // page's units before it established about its section (StreamPart.before).
  const markdown = [
    '# Acme Privacy Policy',
    'Acme makes tools for teams.',
    '## International transfers',
    'We share your personal information with our service providers and affiliates.',
    'We rely on standard contractual clauses to transfer your information.',
    'Such information may be transferred to other countries around the world.',
    '## Contact',
    'Write to us at the address below.',
  ].join('\n\n');
  const { document } = extractDocument(parseSource(markdown, 'acme.md').doc, URL_);
  const head = { ...BIG_HEAD, document: { url: URL_, title: 'Acme Terms', lang: document.lang } };
  /** The page in two parts, the second from the block of the first unit that names no recipient. */
  const split = document.clauses.find((c) => c.text.startsWith('We rely'))!;
  const lines = document.text.split('\n');
  const firstClauses = document.clauses.filter((c) => c.block < split.block);
  const parts = [
    { lines: lines.slice(0, split.block), clauses: firstClauses, base: { clause: 0, block: 0 } },
    {
      lines: lines.slice(split.block),
      clauses: document.clauses.filter((c) => c.block >= split.block),
      base: { clause: firstClauses.length, block: split.block },
    },
  ].map((p, seq) => {
    const text = p.lines.join('\n');
    return { seq, base: p.base, text, clauses: packClauses(text, p.clauses, p.base) };
  });
  const sharing = (findings: readonly Finding[]): string[] =>
    findings
      .filter((f) => f.category === 'data_sharing')
      .map((f) => `${document.clauses.find((c) => c.id === f.clauseId)!.text.slice(0, 12)} ${f.stance}`);

  it('gets the report the page sent whole gets, the section read with its earlier units', async () => {
    const whole = (await backgroundHandlers['page-extracted'](
      { ...head, document: { ...document, clauses: packClauses(document.text, document.clauses) } } as never,
      sender,
    )) as { findings: Finding[] };
    expect(sharing(whole.findings)).toEqual(['We share you grant', 'We rely on s restrict', 'Such informa grant']);
    session.set('tab:7', emptyTabState(7, URL_, 'analysing'));
    const page = pageStream(sender);
    page.head(head);
    for (const p of parts) page.part(p);
    expect(await page.end(parts.length, document.wordCount)).toEqual(whole);
  });

  it('would lose them if the part were read without what the units before it established', () => {
    const { summary: _summary, ...alone } = analyzeClauses(
      document.clauses.filter((c) => c.block >= split.block),
      { lang: 'en', sensitivity: 'every' },
    );
    // The transfer is no sharing at all, and the safeguard is not read as a limit on the section's recipients (the
    // weak "transfer your information" may still read it alone, as a safeguard).
    const sectionRules = alone.findings.filter((f) => /-in-section$/.test(f.rule)).map((f) => f.rule);
    expect(sectionRules).toEqual([]);
    expect(sharing(alone.findings)).not.toContain('Such informa grant');
  });
});

describe('a page sent in parts whose denial of sale comes in a later part', () => {
  // GUIDE S1: the right to opt out of sale (first part) explains the law where the page says, further on (second
  // part), that the service does not sell. What reads the whole document runs once all its findings are in.
  const RIGHT = 'California residents may opt out of the sale of their Personal Information.';
  const DENIAL = 'We do not sell your personal information.';
  const parts = [partOf(0, 0, 0, [RIGHT]), partOf(1, 1, 1, [DENIAL])];
  const sale = (): string[] =>
    (state().analysis?.findings ?? [])
      .filter((f) => f.category === 'data_sale')
      .map((f) => `${f.clauseId} ${f.condition ?? f.stance}${f.role ? ` ${f.role}` : ''}`);

  it('reads the right as an explanation, as the page sent whole does', async () => {
    const page = pageStream(sender);
    page.head(BIG_HEAD);
    for (const { list: _list, ...p } of parts) page.part(p);
    await page.end(parts.length, 400);
    expect(sale()).toEqual(['c0 opt_out explanation', 'c1 restrict']);
    const streamed = state();
    session.set('tab:7', emptyTabState(7, URL_, 'analysing'));
    const text = [RIGHT, DENIAL].join('\n');
    const clauses = parts.flatMap((p) => p.list);
    await backgroundHandlers['page-extracted'](
      {
        ...BIG_HEAD,
        document: { ...BIG_HEAD.document, text, wordCount: 400, clauses: packClauses(text, clauses) },
      } as never,
      sender,
    );
    expect({ ...state(), seenAt: 0 }).toEqual({ ...streamed, seenAt: 0 });
  });
});
