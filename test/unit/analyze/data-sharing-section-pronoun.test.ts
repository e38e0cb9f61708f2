// Under a sharing heading, "we share it" shares the data the heading names; the service offering the user a way to
// share with an outside service is the user's transfer (GUIDE D4, conditional opt_in); "divulge" discloses; a denial whose only exception is
// the law's requirements stays a limit (G5).
import { describe, expect, it } from 'vitest';
import { analyzeClauses, analyzeText } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';

/** The data_sharing stance[:condition] of a finding ('-' for none). */
function verdict(
  findings: readonly { category: string; role?: unknown; stance: string; condition?: string }[],
): string {
  const f = findings.find((x) => x.category === 'data_sharing' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : '-';
}

/** One unit under its headings (outermost first), at the default sensitivity. */
function underHeadings(text: string, headings: string[]): string {
  const clause: Clause = {
    id: 'c0',
    block: 0,
    start: 0,
    end: text.length,
    text,
    sectionPath: headings,
    section: headings[headings.length - 1] ?? '',
  };
  return verdict(analyzeClauses([clause]).findings);
}

describe('"we share it" under a sharing heading', () => {
  it.each([
    [
      'We do share it with others in these ways:',
      ['When does Acme share my personal information with others?'],
      'grant',
    ],
    [
      'We remove the rider’s name when we share it with drivers.',
      ['How we disclose your information', 'Rider information shared with drivers'],
      'grant',
    ],
    ['We never share it with anyone.', ['Disclosure of your information'], 'restrict'],
    // Not a sharing heading: "it" may be anything.
    ['We do share it with others in these ways:', ['How we use your information'], '-'],
    ['We do share it with others in these ways:', [], '-'],
    // The user shares; a heading about the user's content or links is no sharing section.
    ['If you share it with friends, they can see your list.', ['Sharing your information'], '-'],
    ['We share them with other users.', ['Sharing your content'], '-'],
    ['We share them with other users.', ['Sharing of information about other websites'], '-'],
    // A transfer abroad names no recipient (D13); a pointer word before something other than the data; a heading that
    // names no data; the user's own sharing; a pointer; sharing assumed in a relative clause; the opt-out link's heading.
    [
      'We may transfer it to, and store it at, a destination outside the European Economic Area.',
      ['Transfer of your personal information'],
      '-',
    ],
    [
      'We transfer it to the United States, where our servers are located.',
      ['International transfers of your personal data'],
      '-',
    ],
    ['We disclose this relationship in accordance with FTC guidelines.', ['Affiliate Disclosure'], '-'],
    ['Once the issue is fixed, we may disclose it publicly and credit you.', ['Responsible disclosure'], '-'],
    ['We release these updates to all users at the same time.', ['How we share your information'], '-'],
    ['We share these tips to help you keep your account safe.', ['How we share your information'], '-'],
    ['We recommend you only share it with people you trust.', ['Sharing your information'], '-'],
    ['When you post content, we share it with the audience you select.', ['Sharing content'], '-'],
    ['Below we describe the circumstances in which we disclose it.', ['Who we share your data with'], '-'],
    ['We take steps to ensure that anyone we share it with keeps it secure.', ['Who we share your data with'], '-'],
    [
      'If you use this link, we will not share it for cross-context behavioral advertising.',
      ['Do Not Sell or Share My Personal Information'],
      '-',
    ],
    // A pointer word before the data, or before a preposition, still shares it.
    ['We disclose this information to the courier.', ['How we share your information'], 'grant'],
    ['We share these with the courier.', ['Who we share your data with'], 'grant'],
  ])('%j under %j → %s', (text, headings, expected) => {
    expect(underHeadings(text, headings)).toBe(expected);
  });
});

describe('the service offers the user a way to share', () => {
  it.each([
    [
      'The Platform may offer social sharing features and other integrated tools which let you share actions that you take on our Platform with third-party services.',
      'conditional:opt_in',
    ],
    [
      'We may contact you by email to offer you to share your content (e.g., pictures) on our social media profiles.',
      'conditional:opt_in',
    ],
    [
      'The Services may allow users to submit, upload, store and/or share reviews and other content with other users or third parties.',
      'conditional:opt_in',
    ],
    [
      'We may offer the option to share video clips from your camera with your home security service.',
      'conditional:opt_in',
    ],
    ['They may also allow you to quickly share content across social media.', 'conditional:opt_in'],
    // Family, friends and other users are no outside service (D10); the user's own sharing elsewhere is theirs.
    ['A Family Plan allows you to share content with up to five family members.', '-'],
    ['This allows you to share these links with other users.', '-'],
    [
      'If you do share content onto other platforms, separate terms may apply from the organisation that allows you to share.',
      '-',
    ],
    ['The form lets you share feedback with us.', '-'],
    // Another item's "social" (G2, D10), a licence to the user, the service's own articles, the user's own posting.
    [
      'We use your information to allow you to create, share and consume content, interact with others, utilise social features.',
      '-',
    ],
    [
      'We use your information to enable you to upload, share and comment on videos and to use our social features.',
      '-',
    ],
    ['This licence permits you to share the materials on social media for non-commercial purposes.', '-'],
    ['We allow you to share our articles on other websites provided that you credit us and link back.', '-'],
    ['We invite you to share your feedback about our products with third parties such as review sites.', '-'],
    ['The Services do not allow you to share your files with third-party services.', '-'],
    // The service shares: the offer is another act of the sentence, or no outside party is named.
    ['We let you choose your settings and we share your data with third-party advertisers.', 'grant'],
    ['We offer you discounts and share your purchase history with our advertising partners.', 'grant'],
  ])('%j → %s', (text, expected) => {
    expect(verdict(analyzeText(text).findings)).toBe(expected);
  });
});

describe('divulge, and a denial whose only exception is the law', () => {
  it.each([
    ['We may divulge your personal data to our partners.', 'grant'],
    ['We never divulge your email address to third parties.', 'restrict'],
    [
      'Your Personal Data is regarded as confidential and will not be divulged to any third party, except under legal and/or regulatory conditions.',
      'restrict',
    ],
    ['We do not share your data, except under regulatory requirements.', 'restrict'],
    // A discretionary exception stays a grant (G5).
    ['We do not share your data except with our partners under legal conditions.', 'grant'],
    // Legal conditions that allow it are a permission, not a requirement (G5, D6); a second exception is discretionary.
    ['We do not share your personal data with third parties, except where legal conditions allow it.', 'grant'],
    [
      'We will not disclose your personal data to third parties except where the legal conditions for such disclosure are met.',
      'grant',
    ],
    ['We do not share your data with third parties except under the legal conditions set out in this policy.', 'grant'],
    [
      'We do not share your data with third parties except in compliance with regulatory requirements and with our advertising partners.',
      'grant',
    ],
    // The user keeping a secret is no disclosure by the service.
    ['You must not divulge your password to anyone.', '-'],
  ])('%j → %s', (text, expected) => {
    expect(verdict(analyzeText(text).findings)).toBe(expected);
  });
});

/** The verdict on the last of consecutive units of one section ("Sharing"). */
function lastOfSection(texts: string[]): string {
  let at = 0;
  const clauses: Clause[] = texts.map((text, i) => {
    const clause: Clause = {
      id: `c${i}`,
      block: i,
      start: at,
      end: at + text.length,
      text,
      sectionPath: ['Sharing'],
      section: 'Sharing',
    };
    at += text.length + 1;
    return clause;
  });
  const { findings } = analyzeClauses(clauses);
  return verdict(findings.filter((f) => f.clauseId === `c${texts.length - 1}`));
}

describe('"they" as the recipients the unit before names (they-receive-in-section)', () => {
  const SHARE = 'We share your information with our service providers.';
  it.each([
    [[SHARE, 'They may access your personal information to help you.'], 'grant'],
    [
      [
        'We share information with advertising partners.',
        'Please note that they may use your information to send you offers.',
      ],
      'grant',
    ],
    // The unit just before says who else "they" is.
    [[SHARE, 'Our employees are trained.', 'They may access your personal information to help you.'], '-'],
    [
      [
        SHARE,
        'California residents have certain rights.',
        'They may access the personal information we hold about them.',
      ],
      '-',
    ],
    [
      [
        SHARE,
        "Parents can review their child's account.",
        "They may access their child's personal information at any time.",
      ],
      '-',
    ],
    [[SHARE, 'You may invite friends to the app.', 'They will receive your name and email address.'], '-'],
    [[SHARE, 'Our employees are trained. They may access your personal information to help you.'], '-'],
    // Data coming in (D10), or a use limited to what their work needs (D12: the limit rules').
    [
      [
        'We share information with advertising partners.',
        'They may collect information about you from other sources and share it with us.',
      ],
      '-',
    ],
    [
      [
        'We work with third-party service providers that host our servers.',
        'They may use your information only to provide services to us.',
      ],
      '-',
    ],
  ])('%j → %s', (texts, expected) => {
    expect(lastOfSection(texts)).toBe(expected);
  });
});
