// Section labels carry numbers that get renumbered between versions ("10.4 Customer License Grant" → "10.5 …").

const LEADING_NUMBER = /^\s*(?:§\s*|section\s+|article\s+|art\.\s*)?((?:\d+|[ivxlc]+|[a-z])(?:\.\d+)*)[.)]?(?:\s+|$)/i;

/** The section's number ("10.4"), or null when the label has none. */
export function sectionNumber(section: string): string | null {
  const m = LEADING_NUMBER.exec(section.replace(/[*_]/g, ''));
  return m && /\d/.test(m[1]!) ? m[1]! : null;
}

/** The section's title without its number, lower-cased, for comparing across renumbering. */
export function sectionTitle(section: string): string {
  return section
    .replace(/[*_]/g, '')
    .replace(LEADING_NUMBER, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** "§10.4" for numbered sections, the quoted title otherwise, "" for none. */
export function sectionRef(section: string): string {
  const num = sectionNumber(section);
  if (num) return `§${num}`;
  const title = section.replace(/[*_]/g, '').trim();
  return title ? `"${title}"` : '';
}
