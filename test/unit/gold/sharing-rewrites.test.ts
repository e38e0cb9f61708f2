// The data_sharing probe's rewrites keep the meaning and the stance: a condition stays the same condition wherever it
// stands, a denial stays a denial with its exception, the act keeps its recipient. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { REWRITES } from '../../../scripts/eval/sharing-rewrites';

describe('sharing rewrites', () => {
  it.each([
    [
      'condition→front',
      'We will share your personal information with our partners with your consent.',
      'With your consent, we will share your personal information with our partners.',
    ],
    [
      'condition→end',
      'Unless you opt out, we may disclose your information to affiliates.',
      'We may disclose your information to affiliates unless you opt out.',
    ],
    [
      'share with→give access to',
      'We will share your personal information with our partners with your consent.',
      'We will give our partners access to your personal information with your consent.',
    ],
    [
      'share→make available',
      'We never sell or share your data with advertisers.',
      'We never sell or make your data available to advertisers.',
    ],
    [
      'denial→passive "… is not shared"',
      'We do not share your personal information with third parties except as required by law.',
      'Your personal information is not shared with third parties except as required by law.',
    ],
    [
      'denial→passive "… is not shared"',
      'We never disclose any data to advertisers.',
      'No data is disclosed to advertisers.',
    ],
    [
      'except as required→unless required',
      'We do not share your data except as required by law.',
      'We do not share your data unless required by law.',
    ],
  ])('%s: %s', (kind, text, rewritten) => {
    expect(REWRITES[kind]!(text)).toBe(rewritten);
  });

  it.each([
    // A condition inside a list or after a colon is not moved; nor is a short fragment.
    ['condition→front', 'Sharing: with partners, with your consent.'],
    ['condition→end', 'With your consent, see below.'],
    // "except as …" is left to its own rewrite; "share" with no recipient after it is no act to swap.
    ['except→other than', 'We do not share your data except as required by law.'],
    ['share→disclose', 'Click share to post your photo.'],
  ])('%s leaves "%s"', (kind, text) => {
    expect(REWRITES[kind]!(text)).toBe(text);
  });
});
