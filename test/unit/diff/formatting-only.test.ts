// Formatting-only variants of real documents report no change (issue: change reports without noise). The same
// variants run over the latest version of all 40 real histories in `npm run eval -- changes`.
import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../src/core/diff';
import { FORMATTING_VARIANTS } from '../../support/formatting-variants';
import { readDocument, REAL_DOCUMENTS, snapshotOf } from './real-documents';

describe('formatting-only variants of real documents report no change', () => {
  for (const name of REAL_DOCUMENTS) {
    it(
      name,
      async () => {
        const markdown = readDocument(name);
        const original = await snapshotOf(markdown);
        let applied = 0;
        for (const variant of FORMATTING_VARIANTS) {
          const changed = variant.apply(markdown);
          if (changed === markdown) continue;
          applied++;
          const changes = diffVersions(original, await snapshotOf(changed));
          expect(
            changes.map((c) => `${c.type}: ${c.after ?? c.before}`),
            variant.id,
          ).toEqual([]);
        }
        // Each document exercises several of the variants (not every document has a date line or a link list).
        expect(applied).toBeGreaterThanOrEqual(3);
      },
      60_000,
    );
  }

  it('every variant changes at least one of the documents (none is a no-op)', () => {
    for (const variant of FORMATTING_VARIANTS)
      expect(
        REAL_DOCUMENTS.some((n) => variant.apply(readDocument(n)) !== readDocument(n)),
        variant.id,
      ).toBe(true);
  });
});
