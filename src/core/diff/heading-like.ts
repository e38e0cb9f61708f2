// Clauses that are headings in all but markup: a table-of-contents entry (the text of one of the version's own
// section headings, perhaps without its number: "How we share your information with third parties;") and a section
// title set as a paragraph that asks a question ("4. Why do we collect and process your data?"). A heading says
// nothing by itself; the clauses under it carry what the terms say, and they are compared on their own.
import { clauseKey } from './align';
import { sectionTitle } from './section';

/** A heading is at most this many words; a longer clause is a sentence of the terms even if a heading repeats it. */
const MAX_HEADING_WORDS = 15;

const wordsOf = (key: string): number => key.split(' ').filter(Boolean).length;

/** The titles (sectionTitle: no number, lower case, words only) of every heading a version's clauses sit under. */
export function headingTitles(sectionPaths: ReadonlyArray<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const path of sectionPaths) for (const h of path) out.add(sectionTitle(h));
  out.delete('');
  return out;
}

/** Whether a clause repeats the title of one of its own version's headings: an entry of a table of contents. */
export function isContentsEntry(text: string, titles: ReadonlySet<string>): boolean {
  const title = sectionTitle(text);
  return wordsOf(title) >= 2 && wordsOf(title) <= MAX_HEADING_WORDS && titles.has(title);
}

/** Whether a clause is one short question and nothing else ("Q: What are bots?", "4. Why do we …?"): a heading. */
export function isQuestionHeading(text: string): boolean {
  const t = text.trim();
  if (!t.endsWith('?')) return false;
  // One sentence: no full stop, "!", "?" or ";" before the end, except a section number's ("4." or "3.2.1").
  const body = t.slice(0, -1).replace(/^\s*(?:[\p{L}\p{N}]{1,6}[.)]){1,4}\s/u, '');
  if (/[.!?;](?:\s|$)/.test(body)) return false;
  const words = wordsOf(clauseKey(body));
  return words >= 2 && words <= MAX_HEADING_WORDS;
}
