// Text normalisation for version identity: two captures of the same terms must hash the same even when the page
// differs in whitespace, typography, restamped dates, cookie banners or navigation.
import { NOISE_RULES } from './noise-rules';

// Zero-width and soft-hyphen characters: invisible, inserted by CMSs and copy/paste.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// \s covers NBSP, the U+2000 range, ideographic space and line/paragraph separators.
const SPACES = /[^\S\n]+/g;

const LINE_RULES = NOISE_RULES.filter((r) => r.scope === 'line');
const INLINE_RULES = NOISE_RULES.filter((r) => r.scope === 'inline');

/** Unifies character variants only (no noise removal): quotes, dashes, invisible characters, space kinds. */
export function unifyCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ');
}

/**
 * Text used for version identity (hashing) and clause alignment. Noise lines are dropped and all whitespace,
 * line breaks included, collapses to single spaces, so re-wrapped paragraphs also count as unchanged.
 * Not meant for display.
 */
export function normalizeText(text: string): string {
  const kept: string[] = [];
  for (const raw of unifyCharacters(text).split('\n')) {
    let line = raw.trim();
    if (!line) continue;
    for (const rule of INLINE_RULES) line = line.replace(rule.pattern, ' ');
    line = line.replace(/ {2,}/g, ' ').trim();
    // A stamp line cut down to its markup leftovers ("**", "_", ":") is gone too.
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    if (LINE_RULES.some((rule) => rule.pattern.test(line))) continue;
    kept.push(line);
  }
  return kept.join(' ');
}
