// Whether a page reached us over a connection anyone on the way could read and rewrite.

/**
 * true for plain http, except the loopback hosts browsers already treat as trustworthy (the traffic never leaves the
 * machine): https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
 */
export function servedInsecurely(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  const loopback =
    host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return !loopback;
}
