import type { ChangeInfo } from '../../shared/tab-state';
import { WordingEdits } from '../shared/wording-edits';

export function ChangePanel({
  change,
  onOpenHistory,
  onSeen,
}: {
  change: ChangeInfo;
  onOpenHistory: () => void;
  onSeen: () => void;
}): preact.JSX.Element | null {
  if (change.storageError) {
    return (
      <p class="notice warn" role="alert">
        History not saved: {change.storageError}
      </p>
    );
  }
  const firstVisit = change.versionCount <= 1;
  return (
    <section class="changes card" aria-labelledby="changes-title">
      <h2 id="changes-title">
        What changed
        {change.changedSinceLastVisit && (
          <span class="pill stance-grant changed-mark">changed since your last visit</span>
        )}
      </h2>
      {firstVisit ? (
        <p class="muted">
          First time Termwatch sees this document. It keeps a copy on your device and will tell you when it changes.
        </p>
      ) : change.summaryLines.length === 0 ? (
        <p class="muted">
          No change in the clauses that matter since the previous version ({change.versionCount} versions kept).
        </p>
      ) : (
        <ul class="change-lines">
          {change.summaryLines.slice(0, 6).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {!firstVisit && <WordingEdits count={change.wordingEdits} lines={change.wordingEditLines} />}
      {change.droppedVersions > 0 && (
        <p class="muted">
          {change.droppedVersions} oldest version(s) of this site were removed to stay within its history budget; other
          sites are never touched.
        </p>
      )}
      <div class="row">
        {!firstVisit && (
          <button type="button" onClick={onOpenHistory}>
            Compare versions
          </button>
        )}
        {change.changedSinceLastVisit && (
          <button type="button" onClick={onSeen}>
            Mark as seen
          </button>
        )}
      </div>
    </section>
  );
}
