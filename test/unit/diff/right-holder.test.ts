// Who holds a right and whom the data goes to (right-holder.ts): the reader's request or right against the company's
// own act, and a recipient passing data on against the first disclosure.
import { describe, expect, it } from 'vitest';
import { flowOf, holderOf, type Flow, type Holder } from '../../../src/core/diff/right-holder';

describe('holderOf', () => {
  const cases: Array<[string, string[], Holder]> = [
    [
      'Erase some information we hold about you.',
      ['Depending on where you live, the law may allow you to ask that we:'],
      'reader',
    ],
    ['You may ask us to erase the information we hold about you.', [], 'reader'],
    ['You can object to this use at any time.', [], 'reader'],
    ['Upon your request, we will erase your information.', [], 'reader'],
    ['When we receive your verified request, we erase your information.', [], 'reader'],
    ['Right to Erasure: we erase your information within 30 days.', [], 'reader'],
    ['Customers who opt out will no longer receive offers.', [], 'reader'],
    ['You also have the right to ask that we delete your personal information.', [], 'reader'],
    ['You shall have the right to request a copy of your information.', [], 'reader'],
    ['You will have the right to request a copy of your information.', [], 'reader'],
    ['California residents have the right to request that we delete their information.', [], 'reader'],
    ['Users have a right to access their data.', [], 'reader'],
    ['Each user has the right to delete their data.', [], 'reader'],
    ['Should you wish, we will delete your information.', [], 'reader'],
    // the company's own act or duty
    ['We delete the personal information you may give us when you close your account with us.', [], 'service'],
    ['We share information you can see with our partners.', [], 'service'],
    ['We disclose your information at the request of law enforcement.', [], 'service'],
    ['Acme reserves its right to suspend accounts.', [], 'service'],
    ['Acme shall have the right to suspend accounts.', [], 'service'],
    ['We erase your information when we no longer need it.', [], 'service'],
    ['We must erase your information after 30 days.', [], 'service'],
    ['Acme reserves the right to erase inactive accounts.', [], 'service'],
    ['We have the right to suspend your account.', [], 'service'],
    ['We may request additional information from you.', [], 'service'],
    ['Your information may be kept for as long as needed.', [], 'service'],
  ];
  it.each(cases)('%s (%j) → %s', (text, leads, holder) => {
    expect(holderOf({ text, leads })).toBe(holder);
  });
});

describe('flowOf', () => {
  const cases: Array<[string, Flow]> = [
    ['Your information may be further shared with service providers to help run our business.', 'onward'],
    ['Our service providers may also disclose your information where the law requires it.', 'onward'],
    ['Advertisers may in turn sell the data to others.', 'onward'],
    ['Our partners share it with their own vendors.', 'onward'],
    ['They may disclose it to authorities.', 'onward'],
    ['Onward transfers to other companies are covered by contracts.', 'onward'],
    ['Partners who receive your information share it further.', 'onward'],
    ['Partners who receive your data may disclose it further.', 'onward'],
    ['Data brokers who buy your data may resell it.', 'onward'],
    // the first disclosure
    ['We share your information with partners who receive it to run our business.', 'first'],
    ['Information that we share with partners is protected.', 'first'],
    ['We share your information with service providers to help run our business.', 'first'],
    ['We may disclose your information to authorities where the law requires it.', 'first'],
    ['Your information is shared with our partners.', 'first'],
    ['We do not sell your information.', 'first'],
  ];
  it.each(cases)('%s → %s', (text, flow) => {
    expect(flowOf(text)).toBe(flow);
  });
});
