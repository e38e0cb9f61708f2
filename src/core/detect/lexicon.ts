// The detector's content lexicon: word lists that tell a legal document by what it says, with no file name or URL.
// Each list is data: one `|`-separated alternation over folded text (lower case, no diacritics; a space stands for
// any run of white space), compiled once by `lexRx`. What each list must and must not match is in
// LEXICON_EXAMPLES below, checked by test/unit/detect/lexicon.test.ts (and dropped from the bundle: nothing in the
// detector imports it). Part of the always-on bundle: keep lists short and their alternations flat, and write groups
// as plain `( )` (nothing reads their captures; `(?:` costs two bytes each).

/** The text binding its reader: second-person duties and consents (and in other languages first-person acts)… */
export const VOICE_WORDS =
  'you (agree|acknowledge|accept|represent|warrant|must|may not|shall|will not|are responsible|have the right|(can|may) (request|opt|object|withdraw|delete|access|ask|choose|contact us))|by (using|accessing|creating|registering)|vous (acceptez|reconnaissez|devez|pouvez|disposez|beneficiez|vous engagez)|nous (collectons|utilisons|traitons|partageons|conservons|transmettons)|(collectons|utilisons|traitons|partageons|conservons)-nous|l.utilisat(eur|rice) (s.engage|accepte|reconnait|doit|peut)|sie (stimmen|mussen|konnen|haben das recht)|wir (erheben|verarbeiten|nutzen|speichern)|usted (acepta|debe|puede)|recopilamos|utilizamos|tratamos|compartimos|l.utente (accetta|deve|puo)';

/** …and the acts a service says it does, after "we" or a modal: "we collect", "we may share", "does not sell". */
export const ACTS_WORDS =
  'collect|use|share|disclose|process|retain|store|keep|receive|obtain|gather|transfer|sell|reserve|suspend|terminate|modify';

/**
 * The text declaring itself binding: "you agree to be bound", "these terms govern", "entire agreement". A document
 * says these of itself; an article about contracts rarely does.
 */
export const SELF_BINDING_WORDS =
  'agree to be bound|constitutes? (a|an|the) (legal|binding|entire)|(these|this) (terms|agreement|policy|notice) (govern|appl(y|ies) to|describes? how)|entire agreement|acceptance of (these|this|the) (terms|agreement)';

/** …and binding as a topic, said of any contract as much as of the text itself: "a legally binding contract". */
export const TOPIC_BINDING_WORDS = '(legally )?binding (legal )?(agreement|contract)';

/** Headings (after any number) that policies and terms are made of… */
export const HEADING_WORDS =
  'definitions|interpretation|(governing|applicable) law|your (rights?|choices|privacy|obligations)|the rights? (to|of) (access|delet|eras|object|rectif|correct|restrict|portab|opt|know|withdraw|data|lodg|non-?d|limit|request|be (informed|forgotten))\\w*|cookies|changes to (this|these|our)|termination|limitations? (of|on) liability|disclaimers?|indemni\\w*|information (we|you) (collect|provide)|(how|why) we (use|collect|share|process|keep|protect|store)|(data )?retention|children|disputes?|arbitration|intellectual property|third[- ]part\\w*|international (data )?transfers?|eligibility|acceptance|who we are|what (information|data|personal)|warrant\\w*|liability|severability|entire agreement|miscellaneous|notices|force majeure|assignment|prohibited|acceptable use|user content|licen[cs]e|representations|confidentiality|copyright|trademarks?|links to|personal (information|data)|modifications|amendments|remedies|waiver|minors|do not track|legal bas[ie]s|purposes|purpose of (the )?(processing|collect\\w*|use|cookies)|recipients|(sub-?)?processors|data (controller|protection|subject|security)|opt[- ]out|how long' +
  // The same sections in the other languages the detector names (fr, de, es, it, nl, pt), folded.
  '|donnees (a caractere personnel|personnelles)|finalit(es?|a)|finalidad(es)?|bases? (legales?|juridiques?|giuridica)|duree de conservation|destinata(ires|ri|rios)|sous-traitants?|(vos|sus|ihre|uw) (droits|derechos|rechte|rechten)|responsable (du|de|del) tra(itement|tamiento)|mentions legales|champ d.application|engagements et responsabilites|propriete intellectuelle|(droit|loi|ley|legge|lei) (applicable|aplicable|applicabile|aplicavel)|rechtsgrundlagen?|empfanger|speicherdauer|betroffenenrechte|haftung|gerichtsstand|geltungsbereich|legitimacion|titolare del trattamento|bewaartermijn|toepasselijk recht|dados pessoais';

/**
 * …and those that help, pricing and product pages share with them ("Payments", "Refunds", "Contact us"): headings
 * in markup, but a plain line of them is as likely a help topic as a policy section.
 */
export const TOPIC_WORDS =
  'payments?|fees|refunds?|cancellation|subscriptions?|accounts?|security|storage|sharing|transfers?|feedback|contact(ing)? us';

/** Legal vocabulary of the non-English languages the detector names (de, fr, es, it, nl, pt), folded. */
export const FOREIGN_WORDS =
  'donnees|person(ales|ali|nelles)|tra(itement|tamiento|ttamento)|utilisateurs?|responsabili(te|dad|dade)|contratt?o?|consen(tement|timiento|so)|finalites?|resili\\w+|ci-apres|ci-dessous|modalites|conditions (generales|particulieres)|souscripteur|litiges?|juridiction|presentes|personenbezogene[nrs]?|da(ti|tos|dos|ten)|verarbeitung|nutzer|anbieter|vertrag\\w*|haftung|einwilligung|widerruf|rechtsgrundlage|verantwortlicher?|gemass?|dsgvo|gewahrleistung|kundigung|conformement|usuarios?|condi(ciones|zioni|coes)|utenti?|persoonsgegevens|verwerking|gebruikers?|voorwaarden|aansprakelijkheid|overeenkomst|toestemming|pessoais|utilizador';

/** Kind cues: a data-collection and rights vocabulary… */
export const PRIVACY_WORDS =
  'personal (data|information)|collect\\w*|process(ing|es|ed)?|controller|data subjects?|gdpr|ccpa|retention|retain\\w*|opt[- ]out|data protection|disclos\\w+|privacy|your information|ip address\\w*|donnees|tra(itement|tamiento|ttamento)|personenbezogen\\w*|verarbeitung|datos personales|dati personali|persoonsgegevens|verwerking|dados pessoais|datenschutz|confidentialite|privacidad';

/** …an agreement and liability vocabulary… */
export const TERMS_WORDS =
  'agree\\w*|liabilit\\w+|liable|warrant\\w*|indemni\\w+|terminat\\w+|governing law|arbitration|licen\\w*|disclaim\\w*|intellectual property|prohibit\\w*|disputes?|breach|damages|jurisdiction|these terms|fees?|contratt?o?|responsabili(te|dad)|litiges?|resiliation|vertrag\\w*|haftung|kundigung|overeenkomst|aansprakelijkheid|conditions generales|geschaftsbedingungen';

/** …and a cookie and tracker vocabulary (cookie policies list trackers, their purposes and lifetimes). */
export const COOKIES_WORDS =
  'cookies?|trackers?|pixels?|web beacons?|local storage|expir\\w+|duration|strictly necessary|session|persistent';

/**
 * The lists by name, for their examples and their test. The detector imports the lists themselves, so that its
 * bundle carries each as a plain string (an object's property names are kept by the minifier).
 */
export const DETECT_LEXICON = {
  voice: VOICE_WORDS,
  acts: ACTS_WORDS,
  selfBinding: SELF_BINDING_WORDS,
  topicBinding: TOPIC_BINDING_WORDS,
  heading: HEADING_WORDS,
  topic: TOPIC_WORDS,
  foreign: FOREIGN_WORDS,
  privacy: PRIVACY_WORDS,
  terms: TERMS_WORDS,
  cookies: COOKIES_WORDS,
};
export type DetectLexicon = typeof DETECT_LEXICON;

/** One list compiled: whole words, global, over folded text. */
export function lexRx(list: string): RegExp {
  return new RegExp(`\\b(${list.replace(/ /g, '\\s+')})\\b`, 'g');
}

/** Generalised examples per list (written for Termwatch, not taken from any document): must match / must not. */
export const LEXICON_EXAMPLES: Record<keyof DetectLexicon, { match: string[]; noMatch: string[] }> = {
  voice: {
    match: [
      'by using the app you agree to these rules',
      'we may share your details with partners',
      'we collect',
      'pourquoi collectons-nous vos données',
      'vous disposez d’un droit d’accès',
      'l’utilisateur s’engage à respecter',
    ],
    noMatch: [
      'users agreed with the reporter',
      'the company said it collects data',
      'we love cats',
      'nous sommes une équipe de passionnés',
    ],
  },
  acts: {
    match: ['the company may collect your address', 'acme does not sell personal data', 'we also share'],
    noMatch: ['the company collects data', 'users will love it', 'we love cats'],
  },
  selfBinding: {
    match: ['you agree to be bound by them', 'these terms govern your use', 'this notice describes how we'],
    noMatch: [
      'a binding contract is formed when an offer is accepted',
      'the parties signed a legally binding agreement',
      'the agreement was criticised',
      'binding arbitration is common',
    ],
  },
  topicBinding: {
    match: ['a legally binding agreement', 'a binding contract is formed when an offer is accepted'],
    noMatch: ['the agreement was criticised', 'binding arbitration is common'],
  },
  heading: {
    match: [
      'governing law',
      'your rights',
      'changes to this notice',
      'limitation of liability',
      'how we keep your data safe',
      'the right to delete',
      'information you provide',
      'data security',
      'the rights of data subjects',
      'the right to erasure',
      'the right to opt-out of sale',
      'the right to lodge a complaint',
      'the right to be forgotten',
      'the right to non-discrimination',
      'purpose of the processing',
      'purpose of collected data',
      'purpose of cookies',
      '2. Finalités',
      '4. Durée de conservation',
      'Ihre Rechte',
      'Responsable del tratamiento',
    ],
    noMatch: [
      'nos engagements pour la planete',
      'unsere produkte',
      'our team',
      'latest news',
      'pricing plans',
      'how we tested',
      'what acme collects',
      'the privacy debate',
      'the right way to ask',
      'the right to repair movement',
      'the rights of passage',
      'the right to be heard',
      'purpose-built tools',
      'purpose of this guide',
      'payments',
      'contact us',
    ],
  },
  topic: {
    match: ['payments', 'payment terms', 'refunds', 'security', 'contact us', '4. fees'],
    noMatch: ['our team', 'latest news', 'pricing plans', 'payday loans'],
  },
  foreign: {
    match: [
      'traitement des donnees',
      'die verarbeitung',
      'datos personales',
      'condizioni',
      'persoonsgegevens',
      'le souscripteur (ci-apres)',
      'aux conditions particulieres',
      'der vertragspartner',
      'gemas artikel 6',
    ],
    noMatch: ['the data we process', 'terms and conditions', 'general conditions and particular modalities'],
  },
  privacy: {
    match: ['personal information', 'we collect', 'opt-out', 'data subjects', 'donnees personnelles'],
    noMatch: ['you agree', 'governing law'],
  },
  terms: {
    match: ['you agree', 'limitation of liability', 'terminate your account', 'indemnify', 'disputes'],
    noMatch: ['personal data', 'cookies'],
  },
  cookies: {
    match: ['session cookies', 'web beacons', 'strictly necessary', 'expires after one year'],
    noMatch: ['personal data', 'you agree'],
  },
};
