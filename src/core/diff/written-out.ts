// Legal drafting writes some things twice, and a revision may add or drop the second form (normalize/written-out.ts):
// a number in words beside its figures, a name beside its abbreviation. Such a clause says what it said.
import { comparableText } from '../normalize';
import { abbreviationsForNames, figuresForWrittenNumbers } from '../normalize/written-out';

/**
 * Whether two texts say the same once a number written in words beside its figures is read as the figures, and a name
 * spelled out before its abbreviation on one side only as the abbreviation. Two names under one abbreviation ("Public
 * Data (PD)" / "Personal Data (PD)") still differ: each side spells its own.
 */
export function onlyWrittenOutChanged(before: string, after: string): boolean {
  const b = figuresForWrittenNumbers(before);
  const a = figuresForWrittenNumbers(after);
  const bShort = abbreviationsForNames(b);
  const aShort = abbreviationsForNames(a);
  const spelledOnOneSide = (bShort === b) !== (aShort === a);
  const [x, y] = spelledOnOneSide ? [bShort, aShort] : [b, a];
  return x !== before || y !== after ? comparableText(x) === comparableText(y) : false;
}
