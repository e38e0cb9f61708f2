// Section labels: headings, bold whole-line pseudo-headings, and the bold "10.4 Customer License Grant." that many
// terms put at the start of a paragraph. A stack keeps the path ("10. CUSTOMER CONTENT" › "10.4 …").

/** "10.4 Customer…" → [10, 4]; "§ 3 Nutzung" → [3]; "Article 5" → [5]; unnumbered → null. */
export function parseNumber(label: string): number[] | null {
  const m = /^\s*(?:(?:§|art\.?|article|artikel|section|sec\.|clause|ziffer)\s*)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?(?=\s|$|[A-Za-z])/i.exec(label);
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
      rank = tagRank ?? (num ? num.length + 1 : (top ? Math.min(top.rank + 1, 6) : 2));
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
  const lead = text.slice(0, leadBold).trim().replace(/[.:\s–—-]+$/, '');
  if (lead.length < 2 || lead.length > 120 || !/\p{L}/u.test(lead)) return null;
  if (parseNumber(lead)) return lead;
  // Unnumbered bold leads count only when punctuated as a label: "Cookies. We use…", "Retention: …".
  return /^\s*[.:–—]/.test(text.slice(leadBold)) || /[.:]\s*$/.test(text.slice(0, leadBold)) ? lead : null;
}
