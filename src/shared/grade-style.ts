// One place for the colours that stand for grades, used by the badge and the popup.
import type { Grade } from '../core/types';

export const GRADE_COLORS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#4d8b1f',
  C: '#b07800',
  D: '#d1570d',
  E: '#c62828',
};

export const GRADE_WORDS: Record<Grade, string> = {
  A: 'Good: no worrying rights taken',
  B: 'Mostly fine',
  C: 'Some concerns',
  D: 'Worrying',
  E: 'Very worrying',
};
