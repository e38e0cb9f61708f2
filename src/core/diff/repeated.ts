// A sentence of prose said once more, or once less, where the other version already says it word for word: a help
// line repeated at the end of another section ("You can submit our privacy inquiry form if you need assistance with
// your request."), a sidebar note printed twice. The reader is told nothing new, and loses nothing.
//
// - Only prose: neither the clause nor its twin carries a finding (a repeated clause with a right may speak of other
//   data where it now stands, and is judged by the analyser's findings elsewhere).
// - Only a sentence that says what it speaks of itself: a pronoun or a demonstrative that points out of it ("We keep
//   this information for a year", "It is optional") takes its meaning from where it stands, and a new notice that
//   repeats it may speak of other data. A demonstrative whose noun the sentence named before ("the left column …
//   this column") points within it. A list item or a table cell means what its lead-in or its header makes it mean
//   ("Acme licenses any Software to you under the Apache License" under "For Service X:"): its twin must be said under
//   the same lead-ins and headers.
import type { Clause, Finding } from '../types';
import { clauseKey } from './align';
import { tokensOf } from './restated-in-block';
import { wordingOf } from './wording';

/** A shorter sentence ("See below.", "Other conditions may apply.") means what its place makes it mean. */
const MIN_CONTENT_WORDS = 4;

/** Words that take their meaning from outside the sentence. */
const POINTS_OUT =
  /^(?:it|its|they|them|their|theirs|he|she|his|her|above|below|foregoing|former|latter|same|here|there|otherwise|thereof|hereunder)$/;
/** Demonstratives: they point out of the sentence unless the noun after them was named before in it. */
const DEMONSTRATIVE = /^(?:this|these|those|such|said|that)$/;
/**
 * What follows a relative or conjunction "that" ("information that we collect", "cookies that are set", "agree that
 * the …", "that collects"): a subject, a determiner, a verb of its own; "that" is a demonstrative only before a noun.
 */
const AFTER_RELATIVE_THAT =
  /^(?:we|you|i|they|it|he|she|us|the|a|an|our|your|their|these|those|such|any|all|some|each|every|no|not|is|are|were|be|been|have|had|may|might|can|could|will|would|shall|should|must|do|did|also|only|apply|help|allow|identify|relate|directly|reasonably|personally|[a-z]+(?:ed|[^siu]s))$/;
/** Before "that is" / "that was", a word that makes "that" the subject: "Where that is the case", "on that …". */
const THAT_AS_SUBJECT_AFTER =
  /^(?:where|if|when|because|since|as|and|but|so|on|in|of|for|at|by|with|from|to|about|unless|once)$/;

/** Whether a sentence says what it speaks of itself (see the head). */
export function selfContained(text: string): boolean {
  const words = tokensOf(text);
  return words.every((w, i) => {
    if (POINTS_OUT.test(w)) return false;
    if (!DEMONSTRATIVE.test(w)) return true;
    const noun = words[i + 1];
    if (w === 'that' && /^(?:is|was)$/.test(noun ?? '') && (i === 0 || THAT_AS_SUBJECT_AFTER.test(words[i - 1]!)))
      return false;
    if (w === 'that' && (noun === undefined || AFTER_RELATIVE_THAT.test(noun))) return true;
    return noun !== undefined && words.slice(0, i).includes(noun);
  });
}

/** A clause's text with what it is said under as an item or a cell: its lead-ins and its column and row headers. */
const placed = (c: Clause): string =>
  [clauseKey(c.text), ...(c.leads ?? []).map(clauseKey), c.columnHeader ?? '', c.rowLabel ?? ''].join('\u0000');

/**
 * For a clause added or removed, whether a clause of the other version (`clauses`) says it word for word and neither
 * carries a finding: the sentence is said once more or once less (see the head).
 */
export function repeatedVerbatim(
  clauses: readonly Clause[],
  findingsOf: (clauseId: string) => readonly Finding[],
): (clause: Clause, findings: readonly Finding[]) => boolean {
  let keys: Set<string> | null = null;
  return (clause, findings) => {
    if (findings.length || wordingOf(clause.text).content.length < MIN_CONTENT_WORDS) return false;
    if (!selfContained(clause.text)) return false;
    keys ??= new Set(clauses.filter((c) => !findingsOf(c.id).length).map(placed));
    return keys.has(placed(clause));
  };
}
