// Export the current page's flagged clauses through the one formatter module every surface uses.
import { useState } from 'preact/hooks';
import type { PopupActions } from './actions';
import { exportInputFrom, type TabState } from '../../shared/tab-state';
import { exportFileName, toCsv, toMarkdown, toReportJson, type ExportInput } from '../../core/export';

const FORMATS = [
  { id: 'json', label: 'JSON', mime: 'application/json' },
  { id: 'csv', label: 'CSV', mime: 'text/csv;charset=utf-8' },
  { id: 'md', label: 'Markdown', mime: 'text/markdown;charset=utf-8' },
] as const;

function render(format: 'json' | 'csv' | 'md', input: ExportInput): string {
  if (format === 'json') return JSON.stringify(toReportJson(input), null, 2) + '\n';
  if (format === 'csv') return toCsv(input);
  return toMarkdown(input);
}

export function ExportBar({ state, actions }: { state: TabState; actions: PopupActions }): preact.JSX.Element {
  const [status, setStatus] = useState('');
  const input = exportInputFrom(state);
  return (
    <div class="export-bar" role="group" aria-label="Export flagged clauses">
      <span class="muted">Export:</span>
      {FORMATS.map((f) => (
        <button
          key={f.id}
          type="button"
          data-export={f.id}
          onClick={() => {
            actions.download(exportFileName(input, f.id), f.mime, render(f.id, input));
            setStatus(`Saved ${exportFileName(input, f.id)}`);
          }}
        >
          {f.label}
        </button>
      ))}
      <button
        type="button"
        data-export="copy-md"
        onClick={() =>
          actions.copyText(toMarkdown(input)).then(
            () => setStatus('Markdown copied to the clipboard'),
            () => setStatus('Could not copy to the clipboard'),
          )
        }
      >
        Copy Markdown
      </button>
      <span class="muted export-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
