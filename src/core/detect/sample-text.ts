// Bounded sampling of a page's main text: a TreeWalker over text nodes that skips chrome subtrees and stops at a
// character cap, so the cost does not grow with page size and never triggers layout (no innerText). On the way it
// notes what shapes a page that is ABOUT legal documents rather than being one: link text, link lists that name
// legal documents, reference-work furniture (infoboxes, "References"/"See also" headings).
/* eslint-disable regexp/no-unused-capturing-group -- always-on bundle: `(?:` costs two bytes a group */
import { queryFirst, squash, textOf } from './safe-dom';
import { foldText, PLAIN_HEADING, POLICY_HEADING, SECTION_LABEL } from './signals';

export interface TextSample {
  text: string;
  /** The sampled text outside links: the page's own prose. */
  prose: string;
  /** Characters of sampled text inside <a> elements. */
  linkChars: number;
  /** Texts of the first links (short ones only), for spotting an index of legal documents. */
  linkTexts: string[];
  /** Text nodes that start with a section label ("10.4 …", "§ 3", "1. ACCOUNT"). */
  sectionLabels: number;
  /** Headings that end reference works: "References", "See also", "External links", "Further reading". */
  referenceHeadings: number;
  /** Headings that policies and terms are made of: "Definitions", "Governing law", "Your rights", "Contact us". */
  policyHeadings: number;
  /** An encyclopedia-style infobox (class "infobox"). */
  infobox: boolean;
  /** True when the cap was reached (the page has more text than sampled). */
  truncated: boolean;
  /** Forms, buttons (not accordion toggles) and button-styled links: a page to act on, not to read. */
  controls: number;
}

const SKIP =
  /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|HEADER|FOOTER|ASIDE|FORM|BUTTON|SELECT|TEXTAREA|IFRAME|CODE|PRE)$/;
// Whole-heading matches only; not "Notes" or "Sources", which privacy policies use ("Sources of personal data").
const REFERENCE_HEADING =
  /^\s*((notes and )?references|see also|external links|further reading|bibliography|citations|einzelnachweise|weblinks|siehe auch|voir aussi|liens externes|referencias|v[eé]ase tambi[eé]n|enlaces externos|voci correlate|collegamenti esterni)\s*(\[\s*edit\s*\]\s*)?$/i;
const MAX_LINKS = 40;
const HEADING = /^H[1-6]$/;

/** The element most likely to hold the page's own content. */
export function mainCandidate(doc: Document): Element | null {
  return (
    queryFirst(doc, 'main, [role="main"]') ??
    queryFirst(doc, 'article') ??
    queryFirst(doc, '#content, #main, .content') ??
    doc.body
  );
}

/**
 * Whether an element's own first child is text that `heading` matches. Only that text is read, never the subtree: a
 * page of nested bold would otherwise cost depth².
 */
const leads = (el: Element, heading: RegExp): boolean =>
  el.firstChild?.nodeType === 3 && heading.test(foldText((el.firstChild as Text).data));

function inLink(n: Node): boolean {
  // Inline links wrap their text at most a few levels deep (<a><span><b>text): a bounded climb, no closest().
  let p = n.parentNode;
  for (let k = 0; k < 4 && p; k++, p = p.parentNode) if (p.nodeName.toUpperCase() === 'A') return true;
  return false;
}

/**
 * Samples `root`'s text; from `start` on when given (an element inside `root`): the heading that names the document
 * is where the document begins, and a site menu ahead of it would otherwise fill the sample with link text.
 */
export function sampleText(root: Element, start?: Element | null, cap = 12000): TextSample {
  const doc = root.ownerDocument;
  const s: TextSample = {
    text: '',
    prose: '',
    linkChars: 0,
    linkTexts: [],
    sectionLabels: 0,
    referenceHeadings: 0,
    policyHeadings: 0,
    infobox: false,
    truncated: false,
    controls: 0,
  };
  // 1 = SHOW_ELEMENT, 4 = SHOW_TEXT; NodeFilter constants are not globals in every runtime (Node tests).
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (n: Node): number => {
      if (n.nodeType !== 1) return 1;
      const tag = n.nodeName.toUpperCase();
      const el = n as Element;
      const cls = el.getAttribute('class') ?? '';
      if ((tag === 'TABLE' || tag === 'ASIDE') && /\binfobox\b/i.test(cls)) s.infobox = true;
      // Where a document has no heading markup, its headings are bold leads ("**Indemnification.** You agree…") or
      // lines of their own; a line counts only when heading-shaped, not in a link (a help tile), and naming a subject
      // help and pricing pages do not share ("Governing law", not "Payments").
      if (
        tag === 'B' || tag === 'STRONG'
          ? el.parentNode?.firstChild === el && leads(el, POLICY_HEADING)
          : tag === 'P' && !el.firstChild?.nextSibling && !inLink(el) && leads(el, PLAIN_HEADING)
      )
        s.policyHeadings++;
      if (
        tag === 'FORM' ||
        (tag === 'BUTTON' && !el.hasAttribute('aria-expanded')) ||
        (tag === 'A' && /\b(btn|button|cta)\b/i.test(cls))
      )
        s.controls++;
      // 2 = REJECT (skip the subtree), 1 = ACCEPT (links and headings are read below), 3 = SKIP (descend only).
      return SKIP.test(tag) ? 2 : tag === 'A' || HEADING.test(tag) ? 1 : 3;
    },
  });
  // Outside `root`, the walk would leave it: start there only from inside.
  if (start && root.contains(start)) walker.currentNode = start;
  const parts: string[] = [];
  const prose: string[] = [];
  let size = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) {
      const tag = n.nodeName.toUpperCase();
      if (tag === 'A' && s.linkTexts.length < MAX_LINKS) {
        const t = squash(textOf(n, 120));
        if (t && t.length < 100) s.linkTexts.push(t);
      } else if (HEADING.test(tag)) {
        const heading = textOf(n, 80);
        if (REFERENCE_HEADING.test(heading)) s.referenceHeadings++;
        else if (POLICY_HEADING.test(foldText(heading))) s.policyHeadings++;
      }
      continue;
    }
    const data = (n as Text).data;
    if (data.length < 2 || !/\S/.test(data)) continue;
    parts.push(data);
    const link = inLink(n);
    if (link) s.linkChars += data.trim().length;
    else {
      prose.push(data);
      // Not in link text: a linked table of contents repeats the labels of the sections it links to.
      if (SECTION_LABEL.test(data)) s.sectionLabels++;
    }
    // Link text counts for half: a menu or a table of contents ahead of a long document must not use up the
    // sample before its body starts. Half, not less: on a page of links alone the walk (2 × cap) costs ~1.5× as much.
    size += link ? data.length / 2 : data.length + 1;
    if (size >= cap) {
      s.truncated = true;
      break;
    }
  }
  s.text = parts.join(' ');
  s.prose = prose.join(' ');
  return s;
}
