// terms_change limits and consents (GUIDE S2, C1, C5, G4, G5, G7): a change only both parties sign is a restrict; the
// company's own way to change beside such a limit is a grant; staying (not cancelling, not closing the account) taken as
// consent to a change is a grant; an objection that keeps the old version is an opt-out. Near-misses beside each.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const termsChange = (text: string, heading?: string, firstParty?: readonly string[]): string[] =>
  analyzeText(heading ? `# ${heading}\n\n${text}` : text, { model: 'off', firstParty })
    .findings.filter((f) => f.category === 'terms_change')
    .map((f) => (f.condition ? `${f.stance}:${f.condition}` : f.stance));

describe('terms_change: a change only both parties sign (C5, restrict)', () => {
  it.each([
    'These Terms may be amended only by a written agreement signed by both parties.',
    'This Agreement may only be modified by a written amendment signed by both parties.',
    'This Agreement can only be modified by a written amendment signed by both parties.',
    'This Agreement may be amended, modified, or supplemented only by a written agreement signed by both parties.',
    'Changes to this Agreement may be made only by a written document signed by both parties.',
    'This Agreement may be amended only by mutual written agreement of the parties.',
    'Any amendment of this Agreement shall be valid only if made in writing and signed by both parties.',
    // A court's order is no way for the company to change alone.
    'This Agreement may be amended only by a writing signed by both parties or by an order of a court.',
    // The second way is mutual too.
    'This Agreement may be amended only by a written agreement signed by both parties or by an amendment signed by both parties.',
    'This Agreement may be amended only by a written agreement signed by both parties or through a change order executed by both parties.',
    'This Agreement may be amended only by a written agreement signed by both parties or as described in the Order Form signed by both parties.',
    // The exception points at a writing both sign.
    'This Agreement may not be modified except as provided in a writing signed by both parties.',
    // The exception points at a writing both sides execute or agree: the limit again, no grant.
    'These Terms may not be changed except as stated in the Order Form executed by you and us.',
    'No amendment to these Terms is binding except as stated in the Order Form executed by you and us.',
    'No amendment to these Terms is binding except as stated in an Order Form agreed by you and us.',
    'These Terms may not be modified except as stated in the Order Form agreed by you and us.',
    // The pronoun's power is no change of the document.
    'This Agreement may be amended only by a writing signed by both parties; we may assign it at any time.',
  ])('%j is restrict', (text) => {
    expect(termsChange(text)).toEqual(['restrict']);
  });

  it.each([
    // The company's own way to change beside the limit: the exception's stance (C5, G5).
    'This Agreement may only be modified by a written amendment signed by both parties, or by the posting by Acme of a revised version.',
    // A power to change in another clause of the unit (G4).
    'This Agreement may be modified only in writing signed by both parties; however, we may update the Privacy Policy at any time.',
    // The same power over the limited document itself, named by a pronoun (G4).
    'This Privacy Policy may be changed only by a writing signed by both parties; we may update it from time to time by posting a new version.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    // A writing both sides execute, with no exception limiting the change: the company's power stands.
    'We may change these Terms at any time, and the changes apply to all Order Forms executed by you and us.',
    'We may amend these Terms at any time by posting them, including for Order Forms agreed by both of us.',
    // The change unnegated, an exception beside it: the power outside the exception stays (C5).
    'We may modify these Terms at any time, except as stated in the Order Form executed by you and us.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    // A second way that is the company's own (C5, G5).
    'This Agreement may be amended only by a written agreement signed by both parties, or by us.',
    'These Terms may be amended only by a writing signed by both parties, or as set out in Section 12.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    'This Agreement may be amended only by a written agreement signed by both parties or by Acme posting a revised version.',
    'This Agreement may be amended only by a written agreement signed by both parties or by Acme under Section 12.',
  ])('%j is a grant when Acme is the first party', (text) => {
    expect(termsChange(text, undefined, ['Acme'])).toEqual(['grant']);
  });

  it('keeps the limit when the second way is another company’s', () => {
    expect(
      termsChange(
        'This Agreement may be amended only by a written agreement signed by both parties or by Globex under Section 12.',
        undefined,
        ['Acme'],
      ),
    ).toEqual(['restrict']);
  });

  it.each([
    'Orders may be changed only by a written request signed by both parties.',
    'Your settings may be changed only by you.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: staying taken as consent to a change (C1, G7)', () => {
  it.each([
    'To the extent permitted by applicable law, not canceling your agreement to use the Acme Services under these Terms of Service before the effective date will be deemed your consent to the amended terms.',
    'Your failure to close your account before the changes take effect will constitute your acceptance of the revised Terms.',
    // "this"/"the" after the verb as well as "your".
    'Failure to terminate this Agreement before the effective date will constitute your acceptance of the amended Terms.',
    'Not closing your account before the effective date will be deemed your acceptance of the changes.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it('keeps the grant under a changes heading (the negation is the user’s, not the change’s)', () => {
    expect(
      termsChange(
        'Not canceling your agreement before the effective date will be deemed your consent to the amended terms.',
        'Modification of these Terms of Service',
      ),
    ).toEqual(['grant']);
  });

  it.each([
    'Not canceling your order within 14 days will be deemed your acceptance of the goods.',
    'Your failure to close your account will be deemed your consent to receive our newsletter.',
    // A new or modified thing that is no document.
    'Your failure to cancel your subscription before the renewal date constitutes your acceptance of the new subscription term.',
    'Your failure to close your account will be deemed your consent to the modified settings.',
    'Not deleting your data will be deemed your consent to these Terms.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: an objection that keeps the old version (C1)', () => {
  it.each([
    // Leaving named as a second right beside the objection.
    'Such notice will also inform you about your right to reject the proposed changes, the timeframe to do so, and your right to terminate the Agreement at any time before the effective date.',
    // The user's own act later in the sentence is no change the user made.
    'You may reject the changes, provided you submit your objection within 30 days, in which case the previous version will continue to apply to you.',
  ])('%j is conditional opt_out', (text) => {
    expect(termsChange(text)).toEqual(['conditional:opt_out']);
  });

  it.each([
    'By rejecting the changes, you terminate this Agreement.',
    'If you object to any changes, you may close your account.',
  ])('%j is a grant (leaving is the only way out)', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    'By refusing any change, you must stop using the Services.',
    // The user's own changes (S3).
    'We reserve the right to refuse any changes you request to your order.',
  ])('%j is no opt-out', (text) => {
    expect(termsChange(text)).not.toContain('conditional:opt_out');
  });
});

describe('terms_change: a limit that excepts what the document permits (C5, G5)', () => {
  it.each([
    'Except as expressly permitted above, these Terms may be amended only by a written agreement signed by authorized representatives of all parties to these Terms.',
    'Except as otherwise provided in this Agreement, this Agreement may be amended only by a written agreement signed by both parties.',
    'This Agreement may not be modified except as provided in Section 12.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    'Except as expressly permitted above, you may not modify the Software.',
    'Except as provided in Section 4, these Terms apply to all users.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});
