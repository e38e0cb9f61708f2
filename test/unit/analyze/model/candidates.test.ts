// What the model adds beside the rules: candidates on units the rules missed, with stance, actor and evidence decided
// by the rules' machinery; never on a duty of the user, a pointer, an explanation or a heading; vetoes where set.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../../src/core/analyze';
import { withModel } from '../../../../src/core/analyze/model';
import { loadClassifier, type ModelFile } from '../../../../src/core/analyze/model/classifier';
import { CATEGORY_IDS, type CategoryId, type Finding } from '../../../../src/core/types';
import { clauseOf } from '../clause-fixture';

const perCategory = (v: number): Record<CategoryId, number> =>
  Object.fromEntries(CATEGORY_IDS.map((c) => [c, v])) as Record<CategoryId, number>;

/** A model with no word weights: every unit scores sigmoid(bias) for every category. */
function constantModel(bias: number, vetoes = perCategory(0)) {
  const file: ModelFile = {
    format: 'termwatch-logreg-sparse-int8-v1',
    bits: 8,
    categories: [...CATEGORY_IDS],
    bias: CATEGORY_IDS.map(() => bias),
    scale: CATEGORY_IDS.map(() => 1),
    positions: '',
    values: '',
    thresholds: perCategory(0.5),
    vetoes,
  };
  return loadClassifier(file);
}

const clause = clauseOf;

const sure = constantModel(10);

describe('model candidates', () => {
  it('proposes a unit the rules missed, with a rule id model:<category>, evidence from the text and a stance', () => {
    const c = clause('We may use the conversations you have with us to make our assistant better.');
    const [f] = withModel(sure, c, [], ['ai_training'], []);
    expect(f).toMatchObject({ clauseId: 'c0', category: 'ai_training', rule: 'model:ai_training', actor: 'service' });
    expect(f!.stance).toBe('grant');
    expect(c.text).toContain(f!.evidence[0]);
  });

  it('takes its stance from stance.ts: a denial is a restrict, an opt-out a conditional', () => {
    const [deny] = withModel(
      sure,
      clause('We will never use your chats to train our assistant.'),
      [],
      ['ai_training'],
      [],
    );
    expect(deny!.stance).toBe('restrict');
    const [optOut] = withModel(
      sure,
      clause('We use your chats to train our assistant unless you opt out in your settings.'),
      [],
      ['ai_training'],
      [],
    );
    expect(optOut).toMatchObject({ stance: 'conditional', condition: 'opt_out' });
  });

  it('takes a retention stance from what the unit says: a period restricts, an open end grants', () => {
    const [period] = withModel(sure, clause('Chat transcripts are kept for 12 months.'), [], ['retention'], []);
    expect(period).toMatchObject({ category: 'retention', stance: 'restrict', severity: 'low' });
    const [open] = withModel(
      sure,
      clause('We keep your information as long as necessary for our business purposes.'),
      [],
      ['retention'],
      [],
    );
    expect(open).toMatchObject({ category: 'retention', stance: 'grant' });
  });

  it("keeps the user's deletion right as a retention restrict of the service (R1), not the user acting", () => {
    const c = clause('You can delete your profile at any time from your account settings.');
    expect(withModel(sure, c, [], ['retention'], [])).toEqual([
      expect.objectContaining({ category: 'retention', stance: 'restrict', actor: 'service' }),
    ]);
  });

  it.each([
    ['a duty of the user', clause('You may not use our content to train any artificial intelligence model.')],
    ['a prohibition on the user', clause('You agree not to sell, rent or lease any data obtained from the service.')],
    ['a pointer', clause('For more on how our models are built, see our AI notice.', { role: 'pointer' })],
    ['an explanation', clause('Large language models are trained on text.', { role: 'explanation' })],
  ])('drops a model finding on %s', (_, c) => {
    expect(withModel(sure, c, [], ['ai_training', 'data_sale'], [])).toEqual([]);
  });

  it('analyzeClauses drops a model finding on an item under the user duties lead-in', () => {
    const item = clause('use the service to build a competing product', { leads: ['You agree not to:'] });
    expect(analyzeClauses([item], { model: 'both' }).findings).toEqual([]);
  });

  it('adds nothing where a rule already reported the category, nor in categories it may not add to', () => {
    const rule: Finding = {
      clauseId: 'c0',
      category: 'ai_training',
      stance: 'grant',
      severity: 'high',
      evidence: ['train'],
      rule: 'ai_training.x',
      actor: 'service',
    };
    const c = clause('We train our models on your chats.');
    expect(withModel(sure, c, [rule], ['ai_training'], [])).toEqual([rule]);
    expect(withModel(sure, c, [], [], [])).toEqual([]);
  });

  it('gives no category to a unit the rules understood in another one', () => {
    const rule: Finding = {
      clauseId: 'c0',
      category: 'ai_training',
      stance: 'restrict',
      severity: 'low',
      evidence: ['train'],
      rule: 'ai_training.x',
      actor: 'service',
    };
    const c = clause('We will never use customer data to train our models.');
    expect(withModel(sure, c, [rule], ['ai_training', 'data_sale', 'tracking'], [])).toEqual([rule]);
  });

  it('adds tracking beside a sharing rule that names who receives or collects the data, not beside any sharing', () => {
    const sharing = (rule: string): Finding => ({
      clauseId: 'c0',
      category: 'data_sharing',
      stance: 'grant',
      severity: 'medium',
      evidence: ['analytics'],
      rule,
      actor: 'service',
    });
    const c = clause('Examplecloud Ltd providing an analytics service in the role of our data processor.');
    const categories = (rule: string): string[] =>
      withModel(sure, c, [sharing(rule)], ['tracking'], []).map((f) => f.category);
    expect(categories('data_sharing.named-processor')).toEqual(['data_sharing', 'tracking']);
    expect(categories('data_sharing.share-with-third-parties')).toEqual(['data_sharing']);
  });

  // A unit the model reads as mainly sharing gets tracking beside a recipient-side rule, not data_sale, and nothing
  // where it names cookies the service needs (GUIDE T3): a needed-word counts only in a sentence that names a cookie.
  it('beside a recipient-side rule on a unit mainly about sharing, adds only the categories of the rule', () => {
    const file: ModelFile = {
      format: 'termwatch-logreg-sparse-int8-v1',
      bits: 8,
      categories: [...CATEGORY_IDS],
      bias: CATEGORY_IDS.map((c) => (c === 'data_sharing' ? 10 : c === 'data_sale' || c === 'tracking' ? 3 : -10)),
      scale: CATEGORY_IDS.map(() => 1),
      positions: '',
      values: '',
      thresholds: perCategory(0.5),
      vetoes: perCategory(0),
    };
    const sharingMain = loadClassifier(file);
    const sharing = (rule: string): Finding => ({
      clauseId: 'c0',
      category: 'data_sharing',
      stance: 'grant',
      severity: 'medium',
      evidence: ['partners'],
      rule,
      actor: 'service',
    });
    const categories = (rule: string, text: string): string[] =>
      withModel(sharingMain, clause(text), [sharing(rule)], ['data_sale', 'tracking'], []).map((f) => f.category);
    const kinds = 'data_sharing.recipient-kinds-listed';
    expect(categories(kinds, 'These partners may include advertising networks that place cookies.')).toEqual([
      'data_sharing',
      'tracking',
    ]);
    expect(categories('data_sharing.share-with-third-parties', 'We share cookie data with partners.')).toEqual([
      'data_sharing',
    ]);
    for (const text of [
      'Some of these cookies may be provided by third parties, including service providers, to keep the site secure.',
      'Some of these cookies may be provided by third parties, including our payment processor and hosting provider, and are strictly necessary.',
    ])
      expect(categories(kinds, text)).toEqual(['data_sharing']);
    // "security", "detect fraud" with no cookie or tracker named do not stop the model.
    expect(
      categories(kinds, 'These partners may include advertising networks, analytics companies and security vendors.'),
    ).toEqual(['data_sharing', 'tracking']);
    expect(
      categories(kinds, 'These partners may include advertising networks that place cookies and detect fraud.'),
    ).toEqual(['data_sharing']);
  });

  it('vetoes a rule finding the model scores below the veto, only in categories it may act on', () => {
    const unsure = constantModel(-10, { ...perCategory(0), data_sale: 0.1 });
    const rule: Finding = {
      clauseId: 'c0',
      category: 'data_sale',
      stance: 'grant',
      severity: 'high',
      evidence: ['sell'],
      rule: 'data_sale.x',
      actor: 'service',
    };
    const c = clause('We sell gift cards.');
    expect(withModel(unsure, c, [rule], ['data_sale'], [])).toEqual([]);
    expect(withModel(unsure, c, [rule], ['ai_training'], [])).toEqual([rule]);
  });

  it("analyzeClauses: model 'off' adds no model finding, 'only' runs no rule", () => {
    const clauses = [
      clause('We use your chats to train our artificial intelligence models.'),
      clause('We share your contact details with our marketing partners.', { id: 'c1' }),
    ];
    const off = analyzeClauses(clauses, { model: 'off' }).findings;
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((f) => !f.rule.startsWith('model:'))).toBe(true);
    const only = analyzeClauses(clauses, { model: 'only' }).findings;
    expect(only.every((f) => f.rule.startsWith('model:'))).toBe(true);
    expect(only.map((f) => f.category)).toContain('ai_training');
  });
});
