// Runs one input through detect → extract → analyse → normalise → export and checks the invariants every input
// must keep, whatever the markup. Throws InvariantError naming the broken rule; exceptions of the core propagate.
import { parse as parseCsv } from 'csv-parse/sync';
import { analyzeClauses, analyzeText } from '../../../src/core/analyze';
import { modelRuleId } from '../../../src/core/analyze/model/candidates';
import { stripMarkdown } from '../../../src/core/analyze/plain-text';
import { detectPage } from '../../../src/core/detect';
import { diffVersions, type VersionSnapshot } from '../../../src/core/diff';
import { toCsv, toMarkdown, toReportJson, type ExportInput } from '../../../src/core/export';
import { extractDocument, splitSentences } from '../../../src/core/extract';
import { MAX_CLAUSE } from '../../../src/core/extract/split-sentences';
import { normalizeText, sha256HexSync } from '../../../src/core/normalize';
import { htmlToDocument, releaseDocument } from '../../../src/cli/source';
import {
  CATEGORY_IDS,
  type AnalysisResult,
  type Clause,
  type Detection,
  type ExtractedDocument,
} from '../../../src/core/types';

export class InvariantError extends Error {}

function check(ok: boolean, what: string): void {
  if (!ok) throw new InvariantError(what);
}

const KINDS = new Set(['terms', 'privacy', 'cookies', 'ai_policy', 'other']);
const STANCES = new Set(['grant', 'conditional', 'restrict']);
const SEVERITIES = new Set(['high', 'medium', 'low']);
const CONDITIONS = new Set(['opt_in', 'opt_out']);
const CATEGORIES = new Set<string>(CATEGORY_IDS);
const GRADES = new Set(['A', 'B', 'C', 'D', 'E']);
const ROLES = new Set(['heading', 'paragraph', 'list_item', 'cell']);

/**
 * Output-size bound: JSON of the extracted document ≤ OUTPUT_FACTOR × input length + OUTPUT_SLACK. Text appears
 * twice (document.text and clause.text) and a control character escapes to 6 JSON characters, so 2 × 6 = 12 covers
 * the text; each clause adds ~120 characters of keys for ≥ 2 characters of input, and section paths repeat headings.
 * 64 is generous for linear output and still fails when some output grows with the square of the input.
 */
export const OUTPUT_FACTOR = 64;
export const OUTPUT_SLACK = 8192;

export function checkDetection(d: Detection): void {
  check(KINDS.has(d.kind), `detection kind ${String(d.kind)} not in the enum`);
  check(d.isLegal === (d.kind !== 'other'), `isLegal ${d.isLegal} disagrees with kind ${d.kind}`);
  check(
    typeof d.confidence === 'number' && d.confidence >= 0 && d.confidence <= 1,
    `confidence ${d.confidence} outside 0..1`,
  );
  check(Array.isArray(d.reasons) && d.reasons.every((r) => typeof r === 'string'), 'reasons are not all strings');
  check(
    d.isLegal ? d.verdict === undefined : d.verdict === 'not_legal' || d.verdict === 'too_short',
    `verdict ${String(d.verdict)} on a page with isLegal ${d.isLegal}`,
  );
}

/**
 * Clause offsets, texts and ids against the blocks they came from (blockTexts[i] = text of block i). `trimmed`:
 * clauses carry no leading/trailing whitespace in String.prototype.trim's sense; block texts are whitespace-normalised
 * so this holds for extraction, but extract's splitter on raw text only trims space, tab, CR, LF and NBSP.
 */
export function checkClauses(
  clauses: Clause[],
  blockTexts: readonly string[],
  maxClause: number | null,
  trimmed = true,
): void {
  const ids = new Set<string>();
  let prev: Clause | undefined;
  for (const c of clauses) {
    check(!ids.has(c.id), `duplicate clause id ${c.id}`);
    ids.add(c.id);
    const block = blockTexts[c.block];
    check(block !== undefined, `clause ${c.id} names missing block ${c.block}`);
    check(
      Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= block!.length,
      `clause ${c.id} offsets ${c.start}..${c.end} outside block ${c.block} of length ${block!.length}`,
    );
    check(c.text === block!.slice(c.start, c.end), `clause ${c.id} text is not its block slice`);
    check(c.text.length > 0 && (!trimmed || c.text.trim() === c.text), `clause ${c.id} is empty or untrimmed`);
    if (maxClause !== null)
      check(c.text.length <= maxClause, `clause ${c.id} length ${c.text.length} > max ${maxClause}`);
    // Clauses come in order and never overlap, so their count and total size are bounded by the block text.
    if (prev)
      check(
        c.block > prev.block || (c.block === prev.block && c.start >= prev.end),
        `clause ${c.id} overlaps or precedes ${prev.id}`,
      );
    check(
      Array.isArray(c.sectionPath) && c.sectionPath.every((s) => typeof s === 'string'),
      `clause ${c.id} sectionPath`,
    );
    check(
      c.section === (c.sectionPath[c.sectionPath.length - 1] ?? ''),
      `clause ${c.id} section is not the innermost path entry`,
    );
    prev = c;
  }
}

export function checkAnalysis(a: AnalysisResult, clauses: readonly Clause[]): void {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const seen = new Set<string>();
  check(
    a.findings.length <= clauses.length * CATEGORY_IDS.length,
    `${a.findings.length} findings for ${clauses.length} clauses`,
  );
  for (const f of a.findings) {
    const clause = byId.get(f.clauseId);
    check(clause !== undefined, `finding names unknown clause ${f.clauseId}`);
    check(CATEGORIES.has(f.category), `category ${f.category} not in the enum`);
    check(STANCES.has(f.stance), `stance ${f.stance} not in the enum`);
    check(SEVERITIES.has(f.severity), `severity ${f.severity} not in the enum`);
    check(
      f.condition === undefined ? !('condition' in f) : f.stance === 'conditional' && CONDITIONS.has(f.condition),
      `condition ${String(f.condition)} on ${f.stance}`,
    );
    check(!seen.has(`${f.clauseId}/${f.category}`), `two findings for ${f.clauseId} in ${f.category}`);
    seen.add(`${f.clauseId}/${f.category}`);
    check(
      typeof f.rule === 'string' && (f.rule.startsWith(`${f.category}.`) || f.rule === modelRuleId(f.category)),
      `rule ${f.rule} is not of category ${f.category}`,
    );
    // Finding.evidence: "Matched phrases from the clause text".
    for (const e of f.evidence)
      check(
        typeof e === 'string' && clause!.text.includes(e),
        `evidence ${JSON.stringify(e)} not in clause ${f.clauseId} text ${JSON.stringify(clause!.text)}`,
      );
  }
  const s = a.summary;
  check(
    s.grade === null
      ? s.score === null && s.ungraded !== undefined
      : GRADES.has(s.grade) && s.score !== null && Number.isFinite(s.score) && s.score >= 0 && s.score <= 100,
    `summary ${s.grade}/${s.score}`,
  );
  for (const cat of CATEGORY_IDS)
    check(s.counts[cat] === a.findings.filter((f) => f.category === cat).length, `count of ${cat}`);
}

/** Every number finite, no undefined property: both would be lost or changed by JSON. Iterative (outputs can be deep). */
function checkPlainJson(value: unknown, what: string): void {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'number') check(Number.isFinite(v), `${what} holds the number ${v}`);
    else if (v === undefined) check(false, `${what} holds undefined`);
    else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
}

export function checkRoundTrip(value: unknown, what: string): void {
  checkPlainJson(value, what);
  const json = JSON.stringify(value);
  check(typeof json === 'string', `${what} does not serialise`);
  check(JSON.stringify(JSON.parse(json)) === json, `${what} JSON does not round-trip`);
}

/** CSV: parses back, one header and rows of equal width, no cell that a spreadsheet would run as a formula. */
export function checkCsv(csv: string): void {
  check(csv.startsWith('\uFEFF'), 'CSV lacks its BOM');
  const rows = parseCsv(csv.slice(1), { relax_column_count: false }) as string[][];
  check(rows.length >= 1, 'CSV has no header');
  for (const row of rows)
    for (const cell of row)
      check(
        !/^[=+\-@\t\r]/.test(cell),
        `CSV cell starts with a formula character: ${JSON.stringify(cell.slice(0, 40))}`,
      );
}

export interface PipelineResult {
  document: ExtractedDocument;
  analysis: AnalysisResult;
  snapshot: VersionSnapshot;
}

/** The whole pipeline over one HTML input; returns what the next input may diff against. */
export async function runHtml(html: string, url: string, previous: VersionSnapshot | null): Promise<PipelineResult> {
  const doc = htmlToDocument(html, url);
  try {
    return checkDocument(doc, html, url, previous);
  } finally {
    await releaseDocument(doc);
  }
}

function checkDocument(doc: Document, html: string, url: string, previous: VersionSnapshot | null): PipelineResult {
  checkDetection(detectPage(doc, url));
  const { document, blocks } = extractDocument(doc, url);
  check(
    blocks.every((b, i) => b.index === i && ROLES.has(b.role)),
    'block index or role',
  );
  for (const b of blocks) {
    check(
      b.text.length > 0 && b.text.trim() === b.text && !/\s\s/.test(b.text),
      `block ${b.index} text not whitespace-normalised`,
    );
    check(
      b.headingLevel === null
        ? b.role !== 'heading'
        : b.role === 'heading' && Number.isInteger(b.headingLevel) && b.headingLevel >= 1 && b.headingLevel <= 6,
      `block ${b.index} role ${b.role} with headingLevel ${b.headingLevel}`,
    );
  }
  // Extraction reads text, it never invents any: blocks hold the DOM's characters and single spaces. (Measured against
  // the DOM, not the HTML: happy-dom's parser can duplicate text on broken markup, e.g. seed 20230807 html#450.)
  const blockChars = blocks.reduce((n, b) => n + b.text.length, 0);
  // A <br> becomes a space where the DOM has no character at all.
  const domChars = (doc.documentElement?.textContent?.length ?? 0) + doc.getElementsByTagName('br').length;
  check(blockChars <= domChars, `block text ${blockChars} chars from ${domChars} chars of DOM text and <br>s`);
  check(document.text === blocks.map((b) => b.text).join('\n'), 'document.text is not the joined blocks');
  checkClauses(
    document.clauses,
    blocks.map((b) => b.text),
    MAX_CLAUSE,
  );
  check(typeof document.lang === 'string' && document.lang.length > 0, 'lang empty');
  check(
    Number.isInteger(document.wordCount) && document.wordCount >= 0 && document.wordCount <= document.text.length,
    'wordCount',
  );
  const docJson = JSON.stringify(document).length;
  check(
    docJson <= OUTPUT_FACTOR * html.length + OUTPUT_SLACK,
    `extracted JSON ${docJson} chars for ${html.length} chars of input (superlinear)`,
  );
  checkRoundTrip(document, 'extracted document');

  // Force English so the rules run on every input; the page's own language takes the unsupported path cheaply.
  const analysis = analyzeClauses(document.clauses, { lang: 'en' });
  checkAnalysis(analysis, document.clauses);
  checkRoundTrip(analysis, 'analysis');
  if (!/^(?:en|und)$/.test(document.lang))
    checkAnalysis(analyzeClauses(document.clauses, { lang: document.lang }), document.clauses);

  // Normalised text: documented as whitespace collapsed to single spaces, one line.
  const norm = normalizeText(document.text);
  check(!/\n|\s\s/.test(norm) && norm.trim() === norm, 'normalizeText left line breaks or runs of whitespace');
  const input: ExportInput = {
    url,
    title: document.title,
    kind: 'terms',
    isLegal: true,
    seenAt: 1_690_000_000_000,
    versionHash: sha256HexSync(norm),
    wordCount: document.wordCount,
    clauses: document.clauses,
    analysis,
    lang: document.lang,
  };
  checkRoundTrip(toReportJson(input), 'report JSON');
  checkCsv(toCsv(input));
  check(typeof toMarkdown(input) === 'string', 'markdown');

  const snapshot: VersionSnapshot = {
    clauses: document.clauses.slice(0, 200),
    findings: analysis.findings.filter((f) => Number(f.clauseId.slice(1)) < 200),
  };
  if (previous) {
    const changes = diffVersions(previous, snapshot);
    const befores = new Set(previous.clauses.map((c) => c.text));
    const afters = new Set(snapshot.clauses.map((c) => c.text));
    for (const c of changes) {
      check(['added', 'removed', 'modified', 'moved'].includes(c.type), `change type ${c.type}`);
      check(c.before === null || befores.has(c.before), 'change.before is no clause of the old version');
      check(c.after === null || afters.has(c.after), 'change.after is no clause of the new version');
    }
    checkRoundTrip(changes, 'changes');
  }
  return { document, analysis, snapshot };
}

/** Plain text through both splitters and analyzeText. analyzeText documents no clause cap, so none is asserted here. */
export function runText(text: string): void {
  for (const s of splitSentences(text)) {
    check(
      s.start >= 0 && s.start < s.end && s.end <= text.length && s.end - s.start <= MAX_CLAUSE,
      `extract span ${s.start}..${s.end}`,
    );
  }
  const result = analyzeText(text, { lang: 'en' });
  // analyzeText's clause.block counts the non-empty cleaned lines; its offsets are into those lines.
  const lines = text.split(/\r?\n/).map(stripMarkdown).filter(Boolean);
  checkClauses(result.clauses, lines, null);
  checkAnalysis(result, result.clauses);
  checkRoundTrip(result, 'analyzeText result');
}
