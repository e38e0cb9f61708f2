// Issue 13: one page must not be able to flood the history. A page that changes its text and URL (pushState) every
// second made a new ~3 MB document each time, crossed the total cap in about 30 s, and the cap then deleted every
// other site's versions. Budgets are now per site, and a write only ever evicts its own site's versions.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  getDocument,
  getVersion,
  HistoryFullError,
  listDocuments,
  listVersions,
  saveVersion,
  type HistoryLimits,
} from '../../../src/storage';
import { freshDb, input, V1_TEXT, V2_TEXT, V3_TEXT } from './helpers';

/** `chars` of distinct sentences, different for each `seed`. */
function bigText(chars: number, seed: number): string {
  const lines: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = `Section ${seed}.${i}. We may share the data you give us with partners for purpose ${seed * 1000 + i}. Page ${seed}, part ${i}.`;
    lines.push(line);
    n += line.length + 1;
  }
  return lines.join('\n');
}

const sumBytes = async (db: Awaited<ReturnType<typeof freshDb>>, site: string): Promise<number> =>
  (await listDocuments(db)).items.filter((d) => d.site === site).reduce((n, d) => n + d.totalBytes, 0);

describe('per-site history budget', () => {
  it("a page flooding history (new URL and text every second for 60 s) leaves every other site's versions intact", async () => {
    // Scaled down 30× from the 3 MB text against the default limits: 100 KB text, byte limits ÷ 30, same ratio.
    const limits: HistoryLimits = {
      ...DEFAULT_LIMITS,
      maxBytesPerSite: DEFAULT_LIMITS.maxBytesPerSite / 30,
      maxTotalBytes: DEFAULT_LIMITS.maxTotalBytes / 30,
    };
    const db = await freshDb();
    const others = [
      await saveVersion(db, input(V1_TEXT, 1000, 'https://bank.example/terms'), { limits }),
      await saveVersion(db, input(V2_TEXT, 2000, 'https://bank.example/terms'), { limits }),
      await saveVersion(db, input(V3_TEXT, 3000, 'https://news.example.co.uk/privacy'), { limits }),
    ];
    let dropped = 0;
    let floodPeak = 0;
    for (let second = 0; second < 60; second++) {
      const outcome = await saveVersion(
        db,
        input(bigText(100_000, second), 10_000 + second * 1000, `https://flood.example/page/${second}`),
        { limits },
      );
      dropped += outcome.droppedVersions;
      floodPeak = Math.max(floodPeak, await sumBytes(db, 'https://flood.example'));
    }
    for (const o of others) expect(await getVersion(db, o.versionId)).not.toBeNull();
    expect(floodPeak).toBeLessThanOrEqual(limits.maxBytesPerSite);
    expect(dropped).toBeGreaterThan(50);
    expect((await listVersions(db, 'https://bank.example/terms')).items).toHaveLength(2);
    const flood = (await listDocuments(db)).items.filter((d) => d.site === 'https://flood.example');
    expect(flood.length).toBeGreaterThan(0);
    // The newest page is kept: the user still sees what the flooding site says now.
    expect(flood.map((d) => d.url)).toContain('https://flood.example/page/59');
  }, 120_000);

  it('caps the number of documents per site, least recently seen first', async () => {
    const db = await freshDb();
    const limits = { maxDocumentsPerSite: 5 };
    await saveVersion(db, input(V1_TEXT, 1, 'https://other.example/terms'), { limits });
    for (let i = 0; i < 12; i++)
      await saveVersion(db, input(`${V1_TEXT} Page ${i}.`, 100 + i, `https://churn.example/p/${i}`), { limits });
    const docs = (await listDocuments(db)).items;
    expect(
      docs
        .filter((d) => d.site === 'https://churn.example')
        .map((d) => d.url)
        .sort(),
    ).toEqual([10, 11, 7, 8, 9].map((i) => `https://churn.example/p/${i}`));
    expect(docs.some((d) => d.key === 'https://other.example/terms')).toBe(true);
  });

  it("subdomains share their registrable domain's budget", async () => {
    const db = await freshDb();
    const limits = { maxDocumentsPerSite: 2 };
    for (const host of ['a', 'b', 'c'])
      await saveVersion(db, input(V1_TEXT, 1000, `https://${host}.example.com/terms`), { limits });
    expect((await listDocuments(db)).items.map((d) => d.key).sort()).toEqual([
      'https://b.example.com/terms',
      'https://c.example.com/terms',
    ]);
  });

  it('refuses a version that does not fit once its own site gave up what it could; other sites are untouched', async () => {
    const db = await freshDb();
    const a = await saveVersion(db, input(V1_TEXT, 1000, 'https://a.example/terms'));
    const b = await saveVersion(db, input(V2_TEXT, 2000, 'https://b.example/terms'));
    const used = (await sumBytes(db, 'https://a.example')) + (await sumBytes(db, 'https://b.example'));
    // The whole history is full, and site c has nothing of its own to give up.
    await expect(
      saveVersion(db, input(V3_TEXT, 3000, 'https://c.example/terms'), { limits: { maxTotalBytes: used + 10 } }),
    ).rejects.toBeInstanceOf(HistoryFullError);
    expect(await getDocument(db, 'https://c.example/terms')).toBeNull();
    expect(await getVersion(db, a.versionId)).not.toBeNull();
    expect(await getVersion(db, b.versionId)).not.toBeNull();
    // One version larger than a site's whole budget is refused, and its site's older versions stay.
    await expect(
      saveVersion(db, input(bigText(5000, 1), 4000, 'https://a.example/terms'), { limits: { maxBytesPerSite: 2000 } }),
    ).rejects.toThrow(/alone takes/);
    expect((await listVersions(db, 'https://a.example/terms')).items.map((v) => v.id)).toEqual([a.versionId]);
  });
});
