// Language of a page: declared (<html lang>, Content-Language) first, then the script of the text, then a
// stop-word profile for the Latin-script languages we can tell apart. "und" when unsure.

/** Frequent function words; a short list is enough to separate these languages on a few hundred words. */
export const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'you', 'we', 'your', 'our', 'or', 'with', 'for', 'this', 'that', 'any', 'are'],
  de: ['der', 'die', 'und', 'das', 'den', 'des', 'nicht', 'mit', 'sie', 'ist', 'zu', 'von', 'oder', 'wir', 'ihre'],
  fr: ['le', 'la', 'les', 'des', 'et', 'vous', 'nous', 'est', 'pour', 'dans', 'sur', 'une', 'vos', 'du', 'aux'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'para', 'con', 'por', 'sus', 'usted', 'una', 'del'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'gli', 'dei', 'delle', 'con', 'sono', 'una', 'nel', 'della', 'non'],
  nl: ['de', 'het', 'en', 'van', 'een', 'je', 'uw', 'wij', 'voor', 'niet', 'met', 'zijn', 'dat', 'op', 'worden'],
  pt: ['o', 'os', 'as', 'de', 'que', 'e', 'para', 'com', 'não', 'uma', 'dos', 'das', 'seus', 'você', 'ao'],
};

const PROFILES = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) {
    let m = PROFILES.get(w);
    if (!m) PROFILES.set(w, (m = new Map()));
    m.set(lang, 1);
  }
}

const SCRIPTS: Array<[string, RegExp]> = [
  ['ja', /[\u3040-\u30ff]/g], // kana first: Japanese also uses Han
  ['ko', /[\uac00-\ud7af]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
];

function primary(tag: string | null | undefined): string {
  const p =
    (tag ?? '')
      .trim()
      .toLowerCase()
      .split(/[-_,;\s]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(p) ? p : '';
}

export function detectLanguage(doc: Document, sampleText: string): string {
  const declared =
    primary(doc.documentElement?.getAttribute('lang')) ||
    primary(doc.documentElement?.getAttribute('xml:lang')) ||
    primary(contentLanguage(doc));
  if (declared) return declared;
  return guessLanguage(sampleText);
}

function contentLanguage(doc: Document): string | null {
  // Only <head>'s own children (where <meta> lives; cheap on huge bodies, no recursion). http-equiv is
  // case-insensitive; the CSS `i` flag is not supported by every DOM implementation.
  for (const m of Array.from(doc.head?.children ?? [])) {
    if (m.tagName.toUpperCase() === 'META' && m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      return m.getAttribute('content');
  }
  return null;
}

/** Language from text alone (first 5,000 characters). */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'und';
  let kanaOrHan = 0;
  for (const [lang, re] of SCRIPTS) {
    const count = (sample.match(re) ?? []).length;
    if (lang === 'ja' && count > 0) kanaOrHan = count;
    if (count / letters > 0.3 || (lang === 'zh' && kanaOrHan > 0 && (count + kanaOrHan) / letters > 0.3))
      return lang === 'zh' && kanaOrHan > 0 ? 'ja' : lang;
  }
  const scores = new Map<string, number>();
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const langs = PROFILES.get(w);
    if (langs) for (const l of langs.keys()) scores.set(l, (scores.get(l) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 4) return 'und';
  if (second && best[1] < second[1] * 1.3) return 'und';
  return best[0];
}
