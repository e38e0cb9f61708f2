import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/core/normalize';

describe('normalizeUrl', () => {
  const cases: Array<[string, string]> = [
    ['https://www.Zoom.US/terms/', 'https://zoom.us/terms'],
    ['http://zoom.us/terms', 'http://zoom.us/terms'],
    ['http://www.Zoom.US:80/terms/', 'http://zoom.us/terms'],
    ['https://example.com:80/terms', 'https://example.com:80/terms'],
    ['http://example.com:443/terms', 'http://example.com:443/terms'],
    ['https://user:secret@www.zoom.us/terms', 'https://zoom.us/terms'],
    ['http://user@zoom.us/terms', 'http://zoom.us/terms'],
    ['ftp://user:secret@files.example/terms.txt#x', 'ftp://files.example/terms.txt'],
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

  // A network attacker controls what a plain-http page says: it must never add versions to the https document (and
  // fake a "changed since your last visit"), nor the other way round.
  it('never gives an http page the key of its https twin', () => {
    for (const path of ['', '/', '/terms', '/terms/?lang=de#top', '/legal/index.html']) {
      expect(normalizeUrl(`http://zoom.us${path}`)).not.toBe(normalizeUrl(`https://zoom.us${path}`));
      expect(normalizeUrl(`http://www.zoom.us${path}`)).toBe(normalizeUrl(`http://zoom.us:80${path}`));
    }
  });

  it('keeps path case, since servers may treat it as meaningful', () => {
    expect(normalizeUrl('https://example.com/Legal/Terms')).not.toBe(normalizeUrl('https://example.com/legal/terms'));
  });
});
