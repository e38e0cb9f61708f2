// v3 → v4: stored versions are written again as the one record schema reads them; an analysis made under one user's
// settings stays marked as such (no coverage) and keeps its findings.
import { describe, expect, it } from 'vitest';
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { openTermwatchDb, getVersion, listDocuments } from '../../../src/storage';
import { upgradeToV1, upgradeToV2, upgradeToV3 } from '../../../src/storage/upgrades';
import { packClauses } from '../../../src/core/clause-pack';
import { normalizeText, sha256HexSync } from '../../../src/core/normalize';
import type { TermwatchSchemaV1 } from '../../../src/storage/schema';
import { analysisOf, clausesOf, freshFactory, V2_TEXT } from './helpers';

type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

describe('upgrade to v4', () => {
  it('fills the actor of old findings, drops unknown fields, keeps the record marked as analysed under settings', async () => {
    const factory = freshFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('test', 3);
      req.onupgradeneeded = (): void => {
        const db = wrap(req.result) as unknown as IDBPDatabase<unknown>;
        const tx = wrap(req.transaction!) as unknown as AnyTx;
        upgradeToV1(db as unknown as IDBPDatabase<TermwatchSchemaV1>);
        void upgradeToV2(db, tx)
          .then(() => upgradeToV3(db, tx))
          .then(async () => {
            const clauses = clausesOf(V2_TEXT);
            const analysis = analysisOf(clauses, 'test-0', true);
            for (const f of analysis.findings) delete (f as { actor?: string }).actor;
            const key = 'https://example.com/terms';
            await tx.objectStore('versions' as never).add({
              documentKey: key,
              hash: sha256HexSync(normalizeText(V2_TEXT)),
              title: 'Terms',
              text: V2_TEXT,
              clauses: packClauses(V2_TEXT, clauses),
              analysis,
              firstSeen: 1000,
              lastSeen: 1000,
              bytes: 1,
              junk: 'x'.repeat(10_000),
            } as never);
            await tx.objectStore('documents' as never).put({
              key,
              site: 'https://example.com',
              url: key,
              kind: 'terms',
              title: 'Terms',
              firstSeen: 1000,
              lastSeen: 1000,
              lastVisitAt: null,
              latestVersionId: 1,
              versionCount: 1,
              totalBytes: 1,
            } as never);
          }, reject);
      };
      req.onsuccess = (): void => {
        req.result.close();
        resolve();
      };
      req.onerror = (): void => reject(req.error);
    });
    const db = await openTermwatchDb({ factory, name: 'test' });
    const v = (await getVersion(db, 1))!;
    expect(v.analysis.findings.length).toBeGreaterThan(0);
    expect(v.analysis.findings.every((f) => f.actor === 'service')).toBe(true);
    expect(v.analysis.coverage).toBeUndefined();
    expect(JSON.stringify(await db.get('versions', 1))).not.toContain('junk');
    expect(v.bytes).toBeGreaterThan(1);
    expect((await listDocuments(db)).items[0]!.totalBytes).toBe(v.bytes);
    db.close();
  });
});
