// A lexicon phrase list as a regex alternation, for the model's stance readers (retention-stance.ts,
// tracking-stance.ts): a space matches any whitespace, a final `*` any word ending.
export function wordsPattern(list: readonly string[]): string {
  const phrase = (w: string): string =>
    w
      .replace(/\*$/, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, String.raw`\s+`)
      .concat(w.endsWith('*') ? String.raw`[\w-]*` : '');
  return `(?:${list.map(phrase).join('|')})`;
}
