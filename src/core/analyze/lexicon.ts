// Legal-English lexicon for compromise: plain word lists, one tag per class.
// Multi-word entries are written with spaces because compromise splits hyphenated words into terms
// ("royalty-free" → "royalty" "free"), so "royalty free" matches both spellings.
// Tag names are prefixed with nothing exotic but are our own: compromise/one has no built-in tags to clash with.

/** Tag → words. Kept as lists (not a map) so a reviewer can scan one class at a time. */
export const LEXICON_LISTS: Readonly<Record<string, readonly string[]>> = {
  /** Fields of AI; naming one of these is what separates "improve our models" from "improve our services". */
  AiField: [
    'machine learning', 'artificial intelligence', 'ai', 'a.i.', 'ml', 'deep learning', 'generative ai', 'genai',
    'gen ai', 'natural language processing', 'nlp', 'computer vision',
  ],
  /** Things that get trained. "model"/"algorithm" are ambiguous alone, so rules pair them with a training verb. */
  AiModel: [
    'model', 'models', 'algorithm', 'algorithms', 'neural network', 'neural networks', 'llm', 'llms',
    'large language model', 'large language models', 'language model', 'language models', 'foundation model',
    'foundation models', 'ai models', 'ai model', 'ai systems', 'ai system', 'ai technologies', 'ai technology',
    'ai features', 'ai products', 'ai services', 'ai tools',
  ],
  TrainVerb: [
    'train', 'trains', 'trained', 'training', 'retrain', 'retraining', 'tune', 'tunes', 'tuned', 'tuning',
    'fine tune', 'fine tunes', 'fine tuned', 'fine tuning', 'finetune', 'finetuning', 'pretrain', 'pretraining',
  ],
  ImproveVerb: [
    'improve', 'improves', 'improved', 'improving', 'improvement', 'improvements', 'develop', 'develops',
    'developing', 'development', 'enhance', 'enhancing', 'refine', 'refining', 'build', 'building', 'teach',
  ],
  /** Negation cues; contractions ("don't", "won't") expand to an implicit "not", which carries this tag. */
  Negative: ['not', 'never', 'no', 'neither', 'nor', 'none', 'nothing', 'cannot', 'prohibited', 'forbidden', 'refrain'],
  ShareVerb: [
    'share', 'shares', 'shared', 'sharing', 'disclose', 'discloses', 'disclosed', 'disclosing', 'disclosure',
    'disclosures', 'transfer', 'transfers', 'transferred', 'transferring', 'distribute', 'distributes',
    'distributed', 'provide', 'provides', 'provided', 'providing', 'give', 'gives', 'given', 'make available',
    'made available', 'makes available', 'making available', 'pass', 'passes', 'passed', 'passing', 'release',
    'releases', 'released', 'report', 'reported', 'send', 'sends', 'sending', 'sent', 'forward', 'forwards',
    'forwarded', 'forwarding', 'reveal',
    'reveals', 'revealed', 'exchange', 'exchanges', 'exchanged', 'exchanging', 'transmit', 'transmits', 'transmitted',
    // More ways to say it: "handed over to", "supplied to the retailer", "communicated to the seller".
    'hand over', 'hands over', 'handed over', 'handing over', 'supply', 'supplies', 'supplied', 'supplying',
    'communicated', 'make accessible', 'made accessible', 'makes accessible', 'uploaded',
    // "We don't hand out your email address", "we do not give out user information".
    'give out', 'gives out', 'given out', 'giving out', 'hand out', 'hands out', 'handed out', 'handing out',
  ],
  SellVerb: [
    'sell', 'sells', 'sold', 'selling', 'sale', 'sales', 'rent', 'rents', 'rented', 'renting', 'lease',
    'leases', 'leased', 'trade', 'trades', 'traded', 'trading', 'monetize', 'monetise',
  ],
  ThirdParty: [
    'third party', 'third parties', 'affiliate', 'affiliates', 'partner', 'partners', 'business partners',
    'advertiser', 'advertisers', 'advertising partners', 'marketing partners', 'sponsors', 'data brokers',
    'other companies', 'unaffiliated', 'outside parties', 'external parties', 'other parties',
    // Singulars: "to any other party", "to an outside party".
    'other party', 'outside party', 'external party', 'vendors', 'service providers',
    'subsidiaries', 'companies', 'publishers', 'networks',
    // Recipients named without "third party": "with anyone", "to any person or entity", "to our suppliers and agents".
    'anyone', 'anybody', 'anyone else', 'any person', 'entity', 'entities', 'organizations', 'organisations',
    'organization', 'organisation', 'suppliers', 'agents', 'subcontractors', 'contractors', 'processors',
    'sub processors', 'subprocessors', 'recipients', 'service provider', 'providers', 'group companies',
    'ad networks', 'advertising networks', 'new owner', 'successor', 'successors', 'purchaser', 'purchasers',
    'buyer', 'buyers', 'acquirer',
    // Recipients named by their role: the courier, the seller, the parent company, the employer.
    'parent company', 'parent companies', 'corporate family', 'affiliated companies', 'affiliated entities',
    'sister companies', 'acquiring company', 'acquiring entity', 'courier', 'couriers', 'carriers', 'delivery companies',
    'shipping companies', 'seller', 'sellers', 'merchant', 'merchants', 'retailer', 'retailers', 'organiser',
    'organizer', 'organisers', 'organizers', 'sponsor', 'recruiters', 'employer', 'employers', 'restaurant', 'restaurants', 'insurers', 'insurance companies', 'banks', 'lenders', 'developers',
    'marketers', 'vendor', 'consultants', 'provider', 'hosting provider', 'cloud provider', 'payment processor',
    'payment processors', 'third party platforms', 'third party services', 'hotel', 'hotels', 'airline', 'airlines',
    'travel providers', 'landlord', 'researchers', 'research partners', 'businesses', 'other businesses',
    'external service', 'external services', 'external service providers', 'external provider', 'external providers',
    'outside vendors', 'outside service providers', 'partner companies', 'interested parties', 'relevant parties',
    'selected parties', 'certain parties',
  ],
  /**
   * Well-known processors named in policies ("hosted by Amazon Web Services", "payments are processed by Stripe").
   * Using one hands it user data; rules pair a name with a processing verb, never the name alone.
   */
  NamedService: [
    'amazon web services', 'aws', 'amazon s3', 'amazon ses', 'google cloud', 'google cloud platform', 'microsoft azure',
    'azure', 'cloudflare', 'fastly', 'akamai', 'digitalocean', 'heroku', 'rackspace', 'linode', 'hetzner', 'ovh',
    'vercel', 'netlify', 'stripe', 'paypal', 'braintree', 'adyen', 'worldpay', 'klarna', 'recurly', 'chargebee',
    'plaid', 'mailchimp', 'sendgrid', 'mailgun', 'postmark', 'mandrill', 'sendinblue', 'brevo', 'constant contact',
    'campaign monitor', 'zendesk', 'intercom', 'freshdesk', 'help scout', 'helpscout', 'salesforce', 'hubspot',
    'marketo', 'sentry', 'crashlytics', 'bugsnag', 'datadog', 'firebase', 'onesignal', 'twilio', 'auth0', 'okta',
    'disqus', 'recaptcha', 'google maps', 'google translate', 'google fonts', 'typeform', 'surveymonkey', 'shopify',
    'zapier',
    // Video, maps, search, identity checks, site builders and CDNs, named as the one doing the work.
    'vimeo', 'wistia', 'mapbox', 'algolia', 'hotjar', 'mixpanel', 'hcaptcha', 'onfido', 'jumio', 'squarespace', 'wix',
    'webflow', 'cloudfront', 'bunnycdn', 'jsdelivr', 'cloudinary', 'backblaze', 'mailerlite', 'convertkit', 'calendly',
    'docusign', 'microsoft clarity', 'google workspace', 'g suite', 'microsoft 365', 'office 365',
    // Ad technology: their tags receive visitors' identifiers and browsing on the page.
    'doubleclick', 'criteo', 'taboola', 'outbrain', 'appnexus', 'adsense', 'google adsense', 'admob', 'google ad manager',
  ],
  /**
   * Legal-form suffixes of company names ("Google LLC", "Hotjar Ltd.", "CleverReach GmbH & Co. KG"): a company named
   * as the one that hosts or receives data is an outside party (the first party is "we"). "Limited" and "Corporation"
   * alone are ordinary words ("a limited number"), so only their country-qualified forms count.
   */
  CorpSuffix: [
    'inc', 'llc', 'ltd', 'gmbh', 'plc', 'sarl', 'corp', 'bv', 'pty', 'kg', 'unlimited company', 'ireland limited',
    'europe limited', 'uk limited', 'international limited',
  ],
  /**
   * Platforms that are often the first party itself ("Microsoft collects …" in Microsoft's own statement): named only
   * as the one that hosts, operates or processes ("hosted by Amazon", "powered by Google").
   */
  BigTech: ['google', 'amazon', 'microsoft', 'facebook', 'meta', 'apple', 'twitter', 'oracle', 'ibm', 'adobe', 'youtube', 'github'],
  /** Who receives legally compelled disclosures. One tag keeps "#ShareVerb .{0,20} #Authority" a single pattern. */
  Authority: [
    'law enforcement', 'law enforcement agencies', 'government', 'governments', 'government authorities',
    'government agencies', 'authorities', 'authority', 'public authorities', 'tax authority', 'tax authorities',
    'court', 'courts', 'court order', 'court orders', 'regulators', 'regulator', 'regulatory authorities',
    'subpoena', 'subpoenas', 'warrant', 'warrants', 'legal process', 'police',
  ],
  /** Breadth words of a content licence. */
  LicTerm: [
    'perpetual', 'irrevocable', 'worldwide', 'world wide', 'royalty free', 'fully paid', 'fully paid up',
    'sublicensable', 'sublicenseable', 'sub licensable', 'transferable', 'transferrable', 'assignable',
    'unrestricted', 'unlimited', 'derivative works',
  ],
  LicNoun: ['license', 'licence', 'licenses', 'licences', 'right', 'rights'],
  TrackTech: [
    'cookie', 'cookies', 'web beacon', 'web beacons', 'beacons', 'pixel', 'pixels', 'pixel tags', 'tracking pixels',
    'clear gifs', 'fingerprinting', 'device fingerprinting', 'browser fingerprinting', 'local storage', 'sdk',
    'sdks', 'tracking technologies', 'similar technologies', 'tags', 'scripts', 'device identifiers',
    'advertising identifiers', 'advertising id',
  ],
  AdsTerm: [
    'targeted advertising', 'targeted ads', 'targeted advertisements', 'interest based advertising',
    'interest based ads', 'behavioral advertising', 'behavioural advertising', 'personalized advertising',
    'personalised advertising', 'personalized ads', 'personalised ads', 'retargeting', 'remarketing',
    'cross context behavioral advertising', 'cross context behavioural advertising', 'tailored advertising',
    'relevant ads', 'relevant advertising',
  ],
  RetainVerb: [
    'retain', 'retains', 'retained', 'retaining', 'retention', 'keep', 'keeps', 'kept', 'store', 'stores',
    'stored', 'storing', 'preserve', 'preserves', 'preserved', 'maintain', 'maintains', 'archive', 'archived',
  ],
  Forever: ['indefinitely', 'indefinite', 'permanently', 'forever', 'perpetuity', 'unlimited period'],
  ChangeVerb: [
    'change', 'changes', 'changed', 'modify', 'modifies', 'modified', 'modification', 'modifications', 'amend',
    'amends', 'amended', 'amendment', 'amendments', 'update', 'updates', 'updated', 'revise', 'revises',
    'revised', 'revision', 'revisions', 'alter', 'replace', 'supplement',
  ],
  /** "the Terms", "this Agreement", "this Privacy Policy": the object of a unilateral change. */
  TermsDoc: [
    'terms', 'agreement', 'policy', 'statement', 'terms of service', 'terms of use', 'privacy policy',
    'privacy statement', 'privacy notice', 'notice', 'conditions', 'eula', 'guidelines',
  ],
  /** The user as grammatical subject; see actor.ts. */
  UserSubject: ['you', 'users', 'user', 'members', 'member', 'customers', 'customer', 'participants'],
  /** Defined legal nouns for what the user provides. */
  UserData: [
    'customer content', 'user content', 'your content', 'member content', 'customer data', 'customer input',
    'personal data', 'personal information', 'user data', 'your data', 'your information', 'service generated data',
    'content', 'data', 'information', 'inputs', 'input', 'outputs', 'recordings', 'communications', 'pii',
    'personally identifiable information', 'personal details', 'details', 'email addresses', 'email address',
    'usage data', 'usage information', 'account information', 'contact information',
    // The data named by what it is: "names and emails", "your card details", "the mailing list".
    'emails', 'contact details', 'phone number', 'phone numbers', 'ip address', 'ip addresses', 'card details',
    'payment information', 'payment details', 'order details', 'mailing list', 'mailing lists', 'customer list',
    'customer lists', 'customer database', 'location data', 'device information', 'registration information',
    'messages', 'files', 'statistics', 'usage statistics', 'profile', 'profiles', 'database', 'databases',
    'user database', 'backups', 'cv', 'purchase history', 'browsing history', 'search history', 'location history',
    // A Zoom content type, not the act of sharing ("audio, video, chat, screen sharing, attachments").
    'screen sharing',
  ],
};

/**
 * Parent tags, so one pattern term covers two classes: "#MoveVerb" is any share or sell verb. Fewer, simpler
 * patterns matter for speed: each pattern is one more pass of the matcher over every candidate clause.
 */
export const TAG_PARENTS: Readonly<Record<string, { isA: string }>> = {
  ShareVerb: { isA: 'MoveVerb' },
  SellVerb: { isA: 'MoveVerb' },
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

