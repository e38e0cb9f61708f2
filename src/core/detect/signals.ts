// Declarative signal tables for page-kind detection. Patterns are written without accents: text is folded with
// foldText() first, because \b does not see accented letters as word characters. Multilingual names cover
// en/de/fr/es/it/nl/pt. What each table must and must not match is kept as examples in test/unit/detect (outside
// the always-on bundle, of which this file is the largest part: hence the compact notation below, and groups written
// as plain `( )` in the patterns whose matches are only tested or counted: nothing reads their captures, and `(?:`
// costs two bytes each).
/* eslint-disable regexp/no-unused-capturing-group -- always-on bundle: `(?:` costs two bytes a group */
import type { DocumentKind } from '../types';
import {
  ACTS_WORDS,
  SELF_BINDING_WORDS,
  TOPIC_BINDING_WORDS,
  COOKIES_WORDS,
  FOREIGN_WORDS,
  HEADING_WORDS,
  PRIVACY_WORDS,
  TERMS_WORDS,
  TOPIC_WORDS,
  VOICE_WORDS,
  lexRx,
} from './lexicon';

export type LegalKind = Exclude<DocumentKind, 'other'>;

/**
 * A regex from compact source: each space stands for `sep` — "\s+" in running text; in document names "[\s-]+"
 * (a space, or a hyphen in URL slugs). `[\s-]+` written out sixty times costs more bytes than this builder.
 * Patterns with a literal space must not go through it.
 */
export function rx(src: RegExp, flags?: string, sep = '\\s+'): RegExp {
  return new RegExp(src.source.replace(/ /g, sep), flags);
}

const name = (src: RegExp): RegExp => rx(src, '', '[\\s-]+');

/**
 * Names of legal documents as they appear in <title>, <h1> and URL slugs, most specific kind first (matchName
 * takes the first hit). ai_policy is its own kind so the UI can say so; cookie policies describe trackers (banners
 * only link to them); privacy and terms in the supported and the common EU languages.
 */
export const DOC_NAMES: Record<LegalKind, RegExp> = {
  ai_policy: name(
    /\b(((generative )?ai|artificial intelligence) ((use|usage|features?|services?|product) )?(policy|terms|principles|guidelines|acceptable use)|acceptable use of (generative )?(ai|artificial intelligence)|(terms|policy) for (generative )?ai)\b/,
  ),
  cookies: name(
    /\b(?<!privacy (and|&) )(cookies? (policy|notice|statement|richtlinie|erklarung|hinweise)|(politique|politica|informativa) ((relative aux|de|des|sui|sull[ae]?) )?cookies?|cookie[\s-]?(beleid|verklaring))\b/,
  ),
  privacy: name(
    /\b(privacy (policy|statement|notice|center|centre)|data (protection|privacy) (policy|notice|statement)|datenschutz(erklarung|hinweise|richtlinie|bestimmungen)?|(politique|declaration) de confidentialite|confidentialite|protection des donnees|(politica|aviso) de privacidade?|privacidad|informativa (sulla |privacy)|privacy[\s-]?(verklaring|beleid))\b|^privacy$/,
  ),
  terms: name(
    /\b(terms (of (service|use|sale|business)|(and|&) conditions)|(user|customer|subscriber|service|subscription|licen[sc]e|master subscription|data (processing|protection)) agreement|data (processing|protection) addendum|end user licen[sc]e agreement|eula|conditions (of use|generales|d.utilisation)|(legal|general|user|website) terms|acceptable use (policy|guidelines)|community guidelines|(allgemeine )?geschaftsbedingungen|agb|nutzungsbedingungen|cgu|cgv|mentions legales|(terminos|termini|termos) ([ye] condi(ciones|zioni|coes)|d([ei] |.)(uso|utilizacao|servi(cio|zio|co)))|condi(ciones|zioni) (d([ei] |.)(uso|utilizzo)|generali?e?s?)|(algemene |gebruiks)voorwaarden)\b|^(terms|tos|legal|dpa|impressum)$/,
  ),
};

/** URL path slugs (whole segment, extension stripped) and host labels that name a legal document. */
export const URL_SLUGS: Partial<Record<LegalKind, RegExp>> = {
  // Only what matchName cannot read from the slug (run-together or single words); "legal" alone is a weak hint.
  terms:
    /^(terms|tos|legal|conditions|termsof(service|use)|terminos|condiciones|termini|condizioni|voorwaarden|termos)$/,
  privacy: /^(privacy(policy)?|privacidade|data-protection)$/,
  cookies: /^cookie(s|policy)?$/,
};

/** Signs in the URL that the page is about something else: [pattern, weight, what it looks like]. */
export const NEGATIVE_URL: Array<[RegExp, number, string]> = [
  [/\/(19|20)\d\d\/(0?[1-9]|1[0-2])\//, 3, 'a dated path'],
  [
    /\/(blogs?|news|articles?|stor(y|ies)|posts?|press|newsroom|magazine|opinion|insights)\//,
    3,
    'an editorial section',
  ],
  [/\/(t|threads?|forums?|topics?|questions|discussions?|community|comments|r)\//, 3, 'a forum'],
  [/\/(hc|help|kb|knowledge-?base|support|faq|docs?|developers?|api)\//, 2, 'help or docs'],
  [/\/(search|results)(\/|$)|[?&](q|query|search|s)=/, 5, 'a search'],
  // Moderate weight: some organisations do keep their real policies on a wiki (foundation.wikimedia.org/wiki/Policy:…).
  [
    /\/(wiki|glossary|dictionary|definitions?|encyclopedia|lexi[ck]on|glossa(r|ire)|glosario)\//i,
    2,
    'a reference work',
  ],
];

/** schema.org / Open Graph types that mean "an article, a post, a product": not a legal document. */
export const NON_LEGAL_TYPES =
  /^(((Reportage|Opinion|Analysis)?News)?Article|BlogPosting|(SocialMedia|DiscussionForum)Posting|QAPage|Question|Product|Offer|Recipe|SearchResultsPage|Event|VideoObject|Review|HowTo|JobPosting|ProfilePage)$/;

/** Lines that legal documents open with. */
export const DATE_LINE = rx(
  /\b(last (updated|modified|revised|changed)|effective(( date| as of| from)?\s*:| date| as of)|date of last revision|version date|stand\s*:|zuletzt (aktualisiert|geandert)|gultig ab|derniere mise a jour|en vigueur|mis a jour le|ultima (actualizacion|modificacion|atualizacao)|vigente desde|ultimo aggiornamento|in vigore dal|laatst bijgewerkt|ingangsdatum)(?![a-z])/,
  'i',
);

/** Contract and privacy vocabulary; its share of the main text separates legal prose from prose about it. */
export const LEGAL_VOCAB = rx(
  /\b(here(by|in|under)|there(of|in)|whereas|pursuant|notwithstanding|shall|indemnif\w*|warrant(y|ies)|liabilit(y|ies)|liable|governing law|jurisdiction|arbitration|terminat\w+|licen[sc]e[sd]?|licensor|sublicens\w*|royalty-free|irrevocabl\w+|perpetual|agreement|you (agree|must)|we (may|will|collect|use|share|process|store)|(personal(ly identifiable)?|your) (data|information)|ip address(es)?|service providers?|data subjects?|(legal|lawful) basis|legitimate interests?|controller|gdpr|ccpa|opt.(in|out)|third.part(y|ies)|processor|consent|retain|retention|disclos\w+|affiliates?|subsidiar\w+|applicable laws?|in accordance with|subject to|to the extent|provided that|including but not limited|at any time|sole discretion)\b/,
  'gi',
);

/** Section labels at the start of a text node: "10.4 Customer…", "§ 3", "Article 5", "1. ACCOUNT". */
export const SECTION_LABEL =
  /^\s*((§|art\.?|article|artikel|section|sec\.|clause|ziffer)\s*\d+|\(?\d{1,2}(\.\d{1,2}){1,3}\.?\)?\s+\S|\d{1,2}\.\s+\S|[IVX]{1,5}\.\s+[A-Z])/i;

/**
 * Selling, not binding: calls to action, plans and prices, product words ("get started", "download now",
 * "€9 per month", "privacy policy generator"), and store-listing furniture of plugin, extension and app pages
 * ("reviews", "works with", "active installations", "free version"). Legal text mentions fees, downloads and
 * reviews too, so only a high share counts.
 */
export const MARKETING = rx(
  /\b(get (started|a quote)|sign up|free (trial|plan|version)|start (your )?free|try (it )?(for )?free|(buy|order|download|install) now|add to (cart|chrome|firefox)|book (a|your) (free )?(call|demo)|request a demo|contact sales|generators?|templates?|create (my|your)|customi[sz]e|no credit card|testimonials?|trusted by|pricing|per (month|year)|one-off|fixed[- ]fee|(in|ten|five) minutes|reviews|ratings|out of 5|(works|compatible) with|active install(ation)?s|tested up to|changelog|screenshots|premium)\b|[$€£]\s?\d/,
  'g',
);

/** Words after a document name that make it the name of a product or service ("Privacy Policy Generator"). */
export const PRODUCT_NOUN =
  /^[ -](generator|template|builder|maker|plugin|software|tool|example|sample|solution|checklist|guide|drafting|lawyer|service)s?\b/;

/**
 * Reported speech: news and blogs quote people; legal text almost never "said". "According to your settings" (your
 * choices, your browsing) is a policy's "in line with", not a source quoted.
 */
export const REPORTED_SPEECH = /\b(said|says|told|according to(?! your\b)|wrote|tweeted|spokes(person|man|woman))\b/gi;

/** Lower-cases and strips diacritics so patterns can use \b on "confidentialite", "geschaftsbedingungen". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

/**
 * Reference-work prose defines the document in the third person ("A privacy policy is a statement…", "Terms of
 * service (also known as …) are the legal agreements…", "What is a cookie policy?"). A document never defines its
 * own genre that way: it says "These Terms are an agreement between you and us" (a determiner before the name).
 * Counted in code around each document name: one regex holding the words before and after the name, a lookbehind
 * and a bounded parenthesis was polynomial for recheck. DOC_NAME: the names as a noun phrase in running (folded,
 * English) text.
 */
const DOC_NAME = rx(
  /\b(terms (of (service|use)|and conditions)|privacy (policy|policies|notices?|statements?)|cookie (policy|policies|notices?)|end.user licen[cs]e agreements?|eulas?|acceptable use polic(y|ies)|user agreements?|legal notices?)\b/,
  'g',
);
const DEFINED_AS =
  /\s+((is|are)\s+(an?|the|legal|binding|documents?|statements?|agreements?|contracts?|(also\s+)?(known|called))|refers?\s+to)\b/y;
const DETERMINER = /^(these|this|our|your|their|its|the|my|such|any)$/;

/** Up to `n` whole words right before `at`, nearest first, each followed by blanks only. */
function wordsBefore(text: string, at: number, n: number): string[] {
  const out: string[] = [];
  for (let j = at; out.length < n;) {
    let k = j;
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    let w = k;
    while (w > 0 && /\w/.test(text[w - 1]!)) w--;
    if (k === j || w === k) break;
    out.push(text.slice(w, k));
    j = w;
  }
  return out;
}

/** How many times the (folded) text defines or asks about a document name. */
export function countDefinitions(text: string): number {
  let n = 0;
  for (const m of text.matchAll(DOC_NAME)) {
    const [w1, w2, w3] = wordsBefore(text, m.index, 3);
    const article = w1 === 'a' || w1 === 'an';
    // "what is (a) privacy policy", "types of terms of service"
    if (
      (w1 === 'of' && (w2 === 'types' || w2 === 'examples')) ||
      ((article ? w3 : w2) === 'what' && /^(is|are)$/.test((article ? w2 : w1) ?? ''))
    ) {
      n++;
      continue;
    }
    if (w1 !== undefined && DETERMINER.test(w1)) continue;
    // "<name> (also known as …) is a …": an aside in parentheses of at most 150 characters may sit between.
    let at = m.index + m[0].length;
    const paren = /^\s*\(/.exec(text.slice(at, at + 200));
    if (paren) {
      const close = text.indexOf(')', at + paren[0].length);
      if (close >= 0 && close - (at + paren[0].length) <= 150) at = close + 1;
    }
    DEFINED_AS.lastIndex = at;
    if (DEFINED_AS.test(text)) n++;
  }
  return n;
}

/** Encyclopedia boilerplate ("From Wikipedia, the free encyclopedia") and inline citation markers ("[12]"). */
export const ENCYCLOPEDIA_LINE = /\b(free encyclopedia|from wikipedia|freien enzyklopadie|encyclopedie libre)\b/;
export const CITATION = /\[(\d{1,3}|citation needed|note \d{1,3}|[a-z])\]/g;

/** A document binds its reader: first and second person ("you agree", "we collect"). Reference prose has none. */
export const PERSONAL = /\b(you|your|yours|we|our|ours|us)\b/g;

/**
 * The document naming itself ("these Terms", "this Privacy Policy", "diese AGB", "la présente politique"): a
 * demonstrative (en/de/fr/es/it/nl/pt) before a document noun. Cross-language pairs are harmless: they never occur.
 */
export const SELF_REFERENCE = rx(
  /\b(these|this|diese[rn]?|cette|ces|(la|les) presentes?|est[ae]s?|estos|(los|las) presentes|questa|queste|questi|(i|le) presenti|deze|a presente) ((privacy|cookie|data protection|acceptable use|ai( use)?) )?(terms|policy|agreement|statement|notice|eula|conditions|agb|(nutzungs)?bedingungen|datenschutz(erklarung|hinweise)|richtlinie|vereinbarung|politi(que|ca)|charte|declara(tion|cion)|cgu|cgv|terminos|condiciones|informativa|termini|condizioni|voorwaarden|(privacy)?verklaring|termos)\b/,
  'g',
);

/**
 * The document naming itself by its own capitalised name ("these Self-serve Ad Terms", "this Platform Agreement"),
 * read on the unfolded text: the capitals set a defined name apart from prose ("these new terms"). The qualifiers
 * SELF_REFERENCE already reads ("this Privacy Policy") are left to it.
 */
export const NAMED_SELF = rx(
  /\b[Tt]h(is|ese) (?!(Privacy|Cookies?|Data Protection|Acceptable Use|AI) )([A-Z][\w-]* ){1,3}(Terms|Agreement|Policy|Notice|Statement|Conditions)\b/,
  'g',
);

/** The content lexicon compiled (word lists in lexicon.ts). */
export const VOICE = lexRx(`${VOICE_WORDS}|we ((may|will|do not|also|only|might|can) )?(${ACTS_WORDS})`);
/**
 * VOICE with any subject before a modal: "Acme may collect", "the Company does not sell". Plain policies name the
 * service in the third person; a short summary or a quote does too, hence only over a long text (detect-page.ts).
 */
export const VOICE_ANY = lexRx(`${VOICE_WORDS}|(we|may|will|not|also|only|might) (${ACTS_WORDS})`);
/** A text declaring itself binding, and binding named as a topic: together they earn the declares point. */
export const SELF_BINDING = lexRx(SELF_BINDING_WORDS);
export const BINDING = lexRx(`${SELF_BINDING_WORDS}|${TOPIC_BINDING_WORDS}`);
export const FOREIGN_VOCAB = lexRx(FOREIGN_WORDS);
export const KIND_CUES = { privacy: lexRx(PRIVACY_WORDS), terms: lexRx(TERMS_WORDS), cookies: lexRx(COOKIES_WORDS) };
const headingRx = (list: string, end = ''): RegExp =>
  RegExp(`^\\W*(\\d{1,2}(\\.\\d{1,2}){0,3}\\.?\\s*)?(${list.replace(/ /g, '\\s+')})\\b${end}`);
/** A heading that starts (after any section number) with a policy heading: "4.2 Governing law", "Your rights". */
export const POLICY_HEADING = headingRx(`${HEADING_WORDS}|${TOPIC_WORDS}`);
/**
 * A line of its own that is a policy heading: heading-shaped (a few words after it, and no comma, semicolon,
 * full stop, question or exclamation mark) and not one of the topics help and pricing pages share ("Payments").
 * "Governing law", "4. Your rights"; not "Children under 13 get their own profile…" nor "Governing law applies.".
 */
export const PLAIN_HEADING = headingRx(`${HEADING_WORDS}|(${TOPIC_WORDS}) \\w+`, '[^,;!?.]{0,50}$');

/**
 * A paragraph that mentions a document rather than titles it: a one-word label ("Privacy"; one-word names are long
 * compounds: "Datenschutzerklarung"), a sentence, a post addressed to its reader, a headline or a question. Narrower
 * than HEADLINE: a title may say "for European users" or a company name that holds a headline word ("Acme Face").
 */
export const NOT_A_TITLE = /^\S{0,11}$|[.!?]$|\b(we|our|your?|see|read|about|why|how|what|new|changes?)\b/i;

/** Headline words: a title that mentions a document this way is news about it ("Why its new terms upset users"). */
export const HEADLINE =
  /\b(why|how|what|its|their|explained|backlash|outcry|says|said|sparks?|slams?|controversy|criticism|users|chang(es?|ed)|allows?|lets|adds?|will|could|would|after|over|amid|faces?|wants?|new|is|are|was|were)\b/;

/**
 * A defined term in parentheses, as contracts and policies introduce their parties and names: (the "Agreement"),
 * ("we", "us"), (« Conditions »). Prose about such documents quotes them, but does not define them this way.
 */
export const DEFINED_TERM = /\([^()"“”«»]{0,25}["“«][^"“”«»()]{1,40}["”»]/g;
