import { describe, expect, it } from 'vitest';
import type { LabelLine } from '../../../scripts/gold/compile-labels';
import { resolveGold, type SettledLabel } from '../../../scripts/gold/resolve-gold';

const doc = 'documents/S/Privacy Policy.md';
const line = (over: Partial<LabelLine>): LabelLine => ({
  doc,
  quote: 'q',
  occurrence: 0,
  context: 'ctx',
  category: null,
  stance: null,
  condition: null,
  role: 'operative',
  actor: 'service',
  set: 'whole',
  annotator: 'A1',
  note: '',
  ...over,
});
const settled = (over: Partial<SettledLabel>): SettledLabel => ({
  doc,
  quote: 'q',
  occurrence: 0,
  category: 'data_sale',
  stance: 'restrict',
  condition: null,
  role: 'operative',
  actor: 'service',
  reason: 'r',
  ...over,
});
const find = (gold: ReturnType<typeof resolveGold>['gold'], category: string, quote = 'q') =>
  gold.find((g) => g.category === category && g.quote === quote);

describe('resolveGold', () => {
  it('a whole-document unit is gold for all seven categories; a net unit only for its own', () => {
    const { gold } = resolveGold([line({}), line({ quote: 'n', set: 'net-ai' })], []);
    expect(gold.filter((g) => g.quote === 'q')).toHaveLength(7);
    expect(gold.filter((g) => g.quote === 'n').map((g) => g.category)).toEqual(['ai_training']);
    expect(gold.every((g) => g.stance === null && g.source === 'agreed')).toBe(true);
  });

  it('agreement across annotators gives the label; the stance and condition are kept', () => {
    const { gold, unsettled } = resolveGold(
      [
        line({ category: 'tracking', stance: 'conditional', condition: 'opt_out' }),
        line({ annotator: 'B', category: 'tracking', stance: 'conditional', condition: 'opt_out' }),
      ],
      [],
    );
    expect(unsettled).toEqual([]);
    expect(find(gold, 'tracking')).toMatchObject({ stance: 'conditional', condition: 'opt_out', source: 'agreed' });
    expect(find(gold, 'data_sale')?.stance).toBeNull();
  });

  it('a disagreement is unsettled until adjudicated, and the adjudication decides', () => {
    const lines = [line({ category: 'data_sale', stance: 'grant' }), line({ annotator: 'B' })];
    const open = resolveGold(lines, []);
    expect(open.unsettled).toEqual([
      { doc, quote: 'q', occurrence: 0, category: 'data_sale', values: { A1: 'grant', B: 'none' } },
    ]);
    expect(find(open.gold, 'data_sale')).toBeUndefined();
    expect(find(open.gold, 'tracking')?.stance).toBeNull(); // the other categories agree
    const done = resolveGold(lines, [settled({ stance: 'restrict' })]);
    expect(done.unsettled).toEqual([]);
    expect(find(done.gold, 'data_sale')).toMatchObject({ stance: 'restrict', source: 'settled' });
  });

  it('a condition difference is a disagreement', () => {
    const { unsettled } = resolveGold(
      [
        line({ category: 'data_sale', stance: 'conditional', condition: 'opt_in' }),
        line({ annotator: 'B', category: 'data_sale', stance: 'conditional', condition: 'opt_out' }),
      ],
      [],
    );
    expect(unsettled.map((u) => u.values)).toEqual([{ A1: 'conditional:opt_in', B: 'conditional:opt_out' }]);
  });

  it('a settled label overrides an agreement, and a later settled line wins; "none" settles to a negative', () => {
    const lines = [line({ category: 'data_sale', stance: 'grant' })];
    const { gold } = resolveGold(lines, [settled({ stance: 'grant' }), settled({ stance: 'none', actor: 'user' })]);
    expect(find(gold, 'data_sale')).toMatchObject({ stance: null, actor: 'user', source: 'settled' });
  });

  it('a net annotator and a whole-document annotator meet only on the net category', () => {
    const { gold, unsettled } = resolveGold(
      [line({ category: 'tracking', stance: 'grant' }), line({ annotator: 'A3', set: 'net-ai' })],
      [],
    );
    expect(unsettled).toEqual([]);
    expect(find(gold, 'tracking')?.stance).toBe('grant');
    expect(find(gold, 'ai_training')?.stance).toBeNull();
  });

  it('records a user obligation or a role when one annotator wrote the reason and the other left the unit out', () => {
    const { gold } = resolveGold(
      [line({ category: 'ai_training', stance: 'none', actor: 'user' }), line({ annotator: 'B' })],
      [],
    );
    expect(find(gold, 'ai_training')).toMatchObject({ stance: null, actor: 'user' });
    const pointer = resolveGold([line({ category: 'ai_training', stance: 'none', role: 'pointer' })], []).gold;
    expect(find(pointer, 'ai_training')).toMatchObject({ stance: null, role: 'pointer', actor: 'service' });
  });

  it('a settled label on a unit nobody labelled adds that unit for its category only', () => {
    const { gold } = resolveGold([line({ set: 'net-ai' })], [settled({ quote: 'outside the net', stance: 'grant' })]);
    expect(gold.map((g) => [g.quote, g.category, g.stance, g.source])).toEqual([
      ['q', 'ai_training', null, 'agreed'],
      ['outside the net', 'data_sale', 'grant', 'settled'],
    ]);
  });

  it('keys units by quote and occurrence: two copies of a text are two units', () => {
    const { gold } = resolveGold(
      [line({ set: 'net-sale' }), line({ set: 'net-sale', occurrence: 1, category: 'data_sale', stance: 'grant' })],
      [],
    );
    expect(gold.map((g) => [g.occurrence, g.stance])).toEqual([
      [0, null],
      [1, 'grant'],
    ]);
  });
});
