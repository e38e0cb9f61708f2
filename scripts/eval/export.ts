// Export eval: are the ToS;DR titles we cite real, and do the keyword refinements pick the case ToS;DR reviewers picked?
// Data: labelled/tosdr-legacy-points.jsonl (legacy ToS;DR points: a quote and the case a contributor gave it).
// Patterns in src/core/export/tosdr-cases.ts were written from the case titles, not from these quotes; nothing here
// feeds back into them, so the figures are held-out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearestTosdrCase, TOSDR_CASES } from '../../src/core/export';
import { row } from '../bench-util';

interface Point {
  quote: string | null;
  case: string | null;
  needModeration?: boolean;
}

export async function run(corpusDir: string): Promise<boolean> {
  const points = readFileSync(join(corpusDir, 'labelled/tosdr-legacy-points.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Point);
  const legacyTitles = new Set(points.map((p) => p.case).filter((c): c is string => !!c));

  // 1. Every title marked tosdr-legacy must be an exact legacy case title (hard requirement).
  const legacy = TOSDR_CASES.filter((e) => e.source === 'tosdr-legacy');
  const missing = legacy.filter((e) => !legacyTitles.has(e.title));
  row('tosdr-legacy titles found verbatim in the corpus', `${legacy.length - missing.length}/${legacy.length}`);
  for (const m of missing) console.log(`  MISSING: ${m.title}`);
  const bySource = new Map<string, number>();
  for (const e of TOSDR_CASES) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
  row('table entries by source', [...bySource].map(([s, n]) => `${s} ${n}`).join(', '));

  // 2. Within each category+stance group that has several legacy titles, given the group, does the clause text pick
  //    the same title as the ToS;DR contributor? Baseline: always the group's default.
  const groups = new Map<string, { titles: Set<string>; def: string }>();
  for (const e of TOSDR_CASES) {
    const key = `${e.category}/${e.stance}`;
    const g = groups.get(key) ?? { titles: new Set<string>(), def: '' };
    if (e.source === 'tosdr-legacy') g.titles.add(e.title);
    if (e.when === undefined) g.def = e.title;
    groups.set(key, g);
  }
  let total = 0;
  let hits = 0;
  let baseHits = 0;
  console.log('\ngroup (points whose legacy case is one of its titles)      n   refined  default-only');
  for (const [key, g] of groups) {
    if (g.titles.size < 2) continue;
    const [category, stance] = key.split('/') as [
      Parameters<typeof nearestTosdrCase>[0],
      Parameters<typeof nearestTosdrCase>[1],
    ];
    const inGroup = points.filter((p) => p.quote && p.case && g.titles.has(p.case));
    const ok = inGroup.filter((p) => nearestTosdrCase(category, stance, p.quote!) === p.case).length;
    const base = inGroup.filter((p) => g.def === p.case).length;
    total += inGroup.length;
    hits += ok;
    baseHits += base;
    const pct = (n: number): string => (inGroup.length ? `${((100 * n) / inGroup.length).toFixed(1)}%` : '-');
    console.log(
      `${key.padEnd(56)} ${String(inGroup.length).padStart(4)}   ${pct(ok).padStart(6)}   ${pct(base).padStart(6)}`,
    );
  }
  row(
    '\nall groups: nearest case = contributor case (refined)',
    `${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`,
  );
  row('all groups: default title only (baseline)', `${baseHits}/${total} (${((100 * baseHits) / total).toFixed(1)}%)`);
  return missing.length === 0;
}
