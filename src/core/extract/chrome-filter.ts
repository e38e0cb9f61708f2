// Which elements are page chrome (navigation, banners, sidebars, related links) rather than the legal text.
// Decided per element once; the walker never descends into a skipped subtree.
import { queryAll, queryFirst, textOf, walkFind } from '../detect/safe-dom';

const NEVER = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'DIALOG',
  'MENU',
  'IMG',
  'VIDEO',
  'AUDIO',
]);

const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'dialog',
  'alertdialog',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/** id/class tokens of banners and side furniture. Cookie *tables* on cookie policies must not match. */
export const CHROME_CLASS =
  /(?:^|[\s_-])(?:cookie-?(?:banner|notice|consent|bar|popup|modal|window|wall)|onetrust(?:-[a-z]+)*|cc-(?:window|banner)|tarteaucitron\w*|bandeau(?:-cookies)?|consent-?(?:banner|manager)|related(?:-\w+)?|breadcrumbs?|newsletter|sidebar|advert\w*|ad-slot|promo|skip-?link|toc|table-of-contents|comments?|site-?(?:header|footer|nav)|footer|top-?bar|nav-?bar|article-votes|feedback)(?=$|[\s_-])/i;

/**
 * id/class tokens of share and social-media widgets. A privacy policy names its own sections the same way
 * ("how-we-share-information", "sharing", "social-media"), so these are chrome only when they hold no paragraph.
 */
const WIDGET_CLASS = /(?:^|[\s_-])(?:share|sharing|social(?:-\w+)?)(?=$|[\s_-])/i;

/** Hidden panels worth reading: accordions keep legal text there. */
const ACCORDION_CLASS = /accordion|collaps|panel|tab-?content|expand|toggle|drawer|section-body/i;

export function isChrome(el: Element, controlled: Set<string>): boolean {
  const tag = el.tagName.toUpperCase();
  // Accordion toggles are the section titles of collapsed terms; other buttons are UI.
  if (tag === 'BUTTON') return !(el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls'));
  if (NEVER.has(tag)) return true;
  // Bounded iterative look-ahead (not querySelector): nested headers or hidden divs would make it quadratic.
  // <header>, and a <div class="header"> (exact token: "entry-header" wraps article titles), is chrome unless it
  // holds the page's heading and no navigation.
  if (tag === 'HEADER' || /(?:^|\s)header(?:\s|$)/i.test(el.getAttribute('class') ?? ''))
    return !(has(el, /^H[1-3]$/) && !has(el, /^NAV$/));
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const id = el.id;
  const cls = el.getAttribute('class');
  if ((cls && CHROME_CLASS.test(cls)) || (id && CHROME_CLASS.test(id))) return true;
  if (((cls && WIDGET_CLASS.test(cls)) || (id && WIDGET_CLASS.test(id))) && !has(el, /^P$/)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') {
    // Collapsed accordion panels hold terms; other hidden things (menus, modals, icons) are chrome.
    if (id && controlled.has(id)) return false;
    if (cls && ACCORDION_CLASS.test(cls)) return false;
    return !has(el, /^(?:P|LI)$/);
  }
  return false;
}

/** The subtree holding the page's own content: <main>, else the biggest <article>, else <body>. */
export function findContentRoot(doc: Document): Element | null {
  // Separate queries: happy-dom walks the whole tree (recursively) once per selector in a list.
  const main = queryFirst(doc, 'main') ?? queryFirst(doc, '[role="main"]');
  if (main) return main;
  let best: Element | null = null;
  let bestLen = 0;
  for (const a of queryAll(doc, 'article', 200)) {
    const len = textOf(a).length;
    if (len > bestLen) [best, bestLen] = [a, len];
  }
  const bodyLen = doc.body ? textOf(doc.body).length : 0;
  // A lone teaser <article> on a page whose text lives elsewhere must not win.
  return best && bestLen * 3 >= bodyLen ? best : doc.body;
}

/** Elements a look-ahead inside one candidate chrome element visits at most. */
const LOOKAHEAD = 300;

function has(el: Element, tag: RegExp): boolean {
  return walkFind(el, (d) => tag.test(d.tagName.toUpperCase()), LOOKAHEAD) !== null;
}
