// The bundled sample (the welcome page's "Try it on the sample"): the README's sample terms page
// (assets/sample/sample-terms.html, our own wording about a fictional company), shipped as an extension page. Browsers
// never run content scripts on extension pages, so this script does the content script's work on it with the same
// modules: the extractor, the analysis worker (the one bundle with the analyser) and the in-page highlights, with the
// user's categories and sensitivity. Nothing is stored: the sample never enters the history, and no message reaches
// the background. One difference from a real page: the first party is not looked up (that lookup is part of the
// analyser, which content scripts never bundle); the sample's clauses say "we".
import { ANALYSIS_BUDGET_MS, WORKER_IDLE_MS } from '../analysis/budget';
import { analysisRequest } from '../analysis/protocol';
import { analysisResultOf } from '../core/report/page-report';
import { startWorker, WorkerAnalyser } from '../analysis/worker-client';
import { extractDocument, locateInBlock } from '../core/extract';
import type { Finding } from '../core/types';
import { enabledCategoryList } from '../storage/settings';
import { loadSettings } from '../storage/settings-store';
import { highlightClauses } from './highlight';

function note(text: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.className = 'termwatch-sample-note';
  box.textContent = text;
  document.body.prepend(box);
}

async function main(): Promise<void> {
  const { document: doc, blocks } = extractDocument(document, location.href);
  const settings = await loadSettings();
  const analyser = new WorkerAnalyser({
    spawn: () => startWorker('analysis-worker.js'),
    budgetMs: ANALYSIS_BUDGET_MS,
    idleMs: WORKER_IDLE_MS,
  });
  const output = await analyser.analyse(
    analysisRequest(
      doc.clauses,
      { lang: doc.lang, categories: enabledCategoryList(settings), sensitivity: settings.sensitivity },
      doc.text,
    ),
  );
  const { findings, summary } = analysisResultOf(output, { isLegal: true, wordCount: doc.wordCount }, doc.clauses);
  const byClause = new Map<string, Finding[]>();
  for (const f of findings) byClause.set(f.clauseId, [...(byClause.get(f.clauseId) ?? []), f]);
  const handle = await highlightClauses(
    document,
    doc.clauses.filter((c) => byClause.has(c.id)).map((clause) => ({ clause, findings: byClause.get(clause.id)! })),
    { locate: (i, offset) => (blocks[i] ? locateInBlock(blocks[i], offset) : null) },
  );
  const grade = summary.grade ? `Grade ${summary.grade}. ` : '';
  note(
    `Termwatch's sample terms: ${grade}${handle.count} clause${handle.count === 1 ? '' : 's'} highlighted. ` +
      'Point at a highlight, or press Tab and then the arrow keys, to see what it means.',
  );
}

main().catch((err: unknown) =>
  note(`Termwatch could not analyse the sample: ${err instanceof Error ? err.message : String(err)}`),
);
