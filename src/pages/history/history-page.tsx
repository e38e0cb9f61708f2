// The local history: documents, their version timelines, "what changed" between any two versions, and
// export/import of the whole history as one JSON file.
import { useEffect, useState } from 'preact/hooks';
import { openTermwatchDb, type TermwatchDb } from '../../storage/db';
import {
  clearHistory,
  compareVersions,
  deleteDamagedRecord,
  deleteDocument,
  lastChangeOf,
  latestVersions,
  listDocuments,
  listVersions,
  type DamagedRecord,
  type Reanalysis,
  type VersionComparison,
  type VersionSummary,
} from '../../storage/history';
import { exportDocumentHistory, exportHistory, importHistory, readHistoryFile } from '../../storage/history-io';
import type { DocumentRecord } from '../../storage/schema';
import { workerReanalysis } from './reanalysis';
import { downloadText } from '../shared/download';
import { normalizeHost } from '../../storage/settings';
import { DEFAULT_VIEW, type ViewSettings } from '../../core/report/view';
import { ChangeView } from './change-view';
import { WordingEdits } from '../shared/wording-edits';
import { historyReportToCsv, historyReportToMarkdown } from '../../core/diff';

/** The formats a document's history exports to: extension, button label, MIME type. */
const HISTORY_FORMATS = [
  ['json', 'JSON', 'application/json'],
  ['md', 'Markdown', 'text/markdown'],
  ['csv', 'CSV', 'text/csv'],
] as const;

/** YYYY-MM-DD; never throws: one bad date must not take the whole page down (toISOString throws RangeError). */
function day(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10);
}
const keyText = (key: IDBValidKey): string => (typeof key === 'string' ? key : (JSON.stringify(key) ?? String(key)));
const hostOf = (url: string): string => normalizeHost(url) || 'document';

/** One end of the comparison: a version, by the day it was first seen and its hash. */
function VersionSelect(props: {
  label: string;
  versions: VersionSummary[];
  value: number | null;
  onChange: (id: number) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select value={String(props.value)} onChange={(e) => props.onChange(Number(e.currentTarget.value))}>
        {props.versions.map((v) => (
          <option key={v.id} value={String(v.id)}>
            {day(v.firstSeen)} · {v.hash.slice(0, 8)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface HistoryPageProps {
  /** Brings stored versions to the current analyser before a comparison: in the analysis worker, or in-process in tests. */
  reanalysis?: Reanalysis;
  /** The user's settings as a view (index.tsx reads them from storage.local); the default view without. */
  loadView?: () => Promise<ViewSettings>;
}

export function HistoryPage({
  reanalysis = workerReanalysis,
  loadView = () => Promise.resolve(DEFAULT_VIEW),
}: HistoryPageProps = {}): preact.JSX.Element {
  const [db, setDb] = useState<TermwatchDb | null>(null);
  const [docs, setDocs] = useState<DocumentRecord[]>([]);
  const [damagedDocs, setDamagedDocs] = useState<DamagedRecord[]>([]);
  const [latest, setLatest] = useState<Map<string, VersionSummary>>(new Map());
  // When each document last changed what it says (lastChangeOf); absent until computed, null when it never did.
  const [changedAt, setChangedAt] = useState<Map<string, number | null>>(new Map());
  const [marking, setMarking] = useState(false);
  const [selected, setSelected] = useState<string | null>(new URLSearchParams(location.search).get('doc'));
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [damagedVersions, setDamagedVersions] = useState<DamagedRecord[]>([]);
  const [versionsShown, setVersionsShown] = useState(0);
  const [pair, setPair] = useState<{ older: number | null; newer: number | null }>({ older: null, newer: null });
  const [comparison, setComparison] = useState<VersionComparison | null>(null);
  const [status, setStatus] = useState('');
  // The user's settings decide which findings show and the grades (the stored analysis covers every setting).
  const [view, setView] = useState<ViewSettings>(DEFAULT_VIEW);

  const reload = async (database: TermwatchDb, shown = view): Promise<void> => {
    const result = await listDocuments(database);
    setDocs(result.items.sort((a, b) => b.lastSeen - a.lastSeen));
    setDamagedDocs(result.damaged);
    setLatest(await latestVersions(database, result.items, shown));
    // After the table is shown, one document at a time: each needs its versions compared, and a version of an older
    // analyser analysed again.
    const marks = new Map<string, number | null>();
    setMarking(true);
    for (const d of result.items) {
      if (d.versionCount < 2) continue;
      marks.set(d.key, await lastChangeOf(database, d.key, reanalysis, shown).catch(() => null));
      setChangedAt(new Map(marks));
    }
    setMarking(false);
  };

  useEffect(() => {
    openTermwatchDb()
      .then(async (database) => {
        // Settings that cannot be read leave the default view.
        const shown = await loadView().catch(() => DEFAULT_VIEW);
        setView(shown);
        setDb(database);
        await reload(database, shown);
      })
      .catch((err: unknown) =>
        setStatus(`Cannot open the history: ${err instanceof Error ? err.message : String(err)}`),
      );
  }, []);

  useEffect(() => {
    if (!db || !selected) return;
    void listVersions(db, selected, view)
      .then(({ items, damaged }) => {
        setVersions(items);
        setDamagedVersions(damaged);
        setPair({ newer: items[0]?.id ?? null, older: items[1]?.id ?? null });
      })
      .catch((err: unknown) =>
        setStatus(`Cannot read this document's versions: ${err instanceof Error ? err.message : String(err)}`),
      );
  }, [db, selected, versionsShown, view]);

  useEffect(() => {
    if (!db || !selected || pair.older === null || pair.newer === null) {
      setComparison(null);
      return;
    }
    void compareVersions(db, selected, pair.older, pair.newer, reanalysis, view)
      .then(setComparison)
      .catch((err: unknown) => {
        setComparison(null);
        setStatus(`Cannot compare these versions: ${err instanceof Error ? err.message : String(err)}`);
      });
  }, [db, selected, pair.older, pair.newer, reanalysis, view]);

  const doc = docs.find((d) => d.key === selected) ?? null;

  const run = async (label: string, fn: (database: TermwatchDb) => Promise<string>): Promise<void> => {
    if (!db) return;
    try {
      setStatus(await fn(db));
      await reload(db);
    } catch (err) {
      setStatus(`${label} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const onImport = (file: File | undefined): void => {
    if (!file) return;
    void run('Import', async (database) => {
      // Refused by size before it is read: parsing needs several times the file's size in memory.
      const out = await importHistory(database, await readHistoryFile(file));
      const dropped = out.droppedVersions
        ? ` ${out.droppedVersions} older version(s) were dropped to keep each site within its history budget.`
        : '';
      return `Imported ${out.addedVersions} version(s) in ${out.addedDocuments} new document(s); ${out.skippedDuplicates} already present.${dropped}`;
    });
  };

  return (
    <main class="page">
      <header>
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <h1>Termwatch history</h1>
      </header>
      <p class="muted">Every distinct version of the legal documents you have opened, kept only in this browser.</p>
      {damagedDocs.length > 0 && (
        <p class="notice warn" role="alert">
          {damagedDocs.length} stored record(s) are damaged: they are listed below as damaged and can be deleted. The
          rest of the history is unaffected.
        </p>
      )}
      <section aria-labelledby="docs-title">
        <h2 id="docs-title">Documents ({docs.length})</h2>
        {docs.length === 0 && damagedDocs.length === 0 ? (
          <p class="muted">Nothing stored yet.</p>
        ) : (
          <table class="doc-list" aria-busy={marking}>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Kind</th>
                <th scope="col">Grade</th>
                <th scope="col">Versions</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => (
                <tr key={d.key} aria-current={d.key === selected}>
                  <td>
                    <button type="button" onClick={() => setSelected(d.key)}>
                      {d.title || d.url}
                    </button>
                    <div class="muted">{hostOf(d.url)}</div>
                  </td>
                  <td>{d.kind}</td>
                  <td>
                    <span
                      class="grade-chip"
                      title={latest.get(d.key)?.grade ? 'Grade of the newest version' : 'Not graded'}
                    >
                      {latest.get(d.key)?.grade ?? '–'}
                    </span>
                  </td>
                  <td>
                    {d.versionCount}
                    {typeof changedAt.get(d.key) === 'number' && (
                      <span
                        class="changed-mark"
                        title="What the terms say has changed since they were first saved (wording edits with the same effect do not count): open it to see what changed"
                      >
                        {' '}
                        · changed {day(changedAt.get(d.key)!)}
                      </span>
                    )}
                  </td>
                  <td>{day(d.lastSeen)}</td>
                </tr>
              ))}
              {damagedDocs.map((d) => (
                <tr key={`damaged-${keyText(d.key)}`} class="damaged">
                  <td>
                    <strong>Damaged record</strong> <span class="muted">{keyText(d.key)}</span>
                    <div class="muted">{d.problem}</div>
                  </td>
                  <td colSpan={3}>—</td>
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        confirm('Delete this damaged record?') &&
                        run('Delete', async (database) => {
                          await deleteDamagedRecord(database, 'documents', d.key);
                          return 'Damaged record deleted.';
                        })
                      }
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div class="row">
          <button
            type="button"
            onClick={() =>
              run('Export', async (database) => {
                downloadText(
                  `termwatch-history-${day(Date.now())}.json`,
                  'application/json',
                  JSON.stringify(await exportHistory(database), null, 2),
                );
                return 'History exported.';
              })
            }
          >
            Export all history
          </button>
          <label class="row">
            Import history{' '}
            <input type="file" accept="application/json,.json" onChange={(e) => onImport(e.currentTarget.files?.[0])} />
          </label>
          <button
            type="button"
            onClick={() =>
              confirm('Delete every stored version of every document?') &&
              run('Clear', async (database) => {
                await clearHistory(database);
                setSelected(null);
                return 'History cleared.';
              })
            }
          >
            Clear all
          </button>
        </div>
      </section>
      {doc && (
        <section aria-labelledby="doc-title">
          <h2 id="doc-title">{doc.title || doc.url}</h2>
          <p>
            <a href={/^https?:/.test(doc.url) ? doc.url : undefined}>{doc.url}</a>
          </p>
          <ol class="timeline" aria-label="Versions, newest first">
            {versions.map((v) => (
              <li key={v.id}>
                <span class="grade-chip">{v.grade ?? '–'}</span>
                <span>
                  {day(v.firstSeen)}
                  {v.lastSeen !== v.firstSeen ? ` – ${day(v.lastSeen)}` : ''}
                </span>
                <span class="muted">
                  {v.findingCount} flagged · {v.hash.slice(0, 10)}
                </span>
              </li>
            ))}
            {damagedVersions.map((v) => (
              <li key={`damaged-${keyText(v.key)}`} class="damaged">
                <strong>Damaged version</strong>{' '}
                <span class="muted">
                  #{keyText(v.key)} · {v.problem}
                </span>
                <button
                  type="button"
                  onClick={() =>
                    run('Delete', async (database) => {
                      await deleteDamagedRecord(database, 'versions', v.key);
                      setVersionsShown((n) => n + 1);
                      return 'Damaged version deleted.';
                    })
                  }
                >
                  Delete
                </button>
              </li>
            ))}
          </ol>
          {versions.length > 1 && (
            <div class="row" role="group" aria-label="Versions to compare">
              <VersionSelect
                label="From"
                versions={versions}
                value={pair.older}
                onChange={(older) => setPair({ ...pair, older })}
              />
              <VersionSelect
                label="to"
                versions={versions}
                value={pair.newer}
                onChange={(newer) => setPair({ ...pair, newer })}
              />
            </div>
          )}
          {comparison && (
            <>
              <h3>What changed ({comparison.changes.length})</h3>
              {comparison.changes.length === 0 ? (
                <p class="muted">
                  {comparison.wordingEdits.length
                    ? 'No change to what the terms say.'
                    : 'No difference in the clauses.'}
                </p>
              ) : (
                <ul class="changes-list">
                  {comparison.changes.slice(0, 200).map((c, i) => (
                    <ChangeView key={i} change={c} />
                  ))}
                </ul>
              )}
              <WordingEdits count={comparison.wordingEdits.length}>
                <ul class="changes-list">
                  {comparison.wordingEdits.slice(0, 200).map((c, i) => (
                    <ChangeView key={i} change={c} />
                  ))}
                </ul>
              </WordingEdits>
            </>
          )}
          <div class="row">
            {HISTORY_FORMATS.map(([format, label, mime]) => (
              <button
                key={format}
                type="button"
                onClick={() =>
                  run('Export', async (database) => {
                    const data = await exportDocumentHistory(database, doc.key);
                    if (!data) return 'This document is no longer in the history.';
                    downloadText(
                      `termwatch-${hostOf(doc.url)}-${doc.kind}-history-${day(Date.now())}.${format}`,
                      mime,
                      format === 'json'
                        ? JSON.stringify(data, null, 2)
                        : format === 'md'
                          ? historyReportToMarkdown(data)
                          : historyReportToCsv(data),
                    );
                    return 'Document history exported.';
                  })
                }
              >
                Export this document's history ({label})
              </button>
            ))}
            <button
              type="button"
              onClick={() =>
                confirm('Delete this document and all its versions?') &&
                run('Delete', async (database) => {
                  await deleteDocument(database, doc.key);
                  setSelected(null);
                  return 'Document deleted.';
                })
              }
            >
              Delete document
            </button>
          </div>
        </section>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
