// Labels of reported changes (test/fixtures/gold/changes/labels.json), keyed so that a label survives changes to the
// reporter: the history, the version pair, and a short verbatim quote of the changed clause's text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from '../../../src/core/diff';

export const LABELS_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'test',
  'fixtures',
  'gold',
  'changes',
  'labels.json',
);
/** The sample's seed: changing it draws another sample (and voids the held-back split). */
export const SAMPLE_SEED = 'termwatch-changes-1';
const QUOTE_WORDS = 20;

export interface ReportedUnit {
  history: string;
  from: string;
  to: string;
  change: Change;
}

export interface ChangeLabel {
  history: string;
  from: string;
  to: string;
  /** ≤ 20 words, verbatim (whitespace collapsed) from the changed clause's text before or after. */
  quote: string;
  label: 'substantive' | 'noise';
  /** For noise: dates, navigation, link order, formatting, variant, language, typo; for substantive: what changed. */
  reason: string;
  part: 'dev' | 'holdout';
  /** The second, independent pass over the harder half (absent when labelled once). */
  second?: 'substantive' | 'noise';
}

const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();

function window(words: string[], at: number): string {
  const start = Math.max(0, Math.min(at - 5, words.length - QUOTE_WORDS));
  return words.slice(start, start + QUOTE_WORDS).join(' ');
}

/** The quote that names a reported change: around its first changed word, else the start of its clause. */
export function quoteOf(c: Change): string {
  if (c.type === 'modified' && c.wordDiff) {
    // Words of the new text up to the first insertion (or of the old text up to the first deletion).
    const side = c.wordDiff.some((p) => p.op === 'insert') ? 'insert' : 'delete';
    let before = '';
    for (const p of c.wordDiff) {
      if (p.op === side) break;
      if (p.op === 'equal') before += p.text;
    }
    const text = squash(side === 'insert' ? c.after! : c.before!);
    const at = squash(before).split(' ').filter(Boolean).length;
    return window(text.split(' '), at);
  }
  return window(squash(c.after ?? c.before ?? '').split(' '), 0);
}

export function unitKeyOf(u: ReportedUnit): string {
  return [u.history, u.from, u.to, quoteOf(u.change)].join('\u0000');
}

function hashOf(s: string): string {
  return createHash('sha256').update(SAMPLE_SEED).update('\0').update(s).digest('hex');
}

/** The order the sample is drawn in: by a seeded hash of each unit's key, never by choice. */
export function sampleOrder<T extends ReportedUnit>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => (hashOf(unitKeyOf(a)) < hashOf(unitKeyOf(b)) ? -1 : 1));
}

/** A third of the sample is held back, by the same seeded hash of the label's key. */
export function partOf(l: Pick<ChangeLabel, 'history' | 'from' | 'to' | 'quote'>): 'dev' | 'holdout' {
  const key = [l.history, l.from, l.to, l.quote].join('\u0000');
  return parseInt(hashOf(`part\0${key}`).slice(0, 8), 16) % 3 === 0 ? 'holdout' : 'dev';
}

export function readLabels(file = LABELS_FILE): ChangeLabel[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array of labels`);
  raw.forEach((l: Partial<ChangeLabel>, i) => {
    const ok =
      typeof l.history === 'string' &&
      typeof l.from === 'string' &&
      typeof l.to === 'string' &&
      typeof l.quote === 'string' &&
      l.quote.split(' ').length <= QUOTE_WORDS &&
      (l.label === 'substantive' || l.label === 'noise') &&
      (l.part === 'dev' || l.part === 'holdout');
    if (!ok) throw new Error(`${file}: label ${i} is malformed: ${JSON.stringify(l)}`);
  });
  return raw as ChangeLabel[];
}

/** The label of a reported unit: same history and pair, and its quote found in the clause's text before or after. */
export function labelFor(u: ReportedUnit, labels: readonly ChangeLabel[]): ChangeLabel | undefined {
  const texts = `${squash(u.change.before ?? '')}\u0000${squash(u.change.after ?? '')}`;
  return labels.find((l) => l.history === u.history && l.from === u.from && l.to === u.to && texts.includes(l.quote));
}
