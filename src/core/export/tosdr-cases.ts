// Which ToS;DR case a finding is nearest to, kept as data so a reviewer can check every title at a glance.
// Lookup (see nearest-tosdr-case.ts): the entries for the finding's category+stance are tried in order; the first whose
// `when` pattern matches the clause text (or that has no `when`) wins. So refinements come first, the default last.
import type { CategoryId, Stance } from '../types';
import { TERMS_DOC_EVERYDAY_WORD, TERMS_DOC_PLAIN_WORD } from '../analyze/terms-doc';

/**
 * The clause names no terms document (the lexicon's TermsDoc words; "notice" and "statement" only after a
 * determiner): a change in it is of the service or its prices.
 */
const NAMES_NO_DOCUMENT = String.raw`^(?!.*(?:\b${TERMS_DOC_PLAIN_WORD}|\b(?:this|these|our|the)\s+(?:[\w-]+\s+)?${TERMS_DOC_EVERYDAY_WORD}))`;

/**
 * Where a title comes from:
 * - `tosdr-legacy`: copied EXACTLY from the `case` field of the legacy ToS;DR data (tosdr/tosdr.org@6cb7f74, CC BY-SA);
 *   `npm run eval -- export` checks each one against the corpus.
 * - `tosdr-current`: an exact title of the current ToS;DR database (edit.tosdr.org), seen quoted in public copies of it;
 *   not in the legacy files, so not machine-checked here.
 * - `termwatch`: our own wording, used where ToS;DR had no case (AI training above all). Not a ToS;DR title.
 */
export const TOSDR_TITLE_SOURCES = ['tosdr-legacy', 'tosdr-current', 'termwatch'] as const;
export type TosdrTitleSource = (typeof TOSDR_TITLE_SOURCES)[number];

export interface TosdrCaseEntry {
  category: CategoryId;
  stance: Stance;
  /** Case-insensitive regular expression over the clause text; absent = default for this category+stance. */
  when?: string;
  title: string;
  source: TosdrTitleSource;
  /** Clause texts that must pick this entry (refinements and defaults alike). */
  examples: string[];
}

export const TOSDR_CASES: readonly TosdrCaseEntry[] = [
  // --- ai_training: the legacy data predates AI-training cases, so these titles are ours.
  {
    category: 'ai_training',
    stance: 'grant',
    source: 'termwatch',
    title: 'This service may use your content or personal data to train AI / machine-learning models',
    examples: [
      'We may use Customer Content for machine learning, including training and tuning of algorithms and models.',
    ],
  },
  {
    category: 'ai_training',
    stance: 'conditional',
    when: String.raw`opt[\s-]*out|unless you`,
    source: 'termwatch',
    title: 'This service uses your content to train AI models unless you opt out',
    examples: ['Your posts may be used to improve our AI models unless you opt out in Settings.'],
  },
  {
    category: 'ai_training',
    stance: 'conditional',
    source: 'termwatch',
    title: 'This service uses your content to train AI models only with your consent',
    examples: [
      'Acme will not use audio, video or chat Customer Content to train our artificial intelligence models without your consent.',
    ],
  },
  {
    category: 'ai_training',
    stance: 'restrict',
    source: 'termwatch',
    title: 'This service does not use your content to train AI models',
    examples: [
      'Acme does not use any of your audio, video, chat or other Customer Content to train artificial intelligence models.',
    ],
  },

  // --- data_sharing
  {
    category: 'data_sharing',
    stance: 'grant',
    when: String.raw`without (?:prior )?(?:notice|notifying)`,
    source: 'tosdr-legacy',
    title: 'This service reserves the right to disclose your personal information without notifying you',
    examples: ['We may disclose your information to third parties without notice to you.'],
  },
  {
    category: 'data_sharing',
    stance: 'grant',
    when: String.raw`\b(?:aggregated?|de-?identified|anonymi[sz]ed)\b`,
    source: 'tosdr-legacy',
    title: 'Only aggregate data is given to third parties',
    examples: ['We share aggregated, de-identified statistics with our partners.'],
  },
  {
    category: 'data_sharing',
    stance: 'grant',
    when: String.raw`service providers?|vendors?|on (?:our|its) behalf|processors?\b`,
    source: 'tosdr-legacy',
    title: 'Third parties may be involved in operating the service',
    examples: ['We share personal data with service providers who process it on our behalf.'],
  },
  {
    // The title the brief names; current ToS;DR case (edit.tosdr.org point 31552 quotes it), the legacy wording was
    // "Your personal data is given to third parties".
    category: 'data_sharing',
    stance: 'grant',
    source: 'tosdr-current',
    title: 'This service shares your personal data with third parties that are not essential to its operation',
    examples: ['We may share your personal information with our marketing partners.'],
  },
  {
    category: 'data_sharing',
    stance: 'conditional',
    when: String.raw`opt[\s-]*out`,
    source: 'tosdr-legacy',
    title: 'The service allows you to opt out of providing personal information to third parties',
    examples: ['You may opt out of our sharing your information with partners at any time.'],
  },
  {
    category: 'data_sharing',
    stance: 'conditional',
    source: 'tosdr-legacy',
    title: 'This service only shares user information with third parties when given specific consent',
    examples: ['We will only share your personal data with third parties with your consent.'],
  },
  {
    category: 'data_sharing',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: 'The service does not share user information with third parties',
    examples: ['We do not share your personal information with third parties.'],
  },

  // --- data_sale
  {
    category: 'data_sale',
    stance: 'grant',
    when: String.raw`merger|acquisition|bankrupt|reorgani[sz]ation|sale of (?:all|some|part|substantially)`,
    source: 'tosdr-legacy',
    title:
      'The service can sell or otherwise transfer your personal data as part of a bankruptcy proceeding or other type of financial transaction.',
    examples: ['In the event of a merger or acquisition, your personal information may be transferred to the buyer.'],
  },
  {
    category: 'data_sale',
    stance: 'grant',
    source: 'termwatch',
    title: 'This service may sell your personal data',
    examples: ['We may sell your personal information to third parties.'],
  },
  {
    category: 'data_sale',
    stance: 'conditional',
    when: String.raw`opt[\s-]*out|do not sell`,
    source: 'tosdr-legacy',
    title: 'The service may sell your data unless you opt out',
    examples: [
      'You can opt out of the sale of your personal information by clicking "Do Not Sell My Personal Information".',
    ],
  },
  {
    category: 'data_sale',
    stance: 'conditional',
    source: 'termwatch',
    title: 'This service sells your personal data only with your consent',
    examples: ['We will not sell your personal data without your express consent.'],
  },
  {
    category: 'data_sale',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: 'This service does not sell your personal data',
    examples: ['We do not sell your personal information.'],
  },

  // --- content_licence
  {
    category: 'content_licence',
    stance: 'grant',
    when: String.raw`moral rights`,
    source: 'tosdr-legacy',
    title: 'You waive your moral rights',
    examples: ['You waive any moral rights you may have in your content.'],
  },
  {
    // Perpetual/irrevocable licences outlive the account: that is exactly this legacy case.
    category: 'content_licence',
    stance: 'grant',
    when: String.raw`perpetual|irrevocabl`,
    source: 'tosdr-legacy',
    title: 'This service keeps a license on user-generated content even after users close their accounts.',
    examples: [
      'You grant Zoom a perpetual, worldwide, non-exclusive, royalty-free, sublicensable and transferable license to your Customer Content.',
    ],
  },
  {
    category: 'content_licence',
    stance: 'grant',
    when: String.raw`sub-?licens`,
    source: 'tosdr-legacy',
    title: 'This service can license user content to third parties',
    examples: ['You grant us a worldwide, sublicensable licence to use your content.'],
  },
  {
    category: 'content_licence',
    stance: 'grant',
    when: String.raw`(?:now known|hereafter|later) (?:devised|developed|known)|any (?:and all )?media`,
    source: 'tosdr-legacy',
    title: 'The service can distribute your content through any media known now or in the future',
    examples: ['We may distribute your content in any media now known or later developed.'],
  },
  {
    category: 'content_licence',
    stance: 'grant',
    source: 'tosdr-legacy',
    title: 'The copyright license maintained by the service over user data and/or content is broader than necessary.',
    examples: ['You grant us a worldwide, royalty-free license to use, copy, modify and publish your content.'],
  },
  {
    category: 'content_licence',
    stance: 'restrict',
    when: String.raw`\bnon-?exclusive\b`,
    source: 'tosdr-legacy',
    title: 'The service has non-exclusive use of your content',
    examples: ['The licence you grant us is non-exclusive and ends when you delete your content.'],
  },
  {
    category: 'content_licence',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: 'You maintain ownership of your data',
    examples: ['You retain all ownership rights in your content.'],
  },

  // --- tracking
  {
    category: 'tracking',
    stance: 'grant',
    when: String.raw`do[\s-]not[\s-]track (?:signals?|headers?|requests?|settings?|preferences?)|\bDNT\b`,
    source: 'tosdr-legacy',
    title: 'This service ignores the Do Not Track (DNT) header and tracks users anyway even if they set this header.',
    examples: ['We do not respond to Do Not Track signals.'],
  },
  {
    category: 'tracking',
    stance: 'grant',
    when: String.raw`other (?:web)?sites|across (?:the web|sites|websites|services)`,
    source: 'tosdr-legacy',
    title: 'This service tracks you on other websites',
    examples: ['Our partners may collect information about your activity on other websites.'],
  },
  {
    category: 'tracking',
    stance: 'grant',
    when: String.raw`advertis|\bads\b|interest-based|targeted`,
    source: 'tosdr-legacy',
    title: 'The service uses your personal data to employ targeted third-party advertising',
    examples: ['We use cookies to show you interest-based advertising from third-party networks.'],
  },
  {
    category: 'tracking',
    stance: 'grant',
    source: 'tosdr-legacy',
    title:
      'The service may use tracking pixels, web beacons, browser fingerprinting, and/or device fingerprinting on users.',
    examples: ['We use web beacons and pixels to understand how you use the service.'],
  },
  {
    category: 'tracking',
    stance: 'conditional',
    // Same as cookie.*opt[\s-]*out|opt[\s-]*out.*cookie, but each run stops at the next cookie / opt-out (linear).
    when: String.raw`cookie(?:(?!cookie).)*opt[\s-]*out|opt[\s-]*out(?:(?!opt[\s-]*out).)*cookie`,
    source: 'tosdr-legacy',
    title: 'This service employs third-party cookies, but with opt-out instructions',
    examples: ['You can opt out of third-party cookies using the links below.'],
  },
  {
    category: 'tracking',
    stance: 'conditional',
    when: String.raw`opt[\s-]*out`,
    source: 'tosdr-legacy',
    title: 'You can opt out of targeted advertising',
    examples: ['You may opt out of personalised advertising in your account settings.'],
  },
  {
    category: 'tracking',
    stance: 'conditional',
    source: 'termwatch',
    title: 'This service tracks you only with your consent',
    examples: ['We only place analytics cookies with your consent.'],
  },
  {
    category: 'tracking',
    stance: 'restrict',
    when: String.raw`do[\s-]not[\s-]track (?:signals?|headers?|requests?|settings?|preferences?)|\bDNT\b`,
    source: 'tosdr-legacy',
    title: "This service respects your browser's Do Not Track (DNT) headers",
    examples: ['We honour Do Not Track signals sent by your browser.'],
  },
  {
    category: 'tracking',
    stance: 'restrict',
    when: String.raw`analytics`,
    source: 'tosdr-legacy',
    title: 'The service does not use third-party analytics or tracking platforms',
    examples: ['We do not use third-party analytics.'],
  },
  {
    category: 'tracking',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: 'This service does not track you',
    examples: ['We do not track you across websites.'],
  },

  // --- retention
  {
    category: 'retention',
    stance: 'grant',
    when: String.raw`anonymi[sz]|aggregat|de-?identif`,
    source: 'tosdr-legacy',
    title:
      "The service may keep a secure, anonymized record of users' data for analytical purposes even after the data retention period",
    examples: ['We may retain anonymised data indefinitely for analytics.'],
  },
  {
    category: 'retention',
    stance: 'grant',
    when: String.raw`(?:after|even if) you (?:have )?delete|deleted|backup`,
    source: 'tosdr-legacy',
    title: "This service holds onto content that you've deleted",
    examples: ['Copies of deleted content may remain in our backups.'],
  },
  {
    category: 'retention',
    stance: 'grant',
    when: String.raw`\blogs?\b`,
    source: 'tosdr-legacy',
    title: 'This service keeps user logs for an undefined period of time',
    examples: ['We keep server logs for as long as we need them.'],
  },
  {
    category: 'retention',
    stance: 'grant',
    when: String.raw`erasure|legal obligation|legitimate (?:business )?interest`,
    source: 'tosdr-legacy',
    title:
      'This service may keep personal data after a request for erasure for business interests or legal obligations',
    examples: ['We may retain your information after an erasure request to comply with legal obligations.'],
  },
  {
    category: 'retention',
    stance: 'grant',
    source: 'termwatch',
    title: 'This service may keep your data indefinitely',
    examples: ['We may retain your personal information for as long as we see fit.'],
  },
  // retention/conditional: no ToS;DR case fits, so nearestTosdrCase returns null there.
  {
    category: 'retention',
    stance: 'restrict',
    when: String.raw`\blogs?\b`,
    source: 'tosdr-legacy',
    title: 'User logs are deleted after a finite period of time',
    examples: ['Server logs are deleted after 30 days.'],
  },
  {
    category: 'retention',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: "The service's data retention period is kept to the minimum necessary for fulfilling its purposes",
    examples: ['We keep personal data only as long as necessary for the purposes described.'],
  },

  // --- terms_change
  // Changes of the service or its prices (GUIDE S1) in a clause that names no document: the service's case, not the
  // terms'. Legacy ToS;DR has no case for prices, so that title is ours.
  {
    category: 'terms_change',
    stance: 'grant',
    when: String.raw`${NAMES_NO_DOCUMENT}.*\b(?:prices?|pricing|fees?|charges)\b`,
    source: 'termwatch',
    title: 'The service may change its prices or fees on its own',
    examples: ['We may change our prices at any time.'],
  },
  {
    category: 'terms_change',
    stance: 'grant',
    when: String.raw`${NAMES_NO_DOCUMENT}.*\b(?:discontinu|suspend|stop|ceas|terminat(?:e|es|ed|ing)\b|withdr[ae]w|remov|limit(?:s|ed|ing)?\b|(?:modif|chang)\w*\s+(?:\w+\s+){0,3}?(?:services?|features?|functionality|site|website|platform|apps?|products?)\b)`,
    source: 'tosdr-legacy',
    title: 'They may stop providing the service at any time',
    examples: [
      'We may modify, suspend or discontinue the Services at any time.',
      'We may change the features of the app.',
    ],
  },
  {
    category: 'terms_change',
    stance: 'grant',
    when: String.raw`without (?:prior |advance )?notice|sole discretion`,
    source: 'tosdr-legacy',
    title: 'Terms may be changed any time at their discretion, without notice to the user',
    examples: ['We may modify these Terms at any time without notice.'],
  },
  {
    category: 'terms_change',
    stance: 'grant',
    when: String.raw`notif|notice|e-?mail`,
    source: 'tosdr-legacy',
    title: 'The service may change its terms at any time, but the user will receive notification of the changes.',
    examples: ['We may amend these terms from time to time and will notify you by email.'],
  },
  {
    category: 'terms_change',
    stance: 'grant',
    source: 'tosdr-legacy',
    title: 'Terms may be changed any time at their discretion, without notice to the user',
    examples: [
      'We may change these Terms from time to time; your continued use means you accept them.',
      // Every document word of the lexicon (TermsDoc) names the terms, not only "terms" and "policy".
      'We may change these Guidelines and suspend the Services at any time.',
    ],
  },
  {
    category: 'terms_change',
    stance: 'conditional',
    source: 'tosdr-legacy',
    title: 'Conditions may change, but your continued acceptance is not inferred from an earlier acceptance',
    examples: ['Changes will only apply to you once you accept the updated terms.'],
  },
  {
    category: 'terms_change',
    stance: 'restrict',
    when: String.raw`\b(?:30|thirty|60|sixty|90|ninety) days`,
    source: 'tosdr-legacy',
    title:
      'When the service wants to make a material change to its terms, users are notified at least 30 days in advance',
    examples: ['We will give you at least 30 days notice before material changes take effect.'],
  },
  {
    category: 'terms_change',
    stance: 'restrict',
    when: String.raw`\b(?:7|seven|14|fourteen|15|fifteen) days|\bweeks?\b`,
    source: 'tosdr-legacy',
    title: 'When the service wants to change its terms, users are notified a week or more in advance.',
    examples: ['We will notify you 14 days before changes take effect.'],
  },
  {
    category: 'terms_change',
    stance: 'restrict',
    source: 'tosdr-legacy',
    title: 'Users should revisit the terms periodically, although in case of material changes, the service will notify',
    examples: ['We will notify you of any material change to these terms before it takes effect.'],
  },
];
