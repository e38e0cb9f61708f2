// Each tab's report gets a share of storage.session, which holds 10 MB for all tabs together
// (https://developer.chrome.com/docs/extensions/reference/api/storage#property-session): one page with thousands of
// flagged clauses under long nested headings filled it, and every other tab's report then failed to save. A report
// over its share keeps its summary and its most important findings instead, and says it was shortened.
// (Firefox keeps storage.session in memory without this quota; the same share keeps a tab's report small there too.)
import type { Clause, Finding, Severity, Stance } from '../core/types';
import type { TabState } from './tab-state';

/** A tab's share, in sessionBytes: twenty tabs at their full share fit in 10 MiB; a typical report takes 20–200 KB. */
export const TAB_STATE_BUDGET = 480 * 1024;

/** Bounds for page-controlled strings once a report is over budget. */
const SHORT = {
  text: 600,
  label: 160,
  pathLevels: 3,
  title: 300,
  evidence: 3,
  evidenceText: 160,
  reasons: 10,
} as const;

/**
 * What Chrome counts against storage.session's quota for one key: not the JSON length but the memory of the stored
 * value, about the characters of every string and key plus ~37 bytes per value and ~18 per object entry. Fitted to
 * chrome.storage.session.getBytesInUse() on three reports of different shapes (Chromium 156: 3–6% above it,
 * never below); a report of many small strings counts three times its JSON length.
 */
export function sessionBytes(key: string, value: unknown): number {
  let bytes = key.length;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    bytes += 40;
    if (typeof v === 'string') bytes += v.length;
    else if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        bytes += k.length + 20;
        stack.push(x);
      }
    }
  }
  return bytes;
}

export function stateBytes(key: string, state: TabState): number {
  return sessionBytes(key, state);
}

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function shortClause(c: Clause): Clause {
  const sectionPath = c.sectionPath.slice(-SHORT.pathLevels).map((l) => cut(l, SHORT.label));
  const short: Clause = { ...c, text: cut(c.text, SHORT.text), sectionPath, section: cut(c.section, SHORT.label) };
  // Context the popup does not show is dropped first; what is kept is cut like a label.
  if (c.leads) short.leads = c.leads.slice(-1).map((l) => cut(l, SHORT.label));
  if (c.columnHeader !== undefined) short.columnHeader = cut(c.columnHeader, SHORT.label);
  if (c.rowLabel !== undefined) short.rowLabel = cut(c.rowLabel, SHORT.label);
  return short;
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const STANCE_RANK: Record<Stance, number> = { grant: 0, conditional: 1, restrict: 2 };

/** Most important first: severity, then what the company takes before what it asks or rules out; stable otherwise. */
function byImportance(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        STANCE_RANK[a.f.stance] - STANCE_RANK[b.f.stance] ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/** The state with only the `n` most important findings (in their original order) and the clauses they flag. */
function keepTop(state: TabState, ranked: readonly Finding[], n: number): TabState {
  const kept = new Set(ranked.slice(0, n));
  const analysis = state.analysis!;
  const findings = analysis.findings
    .filter((f) => kept.has(f))
    .map((f) => ({ ...f, evidence: f.evidence.slice(0, SHORT.evidence).map((e) => cut(e, SHORT.evidenceText)) }));
  const ids = new Set(findings.map((f) => f.clauseId));
  return {
    ...state,
    analysis: { ...analysis, findings },
    flaggedClauses: state.flaggedClauses.filter((c) => ids.has(c.id)).map(shortClause),
    shortened: { findingsKept: findings.length, findingsTotal: analysis.findings.length },
  };
}

/**
 * The state itself when it fits `budget`; otherwise a shortened copy: page-controlled strings bounded, then as many
 * of the most important findings as fit (by bisection). The summary (grade, score, counts per category) is kept
 * whole. Returns the smallest form (no findings listed) when nothing more fits.
 */
export function fitTabState(key: string, state: TabState, budget: number = TAB_STATE_BUDGET): TabState {
  if (stateBytes(key, state) <= budget) return state;
  const base: TabState = {
    ...state,
    title: cut(state.title, SHORT.title),
    detection: state.detection && {
      ...state.detection,
      reasons: state.detection.reasons.slice(0, SHORT.reasons).map((r) => cut(r, SHORT.label)),
    },
    change: state.change && {
      ...state.change,
      summaryLines: state.change.summaryLines.slice(0, 5).map((l) => cut(l, SHORT.text)),
      wordingEditLines: state.change.wordingEditLines.slice(0, 3).map((l) => cut(l, SHORT.text)),
    },
  };
  if (!base.analysis) return { ...base, flaggedClauses: [], shortened: null };
  const ranked = byImportance(base.analysis.findings);
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (stateBytes(key, keepTop(base, ranked, mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return keepTop(base, ranked, lo);
}
