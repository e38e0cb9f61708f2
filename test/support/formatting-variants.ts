// Formatting-only variants of a Markdown document: each rewrites how the page looks, never what its terms say. A
// change report between a document and any of these must be empty (test/unit/diff/formatting-only.test.ts and
// `npm run eval -- changes` over the latest version of every real history).

export interface FormattingVariant {
  id: string;
  apply(markdown: string): string;
}

const HEADING = /^#{1,5}\s/;

function mapLines(md: string, f: (line: string, i: number, lines: string[]) => string): string {
  const lines = md.split('\n');
  return lines.map((l, i) => f(l, i, lines)).join('\n');
}

/** A list item that is only a link ("- [Privacy](https://…)"). */
const LINK_ITEM = /^\s*[-*+]\s+\[[^\]]+\]\([^)]*\)\s*$/;

export const FORMATTING_VARIANTS: readonly FormattingVariant[] = [
  {
    id: 'bold-removed-from-headings',
    // "## **Your content**" → "## Your content"; "**IMPORTANT INFORMATION**" (a bold line) → "IMPORTANT INFORMATION".
    apply: (md) =>
      mapLines(md, (l) =>
        HEADING.test(l) || /^\s*\*\*[^*]+\*\*\s*$/.test(l) ? l.replace(/\*\*([^*]+)\*\*/g, '$1') : l,
      ),
  },
  {
    id: 'whitespace-and-nbsp',
    // Spaces after punctuation become non-breaking, some become double, and lines gain trailing blanks.
    apply: (md) =>
      mapLines(md, (l, i) => {
        if (/^\s*(?:[-*+#|]|\d+\.|```)/.test(l) || !l.trim()) return l;
        const spaced = l.replace(/([,;:]) \b/g, '$1\u00a0').replace(/\. (?=[A-Z])/g, i % 2 ? '.  ' : '.\u00a0');
        return `${spaced} `;
      }),
  },
  {
    id: 'link-targets-changed',
    // Same link text, another address with tracking parameters.
    apply: (md) =>
      md.replace(/\]\((https?:\/\/[^)\s]+)\)/g, (_m, url: string) => {
        const u = url.replace(/^https?:\/\/(?:www\.)?/, 'https://www.');
        return `](${u}${u.includes('?') ? '&' : '?'}utm_source=termwatch&utm_medium=link)`;
      }),
  },
  {
    id: 'link-list-reordered',
    // Every run of two or more list items that are only links, in reverse order.
    apply: (md) => {
      const lines = md.split('\n');
      for (let i = 0; i < lines.length;) {
        let j = i;
        while (j < lines.length && LINK_ITEM.test(lines[j]!)) j++;
        if (j - i >= 2) lines.splice(i, j - i, ...lines.slice(i, j).reverse());
        i = Math.max(j, i + 1);
      }
      return lines.join('\n');
    },
  },
  {
    id: 'date-line-changed',
    // "Last updated: October 30, 2020" → another date (and "Effective …" lines likewise).
    apply: (md) =>
      md.replace(
        /\b((?:last (?:updated|modified|revised)|updated|effective(?: date)?|revised)(?: on)?[:–-]? ?\**\s?)(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+,? \d{4}|\d{4}-\d{2}-\d{2})/gi,
        (_m, lead: string) => `${lead}March 3, 2031`,
      ),
  },
  {
    id: 'heading-level-changed',
    // "## Title" → "### Title"; a setext "====" underline → "----".
    apply: (md) => mapLines(md, (l) => (HEADING.test(l) ? `#${l}` : /^=+\s*$/.test(l) ? l.replace(/=/g, '-') : l)),
  },
];
