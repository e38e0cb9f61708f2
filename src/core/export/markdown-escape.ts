// Escaping for page-derived text going into Markdown that an issue tracker (GitHub, GitLab, Jira) will render.
// Goal: a hostile terms page cannot add links, images, HTML, tables or headings to the report. Even bare URLs are
// kept from being auto-linked (GFM's extended autolinks): an escape splits `http\://` and `www\.`, which renders the
// same text but no longer matches the autolink pattern.
import { stripControls } from './control-chars';

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that start inline syntax.
// `$` is GitHub math, `@` a mention, `#` an issue reference or heading.
const INLINE_SPECIAL = /[\\`*_[\]|~$@#]/g;

// Split wherever they occur, not only at a word boundary: cmark-gfm finds a scheme by looking back from the ":" over
// letters only, so "1http://…" and "_http://…" link, and renderers differ on what may precede "www.".
// https://github.github.com/gfm/#autolinks-extension-
const AUTOLINK_SCHEME = /(https?|ftp|mailto|xmpp|file|javascript|data):/gi;
const AUTOLINK_WWW = /(www)\./gi;

/** Escapes text for one line of inline Markdown (table cells, headings, list items). Newlines become spaces. */
export function mdInline(text: string): string {
  // Control characters and escape sequences (the CLI prints this to a terminal) carry no meaning here.
  return stripControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(AUTOLINK_SCHEME, '$1\\:')
    .replace(AUTOLINK_WWW, '$1\\.');
}

/** One escaped line that may start a block: also neutralises list, heading, quote and setext markers at its start. */
function mdLine(line: string): string {
  const inline = line.replace(/[ \t]+/g, ' ').trim();
  const escaped = mdInline(inline);
  // After mdInline, `#`, `>` (now &gt;) and `*` are safe; these remain able to start a block.
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Quotes page text as a Markdown blockquote, keeping its line breaks. */
export function mdBlockquote(text: string): string {
  const lines = text
    .split(/\r\n?|\n/)
    .map(mdLine)
    .filter((l) => l !== '');
  return (lines.length ? lines : ['']).map((l) => `> ${l}`).join('\n');
}

/** A code span for our own identifiers (rule ids, hashes); backticks and line breaks are dropped. */
export function mdCode(text: string): string {
  return `\`${stripControls(text).replace(/[`\n]/g, '')}\``;
}

/** A link back to the page, only for http(s) URLs (never javascript:, data: …); other URLs are shown as text. */
export function mdUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return mdInline(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return mdInline(url);
  // The URL serialiser percent-encodes spaces, < and >, so the <…> autolink cannot be broken out of.
  return `<${parsed.href}>`;
}
