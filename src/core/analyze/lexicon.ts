// Legal-English lexicon for compromise: plain word lists, one tag per class.
// Multi-word entries are written with spaces because compromise splits hyphenated words into terms
// ("royalty-free" → "royalty" "free"), so "royalty free" matches both spellings.
// Tag names are prefixed with nothing exotic but are our own: compromise/one has no built-in tags to clash with.
import type { CategoryId } from '../types';

/**
 * Data the service calls aggregate, de-identified or anonymous, still derived from its users (GUIDE G6), for
 * data_sharing.derived-data-disclosed: the adjectives, the verbs that make such data, the nouns it is given as, and
 * the verbs that pass it on.
 */
export const DERIVED_DATA_ADJECTIVES: readonly string[] = [
  'aggregate',
  'aggregated',
  'anonymized',
  'anonymised',
  'anonymous',
  // "de-identified" too: compromise reads the word without its hyphen.
  'deidentified',
  'pseudonymized',
  'pseudonymised',
];
export const DERIVED_DATA_MAKERS: readonly string[] = ['aggregate', 'anonymize', 'anonymise', 'deidentify'];
export const DERIVED_DATA_NOUNS: readonly string[] = [
  'data',
  'information',
  'statistics',
  'reports',
  'reporting',
  'insights',
  'metrics',
];
export const DERIVED_DATA_SHARE_VERBS: readonly string[] = [
  'share',
  'shares',
  'disclose',
  'discloses',
  'distribute',
  'distributes',
];
/**
 * Verbs that pass derived data on only with a recipient after them ("We provide de-identified listening statistics to
 * record labels"): alone they say what a service offers or publishes ("Acme provides aggregated market data from
 * exchanges", "We release aggregated statistics in our transparency report").
 */
export const DERIVED_DATA_RECIPIENT_VERBS: readonly string[] = ['provide', 'provides', 'release', 'releases'];

/** Counts in a transparency report ("statistics on the number of government requests"), for data_sharing.legal-disclosure. */
export const REQUEST_STATISTICS_NOUNS: readonly string[] = ['statistics', 'figures', 'counts', 'numbers'];
/** What such counts are of ("the number of", "the types of" requests). */
export const REQUEST_COUNT_NOUNS: readonly string[] = ['number', 'volume', 'type', 'types'];
/** … of requests the service receives ("the number of government requests"), not of its users. */
export const REQUEST_COUNTED_NOUNS: readonly string[] = ['requests', 'demands', 'orders', 'subpoenas'];
/**
 * Who gets derived data after "to"/"with" besides the lexicon's #ThirdParty ("release anonymized usage statistics to
 * researchers", "provide de-identified listening statistics to record labels").
 */
export const DERIVED_DATA_RECIPIENT_NOUNS: readonly string[] = ['researchers', 'labels', 'public'];
/** Before another party that passes derived data on as the subject ("Other advertisers may share …"). */
export const DERIVED_OTHER_SUBJECT_DETERMINERS: readonly string[] = [
  'the',
  'our',
  'these',
  'such',
  'other',
  'some',
  'any',
  'third party',
  'third-party',
];
/** The passive of the pass-on verbs: "… may be disclosed to others". */
export const DERIVED_DATA_PARTICIPLES: readonly string[] = ['disclosed', 'shared', 'distributed'];
/** … and of those that need a recipient after them ("… may be provided to advertisers"). */
export const DERIVED_DATA_RECIPIENT_PARTICIPLES: readonly string[] = ['provided', 'released'];
/** The reader's side as the one given derived data ("provide our users with aggregated statistics"), or anonymous people. */
export const DERIVED_DATA_READERS: readonly string[] = [
  'users',
  'members',
  'customers',
  'account owners',
  'participants',
  'visitors',
];

/**
 * A sentence that names the kinds of the recipients its section has already named (data_sharing.recipient-kinds-listed):
 * the words that point back at them ("These providers include …", "Such processors might be …", "This includes …"),
 * the hedges before the verb, and the verbs that list their kinds.
 */
export const KINDS_POINTERS: readonly string[] = ['these', 'such', 'those', 'our', 'the'];
export const KINDS_PRONOUNS: readonly string[] = ['this', 'these', 'they'];
export const KINDS_HEDGES: readonly string[] = [
  'may',
  'might',
  'can',
  'could',
  'also',
  'typically',
  'generally',
  'currently',
];
export const KINDS_VERBS: readonly string[] = ['include', 'includes'];
/** The pronouns that lift the "no data in clause" veto with a recipient after "include": not "they" (it may be anyone). */
export const KINDS_NAMED_PRONOUNS: readonly string[] = KINDS_PRONOUNS.filter((w) => w !== 'they');
/**
 * The hedges of the pronoun shape ("This may include …"): not "also", which adds to what the sentence before lists, and
 * that may be the sources the data comes from ("We receive information from our vendors …" › "This also includes our
 * vendor who …").
 */
export const KINDS_PRONOUN_HEDGES: readonly string[] = ['may', 'might', 'can', 'could'];
/** Nouns a recipient word modifies, naming their thing, not them ("our partner programs", "advertiser cookies"). */
export const KINDS_RECIPIENT_MODIFIES: readonly string[] = [
  'program',
  'programs',
  'management',
  'cookie',
  'cookies',
  'website',
  'websites',
  'site',
  'sites',
];
/**
 * Before the kinds: what the recipients are rather than who, when a generic head follows alone ("some of the largest
 * companies", KINDS_GENERIC_HEADS) or a superlative has a scope ("the largest … in the world", KINDS_DESCRIBED_SCOPES).
 * Not before kinds ("some of the largest cloud hosting companies and payment processors" names them).
 */
export const KINDS_DESCRIBED: readonly string[] = [
  'some of the',
  'one of the',
  'many of the',
  'most of the',
  'among the',
  'largest',
  'biggest',
  'best known',
];
export const KINDS_GENERIC_HEADS: readonly string[] = [
  'companies',
  'businesses',
  'brands',
  'firms',
  'organizations',
  'organisations',
];
export const KINDS_SUPERLATIVES: readonly string[] = ['largest', 'biggest', 'best known', 'leading'];
export const KINDS_DESCRIBED_SCOPES: readonly string[] = ['in the world', 'in the industry', 'worldwide', 'globally'];
/** Data that comes from the recipient word after "from" ("information from affiliate websites"): a source. */
export const KINDS_FROM_NOUNS: readonly string[] = ['information', 'data', 'details'];
/** Whose kinds are sources of the data, not its recipients ("Our data providers include credit bureaus"). */
export const SOURCE_KINDS: readonly string[] = ['data', 'content', 'information', 'news', 'media'];
/** The head nouns of such sources ("data providers", "content partners", "news sources"). */
export const SOURCE_KIND_HEADS: readonly string[] = [
  'provider',
  'providers',
  'supplier',
  'suppliers',
  'partner',
  'partners',
  'source',
  'sources',
];

/**
 * Whether a unit passes data to the recipients it names, not only names them (section-recipients.ts
 * passesToRecipients, for data_sharing.recipient-kinds-listed; GUIDE D10). "to" after these words points at a thing of
 * theirs or a link, not a transfer ("links to third-party websites", "belong to other companies").
 */
export const PASSED_TO_NOT_TO: readonly string[] = [
  'link',
  'links',
  'belong',
  'belongs',
  'similar',
  'compared',
  'pay',
  'pays',
];
/** Things of the recipients between "to"/"with" and the recipient word ("links to websites of third parties"). */
export const PASSED_TO_NOT_RECIPIENT_NOUNS: readonly string[] = [
  'website',
  'websites',
  'site',
  'sites',
  'page',
  'pages',
  'app',
  'apps',
  'content',
  'products',
  'offers',
  'ads',
];
/** What a recipient word as subject does when it gets or uses the data ("our partners may collect …"). */
export const PASSED_TO_ACTS_AFTER: readonly string[] = [
  'receive',
  'receives',
  'collect',
  'collects',
  'access',
  'accesses',
  'obtain',
  'obtains',
  'process',
  'processes',
  'use',
  'uses',
  'store',
  'stores',
];
/**
 * Passive verbs whose "by" names a party that gets the data ("accessible by the recipient", "processed by vendors"). Not
 * "used": "our platform is used by advertisers" says who uses the service, not who gets the data.
 */
export const PASSED_TO_ACTS_BY: readonly string[] = [
  'accessed',
  'accessible',
  'processed',
  'received',
  'collected',
  'stored',
  'hosted',
  'handled',
  'viewed',
  'seen',
];
/**
 * The data as the object of a recipient's act, a few words after the verb ("our partners may use your data", "vendors
 * receive it"): without it the act may be of the service ("Advertisers use our platform to reach customers").
 */
export const PASSED_TO_DATA_WORDS: readonly string[] = [
  'data',
  'information',
  'info',
  'details',
  'records',
  'identifiers',
  'it',
  'them',
];
/**
 * Verbs of data_sharing.engage-processors before the recipient: engaging a party to work for the service hands it the
 * data ("Acme uses vendors around the world", "We rely on third-party service providers to host our website").
 */
export const PASSED_TO_ENGAGE_VERBS: readonly string[] = [
  'engage',
  'engages',
  'engaged',
  'use',
  'uses',
  'used',
  'utilize',
  'utilizes',
  'utilise',
  'utilises',
  'employ',
  'employs',
  'employed',
  'hire',
  'hires',
  'hired',
  'retain',
  'retains',
  'rely on',
  'relies on',
  'depend on',
  'depends on',
];
/** Recipient words that name a role of receiving by themselves ("the recipients", "our data processors"). */
export const PASSED_TO_RECIPIENT_ROLES: readonly string[] = [
  'recipient',
  'recipients',
  'processor',
  'processors',
  'subprocessor',
  'subprocessors',
  'sub-processor',
  'sub-processors',
];

/**
 * Sub-processors by name, for data_sharing's role rules: their patterns read the list as an alternation (no tag of its
 * own: the plural is a ThirdParty, the singular ServiceSide), their cues through wordsPattern. "sub processor" also
 * matches "sub-processor" in patterns (compromise splits the hyphen).
 */
export const SUBPROCESSOR_WORDS: readonly string[] = [
  'subprocessor',
  'subprocessors',
  'sub processor',
  'sub processors',
  'secondary processor',
  'secondary processors',
];
/**
 * Passive verbs of a tracker put on the service by a party ("cookies issued by our partners", "set through our
 * advertising partners"): data_sharing's trackers-placed-by-party, its cue and the cookie-heading rule read this one list.
 */
export const PLACED_BY_VERBS: readonly string[] = [
  'set',
  'placed',
  'stored',
  'served',
  'deployed',
  'dropped',
  'provided',
  'operated',
  'delivered',
  'owned',
  'issued',
  'deposited',
  'installed',
];
/**
 * PLACED_BY_VERBS that put a tracker on the reader's device with no party named (rules/tracking.ts
 * tracking-technologies: "a cookie (a small text file) is dropped on your browser"); not "provided", "operated",
 * "owned" or "served", which say who runs a thing rather than that it is placed.
 */
export const TRACKER_PLACED_VERBS: readonly string[] = [
  'set',
  'placed',
  'stored',
  'deployed',
  'dropped',
  'deposited',
  'installed',
];

/**
 * data_sharing disclosures-described: what a right, a request or a pointer asks about ("request information about with
 * whom we share", "for a list of the categories of personal information we have disclosed"). The head words of the
 * described matter, the words that must govern them just before, and the document parts that describe as a subject.
 */
export const DESCRIBED_HEAD_NOUNS: readonly string[] = ['information', 'details'];
export const DESCRIBED_HEAD_PREPOSITIONS: readonly string[] = ['about', 'regarding', 'concerning', 'on'];
export const DESCRIBED_HEAD_KINDS: readonly string[] = ['categories', 'types', 'list'];
export const DESCRIBED_GOVERNORS: readonly string[] = [
  'request',
  'requests',
  'requested',
  'requesting',
  'right to know',
  'right to request',
  'right to obtain',
  'right to receive',
  'right to access',
  'rights to',
  'for',
  'learn more about',
  'know more about',
  'ask for',
  'ask about',
  'inform you about',
  'inform users about',
  'informs you about',
  'informs users about',
];
/** An outside party's acts beside a name given: "… are called ad partners; they can access your identifiers". */
export const NAMED_PARTY_ACTS: readonly string[] = [
  'collect',
  'collects',
  'collected',
  'access',
  'accesses',
  'accessed',
  'use',
  'uses',
  'used',
  'receive',
  'receives',
  'received',
  'obtain',
  'obtains',
  'obtained',
  'track',
  'tracks',
  'tracked',
];
export const DESCRIBING_PARTS: readonly string[] = [
  'section',
  'policy',
  'notice',
  'statement',
  'table',
  'chart',
  'list',
];
/** What the rest of such a unit does: asks (a right, a request), announces, or points (in the imperative). */
export const DESCRIBED_ASKS: readonly string[] = [
  'right to',
  'rights to',
  'entitled to',
  'request',
  'requests',
  'inform',
  'informs',
];
export const DESCRIBED_POINTS: readonly string[] = ['see', 'click', 'visit', 'review', 'refer to', 'contact us'];
/**
 * data_sharing rightNamedByPointer: the words of a pointer that name the right to opt out as their topic ("see the
 * Right to Opt Out of Sale or Sharing section", "learn more about the right to …", "for more on the right to …"),
 * beside DESCRIBED_POINTS and DESCRIBED_HEAD_NOUNS (pointer.ts POINTER_OPENING reads the same words at a clause's
 * start). `click` and `contact us` are left out there: clicking or contacting is the way to opt out.
 */
export const RIGHT_POINTER_VERBS: readonly string[] = ['read', 'consult'];
export const RIGHT_POINTER_HEADS: readonly string[] = ['more', 'info'];
/** What names a document part by its title ("the section titled Right to Opt Out …"). */
export const TITLED_PARTS: readonly string[] = ['section', 'heading', 'part', 'page'];
export const TITLED_WORDS: readonly string[] = ['titled', 'entitled', 'called', 'named', 'headed'];
/**
 * Ways to exercise the right to opt out named in the rest of the unit ("visit the Right to Opt-Out form and submit your
 * request", "which you may exercise by emailing …", "through the Global Privacy Control"): a pointer that gives one
 * offers the choice (data_sharing rightNamedByPointer).
 */
export const OPT_OUT_MEANS: readonly string[] = [
  ...'form forms link links button buttons toggle toggles page portal webform signal signals setting settings'.split(
    ' ',
  ),
  ...'click clicking submit submitting email emailing e-mail e-mailing call calling contact contacting'.split(' '),
  'global privacy control',
];
/**
 * data_sharing share-with-third-parties: what is provided, given or offered that is no data ("provide links or
 * references to third parties", "give the option to advertisers"), when the noun ends its phrase.
 */
export const PROVIDED_NOT_DATA: readonly string[] = [
  'link',
  'links',
  'reference',
  'references',
  'security',
  'notification',
  'notifications',
  'mechanism',
  'mechanisms',
  'option',
  'options',
  'opportunity',
  'opportunities',
  'subscription',
  'subscriptions',
  'support',
  'assistance',
  'product',
  'products',
  'goods',
  'tool',
  'tools',
  'feature',
  'features',
  'functionality',
];

/** Tag → words. Kept as lists (not a map) so a reviewer can scan one class at a time. */
export const LEXICON_LISTS: Readonly<Record<string, readonly string[]>> = {
  /** Fields of AI; naming one of these is what separates "improve our models" from "improve our services". */
  AiField: [
    'machine learning',
    'artificial intelligence',
    'ai',
    'a.i.',
    'ml',
    'deep learning',
    'generative ai',
    'genai',
    'gen ai',
    'natural language processing',
    'nlp',
    'computer vision',
  ],
  /** Things that get trained. "model"/"algorithm" are ambiguous alone, so rules pair them with a training verb. */
  AiModel: [
    'model',
    'models',
    'algorithm',
    'algorithms',
    'neural network',
    'neural networks',
    'llm',
    'llms',
    'large language model',
    'large language models',
    'language model',
    'language models',
    'foundation model',
    'foundation models',
    'ai models',
    'ai model',
    'ai systems',
    'ai system',
    'ai technologies',
    'ai technology',
    'ai features',
    'ai products',
    'ai services',
    'ai tools',
    'generative models',
    'generative model',
    'generative features',
    'generative feature',
    'generative tools',
    'generative technology',
    'generative technologies',
    'chatbot',
    'chatbots',
  ],
  /**
   * A model of something that is not learnt from data: "improve our business models", "our pricing models", "3D models",
   * "role models", "your device model". The phrase is one term, so its "model" is no AiModel (the lexicon tags the
   * longest entry). Not "data models" or "statistical models": those are trained too ("train our data models").
   */
  OtherModel: [
    'business model',
    'business models',
    'pricing model',
    'pricing models',
    'price model',
    'price models',
    'revenue model',
    'revenue models',
    'role model',
    'role models',
    '3d model',
    '3d models',
    'operating model',
    'operating models',
    'delivery model',
    'delivery models',
    'subscription model',
    'subscription models',
    'payment model',
    'payment models',
    'licensing model',
    'licensing models',
    'cost model',
    'cost models',
    'device model',
    'device models',
    'phone model',
    'phone models',
    'vehicle model',
    'vehicle models',
    'car model',
    'car models',
    'hardware model',
    'hardware models',
    'fashion model',
    'fashion models',
    'governance model',
    'governance models',
    'partnership model',
    'partnership models',
  ],
  /**
   * Skills a model learns, named for the model: "improve our speech recognition" with voice recordings trains it. Only
   * after a train or improve verb (rules/ai-training.ts): "for speech recognition purposes" applies the skill.
   */
  AiSkill: [
    'speech recognition',
    'voice recognition',
    'image recognition',
    'handwriting recognition',
    'face recognition',
    'facial recognition',
    'machine translation',
    'natural language understanding',
  ],
  TrainVerb: [
    'train',
    'trains',
    'trained',
    'training',
    'retrain',
    'retraining',
    'tune',
    'tunes',
    'tuned',
    'tuning',
    'fine tune',
    'fine tunes',
    'fine tuned',
    'fine tuning',
    'finetune',
    'finetuning',
    'pretrain',
    'pretraining',
  ],
  ImproveVerb: [
    'improve',
    'improves',
    'improved',
    'improving',
    'improvement',
    'improvements',
    'develop',
    'develops',
    'developing',
    'development',
    'enhance',
    'enhancing',
    'refine',
    'refining',
    'build',
    'building',
    'teach',
  ],
  /** Negation cues; contractions ("don't", "won't") expand to an implicit "not", which carries this tag. */
  Negative: ['not', 'never', 'no', 'neither', 'nor', 'none', 'nothing', 'cannot', 'prohibited', 'forbidden', 'refrain'],
  ShareVerb: [
    'share',
    'shares',
    'shared',
    'sharing',
    'disclose',
    'discloses',
    'disclosed',
    'disclosing',
    'disclosure',
    'disclosures',
    'transfer',
    'transfers',
    'transferred',
    'transferring',
    'distribute',
    'distributes',
    'distributed',
    'provide',
    'provides',
    'provided',
    'providing',
    'give',
    'gives',
    'given',
    'giving',
    'make available',
    'made available',
    'makes available',
    'making available',
    'pass',
    'passes',
    'passed',
    'passing',
    'release',
    'releases',
    'released',
    'report',
    'reported',
    'send',
    'sends',
    'sending',
    'sent',
    'forward',
    'forwards',
    'forwarded',
    'forwarding',
    'reveal',
    'reveals',
    'revealed',
    'divulge',
    'divulges',
    'divulged',
    'divulging',
    'exchange',
    'exchanges',
    'exchanged',
    'exchanging',
    'transmit',
    'transmits',
    'transmitted',
    // More ways to say it: "handed over to", "supplied to the retailer", "communicated to the seller".
    'hand over',
    'hands over',
    'handed over',
    'handing over',
    'supply',
    'supplies',
    'supplied',
    'supplying',
    'communicated',
    'make accessible',
    'made accessible',
    'makes accessible',
    'uploaded',
    // "We don't hand out your email address", "we do not give out user information".
    'give out',
    'gives out',
    'given out',
    'giving out',
    'hand out',
    'hands out',
    'handed out',
    'handing out',
  ],
  SellVerb: [
    'sell',
    'sells',
    'sold',
    'selling',
    'sale',
    'sales',
    'rent',
    'rents',
    'rented',
    'renting',
    'lease',
    'leases',
    'leased',
    'trade',
    'trades',
    'traded',
    'trading',
    'monetize',
    'monetise',
  ],
  /**
   * Recipients on the service's side: its affiliates, partners and processors. A ThirdParty too (TAG_PARENTS), so
   * every recipient pattern sees them; as the subject of an action they are the service acting (actor.ts).
   */
  ServiceSide: [
    'affiliate',
    'affiliates',
    'partner',
    'partners',
    'business partners',
    'advertising partners',
    'marketing partners',
    'vendors',
    'service providers',
    'subsidiaries',
    'suppliers',
    'agents',
    'subcontractors',
    'contractors',
    'processors',
    'sub processors',
    'subprocessors',
    'service provider',
    'providers',
    'group companies',
    'parent company',
    'parent companies',
    'corporate family',
    'family of companies',
    'group of companies',
    'affiliated companies',
    'affiliated entities',
    'sister companies',
    'vendor',
    'consultants',
    'provider',
    'hosting provider',
    'cloud provider',
    'payment processor',
    'payment processors',
    // The singular named by the card ("it is shared only with our credit card processor") is new; the plurals repeat
    // what 'processors' matches.
    'credit card processor',
    'credit card processors',
    'card processor',
    'card processors',
    'sub processor',
    'research partners',
    'external service providers',
    'external provider',
    'external providers',
    'outside vendors',
    'outside service providers',
    'partner companies',
  ],
  ThirdParty: [
    'third party',
    'third parties',
    'advertiser',
    'advertisers',
    'sponsors',
    'data brokers',
    'other companies',
    'unaffiliated',
    'outside parties',
    'external parties',
    'other parties',
    // Singulars: "to any other party", "to an outside party".
    'other party',
    'outside party',
    'external party',
    'companies',
    'publishers',
    'networks',
    // Recipients named without "third party": "with anyone", "to any person or entity", "to our suppliers and agents".
    'anyone',
    'anybody',
    'anyone else',
    'any person',
    'entity',
    'entities',
    'organizations',
    'organisations',
    'organization',
    'organisation',
    'recipients',
    'ad networks',
    'advertising networks',
    'new owner',
    'successor',
    'successors',
    'purchaser',
    'purchasers',
    'buyer',
    'buyers',
    'acquirer',
    // Recipients named by their role: the courier, the seller, the parent company, the employer.
    'acquiring company',
    'acquiring entity',
    'courier',
    'couriers',
    'carriers',
    'delivery companies',
    'shipping companies',
    'seller',
    'sellers',
    'merchant',
    'merchants',
    'retailer',
    'retailers',
    'organiser',
    'organizer',
    'organisers',
    'organizers',
    'sponsor',
    'recruiters',
    'employer',
    'employers',
    'restaurant',
    'restaurants',
    'insurers',
    'insurance companies',
    'banks',
    'lenders',
    'developers',
    'marketers',
    'third party platforms',
    'third party services',
    'hotel',
    'hotels',
    'airline',
    'airlines',
    'travel providers',
    'landlord',
    'researchers',
    'businesses',
    'other businesses',
    'external service',
    'external services',
    'interested parties',
    'relevant parties',
    'selected parties',
    'certain parties',
  ],
  /**
   * Recipients named by their trade that fulfil an order, a payment or a study outside the service: "forward your
   * quote to a local dealer", "provide your contact details to the research firm", "transmit the card number to the
   * credit card company". A ThirdParty too (TAG_PARENTS); a class of its own, as Adviser, keeps the regexes built
   * from the ThirdParty list as they are.
   */
  TradeRecipient: [
    'dealer',
    'dealers',
    'dealership',
    'dealerships',
    'franchisee',
    'franchisees',
    'research firm',
    'research firms',
    'credit card company',
    'credit card companies',
  ],
  /**
   * Professional advisers and collectors, named by their trade: "we transfer personal data to attorneys, auditors and
   * debt collectors", "to our professional advisers". A ThirdParty too (TAG_PARENTS); a class of its own keeps the
   * regexes built from the ThirdParty list as they are.
   */
  Adviser: [
    'lawyer',
    'lawyers',
    'attorney',
    'attorneys',
    'auditor',
    'auditors',
    'accountant',
    'accountants',
    'adviser',
    'advisers',
    'advisor',
    'advisors',
    'professional advisers',
    'professional advisors',
    'legal advisers',
    'legal advisors',
    'notary',
    'notaries',
    'bailiff',
    'bailiffs',
    'debt collectors',
    'collection agencies',
    'credit bureaus',
    'credit reference agencies',
    'credit reporting agencies',
    'fraud prevention agencies',
  ],
  /**
   * Well-known processors named in policies ("hosted by Amazon Web Services", "payments are processed by Stripe").
   * Using one hands it user data; rules pair a name with a processing verb, never the name alone.
   */
  NamedService: [
    'amazon web services',
    'aws',
    'amazon s3',
    'amazon ses',
    'google cloud',
    'google cloud platform',
    'microsoft azure',
    'azure',
    'cloudflare',
    'fastly',
    'akamai',
    'digitalocean',
    'heroku',
    'rackspace',
    'linode',
    'hetzner',
    'ovh',
    'vercel',
    'netlify',
    'stripe',
    'paypal',
    'braintree',
    'adyen',
    'worldpay',
    'klarna',
    'recurly',
    'chargebee',
    'plaid',
    'mailchimp',
    'sendgrid',
    'mailgun',
    'postmark',
    'mandrill',
    'sendinblue',
    'brevo',
    'constant contact',
    'campaign monitor',
    'zendesk',
    'intercom',
    'freshdesk',
    'help scout',
    'helpscout',
    'salesforce',
    'hubspot',
    'marketo',
    'sentry',
    'crashlytics',
    'bugsnag',
    'datadog',
    'firebase',
    'onesignal',
    'twilio',
    'auth0',
    'okta',
    'disqus',
    'recaptcha',
    'google maps',
    'google translate',
    'google fonts',
    'typeform',
    'surveymonkey',
    'shopify',
    'zapier',
    // Video, maps, search, identity checks, site builders and CDNs, named as the one doing the work.
    'vimeo',
    'wistia',
    'mapbox',
    'algolia',
    'hotjar',
    'mixpanel',
    'hcaptcha',
    'onfido',
    'jumio',
    'squarespace',
    'wix',
    'webflow',
    'cloudfront',
    'bunnycdn',
    'jsdelivr',
    'cloudinary',
    'backblaze',
    'mailerlite',
    'convertkit',
    'calendly',
    'docusign',
    'microsoft clarity',
    'google workspace',
    'g suite',
    'microsoft 365',
    'office 365',
    // Ad technology: their tags receive visitors' identifiers and browsing on the page.
    'doubleclick',
    'criteo',
    'taboola',
    'outbrain',
    'appnexus',
    'adsense',
    'google adsense',
    'admob',
    'google ad manager',
  ],
  /**
   * Legal-form suffixes of company names ("Google LLC", "Hotjar Ltd.", "CleverReach GmbH & Co. KG"): a company named
   * as the one that hosts or receives data is an outside party (the first party is "we"). "Limited" and "Corporation"
   * alone are ordinary words ("a limited number"), so only their country-qualified forms count.
   */
  CorpSuffix: [
    'inc',
    'llc',
    'ltd',
    'gmbh',
    'plc',
    'sarl',
    'corp',
    'bv',
    'pty',
    'kg',
    'unlimited company',
    'ireland limited',
    'europe limited',
    'uk limited',
    'international limited',
  ],
  /**
   * Platforms that are often the first party itself ("Microsoft collects …" in Microsoft's own statement): named only
   * as the one that hosts, operates or processes ("hosted by Amazon", "powered by Google").
   */
  BigTech: [
    'google',
    'amazon',
    'microsoft',
    'facebook',
    'meta',
    'apple',
    'twitter',
    'oracle',
    'ibm',
    'adobe',
    'youtube',
    'github',
  ],
  /** Who receives legally compelled disclosures. One tag keeps "#ShareVerb .{0,20} #Authority" a single pattern. */
  Authority: [
    'law enforcement',
    'law enforcement agencies',
    'government',
    'governments',
    'government authorities',
    'government agencies',
    'authorities',
    'authority',
    'public authorities',
    'tax authority',
    'tax authorities',
    'court',
    'courts',
    'court order',
    'court orders',
    'regulators',
    'regulator',
    'regulatory authorities',
    'subpoena',
    'subpoenas',
    'warrant',
    'warrants',
    'legal process',
    'police',
  ],
  /** Breadth words of a content licence. */
  LicTerm: [
    'perpetual',
    'irrevocable',
    'worldwide',
    'world wide',
    'royalty free',
    'fully paid',
    'fully paid up',
    'sublicensable',
    'sublicenseable',
    'sub licensable',
    'transferable',
    'transferrable',
    'assignable',
    'unrestricted',
    'unlimited',
    'derivative works',
  ],
  LicNoun: ['license', 'licence', 'licenses', 'licences', 'right', 'rights'],
  /**
   * What a content licence reaches beyond the content itself, or how far it carries it: gaining one of these (or a
   * LicTerm) makes a licence wider, which a change report calls worse (src/core/diff/breadth.ts).
   */
  LicScope: ['any and all media', 'all media', 'any media', 'likeness', 'likenesses', 'voice', 'voices'],
  TrackTech: [
    'cookie',
    'cookies',
    'web beacon',
    'web beacons',
    'beacons',
    'pixel',
    'pixels',
    'pixel tags',
    'tracking pixels',
    'clear gifs',
    'fingerprinting',
    'device fingerprinting',
    'browser fingerprinting',
    'local storage',
    'sdk',
    'sdks',
    'tracking technologies',
    'similar technologies',
    'tags',
    'scripts',
    'device identifiers',
    'advertising identifiers',
    'advertising id',
    'advertising identifier',
    'device identifier',
    'unique identifier',
    'unique identifiers',
    'online identifiers',
    'mobile advertising id',
    'flash cookies',
    'web tags',
    'tracking data',
    'tracking technology',
    'tracking tools',
    'software development kits',
    'session storage',
    'trackers',
  ],
  /** Analytics and ad-measurement services that record visitors' behaviour (their scripts run in the visitor's page). */
  AnalyticsService: [
    'google analytics',
    'adobe analytics',
    'google tag manager',
    'crazy egg',
    'crazyegg',
    'fullstory',
    'amplitude',
    'comscore',
    'quantcast',
    'facebook pixel',
    'meta pixel',
    'appsflyer',
    'firebase analytics',
    'heap analytics',
  ],
  /** Words for measuring how people use a service. */
  AnalyticsTerm: ['analytics', 'analytic', 'analytical', 'web analytics'],
  AdsTerm: [
    'targeted advertising',
    'targeted ads',
    'targeted advertisements',
    'targeted advertisement',
    'interest based advertising',
    'interest based ads',
    'interest based advertisements',
    'interest based content and advertisements',
    'interest based content and ads',
    'behavior based advertising',
    'behaviour based advertising',
    'personalized advertisements',
    'personalised advertisements',
    'behavioral advertising',
    'behavioural advertising',
    'personalized advertising',
    'personalised advertising',
    'personalized ads',
    'personalised ads',
    'retargeting',
    'remarketing',
    'cross context behavioral advertising',
    'cross context behavioural advertising',
    'tailored advertising',
    'relevant ads',
    'relevant advertising',
  ],
  RetainVerb: [
    'retain',
    'retains',
    'retained',
    'retaining',
    'retention',
    'keep',
    'keeps',
    'kept',
    'store',
    'stores',
    'stored',
    'storing',
    'preserve',
    'preserves',
    'preserved',
    'maintain',
    'maintains',
    'maintained',
    'archive',
    'archived',
  ],
  /** Ending retention: what the service does when a period ends, or what the user may ask for. */
  DeleteVerb: [
    'delete',
    'deletes',
    'deleted',
    'deleting',
    'deletion',
    'erase',
    'erases',
    'erased',
    'erasure',
    'purge',
    'purges',
    'purged',
    'destroy',
    'destroys',
    'destroyed',
    'discard',
    'discards',
    'discarded',
  ],
  /** Units of a retention period ("for 30 days", "after 13 months"). */
  TimeUnit: ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
  Forever: ['indefinitely', 'indefinite', 'permanently', 'forever', 'perpetuity', 'unlimited period'],
  ChangeVerb: [
    'change',
    'changes',
    'changed',
    'modify',
    'modifies',
    'modified',
    'modification',
    'modifications',
    'amend',
    'amends',
    'amended',
    'amendment',
    'amendments',
    'update',
    'updates',
    'updated',
    'revise',
    'revises',
    'revised',
    'revision',
    'revisions',
    'alter',
    'replace',
    'supplement',
  ],
  /** "the Terms", "this Agreement", "this Privacy Policy": the object of a unilateral change. */
  TermsDoc: [
    'terms',
    'agreement',
    'policy',
    'statement',
    'terms of service',
    'terms of use',
    'privacy policy',
    'privacy statement',
    'privacy notice',
    'notice',
    'conditions',
    'eula',
    'guidelines',
    'agreements',
    'contract',
    'policies',
    'conditions of use',
    'terms and conditions',
    'tos',
  ],
  /**
   * A part or a companion of the terms named as the thing changed ("Google may change this Appendix", "revise this
   * AUP"); a class of its own so that the document words every other test reads (terms-doc.ts) stay as they are.
   * Not "rules": "the rules that determine which ads you see", "pricing rules" are no part of the terms.
   */
  PartDoc: ['addendum', 'appendix', 'annex', 'aup'],
  /**
   * What the service offers, as the object of a unilateral change of the service (GUIDE S1): "discontinue the
   * Services", "remove features", "withdraw virtual items". Not the user's content (moderation is no service change),
   * and not a promotion or a free-trial offer: the real-document labels read "we may modify or withdraw our free trial
   * offer" and "Promotions may be modified or terminated" as marketing terms, not the service (no `trial`, `promotions`).
   */
  OfferThing: [
    'service',
    'services',
    'site',
    'sites',
    'website',
    'websites',
    'platform',
    'platforms',
    'app',
    'apps',
    'application',
    'applications',
    'software',
    'product',
    'products',
    'feature',
    'features',
    'functionality',
    'functionalities',
    'functions',
    'offering',
    'offerings',
    'offers',
    'tools',
    'storage',
    'availability',
    'catalogue',
    'catalog',
    'items',
    'goods',
    'virtual items',
    'virtual goods',
    'virtual currency',
    'program',
    'programs',
    'programme',
    'programmes',
    'subscription',
    'subscriptions',
    'plan',
    'plans',
    'tiers',
    'beta',
    'timetables',
    'vouchers',
    'marketplace',
    'marketplaces',
    'feed',
    'feeds',
  ],
  /** Verbs of a change of the service besides ChangeVerb's: end it, pause it, take from it, add to it, limit it. */
  OfferChangeVerb: [
    'suspend',
    'suspends',
    'discontinue',
    'discontinues',
    'withdraw',
    'withdraws',
    'remove',
    'removes',
    'eliminate',
    'eliminates',
    'terminate',
    'terminates',
    'cease',
    'ceases',
    'stop',
    'stops',
    'add',
    'adds',
    'limit',
    'restrict',
    'substitute',
    'expand',
    'retire',
    'deprecate',
    'disable',
    'reduce',
    'introduce',
    'implement',
    'upgrade',
  ],
  /** The same verbs done to the service, for "the Site may be suspended or discontinued" (ChangeVerb has "modified"). */
  OfferChangedVerb: [
    'suspended',
    'discontinued',
    'withdrawn',
    'removed',
    'eliminated',
    'terminated',
    'ceased',
    'stopped',
    'substituted',
    'retired',
    'deprecated',
    'disabled',
    'reduced',
    'upgraded',
  ],
  /** What the service charges: the object of a price change (GUIDE S1 (c)). */
  PriceWord: ['price', 'prices', 'pricing', 'fee', 'fees', 'charges', 'rates', 'tariffs'],
  /** Verbs of a price change besides ChangeVerb's ("increase the subscription price", "prices may be adjusted"). */
  PriceChangeVerb: ['raise', 'raises', 'raised', 'increase', 'increases', 'increased', 'adjust', 'adjusts', 'adjusted'],
  /** Limits set on what the service offers ("impose limits on certain Services", "establish storage limits"). */
  LimitNoun: ['limits', 'limitations', 'restrictions', 'caps', 'quotas'],
  /** The user as grammatical subject; see actor.ts. */
  UserSubject: [
    'you',
    'users',
    'user',
    'members',
    'member',
    'participants',
    'visitors',
    'visitor',
    'children',
    'child',
    'parents',
    'parent',
    'individuals',
    'consumers',
  ],
  /** The service as grammatical subject, besides the document's own first party (first-party.ts); see actor.ts. */
  ServiceSubject: ['we', 'us', 'company'],
  /**
   * The service as the owner, in the possessive: the document's first party by name ("Acme's models"), the company or
   * what it offers ("the Company's systems", "the Service's models"). No word is listed: the name differs per document, so the engine tags these terms
   * after the parse (first-party.ts, firstPartyOwners).
   */
  FirstPartyOwner: [],
  /**
   * What a user gives an AI feature, beyond UserData ("your prompts", "your conversations"). A UserMaterial too
   * (TAG_PARENTS), as UserData is: the data a model is said to learn from (rules/ai-training.ts).
   */
  AiInput: ['prompts', 'conversations', 'chats', 'interactions'],
  /** Defined legal nouns for what the user provides. */
  UserData: [
    'customer content',
    'user content',
    'your content',
    'member content',
    'customer data',
    'customer input',
    'personal data',
    'personal information',
    'user data',
    'your data',
    'your information',
    'service generated data',
    'content',
    'data',
    'information',
    'inputs',
    'input',
    'outputs',
    'recordings',
    'communications',
    'pii',
    // The CCPA notices' abbreviations: "we disclose your PI", "use of your SPI".
    'pi',
    'spi',
    'personally identifiable information',
    'personal details',
    'details',
    'email addresses',
    'email address',
    'usage data',
    'usage information',
    'account information',
    'contact information',
    // The data named by what it is: "names and emails", "your card details", "the mailing list".
    'emails',
    // "disclose your name and email to Acme", "your first name", "your username". Not "name" alone: "any third
    // party (referred to by name …)", "share the names … of your contacts with Acme"; nor "email" alone, a verb or a
    // channel: "we will email you", "notify you by email", "use email to reply". "Your email address" is one term, so a
    // rule's evidence ends where the data does.
    'your email',
    'your email address',
    'name and email',
    'first name',
    'full name',
    'username',
    'usernames',
    'user name',
    'contact details',
    'phone number',
    'phone numbers',
    'ip address',
    'ip addresses',
    'card details',
    'payment information',
    'payment details',
    'order details',
    'mailing list',
    'mailing lists',
    'customer list',
    'customer lists',
    'customer database',
    'location data',
    'device information',
    'registration information',
    'messages',
    'files',
    'statistics',
    'usage statistics',
    'profile',
    'profiles',
    'database',
    'databases',
    'user database',
    'backups',
    'cv',
    'purchase history',
    'browsing history',
    'search history',
    'location history',
    // A content type of meeting services, not the act of sharing ("audio, video, chat, screen sharing, attachments").
    'screen sharing',
    // Payment data named by what it is ("the processor will process your payment method", "card numbers").
    'payment method',
    'payment methods',
    'card number',
    'card numbers',
    'billing information',
    'billing details',
  ],
};

/**
 * Words that carry no term of their own (articles, pronouns, linking prepositions, auxiliaries), in English and French:
 * a rewording that only changes these says the same (core/diff/wording.ts). Not in LEXICON_LISTS, so the analyser never
 * tags them. Left out on purpose, because changing one can change a right: negations (Negative), modals ("may",
 * "must", "will"), quantifiers ("all", "any", "only"), "and"/"or", and the prepositions of a choice or a limit ("in",
 * "out", "without", "unless", "until", "within").
 */
export const FUNCTION_WORDS: readonly string[] = [
  // English (contractions leave "t", "s", "re", "ve", "ll" as words of their own)
  ...'a an the this that these those it its they them their theirs there here which who whom whose'.split(' '),
  ...'what of to for from by with at as such so is are was were be been being do does did has have'.split(' '),
  ...'had also please you your yours we our ours us i me my he she his her t s re ve ll'.split(' '),
  // French, accents left out ("à" → "a", "été" → "ete"); "ne"/"n", "pas" are negations and stay out
  ...'le la les l un une des de du d au aux que qu qui dont ce c cet cette ces son sa ses leur'.split(' '),
  ...'leurs votre vos notre nos vous nous il ils elle elles y par pour sur avec tel tels telle'.split(' '),
  ...'telles est sont etre ete se'.split(' '),
];

/**
 * The names of a terms document (LEXICON_LISTS.TermsDoc) that also have an everyday sense ("without notice", "a
 * statement of account", "to establish general guidelines and limits on use"): they name the document only after a
 * determiner ("this Notice", "our Privacy Statement", "these Guidelines"). Read by terms-doc.ts; not a tag of their own.
 */
export const TERMS_DOC_EVERYDAY: readonly string[] = ['notice', 'statement', 'guidelines'];

/**
 * The user named by its role in the agreement ("Advertiser hereby grants …", "each Artist uploading Music grants …"):
 * a licence such a party grants is the user's licence (GUIDE.md content_licence, L2). Not a lexicon tag: the same
 * words name other parties elsewhere ("advertisers" receiving data are a third party).
 */
export const CONTRACT_PARTIES: readonly string[] = [
  'advertiser',
  'artist',
  'client',
  'contributor',
  'creator',
  'customer',
  'developer',
  'host',
  'licensee',
  'member',
  'merchant',
  'organiser',
  'organizer',
  'partner',
  'publisher',
  'seller',
  'streamer',
  'subscriber',
  'user',
];

/**
 * Parent tags, so one pattern term covers two classes: "#MoveVerb" is any share or sell verb. Fewer, simpler
 * patterns matter for speed: each pattern is one more pass of the matcher over every candidate clause.
 */
export const TAG_PARENTS: Readonly<Record<string, { isA: string }>> = {
  ShareVerb: { isA: 'MoveVerb' },
  SellVerb: { isA: 'MoveVerb' },
  ServiceSide: { isA: 'ThirdParty' },
  Adviser: { isA: 'ThirdParty' },
  TradeRecipient: { isA: 'ThirdParty' },
  UserData: { isA: 'UserMaterial' },
  AiInput: { isA: 'UserMaterial' },
};

/** The lexicon in compromise's `addWords` shape (word → tag). A word listed in two classes keeps the first. */
export function buildLexicon(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [tag, words] of Object.entries(LEXICON_LISTS)) {
    for (const w of words) if (!(w in out)) out[w] = tag;
  }
  return out;
}

/**
 * Per tag, how many terms its longest entry has beyond the first (compromise splits on spaces and hyphens), for
 * patterns whose gaps must make room for a multi-term match (expand-pattern.ts). Parent tags take their children's.
 */
export function extraTermsByTag(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tag, words] of Object.entries(LEXICON_LISTS)) {
    out[tag] = Math.max(0, ...words.map((w) => w.split(/[\s-]+/).length - 1));
  }
  for (const [child, { isA }] of Object.entries(TAG_PARENTS)) out[isA] = Math.max(out[isA] ?? 0, out[child] ?? 0);
  return out;
}

// ---- branch changes (change reports, src/core/diff) ----

/**
 * The words before a number that make it a limit or set an order ("under 13", "within 30", "first"): with
 * COUNTING_WORDS, and as words that bear a term when a rewording swaps one (core/diff/bearing.ts).
 */
export const LIMIT_WORDS: readonly string[] = [
  ...'under over least most than within after before up per age aged first last about next every only'.split(' '),
];

/**
 * Words before a number that make it a count, an amount, a limit or a reference ("under 13", "within 30", "section
 * 4"): such a number added to a clause is a term, never a footnote mark rendered as plain text
 * (core/diff/footnote-marks.ts). Not in LEXICON_LISTS, so the analyser never tags them.
 */
export const COUNTING_WORDS: readonly string[] = [
  ...'section clause article paragraph item page chapter annex schedule'.split(' '),
  ...LIMIT_WORDS,
];

/**
 * Object pronouns: a number between one and "and", "or" or the end of the sentence counts nothing ("when you interact
 * with us 64 and use our services" is a footnote mark rendered as plain text, core/diff/footnote-marks.ts), unlike a
 * number after other function words ("for 30", "of 13") or before a noun ("send you 2 reminders").
 */
export const OBJECT_PRONOUNS: readonly string[] = ['us', 'you', 'them', 'it', 'me'];

/**
 * Words that stand between the service as subject and its verb ("we may share", "we also receive", "we routinely
 * provide"), read by the data_sharing vetoes; `denials` join them where the clause may deny the act ("we will not
 * share", "we shall only disclose", "we now share").
 */
export const SERVICE_VERB_AUXILIARIES = {
  words: ['may', 'might', 'will', 'can', 'could', 'also', 'do', 'does', 'would', 'routinely', 'sometimes'],
  denials: ['shall', 'only', 'not', 'never', 'now'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * "make … available": the forms of "make" and the words that close its object ("we may make your profile available to
 * partners"), read by rules/data-sharing.ts and by the engine's anchor for that act.
 */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'making', 'made']);
export const AVAILABLE_WORDS: ReadonlySet<string> = new Set(['available', 'accessible']);

/** Modal verbs: a list item that has one has a verb phrase of its own ("…; (ii) the Company may share …"). */
export const MODAL_WORDS: readonly string[] = [
  'may',
  'might',
  'must',
  'shall',
  'should',
  'will',
  'would',
  'can',
  'could',
];

/** French modals of permission: "nous pouvons", "vous pouvez" (core/diff/discretion.ts reads their subjects). */
export const FRENCH_MODAL_WORDS: readonly string[] = ['peut', 'peuvent', 'pouvons', 'pouvez'];

/**
 * The idioms of a right kept, said of the writer as "may" says it ("Acme reserves the right to change …" is "we may
 * change …": core/diff/discretion.ts), each word separated by one space.
 */
export const RIGHT_KEPT_IDIOMS: readonly string[] = [
  'reserve the right to',
  'reserves the right to',
  'retain the right to',
  'retains the right to',
  'will have the right to',
  'shall have the right to',
];

/** The persons pronouns speak of, by class (English and French): whose act a modal gives (core/diff/discretion.ts). */
export const WRITER_PRONOUNS: readonly string[] = ['we', 'us', 'our', 'ours', 'ourselves', 'nous', 'notre', 'nos'];
export const READER_PRONOUNS: readonly string[] = [
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'vous',
  'votre',
  'vos',
];
export const OTHER_PERSON_PRONOUNS: readonly string[] = [
  'they',
  'them',
  'their',
  'theirs',
  'he',
  'him',
  'his',
  'she',
  'her',
  'il',
  'ils',
  'elle',
  'elles',
  'leur',
  'leurs',
];

/**
 * Words that may stand between a subject and its modal without being the subject ("we also may", "you and we may",
 * "Acme then may"), and adverbs said there ("we additionally may").
 */
export const SUBJECT_MODAL_ASIDES: readonly string[] = [
  'also',
  'and',
  'or',
  'then',
  'therefore',
  'thus',
  'hence',
  'still',
  'only',
  'further',
  'additionally',
  'however',
  'accordingly',
  'likewise',
  'similarly',
  'now',
  'always',
  'sometimes',
  'occasionally',
  'et',
  'ou',
  'aussi',
];

/**
 * Words after which a name opens a clause of its own and is its subject ("…, and Acme may", "if Acme may"), unlike a
 * name after a preposition or a noun ("Resellers of Acme may", "Users of Acme may": core/diff/discretion.ts).
 */
export const SUBJECT_OPENERS: readonly string[] = [
  'and',
  'or',
  'but',
  'so',
  'yet',
  'then',
  'if',
  'when',
  'where',
  'while',
  'unless',
  'because',
  'that',
];

/**
 * Words in "-ing" that open a sentence as a preposition or a pronoun, not as an act ("Including …", "Regarding …",
 * "Nothing in these Terms …"): no gerund subject (analyze/actor.ts).
 */
export const ING_NON_GERUNDS: readonly string[] = [
  ...'including according regarding concerning during following notwithstanding excluding pending'.split(' '),
  ...'considering assuming depending nothing anything something everything'.split(' '),
];

/**
 * Words in "-ing" that name a trade before a noun as often as an act ("Advertising networks …", "Hosting providers
 * …"): before a noun, no gerund subject (analyze/actor.ts). Not those that name an act on data before its object
 * ("Tracking users …", "Processing personal data …", "Training models …").
 */
export const ING_MODIFIERS: readonly string[] = [
  ...'advertising marketing hosting billing streaming messaging networking gaming banking shipping'.split(' '),
  ...'consulting accounting computing publishing'.split(' '),
];

/**
 * Words after a trade's "-ing" word (ING_MODIFIERS) that make it an act, not the trade's name: an article, a preposition,
 * a conjunction or the verb ("Marketing to minors is …", "Advertising a product or …"); an object's determiner counts
 * too (OBJECT_DETERMINERS).
 */
export const GERUND_LINKS: readonly string[] = [
  ...'a an to on in with for or and by via through from at about is'.split(' '),
];

/** Relative pronouns: a modal after one is a relative clause's ("share it with advertisers that may use it"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['that', 'which', 'who', 'whom', 'whose'];

/**
 * Words that can change what a clause gives or takes when one replaces another, beyond the analyser's own classes
 * (every word of LEXICON_LISTS counts as well): modals, quantifiers, the conjunctions and prepositions of a choice or a
 * limit, what is done with data, consent, money, liability and time. A rewording that swaps a word or two outside them
 * ("appoint" → "assign" an agent) says the same (core/diff/word-swap.ts). Not in LEXICON_LISTS, so the analyser never
 * tags them.
 */
export const MEANING_WORDS: readonly string[] = [
  ...MODAL_WORDS,
  ...'need required require'.split(' '),
  ...'all any every each some only both either neither other others more less few many most least'.split(' '),
  ...'and or nor but unless until except without within if when where whether upon after before'.split(' '),
  ...'use used using collect process store access receive obtain disclose transfer combine link keep'.split(' '),
  ...'consent agree opt choose choice permission authorize approve object request'.split(' '),
  ...'fee fees charge price pay payment cost refund free bill'.split(' '),
  ...'responsible liable liability warrant guarantee indemnify waive waiver breach negligence'.split(' '),
  ...'period term date time times duration immediately promptly always sometimes'.split(' '),
  ...'january february march april june july august september october november december'.split(' '),
  ...'arbitration arbitrator court courts jury class lawsuit claim claims'.split(' '),
  ...'third party parties public private personal sensitive own owner'.split(' '),
  ...'anonymous anonymized anonymised pseudonymous pseudonymized'.split(' '),
  ...'aggregate aggregated identifiable encrypted'.split(' '),
  // French, accents left out: modals, quantifiers, conjunctions and kinds of data
  ...'peut peuvent pouvons pourrons doit doivent devons'.split(' '),
  ...'tout tous toute toutes seul seule seulement uniquement'.split(' '),
  ...'et ou sans sauf si anonyme anonymes pseudonyme pseudonymes pseudonymisee agregee agregees tiers'.split(' '),
];

/**
 * Words that set how far a clause reaches, by class: where it applies (scope), how exact the data is (precision), which
 * changes count (significance), whether data points to a person (identifiability), how long (duration), whether it is
 * a duty (obligation), how often (frequency), when against the act it announces (timing), how much of an amount
 * (proportion) and whether it is checked (verification). One swapped for another ("approximate" → "precise" location, "on the
 * site" → "anywhere", "material" → "minor" changes), or added or dropped, can widen or narrow a right, so a rewording
 * that touches one is never taken for the same (core/diff/bearing.ts). Each word in the forms a stem does not join
 * ("local", "locally"). Not in LEXICON_LISTS, so the analyser never tags them.
 */
export const DEGREE_WORDS: Readonly<Record<string, readonly string[]>> = {
  scope: [
    ...'anywhere everywhere elsewhere nowhere worldwide global globally local locally nationwide regional'.split(' '),
    ...'internal internally external externally inside outside across beyond throughout entire whole'.split(' '),
    ...'broad broadly wide widely narrow narrowly sole solely exclusive exclusively nonexclusive'.split(' '),
  ],
  precision: [
    ...'approximate approximately precise precisely exact exactly coarse rough roughly general generally'.split(' '),
    ...'specific specifically detailed granular partial partially full fully complete completely'.split(' '),
    ...'estimated accurate accurately'.split(' '),
  ],
  significance: [
    ...'material materially minor significant significantly insignificant substantial substantially'.split(' '),
    ...'major important trivial slight slightly'.split(' '),
  ],
  identifiability: [
    ...'individual individually identified identifiable unidentifiable deidentified pseudonymised'.split(' '),
    ...'named unnamed raw hashed masked'.split(' '),
  ],
  duration: [
    ...'temporary temporarily permanent permanently indefinite indefinitely limited unlimited'.split(' '),
    ...'brief briefly short long longer shorter reasonable extended'.split(' '),
  ],
  obligation: ['optional', 'mandatory', 'voluntary', 'voluntarily', 'necessary', 'strictly'],
  frequency: [
    ...'never occasionally regularly periodically continuously continually automatically'.split(' '),
    ...'hourly daily weekly fortnightly biweekly monthly quarterly annually annual yearly'.split(' '),
  ],
  // When a step comes against the act it announces ("prior notice" → "notice", "terminate with notice").
  timing: [...'prior advance beforehand notice'.split(' ')],
  // How much of an amount is owed or returned ("prorated refund" → "refund").
  proportion: [...'prorated prorata proportional proportionally proportionate'.split(' ')],
  // Whether a consent or an identity is checked ("verified parental consent" → "parental consent").
  verification: [...'verified unverified verifiable verify verification authenticated'.split(' ')],
};

/**
 * Words that name one and the same thing, by class: a restated clause that replaces words of a class by others of the
 * same class ("our websites or mobile apps" → "the Services", "this Privacy Policy" → "this Privacy Notice") names
 * what it named before (core/diff/restatement.ts). `surface`: the service's own products as the user reaches them;
 * `notice`: a notice document naming itself. Contracts ("terms", "agreement") are not in it: a contract and a notice
 * bind differently. Not in LEXICON_LISTS, so the analyser never tags them.
 */
export const SAME_REFERENCE: Readonly<Record<string, readonly string[]>> = {
  surface: [
    ...'website websites site sites web app apps application applications mobile platform platforms'.split(' '),
    ...'service services'.split(' '),
  ],
  notice: ['policy', 'notice', 'statement'],
};

/**
 * Words that open an example (core/diff/restatement.ts): an example of plain words added or dropped ("…, such as our
 * yearly survey") leaves what the clause says as it was. "Including" is not one: it often extends a list.
 */
export const EXAMPLE_OPENERS: readonly string[] = [
  'such as',
  'for example',
  'for instance',
  'e g',
  'par exemple',
  'tel que',
  'tels que',
  'telle que',
  'telles que',
];

// --- rulesb: tracking, retention, content_licence, data_sale (branch rulesb) ---

/**
 * Numbers written as words in retention periods ("retained for six years", "ninety (90) days"), read by the
 * retention rules and by the model's retention stance (model/retention-stance.ts) as a count before a time unit.
 */
export const NUMBER_WORDS: readonly string[] = [
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen'.split(' '),
  ...'seventeen eighteen nineteen twenty thirty forty fifty sixty ninety hundred'.split(' '),
];

/**
 * Parties of a business agreement whose duties a document sets ("Publishers must:", "Advertiser shall ensure …"): a
 * duty on them to disclose tracking or obtain consent is their obligation, not the service's tracking (GUIDE T14).
 * Narrower than CONTRACT_PARTIES: "users" and "members" are the consumers such notices protect.
 */
export const DUTY_BOUND_PARTIES: readonly string[] = [
  'advertiser',
  'client',
  'customer',
  'developer',
  'licensee',
  'merchant',
  'publisher',
  'seller',
];

/**
 * Parties of a contract that stand for the user when a duty binds them ("Customer shall …", "Publishers must:",
 * "Seller agrees not to …"; analyze/actor.ts and the user-duty lead-ins of analyze/index.ts): DUTY_BOUND_PARTIES and
 * the other roles a contract gives its reader.
 */
export const USER_PARTIES: readonly string[] = [...DUTY_BOUND_PARTIES, 'subscriber', 'creator', 'buyer'];

/**
 * The roles by which a contract names its reader ("the Customer shall not …", "Licensee agrees not to …", "If Subscriber
 * posts …"): with "user" and "member", they stand where "you" does as the subject of the reader's duties and acts
 * (analyze/actor.ts). One word each: a role in two words inside their alternation overlaps the `\s+` around it, a
 * polynomial regex by recheck (READER_ROLE_PHRASES instead).
 */
export const READER_ROLES: readonly string[] = ['client', 'customer', 'licensee', 'subscriber', 'user', 'member'];

/**
 * Auxiliaries after the reader's role that make it the subject of a choice ("users can …", "the Customer has
 * objected"), and their third-person forms read as after "you" (reader-as-you.ts).
 */
export const READER_CHOICE_AUXILIARIES: readonly string[] = [
  'can',
  'may',
  'could',
  'might',
  'will',
  'would',
  'shall',
  'have',
  'are',
  'do',
  'don',
  'were',
];
/** Third-person auxiliaries after "the user" and their form after "you" ("the user has" → "you have"). */
export const READER_THIRD_PERSON: Readonly<Record<string, string>> = {
  has: 'have',
  is: 'are',
  does: 'do',
  doesn: 'don',
  was: 'were',
};
/** Verbs of the reader's choice or leave right after its role ("users opt out", "the Customer objects"). */
export const READER_CHOICE_ACTS: readonly string[] = [
  'opt',
  'choose',
  'decide',
  'elect',
  'object',
  'consent',
  'agree',
  'want',
  'wish',
  'prefer',
  'turn',
  'switch',
  'toggle',
  'disable',
  'enable',
  'withdraw',
  'request',
  'ask',
  'authorize',
  'authorise',
  'allow',
  'decline',
  'refuse',
  'give',
  'grant',
  'select',
  'accept',
];
/** Adverbs between the reader's role and its verb ("users may also decide", "the user still has"). */
export const READER_CHOICE_ADVERBS: readonly string[] = ['also', 'still', 'always', 'then', 'now', 'only', 'first'];
/** Determiners of the reader's role as a subject ("the user", "each member"). */
export const READER_ROLE_DETERMINERS: readonly string[] = ['the', 'each', 'every', 'a', 'an', 'any', 'all'];
/**
 * Adjectives that pick some of the readers, still readers ("registered users", "paid members"): a noun before the
 * role names someone else ("team members", "board members").
 */
export const READER_ROLE_ADJECTIVES: readonly string[] = [
  'registered',
  'new',
  'existing',
  'individual',
  'paid',
  'free',
  'premium',
  'eligible',
  'adult',
  'active',
  'current',
  'enterprise',
  'personal',
];
/**
 * Words that end the clause of the reader's choice: what follows them is another statement ("Users may object, but we
 * still use …"; "…; we use group posts …"; "If a user deletes a post, we may still use it …").
 */
export const CHOICE_CLAUSE_ENDS: readonly string[] = [
  'but',
  'still',
  'however',
  'nevertheless',
  'regardless',
  'even so',
];
/** The possessive of the reader's role before these is its choice ("subject to users' settings"). */
export const READER_CHOICE_NOUNS: readonly string[] = [
  'settings',
  'preferences',
  'choice',
  'choices',
  'consent',
  'permission',
  'authorization',
  'authorisation',
  'instruction',
  'instructions',
  'request',
  'requests',
  'direction',
];
/** Words between that possessive and its choice ("users' privacy settings"). */
export const READER_CHOICE_NOUN_MODIFIERS: readonly string[] = [
  'privacy',
  'account',
  'sharing',
  'data',
  'ai',
  'training',
];

/**
 * Names of the reader in more than one word, or closed up, with the role of READER_ROLES each means ("account holders"
 * are the service's users): actor.ts `joinReaderRoles` writes each as that role in the text the reader's regexes read,
 * and its token readers take the words together (not in UserSubject: a phrase in two words inside the alternations
 * built from that list is a polynomial regex too).
 */
export const READER_ROLE_PHRASES: Readonly<Record<string, string>> = {
  'account holder': 'user',
  'account-holder': 'user',
  accountholder: 'user',
  'account owner': 'user',
  // One word, but kept out of READER_ROLES: each word there widens every regex built from that list, which the
  // regex-safety recheck must pass again. "subscriber" is already a role of READER_ROLES and needs no entry here.
  participant: 'user',
};

/**
 * What offers something without being the service changing its offer, as the subject of "may offer additional …"
 * ("Premium plans may offer additional features", "Some devices may offer …"; rules/service-change.ts new-offer). Not
 * tagged: the words are OfferThing, RetainVerb or ThirdParty words elsewhere.
 */
export const OFFER_HOLDERS: readonly string[] = [
  'plan',
  'tier',
  'app',
  'application',
  'device',
  'store',
  'shop',
  'retailer',
  'newsletter',
];

/**
 * What a user cancels to leave a change ("you may cancel your subscription"): the relation itself, not one order,
 * booking or newsletter (rules/terms-change.ts CANCEL_WAY_OUT).
 */
export const CANCELLED_RELATIONS: readonly string[] = [
  'subscription',
  'plan',
  'account',
  'membership',
  'agreement',
  'contract',
  'service',
];

/**
 * What a relation word may be of without being the relation with the service ("your newsletter subscription", "your
 * email plan", "any pending orders"): CANCEL_WAY_OUT reads no way out through these.
 */
export const NOT_CANCELLED_RELATIONS: readonly string[] = [
  'newsletter',
  'email',
  'mailing',
  'order',
  'booking',
  'reservation',
  'purchase',
];

/**
 * What the service offers or charges, named after a change noun ("changes to the calling plans", "a change of the
 * subscription price"): a change of it is the service's own (GUIDE S1, S2), while one of anything else named there (the
 * password, the law, an order) is not a change of the terms (rules/terms-change.ts OFFER_THING).
 */
export const CHANGED_OFFER_WORDS: readonly string[] = [
  'service',
  'services',
  'platform',
  'site',
  'website',
  'app',
  'apps',
  'membership',
  'feature',
  'features',
  'price',
  'prices',
  'pricing',
  'fee',
  'fees',
  'charge',
  'charges',
  'rate',
  'rates',
  'plan',
  'plans',
  'tariff',
  'tariffs',
];

/**
 * The user's own part in a change ("changes you make", "any modifications you request"): the user's changes, not the
 * service's (rules/terms-change.ts USERS_CHANGE, GUIDE S3).
 */
export const USERS_CHANGE_VERBS: readonly string[] = [
  'make',
  'makes',
  'made',
  'request',
  'requested',
  'submit',
  'propose',
];

/**
 * What makes a clause an entire-agreement clause ("the entire agreement", "the sole and exclusive agreement", "the full
 * and final agreement"): it lists what the agreement is, changes both sides sign included (rules/terms-change.ts).
 */
export const WHOLE_AGREEMENT_WORDS: readonly string[] = [
  'entire',
  'whole',
  'complete',
  'sole',
  'full',
  'final',
  'exclusive',
];

/**
 * The version in force before a change ("the current terms", "the prior version of the Terms"): an objection that keeps
 * it is an opt-out (rules/terms-change.ts KEEPS_CURRENT_TERMS, GUIDE C1).
 */
export const STANDING_VERSION_WORDS: readonly string[] = [
  'current',
  'existing',
  'prior',
  'previous',
  'old',
  'unchanged',
];

/**
 * Software on the user's side, whose updates are installed, not a change of a document (GUIDE S3: updates installed on
 * a device): "we may automatically update that software", "check for app updates", "check for updates to the game"
 * (rules/terms-change.ts, which adds the plural). Not tagged: "software", "app" and "application" are OfferThing words.
 */
export const SOFTWARE_THINGS: readonly string[] = ['software', 'app', 'application', 'firmware', 'device', 'game'];

/**
 * The service adding to its offer ("may offer new services", "may roll out additional features"): the verbs and the
 * words of what is added (rules/service-change.ts new-offer, and terms_change's category pre-filter).
 */
export const NEW_OFFER_VERBS: readonly string[] = [
  'offer',
  'provide',
  'launch',
  'enable',
  'release',
  'make available',
  'roll out',
];
export const ADDED_WORDS: readonly string[] = ['new', 'additional', 'further'];

/**
 * Words that make information the user's, another's, or data handled, not what the service shows of its offer ("your
 * information", "information sellers provide", "information we collect"; rules/service-change.ts
 * offer-information-change).
 */
export const NOT_OFFER_INFO_WORDS: readonly string[] = [
  'you',
  'your',
  'user',
  'users',
  'member',
  'members',
  'customer',
  'customers',
  'personal',
  'seller',
  'sellers',
  'merchant',
  'merchants',
  'third party',
  'third parties',
  'third-party',
  'third-parties',
  'partner',
  'partners',
  'collect',
  'collected',
  'provide',
  'provided',
  'share',
  'shared',
];

/**
 * Parties whose charges are no price of the service's ("your bank may change its fees", "carrier charges"): as the
 * subject before a price change, or named in it (rules/service-change.ts price rules; a plural or possessive is read).
 */
export const OTHER_CHARGERS: readonly string[] = ['bank', 'carrier'];
/**
 * Parties that are another charger only when qualified ("your card issuer", "mobile operator", "internet provider"):
 * bare, "the Provider" or "the Operator" is often the service itself in EU-style terms ("The Provider may change the
 * prices of the Services").
 */
export const QUALIFIED_CHARGERS: readonly string[] = ['issuer', 'operator', 'provider'];
/** What makes a QUALIFIED_CHARGERS word another party's (besides "your"): "mobile operator", "card issuer". */
export const CHARGER_QUALIFIERS: readonly string[] = ['mobile', 'network', 'internet', 'payment', 'card', 'phone'];

/** Words before a reader's role that make it another's ("our clients", "its users", "business customers"). */
export const ROLE_OWNERS: readonly string[] = ['our', 'its', 'their', 'other', 'business'];
/** Words before the reader's role that make it someone else's, or nobody ("your users", "no customer"). */
export const ROLE_OTHERS: readonly string[] = [...ROLE_OWNERS, 'your', 'no'];

/**
 * Parties outside READER_ROLES whose duty binds the reader when the terms address them ("Developers must not …",
 * "creators agree not to …"): read as the subject of a duty only, as often they name a third party elsewhere.
 */
export const DUTY_ONLY_READERS: readonly string[] = ['developer', 'creator'];

/**
 * Adverbs between a reader's duty word and its verb: "must clearly and conspicuously disclose", "shall expressly
 * provide notice" (analyze/actor.ts DUTY_TO_TELL and READER_ARRANGES.verbAdverbs).
 */
export const DUTY_ADVERBS: readonly string[] = ['clearly', 'conspicuously', 'prominently', 'expressly', 'and', 'also'];

/**
 * The business parties a contract binds that stand for the reader besides "you" and READER_ROLES: the subject of a
 * duty to arrange its end users' consent or notice (READER_ARRANGES.parties) and of its own model training
 * (READER_OWN_MODEL.trainers; analyze/actor.ts readerArranges, readerTrainsOwn). Not "partner" (in a consumer policy,
 * "advertising partners" are third parties) nor "operator" (as often the service itself).
 */
export const BUSINESS_READERS: readonly string[] = [...USER_PARTIES, 'site owner', 'website owner', 'app owner'];

/**
 * The reader training or tuning a model of its own, which is no training by the service on the reader's data
 * (GUIDE: "the user fine-tuning their own model" = none actor=user; analyze/actor.ts `readerTrainsOwn`): "You can
 * fine-tune the model on your own data", "Creators may use the tools to train their own custom models", "Your
 * fine-tuned models are used only by you", "Fine-tuned models are available only to you". "We may fine-tune our
 * models", "Data you submit may be used to create fine-tuned models for the Services" have the service as the trainer.
 */
export const READER_OWN_MODEL = {
  /** Leave or ability right before the reader's training verb: "Customers can fine-tune …". */
  ability: ['can', 'may', 'could', 'is able to', 'are able to', 'will be able to'],
  /** Who trains, besides "you" and READER_ROLES (BUSINESS_READERS, no site owners). */
  trainers: USER_PARTIES,
  /**
   * Another party between the reader and the training verb, which is then that party's ("You agree that Acme and its
   * partners may train their own models", "Content submitted by members may train …").
   */
  otherBetween: ['we', 'us', 'our', 'its', 'that', 'by', 'partner*', 'affiliate*', 'licence', 'license'],
  /** Words that keep the model for the reader alone: "available only to you". */
  onlyWords: ['only', 'solely', 'exclusively'],
  /** Before "fine-tuned model": "your own fine-tuned model", "your custom model". */
  yourKinds: ['own', 'custom'],
  /** Who owns the model the training verb makes: "train their own custom models". */
  own: ['your own', 'their own'],
  /** What the trained model is to the reader, after "is"/"are": "available only to you", "for your exclusive use". */
  keptFor: [
    'available only to you',
    'only available to you',
    'available to you only',
    'accessible only to you',
    'only accessible to you',
    'private to you*',
    'used only by you',
    'only used by you',
    'used by you only',
    'exclusive to you',
    'for your exclusive use',
    'for your sole use',
    'for your own use',
    'owned by you',
    'belong to you',
    'belongs to you',
    'yours',
  ],
};

/**
 * What a business reader must arrange with its own end users (GUIDE T14, C2): "You must obtain end users' consent
 * before Acme's tags set cookies", "Customer will obtain all consents required for Acme to use cookies", "You must
 * provide a clear notice to your users that third-party vendors use cookies". Everything in the duty's object is the
 * reader's to arrange, so no act named there is a right the service takes (analyze/actor.ts `readerArranges`). The
 * service asking the reader ("we will obtain your consent") has another subject; the reader giving consent ("you must
 * consent", "provide your consent") hands the right over and is no verb here.
 */
export const READER_ARRANGES = {
  /**
   * Who bears the duty besides "you" and READER_ROLES: USER_PARTIES and the other parties a business contract binds.
   * Not "operator", which as often names the service itself ("the operator of this website will obtain your consent").
   */
  parties: BUSINESS_READERS,
  /** Adverbs between the party and its duty word: "Customer also agrees to …". */
  leadAdverbs: ['also', 'further', 'hereby', 'solely', 'fully', 'then'],
  /** Adverbs between the duty word and its verb: "must clearly and conspicuously provide notice". */
  verbAdverbs: [...DUTY_ADVERBS, 'first', 'always'],
  /**
   * Words that never stand between the verb and its noun: they open another verb phrase or clause ("provide a valid
   * email address to receive notices", "keep any codes confidential, which we may share"), or make the service the one
   * told ("You must give us written notice if you wish us to stop sharing").
   */
  gapStops: ['to', 'and', 'or', 'which', 'that', 'us'],
  /**
   * What the arranged consent or notice must be about: the tracking tools on the reader's pages and the collection and
   * sharing those tools do (T14). An arranged consent for the service to train on or sell data ("Customer shall obtain
   * all consents needed for Acme to sell End User data") hands the service that right and stays its grant.
   */
  trackingTopic: [
    'cookie*',
    'tag',
    'tags',
    'pixel*',
    'sdk*',
    'tracking',
    'tracker*',
    'web beacon*',
    'similar technologies',
    'behavioral advertising',
    'behavioural advertising',
    'interest-based advertising',
    'device identifier*',
  ],
  /**
   * Joining words after which a clause of its own may begin: the duty's reach ends there when the service or another
   * party is its subject ("…, which we may use to train …", "… and our partners may then use …"). "before", "for … to",
   * "that", "when", "until" open the duty's own object and are not here.
   */
  joiners: [
    'and that',
    'after which',
    'and',
    'or',
    'so',
    'then',
    'which',
    'because',
    'since',
    'but',
    'however',
    'whereas',
    'while',
  ],
  /**
   * The reader addressed as the one tracked: the sentence is a consumer policy's, and a party bound there is a third
   * party, not the reader ("Third-party advertisers must obtain consent before they set cookies on your device").
   */
  readerTracked: ['your device*', 'your browser*', 'your computer*', 'your phone*', 'show you', 'track you'],
  /** Before the party: another's, not the reader ("third-party advertisers"). */
  notReaderBefore: ['third-party', 'third party', 'other', 'our', 'its'],
  /** Subjects that are not the reader: a clause they open after a joiner is not the reader's to arrange. */
  otherSubjects: ['we', 'us', 'our', 'its', 'the company', 'third part*', 'partner*', 'affiliate*', 'vendor*'],
  /** The words that make it a duty, one or two: "must", "agrees to take responsibility for", "is responsible for". */
  duties: [
    'must',
    'shall',
    'will',
    'should',
    'agree to',
    'agrees to',
    'undertake to',
    'undertakes to',
    'is required to',
    'are required to',
    'is obliged to',
    'are obliged to',
    'is obligated to',
    'are obligated to',
    'is responsible for',
    'are responsible for',
    'is solely responsible for',
    'are solely responsible for',
    'take responsibility for',
    'takes responsibility for',
  ],
  /** A warranty that what follows is done: "Advertiser represents and warrants that its sites provide users notice …". */
  warrants: [
    'represent and warrant that',
    'represents and warrants that',
    'warrant and represent that',
    'warrants and represents that',
    'represent that',
    'represents that',
    'warrant that',
    'warrants that',
  ],
  /** Verbs by which the reader collects other people's consent (any form: "obtain", "obtaining"). */
  /**
   * Not "get" ("Users will get a consent pop-up": the consumer is asked) nor "secure" ("secure your account and keep
   * any codes confidential": protect).
   */
  collect: ['obtain*', 'seek*', 'sought', 'collect*'],
  /**
   * What is collected. Not "permission" or "authorisation", which the service's own licence needs as often ("all rights
   * and permissions necessary for Acme to use your content").
   */
  consent: ['consent*', 'opt-in*'],
  /**
   * Verbs by which the reader tells its own users: "provide a clear notice", "post a disclosure". Not "given"/"provided"
   * after "been": the reader is the one told ("you have been given notice of our use of cookies").
   */
  give: ['provid*', 'give', 'gives', 'giving', 'post', 'posts', 'posted', 'posting', 'display*'],
  /** What is given. */
  notice: ['notice*', 'notification*', 'disclosure*'],
};

/**
 * What the reader holds with the service, which stands for the reader as the subject of a relative clause ("we may
 * suspend any account that attempts to sell …": the account's holder acts; analyze/actor.ts).
 */
export const READER_ACCOUNTS: readonly string[] = ['account', 'profile'];

/** What the service does to the reader's account or access for a breach ("we may suspend your account if you …"). */
export const SANCTION_VERBS: readonly string[] = [
  'suspend',
  'terminate',
  'disable',
  'deactivate',
  'ban',
  'block',
  'close',
  'restrict',
];

/**
 * Verbs by which the service advises the reader how to act ("we encourage you to review …", "we urge the Customer to use
 * caution in disclosing …"): the act after "to" is the reader's (analyze/actor.ts, rules/data-sharing-vetoes.ts).
 */
export const ADVISING_VERBS: readonly string[] = ['encourage', 'urge', 'advise', 'recommend', 'ask', 'remind'];

/**
 * The service letting the user act ("the Services allow you to share …", "tools that let users post …"): analyze/stance.ts
 * (USER_ENABLED) and the data_sharing rule service-lets-user-share.
 */
export const USER_LET_VERBS: readonly string[] = [
  'allow',
  'allows',
  'allowing',
  'enable',
  'enables',
  'enabling',
  'let',
  'lets',
  'permit',
  'permits',
];

/**
 * What a recipient may be denied doing to the data besides using or passing it on: seeing it ("These providers cannot
 * see your actual data", "our partners will never read your messages"). rules/data-sharing.ts (recipients-barred).
 */
export const DENIED_SIGHT_VERBS: readonly string[] = ['see', 'view', 'read', 'decrypt'];

/**
 * An outside party the user may share with through a feature of the service (GUIDE D4): not family, friends or other
 * users of the service (D10), and "social" only with what it names ("social features" are the service's own).
 * analyze/stance.ts (OUTSIDE_PARTY) and the data_sharing rule service-lets-user-share.
 */
export const OUTSIDE_PARTIES: readonly string[] = [
  'third part*',
  'third-part*',
  'social media',
  'social network*',
  'social platform*',
  'social site*',
  'social plugin*',
  'other companies',
  'other services',
  'other websites',
  'other sites',
  'other media',
  'other apps',
  'other platforms',
  'home security service*',
];

/**
 * Kinds of company, as a policy names other companies' practice ("other providers", "many AI companies", "some
 * vendors"): rules/ai-training.ts (OTHERS_PRACTICE, OTHERS_SUBJECT).
 */
export const OTHER_COMPANY_KINDS: readonly string[] = [
  'providers',
  'companies',
  'developers',
  'vendors',
  'businesses',
  'firms',
  'organizations',
  'organisations',
];
/** …and kinds of offer, which name other companies only after "other", "many" or "most" ("some services" may be ours). */
export const OTHER_OFFER_KINDS: readonly string[] = ['services', 'platforms', 'apps'];

/**
 * A relative that names who receives ("Third parties to whom we disclose", "… with whom we share"). Under a heading it
 * says so only with the act after it: "To whom does this policy apply?", "Parties with whom we do business" name no
 * recipient (table-cell.ts RECIPIENT_HEADING_SOURCE).
 */
export const RECIPIENT_RELATIVES: readonly string[] = ['to whom', 'to which', 'with whom'];
/**
 * The words a heading's relative may hold before its act ("to which we may disclose", "with whom PI may be sold", "to
 * which third parties do we disclose"): a closed list, so that "To which countries do we transfer your data?" is not
 * read as naming recipients.
 */
export const RELATIVE_ACT_LINKS: readonly string[] = [
  ...'do does will can may might we it they is are be been has have the this your personal data information pi'.split(
    ' ',
  ),
  ...'third party parties companies entities recipients organisations organizations partners'.split(' '),
];
/**
 * Who receives or has access ("Who receives it", "Who can access it"). Under a heading the first two say so alone (as
 * they long have); the rest only with the data or a pointer after them, or at the heading's end: "Who gets a refund",
 * "Who can access the Services" name no recipient of data.
 */
export const RECIPIENT_WHO_WORDS: readonly string[] = ['who receives', 'who has access'];
export const RECIPIENT_WHO_OBJECT_WORDS: readonly string[] = [
  'who receive',
  'who gets',
  'who have access',
  'who can access',
  'who may access',
  'who will access',
];
/**
 * How a heading or a table's column header says that what is under it names who receives the data: the receiver's
 * noun ("Recipients of this data"), a relative, or who receives or has access. An act's participle or noun before
 * "to"/"with" ("Sent to", "Onward transfer to") says the same: read from ShareVerb, SellVerb and CELL_ACT_NOUNS
 * (table-cell.ts).
 */
export const RECIPIENT_HEADER_WORDS: readonly string[] = [
  'recipient',
  'recipients',
  ...RECIPIENT_RELATIVES,
  ...RECIPIENT_WHO_WORDS,
  ...RECIPIENT_WHO_OBJECT_WORDS,
];
/**
 * Words before an act's noun that keep it the heading's opening act ("Onward transfer to"): any other noun there is
 * what is sent ("Products sold to businesses", "Notices sent to your employer").
 */
export const HEADER_ACT_MODIFIERS: readonly string[] = ['onward', 'further', 'international'];
/**
 * Nouns a table header may name the act with ("Sale or sharing", "Disclosure for a business purpose"), each with the
 * participle the header is read with ("sold or shared", "disclosed for a business purpose"; table-cell.ts).
 */
export const CELL_ACT_NOUNS: Readonly<Record<string, string>> = {
  sale: 'sold',
  sales: 'sold',
  sharing: 'shared',
  disclosure: 'disclosed',
  disclosures: 'disclosed',
  transfer: 'transferred',
  transfers: 'transferred',
  rental: 'rented',
};
/**
 * The words after an act's participle that keep a header a question about the data ("Shared with …", "Disclosed for
 * a business purpose", "Sold or shared", "Shared only with your consent"); a noun after it makes the participle an
 * adjective of a feature ("Shared workspaces", "Sold separately").
 */
export const CELL_ACT_CONTINUATIONS: readonly string[] = [
  'with',
  'to',
  'for',
  'by us',
  'or',
  'and',
  'only',
  'within',
  'outside',
];
/**
 * Who sees what the user shows on a profile: a header that sends the data only to them ("Shared with other users")
 * names no disclosure by the service (GUIDE D10: a profile the user chose to show).
 */
export const CELL_AUDIENCE_WORDS: readonly string[] = [
  'other users',
  'users',
  'other members',
  'members',
  'the public',
  'public',
  'publicly',
  'your friends',
  'friends',
  'followers',
  'your contacts',
  'your connections',
  'everyone',
  'anyone',
];
/**
 * Words by which a table's label or section says its rows are personal data ("Identifiers", "Categories of personal
 * information", "Geolocation data"), so that a "Yes" under "Shared" is not a feature or pricing table's tick.
 */
export const CELL_DATA_WORDS: readonly string[] = [
  'personal information',
  'personal data',
  'information',
  'data',
  'identifiers',
  'identifier',
  'inferences',
  'geolocation',
  'biometric',
  'records',
  'details',
  'characteristics',
  'pii',
];
/**
 * The CCPA's categories named without a data noun ("Internet or other electronic network activity"): personal data only
 * as the label's last words, not in a feature's name ("Browsing history sync", "Network activity monitor").
 */
export const CELL_DATA_ENDINGS: readonly string[] = ['network activity', 'browsing history'];

/** The data a unit under a sharing heading may name with a pointer word ("we share this information with …"). */
export const POINTED_DATA: readonly string[] = [
  'information',
  'data',
  'details',
  'personal information',
  'personal data',
];

/**
 * Words for a user's control over a use of their data (rules/ai-training.ts): `setting` names a setting the user
 * changes ("your AI training settings"); `optOut` also what an opt-out is ("an AI services opt-out policy").
 */
export const CONTROL_NOUNS = {
  setting: ['setting', 'settings', 'preference', 'preferences', 'control', 'controls', 'toggle', 'toggles'],
  optOut: ['policy', 'policies', 'mechanism', 'mechanisms', 'option', 'options', 'form'],
} as const;
/** What a service calls a model without an AI word ("our systems", "our suggestion engine"; rules/ai-training.ts). */
export const SYSTEM_NOUNS: readonly string[] = [
  'systems',
  'system',
  'technology',
  'technologies',
  'engine',
  'engines',
  'filters',
  'classifiers',
];
/**
 * Words between a system and "learn(s)" that keep it the subject ("our systems continuously learn", "never learn"), not
 * a person's learning ("tools help you learn").
 */
export const LEARN_GAP_WORDS: readonly string[] = [
  'also',
  'continuously',
  'constantly',
  'continually',
  'automatically',
  'further',
  'may',
  'can',
  'will',
  'never',
  'not',
  'do not',
  'does not',
  'will not',
  'cannot',
];
/** What a training "on your data …" is about when it trains people, not models ("training on your data protection"). */
export const DATA_DUTY_TOPICS: readonly string[] = [
  'protection',
  'security',
  'privacy',
  'rights',
  'handling',
  'management',
  'governance',
  'compliance',
  'obligations',
  'practices',
  'policies',
  'law',
  'laws',
];
/** Stems of leaving the service: an opt-out "by closing your account" or "by deleting it" is only leaving (C1). */
export const LEAVING_STEMS: readonly string[] = ['terminat', 'clos', 'cancel', 'stop', 'ceas', 'discontinu', 'delet'];
/** Staying with the service: "unless you choose not to continue using it" is leaving, no opt-out (C1). */
export const STAYING_VERBS: readonly string[] = [
  'continue',
  'use',
  'keep using',
  'accept',
  'agree',
  'remain',
  'visit',
  'renew',
  'access',
  'stay',
];

/**
 * A legal basis for processing named (GDPR Art. 6): the unit is about processing the user's personal data even when it
 * names no data ("We have a legitimate interest in improving our services through the use of AI").
 */
export const LEGAL_BASIS_PHRASES: readonly string[] = [
  'legitimate interest*',
  'legal basis',
  'legal bases',
  'lawful basis',
  'lawful bases',
  'basis for processing',
  'art. 6',
  'art.6',
  'art 6',
  'article 6',
];
/**
 * What a legal basis may be for without making the unit about the user's data for ai_training's veto: "our legitimate
 * interest to improve the security of our services", "to detect spam, based on our legitimate interests".
 */
export const LEGAL_BASIS_OTHER_AIMS: readonly string[] = ['secur*', 'fraud*', 'abus*', 'spam*'];
/**
 * A unit's lead label or a table row's label is one more heading over the unit only when it names these (engine.ts,
 * index.ts): "Model Training", "Development and Training of AI Models", "Product Improvement"; not a label that only
 * names AI ("AI Features", "Providing AI Features"), nor "Note:" or "1.".
 */
export const HEADING_LABEL_TOPICS: readonly string[] = [
  'train*',
  'fine tun*',
  'develop*',
  'improv*',
  'model*',
  'machine learning',
];
/**
 * What follows an opt-out that leaves it bare (no object of its own, so it is the reader's choice about the act just
 * stated): a way or a place ("… by emailing us", "… in Settings", "… here", "To opt out, …"), the time ("at any time"),
 * or the consent it withdraws ("withdraw your consent"). analyze/stance.ts.
 */
export const OPT_OUT_WAY_WORDS: readonly string[] = [
  'by',
  'via',
  'through',
  'using',
  'in',
  'on',
  'at',
  'here',
  'anytime',
  'whenever',
  'if',
  'when',
  'consent',
  'your consent',
  'such consent',
  'any consent',
];
/**
 * What an "except for" after a denied training may name and leave the denial a limit (analyze/stance.ts): data that is
 * not the user's ("except for publicly available data and licensed datasets") or the service's own running ("except
 * for the limited purpose of maintaining and providing the Service", GUIDE A4).
 */
export const EXCEPT_FOR_LIMITS: readonly string[] = [
  'publicly available',
  'public data',
  'public information',
  'licensed',
  'third party data',
  'third-party data',
  'limited purpose*',
  'purpose of providing',
  'purposes of providing',
  'purpose of maintaining',
  'purposes of maintaining',
];
/** Acts joined on after a denied act ("… or share them with anyone, except for …"): the share, sale, keeping and deletion words. */
export const EXCEPT_FOR_OTHER_ACTS: readonly string[] = [
  'shar*',
  'sell*',
  'disclos*',
  'transfer*',
  'delet*',
  'retain*',
  'keep*',
  'store*',
];
/** Words in OPT_OUT_ACTS that name a thing the act is about, not the act: "deselect models you do not want" picks one. */
export const OPT_OUT_THINGS: readonly string[] = ['model*', 'ai', 'machine learning', 'artificial intelligence'];
/**
 * What an opt-out in another clause of the service's must name to reach a category's act ("…, and we send you emails if
 * you have not opted out of them" conditions the emails, not the training; "… unless you opt out of such sharing" the
 * sharing): the act by its words, or a word that points back at it ("this", "such"). analyze/stance.ts.
 */
export const OPT_OUT_ACTS: Readonly<Partial<Record<string, readonly string[]>>> = {
  pointer: ['this', 'that', 'such', 'these', 'those'],
  /** A later clause that goes on with the same act: "…, and we will continue to do so unless you opt out". */
  sameAct: ['do so', 'does so', 'doing so', 'continue*', 'stop'],
  ai_training: ['train*', 'fine tun*', ...OPT_OUT_THINGS, 'improv*'],
  data_sharing: ['shar*', 'disclos*', 'transfer*', 'sale', 'sales', 'sell*', 'third part*'],
  data_sale: ['sale', 'sales', 'sell*', 'shar*'],
};

/**
 * What the reader may do to stop an act, after "steps to …" (analyze/stance.ts OPT_OUT_STEPS):
 * "you may refuse", "steps you can take to limit …".
 */
export const OPT_OUT_VERBS: readonly string[] = [
  'object',
  'disable',
  'turn off',
  'switch off',
  'toggle off',
  'withdraw',
  'decline',
  'adjust',
  'manage',
  'control',
  'limit',
  'refuse',
  'block',
  'reject',
  'prevent',
  'prohibit',
];
/**
 * Steps or ways the reader has to limit tracking must name it within a few words (analyze/stance.ts OPT_OUT_STEPS): "steps
 * to limit the use of your information for targeted advertising", "ways to manage your preferences regarding cookies";
 * not "steps to prevent phishing" or "tools to control your notifications".
 */
export const TRACKING_STEP_OBJECTS: readonly string[] = [
  'cookie*',
  'track*',
  'pixel*',
  'beacon*',
  'advertis*',
  'ads',
  'ad',
  'similar technolog*',
];
/**
 * The reader's right to stop tracking (analyze/stance.ts rightToStop, T4): "You have the right to limit the use of
 * your data for interest-based ads", "Right to Limit Use of Your Personal Information for Targeted Advertising:".
 * `verbs` are the right's (not "control" or "manage": "advertisers have the right to control which ads are shown" is
 * theirs over the ads); `holders` put the reader right before it (the service's or a partner's right is no choice of
 * the reader's), after any of `determiners`.
 */
export const TRACKING_RIGHT_TO_STOP = {
  verbs: ['limit', 'restrict'],
  holders: ['you have', 'you also have', 'you may exercise', 'you can exercise'],
  determiners: ['the', 'your', 'a'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
/**
 * The reader's steps that serve a purpose stated first (analyze/stance.ts purposeOptOut): "To limit targeted
 * advertising on your device, you can review and adjust the settings …", "If you would like to stop receiving
 * interest-based ads, click here". Not "see" or "read" (a pointer, T8), "set" (the browser's own advice, T4), nor
 * "install" or "download" (a blocker of the reader's own choosing is generic advice, T4).
 */
export const TRACKING_PURPOSE_STEPS: readonly string[] = [
  'review',
  'adjust',
  'change',
  'visit',
  'go to',
  'click',
  'tap',
  'select',
  'turn off',
  'toggle off',
  'switch off',
  'update',
  'manage',
  'follow the',
  'contact us',
  'email us',
  'opt out',
  'disable',
  'uncheck',
  'untick',
  'navigate',
  'ask us',
];
/** What opens the purpose before the reader's step (analyze/stance.ts purposeOptOut): "To limit …", "Should you wish to stop …". */
export const TRACKING_PURPOSE_LEADS: readonly string[] = [
  'to',
  'in order to',
  'if you would like to',
  "if you'd like to",
  'if you’d like to',
  'if you want to',
  'if you wish to',
  'should you wish to',
  'should you want to',
];
/** Who or how the step is put before it (analyze/stance.ts purposeOptOut): "…, you can review", "…, please visit". */
export const TRACKING_PURPOSE_MODALS: readonly string[] = [
  'you can',
  'you may',
  'you should',
  'you will need to',
  'you need to',
  'please',
];
/**
 * A step whose object is a document or a part of one points to where the choice is described (T8), whatever its verb:
 * "To limit the use of cookies, you can review our Cookie Policy", "… please visit section 7 of this policy".
 */
export const TRACKING_PURPOSE_POINTERS: readonly string[] = [
  'polic*',
  'notice*',
  'section*',
  'statement*',
  'terms',
  'paragraph*',
  'clause*',
  'article*',
];
/**
 * What consent named as the legal basis must be for, in its own sentence or clause (analyze/stance.ts consentBasis,
 * tracking-choice.ts trackingConsentLabel): "the legal basis for analytics cookies is your consent", not "the legal
 * basis for sending you our newsletter is your consent".
 */
export const TRACKING_BASIS_OBJECTS: readonly string[] = [...TRACKING_STEP_OBJECTS, 'analytics'];
/**
 * Nouns after the name of a "Do Not …" control that make it the control's name and not a denial (analyze/stance.ts
 * DO_NOT_SELL_CONTROL, DO_NOT_TRACK_SIGNAL): "a Do Not Sell request", "Do Not Track signals". `control`, a page or a
 * form the service offers; `signal`, what a browser sends.
 */
export const DO_NOT_NAME_NOUNS = {
  control: ['request', 'list', 'link', 'page', 'toggle', 'button', 'form', 'option', 'setting'],
  signal: [
    'signal',
    'mechanism',
    'feature',
    'header',
    'preference',
    'instruction',
    'standard',
    'technology',
    'technologies',
  ],
  /**
   * A lower-case, unquoted "do not track" is the signal's name only after one of these (an article, a preposition, a
   * verb of honouring): "respond to do not track signals", not "we do not track requests" or "it does not track …".
   */
  leads: [
    'a',
    'an',
    'the',
    'any',
    'such',
    'browser',
    'to',
    'of',
    'for',
    'with',
    'regarding',
    'about',
    'honor*',
    'honour*',
    'respect*',
    'recogni*',
    'support*',
    'process*',
  ],
  /** Verbs after which the bare name at a clause's end is the signal: "We honor Do Not Track." */
  honour: ['honor*', 'honour*', 'respect*', 'recogni*', 'support*', 'respond to', 'responds to'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

// ── model branch ────────────────────────────────────────────────────────────────────────────────────────────────────
/**
 * What a retention unit says about how long its data is kept, for the stance of the model's retention findings
 * (model/retention-stance.ts; GUIDE.md retention, R1–R13). The model finds the unit, not the words that bound or open
 * the period, so its stance is read from these. Phrases: a space matches any whitespace, a final `*` any word ending.
 * Deletion, retention and time words are the lexicon's DeleteVerb, RetainVerb, TimeUnit and Forever.
 */
export const RETENTION_MEANING = {
  /** An end the service sets by its own needs, or none (R4, R6): a grant, whatever period the unit also names. */
  openEnd: [
    'permitted by',
    'permitted under',
    'legally permitted',
    'as permitted',
    'or permitted',
    'otherwise permitted',
    'legitimate business',
    'legitimate interest*',
    'legitimate purpose*',
    'legitimate ground*',
    'legitimate reason*',
    'legitimate need*',
    'legal ground*',
    'business purpose*',
    'business need*',
    'business reason*',
    'business requirement*',
    'operational reason*',
    'operational need*',
    'for any purpose',
    'reasonably necessary',
    'at least',
    'no longer necessary',
    'no longer needed',
    'no longer need',
    'no longer relevant',
    'no longer useful',
    'no longer require',
    'no longer than necessary',
    'no longer than is necessary',
    'depends on',
    'depend on',
    'case by case',
    'case-by-case',
    'varies',
  ],
  /** An end left to the service's judgement (R4), except as the bound of a deletion: "deleted within a reasonable time". */
  reasonableEnd: ['reasonable period', 'reasonable time'],
  /** Before reasonableEnd (one adverb may come between: "within a commercially reasonable time"): a deletion's bound. */
  withinBound: ['within a', 'within an'],
  /** After "only" and a retention word, the end that bounds it (R5: "kept only for …", "stored only on your device"). */
  onlyEnd: ['for', 'until', 'while', 'whilst', 'in case of', 'as long as', 'on your device', 'locally'],
  /** After "longer than" in a denied retention, the service's own need: no bound (R4: "not longer than we need it"). */
  longerThanNeed: ['we', 'is', 'it is', 'necessary', 'needed', 'reasonably', 'appropriate', 'reasonable'],
  /**
   * The reader's own end (R4, R5: "necessary to complete your purchase"): verbs, their objects, "service" only when it is
   * the reader's ("your requested service", "the relevant service"), and what may follow it up to the sentence end.
   */
  ownEndVerbs: ['complet*', 'provid*', 'provision*', 'deliver*', 'accomplish*', 'perform*', 'fulfil*'],
  ownEndObjects: [
    'transaction*',
    'feature*',
    'purchase*',
    'order',
    'orders',
    'request',
    'requests',
    'contract',
    'agreement',
  ],
  ownServiceBefore: ['your', 'requested', 'relevant'],
  ownEndTail: [
    'with you',
    'between you and us',
    'you have requested',
    'you requested',
    'you asked for',
    'you have asked for',
    'you have ordered',
    'and as required by law',
    'or as required by law',
    'and as required by applicable law',
    'or as required by applicable law',
  ],
  /** A legal duty as the reader's end (R3): "to comply with our legal obligations". */
  legalDutyVerbs: ['comply with', 'fulfil', 'fulfill', 'meet', 'satisfy'],
  legalDuty: [
    'legal obligation*',
    'statutory obligation*',
    'regulatory obligation*',
    'legal requirement*',
    'statutory requirement*',
    'regulatory requirement*',
  ],
  /** Before a refusal: it is supposed, not taken ("if we deny your request", "in the event that we decline"). */
  refusalSupposed: ['if', 'when', 'whenever', 'where', 'should', 'in the event that', 'in case'],
  /** Before a refusal: a denial of it ("we will not refuse", "we won't refuse", "we cannot refuse"). */
  refusalDenied: ['not', 'never', 'won’t', "won't", 'cannot', 'can’t', "can't"],
  /** The law alone forces a refusal to delete (R3: "where we are required by law to retain it"). */
  lawRequires: [
    'required by law',
    'legally required',
    'legally obliged',
    'legal obligation*',
    'required by applicable law',
    'obliged by law',
    'obligated by law',
  ],
  /** Content under moderation, not the reader's deletion request (R9 does not apply: "decline to remove reviews"). */
  moderatedContent: ['review*', 'post', 'posts', 'listing*', 'link', 'links', 'comment*'],
  /** Before a retention word, only: what is kept is kept for that alone (R5: "kept only for the purposes of …"). */
  only: ['only', 'solely', 'exclusively'],
  /** After "only … retain", an end set by another document: no bound of its own ("only retain … in accordance with these Terms"). */
  deferredEnd: [
    'in accordance with',
    'as described in',
    'as set out in',
    'as set forth in',
    'pursuant to',
    'governed by',
  ],
  /** "As long as" followed by one of these is the service's own need (R4); by anything else, the user's relationship. */
  needWords: ['necessary', 'needed', 'need', 'needs', 'relevant', 'appropriate', 'useful', 'reasonable', 'reasonably'],
  /** Needs of the service that keep data (R7, R9): a grant unless a period or the user's relationship bounds them. */
  servicePurpose: [
    'fraud*',
    'security',
    'safety',
    'dispute*',
    'enforce',
    'enforcing',
    'defend*',
    'defense',
    'defence',
    'protect our',
    'our rights',
    'archival',
    'archives',
    'backup*',
    'back-up*',
    'back up',
    'our records',
    'internal',
    'technical',
    'as needed',
    'as necessary',
    'research',
    'analytics',
    'develop*',
    'improv*',
    'remain',
    'remains',
  ],
  /** The law sets the end (R3): a restrict unless the service's own needs come with it. */
  legal: [
    'law',
    'laws',
    'legal',
    'legally',
    'tax',
    'taxes',
    'accounting',
    'statut*',
    'regulat*',
    'court*',
    'judicia*',
    'subpoena*',
    'comply',
    'oblig*',
    'required to retain',
    'required to keep',
    'required to store',
    'required to maintain',
  ],
  /** Deletion words beyond the lexicon's DeleteVerb. */
  endWords: ['remove', 'removes', 'removed', 'removal', 'removing', 'erasing', 'purging', 'destroying', 'destruction'],
  /** Before a deletion word, deletion may not happen (R9); before a retention word, nothing is kept (R5). */
  negation: [
    'not',
    'never',
    'cannot',
    'can’t',
    "can't",
    'unable',
    'decline',
    'deny',
    'refuse',
    'impossible',
    'rather than',
  ],
  /** Before a deletion word, at most three words away: the service may be unable to delete (R9: "not be able to correct, modify or delete"). */
  unableTo: ['not be able to', 'not able to'],
  /** A firm cap on a deletion's open end, later in the sentence ("no later than 12 months", "at the latest"). */
  firmCap: [
    'in any event',
    'in no event',
    'in any case',
    'in no case',
    'no later than',
    'at the latest',
    'a maximum of',
  ],
  /** The reader asking for deletion (retention.deletion-with-open-end: the grounds of the reader's request). */
  readerAsks: ['request*', 'ask*', 'demand*'],
  /** Who asks: the reader. */
  readers: ['you', 'users', 'user', 'individuals', 'consumers'],
  /**
   * What the user loses by a deletion (retention.deletion-consequence): the service can no longer provide, something
   * will no longer work. Plain phrases, found as whole words on the text with its white space made one space: a regex
   * per phrase with a gap between each word backtracks on long units, which the regex-safety recheck cannot bound.
   */
  lossOfService: [
    'no longer provide',
    'no longer offer',
    'no longer maintain',
    'no longer deliver',
    'no longer be able to provide',
    'no longer be able to offer',
    'no longer be able to maintain',
    'no longer be able to deliver',
    'not be able to provide',
    'not be able to offer',
    'not be able to maintain',
    'not be able to deliver',
    'unable to provide',
    'unable to offer',
    'unable to maintain',
    'unable to deliver',
    'no longer eligible',
    'no longer be eligible',
    'will not work',
    'may not work',
    'might not work',
    'will be terminated',
  ],
  /** Figures on deletion requests (retention.request-metrics), plain phrases as lossOfService. */
  requestMetrics: [
    'complied with',
    'median number',
    'median response',
    'mean response',
    'request received',
    'requests received',
    'received:',
    'received :',
  ],
  /** Money or licence rights kept, no data (retention.money-or-rights-kept). */
  moneyKept: [
    'fee',
    'fees',
    'revenue',
    'revenues',
    'funds',
    'monies',
    'money',
    'proceeds',
    'commission',
    'commissions',
    'licence rights',
    'license rights',
  ],
  /** An amount kept, unless it is an amount of something ("a large amount of data"). */
  moneyAmount: ['amount', 'amounts'],
  /** A heading that asks how long data is kept: a session's end under it is a retention period (browser-session-end). */
  retentionHeading: ['how long', 'retention', 'storage period', 'storage duration', 'data storage'],
  /** After "your"/"personal": the user's data named, not a tracker (browser-session-end). */
  userDataNouns: ['data', 'information', 'history', 'content', 'messages', 'files'],
  /** A duty, and what it is a duty to do (retention.no-duty-to-keep: "not required to keep"). */
  dutyWords: ['required', 'obligated', 'obliged', 'obligation'],
  dutyKeepVerbs: ['keep', 'retain', 'store', 'maintain', 'preserve'],
  /** The service's own needs named beside the law (retention.law-among-own-needs: "comply with …, detect fraud"). */
  ownNeedVerbs: ['detect', 'prevent', 'investigate', 'resolve', 'enforce', 'protect', 'rectify'],
  /** An end stated in the unit, whatever else it says ("until you close your account", "as long as necessary"). */
  statedEnd: ['until', 'as long as', 'so long as'],
  /** Words in -ly before "required to keep" that are no adverb of the duty ("not only required"). */
  dutyNotAdverb: ['only'],
  /** After the law's end and the service's own: words that narrow it to one case (law-among-own-needs: "pending"). */
  narrowedEnd: ['pending', 'only'],
  /** Opens the reader's supposed clause by inversion, at a sentence's start ("Should you be unable to delete …,"). */
  readerSupposedInverted: ['should'],
  /**
   * Ends the reader's supposed clause with no comma: a reason or a next step follows ("even if you deleted it as we do
   * not …" ends at "we", a CLAUSE_SUBJECTS word of the service's).
   */
  supposedClauseEnd: ['we', 'because', 'since', 'so', 'then'],
  /** After "right(s) to/of": the reader's right to erasure. */
  readerDeletionRights: ['erasure', 'deletion', 'be forgotten', 'delete', 'erase', 'have'],
  /** After "you": a duty to delete is the user's, no right (R11: "you must stop using … by deleting your account"). */
  userDuty: ['must', 'shall', 'should', 'agree to', 'are required to', 'are obliged to', 'are obligated to'],
  /** The service owes no deletion (R10). */
  noDuty: [
    'not required to',
    'not obligated to',
    'not obliged to',
    'not be obligated',
    'not be required',
    'no obligation to',
    'under no obligation',
  ],
  /** A bound that names no number (R4, R5). */
  boundWords: [
    'immediately',
    'promptly',
    'instantly',
    'temporarily',
    'temporary',
    'locally',
    'specified period*',
    'retention period*',
    'maximum period',
    'a maximum of',
    'limited time',
    'limited period',
    'short period',
    'brief period',
  ],
  /** An end tied to the user's relationship, a transaction or a term (R4, R6). */
  relationship: [
    'while you',
    'while your',
    'until you',
    'until your',
    'until the end',
    'until such',
    'until deletion',
    'for the duration of',
    'for the life of',
    'for the lifetime of',
    'during the term',
    'during the subscription term',
    'end of the term',
    'is active',
    'remains active',
    'is ongoing',
    'lasts',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * A plain denial: "not", "never", or a contraction ("don't", "won't"). "no" and "nor" stay out: "no later than", "no
 * more than" bound an act rather than deny it.
 */
export const PLAIN_DENIAL_WORDS: readonly string[] = ['not', 'never'];
export const NEGATION_CONTRACTIONS: readonly string[] = ["n't", 'n’t'];
/**
 * A consent-first choice over trackers (GUIDE.md T5, T9: `conditional opt_in`), read by tracking-choice.ts for the
 * rules' and the model's tracking stance. `choices`: the reader accepts or turns the trackers down, followed within a
 * few words by one of `objects` ("you can accept or refuse optional cookies", "choose whether to accept the use of
 * cookies"). `banners`: a banner where that choice is made, counted only with one of `choiceWords` in its clause
 * ("accept them in our cookie banner", "according to your choice in the consent banner") or one of `firstVisit`
 * ("shown our cookie banner when you first access our site", T9). `consents`: the consent
 * itself or the tool that takes it ("your cookie consent", "the consent management platform").
 * The rest keep a clause from counting: `browsers`, a browser's own setting named with no banner (T4); `continuedUse`,
 * consent by browsing on (G7); `otherBasis`, consent beside another legal basis; `optOuts`, a banner named only as
 * where to opt out (T4); `anyTime`, a choice offered at any time with no accept-or-refuse choice or consent named in
 * its clause (T9: opt-out) unless one of `firstChoice` in the unit says the trackers wait for it; `setBefore`, trackers
 * set before or whatever the choice (T9), and `beforeChoice` followed within a few words by one of `choiceWords`
 * ("before you have made your choice"); `withdrawal`, the consent taken back later (G7: the default decides);
 * `deniedAsk`, no consent asked ("we will not ask you for your consent to place cookies"), and any of `negations` or
 * `contractions` before one of `askVerbs` in the clause ("we are not required to ask"); `explanations`, how the choice
 * works, not the choice (G8); `recorded`, a cookie that stores the choice (a cookie table's functional cookie, T3). A
 * choice phrase asks for consent to the trackers themselves ("we'll ask you for your consent to use cookies"), never
 * to the terms (G7).
 * `kinds`: tracker kinds, for G4 (any party's own use of one kind, TRACKER_LIFETIME `users` and `useVerbs`, anywhere
 * in the unit outside the choice phrase, beside a choice over another is a grant); `sameKinds` name the same trackers.
 */
export const TRACKING_CONSENT_CHOICE = {
  choices: [
    'accept or refuse',
    'accept or reject',
    'accept or decline',
    'accept or block',
    'accept, manage, and reject',
    'accept, manage and reject',
    'consent to or refuse',
    'consent to or reject',
    'consent to or decline',
    'whether to accept',
    'whether or not to accept',
    'ask you for your consent to',
    'ask for your consent to',
    'asks for your consent to',
    'ask you for consent to',
    'request your consent to',
  ],
  objects: ['cookie', 'cookies', 'trackers', 'tracking', 'pixels', 'similar technologies'],
  banners: ['cookie banner', 'cookies banner', 'consent banner', 'cookie consent banner'],
  choiceWords: [
    'accept*',
    'agree*',
    'consent*',
    'choice',
    'choices',
    'choose',
    'refus*',
    'reject*',
    'declin*',
    'allow*',
  ],
  consents: ['your cookie consent', 'consent management platform'],
  browsers: ['browser', 'browsers'],
  continuedUse: [
    'by continuing',
    'by using',
    'by browsing',
    'by visiting',
    'by accessing',
    'by closing',
    'continue to browse',
    'continue to use',
    'continue to visit',
    'continue browsing',
    'continue using',
    'continued use',
  ],
  otherBasis: ['legitimate interest', 'legitimate interests'],
  /**
   * Labels that name consent and nothing else (tracking-choice.ts trackingConsentLabel): "Consent (Art. 6(1)(a)):",
   * "Your voluntary and informed consent:"; not "Implied consent:", "Withdrawal of consent:", "Cookies exempt from
   * consent:".
   */
  /** Words between "your" and "consent" named as the legal basis (analyze/stance.ts consentBasis). */
  basisAdjectives: ['prior', 'express', 'explicit', 'informed'],
  consentLabels: ['consent', 'your consent', 'voluntary and informed consent', 'your voluntary and informed consent'],
  /**
   * Beside consent named as the legal basis, what makes it no opt-in (tracking-choice.ts consentBasisExcluded, with
   * continuedUse and otherBasis): another basis the service decides (G5: "legitimate business interests", "the
   * performance of our contract", "Art. 6(1)(f) GDPR"), consent only in some cases (G5), or consent given by accepting
   * the terms or a step the reader takes for something else (G7). Matched as whole words, punctuation dropped.
   */
  basisExclusions: [
    'legitimate business interest',
    'legitimate business interests',
    'business purposes',
    'performance of a contract',
    'performance of the contract',
    'performance of our contract',
    'performance of your contract',
    'contractual necessity',
    'necessary for our legitimate',
    '6(1)(b)',
    '6(1)(c)',
    '6(1)(d)',
    '6(1)(e)',
    '6(1)(f)',
    'in some cases',
    'in certain cases',
    'where applicable',
    'where necessary',
    'if applicable',
    'by accepting',
    'by agreeing',
    'by submitting',
    'by signing',
    'by registering',
    'by clicking',
    'you agree',
    'you accept',
    'these terms',
  ],
  optOuts: [
    'opt out',
    'opt-out',
    'opting out',
    'disable*',
    'deactivat*',
    'turn off',
    'turn them off',
    'switch off',
    'switch them off',
  ],
  anyTime: ['at any time', 'at any point', 'anytime'],
  firstChoice: [
    'first visit',
    'first access',
    'first open',
    'when you first',
    'only after',
    'only once',
    'only if',
    'only when',
    'until you',
  ],
  firstVisit: ['first visit', 'first access', 'first open', 'when you first'],
  setBefore: [
    'before you make a choice',
    'before you make your choice',
    'before you accept',
    'before you consent',
    'regardless of your choice',
    'even if you refuse',
    'even if you reject',
    'even if you decline',
    'regardless of whether',
    'whether or not you',
  ],
  beforeChoice: ['before you'],
  withdrawal: ['withdraw*', 'revoke*', 'revocation'],
  deniedAsk: ['not ask', 'never ask', "n't ask", 'n’t ask', 'not need to ask', 'not request', 'not seek'],
  negations: ['not', 'never', 'no', 'neither'],
  contractions: NEGATION_CONTRACTIONS,
  askVerbs: ['ask', 'request', 'seek'],
  explanations: ['tell you how', 'tells you how', 'explain how', 'explains how', 'show you how', 'shows you how'],
  recorded: [
    'store',
    'stores',
    'stored',
    'remember*',
    'record',
    'records',
    'recorded',
    'save',
    'saves',
    'saved',
    'keep track',
    'keeps track',
    'keeps',
  ],
  kinds: ['analytics', 'advertising', 'marketing', 'targeting', 'performance', 'social media', 'measurement'],
  /** A kind said to be always set is a use of it (G4): "advertising cookies are always on". */
  alwaysOn: ['always on', 'always active', 'always set', 'always enabled', 'always used'],
  /** …unless it is set off: "advertising cookies are always set to off by default". */
  alwaysOff: ['off', 'to off'],
  /**
   * Kinds that name every optional tracker: a consent over "non-essential cookies" covers any party's ordinary use of
   * a kind beside it (G4 counts only a kind always on there).
   */
  catchAllKinds: ['non-essential', 'nonessential', 'optional', 'non-necessary'],
  /**
   * A consent given before the trackers are set, read as a condition of its clause (G4 in stance.ts): `consentWhen`,
   * then the reader, then within a word one of `consentActs` ("once you accept them", "when you click Accept All").
   */
  consentWhen: ['once', 'after', 'when', 'if', 'unless', 'until'],
  consentActs: ['accept*', 'allow*', 'agree*', 'consent*', 'opt in', 'opt-in', 'click accept'],
  /**
   * The trackers a clause names, singular stems (a plural adds "s"): a choice that names other trackers than the
   * finding's clause does not govern it ("We share device identifiers with …; you can accept or refuse cookies …").
   */
  trackers: [
    'cookie',
    'pixel',
    'tracker',
    'identifier',
    'beacon',
    'sdk',
    'tag',
    'tracking technology',
    'tracking technologies',
    'similar technology',
    'similar technologies',
  ],
  /**
   * A banner or consent tool after "by using" (`toolUse`) is where the choice is made, not consent by use: "by using
   * the cookie banner", "by accessing the “Manage Cookies” section".
   */
  toolUse: ['by using', 'by accessing', 'by visiting'],
  tools: [
    'manage cookies',
    'cookie settings',
    'cookie preferences',
    'consent tool',
    'cookie tool',
    'preference centre',
    'preference center',
  ],
  /**
   * Catch-all tracker words: they name any tracker, so they share trackers with every other clause ("We use tracking
   * technologies for analytics; you can accept or refuse cookies in our consent banner" is one choice).
   */
  catchAll: ['tracker', 'tracking technology', 'similar technology'],
  /** Who accepts: the reader, first in the exception ("unless you accept them …"). */
  readers: ['you'],
  /** The reader's acceptance that lifts a denial ("We do not set advertising cookies unless you accept them"). */
  accepts: ['accept*', 'agree*', 'consent*', 'allow*', 'opt in', 'opt-in', 'opted in'],
  /** What the acceptance is of: the trackers, said again or pointed back at, or the banner where it is given. */
  acceptedObjects: ['them', 'it', 'their use', 'its use'],
  /**
   * The device's own controls, like the browser: a setting the reader changes there is no consent asked first ("We will
   * not set analytics cookies unless you allow them through your device settings").
   */
  deviceSettings: ['device settings', "device's settings", 'phone settings', 'operating system', 'mobile settings'],
  /**
   * A further case joined after the acceptance: the denial is lifted by more than the reader ("unless you accept them in
   * our cookie banner or we have a legitimate business reason").
   */
  laterCases: ['or we', 'or where', 'or if', 'or when', 'or to', 'or for', 'or as', 'or unless', 'or our'],
  /** Kinds that name the same trackers: a choice over one covers the other. */
  sameKinds: ['advertising', 'marketing', 'targeting'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Analytics others do for the service (rules/tracking.ts tracking.analytics-providers, GUIDE T6, T12): `heads` after
 * "analytics" name those parties ("analytics partners", "analytics companies"; plurals only for companies and firms:
 * "an analytics company" is the service naming itself, T10); `providers` before one of `listIntros` name the parties
 * whose functions a list holds ("service providers … such as hosting, analytics"). `owners`, with "own" or not, before
 * the analytics or its list: the reader's own figures ("their sales, analytics and payouts", "your own analytics"),
 * not tracking of the reader (also tracking.usage-analytics).
 */
export const ANALYTICS_PROVIDERS = {
  heads: ['providers', 'provider', 'partners', 'partner', 'vendors', 'vendor', 'companies', 'firms'],
  providers: [
    'providers',
    'vendors',
    'partners',
    'processors',
    'contractors',
    'companies',
    'third parties',
    'third-parties',
  ],
  listIntros: ['such as', 'including', 'like', 'include', 'includes'],
  owners: ['your', 'their', 'customer', 'customers', 'customers’', "customers'", 'merchant', 'merchants'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Opt-outs named in the plural as the choices offered (analyze/pointer.ts NAMED_OPT_OUTS, T4): after one of `leads`
 * ("the currently available opt-outs for Acme Analytics", "your opt-outs"), not followed by one of `titles` ("your
 * Opt-Outs page", T8: a place pointed to). Not after "the", "their" or "its": "see the opt-outs section", "their
 * opt-outs" (a partner's, in its own policy) point elsewhere.
 */
export const NAMED_OPT_OUTS_WORDS = {
  leads: ['available', 'your'],
  titles: ['section', 'sections', 'page', 'pages', 'chapter', 'below', 'tab', 'heading'],
} as const satisfies Readonly<Record<string, readonly string[]>>;
/**
 * Consent the reader gives named by a determiner, pointing back at the consent just described (analyze/stance.ts
 * OPT_IN: "If you give such consent, we use …", as "if you give your consent").
 */
export const GIVEN_CONSENT_DETERMINERS: readonly string[] = ['such', 'this', 'that'];
/**
 * A lead label that offers the opt-out of tracking (GUIDE S3, T4: the unit "with its own label" offers it): one of
 * `optOuts`, then within a few words one of `objects` ("Right to Opt Out of Sale/Targeted Advertising:", "Opt out of
 * “Sale” and “Sharing”."). Read by tracking-choice.ts trackingOptOutLabel.
 */
export const TRACKING_OPT_OUT_LABEL = {
  /**
   * The right's verb: an opt-out, or a limit on the use ("Right to Limit Use of Your Personal Information for Targeted
   * Advertising:", the state-law right that is an opt-out of the tracking, T4); a label that opens on "Limits" is a
   * limit of the opt-out (`limits`).
   */
  optOuts: [
    'opt out of',
    'opt-out of',
    'opt out from',
    'opt-out from',
    'opting out of',
    'opting-out of',
    'limit use of',
    'limit the use of',
    'limiting use of',
    'limiting the use of',
  ],
  objects: [
    'targeted advertising',
    'targeted ads',
    'interest-based advertising',
    'interest-based ads',
    'cross-context behavioral advertising',
    'cross-context behavioural advertising',
    'sale',
    'sales',
    'sharing',
    'tracking',
    'cookies',
  ],
  /**
   * Objects that name no tracking of their own ("Right to Opt Out of Sale:"): the label turns a body's grant only where
   * the body names advertising or partners (`adWords`), not a use for analytics.
   */
  dataObjects: ['sale', 'sales', 'sharing'],
  adWords: ['advertis*', 'ads', 'targeted', 'interest-based', 'partner', 'partners', 'third party', 'third parties'],
  /**
   * A label that opens on a limit or a consequence of the opt-out ("Effect of Opting Out of Targeted Advertising:",
   * "Limits on the Right to Opt Out of Sharing:", "No Opt Out of Tracking:") offers none: its body is what stays.
   */
  limits: [
    'effect',
    'effects',
    'limit',
    'limits',
    'limitation',
    'limitations',
    'exception',
    'exceptions',
    'consequence',
    'consequences',
    'no',
    'what happens',
    'why',
  ],
  /** …nor does a body that says what goes on whatever the opt-out ("Even if you opt out, we may still …"). */
  regardless: ['even if', 'even after', 'still', 'continue', 'continues', 'regardless'],
} as const;

/**
 * A Do Not Track signal pointed back at ("… we don't respond to those signals"): one of `pointers` before the signal,
 * said of the service: one of `subjects` (or a first-party name) in the clause before the verb, not "some websites
 * honor those signals" (G8, an explanation). Read by rules/tracking.ts do-not-track.
 */
export const TRACKING_SIGNAL_POINTED = {
  pointers: ['those', 'these', 'such', 'that', 'this'],
  subjects: ['we', 'our'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Trackers off until the reader turns them on (GUIDE G7, T5: a choice that is off until the user makes it =
 * `conditional opt_in`): `be` then one of `offStates` ("This type of cookie is automatically disabled and can be
 * configured to your particular preferences", "analytics cookies are disabled by default"). Read by tracking-choice.ts.
 */
export const TRACKERS_OFF_BY_DEFAULT = {
  be: ['is', 'are', 'remain', 'remains', 'stay', 'stays'],
  offStates: [
    'automatically disabled',
    'automatically deactivated',
    'disabled by default',
    'deactivated by default',
    'off by default',
    'turned off by default',
    'switched off by default',
    'not enabled by default',
    'not activated by default',
    'inactive by default',
  ],
  /**
   * A state that follows an event ("automatically deactivated when you leave the website", "automatically disabled
   * after 30 days") is no default: read within a word after the state.
   */
  laterEvents: ['when', 'whenever', 'after', 'once', 'upon', 'at the end'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Tracking data kept apart from other data as the unit's main statement (GUIDE G4: the main clause is the limit, as D2's
 * safeguard): an auxiliary denied, then at most `be` and one of `between`, then one of `keptApart`, `with` or `to`, and one of `others` ("The IP address transmitted
 * by your browser in the context of Acme Analytics is not merged with other Acme data", "… will not be associated with
 * any other data held by Acme") = `restrict`. `furtherActs`: a later act in the unit ("… and is used for …") that is
 * the wider right. Read by tracking-choice.ts trackingDataKeptApart.
 */
export const TRACKING_DATA_APART = {
  /**
   * The auxiliary a denial follows, with TRACKING_CONSENT_CHOICE's negations or contractions ("is not", "cannot",
   * "isn't"); "wo" and "ca" are the stems of "won't" and "can't".
   */
  auxiliaries: ['is', 'are', 'will', 'shall', 'can', 'wo', 'ca'],
  /** The only words between the denial and the merger: any other word may undo it ("not only combined", "not necessarily"). */
  between: ['ever', 'otherwise'],
  keptApart: ['merged', 'combined', 'linked', 'associated', 'connected', 'matched', 'joined'],
  /** What the data is kept apart from. */
  others: ['other', 'additional', 'further'],
  /** A later clause after "other … data" ("…, but Acme may use it to improve its advertising"), besides , ; or :. */
  laterClauses: ['and', 'but', 'however', 'yet', 'so', 'while', 'whereas'],
  /** A relative pronoun before the denial makes it an aside on the main clause's act. */
  relatives: ['which', 'that'],
  /** A case after the denial that lifts it ("… without your consent", "… until you log in"): stance.ts reads it. */
  exceptions: ['unless', 'except', 'without', 'until', 'other than', 'save where', 'save for'],
  furtherActs: [
    'and is',
    'and are',
    'and will',
    'and may',
    'but is',
    'but are',
    'but may',
    'but will',
    'and we',
    'but we',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * A tracker's lifetime held to a bound (GUIDE tracking `restrict`, as a bounded retention period): `lifetimes` names
 * the lifetime, `bounds` the limit that follows it within a few words ("the lifespan of our cookies is limited to 13
 * months", "cookies last thirteen (13) months maximum"). `users` and `useVerbs`: a party that places or uses the
 * trackers in the unit ("we use …", "our advertising partners set …"), whose use is the wider right (G4, T6) and wins
 * over the bound. Read by tracking-choice.ts.
 */
export const TRACKER_LIFETIME = {
  lifetimes: ['lifespan', 'life span', 'lifetime', 'life-time', 'cookie duration'],
  /** A duration counts only of a tracker ("the duration of the analytics cookies"), never of a visit or session. */
  durations: ['duration of'],
  bounds: [
    'limited to',
    'does not exceed',
    'do not exceed',
    'will not exceed',
    'not, in general, exceed',
    'maximum',
    'at most',
  ],
  users: [
    'we',
    'partner',
    'partners',
    'third party',
    'third parties',
    'third-parties',
    'advertiser',
    'advertisers',
    'provider',
    'providers',
    'vendor',
    'vendors',
    'network',
    'networks',
    'company',
    'companies',
    'they',
  ],
  /** Passive use ("cookies set by partners") and any use verb followed by a tracker object. */
  passiveVerbs: ['set', 'placed', 'used', 'served', 'dropped', 'deployed', 'installed'],
  useVerbs: [
    'use',
    'uses',
    'set',
    'sets',
    'place',
    'places',
    'deploy',
    'deploys',
    'drop',
    'drops',
    'serve',
    'serves',
    'collect',
    'collects',
    'share',
    'install',
    'installs',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Cookie and ad-tracking controls, for the stance of the model's tracking findings that stance.ts reads as a grant
 * (model/tracking-stance.ts; GUIDE.md T4, T5): a control the service offers is an opt-out, a separate consent an
 * opt-in. Phrases as in RETENTION_MEANING.
 */
export const TRACKING_CONTROLS = {
  optIn: [
    'your consent',
    'your separate consent',
    'your prior consent',
    'your explicit consent',
    'separate consent',
    'asked to provide',
    'asked to give',
    'which cookies you enable',
    'which cookies you accept',
    'which cookies you allow',
  ],
  optOut: [
    'cookie settings',
    'cookie preferences',
    'cookie choices',
    'cookie options',
    'manage your preferences',
    'manage your choices',
    'manage your settings',
    'manage your cookie*',
    'limit ad tracking',
    'opt out',
    'opt-out',
    'optout',
    'browser settings',
    'browser preferences',
    'browser plugin',
    'browser plug-in',
    'browser add-on',
    'refuse',
    'reject',
    'block',
    'disable',
    'prevent',
  ],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * Words of cookies the service needs to work (GUIDE T3: security, fraud prevention, strictly necessary, functional):
 * where a unit names them, the model adds no tracking beside a recipient-side data_sharing rule (model/candidates.ts).
 */
/** … read only in a sentence that names a cookie or another tracker ("security vendors" alone is no cookie). */
export const MODEL_NEEDED_COOKIE_TRACKERS: readonly string[] = [
  'cookie*',
  'pixel*',
  'beacon*',
  'tracker*',
  'tracking technolog*',
  'similar technolog*',
  'local storage',
  'sdk*',
];
export const MODEL_NEEDED_COOKIE_WORDS: readonly string[] = [
  'strictly necessary',
  'essential',
  'functional',
  'functionality',
  'secure',
  'security',
  'fraud prevention',
  'prevent fraud',
  'detect fraud',
];
/**
 * What a unit must name before the model may add a finding of these categories to it (in its text, list lead-ins or
 * table header and row label): the model scores every unit, and its hits on units that name none of these read as
 * nonsense ("Data kept indefinitely" on "safety and transparency take top priority"). The same words as the keyword
 * nets that labelled these categories (scripts/gold/corpus-units.ts), so the model acts only where it was measured.
 * Word starts: a word beginning with one of them counts ("retain" covers "retained", "retention" is listed for
 * "retention"). data_sale has none: the CCPA's "sharing for cross-context advertising" is a sale without the word.
 */
export const MODEL_SUBJECT_WORDS: Readonly<Partial<Record<CategoryId, readonly string[]>>> = {
  content_licence: ['licence', 'license', 'sublicens', 'royalty-free', 'royalty free'],
  tracking: [
    'cookie',
    'pixel',
    'beacon',
    'track',
    'fingerprint',
    'analytics',
    'interest-based',
    'targeted advertis',
    'cross-site',
    'cross-device',
  ],
  retention: [
    'retain',
    'retention',
    'delet',
    'erase',
    'erasure',
    'as long as',
    'kept',
    'keep',
    'store',
    'stored',
    'storing',
    'storage',
  ],
};

/**
 * Verbs by which data is put to a use (rules/ai-training.ts): before "for training" or "for fine-tuning" ("we may use,
 * utilize or leverage the content you post for training" says the same), before "as training data", and in their -ing
 * and present forms before the tool that is applied ("utilizing machine learning"). Not "employ": it hires people
 * ("we employ contractors for training").
 */
export const DATA_USE_VERBS: readonly string[] = [
  'use',
  'uses',
  'used',
  'using',
  'utilize',
  'utilizes',
  'utilized',
  'utilizing',
  'utilise',
  'utilises',
  'utilised',
  'utilising',
  'leverage',
  'leverages',
  'leveraged',
  'leveraging',
];
/**
 * Optimising, which improve-models reads beside the lexicon's ImproveVerb, with a model as its direct object only
 * ("optimise our AI models"): other categories read ImproveVerb, and "optimize our feed with machine learning" applies
 * AI. No past forms: "our optimized models" names a model.
 */
export const OPTIMIZE_VERBS: readonly string[] = [
  'optimize',
  'optimizes',
  'optimizing',
  'optimise',
  'optimises',
  'optimising',
];
/**
 * Advancing, read as OPTIMIZE_VERBS are, with an AI word as its direct object only ("advance our AI models", "advancing
 * our artificial intelligence technologies"): "advance our mission", "advance your career" or "advance our models of
 * care" is no AI made better, so a bare "models" after it is not one.
 */
export const ADVANCE_VERBS: readonly string[] = ['advance', 'advances', 'advancing'];
/** Teaching, a model's training when a model is its object ("teaching our AI models", "the teaching of AI models"). */
export const TEACH_VERBS: readonly string[] = ['teach', 'teaches', 'teaching'];
/**
 * The verbs of a model's making after "teaching and …" that share its model ("any teaching and testing machine learning
 * models"): "teaching and testing our support staff" teaches people, so the model must follow.
 */
export const MODEL_MAKING_GERUNDS: readonly string[] = [
  'testing',
  'tuning',
  'evaluating',
  'validating',
  'improving',
  'developing',
  'refining',
];
/**
 * What users make, read as their data after their plural possessive only and as what is used or trained on ("use users’
 * music", "trained on users’ photos"): alone, "photos we license" are anyone's, and what a model is trained to do to
 * them ("to scan users’ uploads", "to moderate users’ uploads") names no training data (rules/ai-training.ts).
 */
export const PARTIES_WORKS: readonly string[] = [
  'feedback',
  'chat',
  'chats',
  'upload',
  'uploads',
  'transcript',
  'transcripts',
  'submission',
  'submissions',
  'music',
  'song',
  'songs',
  'photo',
  'photos',
  'video',
  'videos',
  'image',
  'images',
  'project',
  'projects',
  'creation',
  'creations',
];
/**
 * Where a model is made to run, after "optimize our models for|on" ("for mobile devices", "on edge hardware"): fitting
 * a model to a device is no learning from the user's data (rules/ai-training.ts).
 */
export const MODEL_RUN_TARGETS: readonly string[] = [
  'device',
  'devices',
  'mobile',
  'phone',
  'phones',
  'hardware',
  'browser',
  'browsers',
  'chip',
  'chips',
  'edge',
];
/**
 * People a service trains ("training our staff", "training and certification of our instructors"): "training" with
 * them near is not model training (rules/ai-training.ts).
 */
/** People taught about AI ("teaching AI models to your students"), beside TRAINED_PEOPLE. */
export const TAUGHT_PEOPLE: readonly string[] = [
  'children',
  'kids',
  'pupils',
  'learners',
  'class',
  'classes',
  'people',
];
export const TRAINED_PEOPLE: readonly string[] = [
  'staff',
  'employee',
  'employees',
  'personnel',
  'agents',
  'workers',
  'team members',
  'representatives',
  'instructors',
  'trainers',
  'students',
  'educational purposes',
  'certification',
  'courses',
  'sessions',
];

/**
 * Everyday things a service fine-tunes ("fine-tuning our website layout", "fine-tuning of your training plan"): "for
 * fine-tuning" with one of them as the object adjusts it, not a model (rules/ai-training.ts, GUIDE A1).
 */
export const FINE_TUNED_THINGS: readonly string[] = [
  'plan',
  'plans',
  'schedule',
  'schedules',
  'layout',
  'layouts',
  'design',
  'settings',
  'website',
  'websites',
  'site',
  'page',
  'pages',
  'strategy',
  'strategies',
  'workout',
  'workouts',
  'diet',
  'routine',
  'recipes',
  'playlist',
  'playlists',
  'pricing',
  'prices',
  'marketing',
  'campaigns',
  'offers',
  'events',
  'sessions',
  'preferences',
];

/**
 * The user's portability right (GUIDE D4; data-sharing.ts and stance.ts): a portable copy or the transfer the user asks
 * for. A regex source, kept once here.
 */
export const PORTABILITY_PHRASE = String.raw`(?:\bportab[\w-]*|\bmachine[\s-]readable|\bstructured,?\s+(?:commonly|current|common)|\b(?:request|ask\s+for)\s+(?:the\s+)?transfer\s+of\s+(?:your|the|their|this)|\b(?:request|ask)\s+(?:that\s+[\w’'-]+|us\s+to)\s+(?:transfer|transmit|port)|\b(?:have|has|your|entitled\s+to)\s+(?:the\s+)?right\s+to\s+(?:request\s+(?:the\s+)?)?(?:transfer|transmit)|(?:^|[.:;)]\s+)(?:(?:the\s+)?right\s+to\s+(?:request\s+(?:the\s+)?)?(?:transfer|transmit)|(?:port|transfer)\s+(?:your|a\s+machine)))\b`;
/** The party the user picks for a portable copy: "a third party of your choice", "a third party you have designated". */
export const CHOSEN_THIRD_PARTY = String.raw`third[\s-]party\s+(?:of\s+your\s+choice|(?:that\s+|whom\s+)?you\s+(?:have\s+)?(?:chosen|choose|designate|designated|select|selected))\b`;

/**
 * Places a transfer sends data abroad to (GUIDE D13, stance.ts): where the clause names one, an unnamed safeguard ("we
 * use appropriate mechanisms") guards that transfer. OUTSIDE_PLACES follow "outside (of) (the)".
 */
export const OUTSIDE_PLACES: readonly string[] = [
  'eea',
  'eu',
  'europe',
  'european economic area',
  'european union',
  'uk',
  'united kingdom',
  'switzerland',
  'your country',
  'your jurisdiction',
  'country',
];
/** Destinations a transfer can be limited to by a relative clause: "only to countries where the law permits it". */
export const DESTINATION_PLACES: readonly string[] = ['countries', 'jurisdictions', 'territories'];
/** Places named with "the" as where data goes ("shared with the EU"), not who gets it ("the US company that hosts it"). */
export const DESTINATION_NAMED_PLACES: readonly string[] = [
  'united states',
  'united kingdom',
  'european union',
  'european economic area',
  'eea',
  'eu',
  'uk',
  'us',
  'usa',
];
/** The service's own people: data shared with them stays inside ("shared with our own staff"). */
export const OWN_STAFF_WORDS: readonly string[] = [
  'staff',
  'employees',
  'personnel',
  'team',
  'teams',
  'team members',
  'workforce',
];
export const ABROAD_WORDS: readonly string[] = [
  'abroad',
  'overseas',
  'internationally',
  'other countries',
  'third countries',
  'third country',
  'another country',
  'foreign countries',
  'across borders',
];

/**
 * Settings and preferences the user controls (GUIDE G7, stance.ts): "depending on your cookie preferences" makes an
 * opt-out; settings that only describe the user ("your country settings", "your language preferences") do not.
 */
export const CONTROL_SETTINGS: readonly string[] = [
  'account',
  'privacy',
  'app',
  'browser',
  'device',
  'cookie',
  'cookies',
  'ad',
  'ads',
  'advertising',
  'sharing',
  'marketing',
  'communication',
  'communications',
  'notification',
  'notifications',
  'email',
  'consent',
];

/**
 * What recipients chosen for their guarantees must keep (GUIDE D12, data-sharing.ts CHOSEN_FOR_GUARANTEES): the data's
 * protection, not any terms ("we only work with partners who observe the data protection principles", "… who don't
 * agree to these standards"; not "who comply with our advertising policies", "who pay their invoices").
 */
export const PROTECTION_OBJECTS: readonly string[] = [
  'guarantee*',
  'data protection',
  'privacy',
  'security',
  'confidential*',
  'protect*',
  'safeguard*',
  'this policy',
  'this privacy policy',
  'these standards',
  'these principles',
  'these requirements',
  'these obligations',
  'such standards',
  'the same standards',
];
/**
 * Recipients that hold the data for the service (GUIDE D13a): chosen only inside a region they limit where the data
 * goes ("we select only hosting providers located in the EU"); not suppliers or payment providers.
 */
export const DATA_HOLDING_RECIPIENTS: readonly string[] = [
  'hosting provider*',
  'cloud provider*',
  'service provider*',
  'third-party provider*',
  'third party provider*',
  'data processor*',
  'processor*',
  'sub-processor*',
  'subprocessor*',
  'data cent*',
  'server*',
];
/** Requirements that are about the data whatever the unit says ("vendors are subject to FedRAMP certification requirements"). */
export const DATA_REQUIREMENT_KINDS: readonly string[] = [
  'certification',
  'confidentiality',
  'privacy',
  'data protection',
];

/**
 * The recipients' own places, where they collect from the user without the service ("when you visit or use their
 * services", "cookies on their own websites"): data-sharing.ts THEIR_OWN_PLACES_AFTER and third-party-trackers.
 */
export const RECIPIENT_OWN_PLACES: readonly string[] = [
  'website',
  'websites',
  'web site',
  'web sites',
  'site',
  'sites',
  'webpage',
  'webpages',
  'web page',
  'web pages',
  'page',
  'pages',
  'service',
  'services',
  'app',
  'apps',
  'application',
  'applications',
  'platform',
  'platforms',
  'property',
  'properties',
];

/**
 * Data the user gives the service itself (an account, a profile, a purchase): recipients that receive it get it from the
 * service even "when you use their services" (data-sharing.ts THEIR_OWN_PLACES_AFTER).
 */
export const SERVICE_HELD_DATA_WORDS: readonly string[] = [
  'account',
  'accounts',
  'profile',
  'profiles',
  'purchase',
  'purchases',
  'order',
  'orders',
  'card',
  'cards',
  'payment',
  'billing',
  'login',
  'credentials',
];

/**
 * The service's own offerings, which information may be about without being the user's ("disclose information about
 * our products or services"): what it offers (OfferThing) and its marketing (data-sharing.ts aboutServiceOfferings).
 */
export const SERVICE_OFFERINGS: readonly string[] = [
  ...(LEXICON_LISTS.OfferThing ?? []),
  ...'offer promotion promotions event events brand brands'.split(' '),
];

/**
 * What recipients use the data for when they use it for themselves ("for their own purposes / marketing"): no limit
 * on them (stance.ts THEIR_OWN_PURPOSES, data-sharing.ts recipients-chosen-or-asked).
 */
export const OWN_PURPOSE_NOUNS: readonly string[] = ['purposes', 'marketing', 'advertising', 'use', 'benefit'];

/**
 * Steps promised with no mechanism named ("we take reasonable steps to ensure …"): a transfer safeguard only for a
 * transfer abroad, never for any share act ("when we share … with advertisers, we take reasonable steps to ensure they
 * handle it responsibly" keeps the grant). In TRANSFER_SAFEGUARDS and UNNAMED_TRANSFER_SAFEGUARDS.
 */
export const TRANSFER_STEPS: readonly string[] = [
  'appropriate steps',
  'reasonable steps',
  'appropriate security measures',
];

/**
 * Safeguards that do not name what they guard ("we use appropriate mechanisms"): a transfer safeguard only when the act
 * they follow is a transfer (stance.ts); in TRANSFER_SAFEGUARDS too.
 */
export const UNNAMED_TRANSFER_SAFEGUARDS: readonly string[] = ['appropriate mechanism*', ...TRANSFER_STEPS];

/**
 * Safeguards for transfers abroad (GUIDE D13, stance.ts): the legal mechanisms a transfer relies on and the protection
 * they promise. "Adequate"/"appropriate" only with what they qualify: alone they are ordinary words.
 */
export const TRANSFER_SAFEGUARDS: readonly string[] = [
  'standard contractual clauses',
  'model contractual clauses',
  'model clauses',
  'adequacy decision*',
  'adequacy finding*',
  'adequate level of protection',
  'adequate level of data protection',
  'adequate protection',
  'adequate controls',
  'adequate safeguards',
  'appropriate safeguards',
  'suitable safeguards',
  'sufficient safeguards',
  'equivalent level of protection',
  'equivalent level of data protection',
  // Protection promised for a transfer without naming its mechanism ("only when a sufficient level of protection is
  // ensured", "has taken additional measures to comply").
  'sufficient level of protection',
  'sufficient level of data protection',
  'supplementary measures',
  'additional measures',
  'same level of protection',
  // Steps promised for the transfer in a unit about transfers ("we take appropriate steps to ensure your information is
  // protected", "appropriate security measures are put in place"); unnamed (UNNAMED_TRANSFER_SAFEGUARDS).
  ...TRANSFER_STEPS,
  'data privacy framework',
  'privacy shield',
  'binding corporate rules',
  'transfer mechanism*',
  'international data transfer agreement',
  // The clauses named by who approved them: "specific contracts approved by the European Commission which give personal
  // data the same protection it has in Europe".
  'contracts approved by the european commission',
  'clauses approved by the european commission',
  'contracts adopted by the european commission',
  'clauses adopted by the european commission',
  ...UNNAMED_TRANSFER_SAFEGUARDS,
];

/** Adverbs of a consent or choice made on purpose: "if you have expressly consented", "once Licensee actively opts in". */
export const CONSENT_ADVERBS: readonly string[] = ['expressly', 'explicitly', 'affirmatively', 'actively'];

/**
 * The reader's means of access, not its data: "to share your login details" is the reader's ban, "to share your contact
 * details" the service's promise (actor.ts).
 */
export const ACCESS_WORDS: readonly string[] = [
  'account',
  'accounts',
  'login',
  'logins',
  'password',
  'passwords',
  'credentials',
];

/** Adverbs between a ban's verb and its word: "is strictly prohibited", "are also not permitted" (actor.ts). */
export const PROHIBITION_ADVERBS: readonly string[] = ['strictly', 'expressly', 'absolutely', 'also'];

/** The user choosing, as a verb: "if you choose to", "where you have chosen to" (stance.ts, rules/data-sharing.ts). */
export const CHOICE_VERBS: readonly string[] = ['choose', 'chose', 'chosen', 'elect', 'elected', 'decide', 'decided'];
/**
 * Gerunds that open a disclosure as the subject of a sentence ("Sharing your data with advertising partners may be
 * considered a sale"): rules/data-sharing.ts reads what the law may call it as an explanation (GUIDE D10).
 */
export const DISCLOSURE_GERUNDS: readonly string[] = [
  'making',
  'sharing',
  'disclosing',
  'providing',
  'transferring',
  'selling',
];

/**
 * Activities the user chooses that are no consent to what follows (G7): "if you choose to purchase virtual goods, we or
 * our providers may collect …", "if you elect to participate in a survey, we may provide …". Taking part is the
 * occasion; the disclosure comes with it. Not linking or connecting an account (GUIDE D4: that choice is the transfer).
 */
export const CHOSEN_ACTIVITIES: readonly string[] = [
  'purchase',
  'buy',
  'participate',
  'take part',
  'become',
  'join',
  'enter',
  'register',
  'attend',
  'apply',
  'subscribe',
  'sign up',
  'play',
  'make a purchase',
  // Using or visiting the service is no consent to what comes with it (G7: consent by use is a grant); a third
  // party's app, login or integration used through it is the user's transfer (D4, read in stance.ts).
  'use',
  'access',
  'visit',
  'continue',
  'create',
];

/**
 * Moves of an account or its data that the user starts (GUIDE D4): "if you migrate your account to …, you instruct us to
 * disclose …" is the user's transfer. Using or visiting the service is not one (consent by use is no consent, G7).
 */
export const USER_TRANSFERS: readonly string[] = ['migrate', 'move', 'link', 'connect', 'export', 'port'];

/**
 * Verbs by which the user puts content out where others see it ("information you share in public areas", "content you
 * posted"): what others then do with it is the user's doing, not a disclosure by the service (actor.ts).
 */
export const USER_PUBLISHES_VERBS: readonly string[] = [
  ...'post posts posted upload uploads uploaded publish publishes published submit submits submitted'.split(' '),
  ...'transmit transmits transmitted share shares shared display displays displayed make makes made'.split(' '),
  ...'contribute contributes contributed'.split(' '),
];

/** Words that make a provider the user's own, not the service's: "your internet service provider", "their vendors". */
export const USERS_OWN_PROVIDER_WORDS: ReadonlySet<string> = new Set(
  'your their his her internet mobile wireless cellular phone telephone telecom telecommunications network broadband'.split(
    ' ',
  ),
);
/**
 * Verbs by which the user lets information out, read as USER_PUBLISHES_VERBS only where the user's own act names the
 * public place ("information you disclose in public areas", "you are revealing it publicly", "if you reveal your email
 * on message boards"; actor.ts). Not with a relative clause on the data and the open said apart ("information you
 * disclose to our moderators is visible to anyone"): to whom it is disclosed, the service or its side, is not read
 * there.
 */
export const USER_DISCLOSES_VERBS: readonly string[] = 'disclose discloses disclosed reveal reveals revealed'.split(
  ' ',
);
/** The same acts as ongoing, after "are"/"is" ("if you are revealing personal information publicly"). */
export const USER_DISCLOSING_VERBS: readonly string[] = ['disclosing', 'revealing'];

/**
 * Places where what the user posts is open to all ("if you disclose information on message boards or in chat areas"):
 * what others then collect there is the user's doing, not a disclosure by the service (actor.ts).
 */
export const PUBLIC_PLACES: readonly string[] = [
  ...'message board|message boards|bulletin board|bulletin boards|chat area|chat areas|chat room|chat rooms'.split('|'),
  ...'forum|forums|public forum|public forums|public area|public areas|public space|public spaces|blog|blogs'.split(
    '|',
  ),
  ...'social media|social network|social networks|social networking|community areas|comment sections'.split('|'),
];

/**
 * Verbs by which the user puts content out on the web at large ("if you post content online"): only these make a bare
 * "online" a place open to all; giving or submitting data online is ordinary use of a service (actor.ts).
 */
export const USER_POSTS_ONLINE_VERBS: readonly string[] = [
  ...'post posts posted upload uploads uploaded publish publishes published share shares shared'.split(' '),
  ...'contribute contributes contributed'.split(' '),
];

/**
 * Others who take what the user put in the open, as the passive's agent ("collected and used by third parties", "by
 * people you don't know", "by members of the public"): the user's doing, not a disclosure by the service (actor.ts).
 */
export const OTHERS_IN_THE_OPEN: readonly string[] = [
  ...'third parties|third-parties|others|people|persons|individuals|anyone|anybody|strangers'.split('|'),
  ...'members of the public|the public|users|members'.split('|'),
];

/**
 * Verbs by which the user puts content somewhere ("content you post, upload or share"): joined to a share verb in a
 * relative clause on the data, they make the sharing the user's own act (actor.ts).
 */
export const USER_POSTS_VERBS: readonly string[] = [
  ...USER_PUBLISHES_VERBS,
  ...'create creates created send sends sent store stores provide provides provided'.split(' '),
];

/**
 * Subjects that start a new clause after a comma or a coordinating conjunction (stance.ts: "…, we share", "… and we
 * use them"); the document's first party counts too.
 */
export const CLAUSE_SUBJECTS: readonly string[] = ['we', 'you', 'they', 'it', 'i', 'our'];

/**
 * Conjunctions that start a new clause when a CLAUSE_SUBJECTS word follows ("… will not work without cookies, and we
 * use them for ads"); followed by a verb they continue the clause ("we do not sell, rent or share").
 */
export const CLAUSE_CONJUNCTIONS: readonly string[] = ['and', 'or', 'so', 'yet'];

/**
 * One optional part of a service, which a user takes up by choice ("By using the wet lab feature, you instruct us to
 * send …": an opt-in, stance.ts); using anything else is using the service (consent by use, a grant).
 */
export const FEATURE_NOUNS: readonly string[] = [
  'feature',
  'features',
  'tool',
  'tools',
  'option',
  'options',
  'integration',
  'integrations',
  'marketplace',
  'add-on',
  'add-ons',
  'addon',
  'addons',
  'function',
  'program',
  'programme',
];

/**
 * The reader's act on an outside party's product that starts a transfer to it (GUIDE D4, reader-act.ts): "If you
 * connect a third-party app, …", "By adding or using an Application, …", "Your decision to share … with these third
 * parties …". Not using or visiting in general (no outside product named, G7), not watching or clicking (ads, videos).
 */
export const READER_ACT_VERBS: readonly string[] = [
  ...'connect connecting link linking add adding use using install installing enable enabling'.split(' '),
  ...'authorize authorise authorizing authorising integrate integrating share sharing export exporting'.split(' '),
];
/** Words between "if you" and the reader's act: "if you voluntarily (choose to) connect …". */
export const READER_ACT_ADVERBS: readonly string[] = [
  'voluntarily',
  'expressly',
  'explicitly',
  'actively',
  'also',
  'first',
];
export const READER_ACT_CHOICE_VERBS: readonly string[] = ['choose', 'elect', 'decide', 'opt'];
/** The reader's acknowledgement before the main clause: "you agree that that app may receive …". */
export const READER_ACT_AGREEMENT_VERBS: readonly string[] = ['agree', 'acknowledge', 'understand'];
/** Adjectives that point back at the act's party after "the": "the respective application developer". */
export const READER_ACT_ANAPHOR_ADJECTIVES: readonly string[] = [
  ...'respective relevant selected chosen connected linked'.split(' '),
];
/** "Third party" in its spellings, as an act's party or an anaphor's head ("such third parties"). */
export const THIRD_PARTY_WORDS: readonly string[] = ['third party', 'third parties', 'third-party', 'third-parties'];
/** Linking words that may open the sentence before the reader's act: "Similarly, by adding an Application, …". */
export const SENTENCE_LINKERS: readonly string[] = ['similarly', 'likewise', 'additionally', 'also', 'in addition'];
/** Words that make a product an outside party's, beside OUTSIDE_PARTIES: "another platform", "an external service". */
export const READER_ACT_OUTSIDE: readonly string[] = ['another', 'external'];
/** Purposes of the service's own after a recipient ("… with that app for advertising"): no longer the reader's act. */
export const COMPANY_PURPOSES: readonly string[] = ['advertising', 'marketing', 'analytics', 'ads'];
/** The service's own pages, where what the reader meets is placed by the service (G7): "on our website". */
export const SERVICE_PAGES: readonly string[] = [
  ...'site sites website websites page pages webpages'.split(' '),
  ...'service services app apps application platform'.split(' '),
];
/**
 * Words that make what the reader uses the service's own doing (G7, D1): "operated by a third-party provider", "powered
 * by …", "provided by a third party on our behalf", "integrated into the Services". Not "provided by": an outside
 * provider ("provided by one of our business partners") is how the act names an outside product.
 */
export const READER_ACT_PLACED: readonly string[] = [
  'on our behalf',
  'operated by',
  'powered by',
  'integrated into',
  'integrated in',
  'embedded',
];
/**
 * What the reader uses an outside product for, when "use" is the act's only verb: "if you use a third-party app to post
 * content" is the reader's act; "if you use a third-party service to pay" or "when you use third-party fonts" is not.
 */
export const READER_ACT_USE_PURPOSES: readonly string[] = [
  ...'share post publish export send upload access connect link sync import transfer'.split(' '),
];
/**
 * Who provides a product that makes "an app" or "a service" an outside one: "an application provided by one of our
 * business partners", "an app offered by a third party" (beside OUTSIDE_PARTIES). Not "developers": "an app developed by
 * our developers" is the service's own.
 */
export const READER_ACT_PROVIDERS: readonly string[] = ['affiliate*', 'partner*', 'business partner*'];
/**
 * The roles that name the maker of the product before them ("the application developer", "the integration provider"):
 * the product's own party. Not "service provider": the service's vendors (D1).
 */
export const READER_ACT_MAKER_ROLES: readonly string[] = ['developer', 'developers', 'provider', 'providers'];
/** The grounds the service names for its own sharing beside a party ("… with it in a merger", "… to enforce our Terms"). */
export const READER_ACT_SERVICE_GROUNDS: readonly string[] = [
  ...'merger* acquisition* reorgani* bankruptcy enforce* subpoena* obligation* court*'.split(' '),
];
/**
 * The outside products the act may name, and the heads an anaphor on them may take ("that app", "the respective
 * application developer", "such third parties"). Not "account": "another account" may be the reader's own.
 */
export const READER_ACT_PRODUCTS: readonly string[] = [
  ...'app apps application applications service services platform platforms integration integrations'.split(' '),
  ...'plugin plugins plug-in plug-ins network networks website websites'.split(' '),
];
/**
 * Other users of the service who install a third party's tool on what they run through it ("some users may install
 * third party tracking software on their sites"): the words that set them apart from the reader, their roles, the
 * verbs of installing, and the tools beside the outside products (READER_ACT_PRODUCTS). "plug" is "plug-in" split.
 */
export const OTHER_USERS_WORDS: readonly string[] = ['some', 'other', 'certain'];
export const OTHER_USER_ROLES: readonly string[] = ['users', 'members', 'bloggers', 'creators', 'owners'];
export const INSTALL_VERBS: readonly string[] = ['install', 'add', 'embed', 'place'];
export const INSTALLED_TOOLS: readonly string[] = [
  ...'software plug script scripts widget widgets tool tools tracker trackers'.split(' '),
];
/**
 * The service's own vendors the reader merely deals with (GUIDE D1, D10): "if you use a third-party payment provider, we
 * share your card details with it" is the service's sharing, a grant.
 */
export const READER_ACT_VENDOR_ROLES: readonly string[] = [
  ...'payment payments pay paying billing shipping delivery courier checkout logistics'.split(' '),
];

/** The words of the user's act as a condition: "if you:", "When you install the app, …". */
export const CONDITION_WORDS: readonly string[] = ['if', 'when', 'whenever', 'once', 'after'];
/**
 * How a purpose opens a sentence ("To help ensure you receive useful ads, …", "So that you …", "In order to …"), each
 * word separated by one space: the reader named in it is that clause's, not the subject after the comma.
 */
export const PURPOSE_OPENERS: readonly string[] = ['to', 'so that', 'in order'];
/**
 * Capitalised nouns that open a sentence as a kind of user or party of a marketplace, not a company's name ("Hosts may
 * share …", "Sellers may disclose …"): another party's act, not the named first party's.
 */
export const PARTY_ROLE_NOUNS: readonly string[] = [
  ...'host hosts guest guests seller sellers buyer buyers driver drivers rider riders merchant merchants'.split(' '),
  ...'vendor vendors partner partners advertiser advertisers provider providers creator creators'.split(' '),
];
/** Words between a named subject and its verb that keep it the subject: "Acme does not share", "Acme never sells". */
export const SUBJECT_VERB_LINKS: readonly string[] = ['does', 'do', 'did', 'not', 'never', 'only', 'currently', 'also'];
/**
 * The words that open a time or condition of the reader's own act ("responsible for deleting such data once it is no
 * longer necessary"): the condition words and the bounds of a span of time.
 */
export const READER_ACT_TIME_WORDS: readonly string[] = [...CONDITION_WORDS, 'before', 'until'];
/** Pronouns for what the reader acts on, as the subject of that time clause ("… once it is …", "… before they are …"). */
export const READER_ACT_OBJECT_PRONOUNS: readonly string[] = ['it', 'they'];
/**
 * States the reader's object is in at that time ("once it is no longer needed", "when it is not required"): after
 * them the be-form describes the object, it is no passive of another's act. Past participles of an act ("sold",
 * "posted", "retained") are not here: those are another party's act on it.
 */
export const READER_ACT_OBJECT_STATES: readonly string[] = [
  ...'necessary needed required relevant useful valid accurate current complete available inactive outdated'.split(' '),
];
/**
 * Words of leave that a contrast's bare "is not" repeats ("… is allowed, but sharing … is not [allowed]"): the elided
 * word makes the gerund the reader's prohibition.
 */
export const LEAVE_GIVEN_WORDS: readonly string[] = [
  ...'allowed permitted fine ok okay acceptable welcome encouraged'.split(' '),
];

export const DEMONSTRATIVES: readonly string[] = ['this', 'that', 'these', 'those'];
/**
 * Determiners that point a recipient noun at the service's own recipients ("each vendor must agree to …", "we require
 * our processors to …"); a bare plural ("Businesses are required to …") is the law's subject, not the service's.
 */
export const OWN_RECIPIENT_DETERMINERS: readonly string[] = ['our', 'its', 'each', 'every', 'all', 'these', 'such'];
/**
 * A recipient's own ends, after a use of the data: a use for them is a grant limited in purpose, not a limit to what
 * the recipient's work for the service needs (GUIDE D12): "only as necessary to market their products to you", "as
 * needed to send you promotional emails", "for their own marketing". Not "their services" ("to perform their services
 * for us" is the limit).
 */
export const RECIPIENT_OWN_ENDS: readonly string[] = [
  'their own',
  'their products',
  'their legitimate interests',
  'ad',
  'ads',
  'advertis*',
  'market',
  'markets',
  'marketing',
  'promot*',
  'offers',
  'profile',
  'profiles',
];
/** A recipient's use of the data, right after it ("these providers use / process / access / handle …"). */
export const RECIPIENT_USE_VERBS: readonly string[] = [
  'use',
  'uses',
  'process',
  'processes',
  'access',
  'accesses',
  'handle',
  'handles',
];
/**
 * The service handing the data to recipients, in a relative clause that presupposes it ("the information we provide to
 * them", "… we share with them"): the data the recipients' use is about, not an act of the sentence.
 */
export const PRESUPPOSED_SHARE_VERBS: readonly string[] = ['provide', 'give', 'share', 'disclose', 'send', 'pass'];
/**
 * The service taking recipients on, as the occasion of a clause: "where we use / engage / appoint / retain service
 * providers, …".
 */
export const TAKE_ON_VERBS: readonly string[] = ['use', 'engage', 'appoint', 'retain'];
/**
 * The service taking a party on, each form ("we use / rely on / hire trusted third parties, who act as …"): TAKE_ON_VERBS
 * and the verbs of the same act, each word separated by one space.
 */
export const ENGAGE_VERB_FORMS: readonly string[] = [
  ...TAKE_ON_VERBS.flatMap((v) => [v, `${v}s`]),
  ...'using engaged engaging appointed retained employ employs utilize utilizes utilise utilises hire hires'.split(' '),
  'rely on',
  'relies on',
];
/** The participles a service is said to be run by another with ("hosted by a company that acts as our processor"). */
export const ENGAGED_BY_PARTICIPLES: readonly string[] = [
  'operated',
  'run',
  'hosted',
  'provided',
  'managed',
  'powered',
];
/**
 * What a party is said to act as that makes it one that receives the data for us (GUIDE D1). Not "vendors" or
 * "contractors" alone, which also name sellers ("third-party sellers who act as vendors on our marketplace"): those only
 * after "our".
 */
export const PROCESSOR_ROLES: readonly string[] = [
  'service provider',
  'service providers',
  'processor',
  'processors',
  'data processor',
  'data processors',
  'sub-processor',
  'sub-processors',
  'subprocessor',
  'subprocessors',
];
export const OUR_ONLY_PROCESSOR_ROLES: readonly string[] = ['vendor', 'vendors', 'contractor', 'contractors'];
/**
 * Right before "they": a clause that asks how, says what for, or requires something of them ("… to understand how they
 * use your data", "… so they can use it", "we require that they …"). Not a bare "that" ("Please note that they may use
 * your information to send you offers" is the recipients' act).
 */
export const THEY_IN_OTHER_CLAUSE_WORDS: readonly string[] = [
  'how',
  'why',
  'whether',
  'what',
  'so',
  'so that',
  'require',
  'requires',
  'require that',
  'requires that',
  'ensure',
  'ensures',
  'ensure that',
  'ensures that',
];
/** A duty laid on a party, said passively: "vendors are required / contractually obligated / bound to …". */
export const DUTY_PASSIVES: readonly string[] = ['required', 'obligated', 'obliged', 'bound'];
/** A duty a party takes on: "each vendor must agree / undertakes to …". */
export const DUTY_UNDERTAKINGS: readonly string[] = ['agree', 'undertake'];
/** Guarding data, as stems: "protect it from", "safeguard it against", "keep it secure against", "guard it from". */
export const GUARD_STEMS: readonly string[] = ['protect', 'safeguard', 'secur', 'guard'];
/** The harms a guard names beside disclosure: "from unauthorized access, use, alteration, or disclosure". */
export const HARM_NOUNS: readonly string[] = [
  'access',
  'use',
  'alteration',
  'destruction',
  'loss',
  'modification',
  'processing',
];
/** Some of a whole, as "some of the ways in which we share …" picks out part of the service's practice. */
export const PARTITIVE_WORDS: readonly string[] = ['some', 'certain', 'several', 'many'];
/**
 * What "your" may name before a recipient other than the reader's own party: the reader's consent or request ("with
 * your consent partners may …", "on your behalf"), not "your service providers" (rules/data-sharing.ts).
 */
export const READER_WISH_NOUNS: readonly string[] = [
  'consent',
  'request',
  'permission',
  'direction',
  'instruction',
  'instructions',
  'choice',
  'behalf',
  'authorization',
  'authorisation',
];
/**
 * What a recipient joins the reader's data with ("… combine it with other data", "… match it against their records",
 * "… link it to other information"): the prepositions, and the words that may follow "to" (rules/data-sharing.ts).
 */
export const JOIN_PREPOSITIONS: readonly string[] = ['with', 'against'];
export const JOINED_TO_DETERMINERS: readonly string[] = ['other', 'additional', 'your', 'the', 'their', 'any'];
/**
 * Words before "with" in a set phrase that joins nothing: "in order to comply with", "in accordance with", "in line
 * with", "in connection with", "consistent with" (rules/data-sharing.ts).
 */
export const WITH_PHRASE_HEADS: readonly string[] = [
  'comply',
  'complies',
  'complying',
  'accordance',
  'order',
  'line',
  'connection',
  'compliance',
  'consistent',
];
/** Leaning on a safeguard for a transfer: "we rely on standard contractual clauses", "we depend upon …". */
export const RELY_VERBS: readonly string[] = ['rely', 'depend'];
/** Words that open an object after a verb: "shares your data", "sells this information". */
export const OBJECT_DETERMINERS: readonly string[] = [
  ...['your', 'the', 'our', 'its', 'their', 'all', 'any', 'some', 'certain'],
  ...DEMONSTRATIVES,
];

/**
 * Words that open a subordinate lead-in ending at its first comma: a negation inside it is the condition's, not the
 * main clause's ("If you don't like it and won't pay, the Service will be discontinued").
 */
export const LEAD_IN_WORDS: readonly string[] = ['if', 'when', 'where', 'unless', 'although', 'though', 'whereas'];

/** Words after a lead-in's comma that carry the lead-in on ("If you do not pay, or breach these Terms, we …"). */
export const LEAD_IN_GOES_ON: readonly string[] = ['and', 'or', 'nor', 'but'];

/**
 * Capitalised words that name no company when they stand alone in a title or a definition (first-party.ts): "Global
 * Privacy Policy", "Website Terms of Use", the "Sites" (referred to as …), the first word of "Local Guides Terms".
 * A name made only of these (and legal forms) is no first party, and none of them is a product name's parent brand.
 */
export const GENERIC_NAME_WORDS: readonly string[] = [
  'about',
  'additional',
  'advertising',
  'affiliates',
  'articles',
  'client',
  'companies',
  'company',
  'contract',
  'customer',
  'general',
  'global',
  'group',
  'local',
  'platform',
  'public',
  'publisher',
  'service',
  'services',
  'site',
  'sites',
  'terms',
  'use',
  'user',
  'users',
  'web',
  'website',
];

/** Words of a definition that names the user, not the company: (referred to as "you", "your" or "User"). */
export const USER_ALIASES: readonly string[] = ['you', 'your', 'yourself', 'user', 'users', 'customer', 'member'];

/**
 * Verbs that say data is the user's in other words ("your information" → "the information you provide"): the only word
 * a slight rewording may bring in or drop where it also drops a repeat (core/diff/wording.ts). Any other word there may
 * be a new kind of data, party or purpose ("your information … your information" → "your health information").
 */
export const USER_SUPPLIES_VERBS: readonly string[] = [
  ...'provide provides provided give gives gave given submit submits submitted supply supplies supplied'.split(' '),
];

/**
 * What makes an action word the reader's own act in analyze/actor.ts, besides a duty or a prohibition: the reader
 * handing data on in a relative clause, a sentence opened by the reader's own act as a gerund with advice to the reader
 * after it, the reader's ease or care with the act, and the act as the reader's choice.
 */
export const READER_OWN_ACT = {
  /**
   * Verbs by which the reader hands data on, in a relative clause after a disclaimer: "any information that you provide
   * (transfer) to any third party".
   */
  gives: [
    ...'provide provides give gives disclose discloses share shares submit submits send sends'.split(' '),
    ...'post posts make makes transmit transmits transfer transfers'.split(' '),
  ],
  /**
   * Subordinators that open a sentence with the act as a gerund whose subject the main clause names: "Before disclosing
   * your data to a third party, please check …", "When sharing information with others, you should be careful".
   */
  gerundOpeners: ['before', 'when', 'whenever', 'while', 'prior to', 'after', 'by'],
  /**
   * How that main clause opens when it advises the reader on the act (after an optional "please" or "always"): not a
   * pointer or a notice ("please see section 5", "please be aware that we …"), which leaves the gerund to the service.
   */
  adviceOpeners: [
    'be careful',
    'be cautious',
    'be mindful',
    'be wary',
    'be sure',
    'be thoughtful',
    'consider',
    'check',
    'make sure',
    'ensure',
    'think',
    'exercise',
    'take care',
    'use caution',
    'use discretion',
    'use good judgment',
    'use good judgement',
    'do not',
    "don't",
    'never',
    'avoid',
  ],
  /** After the reader in that main clause: "you should …", "you must …", "you are responsible …". */
  readerAdvised: ['should', 'must', 'need to', 'may want to', 'might want to', 'are responsible', 'are encouraged'],
  /** The reader's ease or care with the act: "you are comfortable sharing …", "you are careful when disclosing …". */
  ease: ['comfortable', 'careful', 'cautious', 'mindful'],
  /** The act as the reader's choice: "it is solely your choice to share …", "it is the customer's decision to …". */
  choiceNouns: ['choice', 'decision', 'responsibility', 'call'],
} as const;

/**
 * What names third-party sites as where an outside party tracks, after its tracker verb ("… use cookies to show you ads
 * on third-party websites", "… across third-party sites"), not as who tracks (rules/data-sharing.ts; GUIDE T18).
 */
export const TRACKED_PLACE_PREPOSITIONS: readonly string[] = ['on', 'across', 'to'];

/**
 * Words that put an opt-out of a "sale" or "sharing" in the privacy laws' sense (GUIDE D10) rather than the shop's
 * ("seasonal sales", "items shared by other members"): the data sold or shared, or the advertising it feeds.
 */
export const CCPA_SENSE_WORDS: readonly string[] = [
  'personal data',
  'personal information',
  'your data',
  'your information',
  'ad',
  'ads',
  'advertising',
  'advertisers',
  'cookie',
  'cookies',
  'pixels',
  'targeting',
  'targeted',
  'profiling',
];
/**
 * Words in a safeguarded transfer's unit that make it no limit on a recipient: the service's liability for an agent
 * (GUIDE D8) and the user's complaint (D13). Kept as a word set so the test is one split, not an alternation.
 */
export const SAFEGUARD_NOT_LIMIT_WORDS: readonly string[] = ['complain', 'complaint', 'complaints', 'lodge'];

/**
 * A licence said to end (content_licence licence-ends, and licence-noun's cancelled grant, read from these lists alike):
 * the word before "licence", the end verbs, and the times after them ("this licence ends when you delete …").
 */
export const LICENCE_END_OPENERS: readonly string[] = [
  'this',
  'the',
  'that',
  'such',
  'your',
  'our',
  'any',
  'these',
  'foregoing',
  'above',
];
export const LICENCE_END_VERBS: readonly string[] = [
  'ends',
  'end',
  'terminates',
  'terminate',
  'expires',
  'expire',
  'ceases',
  'cease',
];
export const LICENCE_END_TIMES: readonly string[] = ['when', 'once', 'upon', 'if', 'at', 'after', 'in the event'];
/** The most words between "licence" and its end verb ("Your licences to Acme, our Affiliates and to users end …"). */
export const LICENCE_END_GAP = 10;
/** The most words between the end verb and its time. */
export const LICENCE_END_TIME_GAP = 6;

/**
 * Who holds a right in a change report (core/diff/right-holder.ts): the reader's nouns beside the reader's pronouns
 * ("California residents have the right to …", "Each user has the right to …").
 */
export const READER_NOUNS: readonly string[] = [
  ...'user users consumer consumers customer customers resident residents individual individuals'.split(' '),
];
/** What the reader does that starts an act ("permit you to request that we:", "Should you wish, we delete …"). */
export const READER_REQUEST_VERBS: readonly string[] = [
  ...'request requests ask asks object objects opt opts exercise exercises withdraw withdraws'.split(' '),
  ...'choose chooses instruct instructs direct directs wish wishes'.split(' '),
];
/** The words after the reader's subject that give the reader a right or an ability ("you may", "you are entitled"). */
export const READER_ABILITY_WORDS: readonly string[] = ['may', 'can', 'could', 'entitled'];
/** The reader's request as the occasion of an act: "upon your request", "at your direction", "per your instructions". */
export const REQUEST_OCCASION_WORDS: readonly string[] = ['upon', 'on', 'at', 'by', 'per', 'following', 'your'];
export const REQUEST_NOUNS: readonly string[] = ['request', 'requests', 'instruction', 'instructions', 'direction'];
/** After a request noun, someone else's request: "at the request of law enforcement". */
export const REQUEST_OF_OTHERS: readonly string[] = ['of', 'from'];
/** Determiners before a right: "reserves its right to", "your right to". */
export const RIGHT_DETERMINERS: readonly string[] = [...OBJECT_DETERMINERS, 'a', 'an', 'his', 'her'];
/** Words that say data goes on from whoever received it ("further shared", "share it further", "onward transfers"). */
export const ONWARD_WORDS: readonly string[] = [
  ...HEADER_ACT_MODIFIERS.filter((w) => w !== 'international'),
  'onwards',
  'subsequently',
];
/** Verbs that pass data on again by themselves ("brokers may resell it"). */
export const ONWARD_VERBS: readonly string[] = [
  ...'resell resells resold reselling redisclose rediscloses redisclosed reshare reshares reshared'.split(' '),
];
/** Words between a recipient as subject and its verb of passing data on ("providers may in turn disclose"). */
export const ONWARD_SUBJECT_LINKS: readonly string[] = [
  ...MODAL_WORDS,
  ...SUBJECT_VERB_LINKS,
  ...'then in turn themselves'.split(' '),
];
/** Words that set a condition on a right a change report compares (core/diff/restated-rights.ts). */
export const RIGHT_CONDITION_WORDS: readonly string[] = [
  ...CONDITION_WORDS,
  ...'only except unless without until provided'.split(' '),
];
/** Determiners before the thing a right is over ("discontinue this plan", "any plan", "such information"). */
export const RIGHT_OBJECT_DETERMINERS: readonly string[] = [
  ...OBJECT_DETERMINERS.filter((w) => !PARTITIVE_WORDS.includes(w)),
  ...'such each every a an'.split(' '),
];
/**
 * The words of the lexicon's phrases that name nothing by themselves ("interest based content and ads", "certain third
 * parties"): a restatement may say them its own way.
 */
export const PLAIN_IN_PHRASES: readonly string[] = [
  ...MODAL_WORDS,
  ...PARTITIVE_WORDS,
  ...'and or nor but of to for with by on in at from as other others all any every each both either'.split(' '),
];
