// Keeps the version history (IndexedDB, extension origin) in step with what the user reads, and turns the
// comparison with the previous version into the few lines the popup and badge need.
import type { PageAnalysedPayload } from '../shared/messages';
import type { ChangeInfo } from '../shared/tab-state';
import { openTermwatchDb, type TermwatchDb } from '../storage/db';
import { saveVersion, compareVersions, listVersions, markVisited } from '../storage/history';
import { summarizeChanges } from '../core/diff';
import { analyzeClauses } from '../core/analyze';

let dbPromise: Promise<TermwatchDb> | null = null;

function db(): Promise<TermwatchDb> {
  dbPromise ??= openTermwatchDb().catch((err: unknown) => {
    dbPromise = null; // let the next call try again (e.g. after another tab closes an old connection)
    throw err;
  });
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
    const versions = await listVersions(database, outcome.documentKey);
    let summaryLines: string[] = [];
    if (outcome.previousVersionId !== null && versions.length > 1) {
      const comparison = await compareVersions(database, outcome.documentKey, undefined, undefined, (clauses) => analyzeClauses(clauses));
      const since = outcome.lastVisitAt ? new Date(outcome.lastVisitAt).toISOString().slice(0, 10) : undefined;
      summaryLines = summarizeChanges(comparison.changes, since ? { since } : {});
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
      documentKey: '', versionId: -1, versionHash: '', versionCount: 0, isNewVersion: false, lastVisitAt: null,
      changedSinceLastVisit: false, summaryLines: [], droppedVersions: 0, storageError: message,
    };
  }
}

export async function markDocumentSeen(documentKey: string, at: number): Promise<void> {
  await markVisited(await db(), documentKey, at);
}
