// Picks the ToS;DR case title nearest to one finding, from the TOSDR_CASES table (rules as data).
import type { CategoryId, Stance } from '../types';
import { TOSDR_CASES, type TosdrCaseEntry } from './tosdr-cases';

interface CompiledEntry {
  entry: TosdrCaseEntry;
  pattern: RegExp | null;
}

// Compile once: the popup exports hundreds of findings in one go.
const BY_KEY = new Map<string, CompiledEntry[]>();
for (const entry of TOSDR_CASES) {
  const key = `${entry.category}/${entry.stance}`;
  const list = BY_KEY.get(key) ?? [];
  list.push({ entry, pattern: entry.when === undefined ? null : new RegExp(entry.when, 'i') });
  BY_KEY.set(key, list);
}

/** The table entry that applies to this finding, or undefined when ToS;DR has no case that fits. */
export function nearestTosdrEntry(category: CategoryId, stance: Stance, text: string): TosdrCaseEntry | undefined {
  const list = BY_KEY.get(`${category}/${stance}`) ?? [];
  return list.find((c) => c.pattern === null || c.pattern.test(text))?.entry;
}

/** Title of the nearest ToS;DR case (or our own wording where ToS;DR has none; see tosdr-cases.ts), or null. */
export function nearestTosdrCase(category: CategoryId, stance: Stance, text: string): string | null {
  return nearestTosdrEntry(category, stance, text)?.title ?? null;
}
