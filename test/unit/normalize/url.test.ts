import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/core/normalize';

describe('normalizeUrl', () => {
  const cases: Array<[string, string]> = [
    ['https://www.Zoom.US/terms/', 'https://zoom.us/terms'],
    ['http://zoom.us/terms', 'https://zoom.us/terms'],
    ['https://zoom.us/terms#section-10', 'https://zoom.us/terms'],
    ['https://zoom.us/terms?utm_source=news&utm_medium=email&fbclid=abc', 'https://zoom.us/terms'],
    ['https://zoom.us/terms?gclid=1&mc_cid=2&mc_eid=3&ref=hn', 'https://zoom.us/terms'],
    ['https://zoom.us/legal/index.html', 'https://zoom.us/legal'],
    ['https://zoom.us/', 'https://zoom.us'],
    ['https://example.com/privacy?lang=de', 'https://example.com/privacy?lang=de'],
    ['https://example.com/privacy?lang=de&utm_campaign=x', 'https://example.com/privacy?lang=de'],
    ['https://example.com/privacy?region=eu&lang=de', 'https://example.com/privacy?lang=de&region=eu'],
    ['https://example.com:8443/Terms', 'https://example.com:8443/Terms'],
    ['https://example.com:443/terms', 'https://example.com/terms'],
    ['  terms/zoom.md ', 'terms/zoom.md'],
    ['file:///tmp/terms.html#x', 'file:///tmp/terms.html'],
  ];
  it.each(cases)('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const [input] of cases) expect(normalizeUrl(normalizeUrl(input))).toBe(normalizeUrl(input));
  });

  it('keeps path case, since servers may treat it as meaningful', () => {
    expect(normalizeUrl('https://example.com/Legal/Terms')).not.toBe(normalizeUrl('https://example.com/legal/terms'));
  });
});
