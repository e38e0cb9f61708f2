import type { Clause } from '../../../src/core/types';

/** A clause of `text` alone, as the extractor gives a paragraph with no heading (`extra` sets the rest). */
export const clauseOf = (text: string, extra: Partial<Clause> = {}): Clause => ({
  id: 'c0',
  block: 0,
  start: 0,
  end: text.length,
  text,
  sectionPath: [],
  section: '',
  ...extra,
});
