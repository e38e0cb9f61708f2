// Trimming a run of characters from either end without an end-anchored regex: `/[.:\s-]+$/` retries from every
// character of a long run that is not at the end (quadratic on, say, 10,000 dashes followed by a letter), while a
// scan from the end stops at the first character outside the set.

/** `text` without the characters at its end that `inSet` accepts (one character at a time). */
export function trimEndChars(text: string, inSet: RegExp): string {
  let end = text.length;
  while (end > 0 && inSet.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** `text` without the characters at its start that `inSet` accepts (one character at a time). */
export function trimStartChars(text: string, inSet: RegExp): string {
  let start = 0;
  while (start < text.length && inSet.test(text[start]!)) start++;
  return text.slice(start);
}

/** The run of characters at the end of `text` that `inSet` accepts. */
export function trailingRun(text: string, inSet: RegExp): string {
  return text.slice(trimEndChars(text, inSet).length);
}
