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
