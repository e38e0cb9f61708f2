import { describe, expect, it } from 'vitest';
import { decodeEntities, stripMarkdown } from '../../../src/core/analyze/plain-text';

describe('decodeEntities', () => {
  it.each([
    ['Our vendors include:&nbsp;Acme', 'Our vendors include: Acme'],
    ['Terms &amp; Conditions', 'Terms & Conditions'],
    ['we don&rsquo;t sell', 'we don’t sell'],
    ['&#8220;Data&#8221; and &#x2019;', '“Data” and ’'],
    ['non&#160;breaking', 'non breaking'],
    ['&unknown; stays', '&unknown; stays'],
    ['AT&T data', 'AT&T data'],
  ])('%j → %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
  it('runs before markdown stripping, so clause text reads like the rendered page', () => {
    expect(stripMarkdown('- **Partners** include:&nbsp;Acme')).toBe('Partners include: Acme');
  });
});
