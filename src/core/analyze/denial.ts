// One test for a plain denial in a span ("we do not sell", "we won't share"), shared by the rules and stance.
import { NEGATION_CONTRACTIONS, PLAIN_DENIAL_WORDS } from './lexicon';
import { wordsPattern } from './word-pattern';

export const PLAIN_DENIAL = new RegExp(
  String.raw`\b${wordsPattern(PLAIN_DENIAL_WORDS)}\b|${wordsPattern(NEGATION_CONTRACTIONS)}\b`,
  'i',
);
