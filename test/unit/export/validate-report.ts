// Validates report JSON against schemas/report.schema.json; every test that makes JSON runs it through here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';

const schema = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../schemas/report.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Returns '' when valid, otherwise ajv's errors as text (so a failing expect shows them). */
export function reportSchemaErrors(value: unknown): string {
  return validate(value) ? '' : JSON.stringify(validate.errors, null, 1);
}
