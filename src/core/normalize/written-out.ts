// Legal drafting writes some things twice, and a revision may add or drop the second form without changing what the
// clause says: a number in words and in figures ("thirty (30) days" is "30 days"), and a name with its abbreviation
// ("the General Data Protection Regulation (GDPR)" is "the GDPR"). Both are said one way before versions are compared.

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The value of a number of 0–100 written in words ("sixty", "twenty-one", "one hundred"), else null. */
export function numberInWords(words: readonly string[]): number | null {
  const w = words.map((x) => x.toLowerCase());
  if (w.length === 2 && (w[0] === 'one' || w[0] === 'a') && w[1] === 'hundred') return 100;
  if (w.length === 1) {
    const unit = UNITS.indexOf(w[0]!);
    if (unit >= 0) return unit;
    const ten = TENS.indexOf(w[0]!);
    return ten >= 2 ? ten * 10 : null;
  }
  if (w.length === 2) {
    const ten = TENS.indexOf(w[0]!);
    const unit = UNITS.indexOf(w[1]!);
    return ten >= 2 && unit >= 1 && unit <= 9 ? ten * 10 + unit : null;
  }
  return null;
}

// Up to three words, an optional "percent", then figures in brackets: "thirty (30)", "ten percent (10%)".
const WORDS_THEN_FIGURES = /\b([a-z]+(?:[\s-][a-z]+){0,2})(\s+per\s?cent)?\s*\(\s*(\d{1,3})(%?)\s*\)/gi;

/** "sixty (60) days" → "60 days", "ten percent (10%)" → "10%": only where the words are the figures' number. */
export function figuresForWrittenNumbers(text: string): string {
  return text.replace(WORDS_THEN_FIGURES, (all: string, lead: string, percent = '', digits: string, sign: string) => {
    if (Boolean(percent) !== Boolean(sign)) return all;
    const words = lead.split(/[\s-]/);
    // The number is the last one or two words of the lead ("within thirty (30)", "twenty-one (21)").
    for (const n of [2, 1]) {
      if (words.length < n || numberInWords(words.slice(-n)) !== Number(digits)) continue;
      const kept = words.slice(0, -n).join(' ');
      return `${kept ? `${kept} ` : ''}${digits}${sign}`;
    }
    return all;
  });
}

// An abbreviation in brackets, maybe quoted: "(GDPR)", '("CCPA")'.
const ABBREVIATION = /\(\s*"?(\p{Lu}{2,8})"?\s*\)/gu;
// Words an expanded name may hold that give no letter to its abbreviation.
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', 'in', '&']);
const isLetter = (ch: string): boolean => /[\p{L}&]/u.test(ch);

/** Where the name the abbreviation stands for starts in `before`, or -1 when its capitals do not spell it. */
function nameStart(before: string, abbreviation: string): number {
  let letters = abbreviation;
  let end = before.length;
  // Read words backwards: each capitalised word gives the abbreviation's last letter still unspelled; a connector
  // ("of", "and") gives none. The name is short: twice the abbreviation's letters at most.
  for (let words = 0; letters && words < 2 * abbreviation.length + 2; words++) {
    while (end > 0 && !isLetter(before[end - 1]!)) end--;
    let start = end;
    while (start > 0 && isLetter(before[start - 1]!)) start--;
    if (start === end) return -1;
    const word = before.slice(start, end);
    if (word[0] === letters[letters.length - 1]) letters = letters.slice(0, -1);
    else if (!CONNECTORS.has(word.toLowerCase()) || letters === abbreviation) return -1;
    end = start;
  }
  return letters ? -1 : end;
}

/** "the General Data Protection Regulation (GDPR)" → "the GDPR": a name followed by its own abbreviation. */
export function abbreviationsForNames(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(ABBREVIATION)) {
    const before = text.slice(from, m.index);
    const start = nameStart(before, m[1]!);
    if (start < 0) continue;
    out += `${before.slice(0, start)}${m[1]}`;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}
