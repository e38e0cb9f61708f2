// The site's copyright and trademark footer printed under the terms ("Acme and Widget are registered trademarks
// of Acme Ltd.", "©2019 Globex Inc. All Rights Reserved."): it grants and takes nothing from the reader, whichever
// page it is printed under, and its year and owner change with the site, not with the terms. Recognised by its shape
// only, so that a clause that says anything more (a licence, a duty to cite the marks) keeps its text.

// A sentence ends inside: a stop, or a full stop before a capital ("Inc. Windows is …"); "LLC. and/or" goes on.
const SENTENCE_STOP = /[;:!?]|\.\s+\p{Lu}/u;
const RIGHTS_RESERVED = /\ball\s+rights\s+reserved\b/gi;
const ITS_AFFILIATES = /\b(?:and\/or|and|or)\s+its\s+(?:affiliates|subsidiaries)\b/gi;
const MAX_OWNER_CHARS = 120;

/**
 * Whether a notice's last part names its owner and nothing more: a year and a name (words that start with a capital or
 * a digit, or hold one: "iEntry"; joining words of three letters at most: "Acme Services, LLC. and its"), perhaps
 * "and/or its affiliates" and "All rights reserved", with no sentence after it ("© 2021 Acme. You may not copy …" and
 * "trademarks of yours in connection with the Services" are clauses).
 */
function isOwner(text: string): boolean {
  const rest = text.replace(RIGHTS_RESERVED, ' ').replace(ITS_AFFILIATES, ' ').trim();
  if (rest.length > MAX_OWNER_CHARS || SENTENCE_STOP.test(rest)) return false;
  return rest.split(/[\s/]+/).every((w) => {
    const letters = w.replace(/[^\p{L}\p{N}]/gu, '');
    return letters.length <= 3 || !/^\p{Ll}+$/u.test(letters);
  });
}

// Found by its words, then bounded around them (one pattern with both bounded runs backtracks polynomially).
const MARK = String.raw`(?:registered\s+)?(?:trade\s*marks?|service\s+marks?)`;
const TRADEMARK_WORDS = new RegExp(String.raw`\b(?:is|are)\s+(?:a\s+)?${MARK}(?:\s+or\s+${MARK})?\s+of\s`, 'i');
// The notice's usual last line.
const OTHER_MARKS =
  /^all\s+other\s+(?:trade\s*|service\s+)?marks?\s+(?:are|is)\s+(?:the\s+)?property\s+of\s+their\s+respective\s+(?:owners|holders)\.?$/i;

/**
 * Whether a clause is only a trademark notice: "X and Y are (registered) trademarks (or service marks) of Z.", "All
 * other marks are the property of their respective owners."
 */
export function isTrademarkNotice(text: string): boolean {
  if (OTHER_MARKS.test(text)) return true;
  const m = TRADEMARK_WORDS.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  return before.length <= 160 && !/[.;:]/.test(before) && isOwner(text.slice(m.index + m[0].length).replace(/\.$/, ''));
}

// The copyright sign, or "(c)" or "Copyright" before a year or the sign.
const COPYRIGHT_SIGN = /©|\(c\)(?=\s{0,3}\d{4})|\bcopyright\b(?=\s{0,3}(?:©|\(c\)|\d{4}))/i;
const ONLY_RESERVED = /^\s*all\s+rights\s+reserved\.?\s*$/i;
// What may stand just before the sign in a notice: "Copyright", a year, a dash ("All Rights Reserved - 2018 © …").
const NOTICE_WORD = /^(?:copyright|\d{4}|[-–,.])$/i;

/**
 * The clause without the copyright notice it ends with ("Contact a representative for details. © 2021 Acme, LLC. All
 * rights reserved." → "Contact a representative for details."): empty when the clause is only the notice. A clause
 * that goes on after the owner's name keeps its text.
 */
export function withoutCopyrightNotice(text: string): string {
  if (ONLY_RESERVED.test(text)) return '';
  const m = COPYRIGHT_SIGN.exec(text);
  if (!m || !isOwner(text.slice(m.index + m[0].length))) return text;
  const head = text.slice(0, m.index).replace(RIGHTS_RESERVED, ' ').split(/\s+/).filter(Boolean);
  while (head.length && NOTICE_WORD.test(head[head.length - 1]!)) head.pop();
  return head.join(' ');
}
