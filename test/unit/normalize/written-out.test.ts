import { describe, expect, it } from 'vitest';
import {
  abbreviationsForNames,
  figuresForWrittenNumbers,
  numberInWords,
} from '../../../src/core/normalize/written-out';

describe('numberInWords', () => {
  const table: Array<[string, number | null]> = [
    ['zero', 0],
    ['ten', 10],
    ['nineteen', 19],
    ['sixty', 60],
    ['Twenty one', 21],
    ['one hundred', 100],
    ['twenty ten', null],
    ['days', null],
    ['one two three', null],
  ];
  for (const [words, n] of table) it(words, () => expect(numberInWords(words.split(' '))).toBe(n));
});

describe('figuresForWrittenNumbers', () => {
  const table: Array<[string, string]> = [
    ['within thirty (30) days', 'within 30 days'],
    ['more than ten percent (10%) of the charge', 'more than 10% of the charge'],
    ['twenty-one (21) days', '21 days'],
    ['Ninety (90) days', '90 days'],
    // Kept: the words are not the figures, or only one of the two says "percent".
    ['thirty (60) days', 'thirty (60) days'],
    ['ten (10%) of it', 'ten (10%) of it'],
    ['under Article (1)', 'under Article (1)'],
  ];
  for (const [text, out] of table) it(text, () => expect(figuresForWrittenNumbers(text)).toBe(out));
});

describe('abbreviationsForNames', () => {
  const table: Array<[string, string]> = [
    ['the California Consumer Privacy Act (CCPA) gives you', 'the CCPA gives you'],
    ['General Data Protection Regulation("GDPR") applies', 'GDPR applies'],
    ['the European Economic Area (EEA) and the UK', 'the EEA and the UK'],
    ['the EU-U.S. Data Privacy Framework (DPF)', 'the EU-U.S. DPF'],
    // Kept: a defined term, and a name whose capitals spell something else.
    ['our Services (the "Services")', 'our Services (the "Services")'],
    ['the General Data Protection Regulation (CCPA)', 'the General Data Protection Regulation (CCPA)'],
    ['we (WE)', 'we (WE)'],
  ];
  for (const [text, out] of table) it(text, () => expect(abbreviationsForNames(text)).toBe(out));
});
