// The reader's role as a possessive ("the Customer's application", "the Customer's end users") reads as "your" where
// a reading spells the reader's own things so (analyze/actor.ts readersOwn, readerPossessiveAsYour): the same verdict
// as the sentence with "your". Each guard is the service's act on the reader's data or the reader's own grant, and
// keeps its grant.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { CategoryId } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
/** The findings of `category` as "stance rule". */
const found = (category: CategoryId, text: string): string[] =>
  analyzeClauses([clauseOf(text, { id: `p${n++}` })], { firstParty: ['acme'], sensitivity: 'every' })
    .findings.filter((f) => !f.role && f.category === category)
    .map((f) => `${f.stance} ${f.rule}`);

describe('the reader\'s role as a possessive reads as "your"', () => {
  it.each([
    [
      'data_sharing',
      'Your privacy policy must thoroughly disclose the manner in which your application accesses, uses, stores, or shares user data.',
    ],
    [
      'content_licence',
      'Before you submit content to our APIs, you will ensure that you have the necessary rights (including the necessary rights from your end users) to grant us the license.',
    ],
  ] as const)('%s: %s', (category, yourText) => {
    const your = found(category, yourText);
    for (const role of ['the Customer', 'the user']) {
      const text = yourText
        .replace(/\bYour\b/g, `${role[0]!.toUpperCase()}${role.slice(1)}’s`)
        .replace(/\byour\b/g, `${role}'s`)
        .replace(/\byou have\b/g, `${role} has`)
        .replace(/\byou\b/g, role);
      expect(found(category, text), text).toEqual(your);
    }
  });
  it.each([
    ['content_licence', "The Customer grants Acme a worldwide licence to use the Customer's content."],
    ['data_sharing', "The Customer's application data may be shared with our advertising partners."],
    ['data_sharing', "Acme may share the user's data with its partners."],
  ] as const)('%s keeps its grant: %s', (category, text) => {
    const stances = found(category, text);
    expect(stances.length, text).toBeGreaterThan(0);
    for (const s of stances) expect(s.split(' ')[0]).toBe('grant');
  });
  // A padded two-word role ("account holder's") and a double space read as "your" too.
  it.each([
    "Before the account holder submits content to our APIs, the account holder will ensure that the account holder has the necessary rights (including the necessary rights from the account holder's end users) to grant us the license.",
    "Before the Customer submits content to our APIs, the Customer will ensure that the Customer has the necessary rights (including the necessary rights from the  customer's end users) to grant us the license.",
  ])('content_licence as with "your": %s', (text) => {
    expect(found('content_licence', text)).toEqual([]);
  });
});

describe("the reader's role as a possessive that is not the reader's own", () => {
  // A possessive after a verb or preposition, or after an owner word, is the service's object: the grant stays.
  it.each([
    "Acme collects data from the user's website and may share it with advertising partners.",
    "Our customer's application may disclose your personal data to its advertising partners.",
  ])('data_sharing keeps its grant: %s', (text) => {
    expect(found('data_sharing', text)).toEqual(['grant data_sharing.share-with-third-parties']);
  });
  // The service's licence to the reader's people is a licence to users (content_licence.licence-to-user vetoes it).
  it.each([
    "Acme hereby grants to the Customer's end users a non-exclusive licence to access and view the submissions.",
    "Acme grants the Customer's employees a non-transferable licence to access the submissions and content.",
    'Acme hereby grants to your end users a non-exclusive licence to access and view the submissions.',
  ])('content_licence none: %s', (text) => {
    expect(found('content_licence', text)).toEqual([]);
  });
});
