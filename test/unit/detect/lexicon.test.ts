// The detector's content lexicon (src/core/detect/lexicon.ts): every list matches its examples and none of its
// counter-examples, compiled as the detector compiles it; and the compiled signals are the lists, not copies.
import { describe, expect, it } from 'vitest';
import { DETECT_LEXICON, LEXICON_EXAMPLES, lexRx, type DetectLexicon } from '../../../src/core/detect/lexicon';
import {
  BINDING,
  SELF_BINDING,
  FOREIGN_VOCAB,
  KIND_CUES,
  PLAIN_HEADING,
  POLICY_HEADING,
  VOICE,
  VOICE_ANY,
  foldText,
} from '../../../src/core/detect/signals';

const compiled: Record<keyof DetectLexicon, RegExp> = {
  voice: VOICE,
  acts: VOICE_ANY,
  selfBinding: SELF_BINDING,
  topicBinding: BINDING,
  heading: PLAIN_HEADING,
  topic: POLICY_HEADING,
  foreign: FOREIGN_VOCAB,
  privacy: KIND_CUES.privacy,
  terms: KIND_CUES.terms,
  cookies: KIND_CUES.cookies,
};
const hits = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const hit = re.test(foldText(text));
  re.lastIndex = 0;
  return hit;
};

describe('detect lexicon', () => {
  const lists = Object.keys(DETECT_LEXICON) as (keyof DetectLexicon)[];
  it('has examples for every list, and a compiled signal for each', () => {
    expect(Object.keys(LEXICON_EXAMPLES).sort()).toEqual([...lists].sort());
    for (const l of lists) {
      expect(LEXICON_EXAMPLES[l].match.length, l).toBeGreaterThanOrEqual(2);
      expect(LEXICON_EXAMPLES[l].noMatch.length, l).toBeGreaterThanOrEqual(2);
      expect(compiled[l].source, l).toContain(DETECT_LEXICON[l].replace(/ /g, '\\s+'));
    }
  });
  it.each(lists)('%s matches its examples and none of its counter-examples', (l) => {
    for (const text of LEXICON_EXAMPLES[l].match) expect(hits(compiled[l], text), `${l}: "${text}"`).toBe(true);
    for (const text of LEXICON_EXAMPLES[l].noMatch) expect(hits(compiled[l], text), `${l}: "${text}"`).toBe(false);
  });
  it('lists are flat alternations of folded words: lower case, no accents, no empty alternative', () => {
    for (const l of lists) {
      const list = DETECT_LEXICON[l];
      expect(list, l).toBe(foldText(list));
      expect(list, l).not.toMatch(/^\||\|\||\|$/);
    }
  });
  it('compiles whole words only', () => {
    expect(hits(lexRx('agree'), 'we disagree')).toBe(false);
    expect(hits(lexRx('agree'), 'you agree')).toBe(true);
  });
  it('reads headings in markup from both heading lists, and a plain line only when heading-shaped and no bare topic', () => {
    for (const t of [...LEXICON_EXAMPLES.heading.match, ...LEXICON_EXAMPLES.topic.match])
      expect(hits(POLICY_HEADING, t), t).toBe(true);
    for (const t of [
      'Payment terms',
      'Governing Law & Jurisdiction',
      'Disclaimer of Warranties and Limitation of Liability',
    ])
      expect(hits(PLAIN_HEADING, t), t).toBe(true);
    for (const t of [
      'Payments',
      '4. Fees',
      'Contact us',
      'Governing law applies.',
      'Children under 13 get their own profile with parental controls turned on by default',
      'Your rights, in short',
      'How long is my data kept?',
    ])
      expect(hits(PLAIN_HEADING, t), t).toBe(false);
  });
  it('reads a policy heading after its section number, and only at the start', () => {
    expect(hits(POLICY_HEADING, '12.3 Governing Law')).toBe(true);
    expect(hits(POLICY_HEADING, '4. Your Rights')).toBe(true);
    expect(hits(POLICY_HEADING, 'Our view on governing law')).toBe(false);
  });
});
