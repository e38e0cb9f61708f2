// schemas/report.schema.json and schemas/diff-report.schema.json are generated from the valibot schemas
// (src/core/export/report-schema.ts, src/core/diff/report-schema.ts): a change to one without the other fails here. Fix by running `npm run schemas`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReportJsonSchemaText, reportJsonSchemaText } from '../../../scripts/schemas/report-schema-text';

describe('schemas/report.schema.json', () => {
  it('is what `npm run schemas` generates from the valibot schema', async () => {
    const committed = readFileSync(new URL('../../../schemas/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(await reportJsonSchemaText());
  });
});

describe('schemas/diff-report.schema.json', () => {
  it('is what `npm run schemas` generates from the valibot schema', async () => {
    const committed = readFileSync(new URL('../../../schemas/diff-report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(await diffReportJsonSchemaText());
  });
});
