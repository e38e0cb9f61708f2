// Page-kind detection: names in URL/title/headings first (early exit when none), then negative hints
// (article/forum/search markers), then a bounded text sample for legal vocabulary and section structure.
import type { Detection } from '../types';
import { matchName, matchTitle, matchUrl } from './name-match';
import { readPageMeta } from './page-meta';
import { mainCandidate, sampleText, type TextSample } from './sample-text';
import { CITATION, DATE_LINE, DEFINITION, ENCYCLOPEDIA_LINE, foldText, LEGAL_VOCAB, NEGATIVE_URL, NON_LEGAL_TYPES, PERSONAL, REPORTED_SPEECH, SELF_REFERENCE, type LegalKind } from './signals';

/** Score at which a page counts as a legal document. */
const THRESHOLD = 6;

export interface DetectionFeatures {
  kindScores: Record<LegalKind, number>;
  name: number;
  negative: number;
  text: number;
  density: number;
  words: number;
  sectionLabels: number;
  /** Share of sampled characters inside links. */
  linkShare: number;
  /** Sentences of eight or more words in the text outside links. */
  proseSentences: number;
  /** Distinct link texts that are themselves legal-document names. */
  docLinks: number;
  /** First/second-person pronouns per word (English pages only; -1 when not English). */
  personal: number;
  selfRefs: number;
  definitions: number;
  citations: number;
}

function other(reasons: string[], confidence: number): Detection {
  return { kind: 'other', isLegal: false, confidence, reasons };
}

export function detectPage(doc: Document, url: string): Detection {
  return detectWithFeatures(doc, url).detection;
}

/** detectPage plus the numbers behind it (for the eval script and tests). */
export function detectWithFeatures(doc: Document, url: string): { detection: Detection; features: DetectionFeatures | null } {
  const reasons: string[] = [];
  const kindScores: Record<LegalKind, number> = { terms: 0, privacy: 0, cookies: 0, ai_policy: 0 };
  const add = (kind: LegalKind, points: number, reason: string): void => {
    kindScores[kind] += points;
    reasons.push(reason);
  };

  const meta = readPageMeta(doc);
  const urlHits = matchUrl(url);
  for (const h of urlHits) add(h.kind, h.exact ? 3 : 1, h.where);
  let canonicalExact = false;
  if (meta.canonical && urlHits.length === 0) {
    let canonical = '';
    try {
      canonical = new URL(meta.canonical, url).href;
    } catch {
      /* ignore a malformed canonical link */
    }
    for (const h of matchUrl(canonical)) {
      add(h.kind, h.exact ? 2 : 1, `canonical ${h.where}`);
      canonicalExact ||= h.exact;
    }
  }
  const t = matchTitle(meta.title);
  if (t) add(t.kind, t.exact ? 3 : 1, `title "${meta.title.slice(0, 60)}"`);
  const hd = matchName(meta.heading);
  if (hd) add(hd.kind, hd.exact ? 3 : 1, `heading "${meta.heading.slice(0, 60)}"`);

  const name = kindScores.terms + kindScores.privacy + kindScores.cookies + kindScores.ai_policy;
  // Early exit: most pages on the web never name a legal document in URL, title or heading. A legal document is
  // named as such somewhere; pages that only mention one in a headline ("Zoom changes its terms…") stop here too.
  const named = urlHits.some((h) => h.exact) || t?.exact === true || hd?.exact === true || canonicalExact;
  if (!named) return { detection: other(name ? ['legal document only mentioned, never named as the page'] : ['no legal document name in URL, title or headings'], 0.95), features: null };

  let negative = 0;
  const neg = (points: number, reason: string): void => {
    negative += points;
    reasons.push(reason);
  };
  for (const rule of NEGATIVE_URL) if (rule.pattern.test(url)) neg(rule.weight, `URL looks like ${rule.why}`);
  const badType = meta.ldTypes.find((x) => NON_LEGAL_TYPES.test(x));
  if (badType) neg(4, `JSON-LD @type ${badType}`);
  if (meta.ogType === 'article') neg(1, 'og:type article');
  else if (meta.ogType && meta.ogType !== 'website') neg(2, `og:type ${meta.ogType}`);
  if (meta.hasPublishedTime) neg(1, 'article:published_time');

  const root = mainCandidate(doc);
  const sample = root ? sampleText(root) : null;
  if (!sample) return { detection: other([...reasons, 'no body'], 0.95), features: null };
  const folded = foldText(sample.text);
  const words = (folded.match(/\S+/g) ?? []).length;
  const vocab = (folded.match(LEGAL_VOCAB) ?? []).length;
  const density = words ? vocab / words : 0;
  let text = 0;
  const txt = (points: number, reason: string): void => {
    text += points;
    reasons.push(reason);
  };
  if (density >= 0.05) txt(3, `legal vocabulary ${(density * 100).toFixed(1)}%`);
  else if (density >= 0.035) txt(2, `legal vocabulary ${(density * 100).toFixed(1)}%`);
  else if (density >= 0.02) txt(1, `some legal vocabulary ${(density * 100).toFixed(1)}%`);
  else txt(-2, `little legal vocabulary ${(density * 100).toFixed(1)}%`);
  if (sample.sectionLabels >= 5) txt(2, `${sample.sectionLabels} numbered sections`);
  else if (sample.sectionLabels >= 2) txt(1, `${sample.sectionLabels} numbered sections`);
  if (DATE_LINE.test(folded.slice(0, 3000))) txt(1, '"last updated"/"effective" line');
  if (sample.truncated || words >= 1500) txt(1, 'long text');
  else if (words < 150) txt(-2, `short text (${words} words)`);
  const speech = (folded.match(REPORTED_SPEECH) ?? []).length;
  if (speech >= 3 && speech * 1000 >= words * 2) txt(-2, `reported speech ×${speech}`);

  const about = aboutness(sample, folded, words);
  for (const [points, reason] of about.points) txt(points, reason);

  const features: DetectionFeatures = { kindScores, name, negative, text, density, words, sectionLabels: sample.sectionLabels, ...about.features };
  const total = name + text - negative;
  const confidence = 1 / (1 + Math.exp(-(total - THRESHOLD + 0.5) / 2));
  if (total < THRESHOLD) return { detection: other(reasons, round(1 - confidence)), features };
  // Most specific kind wins ties: an "AI terms" page is ai_policy, not terms.
  const order: LegalKind[] = ['ai_policy', 'cookies', 'privacy', 'terms'];
  let kind: LegalKind = 'terms';
  for (const k of order) if (kindScores[k] > kindScores[kind]) kind = k;
  return { detection: { kind, isLegal: true, confidence: round(confidence), reasons }, features };
}

type AboutFeatures = Pick<DetectionFeatures, 'linkShare' | 'proseSentences' | 'docLinks' | 'personal' | 'selfRefs' | 'definitions' | 'citations'>;

/**
 * Signals that a page is ABOUT legal documents rather than being one: an index of links to them, too little prose
 * of its own, or reference-work prose (definitions, citations, encyclopedia furniture, no "you"/"we").
 */
function aboutness(sample: TextSample, folded: string, words: number): { points: Array<[number, string]>; features: AboutFeatures } {
  const points: Array<[number, string]> = [];
  const chars = sample.text.length || 1;
  const linkShare = sample.linkChars / chars;
  const proseSentences = foldText(sample.prose).split(/[.!?;:](?:\s|$)|\n/).filter((x) => (x.match(/\S+/g) ?? []).length >= 8).length;
  const docLinks = new Set(sample.linkTexts.filter((t) => matchName(t)?.exact).map(foldText)).size;
  const english = words >= 40 && (folded.match(/\b(?:the|and|of|to)\b/g) ?? []).length >= words * 0.06;
  const personal = english ? (folded.match(PERSONAL) ?? []).length / words : -1;
  const selfRefs = (folded.match(SELF_REFERENCE) ?? []).length;
  const definitions = (folded.slice(0, 4000).match(DEFINITION) ?? []).length;
  const citations = (sample.text.match(CITATION) ?? []).length;

  // An index of legal documents: mostly link text, or a few document names and little else.
  if (linkShare >= 0.5) points.push([-3, `mostly link text (${Math.round(linkShare * 100)}%)`]);
  else if (linkShare >= 0.3) points.push([-2, `much link text (${Math.round(linkShare * 100)}%)`]);
  if (docLinks >= 3 && docLinks * 60 >= words) points.push([-3, `links to ${docLinks} legal documents in ${words} words`]);
  // A genuinely short policy still has a handful of sentences of its own; a hub or a stub has one or two.
  if (proseSentences < 2) points.push([-3, `almost no prose (${proseSentences} sentences)`]);
  else if (proseSentences < 3) points.push([-2, `little prose (${proseSentences} sentences)`]);
  // Reference works: encyclopedia furniture, definitions of the genre, citations, no one addressed.
  if (ENCYCLOPEDIA_LINE.test(folded)) points.push([-3, 'encyclopedia boilerplate']);
  if (definitions) points.push([definitions >= 2 ? -3 : -2, `defines the document type (×${definitions})`]);
  if (citations >= 3) points.push([-2, `citation markers ×${citations}`]);
  if (sample.referenceHeadings) points.push([-Math.min(2, sample.referenceHeadings), `reference-work headings ×${sample.referenceHeadings}`]);
  if (sample.infobox) points.push([-2, 'infobox']);
  if (english && words >= 80 && personal < 0.006) points.push([-2, `impersonal text (you/we ${(personal * 100).toFixed(1)}%)`]);
  if (selfRefs >= 2) points.push([1, `names itself ("these Terms") ×${selfRefs}`]);
  return { points, features: { linkShare, proseSentences, docLinks, personal, selfRefs, definitions, citations } };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
