// The gold label of each labelled (unit, category): what the annotators said when they all agree, otherwise the
// settled label (adjudication.jsonl: one line per conflict, with its reason). A settled label also overrides an
// agreement: revisions.jsonl (a relabelling pass under a sharpened guide) uses the same format, read after
// adjudication.jsonl, and the later line wins. A conflict nobody has settled yet is "unsettled": not scored.
// A unit is gold only for the categories its annotators labelled it for (a keyword-net unit: one category), and for
// the category of any settled label on it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryId, Condition, Stance } from '../../src/core/types';
import { GOLD_DIR, readJsonl, unitKey } from './agreement';
import { SETS, type LabelLine } from './compile-labels';

/** A settled label: one line of adjudication.jsonl or revisions.jsonl. */
export interface SettledLabel {
  doc: string;
  quote: string;
  occurrence: number;
  category: CategoryId;
  /** none (or null): the unit is not in the category. */
  stance: Stance | 'none' | null;
  condition: Condition | null;
  role: LabelLine['role'];
  actor: LabelLine['actor'];
  reason: string;
}

export interface GoldLabel {
  doc: string;
  quote: string;
  occurrence: number;
  context: string;
  category: CategoryId;
  /** null: labelled negative for the category. */
  stance: Stance | null;
  condition: Condition | null;
  role: LabelLine['role'];
  /** 'user' when the unit is an obligation or prohibition on the user (labelled none actor=user). */
  actor: LabelLine['actor'];
  source: 'agreed' | 'settled';
}

export interface Unsettled {
  doc: string;
  quote: string;
  occurrence: number;
  category: CategoryId;
  /** Annotator → value ("none", "grant", "conditional:opt_out", …). */
  values: Record<string, string>;
}

/** Files of settled labels, in the order they apply (a later line for the same unit and category wins). */
export const SETTLED_FILES = ['adjudication.jsonl', 'revisions.jsonl'] as const;

/** The settled labels present in `dir`; none while no file exists yet. */
export function readSettled(dir = GOLD_DIR): SettledLabel[] {
  return SETTLED_FILES.map((f) => join(dir, f))
    .filter((f) => existsSync(f))
    .flatMap((f) => readJsonl<SettledLabel>(f));
}

interface Vote {
  value: string;
  /** The annotator's line for this category; null when the unit was left unlabelled (a negative). */
  line: LabelLine | null;
}

/** A label's value as annotators' agreement compares it: none, grant, conditional:opt_in, … */
export const valueOf = (stance: string | null, condition: string | null): string =>
  stance === null || stance === 'none'
    ? 'none'
    : `${stance}${stance === 'conditional' && condition ? `:${condition}` : ''}`;

export const catKey = (key: string, category: CategoryId): string => `${key}\u0000${category}`;

export function resolveGold(
  lines: readonly LabelLine[],
  settled: readonly SettledLabel[],
): { gold: GoldLabel[]; unsettled: Unsettled[] } {
  // (unit, category) → annotator → vote, in first-seen order of units.
  const votes = new Map<string, { first: LabelLine; category: CategoryId; byAnnotator: Map<string, Vote> }>();
  for (const l of lines) {
    const key = unitKey(l);
    for (const category of SETS[l.set].categories) {
      const k = catKey(key, category);
      const entry = votes.get(k) ?? { first: l, category, byAnnotator: new Map<string, Vote>() };
      votes.set(k, entry);
      const own = l.category === category;
      const prev = entry.byAnnotator.get(l.annotator);
      // An annotator's explicit line for the category beats the implicit negative of their other lines on the unit.
      if (!prev || (own && !prev.line))
        entry.byAnnotator.set(l.annotator, {
          value: own ? valueOf(l.stance, l.condition) : 'none',
          line: own ? l : null,
        });
    }
  }
  const settledBy = new Map<string, SettledLabel>();
  for (const s of settled) settledBy.set(catKey(unitKey(s), s.category), s);

  const gold: GoldLabel[] = [];
  const unsettled: Unsettled[] = [];
  const fromSettled = (s: SettledLabel, context: string): GoldLabel => {
    const positive = s.stance !== null && s.stance !== 'none';
    return {
      doc: s.doc,
      quote: s.quote,
      occurrence: s.occurrence,
      category: s.category,
      context,
      stance: positive ? (s.stance as Stance) : null,
      condition: positive && s.stance === 'conditional' ? s.condition : null,
      role: s.role ?? 'operative',
      actor: s.actor ?? 'service',
      source: 'settled',
    };
  };
  for (const [k, { first, category, byAnnotator }] of votes) {
    const base = { doc: first.doc, quote: first.quote, occurrence: first.occurrence, category };
    const s = settledBy.get(k);
    if (s) {
      gold.push(fromSettled(s, first.context));
      continue;
    }
    const all = [...byAnnotator.values()];
    if (new Set(all.map((v) => v.value)).size > 1) {
      unsettled.push({ ...base, values: Object.fromEntries([...byAnnotator].map(([a, v]) => [a, v.value])) });
      continue;
    }
    const own = all.map((v) => v.line).filter((l): l is LabelLine => l !== null);
    const [stance, condition] = all[0]!.value.split(':') as [string, string | undefined];
    gold.push({
      ...base,
      context: first.context,
      stance: stance === 'none' ? null : (stance as Stance),
      condition: (condition ?? null) as Condition | null,
      // Agreeing on the value, one annotator may have recorded the reason (role=pointer, actor=user) and another not.
      role: own.find((l) => l.role !== 'operative')?.role ?? 'operative',
      actor: own.some((l) => l.actor === 'user') ? 'user' : 'service',
      source: 'agreed',
    });
  }
  // A reviser may label a unit no annotator was asked about (a positive the keyword net did not catch): it counts.
  for (const [k, s] of settledBy) if (!votes.has(k)) gold.push(fromSettled(s, ''));
  return { gold, unsettled };
}
