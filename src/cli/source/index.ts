// Turns a CLI input file (HTML, Markdown or plain text) into a DOM Document the extractor can read.
// Node only: uses happy-dom's Window. The extension never imports this module.
import { Window } from 'happy-dom';
import { marked, type Tokens } from 'marked';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

export interface ParsedSource {
  doc: Document;
  url: string;
}

const HTML_EXT = /\.(?:x?html?|php|aspx?)$/i;
const MD_EXT = /\.(?:md|markdown|mdown)$/i;

/** Parses `content` by its filename's extension; unknown extensions are read as plain text. */
export function parseSource(content: string, filename: string): ParsedSource {
  const url = pathToFileURL(resolve(filename)).href;
  const clean = content.replace(/\u0000/g, '');
  let html: string;
  if (HTML_EXT.test(filename) || (!MD_EXT.test(filename) && looksLikeHtml(clean))) html = clean;
  else if (MD_EXT.test(filename)) html = markdownToHtml(clean);
  else html = textToHtml(clean);
  return { doc: htmlToDocument(html, url), url };
}

/** Builds a Document from an HTML string without running scripts or fetching anything. */
export function htmlToDocument(html: string, url: string): Document {
  // happy-dom's parser throws on some broken markup (e.g. "<table><body>"); such a file is still worth reading.
  // Second try: without the structural tags that trip it; last resort: the markup as plain text.
  for (const attempt of [
    html,
    html.replace(/<\/?(?:html|head|body)\b[^<>]*>/gi, ''),
    `<pre>${escapeHtml(html)}</pre>`,
  ]) {
    const doc = newDocument(url);
    try {
      doc.write(attempt);
      return doc;
    } catch {
      void releaseDocument(doc);
    }
  }
  throw new Error('this HTML cannot be parsed');
}

function newDocument(url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigator: { userAgent: 'termwatch-cli' },
    },
  });
  return window.document as unknown as Document;
}

/** Frees a document made by parseSource/htmlToDocument; happy-dom keeps open windows reachable until closed. */
export async function releaseDocument(doc: Document): Promise<void> {
  const view = doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null;
  await view?.happyDOM?.close();
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

/** Markdown → page; the first heading in the document (ATX or setext, whichever comes first) becomes the <title>. */
export function markdownToHtml(md: string): string {
  const tokens = marked.lexer(closeBrokenBold(md), { gfm: true });
  const body = marked.parser(tokens);
  return page(firstHeading(tokens), body);
}

/**
 * A bold title whose closing marks fell after a hard line break ("**4. CHANGES TO THESE TERMS␣␣", a blank line,
 * "**"), as HTML-to-Markdown converters write `<strong>Title<br><br></strong>`: Markdown reads both marks as text,
 * the title is lost and a lone "**" becomes the lead-in of the list under it. Closed on the title's own line.
 * Read line by line: one regex over the spaces and breaks would backtrack on long runs of blanks.
 */
export function closeBrokenBold(md: string): string {
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/[ \t]{2}$/.test(line) || (line.match(/\*\*/g) ?? []).length % 2 === 0) continue;
    let j = i + 1;
    while (j < lines.length && j <= i + 2 && lines[j]!.trim() === '') j++;
    if (j >= lines.length || lines[j]!.trim() !== '**') continue;
    lines[i] = `${line.trimEnd()}**`;
    lines.splice(i + 1, j - i);
  }
  return lines.join('\n');
}

/**
 * The plain text of the first heading token, in document order: a setext heading ("Privacy Policy\n====") before
 * the first ATX one is the title, as a browser would show it. Inline Markdown is rendered, then tags and entities
 * dropped, so "1\\. Scope" reads "1. Scope" and "[Terms](url)" reads "Terms".
 */
function firstHeading(tokens: ReturnType<typeof marked.lexer>): string {
  const heading = tokens.find((t): t is Tokens.Heading => t.type === 'heading');
  if (!heading) return '';
  const html = marked.parseInline(heading.text, { async: false, gfm: true });
  return decodeEntities(html.replace(/<[^<>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(?:#(\d{1,6})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      if (dec || hex) {
        const code = Number.parseInt(dec ?? hex!, dec ? 10 : 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[name!.toLowerCase()] ?? m;
    },
  );
}

/** Plain text → one <p> per blank-line-separated paragraph; line breaks inside a paragraph are kept as <br>. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const firstLine = paragraphs[0]?.split('\n')[0] ?? '';
  const title = firstLine.length <= 120 ? firstLine : '';
  const body = paragraphs.map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`).join('\n');
  return page(title, body);
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
