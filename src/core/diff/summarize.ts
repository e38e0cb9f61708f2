// Human one-liners for a ranked change list, e.g. "New: AI / machine-learning training grant in §10.4".
import { CATEGORY_LABELS } from '../categories';
import type { Stance } from '../types';
import { sectionRef } from './section';
import type { Change } from './types';

const STANCE_NOUN: Record<Stance, string> = {
  grant: 'grant',
  conditional: 'consent-based clause',
  restrict: 'restriction',
};

function where(change: Change, preposition = 'in'): string {
  const ref = sectionRef(change.section);
  return ref ? ` ${preposition} ${ref}` : '';
}

function lineFor(c: Change): string | null {
  if (!c.category) return null;
  const label = CATEGORY_LABELS[c.category];
  const sb = c.stanceBefore;
  const sa = c.stanceAfter;
  if (c.type === 'added' || (sb === null && sa !== null))
    return `New: ${label} ${STANCE_NOUN[sa ?? 'grant']}${where(c)}`;
  if (c.type === 'removed' || (sa === null && sb !== null))
    return `Removed: ${label} ${STANCE_NOUN[sb ?? 'grant']}${where(c)}`;
  if (sb === null || sa === null) return null;
  if (sb !== sa) return `Changed: ${label}${where(c)}, from ${STANCE_NOUN[sb]} to ${STANCE_NOUN[sa]}`;
  if (c.impact === 'worse') return `Widened: ${label} ${STANCE_NOUN[sa]}${where(c)}`;
  if (c.impact === 'better') return `Narrowed: ${label} ${STANCE_NOUN[sa]}${where(c)}`;
  if (c.type === 'moved') return `Moved: ${label} ${STANCE_NOUN[sa]}${where(c, 'to')}`;
  return `Reworded: ${label} ${STANCE_NOUN[sa]}${where(c)} (same effect)`;
}

/**
 * One line per flagged change, in the given (ranked) order; repeats are counted ("×2") rather than listed twice.
 * Unflagged changes are counted in one closing line. With `since`, a first line gives the totals since then.
 */
export function summarizeChanges(changes: readonly Change[], opts: { since?: string } = {}): string[] {
  const counts = new Map<string, number>();
  let unflagged = 0;
  for (const c of changes) {
    const line = lineFor(c);
    if (line === null) unflagged++;
    else counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const lines = [...counts].map(([line, n]) => (n > 1 ? `${line} (×${n})` : line));
  if (unflagged > 0)
    lines.push(
      `${unflagged} other clause${unflagged === 1 ? '' : 's'} added, removed or reworded with no flagged effect`,
    );
  if (opts.since !== undefined) {
    const worse = changes.filter((c) => c.impact === 'worse').length;
    const better = changes.filter((c) => c.impact === 'better').length;
    lines.unshift(
      changes.length === 0
        ? `No changes since ${opts.since}`
        : `Since ${opts.since}: ${changes.length} change${changes.length === 1 ? '' : 's'}, ${worse} worse and ${better} better for you`,
    );
  } else if (changes.length === 0) lines.push('No changes');
  return lines;
}

const EDIT_EXCERPT_CHARS = 80;

function quoted(parts: readonly string[]): string {
  const text = parts.join(' … ').replace(/\s+/g, ' ').trim();
  return `"${text.length > EDIT_EXCERPT_CHARS ? `${text.slice(0, EDIT_EXCERPT_CHARS)}…` : text}"`;
}

/**
 * One line per same-effect rewording (diffWithWordingEdits), for the collapsed "wording edits" list: the words that
 * went and came ("personalization" → "personalisation"), or the sentence that moved into another clause.
 */
export function wordingEditLines(edits: readonly Change[]): string[] {
  const lines = new Set<string>();
  for (const c of edits) {
    const at = where(c);
    if (c.type !== 'modified' || !c.wordDiff) {
      lines.add(`Moved into another clause${at}: ${quoted([c.after ?? c.before ?? ''])}`);
      continue;
    }
    const gone = c.wordDiff.filter((p) => p.op === 'delete' && p.text.trim()).map((p) => p.text.trim());
    const came = c.wordDiff.filter((p) => p.op === 'insert' && p.text.trim()).map((p) => p.text.trim());
    if (gone.length && came.length) lines.add(`Reworded${at}: ${quoted(gone)} → ${quoted(came)}`);
    else if (came.length) lines.add(`Reworded${at}: added ${quoted(came)}`);
    else lines.add(`Reworded${at}: dropped ${quoted(gone)}`);
  }
  return [...lines];
}
