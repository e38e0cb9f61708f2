// The right to opt out of a "sale" or "sharing" named as the topic of a pointer (rules/data-sharing.ts
// rightNamedByPointer): "Please see the Right to Opt-out of Sale or Sharing section below", "Further information on the
// right to opt-out of …" point to where the choice is stated and offer none (GUIDE: role=pointer, G8). Sentences written
// for these tests; the near misses state that someone has the right, state it beside the pointer, or offer the opt-out
// in a clause of their own.
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: the right to opt out named by a pointer', () => {
  it.each([
    'Please see the Right to Opt-out of Sale or Sharing section below.',
    'c) Further information on the right to opt-out of the “sale” or “sharing” for targeted advertising of your Personal Data.',
    'For additional information about the rights that may be available to you if you live in the United States, including the right to opt out of “sale”, “sharing for cross-contextual behavioral advertising”, and processing for targeted advertising, please see “Additional Information: US States”.',
    'For more information about the right to opt out of the sale or sharing of your personal information, see Section 9.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
    'You have the right to opt out of the sale or sharing of your personal information; please see the section below.',
    'For more information, note that you have the right to opt out of the sale or sharing of your personal information.',
    'For more information about our practices: you have the right to opt out of the sale or sharing of your data.',
    'California residents have the right to opt out of the sale or sharing of their personal information, which you can exercise by clicking the link below.',
    'Information about your right to opt out of the sale or sharing of your personal information is provided below, and you can opt out of the sale or sharing of your data at any time.',
    'You may opt out of the sale/sharing of your personal information by clicking the link below.',
  ])('conditional opt_out: %s', (text) => {
    expect(sharing(text)).toBe('conditional:opt_out');
  });
});
