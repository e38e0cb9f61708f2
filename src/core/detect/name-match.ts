// Finds legal-document names in titles, headings and URLs, and says how "name-like" the match is: a title that IS
// the document name ("Zoom Terms of Service") is strong; a headline that merely mentions it is weak.
/* eslint-disable regexp/no-unused-capturing-group -- always-on bundle: `(?:` costs two bytes a group */
import { squash } from './safe-dom';
import { DOC_NAMES, HEADLINE, PRODUCT_NOUN, URL_SLUGS, foldText, type LegalKind } from './signals';

export interface NameHit {
  kind: LegalKind;
  /** true when the text is essentially the document name (few other words). */
  exact: boolean;
  /** "Legal" alone: a page that names itself legal, but not which document it is. */
  generic?: boolean;
}

/** The first (most specific) document name in `text`, or null. */
export function matchName(text: string): NameHit | null {
  const t = squash(foldText(text));
  if (!t) return null;
  for (const [kind, pattern] of Object.entries(DOC_NAMES) as Array<[LegalKind, RegExp]>) {
    const m = pattern.exec(t);
    if (!m) continue;
    const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).replace(/[()[\]&|,.:;!–—-]/g, ' ');
    const extra = rest.split(/\s+/).filter(Boolean).length;
    // A few words around the name ("Zoom Terms of Service"), or a longer title with no headline words in it
    // ("Google Flight Search Booking Terms of Service", "Terms of Use for the Example digital services").
    const nameLike = extra <= 3 || (extra <= 7 && !HEADLINE.test(t));
    return {
      kind,
      exact: nameLike && !t.endsWith('?') && !PRODUCT_NOUN.test(t.slice(m.index + m[0].length)),
      generic: t === 'legal',
    };
  }
  return null;
}

/** Best name hit over the separator-delimited segments of a <title> ("Terms of Service | Zoom"). */
export function matchTitle(title: string): NameHit | null {
  let best: NameHit | null = null;
  for (const seg of title.split(/(?<!\s)\s+[|–—·:»-]\s+|:\s+/)) {
    const hit = matchName(seg);
    if (hit && (!best || (hit.exact && !best.exact))) best = hit;
  }
  return best;
}

export interface UrlHit extends NameHit {
  where: string;
}

/** Legal names in a URL's path segments and host labels. Long slugs (article titles) only count when short. */
export function matchUrl(href: string): UrlHit[] {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  const hits: UrlHit[] = [];
  let path = url.pathname;
  try {
    path = foldText(decodeURIComponent(path));
  } catch {
    /* keep the raw path: malformed escapes */
  }
  for (const raw of path.toLowerCase().split('/')) {
    const seg = raw.replace(/\.(html?|php|aspx?|jsp)$/, '');
    if (!seg || /^[a-z]{2}([-_][a-z]{2,4})?$/.test(seg)) continue; // locale prefixes: /en/, /de-de/
    const slug = slugKind(seg);
    const where = `URL path /${seg}`;
    if (slug) {
      hits.push({ kind: slug, exact: seg !== 'legal', generic: seg === 'legal', where });
      continue;
    }
    if (seg.split(/[-_]/).length > 5) continue; // an article slug that mentions "terms"
    const hit = matchName(seg.replace(/[-_]+/g, ' '));
    if (hit) hits.push({ ...hit, where });
  }
  const label = url.hostname.split('.')[0] ?? '';
  const host = label === 'policies' ? 'terms' : slugKind(label);
  if (host) hits.push({ kind: host, exact: false, where: `host ${url.hostname}` });
  return hits;
}

function slugKind(seg: string): LegalKind | undefined {
  return (Object.keys(URL_SLUGS) as LegalKind[]).find((k) => URL_SLUGS[k]!.test(seg));
}
