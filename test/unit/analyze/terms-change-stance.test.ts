// Stance of terms_change clauses: a change the user is asked to accept binds only with that consent (conditional
// opt_in); consent only "where required by law" adds nothing (GUIDE C5) and one refused only by leaving is a grant
// (C1). A notice whose aside names a "governmental" regulator is still only a notice (C3).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const termsChange = (text: string, heading?: string): string[] =>
  analyzeText(heading ? `# ${heading}\n\n${text}` : text, { model: 'off' })
    .findings.filter((f) => f.category === 'terms_change')
    .map((f) => (f.condition ? `${f.stance}:${f.condition}` : f.stance));

describe('terms_change: consent asked for a change', () => {
  it.each([
    [
      'We will obtain your consent if and when we materially change this Privacy Policy in a way that reduces the protection of your data.',
      undefined,
    ],
    [
      'If we make an update to this Privacy Policy that is materially less restrictive, we will provide you with prior notice of the pending update and seek your consent by email.',
      undefined,
    ],
    [
      'In such cases, modifications will be effective at the time of your agreement to the modified version of this Agreement.',
      undefined,
    ],
    [
      'If the proposed changes to these Terms are material, you will be asked to explicitly accept the revised Terms.',
      'Modification of these Terms',
    ],
    [
      'We may sometimes ask you to review and to explicitly agree to (or reject) a revised version of this Agreement.',
      'Modifications to this Agreement',
    ],
    // The service's own "may not use" is no way out for the user (C1).
    [
      'If we change these Terms, we will ask you to expressly accept the updated Terms; we may not use the new features for you until you do.',
      undefined,
    ],
  ])('%j is conditional opt_in', (text, heading) => {
    expect(termsChange(text, heading)).toContain('conditional:opt_in');
    expect(termsChange(text, heading)).not.toContain('grant');
  });

  it.each([
    'If we change this policy, we will obtain your consent where required by applicable law, and the new policy applies once posted.',
    'If we change these Terms, you will be asked to explicitly accept the revised Terms to continue using the Services.',
    'If we change this policy, the new version applies from the day we post it on this page.',
    'We may change these Terms, and we will obtain your consent to the extent required by law.',
    // Consent for some changes beside a power to change at will leaves the change unilateral (G4).
    'We may change these Terms at any time and will seek your consent for material changes.',
    // Refusing means leaving (C1), said in other words.
    'If we change these Terms, we will ask you to explicitly accept them; if you decline, you will no longer be able to use the Services.',
    'If we change these Terms, we will ask you to explicitly accept them; if you do not agree, you may cancel your subscription.',
  ])('%j stays a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });
});

describe('terms_change: notices', () => {
  it('reads "governmental" as no "govern": the notice stays a notice (C3)', () => {
    const text =
      'If Acme intends to change these Controller Terms, Acme will inform Customer at least 30 days (or such shorter period as may be required to comply with applicable law, a court order or guidance issued by a governmental regulator or agency) before the change will take effect.';
    expect(termsChange(text)).toEqual([]);
    expect(
      termsChange('If we change these Terms, we will notify you, and the changed Terms govern your use from then on.'),
    ).toEqual(['grant']);
  });

  it('leaves advice to watch the website with no document named (C3)', () => {
    expect(termsChange('You should check our website frequently to see recent changes.')).toEqual([]);
    expect(termsChange('You should check our website frequently to see recent changes to these Terms.')).toEqual([
      'grant',
    ]);
  });
});

describe('terms_change: a change that does not reach back (C5)', () => {
  it.each([
    [
      'A material change to this Arbitration Agreement will not apply to any Claim you had already given us notice of before the change took effect.',
      'Changes to this Arbitration Agreement',
    ],
    [
      'You and we agree that if we make any amendment to this agreement to arbitrate in the future, that amendment shall not apply to any claim that was filed before the effective date of the amendment.',
      'Disputes',
    ],
    // "governed" and "consent" sit beside a plain limit: neither grants the change.
    [
      'If we change these Terms, the changes will not apply to claims that arose before the change, and those claims remain governed by the prior Terms.',
      undefined,
    ],
    ['If we update this Policy, the update will not apply retroactively without your consent.', undefined],
  ])('%j is restrict', (text, heading) => {
    expect(termsChange(text, heading)).toEqual(['restrict']);
  });

  it.each([
    'The changes to the Terms will not apply retroactively and will become effective 7 days after posting.',
    'We may change this Arbitration Agreement; a change will not apply to any Claim already filed.',
    // Taking effect, binding or continued use beside the not-retroactive clause (G4/G7).
    'Updated Terms will not apply retroactively and become effective upon posting.',
    'Revised Terms are effective upon posting and will not apply retroactively.',
    'Changes to these Terms are binding upon posting and will not apply to pending claims.',
    'Your continued use of the Services after we post changes constitutes acceptance of them, except that changes to the arbitration section will not apply to pending disputes.',
  ])('%j stays a grant', (text) => {
    expect(termsChange(text, 'Changes to Terms')).toEqual(['grant']);
  });
});

describe('terms_change: what the item says wins over its changes heading (C1)', () => {
  it.each([
    'If you reject a change, you’ll be bound by the most recent version of the Arbitration Agreement before the change you rejected.',
    'If you do not expressly refuse the respective amendment within 30 days from the date on which the new Agreement is implemented, you are deemed to have approved the amendment of this Agreement.',
  ])('%j is conditional opt_out', (text) => {
    expect(termsChange(text, 'Modifications to this Agreement')).toEqual(['conditional:opt_out']);
  });

  it('keeps the heading’s grant for an item that says only how changes are made', () => {
    expect(
      termsChange('When we revise it, the new version applies from the day we post it.', 'Changes to this Policy'),
    ).toEqual(['grant']);
  });
});

describe('terms_change: accepting a change whose refusal means leaving (C1)', () => {
  it('reads "accept or stop using" as a grant', () => {
    expect(
      termsChange(
        'If we do update these Terms, you are free to decide whether to accept the updated terms or to stop using our Service.',
      ),
    ).toEqual(['grant']);
  });

  it.each([
    'If we change these Terms, we will ask you to accept them; if you do not accept them, you must stop using the Services.',
    'When we change these Terms, you may accept the new version or close your account.',
    'If we change these Terms we will ask for your agreement, and if you do not agree you must cancel your subscription.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  // Leaving must be the way to refuse: a word for ending something elsewhere in the clause, or staying under the
  // current terms, is no such choice.
  it.each([
    'We will obtain your consent before making any change to these Terms that affects your termination rights.',
    'We may change these Terms with your agreement; if you do not agree, you may continue to use the Service under the current Terms.',
    'If we change these Terms we will seek your consent; if you do not consent, you can keep using the Service under the existing Terms.',
  ])('%j stays conditional opt_in', (text) => {
    expect(termsChange(text)).toEqual(['conditional:opt_in']);
  });

  it('reads a change effective only on the user’s acceptance as conditional opt_in', () => {
    expect(
      termsChange('Material modifications will be effective upon your acceptance of such modified Terms.'),
    ).toEqual(['conditional:opt_in']);
  });
});

describe('terms_change: changes that leave the paid period alone (C5, S2)', () => {
  it.each([
    'For changes to pricing for Acme One subscriptions, these changes will apply after your current payment period is complete and when the next payment is due.',
    'If you are a subscribing Member at the time of any change, unless otherwise indicated this Agreement will continue to govern your membership until your subscription renews.',
    'If you have prepaid for any Paid Services prior to a modification of this Agreement, your use of such prepaid Paid Services is governed by the version of this Agreement in effect at the time of your payment.',
  ])('%j is restrict', (text) => {
    expect(termsChange(text)).toEqual(['restrict']);
  });

  it.each([
    'Any change to our Pricing or Payment Terms shall become effective in the billing cycle following notice of such change to you.',
    'These Terms will continue to govern your use of the Services after any change we make.',
  ])('%j is no limit', (text) => {
    expect(termsChange(text)).not.toContain('restrict');
  });

  // How long the agreement lasts, with no change in the clause: not terms_change (S3, C3).
  it.each([
    'This Agreement will continue to apply to your subscription until you cancel it or we terminate it.',
    'These Terms will continue to govern your membership until your subscription ends.',
  ])('%j is none', (text) => {
    expect(termsChange(text)).toEqual([]);
  });

  // Cancelling as the only way out of a price change that waits for the paid period binds all who stay (S2, C1).
  it.each([
    'Price changes will apply after your current billing period ends, and you may cancel before then.',
    'Fee increases will apply after your current billing cycle, and you can cancel your plan before that.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });
});

describe('terms_change: not a change of the terms, the service or its prices (S3)', () => {
  it.each([
    // Account termination for conduct.
    'We may suspend or terminate your account if you breach these Terms.',
    // Moderation of user content.
    'We may remove content that violates these Terms.',
    // The user changing a plan.
    'You can change your plan at any time.',
    // A third party's changes.
    'Third-party services may change their terms.',
    // A description.
    'Features may differ by country.',
  ])('%j is none', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: a change of the service said beside the user’s account or with named features (S1, S3)', () => {
  it.each([
    'Acme may terminate your account and discontinue, modify or alter any aspect, feature or policy of the Service.',
    'Acme may change, deprecate, or discontinue any Geolocation Provider or Geolocation Provider Feature at any time upon notice to you.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    'We may suspend your account and remove your access to the Services.',
    'We will improve and update the Services over time.',
    'We may change the way in which Acme Users interact with each other on the Services.',
  ])('%j is none', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});

describe('terms_change: a causal "as" lead-in keeps its negation (stance.ts negation scope)', () => {
  it.each([
    'As we do not permit you to object to changes, your continued access to the Services constitutes your acceptance of the revised Terms.',
    'As we do not negotiate these Terms, your continued use of the Service after we post changes to these Terms constitutes your acceptance of them.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  // Near-misses: the negation inside the lead-in, or in the main clause, still negates.
  it('keeps a negated promise after an "as" aside', () => {
    expect(termsChange('As you may know, we will not change these Terms without your consent.')).toEqual([
      'conditional:opt_in',
    ]);
  });
});

describe('a causal "as" lead-in: its negation is not the main clause’s', () => {
  const aiTraining = (text: string): string[] =>
    analyzeText(text, { model: 'off' })
      .findings.filter((f) => f.category === 'ai_training')
      .map((f) => f.stance);
  it('reads the main clause’s own stance', () => {
    expect(aiTraining('As we do not use your content to train our models, your content stays private.')).toEqual([
      'restrict',
    ]);
  });
});
