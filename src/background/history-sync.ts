// Keeps the version history (IndexedDB, extension origin) in step with what the user reads, and turns the
// comparison with the previous version into the few lines the popup and badge need.
import type { PageAnalysedPayload } from '../shared/messages';
import type { ChangeInfo } from '../shared/tab-state';
import { openTermwatchDb, type TermwatchDb } from '../storage/db';
import { saveVersion, compareVersions, listVersions, markVisited } from '../storage/history';
import { summarizeChanges } from '../core/diff';
import { analyzeClauses, ANALYSER_VERSION, findFirstParty } from '../core/analyze';

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

export async function recordVersion(payload: PageAnalysedPayload, seenAt: number): Promise<ChangeInfo | null> {
  if (payload.detection.kind === 'other' && !payload.forced) return null;
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
    const versions = (await listVersions(database, outcome.documentKey)).items;
    let summaryLines: string[] = [];
    if (outcome.previousVersionId !== null) {
      const comparison = await compareVersions(
        database,
        outcome.documentKey,
        outcome.previousVersionId,
        outcome.versionId,
        {
          reanalyze: (clauses, version) =>
            analyzeClauses(clauses, {
              firstParty: findFirstParty({ title: version.title, text: version.text, url: '' }),
            }),
          currentVersion: ANALYSER_VERSION,
        },
      );
      const since = outcome.lastVisitAt ? new Date(outcome.lastVisitAt).toISOString().slice(0, 10) : undefined;
      if (comparison) summaryLines = summarizeChanges(comparison.changes, since ? { since } : {});
    }
    const current = versions.find((v) => v.id === outcome.versionId);
    return {
      documentKey: outcome.documentKey,
      versionId: outcome.versionId,
      versionHash: current?.hash ?? '',
      versionCount: versions.length,
      isNewVersion: outcome.isNewVersion,
      lastVisitAt: outcome.lastVisitAt,
      changedSinceLastVisit: outcome.changedSinceLastVisit,
      summaryLines,
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
      droppedVersions: 0,
      storageError: message,
    };
  }
}
