// "Why this grade": the page's worst rights, what each costs, and the grade the page would have without it.
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GradeCard } from '../../../src/pages/popup/grade-card';
import { SEVERITY_WEIGHTS, gradeFor, summarize } from '../../../src/core/score';
import type { Finding } from '../../../src/core/types';

afterEach(() => {
  document.body.innerHTML = '';
});

const f = (over: Partial<Finding>): Finding => ({
  clauseId: 'c0',
  category: 'ai_training',
  stance: 'grant',
  severity: 'high',
  evidence: [],
  rule: 'x',
  actor: 'service',
  ...over,
});

describe('popup: why this grade', () => {
  it('lists the worst rights with their cost and the grade without each', () => {
    const findings = [f({}), f({ clauseId: 'c1' }), f({ clauseId: 'c2', category: 'data_sale', severity: 'medium' })];
    const root = document.createElement('div');
    document.body.append(root);
    render(h(GradeCard, { summary: summarize(findings), findings }), root);
    const items = [...root.querySelectorAll('.why-grade li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(`AI / machine-learning training (takes the right): −${SEVERITY_WEIGHTS.high} points`);
    const without = gradeFor(100 - SEVERITY_WEIGHTS.medium);
    if (without !== summarize(findings).grade) expect(items[0]).toContain(`without it: ${without}`);
    expect(items[1]).toContain(`Sale of personal data (takes the right): −${SEVERITY_WEIGHTS.medium} points`);
  });

  it('says nothing of the kind for a page with no grade', () => {
    const findings = [f({})];
    const root = document.createElement('div');
    document.body.append(root);
    render(h(GradeCard, { summary: summarize(findings, 'too-short'), findings }), root);
    expect(root.querySelector('.why-grade')).toBeNull();
    expect(root.querySelector('.grade')?.textContent).toBe('–');
  });
});
