// Disclosures in the passive whose data is listed before the verb (issue #16, development misses of data_sharing):
// the data word up to twelve words before "is/be shared with/to" a recipient, and the data given out in the passive beside data that came
// in ("information we collect from you may be made available to certain service providers", GUIDE D1, D10). Near
// misses: data the service receives from a named party, the user paying through a provider, a transfer to a country
// only, the service's own team, "share our values", and passives that give nothing out.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: passives with the data far from the verb', () => {
  it.each([
    // The data listed before the verb, up to twelve words from "is/be", its recipient named by what it does or not at all.
    [
      'If you join an event hosted by a creator, data such as your username, email, and Acme user ID may be shared with the company that hosts the event.',
      'grant',
    ],
    ['Information about the events you attend and the groups you join is never shared with advertisers.', 'restrict'],
    // No recipient, or the service, the user or the public as the one who gets it.
    ['Information about the events you attend and the groups you join is shared with us by our partners.', '-'],
    [
      'Details of the plans, their prices, their features and their limits will be disclosed to you during sign-up.',
      '-',
    ],
    ['Information about the events you attend and the groups you join may be shared with the public.', '-'],
    // Data that came in, then given out in the passive (D10 keeps only data that stays in).
    ['Information we collect from and about you may be made available to certain service providers.', 'grant'],
    ['Data we receive from our partners may be provided to our affiliates for marketing.', 'grant'],
    ['Information we obtain from you will be sent to third parties that process payments.', 'grant'],
    // Near misses: data coming in, the user's payment, a country, the service's own team, values.
    ['We receive data from Examplepay when you pay.', '-'],
    ['We may obtain information from Examplepay, and our services are provided to our customers worldwide.', '-'],
    ['We collect data from third parties, and it is provided to us under their own terms.', '-'],
    ['You pay through Examplepay, a payment provider of your choice.', '-'],
    ['Your data is stored in the United States.', '-'],
    ['Our support team, our engineers and our product managers work together in one office.', '-'],
    ['We share our values with our partners.', '-'],
    // The first "is" after the data decides: another verb there reads nothing further.
    [
      'Information about how your data is used, stored and protected, and when it may be shared, is set out in this notice.',
      '-',
    ],
  ])('%s → %s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });
});
