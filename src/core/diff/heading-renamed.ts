// A clause that starts with its own section's heading ("Sharing with Acme GSL. Even if …", the heading joined to
// the first sentence by the page's layout), where only that heading changed ("3.2.6(v) Acme GSL. Even if …"): a
// section renamed or renumbered, not a change of what the sentence says.
import type { Clause } from '../types';
import { clauseKey } from './align';

/** The sentence must say at least this many words, so that a heading is never all there is. */
const MIN_REST_WORDS = 5;

/** The clause's comparable text after its own heading, or null when it does not start with it. */
function afterHeading(clause: Pick<Clause, 'text' | 'section'>): string | null {
  const heading = clauseKey(clause.section);
  const key = clauseKey(clause.text);
  if (!heading || !key.startsWith(`${heading} `)) return null;
  return key.slice(heading.length + 1);
}

/** Whether two versions of a clause say the same sentence under a heading that was renamed or renumbered. */
export function onlyHeadingRenamed(
  before: Pick<Clause, 'text' | 'section'>,
  after: Pick<Clause, 'text' | 'section'>,
): boolean {
  const b = afterHeading(before);
  const a = afterHeading(after);
  return b !== null && b === a && b.split(' ').length >= MIN_REST_WORDS;
}
