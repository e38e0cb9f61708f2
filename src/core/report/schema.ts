// The one schema of an analysed page, written with valibot: every boundary validates with it (messages from pages,
// stored records, imported files), and the published JSON Schema of the export (schemas/report.schema.json) is
// generated from it (`npm run schemas`). Valibot, because it validates without `eval` (MV3 extension pages forbid
// it), is tree-shakable and small, is maintained at v1, and emits JSON Schema through its official package.
//
// Objects are `v.object`: unknown fields are dropped, never stored. The enumerations are the runtime constants of
// core/types.ts; the interfaces there carry the documentation, and `Same` below pins each schema to its interface.
import * as v from 'valibot';
import {
  ACTORS,
  CATEGORY_IDS,
  CLAUSE_ROLES,
  CONDITIONS,
  COVERAGES,
  DETECTION_VERDICTS,
  DOCUMENT_KINDS,
  GRADES,
  MENTION_ROLES,
  SENSITIVITIES,
  SEVERITIES,
  STANCES,
  UNGRADED_REASONS,
  type AnalysisResult,
  type Clause,
  type Detection,
  type Finding,
  type RiskSummary,
} from '../types';

export const DocumentKindSchema = v.picklist(DOCUMENT_KINDS);
export const CategorySchema = v.picklist(CATEGORY_IDS);
export const StanceSchema = v.picklist(STANCES);
export const ConditionSchema = v.picklist(CONDITIONS);
export const SeveritySchema = v.picklist(SEVERITIES);
export const SensitivitySchema = v.picklist(SENSITIVITIES);
export const ActorSchema = v.picklist(ACTORS);
export const GradeSchema = v.picklist(GRADES);
export const ClauseRoleSchema = v.picklist(CLAUSE_ROLES);
export const MentionRoleSchema = v.picklist(MENTION_ROLES);
export const UngradedSchema = v.picklist(UNGRADED_REASONS);
export const VerdictSchema = v.picklist(DETECTION_VERDICTS);

/** A non-negative integer: an index, an offset or a count. */
export const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const strings = v.array(v.string());

export const DetectionSchema = v.object({
  kind: DocumentKindSchema,
  isLegal: v.boolean(),
  confidence: v.pipe(v.number(), v.finite()),
  reasons: strings,
  verdict: v.exactOptional(VerdictSchema),
});

/** The optional context and role of a clause (also the extras of a packed clause, core/clause-pack.ts). */
export const ClauseContextSchema = v.object({
  leads: v.exactOptional(strings),
  columnHeader: v.exactOptional(v.string()),
  rowLabel: v.exactOptional(v.string()),
  paragraph: v.exactOptional(v.literal(true)),
  role: v.exactOptional(ClauseRoleSchema),
});

export const ClauseSchema = v.object({
  id: v.string(),
  block: CountSchema,
  start: CountSchema,
  end: CountSchema,
  text: v.string(),
  sectionPath: strings,
  section: v.string(),
  ...ClauseContextSchema.entries,
});

export const FindingSchema = v.object({
  clauseId: v.string(),
  category: CategorySchema,
  stance: StanceSchema,
  condition: v.exactOptional(ConditionSchema),
  severity: SeveritySchema,
  evidence: strings,
  rule: v.string(),
  role: v.exactOptional(MentionRoleSchema),
  // Records from analysers before the actor was reported have none: they reported the service's rights only.
  actor: v.exactOptional(ActorSchema, 'service'),
  shownFrom: v.exactOptional(SensitivitySchema),
  hiddenFrom: v.exactOptional(v.literal('high')),
});

/** Per-category counts; a missing or broken count reads as 0 (it is recomputed from the findings when shown). */
const CountsSchema = v.object(
  Object.fromEntries(CATEGORY_IDS.map((c) => [c, v.fallback(CountSchema, 0)])) as {
    [K in (typeof CATEGORY_IDS)[number]]: v.SchemaWithFallback<typeof CountSchema, 0>;
  },
);

export const SummarySchema = v.pipe(
  v.object({
    grade: v.nullable(GradeSchema),
    score: v.nullable(v.pipe(v.number(), v.finite())),
    ungraded: v.exactOptional(UngradedSchema),
    counts: CountsSchema,
    driver: v.string(),
  }),
  v.check(
    (s) => (s.grade === null ? s.score === null && s.ungraded !== undefined : s.score !== null),
    'a grade needs a score, and no grade needs a reason',
  ),
);

export const AnalysisSchema = v.object({
  analyserVersion: v.string(),
  coverage: v.exactOptional(v.picklist(COVERAGES)),
  languageSupported: v.boolean(),
  findings: v.array(FindingSchema),
  summary: SummarySchema,
});

/** Compile-time proof that a schema's output is exactly the documented interface (both ways assignable). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pinned: [
  Same<v.InferOutput<typeof DetectionSchema>, Detection>,
  Same<v.InferOutput<typeof ClauseSchema>, Clause>,
  Same<v.InferOutput<typeof FindingSchema>, Finding>,
  Same<v.InferOutput<typeof SummarySchema>, RiskSummary>,
  Same<v.InferOutput<typeof AnalysisSchema>, AnalysisResult>,
] = [true, true, true, true, true];
void pinned;

/**
 * The first problem valibot found, with where it is: "findings.0.stance: Invalid type …", or with our own messages,
 * which start in lower case and follow the field's name, "versions must hold 1 to 1000 versions". Null when none.
 */
export function issueText(issues: readonly v.BaseIssue<unknown>[] | undefined): string | null {
  const issue = issues?.[0];
  if (!issue) return null;
  const path = v.getDotPath(issue);
  if (!path) return issue.message;
  return /^\p{Lu}/u.test(issue.message) ? `${path}: ${issue.message}` : `${path} ${issue.message}`;
}

/** Null when `value` passes `schema`, otherwise the first problem in words. */
export function schemaProblem(schema: v.GenericSchema, value: unknown): string | null {
  const result = v.safeParse(schema, value, { abortEarly: true });
  return result.success ? null : issueText(result.issues);
}
