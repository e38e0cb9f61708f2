// A one-character regex class (`[\w’'-]`, `[^\w’'-]`, `\s`) as a test on a UTF-16 code unit, for the word-gap
// matcher's steps over words, separators and runs. A sticky `[…]+` regex per step cost about as much as the step
// itself: most steps read a few characters, and each regex call pays a fixed entry cost. The answer is the class's
// own, read once per ASCII character into a table and once per other code unit met (the classes carry no `u` flag,
// so the regex reads code units too, and a run of them is the longest prefix of code units in the class).

/** Source of a single class or class escape, with no quantifier: what `charClass` accepts. */
const ONE_CLASS = /^(?:\[(?:\\.|[^\]\\])+\]|\\[sSwWdD])$/;

/** The test of one class source, or null when the source is not a single one-character class. */
export function charClass(source: string): ((code: number) => boolean) | null {
  if (!ONE_CLASS.test(source)) return null;
  const re = new RegExp(`^${source}$`);
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  const other = new Map<number, boolean>();
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    let yes = other.get(code);
    if (yes === undefined) other.set(code, (yes = re.test(String.fromCharCode(code))));
    return yes;
  };
}

/** The end of the run of characters of `s` from `pos` in the class (at most `max` of them): `pos` when none. */
export function runEnd(inClass: (code: number) => boolean, s: string, pos: number, max = Infinity): number {
  const to = Math.min(s.length, pos + max);
  let i = pos;
  while (i < to && inClass(s.charCodeAt(i))) i++;
  return i;
}

/** A UTF-16 code unit that `\s` matches (ECMAScript WhiteSpace and LineTerminator): what `trim` removes. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
