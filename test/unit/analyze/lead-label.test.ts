import { describe, expect, it } from 'vitest';
import { bodyStart, isHeadingLike } from '../../../src/core/analyze/lead-label';

describe('bodyStart', () => {
  it.each([
    // [clause text, section, where the body starts]
    [
      '3.3 Sale of data. Meetly does not sell your personal information.',
      '3.3 Sale of data',
      'Meetly does not sell your personal information.',
    ],
    [
      '3.3 Sale of data. Meetly does not sell your personal information.',
      '',
      'Meetly does not sell your personal information.',
    ],
    [
      '10.4 Customer License Grant You agree to grant us a licence.',
      '10.4 Customer License Grant',
      'You agree to grant us a licence.',
    ],
    [
      'Information Sale and Sharing: any information we have about you will never be shared.',
      '',
      'any information we have about you will never be shared.',
    ],
    ['1.3 We may use your content to train our AI models.', '', 'We may use your content to train our AI models.'],
    ['§ 4 Data Sharing. We share data with partners.', '', 'We share data with partners.'],
    ['3.3 Sale of data', '3.3 Sale of data', ''],
    ['Sale of data.', '', ''],
    // Not labels: a sentence under a heading of the same word, a lower-case lead, a quantity, a sentence lead.
    [
      'Cookies are small files that we place on your device.',
      'Cookies',
      'Cookies are small files that we place on your device.',
    ],
    ['Sale of data. Meetly does not sell it.', '', 'Sale of data. Meetly does not sell it.'],
    ['10 days after deletion, we remove backups.', '', '10 days after deletion, we remove backups.'],
    ['We sell data. Then we share it.', '', 'We sell data. Then we share it.'],
  ])('%j (section %j) → %j', (text, section, body) => {
    expect(text.slice(bodyStart(text, section))).toBe(body);
  });
});

describe('isHeadingLike', () => {
  it.each([
    ['Sale of Personal Information', true],
    ['3.3 Sale of data', true],
    ['Information shared with trusted third parties:', true],
    ['We do not sell data', false],
    ['sell your data to advertisers', false],
    ['Do Not Sell My Personal Information', false],
    // A short sentence with a subject, a third-person action verb and an object is a statement; a question heading,
    // a Title Case heading and a noun in "s" stay headings.
    ['Acme sells your data.', false],
    ['Acme shares your data with advertisers.', false],
    ['The company retains all messages.', false],
    ['How Acme shares your data', true],
    ['Acme Shares Your Data', true],
    ['Data transfers.', true],
    ['Data sales and disclosures.', true],
    ['Important updates this month', true],
    ['Acme sells this data to advertisers.', false],
    ['Acme shares these details with partners.', false],
    ['Key changes this year.', true],
    // Ten words at most, counted as split(/\s+/) counts them after the trim and a last "." or ":" dropped.
    ['Sale Of Personal Information To Third Parties And Other Partners', true],
    ['Sale Of Personal Information To Third Parties And Other Partners Abroad', false],
    ['  Sale Of Personal Information To Third Parties And Other Partners\u00A0\n', true],
    ['Sale Of Personal Information To Third Parties And Other Partners .', false],
    ['Sale Of Personal Information To Third Parties And Other Partners . .', false],
    [
      'Sale\u2003Of\u3000Personal\u2028Information\tTo\u00A0Third\u202FParties\u205FAnd\uFEFFOther\u1680Partners Abroad',
      false,
    ],
  ])('%j → %s', (text, expected) => {
    expect(isHeadingLike(text)).toBe(expected);
  });
});
