// schemas/report.schema.json is generated from the valibot schema (src/core/export/report-schema.ts): a change to one
// without the other fails here. Fix by running `npm run schemas`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../../../scripts/schemas/report-schema-text';

describe('schemas/report.schema.json', () => {
  it('is what `npm run schemas` generates from the valibot schema', async () => {
    const committed = readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(await reportJsonSchemaText());
  });
});
