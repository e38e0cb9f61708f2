// data_sharing: disclosure of user data to third parties, affiliates, partners, advertisers.
// Service providers processing on the company's behalf and legally required disclosures are low severity.
import type { CategoryRules } from '../rule';
import type { Severity } from '../../types';

/** "third-party" in other senses: sites we link to, beneficiaries, third-party content or products. */
const OTHER_SENSE = /\bthird[\s-]part(?:y|ies)['’]?s?\s+(?:web\s*sites?|sites?|links?|beneficiar(?:y|ies)|content|materials?|products?|offerings?|applications?\s+(?:that\s+)?you|services\s+(?:that\s+)?you|claims?|intellectual|rights?)|links?\s+to\s+(?:other\s+|third[\s-]party\s+)?(?:web\s*sites?|sites?)|\bno\s+third[\s-]party\s+beneficiar/;
const DATA = /\b(?:data|information|content|details|records|identifiers?|address(?:es)?|e-?mail|name|profile|location|usage|communications?|files?|messages?|recordings?)\b/;

/** Share word then a recipient within ~15 words (the pattern allows 12 + 3 terms). */
const SHARE_THEN_THIRD = /\b(?:sell|sold|rent|shar|disclos|transfer|provid|distribut|giv|make\s+available|made\s+available|pass|releas|report|send|sent)\w*\W+(?:[\w’'-]+\W+){0,16}?(?:third[\s-]part|affiliate|partner|advertiser|sponsor|broker|compan|unaffiliated|outside\s+part|other\s+part|vendor|service\s+provider|subsidiar|publisher|network)/;
const SHARE = /\b(?:shar|disclos|transfer|provid|distribut|giv|make\s+available|made\s+available|pass|releas|report|send|sent)/;
const THIRD = /\b(?:third[\s-]part|affiliate|partner|advertiser|sponsor|broker|compan|unaffiliated|outside\s+part|other\s+part|vendor|service\s+provider|subsidiar|publisher|network)/;

export const dataSharing: CategoryRules = {
  category: 'data_sharing',
  veto: (lower) => (OTHER_SENSE.test(lower) && !/\b(?:share|disclose|sell)\w*\s+(?:your|personal|such|the)\s+(?:personal\s+)?(?:data|information)/.test(lower) ? 'third-party in another sense' : DATA.test(lower) ? null : 'no data in clause'),
  adjustSeverity: (lower, base): Severity => {
    if (/\b(?:sell|their\s+own\s+(?:marketing|advertising|purposes)|for\s+(?:their|its)\s+own\s+purposes|data\s+brokers?)\b/.test(lower)) return 'high';
    if (/\b(?:on\s+our\s+behalf|authori[sz]ed\s+third\s+part|on\s+(?:zoom|the\s+company)['’]s\s+behalf|service\s+providers?|sub-?processors?|processors?|contractors|vendors\s+who|law\s+enforcement|required\s+by\s+law|legal\s+process|subpoena|court\s+order|aggregated?|de-?identified|anonymi[sz]ed)\b/.test(lower)) return 'low';
    return base;
  },
  rules: [
    {
      id: 'data_sharing.share-with-third-parties',
      cue: [SHARE_THEN_THIRD],
      match: ['#ShareVerb .{0,12} (with|to) .{0,3} #ThirdParty', '(sell|sold|rent|rented) .{0,8} to .{0,3} #ThirdParty', '#ShareVerb .{0,3} (among|across|within) .{0,3} #ThirdParty'],
      severity: 'medium',
      why: 'Disclosing user data to outside companies (affiliates, partners, advertisers) takes it out of the service.',
      mustMatch: [
        'We may share your personal information with our advertising partners.',
        'Your data may be disclosed to third parties for marketing purposes.',
        { text: 'We do not share your personal information with third parties.', stance: 'restrict' },
        { text: 'We will only share your information with third parties with your consent.', stance: 'conditional', condition: 'opt_in' },
        { text: 'We do not share your personal data with third parties except as described in this policy.', stance: 'grant' },
      ],
      mustNotMatch: [
        'You may share your content with third parties using the share button.',
        'Our site contains links to third-party websites that we do not control.',
        'There are no third-party beneficiaries to this Agreement.',
      ],
    },
    {
      id: 'data_sharing.third-party-receives',
      cue: [THIRD, /\b(?:receive|access|collect|obtain)/],
      match: ['#ThirdParty .{0,6} (may|can|will|to)? (receive|access|collect|obtain) .{0,6} #UserData'],
      severity: 'medium',
      why: 'Third parties collecting or receiving user data is sharing even when phrased from their side.',
      mustMatch: ['When you use our Services, third parties that provide advertising may collect or receive information about you.'],
      mustNotMatch: ['Third parties may not access our servers.'],
    },
    {
      id: 'data_sharing.business-transfer',
      cue: [/\b(?:merger|acqui|bankrupt|reorgani|insolven|divestiture|successor|purchaser|buyer)/],
      match: ['(merger|mergers|acquisition|acquisitions|acquired|bankruptcy|reorganization|reorganisation|insolvency|divestiture) .{0,25} (#ShareVerb|assets|asset|#SellVerb)', '(#ShareVerb|#SellVerb) .{0,20} (merger|acquisition|bankruptcy|reorganization|reorganisation|successor|acquirer|purchaser|buyer)'],
      severity: 'low',
      why: 'User data passes to a buyer or successor in a merger, acquisition or bankruptcy.',
      mustMatch: ['If we are involved in a merger, acquisition or sale of assets, your information may be transferred as part of that transaction.'],
      mustNotMatch: ['We may acquire other companies from time to time.'],
    },
    {
      id: 'data_sharing.legal-disclosure',
      cue: [SHARE, /\b(?:law enforcement|government|authorit|court|regulator|required by|permitted by)/],
      match: ['#ShareVerb .{0,10} (law enforcement|government|authorities|court|courts|regulators|public authorities)', '#ShareVerb .{0,10} (required|permitted) by (law|applicable law)'],
      severity: 'low',
      why: 'Disclosure to authorities is common and usually lawful, but it is still disclosure.',
      mustMatch: ['We may disclose your information to law enforcement when required by law.'],
      mustNotMatch: ['You must comply with all applicable laws.'],
    },
  ],
};
