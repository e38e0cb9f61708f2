// What Termwatch painted, read from the extension's own isolated world (over CDP), where a page's scripts cannot
// look: the highlighted clauses, their findings and where they are. And the accessibility tree, which is built from
// the composed tree and so shows the navigator and card inside the closed shadow root, as assistive technology sees them.
import type { CDPSession, Page } from 'playwright-core';
import { liveWorker, type ExtensionBrowser } from './harness';

export interface PaintedClause {
  id: string;
  text: string;
  /** The report's findings on this clause (from the background's tab state: see withFindings). */
  findings: Array<{ category: string; stance: string }>;
  /** Viewport rectangle of the clause's first painted piece. */
  rect: { top: number; bottom: number; left: number; right: number; width: number; height: number };
}

export interface Painted {
  /** null: nothing painted (highlights off, or not yet). */
  mode: 'highlight-api' | 'elements' | null;
  count: number;
  clauses: PaintedClause[];
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
}

export interface ContentWorld {
  cdp: CDPSession;
  /** Evaluates in Termwatch's content-script world of the page's top frame. */
  evaluate<T>(expression: string): Promise<T>;
  /** The painted clauses (null before the analyser runs). */
  painted(): Promise<Painted | null>;
  /** Waits until `test` holds for what is painted. */
  waitForPainted(test: (p: Painted) => boolean, what: string, timeoutMs?: number): Promise<Painted>;
  /** The focused node of the accessibility tree, and the card (role tooltip) when it is shown. */
  ax(): Promise<{ focused: AxNode | null; card: AxNode | null }>;
}

const PAINTED = `(() => {
  const s = globalThis.termwatchAnalyser;
  if (!s) return null;
  const h = s.highlights;
  if (!h) return { mode: null, count: 0, clauses: [] };
  return { mode: h.mode, count: h.count, clauses: h.clauseIds.map((id) => {
    const ranges = h.rangesOf(id);
    const text = ranges.map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)).join('');
    const first = ranges[0];
    const live = document.createRange();
    live.setStart(first.startContainer, first.startOffset);
    live.setEnd(first.endContainer, first.endOffset);
    const b = live.getClientRects()[0] || live.getBoundingClientRect();
    return { id, text, findings: [],
      rect: { top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height } };
  }) };
})()`;

interface RawAxNode {
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  ignored?: boolean;
  properties?: Array<{ name: string; value: { value: unknown } }>;
}

function axNode(n: RawAxNode | undefined): AxNode | null {
  return n ? { role: n.role?.value ?? '', name: n.name?.value ?? '', description: n.description?.value ?? '' } : null;
}

/** The painted clauses with the findings the report (the background's tab state) has on each. */
export async function withFindings(b: ExtensionBrowser, tabId: number, painted: Painted): Promise<Painted> {
  const worker = await liveWorker(b);
  const findings = await worker.evaluate(async (id: number) => {
    const state = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as
      { analysis?: { findings: Array<{ clauseId: string; category: string; stance: string }> } } | undefined;
    return state?.analysis?.findings ?? [];
  }, tabId);
  return {
    ...painted,
    clauses: painted.clauses.map((c) => ({
      ...c,
      findings: findings.filter((f) => f.clauseId === c.id).map((f) => ({ category: f.category, stance: f.stance })),
    })),
  };
}

export async function contentWorld(b: ExtensionBrowser, page: Page): Promise<ContentWorld> {
  const cdp = await b.ctx.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const topFrame = frameTree.frame.id;
  const origin = `chrome-extension://${b.extensionId}`;
  const contexts = new Map<number, { origin: string; frameId: string }>();
  cdp.on(
    'Runtime.executionContextCreated',
    (e: { context: { id: number; origin: string; auxData?: { frameId?: string } } }) => {
      contexts.set(e.context.id, { origin: e.context.origin, frameId: e.context.auxData?.frameId ?? '' });
    },
  );
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) =>
    contexts.delete(e.executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  await cdp.send('Accessibility.enable');

  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = [...contexts].reverse().find(([, c]) => c.origin === origin && c.frameId === topFrame)?.[0];
    if (id === undefined) throw new Error('no Termwatch content-script world in this page (yet)');
    const res = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: id,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  };
  const painted = (): Promise<Painted | null> => evaluate<Painted | null>(PAINTED);

  return {
    cdp,
    evaluate,
    painted,
    async waitForPainted(test, what, timeoutMs = 20_000) {
      const started = Date.now();
      let last: Painted | null;
      for (;;) {
        last = await painted().catch(() => null);
        if (last && test(last)) return last;
        if (Date.now() - started > timeoutMs)
          throw new Error(`timed out waiting for ${what}; painted: ${JSON.stringify(last)?.slice(0, 400)}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    async ax() {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawAxNode[] };
      const focused = nodes.find(
        (n) =>
          n.role?.value !== 'RootWebArea' && n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
      );
      const card = nodes.find((n) => n.role?.value === 'tooltip' && !n.ignored);
      return { focused: axNode(focused), card: axNode(card) };
    },
  };
}

/** Waits until a clause with a finding of `category` is painted (the report's findings joined to what is painted). */
export async function waitForPaintedCategory(
  b: ExtensionBrowser,
  tabId: number,
  world: ContentWorld,
  category: string,
  timeoutMs = 20_000,
): Promise<Painted> {
  const started = Date.now();
  for (;;) {
    const p = await world.painted().catch(() => null);
    if (p && p.count > 0) {
      const joined = await withFindings(b, tabId, p);
      if (joined.clauses.some((c) => c.findings.some((f) => f.category === category))) return joined;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for a painted ${category} clause`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
