// Meta-tests for the detector's declarative tables, plus URL and title matching.
import { describe, expect, it } from 'vitest';
import { matchName, matchTitle, matchUrl } from '../../../src/core/detect/name-match';
import { DATE_LINE, DOC_NAMES, NEGATIVE_URL, NON_LEGAL_TYPES, SECTION_LABEL, foldText } from '../../../src/core/detect/signals';

describe('DOC_NAMES rules', () => {
  for (const rule of DOC_NAMES) {
    it(`${rule.kind}: has examples and counter-examples`, () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.counter.length).toBeGreaterThan(0);
      expect(rule.why).not.toBe('');
    });
    it.each(rule.examples)(`${rule.kind} matches %s`, (ex) => expect(matchName(ex)?.kind).toBe(rule.kind));
    it.each(rule.counter)(`${rule.kind} does not match %s`, (ex) => expect(matchName(ex)?.kind).not.toBe(rule.kind));
  }
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
  ];
  it.each(cases)('%s', (title, kind, exact) => {
    const hit = matchTitle(title);
    expect(hit?.kind ?? null).toBe(kind);
    if (hit) expect(hit.exact).toBe(exact);
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
    ['not a url', []],
  ];
  it.each(cases)('%s', (url, kinds) => expect(matchUrl(url).map((h) => h.kind)).toEqual(kinds));
});

describe('other signal tables', () => {
  it('negative URL patterns', () => {
    const hit = (u: string): boolean => NEGATIVE_URL.some((r) => r.pattern.test(u));
    expect(hit('https://x.example/blog/our-terms')).toBe(true);
    expect(hit('https://x.example/search?q=terms')).toBe(true);
    expect(hit('https://x.example/2024/05/terms')).toBe(true);
    expect(hit('https://x.example/legal/terms')).toBe(false);
  });
  it.each([['NewsArticle', true], ['BlogPosting', true], ['WebPage', false], ['Organization', false]] as const)('NON_LEGAL_TYPES %s', (t, bad) => expect(NON_LEGAL_TYPES.test(t)).toBe(bad));
  it.each(['Last updated: June 30, 2023', 'Effective Date: March 31, 2023', 'Stand: 1. März 2024', 'Dernière mise à jour : 15 janvier 2024'])('DATE_LINE %s', (s) => expect(DATE_LINE.test(foldText(s))).toBe(true));
  it('DATE_LINE ignores ordinary dates', () => expect(DATE_LINE.test('Published on March 3, 2024')).toBe(false));
  it.each(['10.4 Customer License Grant', '§ 3 Nutzungsrechte', '1. ACCOUNT', 'Article 5'])('SECTION_LABEL %s', (s) => expect(SECTION_LABEL.test(s)).toBe(true));
  it.each(['We collect 10 items', 'In 2023 we changed'])('SECTION_LABEL not %s', (s) => expect(SECTION_LABEL.test(s)).toBe(false));
});
