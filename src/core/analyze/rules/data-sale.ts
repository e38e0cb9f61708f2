// data_sale: selling or renting personal data, or "sharing" it for cross-context behavioural advertising (CCPA sense).
import { unitWords, type CategoryRules, type Veto } from '../rule';

/** …unless the clause also sells data outright ("we will not sell your personal information …, except in a merger"). */
const SELLS_DATA = /\b(?:sell|sold|sale\s+of|rent)\w*\s+(?:[\w-]+\s+){0,4}?(?:data|information|pii)\b/;
/** A sale word, as the rules' cue reads it. */
const SALE_WORD = String.raw`(?:sell|sells|sold|selling|resell\w*|sale|sales)`;
/** Goods and the business itself: what is sold when it is not personal data. */
const GOODS = String.raw`(?:products?|goods|services|items?|merchandise|tickets?|subscriptions?|gift\scards?|(?:virtual|digital|in-app)\s(?:content|items?|goods|products?|currency)|apps|experiences|shares|stock|advertising\s(?:space|inventory)|ad\sspace)`;
/** "merger", "bankruptcy", "change of control": the business itself changes hands. */
const BUSINESS_EVENT =
  /\b(?:merger|acquisition|acquired|bankruptcy|reorgani[sz]ation|insolvency|divest\w*|change\s(?:of|in)\scontrol|dissolution|liquidation)\b/;
/** A sale or purchase word; what follows it decides whether the business itself is sold. */
const SALE_OR_BUY = /\b(?:sell|sold|selling|sale|buy)/g;
/** Within the next words: "… (all or part of) our business / the company / its assets". */
const BUSINESS_OBJECT =
  /^[^.;:]{0,80}?\b(?:our|its|the|their)\s(?:\w+\s)?(?:business|businesses|company|assets|units?)\b/;
/** "sell or transfer all or part of our business", "the sale of its assets" (read word by word, see SALE_OR_BUY). */
function sellsBusiness(lower: string): boolean {
  for (const m of lower.matchAll(SALE_OR_BUY))
    if (BUSINESS_OBJECT.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 120))) return true;
  return false;
}
/** A sale word, then goods within three words: "sell products", "sales of digital content". */
const SELL_GOODS = new RegExp(String.raw`\b${SALE_WORD}\s(?:\w+\s){0,3}?${GOODS}\b`);
/** Goods, then "sold": "items being sold", "hard products may be sold". */
const GOODS_SOLD = new RegExp(String.raw`\b${GOODS}\s(?:\w+\s){0,2}?(?:sold|resold)\b`);

/** A veto test that fires when any of the regexes matches. */
function anyOf(...res: readonly RegExp[]): (lower: string) => boolean {
  return (lower) => res.some((re) => re.test(lower));
}

/**
 * Terms defined by reference to a law: "(as those terms are defined by the California Consumer Privacy Act)", "as
 * defined under applicable law", "within the meaning of". Such a unit defines the law's words.
 */
const STATUTORY_DEFINITION =
  /\b(?:th(?:ose|ese|at|is)|such)\s+terms?\s+(?:is|are)\s+defined\b|\bas\s+defined\s+(?:by|in|under)\b|\bwithin\s+the\s+meaning\s+of\b/;
/** …unless it names a sale or "sharing" at all: then it says what the service does, or what the user may opt out of. */
const NAMES_SALE = /\b(?:sell|sells|sold|selling|sale|sales|rent|rents|rented|share|shares|shared|sharing)\b/;

/** Senses of "sell" that are not a sale of personal data, each with the clauses it must and must not drop. */
const VETOES: readonly Veto[] = [
  {
    id: 'data_sale.business-sale',
    when: (lower) => BUSINESS_EVENT.test(lower) || sellsBusiness(lower),
    unless: SELLS_DATA,
    why: 'Selling the business itself moves its data to the buyer: a business transfer (data_sharing), not a sale of data.',
    mustVeto: [
      'If we are involved in a merger or the sale of our assets, your information may be transferred.',
      'We may sell all or part of our business to another company.',
    ],
    mustNotVeto: [
      'We will never sell your personal information, not even in a merger.',
      'We may sell your personal information to marketing partners.',
    ],
  },
  {
    id: 'data_sale.goods',
    when: anyOf(SELL_GOODS, GOODS_SOLD),
    unless: SELLS_DATA,
    why: 'Products, subscriptions, tickets, virtual goods or shares change hands; no personal data is sold.',
    mustVeto: [
      'We sell products and gift cards through our online store.',
      'All sales of digital content are final.',
      'You can choose which hard products may be sold with your artwork.',
      'Creators earn a share of the revenue from the sale of virtual items that include their content.',
    ],
    mustNotVeto: [
      'We do not sell your personal information or the products you browse.',
      'We may sell information about the products you buy to advertisers.',
    ],
  },
  {
    id: 'data_sale.content-licence',
    when: /\b(?:royalty[\s-]free|sub-?licens(?:e|a)ble|irrevocable|perpetual)\b/,
    unless: /\bpersonal\s+(?:data|information)\b/,
    why: 'A content licence listing "sell" among its rights (reproduce, modify, sell …) is content_licence, not a data sale.',
    mustVeto: ['You grant us a perpetual, royalty-free licence to use, copy, modify and sell the content you post.'],
    mustNotVeto: ['We may sell your personal information under a perpetual agreement with our partners.'],
  },
  {
    id: 'data_sale.trade-in-other-senses',
    when: /\btrade\s*(?:secrets?|marks?|names?|dress|shows?|associations?|publications?)\b|\b(?:fair|free)\s+trade\b/,
    unless: SELLS_DATA,
    why: 'Trade secrets, trademarks and trade shows are "trade" in another sense.',
    mustVeto: ['We keep certain information confidential to protect our trade secrets and other business information.'],
    mustNotVeto: ['We never sell or trade your personal information, and we protect our trade secrets.'],
  },
  {
    id: 'data_sale.rights-explanation',
    when: /\bright\s+to\s+(?:know|request|access)\b|\bbusiness\s+or\s+commercial\s+purposes?\s+for\s+(?:collecting|selling|sharing)\b|^\W*categories\s+of\s+(?:[\w-]+\s+){0,5}?(?:sold|sell|sale)\b/,
    unless:
      /\bwe\s+(?:do\s+not|don['’]t|never|will\s+not|won['’]t)\s+(?:\w+\s+)?(?:sell|rent)\b|^\W*we\s+(?:[\w’']+\s+){0,3}?(?:sell|sold|rent)\b|\bopt(?:s|ing)?[\s-]?out\b|\bcategories\s+of\s+[^:]{0,80}:\s*\S/,
    why: 'A privacy law\'s right to know what is "sold", or a category heading, explains the law or a table; it does not say the service sells (the statement that it does, or does not, is its own clause).',
    mustVeto: [
      'You have the right to know the business or commercial purpose for collecting, selling or sharing personal information.',
      'Categories of personal information sold to third parties',
    ],
    mustNotVeto: [
      'You have the right to know what we collect; we do not sell your personal information.',
      'You have the right to opt out of the sale of your personal information.',
      'The categories of recipients to whom we may have sold personal information are listed below.',
      'Categories of personal information we have sold in the last 12 months: identifiers and internet activity.',
    ],
  },
  {
    id: 'data_sale.authorized-agent',
    when: /\bauthori[sz]ed\s+agents?\b/,
    // Not a unit that also says the service sells ("We sell …, and you may designate an authorized agent …").
    unless:
      /\byou\s+or\s+(?:your|an|through)\s+(?:\w+\s+)?authori[sz]ed\s+agent\b|\bwe\s+(?:(?:may|might|will|also|do|does|routinely|sometimes)\s+){0,2}(?:sell|rent)\b/,
    why: 'How an authorised agent may make a request for the user (the permission it needs, what it may ask for) explains the procedure of a right stated elsewhere; it says nothing of what the service sells.',
    mustVeto: [
      'You have the right to appoint an authorized agent to submit a request to opt out of the sale of personal information on your behalf.',
      'For requests to opt out of sales, we may require a signed permission showing that your authorized agent may act for you.',
      'Your authorized agent can submit a request to receive a list of the third parties to whom we may have sold personal data.',
    ],
    mustNotVeto: [
      'You or your authorized agent may opt out of the sale of your personal information by clicking the link below.',
      'We do not sell your personal information.',
      'We sell your personal information to data brokers, and you may designate an authorized agent to opt out on your behalf.',
    ],
  },
  {
    id: 'data_sale.do-not-sell-title',
    // The unit's own words: a list's lead-in read before it ("… listed below:" › "Do Not Sell My Personal
    // Information") is context, not part of the title.
    when: (lower, ctx) => {
      const own = unitWords(lower, ctx);
      const titled = own.replace(DO_NOT_SELL_TITLE, ' ');
      // Only the title, perhaps with "link" or "page": a sentence that offers the control is an opt-out (GUIDE S2).
      return titled !== own && (titled.match(/[a-z]+/g) ?? []).length <= 2;
    },
    model: true,
    why: 'The "Do Not Sell or Share My Personal Information" title alone names a control, as a heading or link text; a sentence that tells the user to use it offers an opt-out (stance.ts reads the title as no denial). The model reads the same words as a sale, so its finding goes too.',
    mustVeto: [
      'Do Not Sell or Share My Personal Information',
      'The “Do Not Sell My Personal Information” link',
      'Do not sell or share my personal information and limit the use of my sensitive personal information',
    ],
    mustNotVeto: [
      'You can opt out of the sale of your data through the Do Not Sell My Personal Information link.',
      'To make a request, use the “Do Not Sell My Personal Information” link in the footer.',
      'We do not sell your personal information.',
    ],
  },
  {
    id: 'data_sale.right-title',
    // The unit's own words are all a title: an item letter, "(further information on) the right to opt out of …", and
    // no verb of a sentence after it.
    when: (lower, ctx) => RIGHT_TITLE.test(unitWords(lower, ctx).trimEnd()),
    why: 'A unit that is only the name of the right ("Right to opt out of the sale or sharing of your personal data", "c) Further information on the right to opt-out of …") is a heading (GUIDE S2); the sentences under it offer the opt-out.',
    mustVeto: [
      'c) Further information on the right to opt-out of the “sale” or “sharing” for targeted advertising of your Personal Data.',
      'Right to opt out of the sale or sharing of your personal information',
    ],
    mustNotVeto: [
      'You have the right to opt out of the sale or sharing of your personal information.',
      'Right to opt out of the sale of your personal information: click the “Your Privacy Choices” link to use it.',
      'Right to opt out of the sale of your personal information, which you can exercise by emailing us.',
    ],
  },
  {
    id: 'data_sale.statutory-definition',
    when: STATUTORY_DEFINITION,
    unless: NAMES_SALE,
    model: true,
    why: 'A unit that defines a privacy law’s terms ("business", "sell", "share" as the CCPA defines them) explains the law (role=definition); whether the service sells is said elsewhere.',
    mustVeto: [
      'If you are a “business” and we process “personal information” (as those terms are defined by the California Consumer Privacy Act) on your behalf, then our US State Law Privacy Addendum applies to our “processing” of your “personal information” (as those terms are defined under the aforementioned Laws).',
      'A “controller” processing “personal data” within the meaning of applicable state privacy laws must sign the addendum.',
    ],
    mustNotVeto: [
      'We do not sell your personal information, as that term is defined by the CCPA.',
      'You have the right to opt out of the “sale” or “sharing” of your personal information, as such terms are defined in applicable law.',
      'Acme may sell personal data as defined under applicable law to its partners.',
    ],
  },
];

/**
 * The evidence is written as a title, every word of four letters or more capitalised ("Selling or Sharing Your Personal
 * Information", "Targeted Advertising, Sale or Sharing"): it names a section or a control, in a heading or a
 * cross-reference to it; the sentence that sells, or offers the opt-out, is written in running text.
 */
const TITLE_CASED = {
  test: (evidence: string): boolean => {
    // The name of the CCPA control is the exception: a sentence that tells the user to use it is an opt-out (see the
    // do-not-sell-title veto).
    if (DO_NOT_SELL_NAME.test(evidence)) return false;
    const words = evidence.split(/[^A-Za-z’']+/).filter((w) => w.length >= 4);
    // All capitals is emphasis, not a title ("YOU MAY OPT OUT OF THE SALE …").
    return words.length >= 2 && words.every((w) => /^[A-Z]/.test(w)) && words.some((w) => /[a-z]/.test(w));
  },
};

/**
 * The seller is someone else, named in a relative clause ("data brokers who sell personal data", "third parties who
 * intend to license or sell that personal information") or as the agent of a passive ("information sold by other
 * sources"): what those parties do, not the service.
 */
/** …also when the match ends in that relative clause: "information to third parties who intend to license or sell". */
const OTHERS_SELL_AT_END =
  /\b(?:who|which|that)\s+(?:(?:may|might|also|otherwise|intend\s+to|plan\s+to|(?:license|rent|share|trade)\s+or)\s+)*(?:sell|rent|trade)$/i;
/** What a hit's evidence may not be: a title, or a sale by others at its end. */
const NOT_OUR_SALE = {
  test: (evidence: string): boolean => TITLE_CASED.test(evidence) || OTHERS_SELL_AT_END.test(evidence),
};
const OTHERS_SELL_BEFORE =
  /\b(?:who|which|that)\s+(?:(?:may|might|also|otherwise|intend\s+to|plan\s+to|(?:license|rent|share|trade)\s+or)\s+)*$/;
const SOLD_BY_OTHERS_AFTER = /^\W*by\s+(?:other|others|another|third|external|outside|unaffiliated|these|those|such)\b/;

/** A unit that is only the right's name: "c) Further information on the right to opt-out of the “sale” …". */
const RIGHT_TITLE =
  /^\W*(?:[a-z0-9]{1,3}[.)]\s+)?(?:(?:further\s+)?(?:information|details)\s+(?:on|about)\s+)?(?:the\s+|your\s+)?right\s+to\s+opt[\s-]?out\s+of\s[^.;:!?,]*\.?$/;

/** The words of the control's name a sell-data match takes: "Sell or Share My Personal Information". */
const DO_NOT_SELL_NAME = /\bsell\s+(?:or\s+share\s+)?my\b/i;

/** The title of the CCPA opt-out link or page, with its usual endings. */
const DO_NOT_SELL_TITLE =
  /\bdo\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?(?:information|data|info)(?:\s+and\s+limit\s+the\s+use\s+of\s+my\s+sensitive\s+personal\s+information)?/g;

export const dataSale: CategoryRules = {
  category: 'data_sale',
  vetoes: VETOES,
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
      rejectEvidence: NOT_OUR_SALE,
      rejectBefore: OTHERS_SELL_BEFORE,
      rejectAfter: SOLD_BY_OTHERS_AFTER,
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
        // The control's name in a sentence that sends the user to it: an opt-out, though its words are title-cased.
        {
          text: 'To make a request, use the “Do Not Sell My Personal Information” link in the footer.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'We sell products and services through our online store.',
        'In the event of a merger or sale of our business, customer information may be transferred.',
        'We may decide to sell or transfer all or part of our business; as part of that sale we may pass personal information to the buyer.',
        'You grant us a royalty-free licence to use, reproduce, modify, sell and distribute the content you submit.',
        'Information Sale and Sharing: any information we have about you will never be shared.',
        'We receive personal data about you from advertising partners and from data brokers who sell personal data.',
        'Some ads may be based on information “sold” by other sources.',
        'Residents of some states may ask that we not pass their data to third parties who intend to license or sell that data.',
        'Your Right to Opt Out of Selling or Sharing Your Personal Information',
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
      rejectEvidence: TITLE_CASED,
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
        // The user's right to ask that the service not share is an opt-out, not a denial.
        {
          text: 'You may have the right to opt out of the sale of your data, and to request that we do not share your data for targeted advertising.',
          stance: 'conditional',
          condition: 'opt_out',
        },
      ],
      mustNotMatch: [
        'We share aggregated statistics with our partners.',
        'We may show you targeted advertising based on your use of the Services.',
        'See Managing Your Preferences About Targeted Advertising, Sale or Sharing of Data for more choices.',
      ],
    },
  ],
};
