// Seeded hostile clauses for the analyser: the cue words of every rule mixed with long runs of punctuation and
// repeated tokens, the shapes that made word-gap regexes backtrack catastrophically. Used by the slow fuzz test and by
// `npm run bench -- robustness` (slowest hostile clause ÷ an ordinary clause of the same length).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textToClauses } from '../../src/core/analyze/plain-text';
import { ALL_CATEGORY_RULES } from '../../src/core/analyze/rules';
import type { CategoryRules } from '../../src/core/analyze/rule';
import { mulberry32 } from '../../scripts/seeded-random';

/** Plain words found in the rules' cue regexes and match patterns ("share", "third", "train", …). */
export function cueWords(): string[] {
  const words = new Set<string>();
  for (const cat of ALL_CATEGORY_RULES) {
    for (const rule of cat.rules) {
      for (const src of [...rule.cue.map((r) => r.source), ...rule.match]) {
        // Escapes first: the b of \b and the s of \s would otherwise stick to the next word ("bshar").
        for (const w of src.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{3,}/g) ?? []) words.add(w);
      }
    }
  }
  return [...words].sort();
}

const RUN_CHARS = ['-', "'", '’', '/', '.', '=', '_', '*', '|', '—', ' -', "- '", ', ', '\u00a0'];
const REPEATS = ['third-party', "users'", 'and/or', 'e-mail', 'data,', 'we’ll', 'non-law', '...'];

/** One hostile clause of at most `maxLength` characters. */
export function hostileClause(rng: () => number, words: readonly string[], maxLength: number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < maxLength) {
    const r = rng();
    let part: string;
    if (r < 0.4) part = Array.from({ length: 1 + Math.floor(rng() * 6) }, () => pick(words)).join(' ');
    else if (r < 0.75) part = pick(RUN_CHARS).repeat(1 + Math.floor(rng() * Math.min(2000, maxLength / 4)));
    else
      part = Array(1 + Math.floor(rng() * 200))
        .fill(pick(REPEATS))
        .join(pick(['-', ' ', '/', "'"]));
    parts.push(part);
    length += part.length + 1;
  }
  return parts.join(' ').slice(0, maxLength);
}

/** An ordinary legal sentence run of the same length, the reference for the bench's ratio. */
export function ordinaryClause(length: number): string {
  const s = 'We may share your personal information with our service providers who process it on our behalf. ';
  return s.repeat(Math.ceil(length / s.length)).slice(0, length);
}

/** A category's example texts: each rule's mustMatch and mustNotMatch, and each veto's mustVeto and mustNotVeto (the
 * texts written to match the vetoes' regexes, or to come close). */
export function categoryExampleTexts(cat: CategoryRules): string[] {
  return [
    ...cat.rules.flatMap((rule) =>
      [...rule.mustMatch, ...rule.mustNotMatch].map((ex) => (typeof ex === 'string' ? ex : ex.text)),
    ),
    ...(cat.vetoes ?? []).flatMap((veto) => [...veto.mustVeto, ...veto.mustNotVeto]),
  ];
}

/** Every category's example texts (categoryExampleTexts). */
export function ruleExampleTexts(): string[] {
  return ALL_CATEGORY_RULES.flatMap(categoryExampleTexts);
}

// Words and separators that compromise or the pre-filters read in a special way: contractions, acronyms with dots,
// number ranges, company names and legal-form suffixes, accented letters, a separator that is also a word character.
const PLAIN_WORDS = [
  'we',
  'our',
  'the',
  'to',
  'with',
  'by',
  'your',
  'data',
  "don't",
  'u.s.',
  '2-4',
  '&',
  'stripe',
  'ltd',
];
const SEPARATORS = [' ', ' ', ', ', ' - ', '-', "'", '’', '/', ': ', '. ', '_', '2', ' (', ') ', 'é', "'ll "];

/** `count` seeded clauses of 2–15 cue words and plain words, joined by ordinary and awkward separators. */
export function seededCueClauses(seed: number, count: number): string[] {
  const rng = mulberry32(seed);
  const vocab = [...cueWords(), ...PLAIN_WORDS];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(rng() * 14);
    let s = '';
    for (let j = 0; j < n; j++)
      s += vocab[Math.floor(rng() * vocab.length)]! + SEPARATORS[Math.floor(rng() * SEPARATORS.length)]!;
    out.push(s.trimEnd());
  }
  return out;
}

/** The clauses of the Zoom terms of 2023-08-07 (test/fixtures/terms), as the analyser cuts a plain text. */
export function zoomTermsClauses(): string[] {
  const zoom = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'terms', 'zoom-tos-2023-08-07.md'), 'utf8');
  return textToClauses(zoom).map((c) => c.text);
}
