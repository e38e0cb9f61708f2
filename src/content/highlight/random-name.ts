// Names a page cannot guess or pre-empt: the highlight names, the overlay host's tag and the fallback marks' tag are
// drawn afresh for every highlighting session from crypto.getRandomValues. A fixed name (`termwatch-card`) let a page
// define the element before we ran (and break or watch it) and find our markup with one selector.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

function draw(alphabet: string, length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  // 256 % 36 = 4: a bias of a fraction of a bit over the whole name, irrelevant for unguessability.
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** A CSS identifier for a highlight name: a letter, then 11 letters or digits (about 60 bits). */
export function randomIdent(): string {
  return draw(LETTERS, 1) + draw(ALNUM, 11);
}

/**
 * A valid custom-element name (lower-case letters, one hyphen, letters and digits; never one of the reserved
 * names such as `font-face`), about 60 bits: no page can have defined it before we create the element.
 */
export function randomElementName(): string {
  return `${draw(LETTERS, 4)}-${draw(ALNUM, 9)}`;
}
