// Clauses as offsets into their version's text, section paths as a tree, read back exactly.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import { packClauses, unpackClauses } from '../../../src/core/clause-pack';
import { versionProblem } from '../../../src/storage/validate';
import type { Clause } from '../../../src/core/types';
import { analysisOf, nestedHeadings, zoom } from './helpers';

describe('packClauses / unpackClauses', () => {
  it.each([
    ['Zoom terms', zoom],
    ['nested headings', nestedHeadings],
  ])("gives back the extractor's clauses exactly (%s)", (_name, make) => {
    const { text, clauses } = make();
    expect(clauses.length).toBeGreaterThan(100);
    const packed = packClauses(text, clauses);
    expect(packed.form).toBe('offsets');
    expect(unpackClauses(text, packed)).toEqual(clauses);
  });

  it('keeps clauses that are not slices of the text whole, rather than losing them', () => {
    const text = 'One. Two.';
    const odd: Clause[] = [
      { id: 'c0', block: 0, start: 0, end: 4, text: 'One.', sectionPath: [], section: '' },
      { id: 'c1', block: 0, start: 5, end: 9, text: 'Six.', sectionPath: [], section: '' },
    ];
    const packed = packClauses(text, odd);
    expect(packed.form).toBe('inline');
    expect(unpackClauses(text, packed)).toEqual(odd);
    // Ids, sections and non-integer offsets that offsets could not reproduce keep them whole too.
    expect(packClauses(text, [{ ...odd[0]!, id: 'x' }]).form).toBe('inline');
    expect(packClauses(text, [{ ...odd[0]!, section: 'Elsewhere' }]).form).toBe('inline');
    expect(packClauses(text, [{ ...odd[0]!, block: 0.5 }]).form).toBe('inline');
  });
});

describe('stored clauses', () => {
  it('offsets that point outside the text make the record damaged, not a crash', () => {
    const text = 'One. Two.';
    const packed = packClauses(text, [
      { id: 'c0', block: 0, start: 0, end: 4, text: 'One.', sectionPath: ['A'], section: 'A' },
    ]);
    const record = {
      id: 1,
      documentKey: 'k',
      hash: '0'.repeat(64),
      title: '',
      text,
      analysis: analysisOf([]),
      firstSeen: 1,
      lastSeen: 1,
      bytes: 1,
    };
    expect(versionProblem({ ...record, clauses: packed })).toBeNull();
    if (packed.form !== 'offsets') throw new Error('expected offsets');
    expect(versionProblem({ ...record, clauses: { ...packed, spans: [0, 99, 0] } })).toMatch(/outside the text/);
    expect(versionProblem({ ...record, clauses: { ...packed, spans: [0, 4, 5] } })).toMatch(/section out of range/);
    expect(versionProblem({ ...record, clauses: { ...packed, parents: [3] } })).toMatch(/section tree/);
    expect(versionProblem({ ...record, clauses: { ...packed, labels: [[5, 99]] } })).toMatch(/section label/);
  });
});

describe('clause context and role', () => {
  const text = 'We use your data to:\ntrain our models\nsee our policy here.';
  const clauses: Clause[] = [
    {
      id: 'c0',
      block: 0,
      start: 0,
      end: 20,
      text: 'We use your data to:',
      sectionPath: [],
      section: '',
      paragraph: true,
    },
    {
      id: 'c1',
      block: 1,
      start: 0,
      end: 16,
      text: 'train our models',
      sectionPath: [],
      section: '',
      leads: ['We use your data to:'],
      columnHeader: 'Purpose',
      rowLabel: 'Chats',
    },
    {
      id: 'c2',
      block: 2,
      start: 0,
      end: 20,
      text: 'see our policy here.',
      sectionPath: [],
      section: '',
      role: 'pointer',
    },
  ];
  const record = {
    id: 1,
    documentKey: 'k',
    hash: '0'.repeat(64),
    title: '',
    text,
    analysis: analysisOf([]),
    firstSeen: 1,
    lastSeen: 1,
    bytes: 1,
  };

  it('are stored with the offsets and read back exactly, each text once', () => {
    const packed = packClauses(text, clauses);
    if (packed.form !== 'offsets') throw new Error('expected offsets');
    expect(packed.extras?.strings).toEqual(['We use your data to:', 'Purpose', 'Chats']);
    expect(unpackClauses(text, packed)).toEqual(clauses);
    expect(versionProblem({ ...record, clauses: packed })).toBeNull();
  });

  it('damaged extras make the record damaged', () => {
    const packed = packClauses(text, clauses);
    if (packed.form !== 'offsets' || !packed.extras) throw new Error('expected extras');
    const { strings } = packed.extras;
    for (const list of [
      [[1, { leads: [7] }]],
      [[9, { role: 'pointer' }]],
      [[2, { role: 'gossip' }]],
      [
        [2, {}],
        [1, {}],
      ],
    ]) {
      expect(versionProblem({ ...record, clauses: { ...packed, extras: { strings, list } } })).toMatch(/extra/);
    }
    expect(packed.paragraphs).toEqual([0, 1]);
    for (const paragraphs of [[0], [0, 0], [-1, 1], [0, 4], [0, 1, 0, 1], [0.5, 1], 'all']) {
      expect(versionProblem({ ...record, clauses: { ...packed, paragraphs } })).toMatch(/paragraphs/);
    }
  });

  it('inline clauses keep their context, and a wrong type is a damaged record', () => {
    const inline = { form: 'inline', list: [{ ...clauses[1]!, id: 'x' }] };
    expect(versionProblem({ ...record, clauses: inline })).toBeNull();
    expect(versionProblem({ ...record, clauses: { form: 'inline', list: [{ ...clauses[1]!, leads: 'x' }] } })).toMatch(
      /leads/,
    );
    expect(versionProblem({ ...record, clauses: { form: 'inline', list: [{ ...clauses[2]!, role: 'x' }] } })).toMatch(
      /role/,
    );
    expect(
      versionProblem({ ...record, clauses: { form: 'inline', list: [{ ...clauses[0]!, paragraph: 'yes' }] } }),
    ).toMatch(/paragraph/);
  });
});

// A pack stored before clauses carried their shape (Clause.paragraph) is read again after a version bump
// (storage/history.ts ensureCurrentAnalysis): its units are of unknown shape, so a listed recipient stays one.
describe('a pack stored before the paragraph mark', () => {
  it('keeps its recipient-list finding when analysed again', () => {
    const heading = 'Who do we share your information with?';
    const text = `${heading}\nService providers.\nAffiliates.`;
    const old: Clause[] = [
      { id: 'c0', block: 1, start: 0, end: 18, text: 'Service providers.', sectionPath: [heading], section: heading },
      { id: 'c1', block: 2, start: 0, end: 11, text: 'Affiliates.', sectionPath: [heading], section: heading },
    ];
    const packed = packClauses(text, old);
    const record = { id: 1, documentKey: 'k', hash: '0'.repeat(64), title: '', text, firstSeen: 1, lastSeen: 1 };
    expect(versionProblem({ ...record, analysis: analysisOf([]), bytes: 1, clauses: packed })).toBeNull();
    const again = analyzeClauses(unpackClauses(text, packed), { model: 'off' }).findings;
    expect(again.filter((f) => f.category === 'data_sharing').map((f) => [f.clauseId, f.stance, f.rule])).toEqual([
      ['c0', 'grant', 'data_sharing.recipient-label-under-recipients-heading'],
      ['c1', 'grant', 'data_sharing.recipient-label-under-recipients-heading'],
    ]);
    // The same units marked as paragraphs are the run-in titles of what follows (GUIDE D9).
    const marked = old.map((c) => ({ ...c, paragraph: true as const }));
    const now = analyzeClauses(unpackClauses(text, packClauses(text, marked)), { model: 'off' }).findings;
    expect(now.filter((f) => f.category === 'data_sharing')).toEqual([]);
  });
});
