import { describe, expect, it } from 'vitest';
import { registrableDomain, siteOf } from '../../../src/core/normalize/site';

describe('registrableDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['a.b.c.example.com', 'example.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['shop.example.com.au', 'example.com.au'],
    ['example.co.jp', 'example.co.jp'],
    ['alice.github.io', 'alice.github.io'],
    ['docs.alice.github.io', 'alice.github.io'],
    ['my-app.herokuapp.com', 'my-app.herokuapp.com'],
    ['EXAMPLE.COM.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '[::1]'],
    // Documented limit: private second levels not in the list share one budget.
    ['shop.tokyo.jp', 'tokyo.jp'],
  ])('%s → %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.example.com/terms?x=1', 'https://example.com'],
    ['https://legal.example.com/privacy', 'https://example.com'],
    ['http://example.com/terms', 'http://example.com'],
    ['https://example.com:8443/terms', 'https://example.com'],
    ['file:///home/me/terms.html', 'file:'],
    ['terms.md', 'terms.md'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
