// A unit that opens with the reader by its role as the subject of a verb ("Users must …", "The Customer is
// responsible …", "Account holders are …") is read as one that opens with "you" (analyze/index.ts roleOpeningAsYou):
// an item with its own subject, read without its lead-in, and no lead-in's right over the user's own act. Each guard
// names the reader's thing, not the reader as subject ("Customer Content may be used …", "Users' data …"), or is the
// service's act on the reader's data, and keeps its verdict.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { CategoryId, Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
/** The findings of `category` as "stance rule", read with `extra` (lead-ins, section). */
const found = (category: CategoryId, text: string, extra: Partial<Clause> = {}): string[] =>
  analyzeClauses([clauseOf(text, { id: `c${n++}`, ...extra })], { firstParty: ['acme'], sensitivity: 'every' })
    .findings.filter((f) => !f.role && f.category === category)
    .map((f) => `${f.stance} ${f.rule}`);

const MARKETPLACE_LEAD = {
  leads: ['If you opt to allow any of your content to be sold as digital products, then you agree as follows:'],
  sectionPath: ['Marketplace', 'Digital Products'],
};
const SHARING_LEAD = {
  leads: ['We may share Personal Data with the following recipients:'],
  sectionPath: ['Sharing of Personal Data'],
  section: 'Sharing of Personal Data',
};

describe('the reader by its role opening a unit reads as "you"', () => {
  it.each([
    [
      'content_licence',
      '(ii) You must specify the license terms that apply to each product you make available.',
      MARKETPLACE_LEAD,
    ],
    [
      'data_sharing',
      'You are responsible for the data you instruct us to share with these applications.',
      SHARING_LEAD,
    ],
  ] as const)('%s: %s', (category, youText, extra) => {
    const you = found(category, youText, extra);
    for (const role of ['Users', 'The Customer', 'Account holders', 'Subscribers']) {
      const text = youText
        .replace(/\bYou (must|are)\b/, role === 'The Customer' ? `${role} $1`.replace('are', 'is') : `${role} $1`)
        .replace(/\byou\b/g, role.toLowerCase());
      expect(found(category, text, extra), text).toEqual(you);
    }
  });
});

describe("the reader's thing, or the service's act, keeps its verdict", () => {
  it.each([
    ['ai_training', 'Customer Content may be used by us to train models.'],
    ['data_sharing', 'We may share users’ data with partners.'],
    ['data_sharing', "We may disclose the user's information to law enforcement."],
    ['data_sharing', 'Users’ data may be shared with our advertising partners.'],
    ['data_sharing', 'User data may be shared with our advertising partners.'],
  ] as const)('%s: %s', (category, text) => {
    expect(found(category, text, { leads: ['In addition:'] }).join()).toContain('grant');
  });
});
