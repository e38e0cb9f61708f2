// Page furniture printed among the terms that says nothing of them: a language switcher (a run of language names, each
// perhaps with its code: "English enУкраїнська ukFrançais fr") and a banner's lone link text ("Take 2 minutes to learn
// more."). Their clauses compare as empty (comparable.ts), so their order or presence never makes a change.
import { escapeRegExp } from '../escape-regexp';

/** Language names as switchers print them: each in its own language (and English), plus the common English names. */
export const LANGUAGE_NAMES: readonly string[] = [
  'English',
  'Español',
  'Spanish',
  'Français',
  'French',
  'Deutsch',
  'German',
  'Italiano',
  'Italian',
  'Português',
  'Portuguese',
  'Nederlands',
  'Dutch',
  'Polski',
  'Polish',
  'Русский',
  'Russian',
  'Українська',
  'Ukrainian',
  'Filipino',
  'Türkçe',
  'Turkish',
  'Svenska',
  'Dansk',
  'Norsk',
  'Suomi',
  'Čeština',
  'Magyar',
  'Română',
  'Ελληνικά',
  'Български',
  'Hrvatski',
  'Slovenčina',
  'Slovenščina',
  'Srpski',
  'Српски',
  'Bahasa Indonesia',
  'Bahasa Melayu',
  'Tiếng Việt',
  'ไทย',
  'हिन्दी',
  'العربية',
  'עברית',
  '日本語',
  '한국어',
  '简体中文',
  '繁體中文',
  '中文',
];

// Longest first, so "简体中文" is taken whole before "中文". An alternation of literals: nothing to backtrack into.
const NAMES = new RegExp(
  [...LANGUAGE_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'giu',
);
// A language code as switchers print it after the name ("en", "pt-br", "fil", "zh-Hant").
const CODE = /^[a-z]{2,3}(?:-[a-z]{2,4})?$/i;
const MIN_NAMES = 3;

/**
 * Whether a clause is only a language switcher: at least three language names, and nothing else than language codes
 * (no more of them than names) and separators.
 */
export function isLanguageSwitcher(text: string): boolean {
  if (text.length > 600) return false;
  const names = text.match(NAMES)?.length ?? 0;
  if (names < MIN_NAMES) return false;
  const rest = text
    .replace(NAMES, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return rest.length <= names && rest.every((t) => CODE.test(t));
}

// A short call to follow a link and nothing more ("Learn more.", "Take 2 minutes to learn more", "Read more »"): at
// most four words before it, none of them punctuated, so "To opt out, learn more." (a clause with a comma) is kept.
const LINK_CALL = /^(?:[\p{L}\p{N}'-]+ ){0,4}(?:learn|read|find out|see|discover) more[.!]?$/iu;

/** Whether a clause is only a link's call to read on, as a banner or teaser prints it. */
export function isLinkCall(text: string): boolean {
  return LINK_CALL.test(
    text
      .replace(/[»›→>…]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
