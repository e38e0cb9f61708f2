// The plain, JSON-friendly data that flows through Termwatch's pure core.
// Detector → extractor → analyser → score/diff/export all speak these types; no browser API here.

/** What kind of page a detector decided it is. */
export type DocumentKind = 'terms' | 'privacy' | 'cookies' | 'ai_policy' | 'other';

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
export type Stance = 'grant' | 'conditional' | 'restrict';
/** For `conditional` findings: consent needed first (opt_in) or on unless the user opts out (opt_out). */
export type Condition = 'opt_in' | 'opt_out';
export type Severity = 'high' | 'medium' | 'low';
/**
 * Who takes the right: the service (with its affiliates, partners and processors), the user, or someone else (an
 * advertiser, a data broker, another company). Obligations and prohibitions on the user are never a right the
 * service takes, so the analyser reports no finding for them; 'user' remains for records and validators.
 */
export const ACTORS = ['service', 'user', 'third_party'] as const;
export type Actor = (typeof ACTORS)[number];
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** Result of page-kind detection. */
export interface Detection {
  kind: DocumentKind;
  /** true when kind !== 'other' */
  isLegal: boolean;
  /** 0..1 */
  confidence: number;
  /** Human-readable signals that drove the decision, e.g. "URL path /privacy". */
  reasons: string[];
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
}

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
  /** Who takes the right the finding reports. */
  actor: Actor;
}

export interface RiskSummary {
  grade: Grade;
  /** 0 (worst) .. 100 (best). */
  score: number;
  /** Number of findings per category (all stances). */
  counts: Record<CategoryId, number>;
  /** One line on what drove the grade, for people. */
  driver: string;
}

export interface AnalysisResult {
  analyserVersion: string;
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
