// Keeps the version history (IndexedDB, extension origin) in step with what the user reads, and turns the
// comparison with the previous version into the few lines the popup and badge need.
import type { AnalysedPage } from '../shared/messages';
import type { ChangeInfo } from '../shared/tab-state';
import { openTermwatchDb, type TermwatchDb } from '../storage/db';
import { saveVersion, compareVersions, markVisited } from '../storage/history';
import { makesRightWorse, summarizeChanges, wordingEditLines } from '../core/diff';
import { ANALYSER_VERSION } from '../core/analyze/version';
import { analysisRequest } from '../analysis/protocol';
import { analysisResultOf, storedDocument } from '../core/report/page-report';
import { analysisHost } from './analysis-host';
import { findFirstParty } from '../core/analyze/first-party';
import { loadSettings } from '../storage/settings-store';
import { viewSettingsOf } from '../storage/settings';

/** How many wording edits the popup can list when the user expands their count. */
const WORDING_EDIT_LINES = 10;

let dbPromise: Promise<TermwatchDb> | null = null;

function db(): Promise<TermwatchDb> {
  if (!dbPromise) {
    dbPromise = openTermwatchDb().catch((err: unknown) => {
      dbPromise = null; // let the next call try again (e.g. after another tab closes an old connection)
      throw err;
    });
  }
  return dbPromise;
}

export async function recordVersion(payload: AnalysedPage, seenAt: number): Promise<ChangeInfo | null> {
  // A page not detected as legal ("analyse this page anyway") is shown, but kept in history only when the user asks.
  if (!payload.detection.isLegal && !payload.keep) return null;
  try {
    const database = await db();
    const outcome = await saveVersion(database, {
      url: payload.url,
      kind: payload.detection.kind,
      title: payload.title,
      text: payload.document.text,
      clauses: payload.document.clauses,
      analysis: payload.analysis,
      seenAt,
    });
    // Opening the page is a visit: the next visit compares against this one. This tab keeps its "changed" mark
    // (from the outcome) until the user has seen the report.
    await markVisited(database, outcome.documentKey, seenAt);
    let summaryLines: string[] = [];
    let worseLines: string[] = [];
    let editLines: string[] = [];
    let wordingEdits = 0;
    // A new version whose only differences are same-effect rewordings is not a change the user is told about.
    let changed = outcome.changedSinceLastVisit;
    if (outcome.previousVersionId !== null) {
      const comparison = await compareVersions(
        database,
        outcome.documentKey,
        outcome.previousVersionId,
        outcome.versionId,
        {
          // A version stored by an older analyser is analysed again, in the worker like any other analysis, with the
          // first party found again from its title and text.
          reanalyze: async (clauses, version) =>
            analysisResultOf(
              await analysisHost().analyse(
                analysisRequest(clauses, {
                  sensitivity: 'every',
                  firstParty: findFirstParty({ title: version.title, text: version.text, url: '' }),
                }),
              ),
              storedDocument(clauses),
              clauses,
            ),
          currentVersion: ANALYSER_VERSION,
        },
        viewSettingsOf(await loadSettings()),
      );
      const since = outcome.lastVisitAt ? new Date(outcome.lastVisitAt).toISOString().slice(0, 10) : undefined;
      if (comparison) {
        summaryLines = summarizeChanges(comparison.changes, since ? { since } : {});
        const worse = comparison.changes.filter(makesRightWorse);
        if (worse.length) worseLines = summarizeChanges(worse).slice(0, 3);
        wordingEdits = comparison.wordingEdits.length;
        editLines = wordingEditLines(comparison.wordingEdits).slice(0, WORDING_EDIT_LINES);
        if (outcome.isNewVersion && comparison.changes.length === 0) changed = false;
      }
    }
    return {
      documentKey: outcome.documentKey,
      versionId: outcome.versionId,
      // From the save itself: reading every stored version back (each with its text) cost more than the save.
      versionHash: outcome.hash,
      versionCount: outcome.versionCount,
      isNewVersion: outcome.isNewVersion,
      lastVisitAt: outcome.lastVisitAt,
      changedSinceLastVisit: changed,
      summaryLines,
      worseLines,
      wordingEdits,
      wordingEditLines: editLines,
      droppedVersions: outcome.droppedVersions,
      storageError: null,
    };
  } catch (err) {
    // Storage trouble must not hide the analysis: the popup shows the report and says what went wrong.
    const message = err instanceof Error ? err.message : String(err);
    return {
      documentKey: '',
      versionId: -1,
      versionHash: '',
      versionCount: 0,
      isNewVersion: false,
      lastVisitAt: null,
      changedSinceLastVisit: false,
      summaryLines: [],
      worseLines: [],
      wordingEdits: 0,
      wordingEditLines: [],
      droppedVersions: 0,
      storageError: message,
    };
  }
}
