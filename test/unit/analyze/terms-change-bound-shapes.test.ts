// terms_change read from what surrounds a change rather than from a "we may change" (GUIDE C1, C3, C4, S2): a document
// bound "together with any modifications", changes that take effect at once, a disclaimer of liability for changes to
// the terms, and leaving the service as the only answer to an announced change. Near-misses beside each.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';

const termsChange = (text: string): string[] =>
  analyzeText(text, { model: 'off' })
    .findings.filter((f) => f.category === 'terms_change')
    .map((f) => (f.condition ? `${f.stance}:${f.condition}` : f.stance));

describe('terms_change: what surrounds a change', () => {
  it.each([
    // C4: the document binds with the changes the service makes to it.
    'These Terms, together with any Modifications, set out the terms on which we offer you access to the Site.',
    'You agree to be bound by all of the terms set forth in these Terms (along with any modifications).',
    'By using the Service you consent to be bound by this Notice, including updated version, and all applicable laws.',
    // Changes that take effect at once (GUIDE: "effective on posting").
    'However, changes made for legal reasons or in urgent situations will be effective immediately upon notice.',
    'Changes to this Agreement which are more favourable to you or required by law will come into effect immediately.',
    'Other changes to the calling plans will take effect immediately without prior written notice.',
    // C3: a disclaimer that presupposes the company changes the terms alone.
    'Acme shall not be liable to you for any modifications to the Service or terms of service made under this Section.',
    'You agree that we will not be liable to you or any third party for any losses suffered resulting from any modification or amendment of these Terms.',
    // C1: leaving is the only answer to the change.
    'You may terminate your use of the Services at any time (including if we have told you about an upcoming change to these Terms which you do not agree to).',
    'If you want to terminate your membership because we have told you about an upcoming substantial change to our Service, your subscription will end immediately.',
    'If you do not wish to continue Services after a change, you may terminate Services via the Customer Portal at any time.',
    'Depending on the update, you may not be able to use the Services until you have downloaded the latest version of the App and accepted any new terms.',
    'You will not be able to access your account until you agree to the updated Privacy Policy.',
    'You cannot use the Services unless you accept the updated Terms.',
    // A change of the service's prices, or one of its own that names nothing (S1, S2).
    'Changes to the calling plans that reduce your allowance will take effect immediately.',
    'However, changes made for legal reasons or to protect your security will be effective immediately upon notice.',
    // S2, C1: a price change with cancelling as the only remedy.
    'If you do not wish to continue after a price change, you may cancel your subscription.',
    'You may cancel your subscription if we have told you about a change of the subscription price.',
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    // Changes named as of something else than the document, the service or its prices, or the user's own (S3).
    'Changes to the password will take effect immediately.',
    'Changes to the cookie settings will take effect immediately.',
    'Changes to the billing address will be effective immediately.',
    "Changes to the Customer's plan will take effect immediately.",
    'Changes made in the account settings will take effect immediately.',
    'Changes in the law will take effect immediately.',
    'Modifications of the order by the buyer shall become effective immediately.',
    'Changes to the taxi fares will take effect immediately.',
    'Changes to your subscription plan will take effect immediately.',
    'Changes you make to your profile will take effect immediately.',
    'Changes that you make to your profile will take effect immediately.',
    'Changes made by you to the profile will take effect immediately.',
    'Changes to exchange rates shall come into effect immediately without notice.',
    'Changes to these Terms will not take effect immediately.',
    // Changes both sides agree, or the user's own, bound with the document (C3, C5, S3).
    'These Terms, together with any modifications agreed in writing by both parties, govern your use of the Services.',
    'This Agreement (together with any changes made by mutual written agreement) governs the Services.',
    'These Terms (along with any modifications agreed between the parties in writing) apply.',
    'These Terms, together with any changes you request, govern your order.',
    'The Privacy Policy (along with any changes you make to your settings) explains how we use data.',
    // An entire-agreement clause, however worded and however far its verb.
    'These Terms, together with any amendments and any additional agreements you may enter into with Acme, shall constitute the entire agreement between you and Acme.',
    'This Agreement, together with any changes to it, is the entire agreement between the parties.',
    'These Terms, together with any modifications, constitute the sole agreement between the parties.',
    'These Terms, together with any modifications, are the full and final agreement between you and Acme.',
    'These Terms, together with any modifications, the Order Form, the Data Processing Addendum and all documents incorporated by reference in them, constitute the entire agreement between you and Acme.',
    'The Software, together with any updated versions of it, is licensed, not sold.',
    // Another company's terms, or a plain duty with no disclaimer (S3, C3).
    'We are not responsible for any changes to the privacy policies of Apple or Google.',
    'We are not liable for any changes to the terms of the app store.',
    'Acme is not responsible for any changes to the terms of third-party services.',
    'In addition to the fees described above and subject to the limits in this section, the Customer shall remain fully liable to Acme for any amendment of this Agreement.',
    'Subject to the other provisions of this Agreement and without prejudice to any other remedy, each party shall be responsible for any amendment to this Agreement that it requests.',
    'Neither Acme nor its licensors will be liable for any change, suspension or discontinuation of the Services.',
    // A way out over something else than the terms, the service or its prices, or one booking ended.
    'You may terminate your account at any time if we have told you about a security incident.',
    'You can cancel your booking if we have told you about a change in the departure time.',
    'You can cancel your booking if we have notified you of a change.',
    'If you do not wish to continue after a sub-processor change, you may terminate the Agreement.',
    'You can cancel your order if we have notified you of a change to your delivery date.',
    // New terms of something new, or accepting the terms as they are.
    'You cannot use the new feature until you accept the new terms that apply to it.',
    'You cannot use the new feature until you accept any new terms that apply to it.',
    'You cannot use the Beta until you accept our new terms for the Beta.',
    'You may not be able to use the Services until you accept these Terms.',
    'You cannot use the Services until you accept the new Beta Terms.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});
