// A language switcher and a lone "learn more" link are page furniture: they compare as empty, so they never make a
// change, in any order; clauses that merely name languages or ask to read on are kept.
import { describe, expect, it } from 'vitest';
import { comparableText } from '../../../src/core/normalize';
import { isLanguageSwitcher, isLinkCall } from '../../../src/core/normalize/page-furniture';

describe('isLanguageSwitcher', () => {
  const table: Array<[string, boolean]> = [
    ['English enУкраїнська ukFrançais frРусский ruFilipino filEspañol esItaliano itPortuguês pt-br', true],
    ['English | Deutsch | Français | 日本語', true],
    ['English, Español, Français', true],
    ['These Terms are available in English, Español and Français on our website.', false],
    ['English and Français', false],
    ['The English version of these Terms prevails over any translation.', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isLanguageSwitcher(text)).toBe(expected));

  it('compares as empty, so its order never makes a change', () => {
    expect(comparableText('English enFrançais frУкраїнська uk')).toBe('');
    expect(comparableText('English enУкраїнська ukFrançais fr')).toBe('');
  });
});

describe('isLinkCall', () => {
  const table: Array<[string, boolean]> = [
    ['Take 2 minutes to learn more.', true],
    ['Learn more ›', true],
    ['Read more', true],
    ['To opt out of the sale of your data, learn more.', false],
    ['Learn more about how we use your data to personalise ads.', false],
    ['We may share your data with partners who want to learn more.', false],
  ];
  for (const [text, expected] of table) it(text, () => expect(isLinkCall(text)).toBe(expected));

  it('compares as empty', () => expect(comparableText('Take 2 minutes to learn more.')).toBe(''));
});
