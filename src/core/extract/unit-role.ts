// What a unit does in the text: states something (operative), or only points elsewhere, titles, defines or
// explains. Decided by small cue records over the unit's own words (no parse): each record has the patterns that must
// all match, why it exists, and examples it must and must not take (test/unit/extract/unit-role.test.ts checks them).
// A unit no record takes is operative. Cues are anchored at the start of the unit where they can be, so a statement
// followed by a pointer ("We use cookies for ads; learn more in our Cookie Policy") stays operative.
import type { ClauseRole } from '../types';
import { NAMED_OPT_OUTS } from '../analyze/pointer';
import { statesClause, titled } from './clause-shape';

export interface RoleCue {
  id: string;
  role: Exclude<ClauseRole, 'operative'>;
  /** All must match the unit's lower-cased text. */
  all: readonly RegExp[];
  /** None may match the lower-cased text. */
  none?: readonly RegExp[];
  /** Must match the unit's text as written (where capitals tell: a glossary term is written as a name). */
  cased?: RegExp;
  why: string;
  examples: readonly string[];
  counterExamples: readonly string[];
  /** The items of a list this cue takes the lead-in of get the role too ("You may request that we:" › "…"). */
  inherited?: true;
  /**
   * The inherited items are topics (a list of contents): an item with a subject and a verb of its own ("Without a
   * legal basis, we may not process your data.") states what is done and takes no role from the lead-in.
   */
  topicItems?: true;
}

/**
 * An enumeration marker a unit may open with: "(f) ", "c) ", "iii. ", "2. ". Unit text is single-spaced (the
 * extractor normalises whitespace), so the cues match single spaces: simpler automata, no backtracking over runs.
 */
const MARK = String.raw`(?:\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})[.)] )?\(?`;
/** MARK on text as written ("(b) ", "B. ", "iv) "). */
const CASED_MARK = String.raw`(?:\(?(?:[a-zA-Z]|[ivxIVX]{2,4}|\d{1,2})[.)] )?\(?`;
/** Something a pointer points at. */
const TARGET =
  /\b(?:polic(?:y|ies)|notices?|statements?|pages?|sections?|here|below|above|links?|website|site|articles?|faqs?|help|cent(?:er|re)|guides?|terms|documentation|appendix|annex|addendum|settings|chart|table|portal)\b|https?:|www\./;
/**
 * A pointer to a choice is the choice: "You can learn more about how to opt out of interest-based ads on the
 * Advertising Preferences page" tells the user they can opt out (a conditional), not only where to read.
 */
/**
 * A pointer that also states the act states the right: in a relative clause ("the data that we collect and sell"), or
 * in one without its pronoun whose verb has the user's data as its object, so the clause says what is done with it
 * ("the data brokers we sell your information to"). Not a topic: an indirect question ("how we share your data", "which
 * partners we share your data with"), nor the data as the gap ("the personal information we may disclose").
 */
const STATES_ACT =
  /\b(?:that|which)\s+we\s+(?:may\s+|have\s+)?(?:[a-z]+(?:,\s*|\s+and\s+|\s+or\s+)){0,3}(?:sell|sold|share|shared|disclose|disclosed|train)\b/;
/** STATES_ACT's relative clause without its pronoun (a regex of its own: joined, the two scan in polynomial time). */
const STATES_ACT_BARE =
  /\b(?<!\b(?:what|which|how|whose)\s(?:[a-z]{1,24}\s)?)(?!(?:how|why|when|where|what|whether|if|who|do|does|did|can|may|will|should|would|could|shall|must|are|were|have|has|had)\b)[a-z]{1,24}\swe\s(?:may\s|have\s)?(?:sell|sold|share|shared|disclose|disclosed)\s(?:your|their|personal)\b/;
const CHOICE = new RegExp(
  String.raw`\bopt(?:ing)?[\s-]?(?:out|in)\b|${NAMED_OPT_OUTS.source}|\b(?:do\s+not|stop)\s+(?:sell(?:ing)?|shar(?:e|ing))\b|\bwithdraw\b|\bunsubscribe\b`,
);
/** The user's deletion right is a retention limit (the labelling guide's R1), never a mere explanation. */
const DELETION = /\bdelet(?:e|ion)\b|\berase\b/;
/** The first or second person: a unit that names us or you may take a right, so it is no general explanation. */
const PERSON = /\b(?:we|us|our|ours|you|your|yours)\b/;

export const ROLE_CUES: readonly RoleCue[] = [
  {
    id: 'pointer.for-more',
    role: 'pointer',
    all: [
      new RegExp(
        String.raw`^${MARK}(?:for|to\s+(?:get|obtain|find))\s+(?:more|further|additional|detailed)\s+(?:information|info|details?|on|about|regarding)\b`,
      ),
      TARGET,
    ],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: '"For more information about X, see Y": the unit sends the reader to another text and takes no right itself',
    examples: [
      'For more information about how we use cookies, please read our Cookie Notice.',
      'For more on how our models are built, see our research page.',
      'For further details, visit the help center.',
      'For more detail on transfers to the United States, please see below.',
      // An indirect question names a topic: no act is stated.
      'For more information about what personal information we share, see our Privacy Policy.',
      'For more information, please see the section entitled "Who do we share your data with?" below.',
    ],
    counterExamples: [
      'For example, we may use your posts to train our models.',
      'For these purposes we share your data with partners.',
      // The relative clause without its pronoun states the act too.
      'For more detail on the partners we share your location data with, see our Partners page.',
    ],
  },
  {
    id: 'pointer.learn-more',
    role: 'pointer',
    all: [
      new RegExp(String.raw`^${MARK}(?:please\s+)?(?:to\s+)?(?:learn|read|find\s+out|discover)\s+(?:more|about)\b`),
      TARGET,
    ],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: '"Learn more about …", "Read more here": a link label or a reference, not a statement',
    examples: [
      'Read more about model improvement here.',
      'To learn more, please read our Interest-Based Ads notice.',
      'Learn more about your choices in our privacy settings.',
      '(Learn more about how we answer law enforcement requests here);',
    ],
    counterExamples: ['To learn more about our users, we analyse how they use the app.'],
  },
  {
    id: 'pointer.learn-more-label',
    role: 'pointer',
    // A unit that is only the link's label names no page: "Learn more about the personal information we may disclose."
    all: [new RegExp(String.raw`^${MARK}(?:please\s)?(?:learn|read|find\sout)\smore\sabout\b[^,;:]{0,200}$`)],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: 'A "Learn more about …" unit with no clause of its own is a link label: what it names is said where it points',
    examples: ['Learn more about the personal information we may disclose for a business purpose.'],
    counterExamples: [
      'Learn more about how to opt out of interest-based ads.',
      'Learn more about our partners, who may receive your data.',
    ],
  },
  {
    id: 'pointer.see',
    role: 'pointer',
    all: [
      new RegExp(String.raw`^${MARK}(?:please\s+)?(?:see|refer\s+to|visit|consult|click|go\s+to|check\s+out)\b`),
      TARGET,
    ],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: '"See our Privacy Policy", "Please refer to the section below": the unit names where the rule is',
    examples: [
      'See our Privacy Policy for how we share your information.',
      'Please refer to the section "Your choices" below.',
      'Click here to manage your settings.',
      // A section titled with the opt-outs is where they are, not the choice named (T8).
      'See section Website (Browser) Opt-Outs for steps you can take to limit browser tracking for targeted advertising.',
    ],
    counterExamples: [
      'Seeing ads is part of the free plan, and we share data with advertisers.',
      'Click "Do Not Sell or Share My Personal Information" in our website footer.',
      // The choices the page offers, named in the plural, are the choice (T4), not only where to read.
      'Please refer to the currently available opt-outs for Acme Analytics by visiting https://acme.example/optout.',
    ],
  },
  {
    id: 'pointer.contents-list',
    role: 'pointer',
    // The document (or its table) as the subject and a verb of telling, then only the colon: its list is contents.
    all: [
      /^(?:this|the|our)\s+(?:[a-z]+\s+){0,2}?(?:policy|notice|statement|section|tables?|document)\s+(?:below\s+)?(?:explains?|describes?|sets?\s+out|covers?|outlines?|tells?\s+you)\s*:$/,
    ],
    inherited: true,
    topicItems: true,
    why: 'A list of what the document explains ("This Privacy Notice explains:" › "How we share your information with third parties;") names topics said elsewhere in it, not what is done',
    examples: ['This Privacy Notice explains:', 'The tables below describe:'],
    counterExamples: [
      'This Privacy Notice explains how we share your data with advertisers:',
      'The notice describes the data we sell:',
    ],
  },
  {
    id: 'pointer.more-information-is',
    role: 'pointer',
    all: [
      new RegExp(
        String.raw`^${MARK}(?:more|further|additional)\s+(?:information|details)\s+(?:about|on|regarding|can|is|are|may)\b`,
      ),
      TARGET,
    ],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: '"More information about X can be found in …": the unit says where to read, not what is done',
    examples: ['More information about advertising partners can be found in our Cookie Policy.'],
    counterExamples: ['More data helps us improve our models, so we use your chats for training.'],
  },
  {
    id: 'pointer.you-can-find',
    role: 'pointer',
    all: [
      /^you\s+(?:can|may|will)\s+(?:find|read|learn)\s+(?:here\s+)?(?:more|out\s+more|details|about|information\s+(?:about|on|regarding))\b/,
      TARGET,
    ],
    none: [CHOICE, STATES_ACT, STATES_ACT_BARE],
    why: '"You can find more about … in our Cookie Policy": a pointer phrased with "you"',
    examples: [
      'You can find more details about these partners on our website.',
      'You can find here information about the categories of such recipients.',
      'You can find more details about how we share your data in our Privacy Policy.',
    ],
    counterExamples: [
      'You can find that we share your data with partners.',
      'You can find information about the data brokers we sell your personal information to in Section 5.',
      'You can find more about the partners we share your data with on our Partners page.',
      'You can learn more about how to opt out of interest-based ads on our preferences page.',
      "You can learn about Acme Analytics' currently available opt-outs here: https://acme.example/optout.",
    ],
  },
  {
    id: 'definition.quoted-term-means',
    role: 'definition',
    all: [
      // The defining verb right after the quoted term (and an optional "(the “Act”)" or "as used in this section").
      /^[^"“‘]{0,80}["“‘]/,
      /^[^.;]{0,300}["”’](?:\s*\([^()]{0,40}\))?,?(?:\s+(?:as\s+)?used\s+(?:in|throughout)(?:\s+[^\s,.;]+){1,8}?,?)?\s+(?:means|shall\s+mean|refers?\s+to|has\s+the\s+meaning|have\s+the\s+(?:same\s+)?meanings?|(?:is|are)\s+defined\s+(?:as|in|by|under))\b/,
    ],
    why: "\"'Content' means …\", \"the terms 'sale' and 'share' have the meanings given in …\": a definition gives words their sense; the right, if any, is taken where the word is used",
    examples: [
      '"Sale" means selling, renting or disclosing personal information for valuable consideration.',
      'For purposes of this Agreement, "AI Tools" means machine learning models and related technologies.',
      '(d) the terms "sell" and "share" as used in this section have the meanings given in the applicable laws.',
    ],
    counterExamples: [
      'We may sell your "Usage Data" to partners.',
      'By using automated means to collect any content ("Access"), you waive any terms that restrict our Access.',
      'As the terms are defined under the law, we do not "sell" your "personal information".',
      'We use the information you give us (your "Content") to train our models, which means your posts help us.',
    ],
  },
  {
    id: 'definition.term-means',
    role: 'definition',
    // A glossary entry without quotes: a term of one to four words (and a bracketed alias) opening the unit, then
    // "means" and an article. Not "this/that/it/which means …" (a consequence) nor "using … means you agree".
    all: [
      new RegExp(
        String.raw`^${MARK}(?!(?:this|that|it|which|what|using|doing|continued|continuing|opting|use)\b)(?:(?!by\s)[a-z][\w’'-]*\s){1,4}?(?:\([^()]{0,40}\)\s)?(?:means|shall\smean)\s(?:any|a|an|the|all|each|every|collectively)\b`,
      ),
    ],
    // The term as written: capitalised words, as a defined term is ("Personal Data", "Data Processor"), not a
    // sentence's subject ("Deleting your account means all …", "Our business model means the …").
    cased: new RegExp(
      String.raw`^${CASED_MARK}(?:(?:[A-Z][\w’'-]*|of|and|or|the)\s){0,3}(?!\w+ing\s)[A-Z][\w’'-]*\s(?:\([^()]{0,40}\)\s)?(?:means|shall\smean)\s`,
    ),
    why: '"Data Processor (or Service Provider) means any natural or legal person who processes the data …", "Application means a program …": a glossary entry gives a word its sense; the right, if any, is taken where the word is used',
    examples: [
      'Data Processor (or Service Provider) means any natural or legal person who processes the data on behalf of the Data Controller.',
      'Application means a program or service operated by us that may be displayed on platforms operated by third parties.',
      '(b) Personal Data means any information relating to an identified or identifiable natural person.',
    ],
    counterExamples: [
      'This means the third parties we share your data with may contact you.',
      'Using our services means you agree that we may share your data with partners.',
      'We may share your data with partners, which means any partner may contact you.',
      'Information collected by automated means such as cookies or pixels.',
      'Deleting your account means all your data will be removed within 30 days.',
      'Our business model means the data you give us is sold to advertisers.',
      'Signing up means a third party payment processor will receive your card details.',
      'Accepting all cookies means the advertisers we work with can track you across sites.',
      'In practice this means a partner may receive your email address.',
      'Data collected by automated means, the information you give us and the data partners send us.',
    ],
  },
  {
    id: 'definition.refer-to-as',
    role: 'definition',
    // The document naming a kind of thing for later use; a unit that also says what is done with it is left alone.
    all: [
      /^[^.;]{0,60}?\b(?:we|this(?:\s\w+){0,2}?\s(?:policy|notice|statement))\s(?:will\s)?refers?\sto\s[^.;]{1,120}?\sas\s["“‘]/,
    ],
    none: [/["”’],?\s(?:and|which|that|who)\b/, STATES_ACT, STATES_ACT_BARE],
    why: '"In this Cookies Policy, we refer to cookies set by partners as “third-party cookies”": a name given for later use, not a right',
    examples: ['In this Cookies Policy, we refer to cookies set by Partners on the Platform as “third-party cookies”.'],
    counterExamples: ['We refer to the data you upload as “Content”, and we may share it with our partners.'],
  },
  {
    id: 'definition.defines-as',
    role: 'definition',
    all: [/\bdefines? ["“‘][^"“”‘’]{1,60}["”’] (?:as|to mean|to include)\b/],
    why: '"The law defines \'sale\' as …": what a word means, not who does it',
    examples: ['The statute defines "sale" as disclosing personal information for monetary consideration.'],
    counterExamples: ['We define our prices as shown on the order page, and we sell gift cards.'],
  },
  {
    id: 'explanation.law-requires',
    role: 'explanation',
    all: [
      /^[^,;]{0,60}?\b(?:ccpa|cpra|gdpr|vcdpa|law|laws|act|statutes?|regulations?)\b/,
      /\b(?:requires?|permits?|prohibits?|defines?|gives?|grants?|entitles?|allows?)\s+(?:a|an|the|some|certain|businesses|companies|website|consumers|residents|individuals|people|data|operators|controllers)\b/,
    ],
    why: 'What a law requires of businesses in general ("The CCPA requires businesses that sell … to offer an opt-out") describes the law, not what this service does',
    examples: [
      'The state privacy act requires businesses that sell personal information to provide an opt-out.',
      'Local law permits residents to opt out of future sales of covered information.',
    ],
    counterExamples: [
      'Where the law allows us to, we may use your posts to train our models.',
      'We sell data where the law permits it.',
    ],
  },
  {
    id: 'explanation.right-to-know',
    role: 'explanation',
    all: [
      /\bright\s+to\s+(?:know|access|be\s+informed|receive\s+(?:a\s+list|notice|information)|request\s+(?:access|information|that\s+we\s+disclose|disclosure|the\s+categories|a\s+copy|to\s+know))\b|\brequest\s+that\s+we(?::|\s+(?:provide|disclose|tell|give))/,
    ],
    inherited: true,
    // The service reserving a right is no user's right; a unit that also gives an opt-out or deletion states a choice.
    none: [/\breserves?\s+the\s+right\b/, CHOICE, DELETION],
    why: 'The right to know or access: the unit lists what a user may ask about ("the purposes for collecting or selling"), which names acts without taking them',
    examples: [
      'You have the right to know the categories of third parties to whom personal information was sold.',
      'Right to Know: you may request the business purposes for collecting or selling personal information.',
      'Customers in some states have a right to receive a list of the third parties to whom we sold data.',
      'The law may permit you to request that we:',
    ],
    counterExamples: [
      'You have the right to know, and to opt out of the sale of your personal information.',
      'You have the right to access and delete your data at any time.',
      'We reserve the right to access and disclose any information to satisfy a legal request.',
    ],
  },
  {
    id: 'explanation.may-not-have',
    role: 'explanation',
    all: [
      /\bmay\snot\shave\s[^.;]{0,120}?\b(?:collected|disclosed|sold|shared|processed)\b/,
      /\b(?:each|any|all)\b[^.;]{1,40}\bcategor/,
    ],
    why: 'A notice hedging its own disclosure table ("depending on your interactions with us, we may not have collected, disclosed or sold each of these categories") says what may not have happened to whom; the table and the practice statements carry the rights',
    examples: [
      'Depending on your interactions with us, we may not have collected, disclosed, or "sold" each of these categories of personal data for each purpose.',
      'Please note that Acme may not have sold or shared any of the categories listed above about you.',
    ],
    counterExamples: [
      'We may not have your consent, but we may sell each of these categories of data to partners.',
      'We may have sold each of these categories of personal information in the last 12 months.',
    ],
  },
  {
    id: 'explanation.purpose-for-collecting-or-selling',
    role: 'explanation',
    all: [
      new RegExp(
        String.raw`^${MARK}(?:the |our )?(?:business (?:or commercial )?|commercial )purposes? for (?:collecting|the collection|which)\b`,
      ),
    ],
    // "… purposes for which we sold it: advertising" gives the answer, and so states the act.
    none: [/:\s*\S/],
    why: 'The heading-like enumerations of a right-to-know notice ("the business or commercial purpose for collecting, selling, or sharing personal information") name what a user may ask about, not what is done',
    examples: [
      'the business or commercial purpose for collecting, selling, or sharing personal information;',
      'Business purposes for which your information was collected or sold (for example, marketing); and',
    ],
    counterExamples: ['Business purposes for which we sold your information: advertising and analytics.'],
  },
  {
    id: 'explanation.generic-subject',
    role: 'explanation',
    all: [
      /^(?:such|these|those|this|that|a|an|some|many|most|certain|other|large)?\s*(?:[a-z-]+\s+){0,3}(?:methods?|techniques?|models?|cookies|pixels?|tags|beacons|technologies|tools|browsers|algorithms|llms|signals|systems)(?:\s*\([^()]{0,60}\))?\s+(?:are|is|make|makes|help|helps|can|may|might|allow|allows|work|works|learn|learns|produce|produces|reduce|reduces|generate|generates)\b/,
    ],
    none: [PERSON],
    why: 'How a kind of thing works in general ("Such methods make it less likely that a model repeats its training data"): no one, neither the service nor the user, is named as taking a right',
    examples: [
      'Such methods make it less likely that a model repeats its training data.',
      'Large language models are trained on large amounts of text.',
      'Some web browsers allow people to send an opt-out preference signal.',
    ],
    counterExamples: [
      'These models are trained on the data you provide.',
      'Our models are trained on public and licensed data.',
      'Such tools let us train our models on your chats.',
    ],
  },
];

export interface RoleInput {
  /** The unit is a header cell of its table. */
  headerCell?: boolean;
  /** The innermost lead-in of the list the unit is an item of. */
  lead?: string;
  /**
   * The unit is its block's whole text and the block is a paragraph: a title-like line there is a heading. Not for
   * list items or cells, whose short titled texts ("Service Providers, Advertising Networks") are data.
   */
  wholeBlock?: boolean;
}

/** Longest unit (in words) still read as a title line, and the fewest (short cells such as "Advertisers" are data). */
const TITLE_WORDS = { min: 4, max: 16 } as const;

/** The role of one unit; see ROLE_CUES. */
export function unitRole(text: string, input: RoleInput = {}): ClauseRole {
  if (input.headerCell) return 'heading';
  if (input.wholeBlock && !/[.;:!?,]$/.test(text) && !text.includes(':')) {
    const words = text.split(' ').length;
    if (words >= TITLE_WORDS.min && words <= TITLE_WORDS.max && titled(text) && /\p{L}/u.test(text)) return 'heading';
  }
  const lower = text.toLowerCase();
  for (const cue of ROLE_CUES) if (cueTakes(cue, text)) return cue.role;
  // An item under a lead-in such as "You may request that we:" is what may be requested, unless it is a choice.
  if (input.lead && !CHOICE.test(lower) && !DELETION.test(lower)) {
    const clause = statesClause(text);
    for (const cue of ROLE_CUES)
      if (cue.inherited && !(cue.topicItems && clause) && cueTakes(cue, input.lead)) return cue.role;
  }
  return 'operative';
}

/** Whether a cue takes a unit's text (as written). */
export function cueTakes(cue: RoleCue, text: string): boolean {
  const lower = text.toLowerCase();
  return (
    cue.all.every((re) => re.test(lower)) &&
    !cue.none?.some((re) => re.test(lower)) &&
    (!cue.cased || cue.cased.test(text))
  );
}
