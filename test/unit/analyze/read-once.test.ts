// One analysis reads a text once per way of reading it (readOnce in index.ts): a page that repeats a unit's text under
// other headings, lead-ins or column headers is read anew in each context, and a repeat in the same context gets the
// same findings under its own clause id. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

const clause = (id: string, text: string, extra: Partial<Clause> = {}): Clause => clauseOf(text, { id, ...extra });
const found = (clauses: Clause[]): string[] =>
  analyzeClauses(clauses, { model: 'off' }).findings.map((f) => `${f.clauseId} ${f.category}:${f.stance}`);
const alone = (c: Clause): string[] => found([c]);

describe('a text repeated in one analysis', () => {
  const improve = 'We may use your prompts and responses for service improvement.';
  const under = (id: string, heading: string): Clause =>
    clause(id, improve, { sectionPath: [heading], section: heading });
  it('is read under each heading it stands under', () => {
    const clauses = [under('a', 'Generative AI Features'), under('b', 'Billing'), under('c', 'Generative AI Features')];
    expect(alone(clauses[0]!)).toEqual(['a ai_training:grant']);
    expect(alone(clauses[1]!)).toEqual([]);
    expect(found(clauses)).toEqual(['a ai_training:grant', 'c ai_training:grant']);
  });

  it('is read under each heading path, though its innermost heading is the same', () => {
    const train = 'We may train our AI models and algorithms.';
    const path = (id: string, outer: string): Clause =>
      clause(id, train, { sectionPath: [outer, 'Product development'], section: 'Product development' });
    const clauses = [path('a', 'Our technology'), path('b', 'How do we use personal information?')];
    expect(alone(clauses[0]!)).toEqual([]);
    expect(alone(clauses[1]!)).toEqual(['b ai_training:grant']);
    expect(found(clauses)).toEqual(['b ai_training:grant']);
  });

  it('is read with each lead-in it follows', () => {
    const item = 'train and improve our machine learning models';
    const clauses = [
      clause('a', item, { leads: ['We use your conversations to:'] }),
      clause('b', item, { leads: ['You agree not to:'] }),
      clause('c', item, { leads: ['We use your conversations to:'] }),
    ];
    expect(found(clauses)).toEqual([...alone(clauses[0]!), ...alone(clauses[1]!), ...alone(clauses[2]!)]);
    expect(found(clauses)).toEqual(['a ai_training:grant', 'c ai_training:grant']);
  });
});
