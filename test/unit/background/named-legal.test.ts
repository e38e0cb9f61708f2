// The background starts the analysis worker at a page's load only where its address names a legal document.
import { describe, expect, it } from 'vitest';
import { namesLegalDocument } from '../../../src/background/named-legal';

describe('namesLegalDocument', () => {
  it.each([
    'https://example.com/legal/terms-of-service/',
    'https://example.com/en/privacy-policy',
    'https://example.com/terms.html',
    'https://example.com/policies/cookie-policy?x=1',
  ])('is true for %s', (url) => {
    expect(namesLegalDocument(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'https://example.com/2023/08/08/zoom-terms-of-service-ai-training-backlash',
    'https://example.com/products/shoes',
    'not a url',
  ])('is false for %s', (url) => {
    expect(namesLegalDocument(url)).toBe(false);
  });
});
