// Training examples from the borrowed sets in ../shared/corpus/labelled (licences and mapping in MODEL.md), their
// development halves only: scripts/eval/analysis.ts scores the analyser on the other halves, which stay unseen.
//   ToS;DR legacy points (CC BY-SA 3.0): the quote of a point is positive for the category its case maps to; a point
//     whose case is about something else altogether (courts, indemnity, age …) is negative for every category.
//   CLAUDETTE (CC BY 4.0): a sentence tagged `ch` (unilateral change) is terms_change; every other sentence is negative
//     for terms_change, ai_training and data_sale (terms of service that sell products and services, never data).
//   OPP-115 is not used: its licence allows research and teaching only ("never train a shipped model on it",
//     ../shared/corpus/SOURCES.md), and the analysis eval scores on it.
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CATEGORY_IDS, type CategoryId } from '../../src/core/types';
import { half } from '../eval/analysis';
import type { Example } from './example';

const OVERRIDES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'gold', 'tosdr-overrides.json');

/** ToS;DR's own mapping (`ext_category_suggested`, as the analysis eval reads it) onto our categories. */
const SUGGESTED: Record<string, CategoryId | null> = {
  data_sharing: 'data_sharing',
  data_sharing_NEGATED_or_limited: 'data_sharing',
  data_sale: 'data_sale',
  data_sale_NEGATED: 'data_sale',
  data_sale_business_transfer: 'data_sharing', // the business changing hands: data_sharing (GUIDE.md)
  content_licence: 'content_licence',
  content_licence_limited: 'content_licence',
  content_ownership_retained_NEGATIVE: 'content_licence', // "you keep ownership" = content_licence restrict (GUIDE.md)
  none: null,
};

/** Case titles with no suggested category, mapped by what the case is about (first match wins). */
export const CASE_MAP: ReadonlyArray<readonly [RegExp, CategoryId]> = [
  [/\bterms\b.+\bchange|\bchange.+\bterms\b|revisit the terms|changes to the terms|material change/i, 'terms_change'],
  [/cookie|track|pixel|beacon|fingerprint|do not track|advertis|analytics/i, 'tracking'],
  [/retention|retain|deleted|deletion|holds onto|keep.*(?:data|logs|record)|store data on you|are kept/i, 'retention'],
  [/third part(?:y|ies).*(?:involved|bound|access)|disclose your personal|given to third parties/i, 'data_sharing'],
];

/** Cases about something none of the seven categories covers: their quotes are negatives for all of them. */
export const UNRELATED_CASE =
  /indemnif|court of law|jurisdiction|class action|waive|liabilit|refund|copyright claim|spam|chain letters|unauthori[sz]ed access|invalidity|failure to enforce|security of your account|over a certain age|expectations|easy to read|legal action|translated|free software|free license|non-?commercially|defend|guarantee|suspension|linked or|condone|date of the last update/i;

async function* jsonl(path: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(path) }))
    if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
}
const strip = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const unlabelled = (): number[] => CATEGORY_IDS.map(() => -1);

export async function tosdrExamples(corpusDir: string): Promise<Example[]> {
  const overrides = JSON.parse(readFileSync(OVERRIDES, 'utf8')) as {
    exclude: Array<{ id: string }>;
    relabel: Array<{ id: string; to: string }>;
  };
  const excluded = new Set(overrides.exclude.map((e) => e.id));
  const relabel = new Map(overrides.relabel.map((r) => [r.id, r.to]));
  const out: Example[] = [];
  for await (const r of jsonl(join(corpusDir, 'labelled', 'tosdr-legacy-points.jsonl'))) {
    const id = String(r.id);
    const group = (r.services as string[] | null)?.[0] ?? '';
    if (half(group) !== 'dev' || excluded.has(id)) continue;
    const text = strip(String(r.quote));
    if (text.length < 20) continue;
    const suggested = relabel.get(id) ?? (r.ext_category_suggested as string | null);
    const caseTitle = String(r.case ?? '');
    const labels = unlabelled();
    const mapped =
      suggested && suggested in SUGGESTED ? SUGGESTED[suggested] : CASE_MAP.find(([re]) => re.test(caseTitle))?.[1];
    if (mapped) labels[CATEGORY_IDS.indexOf(mapped)] = 1;
    else if (!suggested && UNRELATED_CASE.test(caseTitle)) labels.fill(0);
    else continue;
    out.push({ source: 'tosdr', group: `tosdr:${group}`, unit: { text }, labels, rules: unlabelled() });
  }
  return out;
}

const CLAUDETTE_NEGATIVE: readonly CategoryId[] = ['terms_change', 'ai_training', 'data_sale'];

export async function claudetteExamples(corpusDir: string): Promise<Example[]> {
  const out: Example[] = [];
  for await (const r of jsonl(join(corpusDir, 'labelled', 'claudette-multilingual-en-sentences.jsonl'))) {
    const doc = String(r.doc);
    if (half(doc) !== 'dev') continue;
    const text = String(r.sentence).trim();
    if (text.length < 20) continue;
    const labels = unlabelled();
    const change = (r.tags as string[]).some((t) => /^ch\d/.test(t));
    for (const c of CLAUDETTE_NEGATIVE) labels[CATEGORY_IDS.indexOf(c)] = 0;
    if (change) labels[CATEGORY_IDS.indexOf('terms_change')] = 1;
    out.push({ source: 'claudette', group: `claudette:${doc}`, unit: { text }, labels, rules: unlabelled() });
  }
  return out;
}
