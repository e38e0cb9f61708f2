// Severity of a finding: the rule's base severity, adjusted by the category's context check, then by stance.
import type { Condition, Severity, Stance } from '../types';

const ORDER: readonly Severity[] = ['low', 'medium', 'high'];

export function lower(sev: Severity, steps = 1): Severity {
  return ORDER[Math.max(0, ORDER.indexOf(sev) - steps)]!;
}

export function higher(a: Severity, b: Severity): Severity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

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
  if (stance === 'conditional') return condition === 'opt_in' ? lower(base, 2) : lower(base, 1);
  return genericException ? lower(base, 1) : base;
}
