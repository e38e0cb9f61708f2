// The report for an analysed legal page.
import { useMemo, useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import type { RevealReply } from '../../shared/messages';
import type { TabState } from '../../shared/tab-state';
import type { CategoryId, Stance } from '../../core/types';
import { GradeCard } from './grade-card';
import { ChangePanel } from './change-panel';
import { Filters, type FilterState } from './filters';
import { RightsList } from './rights-list';
import { ExportBar } from './export-bar';
import { normalizeHost } from '../../storage/settings';
import { servedInsecurely } from '../../core/served-insecurely';

const KIND_NAMES: Record<string, string> = {
  terms: 'Terms of service',
  privacy: 'Privacy policy',
  cookies: 'Cookie policy',
  ai_policy: 'AI-use terms',
  other: 'Page analysed on request',
};

/** What the popup says when a jump to a clause cannot show it. */
export const REVEAL_FAILURES: Record<'gone' | 'cannot-open', string> = {
  gone: 'That clause is no longer on the page (it may have changed).',
  'cannot-open': 'This clause is in a part of the page Termwatch cannot open.',
};

export function ReportView({
  state,
  tabId,
  actions,
  onRefresh,
}: {
  state: TabState;
  tabId: number;
  actions: PopupActions;
  onRefresh: () => Promise<void>;
}): preact.JSX.Element {
  const analysis = state.analysis!;
  const [filters, setFilters] = useState<FilterState>({
    categories: new Set<CategoryId>(),
    stances: new Set<Stance>(),
  });
  const [highlights, setHighlights] = useState(true);
  const [revealNote, setRevealNote] = useState<string | null>(null);

  const visible = useMemo(
    () =>
      analysis.findings.filter(
        (f) =>
          (filters.categories.size === 0 || filters.categories.has(f.category)) &&
          (filters.stances.size === 0 || filters.stances.has(f.stance)),
      ),
    [analysis, filters],
  );

  const toggleHighlights = async (): Promise<void> => {
    const next = !highlights;
    setHighlights(next);
    await actions.setHighlights(tabId, next).catch(() => undefined);
  };

  const reveal = async (clauseId: string): Promise<void> => {
    const reply = await actions
      .revealClause(tabId, clauseId)
      .catch((): RevealReply => ({ found: false, reason: 'gone' }));
    setRevealNote(reply.found ? null : REVEAL_FAILURES[reply.reason]);
  };

  return (
    <section class="report" aria-labelledby="report-title">
      <h1 id="report-title" class="kind">
        {KIND_NAMES[state.detection?.kind ?? 'other']}
        <span class="muted site"> · {normalizeHost(state.url) || state.url}</span>
      </h1>
      {servedInsecurely(state.url) && (
        <p class="notice warn">
          This page was not served securely (http); its text could have been altered on the way.
        </p>
      )}
      {!analysis.languageSupported ? (
        <p class="notice warn" role="alert">
          This looks like a legal page in a language Termwatch does not analyse yet ({state.lang}). It has{' '}
          <strong>not</strong> been checked — no flags here does not mean it is safe.
        </p>
      ) : (
        <GradeCard summary={analysis.summary} findings={analysis.findings} />
      )}
      {state.error && (
        <p class="notice warn stale-report" role="status">
          The page has changed since this report, and reading it again did not work ({state.error}). This report is of
          its earlier text.
        </p>
      )}
      {state.shortened && (
        <p class="notice warn shortened" role="status">
          {state.shortened.findingsKept < state.shortened.findingsTotal
            ? `The list was shortened to fit this tab's storage: it shows the ${state.shortened.findingsKept} most important of ${state.shortened.findingsTotal} findings. The grade and the counts cover all of them.`
            : "Long headings and clause texts were shortened to fit this tab's storage; every finding is listed."}
        </p>
      )}
      {state.pageCut && (
        <p class="notice warn page-cut" role="status">
          This page is longer than Termwatch reads: the report covers its first{' '}
          {state.pageCut.chars.toLocaleString('en')} characters ({state.pageCut.clauses.toLocaleString('en')} clauses),
          not the rest.
        </p>
      )}
      {state.highlightError && (
        <p class="notice warn highlight-error" role="status">
          The highlights could not be shown on this page ({state.highlightError}). The report here is complete.
        </p>
      )}
      {state.detection && !state.detection.isLegal && !state.change && (
        <p class="notice on-request" role="status">
          Analysed on request: this page does not look like terms or a policy, so it is not graded or kept in your
          history.{' '}
          <button type="button" class="keep" onClick={() => void actions.analyseAnyway(tabId, true).then(onRefresh)}>
            Keep it in history
          </button>
        </p>
      )}
      {state.change && (
        <ChangePanel
          change={state.change}
          onOpenHistory={() =>
            actions.openExtensionPage('history', `?doc=${encodeURIComponent(state.change!.documentKey)}`)
          }
          onSeen={() => void actions.markSeen(tabId).then(onRefresh)}
        />
      )}
      {analysis.languageSupported && analysis.findings.length > 0 && (
        <>
          <Filters
            counts={analysis.summary.counts}
            findings={analysis.findings}
            value={filters}
            onChange={setFilters}
          />
          {revealNote && (
            <p class="notice" role="status">
              {revealNote}
            </p>
          )}
          <RightsList clauses={state.flaggedClauses} findings={visible} onReveal={reveal} />
        </>
      )}
      <div class="toolbar" role="group" aria-label="Page actions">
        <button type="button" aria-pressed={highlights} onClick={toggleHighlights}>
          {highlights ? 'Hide highlights' : 'Show highlights'}
        </button>
      </div>
      <ExportBar state={state} actions={actions} />
    </section>
  );
}
