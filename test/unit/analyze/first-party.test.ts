// The document's first party, found from its own definitions, title and URL host; no company name in the analyser.
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { findFirstParty, firstPartyEndsAt, firstPartyNames } from '../../../src/core/analyze/first-party';
import { parse, tokensOf } from '../../../src/core/analyze/nlp';

const doc = (
  text: string,
  title = '',
  url = 'https://example.invalid/1',
): { text: string; title: string; url: string } => ({
  text,
  title,
  url,
});

describe('findFirstParty', () => {
  it.each([
    [
      'Acme Video Communications, Inc. ("Acme", "we", "us") provides the Services.',
      ['acme video communications', 'acme'],
    ],
    ['These Terms are between you and Northwind Ltd (hereinafter "the Company").', ['northwind']],
    [
      'Example Web Services, Inc. ("EWS") and its affiliates offer the services.',
      ['example web services', 'ews', 'example'],
    ],
    ['Blue Harbor GmbH ("we" or "us") operates this site.', ['blue harbor', 'blue']],
    // The name among the aliases, commas inside the quotes, and no name right before the parenthesis.
    ['how Acme, Inc., its affiliates, and our branches, ("Acme," "us," "we," or "our") use data', ['acme']],
    [
      'This Policy explains how Northwind and its affiliates (collectively, “Northwind” or “we”) use it.',
      ['northwind'],
    ],
    // An address before the parenthesis is no name.
    ['Acme SAS, 7 rue Example, 75017 Paris ("Acme", "we")', ['acme']],
  ])('reads the definition in %j', (text, names) => {
    expect(findFirstParty(doc(text))).toEqual(names);
  });

  it.each([
    ['In these Terms, "Content" means text, images and sound ("Content").'],
    ['The General Data Protection Regulation ("GDPR") gives you rights.'],
    ['Google Analytics, a service of Google LLC, sets cookies.'],
    // The user defined ("referred to as you … hereinafter") is no company, nor a defined term of the user's side.
    ['between you as the user(s) of the Sites (referred to as “you”, “your” or “User” hereinafter) and us'],
    ['you agree to indemnify Example Holdings (hereinafter collectively "Claims")'],
  ])('finds no party in %j', (text) => {
    expect(findFirstParty(doc(text))).toEqual([]);
  });

  it.each([
    ['Acme Privacy Policy', ['acme']],
    ['Terms of Service | Acme', ['acme']],
    // A name written as its domain is also the bare name the text uses ("Acme may release your details").
    ['Acme.com Terms of Use', ['acme.com', 'acme']],
    ['Registration information', []],
    ['Scope of Privacy Policy', []],
    // A product of a brand names the brand too; generic words name nobody.
    ['Acme Music Terms of Use', ['acme music', 'acme']],
    ['Acme Service Terms', ['acme service', 'acme']],
    ['Global Privacy Policy', []],
    ['Website Terms of Use', []],
    ['Local Guides Terms and Conditions', ['local guides']],
  ])('reads the title %j', (title, names) => {
    expect(findFirstParty(doc('', title))).toEqual(names);
  });

  it('spells out a short name as the company the text names, whose first word is the brand of its products', () => {
    const text = 'The Services are sold by Acme Web Services, Inc. Content processed by Acme Transcribe …';
    expect(findFirstParty(doc(text, 'AWS Service Terms'))).toEqual(['aws service', 'aws', 'acme web services', 'acme']);
    // Initials of words that name no company ("California Civil Code") are not read.
    expect(findFirstParty(doc('under California Civil Code section 1798', 'CCC Terms of Use'))).toEqual(['ccc']);
  });

  it.each([
    ['https://www.acme.com/legal/terms', ['acme']],
    ['https://help.acme.co.uk/privacy', ['acme']],
    ['https://example.invalid/3', []],
    ['file:///home/me/terms.md', []],
  ])('reads the host of %s', (url, names) => {
    expect(findFirstParty(doc('', '', url))).toEqual(names);
  });
});

describe('the first party as the service acting', () => {
  const firstParty = firstPartyNames(['acme']);
  it('a comma before the first party opens a new sub-clause, so its grant is not under the earlier denial', () => {
    const text = 'We do not sell your contacts, Acme may sell usage data to data brokers.';
    const hits = matchClause(text, new Set(['data_sale']), { firstParty }).map((h) => [h.stance, h.actor]);
    expect(hits).toContainEqual(['grant', 'service']);
    const without = matchClause(text, new Set(['data_sale']), {}).map((h) => h.stance);
    expect(without).not.toContain('grant');
  });
});

describe('firstPartyEndsAt', () => {
  it('a name that would run past the last token does not end there (the clause ends inside it)', () => {
    const tokens = tokensOf(parse('We share it with Acme'));
    expect(firstPartyEndsAt(tokens, tokens.length, firstPartyNames(['Acme Cloud']))).toBe(false);
    expect(firstPartyEndsAt(tokens, tokens.length - 1, firstPartyNames(['Acme']))).toBe(true);
  });
});

describe('the first party is no outside service', () => {
  // A processor's own policy names itself as the one that processes; another document naming it shares data with it.
  const text = 'Stripe processes payment data on behalf of its customers.';
  const sharing = (names: string[]): string[] =>
    matchClause(text, new Set(['data_sharing']), { firstParty: firstPartyNames(names) }).map((h) => h.rule);
  it('in its own document', () => {
    expect(sharing(['stripe'])).toEqual([]);
  });
  it('in another document', () => {
    expect(sharing(['acme']).length).toBeGreaterThan(0);
  });
});
