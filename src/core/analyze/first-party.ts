// The document's own first party: the company whose terms or policy these are, found per document (no company name
// is spelled into the analyser). "Acme may use your content to train" is the service acting when Acme is the
// document's first party. Sources, most reliable first: definitions in the text ("Acme, Inc. ("Acme", "we")",
// "Acme Ltd (hereinafter "the Company")"), the page title ("Acme Privacy Policy", "Terms | Acme"), the URL host.
import { trimEndChars } from '../normalize/trim-chars';
import type { ExtractedDocument } from '../types';
import { GENERIC_NAME_WORDS, LEXICON_LISTS, USER_ALIASES } from './lexicon';

/** How much of the text is read for definitions: they sit in the opening paragraphs. */
const DEFINITION_REACH = 6000;

/** Companies' legal forms: "Inc", "GmbH", "Limited". */
const LEGAL_FORMS = String.raw`Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SE|plc|PLC|S\.?A\.?R\.?L|S\.?A|SAS|Corp|Corporation|Co|B\.?V|N\.?V|Pty|KG|S\.r\.l|S\.p\.A|AB|AS|Oy|ULC`;
/** A company's legal form at the end of its name: "Acme, Inc.", "Acme GmbH", "Acme Ireland Limited". */
const LEGAL_FORM_END = new RegExp(String.raw`,? (?:${LEGAL_FORMS})\.?$`, 'u');
/** Most words a defined name has ("Acme Video Communications Ireland Limited"). */
const NAME_WORDS = 6;
/** A quoted alias inside the definition's parenthesis. */
const QUOTED = /["“'‘]([^"“”'‘’\n]{1,40})["”'’]/gu;
/** The definition names the party itself as the service: "we", "us", "the Company" … */
const SELF_ALIAS = /^(?:the\s+)?(?:we|us|our|company|service\s+provider|provider|operator|controller)$/i;
/** A proper name given as an alias: `("Acme," "we," "us")` names the company "Acme" even when no name precedes it. */
const NAME_ALIAS = /^\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,2}$/u;
const GENERIC = new Set(GENERIC_NAME_WORDS);
const USER = new Set(USER_ALIASES);
/** One to three capitalised words right before the document's name: "Acme Privacy Policy" → "Acme". */
const TITLE_NAME =
  /^((?:\p{Lu}[\p{L}\d&.'’-]* ){0,2}\p{Lu}[\p{L}\d&.'’-]*) (?:Privacy|Terms|Cookies?|Conditions|User Agreement|Customer Agreement|Acceptable|End User|Data Processing|Legal)\b/u;
/** A title part that is only a name: "Acme", "Acme Music". */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}\d&.'’-]* ){0,2}\p{Lu}[\p{L}\d&.'’-]*$/u;
/** A name that is a domain: "acme.com", "acme.co.uk"; its first label is the name. */
const DOMAIN_NAME = /^([\p{L}\d-]{2,})\.(?:[a-z]{2,3}\.)?[a-z]{2,6}$/u;
/** A title that names a legal document. */
const DOC_KIND = /\b(?:terms|privacy|policy|notice|conditions|agreement|eula)\b/i;
/** Hosts that name no company: test and placeholder domains, addresses. */
const NO_COMPANY_HOST = /(?:^|\.)(?:example|localhost|invalid|test|local)(?:\.|$)|^[\d.:[\]]+$/;
const HOST_PREFIX = /^(?:www\d?|m|en|legal|policies|privacy|help|support|docs|about|terms)\./;

/**
 * Lower-cased names of the first party, most specific first (full names, then short names). With `definedAsWe`, only
 * the names a definition gives in the same parenthesis as "we", "us" or "the Company" (and their brand): a company
 * defined only by its own short name (`Globex Payments Ltd ("Globex")`) may be another party the terms speak of, and
 * a title or host proves no name is the writer's "we".
 */
export function findFirstParty(
  doc: Pick<ExtractedDocument, 'title' | 'url' | 'text'>,
  { definedAsWe = false }: { definedAsWe?: boolean } = {},
): string[] {
  const names: string[] = [];
  const add = (name: string): void => {
    const bare = withoutForm(name);
    const n = bare.toLowerCase();
    if (n.length < 2 || SELF_ALIAS.test(n) || names.includes(n) || !namesSomething(bare)) return;
    names.push(n);
    // A name written as its domain ("Acme.com Terms of Use") is written without it in the text ("Acme may …").
    const label = DOMAIN_NAME.exec(n)?.[1];
    if (label && !names.includes(label)) names.push(label);
  };
  for (const { name, inside } of definitions(doc.text.slice(0, DEFINITION_REACH))) {
    // "Acme," "us," in American punctuation: the comma is inside the quotes.
    const aliases = [...inside.matchAll(QUOTED)].map((q) => trimEndChars(q[1]!.trim(), /[\s.,;]/));
    // A definition of the user ("referred to as "you", "your" or "User" hereinafter") names no company.
    if (aliases.some((a) => USER.has(a.toLowerCase()))) continue;
    const self = aliases.some((a) => SELF_ALIAS.test(a));
    // A company with its legal form defined by its own short name ("Acme Web Services, Inc. ("AWS")") is a party
    // to the terms; any other defined term ("the Terms", "GDPR") is not a name.
    const short = name ? aliases.filter((a) => isShortNameOf(a, withoutForm(name))) : [];
    const hasForm = LEGAL_FORM_END.test(name);
    if (!self && (definedAsWe || !(hasForm && short.length))) continue;
    if (name) add(name);
    for (const a of short) add(a);
    // The service's own names among the aliases: (collectively, "Acme" or "we").
    if (self) for (const a of aliases) if (NAME_ALIAS.test(a) && !SELF_ALIAS.test(a)) add(a);
    // The brand is the name's first word when the rest is descriptive: "Acme Video Communications" → "acme".
    addBrand(name);
  }
  if (definedAsWe) return names;
  // A title that names the company next to the document: "Acme Privacy Policy", "Acme Terms of Use", "Terms | Acme".
  const parts = doc.title
    .replace(/\s+/g, ' ')
    .split(/ [–—:·-] |\|/)
    .map((p) => p.trim());
  for (const part of parts) {
    const before = TITLE_NAME.exec(part)?.[1];
    if (before) {
      add(before);
      // A product of a brand: "Acme Music Terms of Use" → "acme" as well.
      addBrand(before);
    } else if (parts.length > 1 && !DOC_KIND.test(part) && NAME_ONLY.test(part)) add(part);
  }
  function addBrand(name: string): void {
    const first = /^\p{Lu}[\p{L}\d&-]+/u.exec(name)?.[0];
    if (first && name.trim().includes(' ') && !/^(?:the|this|these|by|and|between)$/i.test(first)) add(first);
  }
  // A short name is spelled out as a company somewhere in the text: "AWS" is "Acme Web Services, Inc.", whose first
  // word is the brand of the products the terms name ("processed by Acme Transcribe").
  for (const n of [...names]) {
    const full = /^[a-z]{3,5}$/.test(n) ? spelledOut(doc.text, n) : undefined;
    if (full) {
      add(full);
      addBrand(full);
    }
  }
  const host = hostOf(doc.url);
  if (host && !NO_COMPANY_HOST.test(host)) {
    const labels = host.replace(HOST_PREFIX, '').split('.');
    // The registrable label: "zoom" of zoom.us, "bbc" of bbc.co.uk.
    const label =
      labels.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels.at(-2)!) ? labels.at(-3) : labels.at(-2);
    if (label && label.length >= 2) add(label);
  }
  return names;
}

/**
 * Each name defined by the parenthesis after it: `Acme Corp. ("Acme", "we")`, `Acme Ltd (hereinafter "the
 * Company")`. The name is the run of capitalised words right before the "(" (single spaces, a comma allowed before a
 * legal form), read word by word rather than by one regex over the whole text, which would rescan each run.
 */
function* definitions(text: string): Generator<{ name: string; inside: string }> {
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const close = text.indexOf(')', p);
    if (close < 0) return;
    const inside = text.slice(p + 1, close);
    if (inside.length > 160 || /[(\n]/.test(inside)) continue;
    const words = text
      .slice(Math.max(0, p - 200), p)
      .trimEnd()
      .split(' ');
    const name: string[] = [];
    for (let i = words.length - 1; i >= 0 && name.length < NAME_WORDS; i--) {
      const w = words[i]!;
      if (!/^\p{Lu}[\p{L}\d&.'’-]*,?$/u.test(w)) break;
      name.unshift(w);
    }
    // A place after a postcode ("75001 Paris (") is an address, not the name.
    const before = words[words.length - 1 - name.length];
    if (name.length && before && /\d/.test(before)) name.length = 0;
    yield { name: name.join(' '), inside };
  }
}

/** The first company name in the text whose initials spell `initials` ("aws" → "Acme Web Services, Inc."). */
function spelledOut(text: string, initials: string): string | undefined {
  const word = (c: string): string => String.raw`${c.toUpperCase()}[\p{Ll}\d&'’-]+`;
  const run = new RegExp(
    String.raw`(?<![\p{L}\d])${[...initials].map(word).join(' ')},? (?:${LEGAL_FORMS})\.?(?![\p{L}\d])`,
    'u',
  );
  return run.exec(text)?.[0];
}

/**
 * A name that can be a company's: not only generic words or legal forms ("Sites", "Global", "Inc"), no user ("you"),
 * no digits (an address before the parenthesis: "75001 Paris ("Acme", "we")").
 */
function namesSomething(name: string): boolean {
  if (/\d/.test(name)) return false;
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.some((w) => USER.has(w.toLowerCase()))) return false;
  return words.some((w) => !GENERIC.has(w.toLowerCase()) && !LEGAL_FORM_END.test(` ${w}`));
}

/** A name without its article, possessive and legal form: "the Acme Company, Inc." → "Acme Company". */
function withoutForm(name: string): string {
  let n = name.trim().replace(/[’']s$/i, '');
  while (LEGAL_FORM_END.test(n)) n = n.replace(LEGAL_FORM_END, '');
  return trimEndChars(n.replace(/^the /i, ''), /[\s.,]/);
}

/** "ACS" of "Acme Cloud Services", "Acme" of "Acme Corp": the alias is a word of the name or its initials. */
function isShortNameOf(alias: string, name: string): boolean {
  const words = name.split(' ').filter(Boolean);
  const a = alias.toLowerCase();
  return (
    words.some((w) => w.toLowerCase() === a) || (a.length >= 2 && words.map((w) => w[0]!.toLowerCase()).join('') === a)
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : '';
  } catch {
    return '';
  }
}

/** The first party's names as word sequences, for matching against tokens (actor.ts, stance.ts). */
export type FirstPartyNames = readonly (readonly string[])[];

export function firstPartyNames(names: readonly string[] | undefined): FirstPartyNames {
  return (names ?? [])
    .map((n) =>
      n
        .toLowerCase()
        .split(/[\s-]+/)
        .filter(Boolean),
    )
    .filter((w) => w.length > 0);
}

/** True when a first-party name ends at token `j` ("… Acme Video Communications" read backwards from the action). */
export function firstPartyEndsAt(tokens: readonly { normal: string }[], j: number, names: FirstPartyNames): boolean {
  return names.some((words) => {
    // A name that would run past the clause's last token does not end here.
    if (j - words.length + 1 < 0 || j >= tokens.length) return false;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[j - words.length + 1 + k]!.normal.replace(/[’']s$/, '');
      if (t !== words[k]) return false;
    }
    return true;
  });
}

/** Token `i` lies inside a mention of the first party ("Acme" in "processed by Acme Cloud"). */
export function inFirstParty(tokens: readonly { normal: string }[], i: number, names: FirstPartyNames): boolean {
  return names.some((words) => {
    for (let end = i; end < Math.min(tokens.length, i + words.length); end++)
      if (firstPartyEndsAt(tokens, end, [words])) return true;
    return false;
  });
}

/** A word in the possessive: "acme's" (compromise's normal form writes the apostrophe straight). */
const POSSESSIVE = /^[\p{L}\d&.-]+['’]s$/u;
/**
 * The service's possessive after "the", by the lexicon's words for it or for what it offers: "the Company's", "the
 * Service's", "the Platform's".
 */
const SERVICE_POSSESSIVES = new Set(
  [...(LEXICON_LISTS.ServiceSubject ?? []), ...(LEXICON_LISTS.OfferThing ?? [])].map((w) => `${w}'s`),
);

/**
 * The terms (indices) that name the service as an owner in the possessive, where patterns read "our" (the lexicon's
 * FirstPartyOwner): the first party's name ("Acme's models", "Acme Video's systems"), "the Company's" or "the
 * Service's". A possessive is the service's only then: the reader's ("the Customer's models", "your company's
 * models") is the user's own, another's ("Rival's models") not the service's.
 */
export function firstPartyOwners(terms: readonly { normal: string }[], names: FirstPartyNames): number[] {
  const out: number[] = [];
  for (let k = 0; k < terms.length; k++) {
    const normal = terms[k]!.normal;
    if (!POSSESSIVE.test(normal)) continue;
    const service = SERVICE_POSSESSIVES.has(normal.replace('’', "'")) && terms[k - 1]?.normal === 'the';
    if (service || firstPartyEndsAt(terms, k, names)) out.push(k);
  }
  return out;
}

/**
 * A phrase that names the service as the one who acts: "we", "us", "the Company" (lexicon ServiceSubject), or the first
 * party's name or its first words ("Acme" for "Acme News", as documents shorten it). Another company's name is not.
 */
export function namesService(phrase: string, names: FirstPartyNames | undefined): boolean {
  const said = phrase
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (said.length === 0) return false;
  if (said.length === 1 && SERVICE_SUBJECT_WORDS.has(said[0]!)) return true;
  return (names ?? []).some((words) => said.length <= words.length && said.every((w, i) => w === words[i]));
}
const SERVICE_SUBJECT_WORDS = new Set(LEXICON_LISTS.ServiceSubject ?? []);
