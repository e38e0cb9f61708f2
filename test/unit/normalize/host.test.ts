import { describe, expect, it } from 'vitest';
import { normalizeHostname } from '../../../src/core/normalize/host';
import { normalizeUrl } from '../../../src/core/normalize';
import { normalizeHost } from '../../../src/storage/settings';

describe('the one host normaliser', () => {
  it.each([
    ['WWW.Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['www.example.com.', 'example.com'],
    ['news.www.example.com', 'news.www.example.com'],
    ['wwwexample.com', 'wwwexample.com'],
  ])('%s → %s', (input, expected) => expect(normalizeHostname(input)).toBe(expected));

  it('is what history keys and ignored sites compare', () => {
    expect(normalizeUrl('https://WWW.Example.com./terms')).toBe('https://example.com/terms');
    expect(normalizeHost('https://WWW.Example.com./terms')).toBe('example.com');
  });
});
