// Cheap text similarity for aligning clauses that were reworded: Dice coefficient over word multisets.

/** Lower-cased word tokens (letters/digits), the unit of similarity. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export type Bag = Map<string, number>;

export function bagOf(words: readonly string[]): Bag {
  const bag: Bag = new Map();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

/** 2·|A∩B| / (|A|+|B|) over multisets; 1 for identical bags, 0 for disjoint ones. */
export function dice(a: Bag, aSize: number, b: Bag, bSize: number): number {
  if (aSize + bSize === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, n] of small) common += Math.min(n, large.get(w) ?? 0);
  return (2 * common) / (aSize + bSize);
}
