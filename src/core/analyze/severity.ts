// Severity of a finding: the rule's base severity, adjusted by the category's context check, then by stance.
import type { Condition, Severity, Stance } from '../types';

const ORDER: readonly Severity[] = ['low', 'medium', 'high'];

export function lower(sev: Severity, steps = 1): Severity {
  return ORDER[Math.max(0, ORDER.indexOf(sev) - steps)]!;
}

export function higher(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** Severity steps a conditional finding loses: the only discount for consent (the grade adds none of its own). */
export const CONDITION_SEVERITY_STEPS = { opt_in: 2, opt_out: 1 } as const;

/**
 * A consent gate (opt_in) matters less than an opt-out default; a restriction is good news, kept "low" so it sorts
 * last. A grant hedged by a generic exception ("we do not share except as described") keeps the grant one notch down.
 */
export function severityForStance(
  base: Severity,
  stance: Stance,
  condition: Condition | undefined,
  genericException: boolean,
): Severity {
  if (stance === 'restrict') return 'low';
  if (stance === 'conditional') return lower(base, CONDITION_SEVERITY_STEPS[condition ?? 'opt_out']);
  return genericException ? lower(base, 1) : base;
}
