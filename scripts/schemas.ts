// Writes schemas/report.schema.json from the valibot schema of the JSON report (src/core/export/report-schema.ts).
// `npm run schemas` after changing that schema; test/unit/export/report-schema-file.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from './schemas/report-schema-text';

const target = join(dirname(fileURLToPath(import.meta.url)), '../schemas/report.schema.json');
writeFileSync(target, await reportJsonSchemaText());
console.log(`wrote ${target}`);
