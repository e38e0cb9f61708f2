// The stance of a model retention finding, from what the unit says about how long (GUIDE.md retention, R1–R13).
import { describe, expect, it } from 'vitest';
import { namesUserDeletion, retentionStance } from '../../../../src/core/analyze/model/retention-stance';
import type { Stance } from '../../../../src/core/types';

const cases: ReadonlyArray<[string, Stance, string]> = [
  // Bounds: a period, a deletion, the user's right or tool, nothing kept, only the law (R1, R3, R4, R5).
  ['We keep server logs for 13 months.', 'restrict', 'a period in digits'],
  ['Call recordings may be kept for up to six years.', 'restrict', 'a period in words'],
  [
    'Your data may be kept for a period of five (5) years from the end of the relationship.',
    'restrict',
    'words and digits',
  ],
  ['The transcript is permanently deleted after the call.', 'restrict', '"permanently" before a deletion'],
  ['We keep your profile for as long as your account is open.', 'restrict', 'the user’s relationship'],
  ['You can delete your account at any time in your settings.', 'restrict', 'the user’s tool (R1)'],
  ['Delete certain information we have about you.', 'restrict', 'a right under a rights lead-in (R1)'],
  ['We do not retain the audio once it has been transcribed.', 'restrict', 'nothing kept (R5)'],
  ['Invoices are kept as long as tax law requires.', 'restrict', 'only the law (R3)'],
  [
    'We retain technical support questions for a limited time for internal use.',
    'restrict',
    'a bound before a purpose',
  ],
  // Open ends: the service's needs, carve-outs, no duty to delete (R4, R6, R7, R9, R10).
  ['We keep your personal data as long as necessary for the purposes above.', 'grant', 'as long as necessary (R4)'],
  ['We retain it as long as we have a legitimate business need.', 'grant', 'business need (R4)'],
  ['We may retain records as required or permitted by law.', 'grant', '"or permitted" (R4)'],
  ['Records are stored permanently.', 'grant', '"permanently" after a retention word'],
  ['How long we keep data depends on the purposes for which we collected it.', 'grant', 'a criterion of our own (R6)'],
  ['We retain this information in order to keep a record of our verification.', 'grant', 'a purpose, no period (R7)'],
  ['We may not be able to delete all or some of your personal information.', 'grant', 'deletion may not happen (R9)'],
  [
    'We may not be able to correct, modify or delete your information in all circumstances.',
    'grant',
    'deletion may not happen, after a list of verbs (R9)',
  ],
  [
    'You will not be able to access your data after we delete it.',
    'restrict',
    'an inability to do something else, four words before the deletion',
  ],
  [
    'If your confirmation is not received, your registration will be automatically deleted.',
    'restrict',
    'a negation six words before the deletion, out of its reach',
  ],
  ['We may keep a copy of what you delete for our records.', 'grant', 'a carve-out for our records (R9)'],
  ['We may retain server copies of projects that have been removed or deleted.', 'grant', 'kept after deletion (R9)'],
  ['Rather than delete your data, we may de-identify it.', 'grant', 'rather than delete'],
  ['The provider may, but is not required to, delete your content within 60 days.', 'grant', 'no duty to delete (R10)'],
  [
    'Closing your account will not delete data we must keep under applicable laws.',
    'restrict',
    'only the law stops it',
  ],
  ['We will keep your data for longer than our usual retention periods to handle requests.', 'grant', 'longer than'],
  ['Personal data is kept for no longer than five years.', 'restrict', '"no longer than" a period'],
  // A denied "longer than" bounds; a deletion within a reasonable time is a bound; kept only for one end (R5).
  ['We never keep scans for longer than 30 days after the check.', 'restrict', 'denied "longer than"'],
  ['We do not store these copies for a period longer than the review requires.', 'restrict', 'denied, a gap'],
  ['We keep the logs longer than 30 days where an investigation is open.', 'grant', '"longer than", no denial'],
  ['We will not notify you, and keep the data longer than 12 months.', 'grant', 'the denial is of another verb'],
  ['Data not needed for billing is kept longer than 24 months.', 'grant', 'the denial is of the need'],
  ['We do not store these copies for a period longer than we need them.', 'grant', 'denied, then our need (R4)'],
  ['We will not keep your data for longer than necessary.', 'grant', 'denied, then necessary (R4)'],
  [
    'We will not retain such copies for a period longer than required for the check.',
    'restrict',
    'denied, one process',
  ],
  [
    'We never keep scans for longer than 30 days, but we may keep backups longer than that.',
    'grant',
    'one denied, one open',
  ],
  [
    'Your personal data will be deleted within a commercially reasonable time after you close your account.',
    'restrict',
    'within a commercially reasonable time',
  ],
  [
    'Your personal data will only be retained in encrypted form on servers in the United States.',
    'grant',
    'only of the form',
  ],
  ['Your personal information is retained only in the form of aggregated statistics.', 'grant', 'only of the form'],
  ['Voice recordings are retained only for research and to develop new features.', 'grant', 'only, our own ends'],
  ['We keep only your email address after you leave.', 'grant', 'only of the object'],
  [
    'Your account will be deleted within a reasonable time after you ask.',
    'restrict',
    'deletion within a reasonable time',
  ],
  ['We may keep your data for a reasonable period after termination.', 'grant', 'a reasonable period, no bound'],
  ['We may retain the content for a reasonable time to resolve disputes.', 'grant', 'reasonable time for our needs'],
  [
    'Any files you send to support are kept only for the purposes of answering you.',
    'restrict',
    'kept only for one end',
  ],
  ['Voice clips will only be retained in case of a missing delivery.', 'restrict', 'only retained for one case'],
  ['Voice clips will only be retained in case of a dispute about the order.', 'grant', 'only, for a dispute (R7)'],
  ['Messages are stored only on your device.', 'restrict', 'stored only on the device'],
  [
    'We will only retain your content in accordance with these Terms and our Privacy Policy.',
    'grant',
    'only, by another document',
  ],
  ['We only keep your data as long as necessary for our business purposes.', 'grant', 'only, then an open end'],
  ['We only retain it for fraud prevention and security.', 'grant', 'only, for our own needs'],
  // A negation in the reader's if-clause supposes the reader's own deletion (R1, R8); the service's stays a grant (R9).
  [
    'If you are unable to delete your account in the app, please contact us.',
    'restrict',
    'the reader unable, a channel (R8)',
  ],
  [
    'If you have a concern about content you posted and are unable to delete or edit it, please contact Customer Care.',
    'restrict',
    'the reader unable, later in the if-clause (R8)',
  ],
  ['If you close your account, we will not delete your posts.', 'grant', 'the service’s negation after the if-clause'],
  ['You cannot delete your account once you have made a purchase.', 'grant', 'no if-clause: deletion may not happen'],
  ['If we cannot delete your data, we will tell you why.', 'grant', 'the service’s if-clause'],
  [
    'We may display that information even if you have deleted your account as we do not automatically delete posts.',
    'grant',
    'the service’s negation after a reason word, in the same run of words',
  ],
  // An if-clause with no comma: its end is not known, so the main clause's negation stands (R9).
  ['If you delete your account your posts will not be deleted.', 'grant', 'no comma, another subject'],
  ['If users close their accounts their messages are not deleted.', 'grant', 'no comma, users'],
  ['If you remove the app your data is never deleted from our servers.', 'grant', 'no comma, never'],
  ['If you delete a message it may not be removed from the recipient’s device.', 'grant', 'no comma, it'],
  ['If you deactivate your account your information is not deleted.', 'grant', 'no comma, deactivate'],
  [
    'Please contact us if you are unable to delete your account in the app.',
    'restrict',
    'the if-clause after the main one',
  ],
  // The supposed clause by the lexicon's lead-ins, carried over ", and", with "as" inside it (R8).
  [
    'If you have a concern about your content, and are unable to delete it, please contact us.',
    'restrict',
    'carried over a comma and "and"',
  ],
  ['Should you be unable to delete your account in the app, please contact us.', 'restrict', 'should you'],
  ['Where you are unable to delete your content yourself, please contact Customer Care.', 'restrict', 'where you'],
  ['If you as a user cannot delete a post, please contact us.', 'restrict', '"as" inside the clause'],
];

describe('retentionStance', () => {
  it.each(cases)('%s → %s (%s)', (text, stance) => {
    expect(retentionStance(text)).toBe(stance);
  });
});

describe('namesUserDeletion', () => {
  it.each([
    ['You can delete your profile at any time.', true],
    ['You have the right to request erasure of your data.', true],
    ['You must delete any copies you made.', false],
    ['You agree to delete the content when asked.', false],
    ['You can download your data at any time.', false],
  ])('%s → %s', (text, expected) => {
    expect(namesUserDeletion(text)).toBe(expected);
  });
});
