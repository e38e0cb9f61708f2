import { describe, expect, it } from 'vitest';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import { vetoFires } from '../../../src/core/analyze/rule';
import { DATA_SHARING_VETOES } from '../../../src/core/analyze/rules/data-sharing-vetoes';

const ACME = firstPartyNames(['acme']);
const keepsSecret = DATA_SHARING_VETOES.find((v) => v.id === 'data_sharing.user-keeps-secret')!;

/** A list item read with its lead-in, as the engine reads it: the lead's words come before `unitStart`. */
function itemFires(lead: string, item: string): boolean {
  const lower = `${lead} ${item}`.toLowerCase();
  return vetoFires(keepsSecret, lower, { sectionItem: false, firstParty: ACME, unitStart: lead.length + 1 });
}

describe('user-keeps-secret reads the lead-in of a "never …" item', () => {
  it.each([
    [
      'We will always:',
      'never share your personal information with third parties for their marketing without your consent.',
    ],
    ['Acme will:', 'never disclose your account details to third parties.'],
    ['We will always:', 'never disclose your account details to third parties.'],
    ['The Company will:', 'never sell or share your account details with data brokers.'],
    ['We commit to:', 'never disclose your account details to third parties.'],
    ['Acme Inc. will:', 'never disclose your account details to third parties.'],
  ])('keeps a promise of the service: %j %j', (lead, item) => {
    expect(itemFires(lead, item)).toBe(false);
  });
  it.each([
    ['To keep your account safe, you should:', 'never share your password with anyone.'],
    ['Security tips:', 'Never disclose your PIN to anyone.'],
    ['We recommend that you:', 'never share your password with anyone.'],
    ['', 'Never share your password with anyone.'],
    ['To help us protect your account, please:', 'never share your password or account details with third parties.'],
    ['We recommend that users:', 'never share their account details with third parties.'],
    ['We ask our customers to:', 'never share account details with third parties.'],
  ])('drops a duty of the user: %j %j', (lead, item) => {
    expect(lead ? itemFires(lead, item) : vetoFires(keepsSecret, item.toLowerCase(), { sectionItem: false })).toBe(
      true,
    );
  });
});

const withGroup = DATA_SHARING_VETOES.find((v) => v.id === 'data_sharing.service-and-its-group')!;

describe('service-and-its-group drops the group acting alone, not a party outside it', () => {
  // With and without the page's first party: with none, "we" and a bare name stand for the service.
  const readings = [
    ['no first party', { sectionItem: false }],
    ['Acme as first party', { sectionItem: false, firstParty: ACME }],
  ] as const;
  it.each(
    readings.flatMap(([label, ctx]) =>
      [
        'We and our affiliates work with analytics companies that collect your usage data.',
        'We and our affiliates work with online advertising companies whose networks may access your device.',
        'We and our subsidiaries may receive data from partners and pass it to advertisers.',
        'Acme and its affiliates may give the police access to your data.',
        'We and our affiliates may allow advertising networks to collect your device identifiers.',
      ].map((text) => [label, text, ctx] as const),
    ),
  )('keeps a party outside the group (%s): %j', (_label, text, ctx) => {
    expect(vetoFires(withGroup, text.toLowerCase(), ctx)).toBe(false);
  });
  it.each(
    readings.flatMap(([label, ctx]) =>
      [
        'We and our subsidiaries may use your data together with information received from other companies.',
        'We and our affiliates may combine your data with information we obtain from our partners and third parties.',
        'We and our affiliates work with online advertising companies to provide you with relevant advertising.',
        'We and our subsidiaries may use the information you have shared with us to improve our products.',
      ].map((text) => [label, text, ctx] as const),
    ),
  )('drops the group with its sources only (%s): %j', (_label, text, ctx) => {
    expect(vetoFires(withGroup, text.toLowerCase(), ctx)).toBe(true);
  });
  it('keeps another company with its group when the page names Acme', () => {
    const text = 'Acme Pay and its affiliates may use your payment information to detect and prevent fraud.';
    expect(vetoFires(withGroup, text.toLowerCase(), { sectionItem: false, firstParty: ACME })).toBe(false);
  });
});
