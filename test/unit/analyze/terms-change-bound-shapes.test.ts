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
  ])('%j is a grant', (text) => {
    expect(termsChange(text)).toEqual(['grant']);
  });

  it.each([
    // An entire-agreement clause: amendments both sides agree.
    'These Terms, together with any amendments and any additional agreements you may enter into with Acme, shall constitute the entire agreement between you and Acme.',
    'This Agreement, together with any changes to it, is the entire agreement between the parties.',
    'This Policy, together with our Cookie Policy, explains how we use data.',
    'The Software, including updated versions, is licensed, not sold.',
    'Your order, together with any changes you request, is confirmed by email.',
    // The user's changes, or rates the service does not set.
    'Changes to your subscription plan will take effect immediately.',
    'Changes you make to your profile will take effect immediately.',
    'Changes to exchange rates shall come into effect immediately without notice.',
    // Liability for others' terms, the user's data, or no change at all.
    'Acme is not responsible for any changes to the terms of third-party services.',
    'We are not liable for any changes to your data.',
    'Neither party is liable for any delay in performance caused by events beyond its control.',
    'Neither Acme nor its licensors will be liable for any change, suspension or discontinuation of the Services.',
    // A way out over something else than the terms or the service.
    'You may terminate your account at any time if we have told you about a security incident.',
    'You can cancel your booking if we have told you about a change in the departure time.',
    'You may terminate this Agreement at any time by notifying us.',
    // Accepting the terms as they are, or an update of the software alone.
    'You may not be able to use the Services until you accept these Terms.',
    'You cannot use the app until you have downloaded the latest version.',
  ])('%j is no terms_change', (text) => {
    expect(termsChange(text)).toEqual([]);
  });
});
