// The JSON report's schema: the CLI's --format json and the extension's "Export JSON". Built from the record schema's
// parts (core/report/schema.ts), so the export names the same enumerations; schemas/report.schema.json is generated
// from it (`npm run schemas`, scripts/schemas.ts) and a test fails when the committed file differs. Fields may be
// added in later schema versions, never renamed.
import * as v from 'valibot';
import { CATEGORY_IDS } from '../types';
import {
  ActorSchema,
  CategorySchema,
  ConditionSchema,
  DocumentKindSchema,
  GradeSchema,
  MentionRoleSchema,
  SeveritySchema,
  StanceSchema,
  UngradedSchema,
} from '../report/schema';
import { TOSDR_TITLE_SOURCES } from './tosdr-cases';
import { REPORT_SCHEMA_VERSION } from './report-json';

const HashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/), v.description('SHA-256 hex of the normalised text.'));
const TimestampSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/));
const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** The document fields a diff report names too (core/diff/report.ts), plus what evidence needs. */
export const ReportDocumentSchema = v.strictObject({
  source: v.pipe(nonEmpty, v.description('File path or URL the text was read from.')),
  title: v.string(),
  kind: DocumentKindSchema,
  isLegal: v.boolean(),
  hash: HashSchema,
  wordCount: CountSchema,
  url: nonEmpty,
  seenAt: TimestampSchema,
  analyserVersion: nonEmpty,
  lang: v.pipe(v.string(), v.regex(/^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/)),
});

export const ReportSummarySchema = v.strictObject({
  grade: v.nullable(GradeSchema),
  score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
  ungraded: v.pipe(
    v.nullable(UngradedSchema),
    v.description(
      'Why there is no grade: not a legal page, under the minimum length, or a language the analyser does not read.',
    ),
  ),
  counts: v.strictObject(
    Object.fromEntries(CATEGORY_IDS.map((c) => [c, CountSchema])) as Record<
      (typeof CATEGORY_IDS)[number],
      typeof CountSchema
    >,
  ),
  driver: v.string(),
  languageSupported: v.pipe(
    v.boolean(),
    v.description('false: the analyser cannot read this language, so no findings is NOT an all-clear.'),
  ),
});

const ReportClauseObject = v.strictObject({
  id: nonEmpty,
  section: v.string(),
  sectionPath: v.array(v.string()),
  text: nonEmpty,
  category: CategorySchema,
  stance: StanceSchema,
  condition: v.nullable(ConditionSchema),
  severity: SeveritySchema,
  evidence: v.array(v.string()),
  rule: nonEmpty,
  actor: v.pipe(
    ActorSchema,
    v.description(
      'Who takes the right: the service (with its affiliates, partners or processors), the user, or someone else.',
    ),
  ),
  tosdrCase: v.nullable(v.string()),
  tosdrCaseSource: v.pipe(
    v.nullable(v.picklist(TOSDR_TITLE_SOURCES)),
    v.description('tosdr-legacy / tosdr-current: a real ToS;DR case title; termwatch: our own wording.'),
  ),
  url: nonEmpty,
  hash: HashSchema,
  seenAt: TimestampSchema,
  role: v.pipe(
    v.exactOptional(MentionRoleSchema),
    v.description(
      'Present when the clause only mentions the right: a pointer, an explanation or a definition, listed apart and not counted in the grade.',
    ),
  ),
});

/** A condition only on a conditional finding (JSON Schema: if stance is conditional … else condition is null). */
export const conditionOnlyWhenConditional = v.check<v.InferOutput<typeof ReportClauseObject>, string>(
  (c) => c.stance === 'conditional' || c.condition === null,
  'condition is set only on a conditional finding',
);

export const ReportClauseSchema = v.pipe(ReportClauseObject, conditionOnlyWhenConditional);

export const ReportJsonSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(REPORT_SCHEMA_VERSION),
    document: ReportDocumentSchema,
    summary: ReportSummarySchema,
    clauses: v.pipe(
      v.array(ReportClauseSchema),
      v.description(
        'Every flagged (clause, category) pair, restrict ones included; a clause in two categories appears twice.',
      ),
    ),
  }),
  v.title('Termwatch report'),
  v.description(
    "Output of toReportJson (src/core/export/report-json.ts): the CLI's --format json and the extension's JSON export. Fields may be added in later schema versions, never renamed.",
  ),
);

export type ReportDocument = v.InferOutput<typeof ReportDocumentSchema>;
export type ReportSummary = v.InferOutput<typeof ReportSummarySchema>;
export type ReportClause = v.InferOutput<typeof ReportClauseSchema>;
export type ReportJson = v.InferOutput<typeof ReportJsonSchema>;
