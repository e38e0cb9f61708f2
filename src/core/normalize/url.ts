// Canonical document key for a URL: the same terms page reached through different links must map to one history,
// and a page reached over plain http never to the history of its https twin.
import { normalizeHostname } from './host';
import { trimEndChars } from './trim-chars';

/** Query parameters that only track how the visitor arrived; they never change the document. */
const TRACKING_PARAMS: readonly RegExp[] = [
  /^utm_/i,
  /^mc_/i, // Mailchimp (mc_cid, mc_eid)
  /^(fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|ttclid|igshid|wbraid|gbraid)$/i,
  /^(ref|ref_src|ref_url|referrer|source|src)$/i,
  /^(_ga|_gl|_hsenc|_hsmkt|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|vero_conv|si|spm)$/i,
];

/** Last path segments that are the directory's default page. */
const INDEX_PAGE = /\/index\.(html?|php|aspx?)$/i;

function isTracking(name: string): boolean {
  return TRACKING_PARAMS.some((re) => re.test(name));
}

/**
 * Canonical key for a document URL: lower-case host without "www.", no fragment, no credentials, no tracking
 * parameters, remaining parameters sorted, no default page or trailing slash. The scheme stays: what a plain-http page
 * says is whatever a network attacker wants it to say, so it must never add versions to (or compare against) the
 * https document of the same address.
 * Strings that are not absolute URLs (e.g. CLI file paths) are returned trimmed, unchanged otherwise.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  // A user name or password in a link says who asked, not which document it is (and is no one's business).
  parsed.username = '';
  parsed.password = '';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    parsed.hash = '';
    return parsed.href;
  }
  const host = normalizeHostname(parsed.hostname);
  // URL already drops the scheme's own default port; any other port (https on :80 too) is part of the identity.
  const port = parsed.port ? `:${parsed.port}` : '';
  let path = parsed.pathname.replace(INDEX_PAGE, '/').replace(/\/{2,}/g, '/');
  if (path.length > 1) path = trimEndChars(path, /\//);
  if (path === '/') path = '';
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${parsed.protocol}//${host}${port}${path}${query}`;
}
