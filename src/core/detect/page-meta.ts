// Cheap page metadata for detection: only <head> reads and a few querySelector calls, never layout.
import { matchName } from './name-match';
import { queryAll, queryFirst, squash, textOf, titleOf } from './safe-dom';
import { mainCandidate } from './sample-text';
import { NOT_A_TITLE } from './signals';

export interface PageMeta {
  title: string;
  /**
   * First <h1> (or <h2> when the page has no h1, then the first h3 or h4), capped. A page with no heading markup may
   * open with its name as a paragraph ("Acme Privacy Policy"): the first or second paragraph of its content, when it
   * is shaped as a document's title (not a label, a sentence or a headline).
   */
  heading: string;
  /** That heading's element (where a document named by it begins). */
  headingAt: Element | null;
  canonical: string;
  ogType: string;
  hasPublishedTime: boolean;
  /** schema.org @type values from JSON-LD blocks. */
  ldTypes: string[];
}

const CAP = 300;

export function readPageMeta(doc: Document): PageMeta {
  const h = queryFirst(doc, 'h1') ?? queryFirst(doc, 'h2') ?? queryFirst(doc, 'h3, h4') ?? titleLine(doc) ?? null;
  const ldTypes: string[] = [];
  const scripts = queryAll(doc, 'script[type="application/ld+json"]', 5);
  // JSON-LD can be huge (whole product catalogues); a regex over the start finds the top-level types without parsing.
  for (const script of scripts) {
    const text = textOf(script, 4000);
    for (const m of text.matchAll(/"@type"\s*:\s*(?:\[\s*)?"([A-Za-z]+)"/g)) if (m[1]) ldTypes.push(m[1]);
  }
  return {
    title: titleOf(doc).slice(0, CAP),
    heading: squash(h ? textOf(h, CAP * 4) : '').slice(0, CAP),
    headingAt: h,
    canonical: queryFirst(doc, 'link[rel="canonical"]')?.getAttribute('href') ?? '',
    ogType: (queryFirst(doc, 'meta[property="og:type"]')?.getAttribute('content') ?? '').toLowerCase(),
    hasPublishedTime: !!queryFirst(doc, 'meta[property="article:published_time"]'),
    ldTypes,
  };
}

/**
 * The paragraph that titles a page without heading markup. It may follow one line (a date, the company, the address
 * it was copied from), in the page's content: not in the chrome the text sample skips, where a banner names the
 * policy it points to. Not a link (a footer line points to the document, it is not it), and shaped as a title.
 */
function titleLine(doc: Document): Element | undefined {
  let n = 0;
  return queryAll(mainCandidate(doc) ?? doc, 'p', 9).find((p) => {
    if (p.closest('header,nav,footer,aside,form') || n++ > 1) return;
    const x = squash(textOf(p, CAP));
    return !queryFirst(p, 'a') && !NOT_A_TITLE.test(x) && matchName(x)?.exact;
  });
}
