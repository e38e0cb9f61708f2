// A list's lead-in ("We may process this information to:", "For example:"): the list items that follow say what the
// terms say, and each item is compared on its own. Its own few words say nothing more, so a lead-in reworded, added or
// dropped with a restructured list is a wording edit, unless it brings a right the document did not give or takes one
// away.
import { wordingOf } from './wording';
import type { Change } from './types';

/** A lead-in says at most this many words after its section label ("3.3 Why We May Share Your Information."). */
const MAX_LEAD_IN_WORDS = 12;

/** The sentence a clause ends with when it ends with a colon (a lead-in), else null. */
function leadIn(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith(':')) return null;
  // The last sentence: what follows the last full stop that ends a label or sentence.
  const last = trimmed.split(/(?<=[.!?])\s+/).at(-1)!;
  return wordingOf(last).stems.length <= MAX_LEAD_IN_WORDS ? last : null;
}

/**
 * Whether `change` only adds, drops or rewords a short lead-in: every text it has is one, the right it changes (if
 * any) is neither new nor removed, and a reworded lead-in says as many negations as before.
 */
export function isLeadInEdit(change: Change): boolean {
  if (change.right === 'new' || change.right === 'removed') return false;
  const texts = [change.before, change.after].filter((t): t is string => t !== null);
  const leads = texts.map(leadIn);
  if (!leads.length || leads.some((l) => l === null)) return false;
  return leads.length < 2 || wordingOf(leads[0]!).negations === wordingOf(leads[1]!).negations;
}
