// terms_change limits and consents (GUIDE S2, C1, C5, G5, G7): a change only both parties sign is a restrict; rights
// under the document not reduced without consent, or consent asked before a change, is conditional opt_in; staying
// (not cancelling, not closing the account) taken as consent to a change is a grant. Near-misses beside each.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const termsChange = (text: string, heading?: string): string[] =>
  analyzeText(heading ? `# ${heading}\n\n${text}` : text, { model: 'off' })
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
  ])('%j is restrict', (text) => {
    expect(termsChange(text)).toEqual(['restrict']);
  });

  it.each([
    // The company's own way to change beside the limit: the exception's stance (C5, G5).
    'This Agreement may only be modified by a written amendment signed by both parties, or by the posting by Acme of a revised version.',
    // A power to change in another clause of the unit (G4).
    'This Agreement may be modified only in writing signed by both parties; however, we may update the Privacy Policy at any time.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    'These Terms may be amended only by a writing signed by both parties, or as set out in Section 12.',
    'Orders may be changed only by a written request signed by both parties.',
    'Your settings may be changed only by you.',
  ])('%j is no restrict', (text) => {
    expect(termsChange(text)).not.toContain('restrict');
  });
});

describe('terms_change: rights under the document not reduced without consent (G5)', () => {
  it.each([
    'We will not reduce your rights under this Privacy Policy without your explicit consent.',
    'Acme will never materially restrict your rights under these Terms without your consent.',
  ])('%j is conditional opt_in', (text) => {
    expect(termsChange(text)).toEqual(['conditional:opt_in']);
  });

  it('reads the promise with no consent named as a restrict', () => {
    expect(termsChange('We will not reduce your rights under this Privacy Notice.')).toEqual(['restrict']);
  });

  it('keeps the grant of a unit that also takes the power to change (G4)', () => {
    expect(
      termsChange(
        'We may change this Policy at any time, and we will not reduce your rights under this Policy without your consent.',
      ),
    ).toEqual(['grant']);
  });

  it.each([
    'These Terms do not limit your rights under the Privacy Policy.',
    'Nothing in these Terms will reduce your statutory rights.',
    'This does not limit your rights under applicable law.',
    'You will not restrict the rights of other users under these Terms.',
    'We will not reduce your storage without your consent.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: consent asked before a change of the document', () => {
  it.each([
    'We will ask for your consent before making material changes to this Privacy Policy.',
    'Acme will seek your explicit consent to any material changes to these Terms.',
  ])('%j is conditional opt_in', (text) => {
    expect(termsChange(text)).toEqual(['conditional:opt_in']);
  });

  it.each([
    // Consent only where the law requires it adds nothing to the law (C5).
    'We will ask for your consent before making material changes to this Privacy Policy where required by law.',
    'We will ask for your consent before making changes to your account settings.',
    'You must obtain our consent before making changes to the Software.',
    'We will ask for your consent before sharing your data with third parties, as described in this Policy.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: staying taken as consent to a change (C1, G7)', () => {
  it.each([
    'To the extent permitted by applicable law, not canceling your agreement to use the Acme Services under these Terms of Service before the effective date will be deemed your consent to the amended terms.',
    'Your failure to close your account before the changes take effect will constitute your acceptance of the revised Terms.',
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
    'Not deleting your data will be deemed your consent to these Terms.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: an objection that keeps the old version (C1)', () => {
  it.each([
    // Leaving named as a second right beside the objection.
    'Such notice will also inform you about your right to reject the proposed changes, the timeframe to do so, and your right to terminate the Agreement at any time before the effective date.',
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
