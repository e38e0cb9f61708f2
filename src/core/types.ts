// The plain, JSON-friendly data that flows through Termwatch's pure core.
// Detector → extractor → analyser → score/diff/export all speak these types; no browser API here.

// Every enumeration is a runtime constant defined here once; its type is derived from it, and the record schema
// (core/report/schema.ts) validates against the same constant.

/** What kind of page a detector decided it is. */
export const DOCUMENT_KINDS = ['terms', 'privacy', 'cookies', 'ai_policy', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Fixed category ids, used by the UI, exports and CLI. Order = display order. */
export const CATEGORY_IDS = [
  'ai_training',
  'data_sharing',
  'data_sale',
  'content_licence',
  'tracking',
  'retention',
  'terms_change',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** grant: the company takes the right; conditional: only with consent / unless opted out; restrict: it limits or denies it. */
export const STANCES = ['grant', 'conditional', 'restrict'] as const;
export type Stance = (typeof STANCES)[number];
/** For `conditional` findings: consent needed first (opt_in) or on unless the user opts out (opt_out). */
export const CONDITIONS = ['opt_in', 'opt_out'] as const;
export type Condition = (typeof CONDITIONS)[number];
/** Worst first. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
/**
 * How much the user wants to see, lowest first. low: no low-severity findings; normal: every rule but the weak-signal
 * ones; high: the weak-signal rules too. A setting of the view: the analysis covers all three (Finding.shownFrom).
 */
export const SENSITIVITIES = ['low', 'normal', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
/**
 * Who takes the right: the service (with its affiliates, partners and processors), the user, or someone else (an
 * advertiser, a data broker, another company). Obligations and prohibitions on the user are never a right the
 * service takes, so the analyser reports no finding for them; 'user' remains for records and validators.
 */
export const ACTORS = ['service', 'user', 'third_party'] as const;
export type Actor = (typeof ACTORS)[number];
export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];
/**
 * Why a non-legal page is not: `too_short` — too little text to be a legal document (a stub, an empty shell);
 * `not_legal` — text enough, but it does not read as one.
 */
export const DETECTION_VERDICTS = ['not_legal', 'too_short'] as const;
export type DetectionVerdict = (typeof DETECTION_VERDICTS)[number];
/** Why a document has no grade: not a legal page, too short to grade, or a language the analyser does not read. */
export const UNGRADED_REASONS = ['not-legal', 'too-short', 'language'] as const;
export type UngradedReason = (typeof UNGRADED_REASONS)[number];

/** Result of page-kind detection. */
export interface Detection {
  kind: DocumentKind;
  /** true when kind !== 'other' */
  isLegal: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable signals that drove the decision, e.g. "URL path /privacy". */
  reasons: string[];
  /** Only when not legal: why, in a word the UI and CLI can show (DETECTION_VERDICTS). */
  verdict?: DetectionVerdict;
}

/** One sentence-level clause of the legal text. */
export interface Clause {
  /** Stable within one extraction: "c0", "c1", … */
  id: string;
  /** Index of the text block (paragraph, list item, cell, heading) it came from. */
  block: number;
  /** Character offsets of the clause inside its block's text. */
  start: number;
  end: number;
  text: string;
  /** Headings above it, outermost first, e.g. ["10. Customer Content", "10.4 Customer License Grant"]. */
  sectionPath: string[];
  /** Innermost heading or numbered label ("10.4 Customer License Grant"); "" when none. */
  section: string;
  /**
   * The lead-ins of the lists the clause is an item of, outermost first: the sentence before a list ("We use your
   * information to:") or, for a nested list, its parent item. Absent outside lists.
   */
  leads?: string[];
  /** For a table cell: the header of its column, and the first cell of its row (absent when it is that cell). */
  columnHeader?: string;
  rowLabel?: string;
  /**
   * The unit is (a sentence of) a paragraph of its own: a `<p>` outside lists and tables that is not written as an
   * item (no bullet glyph, no closing ';', no letter under a lead-in). "Service providers." alone is an entry of a
   * list, but as such a paragraph it is the run-in title of what follows (GUIDE D9). Absent when the shape is an item
   * or not known: list items, table cells, `<div>` text, plain text, clauses stored before the mark.
   */
  paragraph?: true;
  /** What the unit does; absent means 'operative'. See src/core/extract/unit-role.ts. */
  role?: ClauseRole;
}

/**
 * operative: states something (the only role that can take a right); pointer: sends the reader elsewhere ("see our
 * Cookie Policy"); heading: a title or header cell; definition: "'Content' means …"; explanation: describes how
 * something works or what the law says, with no one taking a right.
 */
export const CLAUSE_ROLES = ['operative', 'pointer', 'heading', 'definition', 'explanation'] as const;
export type ClauseRole = (typeof CLAUSE_ROLES)[number];
/** Roles whose findings are mentions, listed apart: the words name a right, but the unit takes none. */
export const MENTION_ROLES = ['pointer', 'explanation', 'definition'] as const satisfies readonly ClauseRole[];
export type MentionRole = (typeof MENTION_ROLES)[number];

/** The legal text of a page or file, as extracted. */
export interface ExtractedDocument {
  url: string;
  title: string;
  /** BCP-47-ish primary language ("en", "de", …) or "und" when unknown. */
  lang: string;
  /** Concatenated block texts, one per line. */
  text: string;
  wordCount: number;
  clauses: Clause[];
}

/** One (clause, category) pair the analyser flagged. A clause in two categories yields two findings. */
export interface Finding {
  clauseId: string;
  category: CategoryId;
  stance: Stance;
  /** Only for stance 'conditional'. */
  condition?: Condition;
  severity: Severity;
  /** Matched phrases from the clause text that justify the finding. */
  evidence: string[];
  /** Id of the rule that fired, e.g. "ai_training.use-for-ml". */
  rule: string;
  /** Set when the clause only mentions the right (its role): a mention, not counted as the company taking it. */
  role?: MentionRole;
  /** Who takes the right the finding reports. */
  actor: Actor;
  /**
   * The lowest sensitivity that shows it (SENSITIVITIES): the analysis is made once at every sensitivity, and the
   * view filters. Absent on records analysed under one user's settings before that (shown at every sensitivity).
   */
  shownFrom?: Sensitivity;
  /** Set when, from this sensitivity up, a weak signal reads the same clause differently (the other finding shows). */
  hiddenFrom?: 'high';
}

export interface RiskSummary {
  /** null: not graded (see `ungraded`). */
  grade: Grade | null;
  /** 0 (worst) .. 100 (best); null when not graded. */
  score: number | null;
  /** Why there is no grade: not a legal page, too short to grade, or a language the analyser does not read. */
  ungraded?: UngradedReason;
  /** Number of findings per category (all stances). */
  counts: Record<CategoryId, number>;
  /** One line on what drove the grade, for people. */
  driver: string;
}

/**
 * `all-settings`: the analysis covers every category at every sensitivity (findings marked with Finding.shownFrom) and
 * the user's settings apply when it is shown. Absent: analysed under one user's settings, before that was so (old
 * records, kept as they are; a comparison analyses them again), or by a caller that asked for one sensitivity.
 */
export const COVERAGES = ['all-settings'] as const;
export type Coverage = (typeof COVERAGES)[number];

export interface AnalysisResult {
  analyserVersion: string;
  coverage?: Coverage;
  /** false when the text is in a language the analyser does not support yet: findings are then empty and must not be read as an all-clear. */
  languageSupported: boolean;
  findings: Finding[];
  summary: RiskSummary;
}

/** A text block of the extracted page: paragraph, list item, table cell or heading. */
export interface TextBlockInfo {
  index: number;
  /** Whitespace-normalised text of the block. */
  text: string;
  role: 'heading' | 'paragraph' | 'list_item' | 'cell';
  /** 1–6 for headings (or numbered labels treated as headings); null otherwise. */
  headingLevel: number | null;
}
