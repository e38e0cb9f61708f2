// What two versions of a clause are compared by: the words the reader reads, and nothing of how the page shows them.
// Formatting (emphasis, markup left in the text), link targets and their tracking parameters, whitespace and
// non-breaking spaces, date stamps (normalizeText) and the order of a list of links never make a change.
import { isTrademarkNotice, withoutCopyrightNotice } from './footer-notice';
import { isLanguageSwitcher, isLinkCall } from './page-furniture';
import { normalizeText, unifyCharacters } from './text';

// A Markdown or wiki link left in the page's text: its target is not what the terms say.
// Text and target exclude the brackets that open them, so a run of "[" or "(" is not rescanned from each start.
const MARKDOWN_LINK = /!?\[([^[\]\n]{0,300})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,200}")?\)/g;
// A bare address: compared by host and path, without scheme, "www.", query or fragment (tracking parameters,
// session ids, anchors). Brackets end it: a link cut in two by the page's layout leaves "…/path)[Next".
const URL_TAIL = /\b(?:https?:\/\/)?(?:www\.)?((?<=\/\/|www\.)[^\s?#()[\]]{1,500})(?:[?#][^\s()[\]]{0,2000})?/gi;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s()[\]]{1,2000}/gi;
const EMPHASIS = /[*_~`]+/g;
// A Markdown escape ("opt\\_out"): the backslash is how the capture wrote the character, not a character of the text.
const ESCAPE = /\\(?=[\\`*_{}[\]()#+\-.!|~])/g;
// The percent-encoded tail of an address glued to a word ("Addendum%20Sell,Information%20for…"): what a link whose
// target holds an unescaped bracket leaves in the page's text. Terms never write a word with %20 in it.
const ENCODED_TAIL = /(?<=\p{L})%[0-9A-F]{2}\S*/giu;
// The text a page shows for an obfuscated e-mail link until a script decodes it ("please [email protected]"): a
// placeholder, not a word of the terms (https://developers.cloudflare.com/waf/tools/scrape-shield/email-address-obfuscation/).
const EMAIL_PLACEHOLDER = /\[\s*email\s+protected\s*\]/gi;
/** The same placeholder, for a test (EMAIL_PLACEHOLDER is global, for replacing). */
export const HIDDEN_EMAIL = new RegExp(EMAIL_PLACEHOLDER.source, 'i');
// List bullets and separators between the items of a link list written on one line ("* [A](…) * [B](…)").
const SEPARATORS = /(?:^|\s)[*•·|›»>-](?=\s|$)/g;

/** How many link texts a clause is made of, when it is only a list of links (a menu, a footer); else null. */
function linkListItems(text: string): string[] | null {
  const items = [...text.matchAll(MARKDOWN_LINK)].map((m) => m[1]!.trim()).filter(Boolean);
  if (items.length < 3) return null;
  const rest = text.replace(MARKDOWN_LINK, ' ').replace(SEPARATORS, ' ');
  return /[\p{L}\p{N}]/u.test(rest) ? null : items;
}

/**
 * The clause's text as it is compared between versions: lower-case, noise-free, without markup or link targets. A
 * clause that is only a list of links compares as the set of its link texts, in any order. Empty when the clause is
 * only noise (a date stamp, a trademark or copyright notice: footer-notice.ts, a language switcher, a lone "learn more" link: page-furniture.ts).
 */
export function comparableText(text: string): string {
  const unified = withoutCopyrightNotice(unifyCharacters(text).replace(ESCAPE, '').replace(EMAIL_PLACEHOLDER, ' '));
  const trimmed = unified.trim();
  if (isTrademarkNotice(trimmed) || isLanguageSwitcher(trimmed) || isLinkCall(trimmed)) return '';
  const links = linkListItems(unified);
  const plain = links ? [...links].sort().join(' ') : unified.replace(MARKDOWN_LINK, '$1');
  return (
    normalizeText(
      plain.replace(URL_TAIL, '$1').replace(ENCODED_TAIL, '').replace(EMPHASIS, '').replace(SEPARATORS, ' '),
    )
      // Punctuation alone never changes what a clause says ("such as:." → "such as:", a full stop added).
      .replace(/[^\p{L}\p{N}\s/%$€£.,]+/gu, ' ')
      .replace(/[.,](?=\s|$)/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
      .toLowerCase()
  );
}

/** Words of the clause (letters and digits), the measure of how much a clause says. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Page furniture rather than terms: a fragment too short to say anything by itself (a menu entry, a heading set as
 * a paragraph or ending in a colon, a price in a ticker): under four words, or under nine that do not end a sentence;
 * and a clause that is only a list of links (a menu, a footer, however the page cuts or orders it).
 */
export function isFragment(text: string): boolean {
  const unified = unifyCharacters(text);
  if (linkListItems(unified)) return true;
  // Addresses are not words of the terms: a ticker entry is mostly a link.
  const words = wordCount(comparableText(text.replace(BARE_URL, ' ')));
  if (words < 4) return true;
  return words < 9 && !/[.!?;]["')\]]?\s*$/.test(text.trim());
}
