// Document detection against the corpus's document type, and the grade distribution. Every labelled document is a
// legal document, so isLegal is scored as recall. Kind is scored where a Termwatch kind fits the type: the detector's
// `terms` kind covers contracts and use policies (its names include "acceptable use policy", "community guidelines",
// "data processing agreement"), so those types map to it. Types that are none of terms, privacy or cookies (brand
// guidelines, editorial or copyright-claims policies, …) count for isLegal only.
import type { DocumentKind, Grade } from '../../../src/core/types';

export const TYPE_KIND: Readonly<Record<string, DocumentKind>> = {
  'Privacy Policy': 'privacy',
  'Terms of Service': 'terms',
  'Trackers Policy': 'cookies',
  'Acceptable Use Policy': 'terms',
  'Developer Terms': 'terms',
  'Commercial Terms': 'terms',
  'Community Guidelines': 'terms',
  'Ad Publishing Policy': 'terms',
  'Restricted Use Policy': 'terms',
  'Data Processor Agreement': 'terms',
  'Data Controller Agreement': 'terms',
  'Marketplace Sellers Conditions': 'terms',
  'Premium Partner Conditions': 'terms',
  'Seller Warranty': 'terms',
  'In-App Purchases Policy': 'terms',
};

export interface DetectedDoc {
  type: string;
  isLegal: boolean;
  kind: DocumentKind;
  /** No legal document named in the URL, title or first heading: the detector read the text alone. */
  unnamed: boolean;
}

export interface DetectionScore {
  documents: number;
  isLegal: number;
  isLegalRecall: number | null;
  /** Documents whose type maps to a kind. */
  kindScored: number;
  kindCorrect: number;
  kindAccuracy: number | null;
  /** Documents not detected as legal that nothing names as a legal document (detected from their text alone). */
  missedUnnamed: number;
  /** type → detected kind → documents. */
  byType: Record<string, Partial<Record<DocumentKind, number>>>;
}

export function scoreDetection(docs: readonly DetectedDoc[]): DetectionScore {
  const byType: DetectionScore['byType'] = {};
  let isLegal = 0;
  let kindScored = 0;
  let kindCorrect = 0;
  let missedUnnamed = 0;
  for (const d of docs) {
    if (!d.isLegal && d.unnamed) missedUnnamed++;
    const row = (byType[d.type] ??= {});
    row[d.kind] = (row[d.kind] ?? 0) + 1;
    if (d.isLegal) isLegal++;
    const want = TYPE_KIND[d.type];
    if (!want) continue;
    kindScored++;
    if (d.kind === want) kindCorrect++;
  }
  return {
    documents: docs.length,
    isLegal,
    isLegalRecall: docs.length ? isLegal / docs.length : null,
    kindScored,
    kindCorrect,
    kindAccuracy: kindScored ? kindCorrect / kindScored : null,
    missedUnnamed,
    byType,
  };
}

export const GRADES: readonly (Grade | 'null')[] = ['A', 'B', 'C', 'D', 'E', 'null'];

/** Corpus types the grade is calibrated on (issue: "terms and privacy documents … detected as legal"). */
export const CALIBRATION_TYPES: ReadonlySet<string> = new Set(['Terms of Service', 'Privacy Policy']);

/** Documents per grade; "null" counts documents with no grade (not graded, or the analysis did not finish). */
export function gradeDistribution(grades: readonly (Grade | null)[]): Record<Grade | 'null', number> {
  const out = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade | 'null', number>;
  for (const g of grades) out[g ?? 'null']++;
  return out;
}

/** Scores at the 10th, 20th, … 90th percentile: where grade thresholds would cut this set. */
export function scoreDeciles(scores: readonly number[]): number[] {
  const sorted = [...scores].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
    (k) => sorted[Math.min(sorted.length - 1, Math.floor((k / 10) * sorted.length))]!,
  );
}
