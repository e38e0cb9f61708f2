// Declarative signal tables for page-kind detection. Patterns are written without accents: text is folded with
// foldText() first, because \b does not see accented letters as word characters. Each entry says what it matches and why;
// DOC_NAME_EXAMPLES holds what a meta-test checks (`examples` must match, `counter` must not). Multilingual names
// cover en/de/fr/es/it/nl/pt.
import type { DocumentKind } from '../types';

export type LegalKind = Exclude<DocumentKind, 'other'>;

export interface NameRule {
  kind: LegalKind;
  /** Matches a document name inside a title, heading or URL slug (lower-cased, accents kept). */
  pattern: RegExp;
  why: string;
}

/** Names of legal documents, as they appear in <title>, <h1> and (with '-' for spaces) in URL slugs. */
export const DOC_NAMES: NameRule[] = [
  {
    kind: 'ai_policy',
    pattern: /\b(?:(?:generative\s+)?ai|artificial intelligence)\b[\s-]+(?:(?:use|usage|features?|services?|product)[\s-]+)?(?:policy|terms|principles|guidelines|acceptable[\s-]+use)\b|\bacceptable[\s-]+use[\s-]+of[\s-]+(?:generative[\s-]+)?(?:ai|artificial intelligence)\b|\b(?:terms|policy)[\s-]+for[\s-]+(?:generative[\s-]+)?ai\b/,
    why: 'policies that govern AI features are their own kind so the UI can say so',
  },
  {
    kind: 'cookies',
    pattern: /\bcookies?[\s-]+(?:policy|notice|statement|richtlinie|erklarung|hinweise)\b|\b(?:politique|politica|informativa)[\s-]+(?:(?:relative[\s-]+aux|de|des|sui|sull[ae]?)[\s-]+)?cookies?\b|\bcookie[\s-]?beleid\b/,
    why: 'cookie policies describe trackers; banners only link to them',
  },
  {
    kind: 'privacy',
    pattern: /\bprivacy[\s-]+(?:policy|statement|notice|center|centre)\b|\b(?:data[\s-]+protection|data[\s-]+privacy)[\s-]+(?:policy|notice|statement)\b|\bdatenschutz(?:erklarung|hinweise|richtlinie|bestimmungen)?\b|\b(?:politique|declaration)[\s-]+de[\s-]+confidentialite\b|\bconfidentialit[ee]\b|\bprotection[\s-]+des[\s-]+donnees\b|\b(?:politica|aviso)[\s-]+de[\s-]+privacidad\b|\bprivacidad\b|\b(?:politica|aviso)[\s-]+de[\s-]+privacidade\b|\binformativa[\s-]+(?:sulla[\s-]+|privacy\b)|\bprivacy(?:verklaring|beleid)\b|^privacy$/,
    why: 'privacy policies in the supported and common EU languages',
  },
  {
    kind: 'terms',
    pattern: /\bterms[\s-]+(?:of[\s-]+(?:service|use|sale)|and[\s-]+conditions|&[\s-]+conditions|of[\s-]+business)\b|\b(?:user|customer|subscriber|service|subscription|license|licence|master[\s-]+subscription)[\s-]+agreement\b|\b(?:end[\s-]+user[\s-]+licen[sc]e[\s-]+agreement|eula)\b|\bconditions[\s-]+of[\s-]+use\b|\b(?:legal|general|user|website)[\s-]+terms\b|\bacceptable[\s-]+use[\s-]+(?:policy|guidelines)\b|\bcommunity[\s-]+guidelines\b|\b(?:allgemeine[\s-]+)?geschaftsbedingungen\b|\bagb\b|\bnutzungsbedingungen\b|\bconditions[\s-]+generales\b|\b(?:cgu|cgv)\b|\bmentions[\s-]+legales\b|\bterminos[\s-]+(?:y[\s-]+condiciones|de[\s-]+(?:uso|servicio))\b|\bcondiciones[\s-]+(?:de[\s-]+uso|generales)\b|\btermini[\s-]+(?:e[\s-]+condizioni|di[\s-]+(?:uso|servizio))\b|\bcondizioni[\s-]+(?:d'uso|generali)\b|\b(?:algemene|gebruiks)voorwaarden\b|\btermos[\s-]+(?:de[\s-]+(?:uso|servico)|e[\s-]+condicoes)\b|^(?:terms|tos|legal)$/,
    why: 'contract-style terms in the supported and common EU languages',
  },
];

/**
 * What each DOC_NAMES rule must (`examples`) and must not (`counter`) match; checked by a meta-test. Kept apart from
 * the rules only so the always-on bundle does not carry them (nothing in the detector imports this table).
 */
export const DOC_NAME_EXAMPLES: Record<LegalKind, { examples: string[]; counter: string[] }> = {
  ai_policy: {
    examples: ['acceptable use of ai features', 'generative ai terms', 'ai-policy', 'ai use policy'],
    counter: ['ai summaries for every meeting', 'terms of service'],
  },
  cookies: {
    examples: ['cookie policy', 'politique relative aux cookies', 'cookie-notice', 'informativa sui cookie'],
    counter: ['cookie settings', 'chocolate cookies recipe'],
  },
  privacy: {
    examples: ['zoom privacy statement', 'datenschutzerklarung', 'politique de confidentialite', 'privacy-policy', 'informativa privacy', 'privacy'],
    counter: ['privacy settings for your account', 'we care about privacy'],
  },
  terms: {
    examples: ['terms of service', 'allgemeine geschaftsbedingungen (agb)', 'terms-of-use', 'conditions generales d\'utilisation', 'terminos y condiciones', 'tos', 'end user license agreement'],
    counter: ['zoom changes its terms after backlash', 'pricing terms explained'],
  },
};

/** URL path slugs that name a legal document (whole segment, extension stripped); language prefixes allowed. */
export const URL_SLUG_EXTRA: Array<{ kind: LegalKind; pattern: RegExp }> = [
  { kind: 'terms', pattern: /^(?:terms|tos|legal|eula|conditions|termsofservice|termsofuse|agb|cgu|cgv|terminos|condiciones|termini|condizioni|voorwaarden|termos|nutzungsbedingungen|mentions-legales|user-?agreement)$/ },
  { kind: 'privacy', pattern: /^(?:privacy|privacypolicy|datenschutz|confidentialite|privacidad|privacidade|informativa-privacy|privacybeleid|data-protection)$/ },
  { kind: 'cookies', pattern: /^(?:cookies?|cookiepolicy|cookie-richtlinie)$/ },
  { kind: 'ai_policy', pattern: /^(?:ai-terms|ai-policy|ai-acceptable-use|generative-ai-terms|ai-use-policy|ai-principles)$/ },
];

/** Signs in the URL that the page is about something else (a post, a thread, a search, a help article). */
export const NEGATIVE_URL: Array<{ pattern: RegExp; why: string; weight: number }> = [
  { pattern: /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//, why: 'dated path (news/blog)', weight: 3 },
  { pattern: /\/(?:blog|blogs|news|articles?|stories|story|posts?|press|newsroom|magazine|opinion|insights)\//, why: 'editorial section', weight: 3 },
  { pattern: /\/(?:t|threads?|forums?|topics?|questions|discussions?|community|comments|r)\//, why: 'forum or Q&A', weight: 3 },
  { pattern: /\/(?:hc|help|kb|knowledge-?base|support|faq|docs?|developers?|api)\//, why: 'help centre or docs', weight: 2 },
  { pattern: /\/(?:search|results)(?:\/|$)|[?&](?:q|query|search|s)=/, why: 'search results', weight: 4 },
  // Moderate weight: some organisations do keep their real policies on a wiki (foundation.wikimedia.org/wiki/Policy:…).
  { pattern: /\/(?:wiki|glossary|dictionary|definitions?|encyclopedia|lexicon|lexikon|glossar|glossaire|glosario)\//i, why: 'reference work (wiki, glossary)', weight: 2 },
];

/** schema.org / Open Graph types that mean "an article, a post, a product": not a legal document. */
export const NON_LEGAL_TYPES = /^(?:NewsArticle|BlogPosting|Article|ReportageNewsArticle|OpinionNewsArticle|AnalysisNewsArticle|SocialMediaPosting|DiscussionForumPosting|QAPage|Question|Product|Offer|Recipe|SearchResultsPage|Event|VideoObject|Review|HowTo|JobPosting|ProfilePage)$/;

/** Lines that legal documents open with. */
export const DATE_LINE = /\b(?:last\s+(?:updated|modified|revised|changed)|effective(?:\s+date|\s+as\s+of|\s+from)?\s*:|effective\s+(?:date|as\s+of)|date\s+of\s+last\s+revision|version\s+date|stand\s*:|zuletzt\s+(?:aktualisiert|geandert)|gultig\s+ab|derniere\s+mise\s+a\s+jour|en\s+vigueur|mis\s+a\s+jour\s+le|ultima\s+(?:actualizacion|modificacion|atualizacao)|vigente\s+desde|ultimo\s+aggiornamento|in\s+vigore\s+dal|laatst\s+bijgewerkt|ingangsdatum)(?![a-z])/i;

/** Contract and privacy vocabulary; its share of the main text separates legal prose from prose about it. */
export const LEGAL_VOCAB = /\b(?:hereby|herein|hereunder|thereof|therein|whereas|pursuant|notwithstanding|shall|indemnif\w*|warrant(?:y|ies)|liabilit(?:y|ies)|liable|governing\s+law|jurisdiction|arbitration|terminat\w+|licen[sc]e[sd]?|licensor|sublicens\w*|royalty-free|irrevocabl\w+|perpetual|agreement|you\s+agree|you\s+must|we\s+(?:may|will|collect|use|share|process|retain|store|disclose)|personal\s+(?:data|information)|your\s+(?:personal\s+)?(?:data|information)|service\s+providers?|data\s+subjects?|legal\s+basis|legitimate\s+interests?|controller|gdpr|ccpa|opt[-\s]in|third[-\s]part(?:y|ies)|data\s+controller|processor|lawful\s+basis|consent|opt[-\s]out|retain|retention|disclos\w+|affiliates?|subsidiar\w+|applicable\s+laws?|in\s+accordance\s+with|subject\s+to|to\s+the\s+extent|provided\s+that|including\s+but\s+not\s+limited|at\s+any\s+time|sole\s+discretion|vertrag\w*|haftung|gewahrleistung|kundigung|personenbezogen\w*|verarbeitung|einwilligung|anbieter|nutzer|gemass?|contrat|responsabilite|donnees\s+personnelles|traitement|consentement|conformement|datos\s+personales|tratamiento|consentimiento|dati\s+personali|trattamento)\b/gi;

/** Section labels at the start of a text node: "10.4 Customer…", "§ 3", "Article 5", "1. ACCOUNT". */
export const SECTION_LABEL = /^\s*(?:(?:§|art\.?|article|artikel|section|sec\.|clause|ziffer)\s*\d+|\(?\d{1,2}(?:\.\d{1,2}){1,3}\.?\)?\s+\S|\d{1,2}\.\s+\S|[IVX]{1,5}\.\s+[A-Z])/i;

/** Reported speech: news and blogs quote people; legal text almost never "said". */
export const REPORTED_SPEECH = /\b(?:said|says|told|according to|wrote|tweeted|spokes(?:person|man|woman))\b/gi;

/** Lower-cases and strips diacritics so patterns can use \b on "confidentialite", "geschaftsbedingungen". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss');
}

/** Document names as a noun phrase in running (folded, English) text, for definitions and questions about them. */
const NAME_PHRASE = String.raw`(?:terms\s+(?:of\s+(?:service|use)|and\s+conditions)|privacy\s+(?:policy|policies|notices?|statements?)|cookie\s+(?:policy|policies|notices?)|end[-\s]user\s+licen[cs]e\s+agreements?|eulas?|acceptable\s+use\s+polic(?:y|ies)|user\s+agreements?|legal\s+notices?)`;

/**
 * Reference-work prose defines the document in the third person ("A privacy policy is a statement…", "Terms of
 * service (also known as …) are the legal agreements…", "What is a cookie policy?"). A document never defines its
 * own genre that way: it says "These Terms are an agreement between you and us" (excluded by the look-behind).
 */
export const DEFINITION = new RegExp(String.raw`(?<!\b(?:these|this|our|your|their|its|the|my|such|any)\s+)(?:\ban?\s+)?\b${NAME_PHRASE}(?:\s*\([^)]{0,150}\))?\s+(?:(?:is|are)\s+(?:an?|the|legal|binding|documents?|statements?|agreements?|contracts?)\b|refers?\s+to\b|(?:is|are)\s+(?:also\s+)?(?:known|called)\b)|\bwhat\s+(?:is|are)\s+(?:an?\s+)?${NAME_PHRASE}\b|\b(?:types|examples)\s+of\s+${NAME_PHRASE}\b`, 'g');

/** Encyclopedia boilerplate ("From Wikipedia, the free encyclopedia") and inline citation markers ("[12]"). */
export const ENCYCLOPEDIA_LINE = /\bfree encyclopedia\b|\bfrom wikipedia\b|\bfreien enzyklopadie\b|\bencyclopedie libre\b/;
export const CITATION = /\[(?:\d{1,3}|citation needed|note \d{1,3}|[a-z])\]/g;

/** A document binds its reader: first and second person ("you agree", "we collect"). Reference prose has none. */
export const PERSONAL = /\b(?:you|your|yours|we|our|ours|us)\b/g;

/** The document naming itself ("these Terms", "this Privacy Policy", "diese AGB", "la présente politique"). */
export const SELF_REFERENCE = /\b(?:these|this)\s+(?:(?:privacy|cookie|data\s+protection|acceptable\s+use|ai(?:\s+use)?)\s+)?(?:terms|policy|agreement|statement|notice|eula|conditions)\b|\bdiese[rn]?\s+(?:agb|bedingungen|nutzungsbedingungen|datenschutzerklarung|datenschutzhinweise|richtlinie|vereinbarung)\b|\b(?:la\s+presente|cette)\s+(?:politique|charte|declaration)\b|\b(?:les\s+presentes|ces)\s+(?:conditions|cgu|cgv)\b|\b(?:esta|la\s+presente)\s+(?:politica|declaracion)\b|\b(?:estos|los\s+presentes)\s+terminos\b|\b(?:estas|las\s+presentes)\s+condiciones\b|\b(?:la\s+presente|questa)\s+(?:informativa|politica)\b|\b(?:questi|i\s+presenti)\s+termini\b|\b(?:queste|le\s+presenti)\s+condizioni\b|\bdeze\s+(?:voorwaarden|verklaring|privacyverklaring)\b|\b(?:esta|a\s+presente)\s+politica\b|\bestes\s+termos\b/g;
