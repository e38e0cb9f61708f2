// Page-kind detection: names in URL/title/headings, negative hints (article/forum/search markers, news headlines),
// then a bounded text sample read for what a legal document does (vocabulary, structure, binding its reader,
// defining its terms). A page with no name must show all of it in its text; its kind then comes from the text.
import { MAX_REASON, MAX_REASONS } from '../bounds';
import type { Detection } from '../types';
import { matchName, matchTitle, matchUrl, type NameHit } from './name-match';
import { readPageMeta } from './page-meta';
import { mainCandidate, sampleText, type TextSample } from './sample-text';
import {
  CITATION,
  BINDING,
  SELF_BINDING,
  DATE_LINE,
  DEFINED_TERM,
  countDefinitions,
  ENCYCLOPEDIA_LINE,
  foldText,
  FOREIGN_VOCAB,
  HEADLINE,
  KIND_CUES,
  LEGAL_VOCAB,
  MARKETING,
  NAMED_SELF,
  NEGATIVE_URL,
  NON_LEGAL_TYPES,
  PERSONAL,
  REPORTED_SPEECH,
  SELF_REFERENCE,
  VOICE,
  VOICE_ANY,
  type LegalKind,
} from './signals';

/** Score at which a page counts as a legal document. */
const THRESHOLD = 6;

/** Scored evidence: points (positive for "is a legal document") and why, shown to the user as reasons. */
type Points = Array<[number, string]>;
type Point = (points: number, why: string) => void;

function other(reasons: string[], confidence: number, verdict: Detection['verdict']): Detection {
  return { kind: 'other', isLegal: false, confidence, reasons, verdict };
}

/**
 * The kind a text reads as: a cookie policy lists trackers, a privacy policy collects and discloses, terms bind and
 * disclaim. Privacy policies use some agreement words too (and terms some data words), hence the weights.
 */
function contentKind(folded: string): LegalKind {
  const privacy = count(folded, KIND_CUES.privacy);
  const terms = count(folded, KIND_CUES.terms);
  const cookies = count(folded, KIND_CUES.cookies);
  if (cookies > privacy && cookies > terms * 2) return 'cookies';
  return privacy * 0.6 > terms ? 'privacy' : 'terms';
}

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

export function detectPage(doc: Document, url: string): Detection {
  const steps = detectSteps(doc, url);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * detectPage as checkpoints (each `yield` a safe place to pause), for the always-on detector to run in short tasks:
 * in one go it blocked a long page for 40–70 ms, most of it compiling the vocabulary regexes afresh in each page.
 */
export function* detectSteps(doc: Document, url: string): Generator<void, Detection, void> {
  const reasons: string[] = [];
  // Reasons quote the page (URL segments, og:type, JSON-LD types), as many and as long as it likes: kept within
  // core/bounds.ts here. A plain slice, not bounds.ts's shorten: this bundle has no bytes to spare (≤ 21 KB).
  const note = (reason: string): void => {
    if (reasons.length < MAX_REASONS) reasons.push(reason.slice(0, MAX_REASON));
  };
  const kindScores: Record<LegalKind, number> = { terms: 0, privacy: 0, cookies: 0, ai_policy: 0 };
  let name = 0;
  // A generic name ("Legal") counts as a name, but says no kind: the text says it then.
  const add = ({ kind, generic }: NameHit, points: number, reason: string): void => {
    if (!generic) kindScores[kind] += points;
    name += points;
    note(reason);
  };

  const meta = readPageMeta(doc);
  const urlHits = matchUrl(url);
  for (const h of urlHits) add(h, h.exact ? 3 : 1, h.where);
  let named = urlHits.some((h) => h.exact);
  if (meta.canonical && urlHits.length === 0) {
    let canonical = '';
    try {
      canonical = new URL(meta.canonical, url).href;
    } catch {
      /* ignore a malformed canonical link */
    }
    for (const h of matchUrl(canonical)) {
      add(h, h.exact ? 2 : 1, `canonical ${h.where}`);
      named ||= h.exact;
    }
  }
  const t = matchTitle(meta.title);
  if (t) add(t, t.exact ? 3 : 1, `title "${meta.title.slice(0, 60)}"`);
  const hd = matchName(meta.heading);
  // A title paragraph is no heading markup: a stray line ("Privacy" above terms) can name the wrong document, and a
  // kicker above a headline can be the name of what the news is about. It adds name points, not the kind, and does
  // not spare the page the headline penalty.
  const line = meta.headingAt?.tagName == 'P';
  if (hd) {
    hd.generic ||= line;
    add(hd, hd.exact ? 3 : 1, `heading "${meta.heading.slice(0, 60)}"`);
  }

  // A legal document is usually named as such in its URL, title or first heading. Without a name the text alone
  // must show it: unnamed pages carry no name points, so only strong content evidence reaches the threshold.
  const isNamed = named || !!t?.exact || (!line && !!hd?.exact);
  let score = name;
  const points: Points = [];
  // A helper, not `points.push([…])` thirty times: this bundle has no bytes to spare.
  const point: Point = (p, why) => points.push([p, why]);
  if (!isNamed && !line) {
    note(name ? 'a legal document is only mentioned' : 'no legal document name');
  }
  for (const [pattern, weight, why] of NEGATIVE_URL) if (pattern.test(url)) point(-weight, `URL looks like ${why}`);
  const badType = meta.ldTypes.find((x) => NON_LEGAL_TYPES.test(x));
  if (badType) point(-4, `JSON-LD @type ${badType}`);
  if (meta.ogType === 'article') point(-1, 'og:type article');
  else if (meta.ogType && meta.ogType !== 'website') point(-2, `og:type ${meta.ogType}`);
  if (meta.hasPublishedTime) point(-1, 'article:published_time');
  // A headline that mentions a document in the third person ("Why the new terms of service upset users") is news
  // about a document, whatever the text below it quotes.
  if (!isNamed && name && HEADLINE.test(foldText(`${meta.title} ${line ? '' : meta.heading}`)))
    point(-6, 'headline about a document');
  // The page's own markup, address or headline say it is a post, an article or a search (a dated blog URL, a
  // BlogPosting, a news headline): no amount of quoted contract text makes it the document itself.
  if (points.reduce((sum, [p]) => sum + p, 0) <= -6) {
    for (const [, why] of points) note(why);
    return other(reasons, 0.95, 'not_legal');
  }

  yield;
  const root = mainCandidate(doc);
  let sample = root && sampleText(root);
  // A first heading that names the document opens it: when the sample is link-heavy (a site menu ahead of the
  // document), read again from that heading. Only then: a named heading may also close the text (an appendix).
  if (sample && hd?.exact && sample.linkChars >= sample.text.length * 0.3) {
    yield;
    sample = sampleText(root!, meta.headingAt);
  }
  if (!sample) {
    note('no body');
    return other(reasons, 0.95, 'too_short');
  }
  yield;
  const folded = foldText(sample.text);
  const words = count(folded, /\S+/g);
  // The document naming itself ("these Terms", "this Privacy Policy"); prose about it says "the policy".
  const selfRefs = count(folded, SELF_REFERENCE) + count(sample.text, NAMED_SELF);
  const labels = sample.sectionLabels;
  if (labels >= 2) point(labels >= 5 ? 2 : 1, `${labels} numbered sections`);
  const headings = sample.policyHeadings;
  if (headings >= 2) point(headings >= 4 ? 2 : 1, `${headings} policy headings`);
  if (DATE_LINE.test(folded.slice(0, 3000))) point(1, 'dated');
  yield;
  if (sample.truncated || words >= 1500) point(1, 'long text');
  else if (words < 150) point(-2, `only ${words} words`);
  const speech = count(folded, REPORTED_SPEECH);
  const quotes = speech >= 3 && speech * 1000 >= words * 2;
  // The text binds its reader: "you agree", "you must not", "we collect", "we may share". A long policy that names
  // itself as often as a contract does (aboutness's `contract`) may name the service in the third person too ("Acme
  // may collect"); twice is any blog's (enough to lift the low-density penalty, not to read third-person acts), and
  // "will use" is said of anyone. News quotes people.
  const voice = count(folded, words >= 400 && selfRefs >= 4 && !quotes ? VOICE_ANY : VOICE);
  const perMille = (voice * 1000) / (words || 1);
  const binding = voice < 3 || perMille < 3 ? 0 : perMille >= 10 && voice >= 8 ? 3 : perMille >= 6 ? 2 : 1;
  if (binding) point(binding, `binds its reader x${voice}`);
  const declares = count(folded, BINDING);
  if (declares) point(declares >= 2 ? 2 : 1, `declares itself binding x${declares}`);
  // Only what a text says of itself ("these terms govern"), not binding as its topic ("a binding contract is formed").
  const declaresSelf = count(folded, SELF_BINDING);
  // Legal vocabulary over the whole sample, English or one of the other languages the detector names. Long documents
  // dilute it with plain prose (product descriptions, examples), and so does a document's opening (who we are, what
  // the service does): a low share only counts against a short page that does not name itself. Naming itself spares
  // the page the penalty and earns it nothing (a blog that says "this policy" twice stays as its other signs make it).
  // A long text in plain words that acts as a document (binds its reader, names itself, or declares itself binding
  // twice or more: "these terms govern", not "a binding contract") counts by its number of legal words too: 25 is
  // contract or policy prose diluted (a 2,000-word plain-language policy); a long article about contracts has as many
  // but binds no one, and speaks of binding contracts, not of itself.
  const density = words ? (count(folded, LEGAL_VOCAB) + count(folded, FOREIGN_VOCAB)) / words : 0;
  point(
    density >= 0.05
      ? 3
      : density >= 0.035
        ? 2
        : density >= 0.02 || ((binding || selfRefs || declaresSelf > 1) && density * words >= 25)
          ? 1
          : (density >= 0.01 && words >= 400) || selfRefs >= 2
            ? 0
            : -2,
    `legal words ${(density * 100).toFixed(1)}%`,
  );
  const defined = count(sample.text, DEFINED_TERM);
  if (defined >= 2) point(defined >= 4 ? 2 : 1, `defines its terms x${defined}`);
  // A text that binds its reader and speaks of their data throughout is a privacy policy, however plainly it is
  // written (a friendly policy has few "legal words", a policy without its headings few other signs); news about
  // data practices binds no one. Per mille of the words: 15 is any policy's, 30 one about nothing else. And at
  // least 20 cues and 400 words: a help article about privacy settings says "your data" and "opt out" as often, in
  // passing.
  const data = binding && words >= 400 ? count(folded, KIND_CUES.privacy) : 0;
  const dataShare = (data * 1000) / words;
  if (dataShare >= 15 && data >= 20) point(dataShare >= 30 ? 2 : 1, `about your data x${data}`);
  // Quoting people is news; but legal text says "according to" too, so not where the text binds its reader or
  // defines its terms.
  if (quotes && binding < 2 && defined < 2) point(-2, `reported speech x${speech}`);
  yield;
  aboutness(point, sample, folded, words, selfRefs);
  yield;
  // Product and service pages named after a document (a policy generator, a template shop, a lawyer's offer): they
  // sell, they show buttons and forms, and they never bind their reader the way the document itself does.
  const sales = count(folded, MARKETING);
  if (sales >= 3 && sales * 1000 >= words * 15) point(-3, `sales copy x${sales}`);
  if (sample.controls >= 2) point(-1, `${sample.controls} buttons/forms`);
  if (!selfRefs && !binding && density < 0.02) point(-1, 'binds no one');

  for (const [p, why] of points) {
    score += p;
    note(why);
  }
  const confidence = 1 / (1 + Math.exp(-(score - THRESHOLD + 0.5) / 2));
  if (score < THRESHOLD)
    return other(reasons, round(1 - confidence), words < 150 && (name || words < 50) ? 'too_short' : 'not_legal');
  // Named: the name's kind; the most specific kind wins ties, so an "AI terms" page is ai_policy, not terms.
  // Unnamed, only mentioned or named generically ("Legal"): the kind the text reads as.
  let kind: LegalKind = 'terms';
  for (const k of ['ai_policy', 'cookies', 'privacy'] as const) if (kindScores[k] > kindScores[kind]) kind = k;
  if (!isNamed || !kindScores[kind]) {
    yield;
    note(`reads as ${(kind = contentKind(folded))}`);
  }
  return { kind, isLegal: true, confidence: round(confidence), reasons };
}

/**
 * Signals that a page is ABOUT legal documents rather than being one: an index of links to them, too little prose
 * of its own, or reference-work prose (definitions, citations, encyclopedia furniture, no "you"/"we").
 */
/** Pushes the aboutness points, given how often the text names itself ("these Terms"). */
function aboutness(point: Point, sample: TextSample, folded: string, words: number, selfRefs: number): void {
  const linkShare = sample.linkChars / (sample.text.length || 1);
  const prose = foldText(sample.prose)
    .split(/[.!?;:](?:\s|$)|\n/)
    .filter((x) => count(x, /\S+/g) >= 8).length;
  const docLinks = new Set(sample.linkTexts.filter((x) => matchName(x)?.exact).map(foldText)).size;
  const english = words >= 40 && count(folded, /\b(the|and|of|to)\b/g) >= words * 0.06;
  const personal = count(folded, PERSONAL) / words;
  const definitions = countDefinitions(folded.slice(0, 4000));
  const citations = count(sample.text, CITATION);
  const pct = (x: number): string => `${Math.round(x * 100)}%`;

  // An index of legal documents: mostly link text, or a few document names and little else.
  if (linkShare >= 0.3) point(linkShare >= 0.5 ? -3 : -2, `link text ${pct(linkShare)}`);
  if (docLinks >= 3 && docLinks * 60 >= words) point(-3, `${docLinks} legal-document links`);
  // A genuinely short policy still has a handful of sentences of its own; a hub or a stub has one or two.
  if (prose < 3) point(prose < 2 ? -3 : -2, `${prose} sentences of prose`);
  // Reference works: encyclopedia furniture, definitions of the genre, citations, no one addressed.
  if (ENCYCLOPEDIA_LINE.test(folded)) point(-3, 'encyclopedia');
  if (definitions) point(definitions >= 2 ? -3 : -2, `defines its genre x${definitions}`);
  if (citations >= 3) point(-2, `citation markers x${citations}`);
  if (sample.referenceHeadings)
    point(-Math.min(2, sample.referenceHeadings), `reference headings x${sample.referenceHeadings}`);
  if (sample.infobox) point(-2, 'infobox');
  // Contracts in the third person ("the Customer shall") name themselves or number their clauses; reference prose doesn't.
  const contract = selfRefs >= 4 || sample.sectionLabels >= 5;
  if (english && words >= 80 && personal < 0.006 && !contract) point(-2, `impersonal (you/we ${pct(personal)})`);
  if (selfRefs >= 2) point(selfRefs >= 8 ? 3 : selfRefs >= 3 ? 2 : 1, `names itself x${selfRefs}`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
