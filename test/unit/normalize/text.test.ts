import { describe, expect, it } from 'vitest';
import { hashText, normalizeText, sha256HexSync } from '../../../src/core/normalize';

const BASE = `Effective Date: March 31, 2023

10.4 Customer License Grant. You agree to grant and hereby grant Zoom a perpetual, worldwide licence.
Zoom may modify these terms.`;

describe('normalizeText: noise that must not make a new version', () => {
  const variants: Array<[string, string]> = [
    [
      'extra spaces and re-wrapped lines',
      BASE.replace('perpetual, worldwide', 'perpetual,\n   worldwide').replace(/\n\n/g, '\n\n\n'),
    ],
    [
      'NBSP and zero-width characters',
      BASE.replace('Customer License', 'Customer\u00A0License').replace('Zoom may', 'Zoom\u200B may'),
    ],
    [
      'curly quotes and dashes',
      BASE.replace('10.4', '10.4')
        .replace('worldwide licence', 'worldwide \u2013 licence')
        .replace('perpetual', 'perpetual') + '',
    ],
    ['restamped effective date', BASE.replace('March 31, 2023', 'August 7, 2023')],
    ['relative "last updated" line', `Last updated 3 days ago\n${BASE}`],
    ['"Last updated:" with ISO date', `Last updated: 2023-08-07\n${BASE}`],
    [
      'cookie banner',
      `${BASE}\nWe use cookies to improve your experience. By clicking "Accept all", you agree to our use of cookies.\nAccept all cookies\nReject all`,
    ],
    ['navigation lines', `Skip to main content\nHome > Legal > Terms of Service\n${BASE}\nBack to top`],
    ['CRLF line endings', BASE.replace(/\n/g, '\r\n')],
  ];
  // Dashes differ from hyphens in the base only when the base has one: build the dash variant against a hyphen base.
  const dashBase = BASE.replace('worldwide licence', 'worldwide - licence');

  it.each(variants)('%s', (label, variant) => {
    const base = label === 'curly quotes and dashes' ? dashBase : BASE;
    expect(normalizeText(variant)).toBe(normalizeText(base));
  });

  it('treats curly and straight quotes alike', () => {
    expect(normalizeText('Zoom\u2019s \u201CServices\u201D')).toBe(normalizeText('Zoom\'s "Services"'));
  });
});

describe('normalizeText: real changes stay visible', () => {
  const changes: Array<[string, string]> = [
    ['a word changed', BASE.replace('perpetual', 'limited')],
    [
      'a sentence added',
      `${BASE}\nZoom will not use audio, video or chat Customer Content to train our artificial intelligence models without your consent.`,
    ],
    [
      'a sentence about cookies that is policy, not banner',
      `${BASE}\nWe use cookies and similar technologies to measure how the Services are used.`,
    ],
    ['a number changed', BASE.replace('10.4', '10.5')],
  ];
  it.each(changes)('%s', (_label, variant) => {
    expect(normalizeText(variant)).not.toBe(normalizeText(BASE));
  });
});

describe('hashing', () => {
  const vectors: Array<[string, string]> = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ];
  it.each(vectors)('SHA-256 of %j', async (input, expected) => {
    expect(await hashText(input)).toBe(expected);
    expect(sha256HexSync(input)).toBe(expected);
  });

  it('the synchronous and native hashes agree on long non-ASCII text', async () => {
    const text = `${BASE} — Zoom’s “Services” ✓ `.repeat(400);
    expect(sha256HexSync(text)).toBe(await hashText(text));
  });
});
