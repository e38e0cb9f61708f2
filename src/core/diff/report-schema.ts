// The diff report's schema: `termwatch diff --format json` (report.ts) and, per pair of versions, the changes and
// wording edits of a document's history export (storage/history-io.ts). schemas/diff-report.schema.json is generated
// from it (`npm run schemas`) and a test fails when the committed file differs. Fields may be added, never renamed.
import * as v from 'valibot';
import { CategorySchema, DocumentKindSchema, SeveritySchema, StanceSchema } from '../report/schema';
import { DIFF_REPORT_SCHEMA_VERSION, type DiffReportJson, type WordingEditsJson } from './report';
import { CHANGE_IMPACTS, CHANGE_TYPES, RIGHT_CHANGES, WORD_DIFF_OPS, type Change } from './types';

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const HashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/), v.description('SHA-256 hex of the normalised text.'));

export const ChangeSchema = v.strictObject({
  type: v.picklist(CHANGE_TYPES),
  category: v.pipe(v.nullable(CategorySchema), v.description('null: a clause with no finding on either side.')),
  stanceBefore: v.nullable(StanceSchema),
  stanceAfter: v.nullable(StanceSchema),
  severity: v.nullable(SeveritySchema),
  impact: v.pipe(
    v.picklist(CHANGE_IMPACTS),
    v.description('What the change does to the user: worse (the company gains), better (it gives up), neutral.'),
  ),
  right: v.pipe(
    v.nullable(v.picklist(RIGHT_CHANGES)),
    v.description("What it does to the document's rights; null when they stay as they were."),
  ),
  section: v.string(),
  before: v.nullable(v.string()),
  after: v.nullable(v.string()),
  wordDiff: v.nullable(v.array(v.strictObject({ op: v.picklist(WORD_DIFF_OPS), text: v.string() }))),
});

export const WordingEditsSchema = v.pipe(
  v.strictObject({
    sameEffect: v.literal(true),
    count: CountSchema,
    lines: v.pipe(v.array(v.string()), v.description('One line per distinct edit, in document order.')),
    changes: v.array(ChangeSchema),
  }),
  v.description(
    'Clauses reworded with the same effect: no right changed, so they are not counted as changes, but listed.',
  ),
);

const DiffDocumentSchema = v.strictObject({
  source: v.string(),
  title: v.string(),
  kind: DocumentKindSchema,
  isLegal: v.boolean(),
  hash: HashSchema,
  wordCount: CountSchema,
});

export const DiffReportJsonSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(DIFF_REPORT_SCHEMA_VERSION),
    old: DiffDocumentSchema,
    new: DiffDocumentSchema,
    changes: v.pipe(v.array(ChangeSchema), v.description('Ranked: changes to rights first.')),
    wordingEdits: WordingEditsSchema,
  }),
  v.title('Termwatch diff report'),
  v.description(
    "Output of buildDiffReport (src/core/diff/report.ts): `termwatch diff --format json`. A document's history export holds the same changes and wordingEdits for each pair of versions.",
  ),
);

/** One pair of a document's history export (storage/history-io.ts DocumentHistoryReport). */
export const DocumentHistoryReportSchema = v.strictObject({
  fromHash: HashSchema,
  toHash: HashSchema,
  fromFirstSeen: v.number(),
  toFirstSeen: v.number(),
  changes: v.array(ChangeSchema),
  wordingEdits: WordingEditsSchema,
});

/** Compile-time proof that each schema's output is exactly the interface the code writes (both ways assignable). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pinned: [
  Same<v.InferOutput<typeof ChangeSchema>, Change>,
  Same<v.InferOutput<typeof WordingEditsSchema>, WordingEditsJson>,
  Same<v.InferOutput<typeof DiffReportJsonSchema>, DiffReportJson>,
] = [true, true, true];
void pinned;
