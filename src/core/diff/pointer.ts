// A clause that only sends the reader to another page ("See our Help Center article on Verifying your identity.",
// "If you reside outside of the United States, visit our “Outside of the United States” page for …", "Mainland China
// Users: Please click here to review the relevant privacy policy."): what the terms say is on that page. Added,
// dropped or reworded, such a pointer with no finding on it is a wording edit.

// The verb that sends the reader on, and the page's owner ("our", "the"): each word bounded, no run to backtrack into.
const POINTER_VERB = /\b(?:please\s)?(?:see|visit|read|click here\s?to\s(?:review|read|see|view))\s(?:our|the)\s/i;
// The verb sending the reader to another company's page, by its name ("Visit Acme’s Terms and Conditions") or its
// address ("Visit https://… for Acme’s terms"): no "i" flag, so that the name's capital is one.
const OTHERS_VERB =
  /\b(?:[Pp]lease\s)?(?:[Ss]ee|[Vv]isit|[Rr]ead)\s(?:\p{Lu}[\p{L}\p{N}]{0,40}[’']s|https?:\/\/\S{1,300}|www\.\S{1,300})\s/u;
// What the pointer names: a page of the service's documents.
const PAGE = /\b(?:page|article|policy|notice|terms|section|supplement)\b/i;
// A sentence break before the end: a pointer is one sentence.
const INNER_BREAK = /[.;!?]\s/;
const MAX_LABEL = 80;
const MAX_LENGTH = 300;

/** Whether the words before the verb only say who the pointer is for: a label ("Mainland China Users:") or an "If …,". */
function addressee(prefix: string): boolean {
  if (!prefix) return true;
  if (prefix.endsWith(': ')) return prefix.length <= MAX_LABEL && !/[.:;]/.test(prefix.slice(0, -2));
  return /^if\s/i.test(prefix) && prefix.endsWith(', ');
}

/**
 * Whether a clause only points the reader to another page of the service, or, with `others`, to another company's
 * page (diff-versions.ts takes those only reworded: a pointer to another company's terms added or dropped may bring or
 * take those terms).
 */
export function isPointerOnly(text: string, others = false): boolean {
  const t = text
    .trim()
    .replace(/^[•·*-]\s/, '')
    .replace(/\s+/g, ' ');
  if (t.length > MAX_LENGTH || INNER_BREAK.test(t.slice(0, -1))) return false;
  const m = POINTER_VERB.exec(t) ?? (others ? OTHERS_VERB.exec(t) : null);
  if (!m) return false;
  return addressee(t.slice(0, m.index)) && PAGE.test(t.slice(m.index + m[0].length));
}
