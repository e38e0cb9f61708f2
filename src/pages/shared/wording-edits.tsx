// Same-effect rewordings (core/diff/same-effect.ts) are not changes: the popup and the history page show them as one
// collapsed count that the user can open, so nothing is hidden.
import type { ComponentChildren } from 'preact';

export interface WordingEditsProps {
  count: number;
  /** One line per edit (the popup); or the edits themselves as children (the history page). */
  lines?: readonly string[];
  children?: ComponentChildren;
}

export function WordingEdits({ count, lines = [], children }: WordingEditsProps): preact.JSX.Element | null {
  if (count <= 0) return null;
  return (
    <details class="wording-edits">
      <summary>
        {count} wording edit{count === 1 ? '' : 's'} that change{count === 1 ? 's' : ''} no right
      </summary>
      {lines.length > 0 && (
        <ul class="muted">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
          {count > lines.length && <li>… and {count - lines.length} more (Compare versions lists them all)</li>}
        </ul>
      )}
      {children}
    </details>
  );
}
