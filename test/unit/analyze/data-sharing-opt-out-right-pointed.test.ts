// The right to opt out of a "sale" or "sharing" named as the topic of a pointer (rules/data-sharing.ts
// rightNamedByPointer): "Please refer to the Right to Opt-out of Sale or Sharing section below", "Learn more about the
// right to opt out of …" point to where the choice is stated and offer none (GUIDE: role=pointer, G8). Sentences
// written for these tests or by the review of this reading; the near misses state the right in a clause of their own,
// put a verb between the pointer and the right, or give a way to opt out (a form, a link, an email, a signal).
import { describe, expect, it } from 'vitest';
import { sharingStance } from './sharing-stance';

const sharing = (text: string): string => sharingStance(text, { model: 'off', firstParty: ['acme'] });

describe('data_sharing: the right to opt out named by a pointer', () => {
  it.each([
    'Please refer to the Right to Opt-out of Sale or Sharing section below.',
    'Read the “Right to Opt Out of Sale or Sharing” part of this notice for the details.',
    'Learn more about the right to opt out of the sale or sharing of your personal information below.',
    'Please see Your Right to Opt-Out of Sale or Sharing below.',
    'Please see “Your Right to Opt-Out of Sale or Sharing” below.',
    'Please see the section titled Right to Opt Out of the Sale or Sharing of Personal Information.',
    'For more on the right to opt out of the sale or sharing of personal information, see Section 9.',
    'Further information on your rights to opt out of the sale or sharing of your personal information is set out below.',
    'd) More about the right to opt out of the “sale” or “sharing” of your data.',
    'For further details about the rights you may hold in some U.S. states, including the right to opt out of “sale” and “sharing”, please read the state laws section.',
    // The period of "U.S." ends no clause: the head still governs the rights.
    'For more information on U.S. state rights, including the right to opt out of the sale or sharing of personal information, see Section 9.',
    'For more information about the right to opt out of the sale or sharing of your personal information, see Section 9.',
  ])('none: %s', (text) => {
    expect(sharing(text)).toBe('-');
  });

  it.each([
    // The pointer's head governs something else; the right is stated in a clause of its own.
    'For more information about our ad partners, please note that we honor the right to opt out of the sale or sharing of personal information through the Global Privacy Control.',
    'Details on how we process data are below, and we give every visitor the right to opt out of the sale or sharing of their personal data.',
    'Information about our partners is listed below, and California residents are granted the right to opt out of the sale or sharing of their personal information.',
    'Information about your rights is below, and we give all users several rights, including the right to opt out of the sale or sharing of their data.',
    'For more information, note that you have the right to opt out of the sale or sharing of your personal information.',
    'For more information about our practices: you have the right to opt out of the sale or sharing of your data.',
    // A pointer that gives a way to opt out offers the choice.
    'Under the CCPA, we provide information about the rights available to California residents, including the right to opt out of the sale or sharing of personal information, which you may exercise by emailing privacy@acme.com.',
    'To exercise this right, visit the Right to Opt-Out of Sale or Sharing form and submit your request.',
    'California residents: see the Right to Opt Out of Sale or Sharing link in our footer to opt out.',
    'To opt out, please visit the Right to Opt Out of Sale or Sharing page at acme.com/privacy-choices.',
    'You have the right to opt out of the sale or sharing of your personal information; please see the section below.',
    'California residents have the right to opt out of the sale or sharing of their personal information, which you can exercise by clicking the link below.',
    'Information about your right to opt out of the sale or sharing of your personal information is provided below, and you can opt out of the sale or sharing of your data at any time.',
    'You may opt out of the sale/sharing of your personal information by clicking the link below.',
  ])('conditional opt_out: %s', (text) => {
    expect(sharing(text)).toBe('conditional:opt_out');
  });
});
