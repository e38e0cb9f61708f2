// Real long documents for the browser bench: the five longest Markdown files of the Open Terms Archive corpus
// (../shared/corpus/ota, outside the repository; see its README), each rendered as a terms page whose sections are
// collapsed <details>, as many real terms pages show them. The corpus is optional: without it the bench says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Token } from 'marked';
import { ROOT } from '../../../test/browser/harness';

export const OTA_DIR = join(ROOT, '..', 'shared', 'corpus', 'ota');

export interface OtaPage {
  /** "Roblox / Terms of Service" */
  name: string;
  /** Size of the Markdown file (index.json) */
  bytes: number;
  /** A path the detector reads as a legal page: /ota/<n>/terms-of-service, or /ota/<n>/terms for a type it has no name for */
  path: string;
  html: string;
}

interface IndexEntry {
  file: string;
  service: string;
  type: string;
  bytes: number;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'terms';

/**
 * Groups the top-level tokens into sections: at the shallowest heading depth used at least three times (the
 * heading becomes the <summary>), or, in a document with too few headings, in ten runs of blocks.
 */
function sections(tokens: Token[]): Array<{ summary: string; tokens: Token[] }> {
  const depths = new Map<number, number>();
  for (const t of tokens)
    if (t.type === 'heading') depths.set(t.depth as number, (depths.get(t.depth as number) ?? 0) + 1);
  const depth = [...depths]
    .filter(([, n]) => n >= 3)
    .map(([d]) => d)
    .sort((a, b) => a - b)[0];
  const out: Array<{ summary: string; tokens: Token[] }> = [];
  if (depth !== undefined) {
    let current: { summary: string; tokens: Token[] } = { summary: '', tokens: [] };
    for (const t of tokens) {
      if (t.type === 'heading' && t.depth === depth) {
        out.push(current);
        current = { summary: (t as { text: string }).text, tokens: [] };
      } else current.tokens.push(t);
    }
    out.push(current);
    return out.filter((s) => s.summary !== '' || s.tokens.length > 0);
  }
  const blocks = tokens.filter((t) => t.type !== 'space');
  const per = Math.max(1, Math.ceil(blocks.length / 10));
  for (let i = 0; i < blocks.length; i += per)
    out.push({ summary: `Part ${out.length + 1}`, tokens: blocks.slice(i, i + per) });
  return out;
}

function render(markdown: string, title: string): string {
  const tokens = marked.lexer(markdown);
  const body = sections(tokens)
    .map((s, i) => {
      const inner = marked.parser(s.tokens as Parameters<typeof marked.parser>[0]);
      // The untitled preamble stays open: it is what a reader sees first. A heading keeps its inline Markdown rendered
      // ("5\. Right of amendment" reads "5. Right of amendment").
      if (i === 0 && s.summary === '') return `<section>${inner}</section>`;
      return `<details><summary><h2>${marked.parseInline(s.summary) as string}</h2></summary>${inner}</details>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:auto;padding:0 16px}summary h2{display:inline;font-size:1.1em}</style>
</head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${escapeHtml(title)}</h1>
${body}
</article></main><footer><p>© the service</p></footer></body></html>`;
}

/**
 * The `count` longest documents of the corpus (of those `keep` accepts) as pages, longest first; null when the corpus
 * is not there.
 */
export function longestOtaPages(
  count = 5,
  keep: (doc: { file: string; service: string; type: string }) => boolean = () => true,
): OtaPage[] | null {
  const index = join(OTA_DIR, 'index.json');
  if (!existsSync(index)) return null;
  const { documents } = JSON.parse(readFileSync(index, 'utf8')) as { documents: IndexEntry[] };
  return documents
    .filter(keep)
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((d, i) => {
      const title = `${d.service} ${d.type}`;
      // The detector knows "Terms of Service" and "Privacy Policy" by name but not, say, "Developer Terms" (it says "not a
      // terms page" and nothing is analysed): such a document is served under /terms, where sites usually put it.
      const named = /^(?:terms of (?:service|use)|privacy policy|cookie policy)$/i.test(d.type);
      return {
        name: `${d.service} / ${d.type}`,
        bytes: d.bytes,
        path: `/ota/${i}/${named ? slug(d.type) : 'terms'}`,
        html: render(readFileSync(join(OTA_DIR, d.file), 'utf8'), title),
      };
    });
}
