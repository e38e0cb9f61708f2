// The opt-out of what the privacy laws call a "sale" or "sharing" (GUIDE D10: the service shares until the user opts
// out), said with the terms further from the opt-out than a few words. Sentences written for these tests, not taken
// from the gold; the near misses are an opt-out of something else beside a denial, the law in general, what still
// happens after an opt-out (or inside its reach), and a shop's own sales and shared items.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: opt-out of what the law calls a sale or sharing', () => {
  it.each([
    'Residents may opt out of any activities of ours that could be treated as “sharing” or “sales” of personal data.',
    'You can opt out of processing that falls under the legal definitions of “targeted advertising,” “sales,” or “sharing”.',
    'When the GPC signal is on, Acme treats the device as having opted out from ad targeting, profiling and sale/sharing of personal data.',
    'We will opt your device out of the advertising cookies that result in a "sale" or "sharing" of your personal information.',
    'You may opt out of our sale of your data and our processing (including sharing) for targeted advertising.',
  ])('conditional opt_out: %s', (text) => {
    expect(sharing(text)).toBe('conditional:opt_out');
  });

  it.each([
    // An opt-out of something else, beside a denial of the sale or sharing: the denial is the unit's stance.
    ['You can opt out of marketing emails at any time; we do not sell or share your personal data.', 'restrict'],
    ['You may opt out of our newsletter, and we never sell or share your email address.', 'restrict'],
    // The law in general states no choice the service gives (G8).
    [
      'Certain state laws provide residents with the right to opt out of activities that count as “sales” or “sharing” of personal data.',
      '-',
    ],
    // What still happens after the opt-out is a grant.
    [
      'If you opt out of activities that count as “sales” or “sharing”, we will still disclose your data to our service providers.',
      'grant',
    ],
    // A shop's sales and things shared on it, not the laws' sense of the pair (no quoted term, data or advertising).
    [
      'You can opt out of promotional emails and text messages from us about our seasonal sales and items shared by other members.',
      '-',
    ],
    [
      'You may opt out of receiving push notifications on your phone about upcoming flash sales or posts shared by friends.',
      '-',
    ],
    [
      'Sellers may opt out of the feature that shows buyers which of their items have sold recently and were shared on social media.',
      '-',
    ],
    [
      'You can opt out of emails with weekly summaries of what was sold in our shop and which wishlists were shared.',
      '-',
    ],
    [
      'You can opt out of the loyalty programme at any time, although items you sold through the programme remain shared on your profile.',
      '-',
    ],
    // What still happens, said inside the opt-out's reach.
    ['Having opted out of marketing about sales, you may still see content shared by others.', '-'],
    ['Having opted out of targeted ads and sales, you may still see posts shared by friends.', '-'],
  ])('not an opt-out of the sharing: %s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });
});
