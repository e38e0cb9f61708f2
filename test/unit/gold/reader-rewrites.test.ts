// The reader probe's rewrites keep the meaning and the actor: a duty stays a duty, an adverb or a phrase after "not"
// is no verb to make a gerund of, and what happens to the reader is no duty. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { REWRITES } from '../../../scripts/eval/reader-rewrites';

describe('prohibitedFrom', () => {
  it.each([
    ['You will not share your password.', 'You are prohibited from sharing your password.'],
    ['You will not knowingly share personal data.', 'You are prohibited from knowingly sharing personal data.'],
    ['You must not in any way copy the content.', 'You must not in any way copy the content.'],
    ['You may not apply the content to any model.', 'You are prohibited from applying the content to any model.'],
  ])('%s', (text, rewritten) => {
    expect(REWRITES.prohibitedFrom!(text)).toBe(rewritten);
  });
});

describe('yourResponsibility', () => {
  it.each([
    ['You must keep your password secret.', 'It is your responsibility to keep your password secret.'],
    ['You agree to keep your password secret.', 'It is your responsibility to keep your password secret.'],
    ['You will be notified of any change.', 'You will be notified of any change.'],
    ['You shall be informed of any change.', 'You shall be informed of any change.'],
  ])('%s', (text, rewritten) => {
    expect(REWRITES.yourResponsibility!(text)).toBe(rewritten);
  });
});

describe('upToYou and youMust', () => {
  it.each([
    [
      'You should check this page for changes.',
      'It is up to you to check this page for changes.',
      'You must check this page for changes.',
    ],
    [
      'You agree to keep your password secret.',
      'It is up to you to keep your password secret.',
      'You must keep your password secret.',
    ],
    [
      'You must keep your password secret.',
      'It is up to you to keep your password secret.',
      'You must keep your password secret.',
    ],
    [
      'You should not share your password.',
      'You should not share your password.',
      'You should not share your password.',
    ],
    [
      'You will be notified of any change.',
      'You will be notified of any change.',
      'You will be notified of any change.',
    ],
    [
      'You shall be informed of any change.',
      'You shall be informed of any change.',
      'You shall be informed of any change.',
    ],
    // "agree to" before the service's act or the terms is no duty of the reader's.
    [
      'You agree to our use of your data for training.',
      'You agree to our use of your data for training.',
      'You agree to our use of your data for training.',
    ],
    [
      'You agree to the collection of your data.',
      'You agree to the collection of your data.',
      'You agree to the collection of your data.',
    ],
    [
      'You agree to be bound by these Terms.',
      'You agree to be bound by these Terms.',
      'You agree to be bound by these Terms.',
    ],
    [
      'You agree to notify us of any breach.',
      'It is up to you to notify us of any breach.',
      'You must notify us of any breach.',
    ],
    [
      'You agree to bind your employees to these Terms.',
      'It is up to you to bind your employees to these Terms.',
      'You must bind your employees to these Terms.',
    ],
  ])('%s', (text, upToYou, youMust) => {
    expect(REWRITES.upToYou!(text)).toBe(upToYou);
    expect(REWRITES.youMust!(text)).toBe(youMust);
  });
});

describe('shallEnsure', () => {
  it.each([
    ['You must keep your password secret.', 'You shall ensure that you keep your password secret.'],
    ['You are required to delete the data.', 'You shall ensure that you delete the data.'],
    ['You must not share your password.', 'You must not share your password.'],
    ['You will be notified of any change.', 'You will be notified of any change.'],
  ])('%s', (text, rewritten) => {
    expect(REWRITES.shallEnsure!(text)).toBe(rewritten);
  });
});

describe('theLicensee and endUsers', () => {
  it('keeps the actor as a singular or a plural role', () => {
    expect(REWRITES.theLicensee!('You agree that you are responsible for your content.')).toBe(
      "The licensee agrees that the licensee is responsible for the licensee's content.",
    );
    expect(REWRITES.endUsers!('You may not share your password.')).toBe('End users may not share their password.');
  });
});
