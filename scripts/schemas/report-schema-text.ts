// The JSON Schema text of the report, generated from its valibot schema; shared by `npm run schemas` and its test.
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { format, resolveConfig } from 'prettier';
import { conditionOnlyWhenConditional, ReportJsonSchema } from '../../src/core/export/report-schema';

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
