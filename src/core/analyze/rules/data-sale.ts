// data_sale: selling or renting personal data, or "sharing" it for cross-context behavioural advertising (CCPA sense).
import type { CategoryRules } from '../rule';

/** Selling goods, or a whole business in a merger, is not selling personal data. */
const NOT_DATA_SALE = /\b(?:sells?|sold|selling|sale\s+of)\s+(?:our\s+|your\s+|the\s+)?(?:products?|goods|services|items|merchandise|tickets|subscriptions|business|company|assets|shares|stock)\b|\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|insolvency|divestiture|change\s+of\s+control)\b/;

export const dataSale: CategoryRules = {
  category: 'data_sale',
  veto: (lower) => (NOT_DATA_SALE.test(lower) && !/\b(?:sell|sold|sale\s+of)\s+(?:your\s+|any\s+)?(?:personal\s+)?(?:data|information)\b/.test(lower) ? 'goods or business sale' : null),
  rules: [
    {
      id: 'data_sale.sell-data',
      cue: [/\b(?:sell|sold|sale|rent|leas|trad|moneti)/, /\b(?:data|information|content|input)/],
      match: ['#SellVerb .{0,6} #UserData', '#UserData .{0,6} (be|is|are|been|was)? #SellVerb', '"sale" .{0,4} #UserData'],
      severity: 'high',
      why: 'Selling or renting personal data hands it to buyers for their own purposes.',
      mustMatch: [
        'We may sell or rent your personal information to data brokers.',
        { text: 'We do not sell your personal data.', stance: 'restrict' },
        { text: 'Your personal information will never be sold.', stance: 'restrict' },
        { text: 'You can opt out of the sale of your personal information at any time.', stance: 'conditional', condition: 'opt_out' },
      ],
      mustNotMatch: [
        'We sell products and services through our online store.',
        'In the event of a merger or sale of our business, customer information may be transferred.',
      ],
    },
    {
      id: 'data_sale.share-for-cross-context-ads',
      cue: [/(?:cross[\s-]context|targeted|behaviou?ral|interest[\s-]based|personali[sz]ed|tailored|retarget|remarket|relevant)/, /\bshar/],
      match: ['(#ShareVerb|sharing) .{0,12} (for|of) .{0,3} (cross context|targeted|behavioral|behavioural|#AdsTerm)', '#AdsTerm .{0,6} ("share"|"sharing"|sharing|share)'],
      severity: 'high',
      why: 'Under the CCPA, "sharing" for cross-context behavioural advertising is treated like a sale.',
      mustMatch: ['We share personal information with advertising partners for cross-context behavioral advertising.'],
      mustNotMatch: ['We share aggregated statistics with our partners.'],
    },
  ],
};
