// The JSON Schema texts of the report and the diff report, generated from their valibot schemas; shared by
// `npm run schemas` and its tests.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { conditionOnlyWhenConditional, ReportJsonSchema } from '../../src/core/export/report-schema';
import { DiffReportJsonSchema } from '../../src/core/diff/report-schema';

/** JSON Schema cannot run a function: the one check of the report is written out as the rule it enforces. */
const CONDITION_RULE: JsonSchema = {
  allOf: [
    {
      if: { properties: { stance: { const: 'conditional' } } },
      else: { properties: { condition: { const: null } } },
    },
  ],
};

/** The file's text, formatted as Prettier formats the repository's JSON. */
export async function reportJsonSchemaText(): Promise<string> {
  const schema = toJsonSchema(ReportJsonSchema, {
    target: 'draft-2020-12',
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction === conditionOnlyWhenConditional ? { ...jsonSchema, ...CONDITION_RULE } : undefined,
  });
  const { $schema, ...rest } = schema;
  const out = { $schema, $id: 'https://termwatch.invalid/schemas/report.schema.json', ...rest };
  const path = new URL('../../schemas/report.schema.json', import.meta.url).pathname;
  return format(JSON.stringify(out), { ...(await resolveConfig(path)), parser: 'json' });
}

/** schemas/diff-report.schema.json: the diff report (`termwatch diff --format json`), formatted the same way. */
export async function diffReportJsonSchemaText(): Promise<string> {
  const { $schema, ...rest } = toJsonSchema(DiffReportJsonSchema, { target: 'draft-2020-12' });
  const out = { $schema, $id: 'https://termwatch.invalid/schemas/diff-report.schema.json', ...rest };
  const path = new URL('../../schemas/diff-report.schema.json', import.meta.url).pathname;
  return format(JSON.stringify(out), { ...(await resolveConfig(path)), parser: 'json' });
}
