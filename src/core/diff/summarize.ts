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
