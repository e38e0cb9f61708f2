// One training example: a unit, the group it belongs to (for grouped folds), and one label per category.
import type { UnitInput } from '../../src/core/analyze/model/features';

export interface Example {
  /** real: the development part of our labels; tosdr, claudette: the borrowed sets (see MODEL.md for the mapping). */
  source: 'real' | 'tosdr' | 'claudette' | 'fixture';
  /** Folds never split a group: the service (real, ToS;DR) or the document (CLAUDETTE). */
  group: string;
  unit: UnitInput;
  /** Per category, in CATEGORY_IDS order: 1 in the category (any stance), 0 labelled out of it, -1 not labelled. */
  labels: number[];
  /** Per category: the rules flagged the unit (1) or not (0), -1 unknown (the rules run on the dev documents; real examples only). */
  rules: number[];
}
