// Cheap page metadata for detection: only <head> reads and a few querySelector calls, never layout.

export interface PageMeta {
  title: string;
  /** First <h1> (or <h2> when the page has no h1), capped. */
  heading: string;
  canonical: string;
  ogType: string;
  hasPublishedTime: boolean;
  /** schema.org @type values from JSON-LD blocks. */
  ldTypes: string[];
}

const CAP = 300;

export function readPageMeta(doc: Document): PageMeta {
  const h = doc.querySelector('h1') ?? doc.querySelector('h2');
  const ldTypes: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  // JSON-LD can be huge (whole product catalogues); a regex over the start finds the top-level types without parsing.
  for (let i = 0; i < scripts.length && i < 5; i++) {
    const text = (scripts[i]?.textContent ?? '').slice(0, 4000);
    for (const m of text.matchAll(/"@type"\s*:\s*\[?\s*"([A-Za-z]+)"/g)) if (m[1]) ldTypes.push(m[1]);
  }
  return {
    title: (doc.title ?? '').slice(0, CAP),
    heading: (h?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, CAP),
    canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    ogType: (doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '').toLowerCase(),
    hasPublishedTime: doc.querySelector('meta[property="article:published_time"]') !== null,
    ldTypes,
  };
}
