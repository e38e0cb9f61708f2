// Issue 13: a stored version cost 2.7× its text on the Zoom terms (the text again in every clause) and far more under
// nested headings (the section path copied into every clause). The text is now stored once: about its own size.
import { describe, expect, it } from 'vitest';
import { getVersion, saveVersion } from '../../../src/storage';
import { analysisOf, freshDb, nestedHeadings, zoom } from './helpers';

describe('stored size', () => {
  it.each([
    ['Zoom terms', zoom],
    ['nested headings', nestedHeadings],
  ])('a stored version costs at most 1.2× its text (%s)', async (_name, make) => {
    const { text, clauses } = make();
    const db = await freshDb();
    const saved = await saveVersion(db, {
      url: 'https://example.com/terms',
      kind: 'terms',
      title: 'Terms',
      text,
      clauses,
      analysis: analysisOf(clauses),
      seenAt: 1000,
    });
    const version = (await getVersion(db, saved.versionId))!;
    expect(version.clauses).toEqual(clauses);
    expect(version.bytes / Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(1.2);
    db.close();
  });
});
