import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DocumentHistoryReportSchema } from '../../../src/core/diff/report-schema';
import {
  exportDocumentHistory,
  exportHistory,
  HistoryImportError,
  IMPORT_LIMITS,
  importHistory,
  listDocuments,
  listVersions,
  readHistoryFile,
  saveVersion,
  validateHistoryBundle,
  type HistoryBundle,
} from '../../../src/storage';
import { freshDb, input, V1_TEXT, V2_TEXT, V3_TEXT } from './helpers';

const KEY = 'https://example.com/terms';

async function seeded(): Promise<Awaited<ReturnType<typeof freshDb>>> {
  const db = await freshDb();
  await saveVersion(db, input(V1_TEXT, 1000));
  await saveVersion(db, input(V2_TEXT, 2000));
  await saveVersion(db, input('We never sell data.', 1500, 'https://other.example/privacy'));
  return db;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('exportHistory / importHistory', () => {
  it('round-trips through JSON into an empty database', async () => {
    const bundle = clone(await exportHistory(await seeded(), new Date('2024-01-01T00:00:00Z')));
    expect(bundle).toMatchObject({
      format: 'termwatch-history',
      schemaVersion: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
    });
    const terms = bundle.documents.find((d) => d.key === KEY)!;
    expect(terms.versions.map((v) => v.text)).toEqual([V1_TEXT, V2_TEXT]);
    const target = await freshDb();
    expect(await importHistory(target, bundle)).toEqual({
      addedVersions: 3,
      skippedDuplicates: 0,
      addedDocuments: 2,
      droppedVersions: 0,
    });
    expect(clone(await exportHistory(target, new Date('2024-01-01T00:00:00Z')))).toEqual(bundle);
  });

  it('merges without duplicating versions already stored', async () => {
    const bundle = clone(await exportHistory(await seeded()));
    const target = await freshDb();
    await saveVersion(target, input(V2_TEXT, 2000));
    await saveVersion(target, input(V3_TEXT, 3000));
    expect(await importHistory(target, bundle)).toEqual({
      addedVersions: 2,
      skippedDuplicates: 1,
      addedDocuments: 1,
      droppedVersions: 0,
    });
    const { items } = await listVersions(target, KEY);
    expect(items.map((v) => v.firstSeen)).toEqual([3000, 2000, 1000]);
    expect(await importHistory(target, bundle)).toEqual({
      addedVersions: 0,
      skippedDuplicates: 3,
      addedDocuments: 0,
      droppedVersions: 0,
    });
  });
});

describe('validateHistoryBundle rejects hostile or damaged files', () => {
  const mutations: Array<[string, (b: HistoryBundle) => unknown, RegExp]> = [
    ['not an object', () => 'hello', /not a JSON object/],
    ['wrong format', (b) => ({ ...b, format: 'other' }), /format/],
    ['future schema', (b) => ({ ...b, schemaVersion: 2 }), /schemaVersion 2/],
    [
      'text edited after export',
      (b) => {
        b.documents[0]!.versions[0]!.text += ' We may sell your data.';
        return b;
      },
      /hash does not match/,
    ],
    [
      'forged key',
      (b) => {
        b.documents[0]!.key = 'https://evil.example';
        return b;
      },
      /canonical/,
    ],
    ['duplicate document', (b) => ({ ...b, documents: [b.documents[0], b.documents[0]] }), /repeats/],
    [
      'unknown kind',
      (b) => {
        (b.documents[0] as { kind: string }).kind = 'bank';
        return b;
      },
      /kind/,
    ],
    [
      'finding on a missing clause',
      (b) => {
        b.documents[0]!.versions[0]!.analysis.findings.push({
          clauseId: 'c999',
          actor: 'service',
          category: 'ai_training',
          stance: 'grant',
          severity: 'high',
          evidence: [],
          rule: 'x',
        });
        return b;
      },
      /findings on clauses/,
    ],
    [
      'bad stance',
      (b) => {
        const v = b.documents.find((d) => d.key === KEY)!.versions[1]!;
        (v.analysis.findings[0] as { stance: string }).stance = 'maybe';
        return b;
      },
      /stance/,
    ],
    [
      'huge text',
      (b) => {
        b.documents[0]!.versions[0]!.text = 'x'.repeat(5_000_001);
        return b;
      },
      /longer than/,
    ],
    [
      'prototype pollution attempt',
      (b) => JSON.parse(JSON.stringify(b).replace('"format"', '"__proto__":{"admin":true},"format"')) as unknown,
      /^$/,
    ],
    [
      'negative time',
      (b) => {
        b.documents[0]!.versions[0]!.firstSeen = -5;
        return b;
      },
      /firstSeen/,
    ],
    [
      'no versions',
      (b) => {
        b.documents[0]!.versions = [];
        return b;
      },
      /versions must hold/,
    ],
  ];
  it.each(mutations)('%s', async (_label, mutate, message) => {
    const data = mutate(clone(await exportHistory(await seeded())));
    const result = validateHistoryBundle(data);
    if (message.source === '^$') {
      // A __proto__ key is plain data after JSON.parse: the file is otherwise valid and must not pollute anything.
      expect(result.ok).toBe(true);
      expect(({} as { admin?: boolean }).admin).toBeUndefined();
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('import of a rejected file throws HistoryImportError and changes nothing', async () => {
    const db = await seeded();
    const before = clone(await exportHistory(db, new Date(0)));
    const bad = clone(before);
    bad.documents[1]!.versions[0]!.hash = '0'.repeat(64);
    await expect(importHistory(db, bad)).rejects.toBeInstanceOf(HistoryImportError);
    expect(clone(await exportHistory(db, new Date(0)))).toEqual(before);
  });

  it('an import that fails midway (quota) rolls back completely', async () => {
    const db = await freshDb();
    const bundle = clone(await exportHistory(await seeded()));
    const realAdd = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return realAdd.apply(this, args);
    };
    try {
      await expect(importHistory(db, bundle)).rejects.toThrow(/storage is full/i);
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect((await listDocuments(db)).items).toEqual([]);
  });
});

describe('exportDocumentHistory', () => {
  it('gives every version and the change report between consecutive versions', async () => {
    const db = await seeded();
    await saveVersion(db, input(V3_TEXT, 3000));
    const out = await exportDocumentHistory(db, KEY);
    expect(out?.document.versions).toHaveLength(3);
    expect(
      out?.reports.map((r) =>
        r.changes.filter((c) => c.category).map((c) => `${c.stanceBefore}->${c.stanceAfter}:${c.impact}`),
      ),
    ).toEqual([['null->grant:worse'], ['grant->restrict:better']]);
    expect(out?.reports.map((r) => r.wordingEdits.count)).toEqual([0, 0]);
    expect(await exportDocumentHistory(db, 'https://nowhere.example')).toBeNull();
  });

  it('lists the same-effect wording edits of each pair apart from its changes, marked as such', async () => {
    const db = await seeded();
    const reworded = V2_TEXT.replace('govern the Services', 'govern our Services');
    expect(reworded).not.toBe(V2_TEXT);
    await saveVersion(db, input(reworded, 3000));
    const out = await exportDocumentHistory(db, KEY);
    const last = out!.reports.at(-1)!;
    expect(last.changes).toEqual([]);
    expect(last.wordingEdits).toMatchObject({ sameEffect: true, count: 1 });
    expect(last.wordingEdits.lines).toEqual(['Reworded: "the" → "our"']);
    expect(last.wordingEdits.changes[0]).toMatchObject({ type: 'modified', impact: 'neutral', right: null });
    for (const r of out!.reports) expect(v.safeParse(DocumentHistoryReportSchema, r).issues).toBeUndefined();
  });
});

describe('imports checked at the edges (issue 13)', () => {
  it.each([
    [
      'a version seen at 1e300',
      (b: HistoryBundle) => {
        Object.assign(b.documents[0]!.versions[0]!, { firstSeen: 1e300, lastSeen: 1e300 });
        return b;
      },
      /firstSeen/,
    ],
    [
      'a document first seen at 1e300',
      (b: HistoryBundle) => {
        b.documents[0]!.firstSeen = 1e300;
        return b;
      },
      /invalid times/,
    ],
    [
      'a visit in the year 3000',
      (b: HistoryBundle) => {
        b.documents[0]!.lastVisitAt = Date.UTC(3000, 0, 1);
        return b;
      },
      /invalid times/,
    ],
    [
      'a date beyond tomorrow',
      (b: HistoryBundle) => {
        const v = b.documents[0]!.versions[0]!;
        v.lastSeen = Date.now() + 3 * 86_400_000;
        return b;
      },
      /lastSeen/,
    ],
    [
      'an export date out of range',
      (b: HistoryBundle) => ({ ...b, exportedAt: '+275760-09-13T00:00:00.000Z' }),
      /exportedAt/,
    ],
  ])('refuses %s', async (_label, mutate, message) => {
    const result = validateHistoryBundle(mutate(clone(await exportHistory(await seeded()))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('drops unknown fields at every level instead of storing them', async () => {
    const bundle = clone(await exportHistory(await seeded())) as unknown as Record<string, unknown> & HistoryBundle;
    const junk = 'x'.repeat(1_000_000);
    const doc = bundle.documents[0]! as unknown as Record<string, unknown>;
    const version = bundle.documents[0]!.versions[0]! as unknown as Record<string, unknown>;
    doc.junk = junk;
    version.junk = junk;
    (bundle.documents[0]!.versions[0]!.clauses[0] as unknown as Record<string, unknown>).junk = junk;
    (bundle.documents[0]!.versions[0]!.analysis as unknown as Record<string, unknown>).junk = junk;
    (bundle.documents[0]!.versions[0]!.analysis.summary as unknown as Record<string, unknown>).junk = junk;
    const db = await freshDb();
    await importHistory(db, bundle);
    const stored = JSON.stringify([
      await (db as unknown as { getAll(s: string): Promise<unknown[]> }).getAll('versions'),
      await (db as unknown as { getAll(s: string): Promise<unknown[]> }).getAll('documents'),
    ]);
    expect(stored).not.toContain('junk');
    expect(stored.length).toBeLessThan(20_000);
  });

  it('checks the file size before reading or parsing it', async () => {
    let read = false;
    const huge = {
      size: IMPORT_LIMITS.maxFileBytes + 1,
      text: async (): Promise<string> => {
        read = true;
        return '{}';
      },
    } as unknown as Blob;
    await expect(readHistoryFile(huge)).rejects.toThrow(/MiB a history file can be/);
    expect(read).toBe(false);
    await expect(readHistoryFile(new Blob(['{"format": nope']))).rejects.toBeInstanceOf(HistoryImportError);
    expect(await readHistoryFile(new Blob(['{"a":1}']))).toEqual({ a: 1 });
  });

  it("goes through the per-site limits: a file flooding one site leaves other sites' versions intact", async () => {
    const source = await freshDb();
    for (let i = 0; i < 30; i++)
      await saveVersion(source, input(`${V1_TEXT} Page ${i}.`, 1000 + i, `https://flood.example/p/${i}`));
    const bundle = clone(await exportHistory(source));
    const db = await freshDb();
    const kept = await saveVersion(db, input(V2_TEXT, 500, 'https://bank.example/terms'));
    const outcome = await importHistory(db, bundle, { limits: { maxDocumentsPerSite: 5 } });
    expect(outcome).toMatchObject({ addedVersions: 30, droppedVersions: 25 });
    const docs = (await listDocuments(db)).items;
    expect(docs.filter((d) => d.site === 'https://flood.example')).toHaveLength(5);
    expect((await listVersions(db, 'https://bank.example/terms')).items.map((v) => v.id)).toEqual([kept.versionId]);
  });
});
