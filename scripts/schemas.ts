// Writes schemas/report.schema.json from the valibot schema of the JSON report (src/core/export/report-schema.ts),
// and schemas/diff-report.schema.json from the diff report's (src/core/diff/report-schema.ts). `npm run schemas` after
// changing either; test/unit/export/report-schema-file.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffReportJsonSchemaText, reportJsonSchemaText } from './schemas/report-schema-text';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../schemas');
for (const [name, text] of [
  ['report.schema.json', reportJsonSchemaText],
  ['diff-report.schema.json', diffReportJsonSchemaText],
] as const) {
  const target = join(dir, name);
  writeFileSync(target, await text());
  console.log(`wrote ${target}`);
}
