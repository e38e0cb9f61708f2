import { describe, expect, it } from 'vitest';
import { sectionNumber, sectionRef, sectionTitle } from '../../../src/core/diff';

describe('section labels', () => {
  const cases: Array<[string, string | null, string, string]> = [
    ['10.4 Customer License Grant', '10.4', 'customer license grant', '§10.4'],
    ['**10.2 Service Generated Data; Consent to Use**', '10.2', 'service generated data consent to use', '§10.2'],
    ['Section 15. Modifications', '15', 'modifications', '§15'],
    ['10.2', '10.2', '', '§10.2'],
    ['Customer Content', null, 'customer content', '"Customer Content"'],
    ['a) Scope', null, 'scope', '"a) Scope"'],
    ['', null, '', ''],
  ];
  it.each(cases)('%j', (label, num, title, ref) => {
    expect(sectionNumber(label)).toBe(num);
    expect(sectionTitle(label)).toBe(title);
    expect(sectionRef(label)).toBe(ref);
  });
});
