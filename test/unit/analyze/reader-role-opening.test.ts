// A unit that opens with the reader by its role as the subject of a verb ("Users must …", "The Customer is responsible …",
// "Each user must …", "Account holders are …") is read as one that opens with "you" (analyze/index.ts
// roleOpeningAsYou): an item with its own subject, read without its lead-in, and no lead-in's right over the user's own
// act. The guards sit under a lead-in that carries a right, so a wrong reading would lose the lead-in's grant: a role
// beside "you"/"your" names other people ("Members can see your public posts"), and a role naming whose thing it is
// ("Customer Content may include …") is no subject.
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
const YOUR_SHARING_LEAD = {
  leads: ['We may share your information with:'],
  sectionPath: ['Sharing'],
  section: 'Sharing',
};
const YOUR_RECIPIENTS_LEAD = {
  ...YOUR_SHARING_LEAD,
  leads: ['We may share your information with the following recipients:'],
};

/** The unit written with `role` for "you": its verb in the third person after a singular role. */
function withRole(youText: string, role: string): string {
  const singular = !/s$/.test(role);
  return youText
    .replace(/\bYou (must|are)\b/, (_, verb: string) => `${role} ${singular && verb === 'are' ? 'is' : verb}`)
    .replace(/\byou make\b/g, `${role.toLowerCase()} ${singular ? 'makes' : 'make'}`)
    .replace(/\byou\b/g, role.toLowerCase());
}

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
    for (const role of ['Users', 'The Customer', 'Each user', 'Account holders', 'Subscribers']) {
      const text = withRole(youText, role);
      expect(text).not.toMatch(/\byou\b/i);
      expect(found(category, text, extra), text).toEqual(you);
    }
  });
  it('writes the singular role with "is"', () => {
    expect(withRole('You are responsible for the data you instruct us to share.', 'The Customer')).toBe(
      'The Customer is responsible for the data the customer instruct us to share.',
    );
  });
});

describe('a role beside "you", or the reader\'s thing, keeps the lead-in\'s grant', () => {
  it.each([
    ['Members can see your public posts and comments.', YOUR_SHARING_LEAD],
    ['Customers will see your listing and reviews.', YOUR_SHARING_LEAD],
    ['Members may see your name, photo and profile, and the groups you join.', YOUR_RECIPIENTS_LEAD],
    ['Customer Content may include messages and files.', YOUR_SHARING_LEAD],
  ] as const)('%s', (text, extra) => {
    expect(found('data_sharing', text, extra)).toEqual(['grant lead:data_sharing']);
  });
});

describe("the service's act on the reader's data keeps its grant", () => {
  it.each([
    ['data_sharing', 'We may share users’ data with partners.', 'grant data_sharing.share-with-third-parties'],
    [
      'data_sharing',
      "We may disclose the user's information to law enforcement.",
      'grant data_sharing.share-user-data',
    ],
    [
      'data_sharing',
      'Users’ data may be shared with our advertising partners.',
      'grant data_sharing.share-with-third-parties',
    ],
    [
      'data_sharing',
      'User data may be shared with our advertising partners.',
      'grant data_sharing.share-with-third-parties',
    ],
  ] as const)('%s: %s', (category, text, want) => {
    expect(found(category, text, SHARING_LEAD)).toEqual([want]);
  });
});
