// data_sale: selling or renting personal data, or "sharing" it for cross-context behavioural advertising (CCPA sense).
import type { CategoryRules } from '../rule';

/** Selling goods, or a whole business in a merger, is not selling personal data (a business transfer is data_sharing). */
const NOT_DATA_SALE =
  /\b(?:sells?|sold|selling|sale\s+of)\s+(?:our\s+|your\s+|the\s+)?(?:products?|goods|services|items|merchandise|tickets|subscriptions|business|company|assets|shares|stock)\b|\b(?:merger|acquisition|acquired|bankruptcy|reorgani[sz]ation|insolvency|divest\w*|change\s+(?:of|in)\s+control|dissolution|liquidation)\b|\b(?:sell|sold|selling|sale|buy)\w*(?:[\s/,]+(?:or|and|otherwise|\w+)){0,6}?[\s/,]+(?:all\s+or\s+part\s+of\s+)?(?:our|its|the|their)\s+(?:\w+\s+)?(?:business|businesses|company|assets|units?)\b/;
/** …unless the clause also sells data outright ("we will not sell your personal information …, except in a merger"). */
const SELLS_DATA = /\b(?:sell|sold|sale\s+of|rent)\w*\s+(?:[\w-]+\s+){0,3}?(?:data|information|pii)\b/;
/** A content licence listing "sell" among its rights ("… reproduce, modify, sell …") is content_licence, not data sale. */
const LICENCE = /\b(?:royalty[\s-]free|sub-?licens(?:e|a)ble|irrevocable|perpetual)\b/;

export const dataSale: CategoryRules = {
  category: 'data_sale',
  veto: (lower) => {
    if (NOT_DATA_SALE.test(lower) && !SELLS_DATA.test(lower)) return 'goods or business sale';
    if (LICENCE.test(lower) && !/\bpersonal\s+(?:data|information)\b/.test(lower)) return 'content licence rights';
    return null;
  },
  rules: [
    {
      id: 'data_sale.sell-data',
      cue: [
        /\b(?:sell|sold|sale|rent(?:s|ed|ing|al)?\b|leas(?:e|es|ed|ing)\b|trad(?:e|es|ed|ing)\b|moneti)/,
        /\b(?:data|information|content|input|pii|details)/,
      ],
      match: [
        // Verb forms only: an "Information Sale" heading fused to the next sentence is no sale.
        '(sell|sells|sold|selling|rent|rents|rented|renting|lease|leases|leased|trade|trades|traded|trading|monetize|monetise) .{0,8} #UserData',
        '#UserData .{0,6} (be|is|are|been|was)? (sell|sold|rent|rented|leased|traded|monetized|monetised)',
        '(sale|sales|selling|renting|rental) of .{0,4} #UserData',
        '#SellVerb (it|them|this|that|these|such) .{0,2} to .{0,3} #ThirdParty',
      ],
      severity: 'high',
      why: 'Selling or renting personal data hands it to buyers for their own purposes.',
      mustMatch: [
        'We may sell or rent your personal information to data brokers.',
        { text: 'We do not sell your personal data.', stance: 'restrict' },
        { text: 'Your personal information will never be sold.', stance: 'restrict' },
        {
          text: 'You can opt out of the sale of your personal information at any time.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We do not (and will never) sell, license, sub-license or share any of the data submitted by our users.',
          stance: 'restrict',
        },
        {
          text: 'We may share information as discussed below, but we won’t sell it to advertisers or other third parties.',
          stance: 'restrict',
        },
        { text: 'Acme will never: — Sell any kind of personal information or data.', stance: 'restrict' },
      ],
      mustNotMatch: [
        'We sell products and services through our online store.',
        'In the event of a merger or sale of our business, customer information may be transferred.',
        'We may decide to sell or transfer all or part of our business; as part of that sale we may pass personal information to the buyer.',
        'You grant us a royalty-free licence to use, reproduce, modify, sell and distribute the content you submit.',
        'Information Sale and Sharing: any information we have about you will never be shared.',
      ],
    },
    {
      id: 'data_sale.share-for-cross-context-ads',
      cue: [
        /(?:cross[\s-]context|targeted|behaviou?ral|interest[\s-]based|personali[sz]ed|tailored|retarget|remarket|relevant)/,
        /\bshar/,
      ],
      match: [
        // One fixed word before the ads term: compromise's gap does not backtrack, so "(for|of)" would stop at the
        // first "of" in "sharing of your personal information for cross-context behavioral advertising".
        '(#ShareVerb|sharing) .{0,12} (for|purposes of|purpose of) .{0,3} (cross context|targeted|behavioral|behavioural|#AdsTerm)',
        '#AdsTerm .{0,6} ("share"|"sharing"|sharing|share)',
      ],
      severity: 'high',
      why: 'Under the CCPA, "sharing" for cross-context behavioural advertising is treated like a sale (the clause usually also reads as tracking: targeted ads; both findings stay).',
      mustMatch: [
        'We share personal information with advertising partners for cross-context behavioral advertising.',
        {
          text: 'You may opt out of the sharing of your personal information for cross-context behavioral advertising at any time in your account settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        {
          text: 'We do not share your personal information for the purposes of targeted advertising.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We share aggregated statistics with our partners.',
        'We may show you targeted advertising based on your use of the Services.',
      ],
    },
  ],
};
