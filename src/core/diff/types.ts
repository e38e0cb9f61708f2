// The shapes of a clause-level comparison between two versions of one document.
import type { CategoryId, Clause, Finding, Severity, Stance } from '../types';

/** What diffVersions needs of one version: its clauses and the findings the analyser made on them. */
export interface VersionSnapshot {
  clauses: Clause[];
  findings: Finding[];
}

export const CHANGE_TYPES = ['added', 'removed', 'modified', 'moved'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];
/** What the change does to the user's rights: worse (the company gains), better (it gives up), neutral (wording). */
export const CHANGE_IMPACTS = ['worse', 'better', 'neutral'] as const;
export type ChangeImpact = (typeof CHANGE_IMPACTS)[number];
/**
 * What the change does to the document's rights (src/core/score/rights.ts, grouped by the same key): a right the
 * document did not give before, one it no longer gives, or one it gives more (widened) or less (narrowed) of.
 */
export const RIGHT_CHANGES = ['new', 'removed', 'widened', 'narrowed'] as const;
export type RightChange = (typeof RIGHT_CHANGES)[number];

export const WORD_DIFF_OPS = ['equal', 'insert', 'delete'] as const;

export interface WordDiffPart {
  op: (typeof WORD_DIFF_OPS)[number];
  text: string;
}

/**
 * One change, per category: a clause flagged in two categories yields two changes (one per category) with the same
 * texts. Clauses with no finding on either side yield one change with category, stances and severity null.
 */
export interface Change {
  type: ChangeType;
  category: CategoryId | null;
  stanceBefore: Stance | null;
  stanceAfter: Stance | null;
  /** Severity of the finding after the change, or before it when the finding is gone; null without findings. */
  severity: Severity | null;
  impact: ChangeImpact;
  /** The change to the document's rights it makes; null when the rights stay as they were (wording, mentions). */
  right: RightChange | null;
  /** The clause's section label (after the change; before it for removals); "" when it has none. */
  section: string;
  before: string | null;
  after: string | null;
  /** Word-level diff for 'modified' changes; null otherwise. */
  wordDiff: WordDiffPart[] | null;
}
