// Turns plain text or markdown into sentence clauses for analyzeText. Markdown emphasis and link targets are
// removed so clause text reads like the rendered page; headings and numbered labels become the section path.
import type { Clause } from '../types';
import { splitSentences } from '../extract/split-sentences';

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};
/**
 * Decodes the common HTML entities: text copied from page source (or a scraped quote) keeps "&nbsp;" glued to the
 * next word ("include:&nbsp;Acme"), which the tokeniser reads as one term.
 */
export function decodeEntities(line: string): string {
  return line.replace(
    /&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 160 ? 32 : code) : m;
      return ENTITIES[name!.toLowerCase()] ?? m;
    },
  );
}

/**
 * Strips inline markdown: **bold**, _em_, [text](url), `code`, heading hashes, list bullets. Each replacement runs only
 * when the text holds what it needs: every line of a page comes here, and most lines hold none of it.
 */
export function stripMarkdown(line: string): string {
  let s = line.includes('&') ? decodeEntities(line) : line;
  // Inline HTML and a tag cut off at the end of a scraped quote ("… is ever shared.</p").
  if (s.includes('<')) s = s.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?(?:>|$)/gi, ' ');
  if (s.includes('](')) s = s.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1'); // inner classes stop at the next bracket: linear
  if (s.includes('**') || s.includes('__') || s.includes('`')) s = s.replace(/\*\*|__|`/g, '');
  s = s.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^\s*[-*+]\s+/, '');
  // Every run of whitespace as one space: only the runs that change are replaced (`\s+` → " " matched every single
  // space between words too, and rebuilt the line space by space; it cost a third of the split of a long page).
  return s.replace(FOLDS, ' ').trim();
}
/**
 * The runs of whitespace that `\s+` → " " changes: two or more (the whole run: at its first character the greedy
 * `\s{2,}` reaches its end), or one that is no plain space. A single plain space is left as it is.
 */
const FOLDS = /\s{2,}|[^\S ]/g;

/** A line that reads as a heading: markdown "#", or short with no sentence end ("27. CUSTOMER CONTENT"). */
function headingLevel(raw: string, clean: string): number | null {
  const hashes = /^\s{0,3}(#{1,6})\s/.exec(raw);
  if (hashes) return hashes[1]!.length;
  if (
    clean.length <= 80 &&
    !/[.:;,]$/.test(clean) &&
    /^(?:\d+\.?\s+)?\*{0,2}[A-Z0-9][A-Z0-9 ,;&'’()/-]+\*{0,2}$/.test(raw.trim())
  )
    return 2;
  return null;
}

/** Splits text into clauses; `block` is the index of the non-empty line the clause came from. */
export function textToClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  const path: string[] = [];
  let block = 0;
  for (const raw of text.split(/\r?\n/)) {
    const clean = stripMarkdown(raw);
    if (!clean) continue;
    const level = headingLevel(raw, clean);
    if (level !== null) {
      path.length = Math.min(path.length, level - 1);
      path[level - 1] = clean;
    }
    // "**10.2 Service Generated Data; Consent to Use**. …" — a bold numbered label opens a subsection.
    const label = raw.includes('**') ? /^\*\*(\d+(?:\.\d+)+\s[^*]{1,100})\*\*/.exec(raw.trim())?.[1] : undefined;
    const sectionPath = path.filter(Boolean);
    if (label) sectionPath.push(label.trim());
    for (const s of splitSentences(clean)) {
      clauses.push({
        id: `c${clauses.length}`,
        block,
        start: s.start,
        end: s.end,
        text: clean.slice(s.start, s.end),
        sectionPath,
        section: sectionPath[sectionPath.length - 1] ?? '',
      });
    }
    block++;
  }
  return clauses;
}
