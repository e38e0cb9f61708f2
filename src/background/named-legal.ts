// Whether a page's address names a legal document ("/terms-of-service", "/privacy-policy"), read before its detector
// runs: the background then starts the analysis worker at once. A fresh worker took longer to prepare its analyser than
// the page took to be detected and read, so its first part waited for it.
import { matchUrl } from '../core/detect/name-match';

/** True when a segment of the URL's path is a legal document's name (not merely a word of an article's slug). */
export function namesLegalDocument(url: string): boolean {
  return matchUrl(url).some((hit) => hit.exact);
}
