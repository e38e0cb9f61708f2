// Section labels: headings, bold whole-line pseudo-headings, and the bold "10.4 Customer License Grant." that many
// terms put at the start of a paragraph. A stack keeps the path ("10. CUSTOMER CONTENT" › "10.4 …").
import { trimEndChars } from '../normalize/trim-chars';

/** "10.4 Customer…" → [10, 4]; "§ 3 Nutzung" → [3]; "Article 5" → [5]; unnumbered → null. */
export function parseNumber(label: string): number[] | null {
  const m =
    /^\s*(?:(?:§|art\.?|article|artikel|section|sec\.|clause|ziffer)\s*)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?(?=\s|$|[a-z])/i.exec(
      label,
    );
  return m ? m[1]!.split('.').map(Number) : null;
}

interface Entry {
  label: string;
  rank: number;
  num: number[] | null;
}

export class SectionStack {
  private entries: Entry[] = [];

  /** Pushes a label; `tagRank` is the heading level when the label is a real <hN>. */
  push(label: string, tagRank: number | null): void {
    const num = parseNumber(label);
    let rank: number;
    const parent = num && num.length > 1 ? this.findParent(num) : -1;
    if (parent >= 0) {
      rank = this.entries[parent]!.rank + 1;
      this.entries.length = parent + 1;
    } else {
      const top = this.entries[this.entries.length - 1];
      // Unnumbered pseudo-headings sit one below the enclosing real heading.
      rank = tagRank ?? (num ? num.length + 1 : top ? Math.min(top.rank + 1, 6) : 2);
      if (!tagRank && !num && top && top.num === null) rank = top.rank; // sibling pseudo-headings
      while (this.entries.length && this.entries[this.entries.length - 1]!.rank >= rank) this.entries.pop();
    }
    this.entries.push({ label, rank, num });
  }

  path(): string[] {
    return this.entries.map((e) => e.label);
  }

  rank(): number {
    return this.entries[this.entries.length - 1]?.rank ?? 1;
  }

  private findParent(num: number[]): number {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const n = this.entries[i]!.num;
      if (n && n.length === num.length - 1 && n.every((x, k) => x === num[k])) return i;
    }
    return -1;
  }
}

/** The bold run a paragraph opens with, when it reads as a label ("10.2 Service Generated Data; Consent to Use"). */
export function leadLabel(text: string, leadBold: number): string | null {
  if (leadBold <= 0 || leadBold >= text.length) return null;
  const lead = trimEndChars(text.slice(0, leadBold).trim(), /[.:\s–—-]/);
  if (lead.length < 2 || lead.length > 120 || !/\p{L}/u.test(lead)) return null;
  if (parseNumber(lead)) return lead;
  // Unnumbered bold leads count only when punctuated as a label: "Cookies. We use…", "Retention: …".
  return /^\s*[.:–—]/.test(text.slice(leadBold)) || /[.:]\s*$/.test(text.slice(0, leadBold)) ? lead : null;
}

export interface PlainLabel {
  label: string;
  /** Where the label's own text ends in the paragraph (after its "." or ":"); 0 when it is only a number. */
  end: number;
}

// Case-sensitive on purpose: the label must be followed by a capital ("10.4 million users" is no section).
const PLAIN_NUMBER =
  /^(?:(§|[Aa]rt\.|[Aa]rticle|ARTICLE|[Aa]rtikel|[Ss]ection|SECTION|[Ss]ec\.|[Cc]lause|[Zz]iffer)\s*)?(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+(?=[\p{Lu}(])/u;
/** "2.5 GB", "1.5 USD": a quantity, not a section number. */
const UNIT_AFTER = /^(?:[KMGT]i?B|USD|EUR|GBP|CHF|MB\/s|px|%)\b/;

/**
 * A section number the paragraph opens with in plain (unbolded) text: "1.1 You must…" → "1.1";
 * "10.4 Customer License Grant. You agree…" → "10.4 Customer License Grant"; "§ 3 Der Anbieter…" → "§ 3".
 * Single-level "3. …" counts only with a title before the first period, because "1. …" alone is as often an
 * enumeration inside a section as a section of its own.
 */
export function plainLeadLabel(text: string): PlainLabel | null {
  const m = PLAIN_NUMBER.exec(text);
  if (!m) return null;
  const prefix = m[1] ? `${m[1]} ` : '';
  const number = prefix + m[2]!;
  const rest = text.slice(m[0].length);
  if (UNIT_AFTER.test(rest)) return null;
  const multiLevel = m[2]!.includes('.');
  const title = titlePhrase(rest);
  // "3. Payment" keeps its period, as a bold or heading label would; "10.4 Customer…" has none.
  if (title)
    return {
      label: `${number}${m[3] && !prefix && !multiLevel ? '.' : ''} ${title.text}`,
      end: m[0].length + title.end,
    };
  return multiLevel || prefix ? { label: number, end: 0 } : null;
}

/** "Customer License Grant. You agree…" → the title and where its terminator ends; null for a sentence. */
function titlePhrase(rest: string): { text: string; end: number } | null {
  const stop = /[.:](?:\s|$)/.exec(rest.slice(0, 90));
  if (!stop || stop.index === 0 || stop.index + 1 >= rest.trimEnd().length) return null; // the label must introduce more text
  const text = rest.slice(0, stop.index).trim();
  const words = text.split(/\s+/);
  if (words.length > 10) return null;
  // Title Case or CAPS: every word of four or more letters is capitalised ("Fees and Payment", "USE OF AI").
  const titled = words.every((w) => !/^\p{Ll}{4,}/u.test(w));
  return titled && /\p{L}/u.test(text) ? { text, end: stop.index + 1 } : null;
}
