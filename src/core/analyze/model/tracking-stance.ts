// The condition of a model tracking finding that stance.ts reads as a grant (GUIDE.md T4, T5). stance.ts finds opt-outs
// said with a verb ("you may opt out"); a tracking unit often names the control instead ("click Cookie Settings",
// "iOS: Settings > Privacy > Limit Ad Tracking", "you will be asked to provide your separate consent"), which the
// rules' cookie patterns carry and the model has none of. Words: lexicon.ts TRACKING_CONTROLS.
import type { Condition } from '../../types';
import { TRACKING_CONTROLS as C } from '../lexicon';
import { wordsPattern } from '../word-pattern';

const OPT_IN = new RegExp(String.raw`\b${wordsPattern(C.optIn)}\b`, 'i');
const OPT_OUT = new RegExp(String.raw`\b${wordsPattern(C.optOut)}\b`, 'i');

/** The condition a tracking unit states by naming a consent or a control; null when it names neither. */
export function trackingCondition(text: string): Condition | null {
  if (OPT_IN.test(text)) return 'opt_in';
  if (OPT_OUT.test(text)) return 'opt_out';
  return null;
}
