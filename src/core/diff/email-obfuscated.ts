// An e-mail link a page obfuscates shows "[email protected]" until the page's script decodes it: one capture has the
// address, the next the placeholder (or the other way round). The clause is the same clause.
import { unifyCharacters } from '../normalize';
import { HIDDEN_EMAIL } from '../normalize/comparable';

const HIDDEN = '\u0000';
const HIDDEN_ALL = new RegExp(HIDDEN_EMAIL.source, 'gi');

const words = (text: string): string[] =>
  unifyCharacters(text).replace(HIDDEN_ALL, HIDDEN).split(/\s+/).filter(Boolean);

const OPENING = new Set(['(', '"', "'", '[']);
const CLOSING = new Set([')', '"', "'", ']', '.', ',', ';', ':', '!', '?']);

/** A word without the brackets, quotes and punctuation around it. */
function bare(w: string): string {
  let start = 0;
  let end = w.length;
  while (start < end && OPENING.has(w[start]!)) start++;
  while (end > start && CLOSING.has(w[end - 1]!)) end--;
  return w.slice(start, end);
}

const isAddress = (w: string): boolean => {
  const at = w.indexOf('@');
  return at > 0 && w.indexOf('.', at) > at + 1;
};

/** The link's own words where another capture prints the link as "contact us" instead of the hidden address. */
const CONTACT_LINK = /\bcontact us\b/gi;

/**
 * Whether one text has the placeholder once where the other has the words "contact us" (the link's text, however
 * cased: "please [email protected]." / "please CONTACT US."), and nothing else differs.
 */
function placeholderAsContactLink(withPlaceholder: readonly string[], other: readonly string[]): boolean {
  if (withPlaceholder.filter((w) => w.includes(HIDDEN)).length !== 1 || other.some((w) => w.includes(HIDDEN)))
    return false;
  const said = withPlaceholder.join(' ').replace(HIDDEN, 'contact us');
  return said === other.join(' ').replace(CONTACT_LINK, 'contact us');
}

/**
 * Whether the two texts differ in one word only, an e-mail address on one side where the other has the placeholder,
 * or the placeholder where the other shows the link as "contact us". Two addresses, a handle ("@acme"), or any other
 * word changed too still differ.
 */
export function onlyEmailObfuscated(before: string, after: string): boolean {
  const b = words(before);
  const a = words(after);
  if (placeholderAsContactLink(b, a) || placeholderAsContactLink(a, b)) return true;
  if (b.length !== a.length) return false;
  let changed = -1;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === a[i]) continue;
    if (changed >= 0) return false;
    changed = i;
  }
  if (changed < 0) return false;
  const [x, y] = [bare(b[changed]!), bare(a[changed]!)];
  return (x === HIDDEN && isAddress(y)) || (y === HIDDEN && isAddress(x));
}
