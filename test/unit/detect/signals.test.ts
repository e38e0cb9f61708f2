// Meta-tests for the detector's declarative tables, plus URL and title matching.
import { describe, expect, it } from 'vitest';
import { matchName, matchTitle, matchUrl } from '../../../src/core/detect/name-match';
import {
  CITATION,
  DATE_LINE,
  countDefinitions,
  DOC_NAMES,
  ENCYCLOPEDIA_LINE,
  FOREIGN_VOCAB,
  LEGAL_VOCAB,
  MARKETING,
  NEGATIVE_URL,
  NON_LEGAL_TYPES,
  NOT_A_TITLE,
  REPORTED_SPEECH,
  SECTION_LABEL,
  NAMED_SELF,
  SELF_REFERENCE,
  foldText,
  type LegalKind,
} from '../../../src/core/detect/signals';

/** What each DOC_NAMES rule must (`examples`) and must not (`counter`) match. */
const DOC_NAME_EXAMPLES: Record<LegalKind, { examples: string[]; counter: string[] }> = {
  ai_policy: {
    examples: ['acceptable use of ai features', 'generative ai terms', 'ai-policy', 'ai use policy'],
    counter: ['ai summaries for every meeting', 'terms of service'],
  },
  cookies: {
    examples: [
      'cookie policy',
      'politique relative aux cookies',
      'cookie-notice',
      'informativa sui cookie',
      'cookieverklaring',
      'cookie-beleid',
    ],
    counter: ['cookie settings', 'chocolate cookies recipe'],
  },
  privacy: {
    examples: [
      'zoom privacy statement',
      'datenschutzerklarung',
      'politique de confidentialite',
      'privacy-policy',
      'informativa privacy',
      'privacy',
      'aviso de privacidade',
      'privacyverklaring',
      'privacy verklaring',
      'privacybeleid',
    ],
    counter: ['privacy settings for your account', 'we care about privacy'],
  },
  terms: {
    examples: [
      'terms of service',
      'allgemeine geschaftsbedingungen (agb)',
      'terms-of-use',
      "conditions generales d'utilisation",
      'terminos y condiciones',
      'tos',
      'end user license agreement',
      'terms & conditions',
      'terms of business',
      // Multi-word names in every supported language, as words and as URL slugs.
      'algemene voorwaarden',
      'algemene-voorwaarden',
      'gebruiksvoorwaarden',
      "conditions d'utilisation",
      'conditions-d-utilisation',
      'conditions d’utilisation',
      "termini d'uso",
      'termini di servizio',
      'condizioni di utilizzo',
      'condizioni generali',
      'termos de uso',
      'termos de utilizacao',
      'termos e condicoes',
      'terminos de servicio',
      'condiciones de uso',
      // A data processing addendum is a contract between the customer and the service: terms, not a privacy notice.
      'data processing addendum',
      'data processing agreement',
      'data protection addendum',
      'dpa',
      // A one-word name: the German legal notice (as "mentions legales" in French).
      'impressum',
    ],
    counter: [
      'an agreement was reached after talks',
      // "Impressum" is a name only alone: a blog post or a guide about the duty to have one is not one.
      'impressum fur blogger',
      'impressum-pflicht fur instagram',
      'zoom changes its terms after backlash',
      'pricing terms explained',
      'voorwaarden voor retourneren van fietsen en onderdelen',
      'dpa fines meta over transfers',
    ],
  },
};

describe('DOC_NAMES rules', () => {
  for (const kind of Object.keys(DOC_NAMES) as LegalKind[]) {
    const { examples, counter } = DOC_NAME_EXAMPLES[kind];
    it(`${kind}: has examples and counter-examples`, () => {
      expect(examples.length).toBeGreaterThan(0);
      expect(counter.length).toBeGreaterThan(0);
    });
    it.each(examples)(`${kind} matches %s`, (ex) => expect(matchName(ex)?.kind).toBe(kind));
    it.each(counter)(`${kind} does not match %s`, (ex) => expect(matchName(ex)?.kind).not.toBe(kind));
  }
  it('every rule has an examples entry', () =>
    expect(Object.keys(DOC_NAME_EXAMPLES).sort()).toEqual(Object.keys(DOC_NAMES).sort()));
});

describe('matchTitle', () => {
  const cases: Array<[string, string | null, boolean]> = [
    ['Zoom Terms of Service', 'terms', true],
    ['Terms of Service - Stack Overflow', 'terms', true],
    ['Politique de confidentialité | Atelier Nuage', 'privacy', true],
    ['Allgemeine Geschäftsbedingungen (AGB) – Kursraum GmbH', 'terms', true],
    ['Does the new terms of service let them train AI on our meetings? - Forum', 'terms', false],
    ["We've updated our Privacy Statement: here's what changed | Meetly Blog", 'privacy', true],
    ['Weeknight lentil soup', null, false],
    // A document name followed by a product noun names a product or service, not the page's own document.
    ['Free Privacy Policy Generator | PolicyKit', 'privacy', false],
    ['Terms and Conditions Template – Download (Word & PDF) | FormLedger', 'terms', false],
    ['Cookie Policy Plugin for WordPress', 'cookies', false],
    ['Privacy Policy Services – Hale & Co Solicitors', 'privacy', false],
    ['Privacy Policy for Tide Apps', 'privacy', true],
    ['Legal Terms | Acme', 'terms', true],
    ['Impressum | Acme GmbH', 'terms', true],
    ['Impressum für Blogger | Acme Blog', null, false],
    ['Impressum-Pflicht für Instagram', null, false],
    ['Impressum-Generator | Acme Recht', null, false],
    // A hyphenated product name is a product as the spaced one is.
    ['AGB-Generator | Acme Recht', 'terms', false],
    ['Datenschutz-Generator | Acme Recht', 'privacy', false],
  ];
  it.each(cases)('%s', (title, kind, exact) => {
    const hit = matchTitle(title);
    expect(hit?.kind ?? null).toBe(kind);
    if (hit) expect(hit.exact).toBe(exact);
  });
});

describe('generic names', () => {
  it('"Legal" alone names a legal page but no kind of document; a name with a kind is not generic', () => {
    expect(matchTitle('Legal | Acme')).toMatchObject({ exact: true, generic: true });
    expect(matchTitle('Legal')).toMatchObject({ exact: true, generic: true });
    expect(matchTitle('Legal Terms | Acme')?.generic).toBe(false);
    expect(matchTitle('Acme legal hub and resources for our customers')).toBeNull();
    expect(matchUrl('https://acme.example/legal')).toMatchObject([{ exact: false, generic: true }]);
    expect(matchUrl('https://acme.example/legal/privacy').map((h) => [h.kind, h.generic])).toEqual([
      ['terms', true],
      ['privacy', false],
    ]);
  });
});

describe('matchUrl', () => {
  const cases: Array<[string, string[]]> = [
    ['https://explore.zoom.us/en/terms/', ['terms']],
    ['https://example.de/datenschutz', ['privacy']],
    ['https://example.fr/mentions-legales.html', ['terms']],
    ['https://example.es/politica-de-privacidad', ['privacy']],
    ['https://example.it/informativa-privacy', ['privacy']],
    ['https://example.com/legal/cookie-policy', ['terms', 'cookies']],
    ['https://example.com/ai-terms', ['ai_policy']],
    ['https://news.example.com/2023/08/08/zoom-terms-of-service-ai-training-backlash', []],
    ['https://example.com/photos/tos-x', []],
    ['https://example.com/ai-principles', ['ai_policy']],
    ['https://privacy.example.com/policy', ['privacy']],
    ['not a url', []],
  ];
  it.each(cases)('%s', (url, kinds) => expect(matchUrl(url).map((h) => h.kind)).toEqual(kinds));
});

describe('other signal tables', () => {
  it('negative URL patterns', () => {
    const hit = (u: string): boolean => NEGATIVE_URL.some(([pattern]) => pattern.test(u));
    expect(hit('https://x.example/blog/our-terms')).toBe(true);
    expect(hit('https://x.example/search?q=terms')).toBe(true);
    expect(hit('https://x.example/2024/05/terms')).toBe(true);
    expect(hit('https://x.example/legal/terms')).toBe(false);
  });
  it.each([
    ['NewsArticle', true],
    ['BlogPosting', true],
    ['WebPage', false],
    ['Organization', false],
  ] as const)('NON_LEGAL_TYPES %s', (t, bad) => expect(NON_LEGAL_TYPES.test(t)).toBe(bad));
  it.each([
    'Last updated: June 30, 2023',
    'Effective Date: March 31, 2023',
    'Stand: 1. März 2024',
    'Dernière mise à jour : 15 janvier 2024',
  ])('DATE_LINE %s', (s) => expect(DATE_LINE.test(foldText(s))).toBe(true));
  it('LEGAL_VOCAB leaves the foreign words to FOREIGN_VOCAB: each counts once in the density', () => {
    for (const w of ['consentement', 'consentimiento']) {
      expect(foldText(w).match(LEGAL_VOCAB), w).toBeNull();
      expect(foldText(w).match(FOREIGN_VOCAB), w).toHaveLength(1);
    }
    expect('consent'.match(LEGAL_VOCAB)).toHaveLength(1);
  });
  it.each([
    ['the company said it would review the clips', 1],
    ['according to the regulator, access was limited', 1],
    ['according to internal documents seen by reporters', 1],
    ['we show offers according to your browsing on our site', 0],
    ['ads are chosen according to your preferences and your settings', 0],
  ] as const)('REPORTED_SPEECH %s', (s, n) => expect(foldText(s).match(REPORTED_SPEECH) ?? []).toHaveLength(n));
  it('DATE_LINE ignores ordinary dates', () => expect(DATE_LINE.test('Published on March 3, 2024')).toBe(false));
  it.each(['10.4 Customer License Grant', '§ 3 Nutzungsrechte', '1. ACCOUNT', 'Article 5'])('SECTION_LABEL %s', (s) =>
    expect(SECTION_LABEL.test(s)).toBe(true),
  );
  it.each(['We collect 10 items', 'In 2023 we changed'])('SECTION_LABEL not %s', (s) =>
    expect(SECTION_LABEL.test(s)).toBe(false),
  );
});

describe('MARKETING (sales copy)', () => {
  const hits = (s: string): number => (foldText(s).match(MARKETING) ?? []).length;
  it.each([
    ['Get started for free. No credit card required.', 2],
    ['Download now for £24.99 one-off, or start your free 7-day trial.', 4],
    ['Pro: €9 per month per domain. Book a demo or contact sales.', 4],
    ['Our privacy policy generator creates your policy in minutes from ready-made templates.', 3],
    ['Trusted by 40,000 websites. Read the testimonials.', 2],
    // Store-listing furniture of plugin, extension and app pages.
    ['Reviews (312). Works with WooCommerce. Active installations: 200,000+. Tested up to 6.7.', 4],
    ['The free version has one language; Premium adds thirty. See the changelog and screenshots.', 4],
  ] as const)('%s', (text, n) => expect(hits(text)).toBe(n));
  it.each([
    'You may download the Software and install it on one device.',
    'Fees for paid plans are charged in advance and are non-refundable.',
    'We may use content you generate with AI features to improve the Services.',
    'We collect your name, email address and payment details when you sign in.',
  ])('legal text is not sales copy: %s', (text) => expect(hits(text)).toBe(0));
});

describe('aboutness tables', () => {
  const count = (re: RegExp, s: string): number => (foldText(s).match(re) ?? []).length;
  // [text, defines the document type?]
  const definitions: Array<[string, boolean]> = [
    ['A privacy policy is a statement or legal document that discloses how a party handles data.', true],
    ['Terms of service (also known as terms of use) are the legal agreements between a provider and a user.', true],
    ['An end-user license agreement refers to the contract between the licensor and purchaser.', true],
    ['What is a cookie policy, and does my site need one?', true],
    ['Common types of privacy notices include layered and just-in-time notices.', true],
    ['These Terms of Service are a legal agreement between you and Zoom.', false],
    ['This Privacy Policy is a statement of how we handle your data.', false],
    ['Our privacy policy is available at any time.', false],
    ['You agree that the Terms of Service are binding on you.', false],
    ['We may update this cookie policy from time to time.', false],
    ['The a privacy policy is a statement.', true],
    [`A privacy policy (${'x'.repeat(151)}) is a statement.`, false],
    ['What are end-user licence agreements?', true],
    ['What is the privacy policy?', false],
  ];
  it.each(definitions)('countDefinitions %s', (text, hit) => expect(countDefinitions(foldText(text)) > 0).toBe(hit));
  const selfRefs: Array<[string, number]> = [
    ['By using the Services you accept these Terms. If this Agreement conflicts…', 2],
    ['Diese Datenschutzerklärung gilt für alle Dienste; diese AGB regeln…', 2],
    ['La présente politique décrit… Ces conditions s’appliquent…', 2],
    ['Esta política explica… Estos términos regulan…', 2],
    ['La presente informativa descrive… Questi termini…', 2],
    ['The terms of service of most sites are long.', 0],
  ];
  it.each(selfRefs)('SELF_REFERENCE %s', (text, n) => expect(count(SELF_REFERENCE, text)).toBe(n));
  // Counted on the unfolded text: its capitals tell a document's own name from prose about new terms.
  const namedSelf: Array<[string, number]> = [
    ['These Harbour Planner Terms apply to every order; under this Reseller Agreement you may…', 2],
    ['If these Self-serve Ad Terms conflict with this Data Processing Policy…', 2],
    ['This Privacy Policy and these Terms', 0], // SELF_REFERENCE's own: not counted twice
    ['Users say these new terms and this updated policy go too far.', 0],
    ['THIS AGREEMENT and these terms of service', 0],
  ];
  it.each(namedSelf)('NAMED_SELF %s', (text, n) => expect(text.match(NAMED_SELF)?.length ?? 0).toBe(n));
  it.each([
    ['From Wikipedia, the free encyclopedia', true],
    ['From OpenEncyclopedia, the free encyclopedia', true],
    ['Our free plan', false],
  ] as const)('ENCYCLOPEDIA_LINE %s', (t, hit) => expect(ENCYCLOPEDIA_LINE.test(foldText(t))).toBe(hit));
  // Tested on the squashed paragraph text, as page-meta reads a title paragraph.
  it.each([
    ['Privacy', true],
    ['TERMS', true],
    ['See our Privacy Policy.', true],
    ['We updated our Terms of Service', true],
    ['Question about the Terms of Use', true],
    ['Why the new terms of service matter', true],
    ['Changes to the Privacy Notice', true],
    ['Read the Cookie Policy:', true], // not for its colon ("Terms of Service:" is a title): for "read"
    ['Acme Privacy Statement', false],
    ['Terms of Service for European Users', false],
    ['Terms of Service:', false],
    ['Hugging Face Privacy Policy', false],
    ['Datenschutzerklärung', false],
    ['AOL Privacy Policy Last updated: June 23, 2015', false],
  ] as const)('NOT_A_TITLE %s', (t, hit) => expect(NOT_A_TITLE.test(t)).toBe(hit));
  it('CITATION counts [1]-style markers, not [a link text]', () => {
    expect('Users rarely read them.[1][2] A study[citation needed] found [12]'.match(CITATION)?.length).toBe(4);
    expect('See [Privacy Policy] and [Section 3]'.match(CITATION)).toBeNull();
  });
  it('reference-work URL paths are a negative hint', () => {
    const hit = (u: string): boolean => NEGATIVE_URL.some(([pattern]) => pattern.test(u));
    expect(hit('https://en.wiki.example.org/wiki/Privacy_policy')).toBe(true);
    expect(hit('https://acme.example/glossary/privacy-policy')).toBe(true);
    expect(hit('https://acme.example/legal/privacy-policy')).toBe(false);
  });
});
