// The site a document belongs to, for per-site history budgets: the scheme plus the registrable domain (HTML's
// "schemeful site", https://html.spec.whatwg.org/multipage/browsers.html#schemelessly-same-site), so one site's pages
// can only use up that site's budget, and a plain-http page (which a network attacker can forge) never the https one's.
//
// The registrable domain comes from a small heuristic instead of the Public Suffix List (about 10,000 rules, 100+ KB
// in every bundle that needs it). Its limits, both erring on the side of the names below:
// - Country-code domains whose second level is a registry label in CC_SECOND_LEVEL keep three labels
//   ("example.co.uk", "example.com.au"); other private second levels ("example.tokyo.jp") keep two, so all names under
//   "tokyo.jp" share one budget: a flood from one of them can evict the others' versions.
// - Hosting suffixes where every subdomain has its own owner are recognised only when listed in SHARED_HOSTS; under an
//   unlisted one ("alice.example-hosting.net") every customer shares one budget.

/** Second-level labels under which country-code TLDs register names (the common ones from the Public Suffix List). */
const CC_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gov',
  'govt',
  'net',
  'org',
  'mil',
  'nic',
  'ne',
  'or',
  'go',
  'gob',
  'gouv',
  'ltd',
  'plc',
  'sch',
  'nhs',
  'nom',
  'info',
  'biz',
  'gen',
  'res',
  'lg',
  'ad',
  'ed',
  'gr',
  'int',
]);

/** Suffixes from the Public Suffix List's private section where each subdomain is a different owner's site. */
const SHARED_HOSTS = [
  'github.io',
  'gitlab.io',
  'blogspot.com',
  'herokuapp.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  'glitch.me',
  'fly.dev',
  'onrender.com',
];

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** "news.example.co.uk" → "example.co.uk"; IP addresses and single-label hosts are their own registrable domain. */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || IPV4.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  for (const suffix of SHARED_HOSTS) {
    if (host.endsWith(`.${suffix}`)) return labels.slice(-(suffix.split('.').length + 1)).join('.');
  }
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const keep = labels.length >= 3 && tld.length === 2 && CC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * "https://news.example.co.uk/terms" → "https://example.co.uk". Other schemes are one site each ("file:"); a string
 * that is not a URL (a CLI file path) is its own site.
 */
export function siteOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.protocol;
  return `${parsed.protocol}//${registrableDomain(parsed.hostname)}`;
}
