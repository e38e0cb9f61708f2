// Gathers everything the real-document eval reports: the gold (annotators' labels resolved, see resolve-gold.ts), the
// labelled documents read from the corpus (hash-checked) and run through the extension's pipeline on worker threads,
// each labelled unit matched to its extracted clause, and the analyser's verdict on it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type AnalysisResult, type CategoryId } from '../../../src/core/types';
import { agreement, GOLD_DIR, readAnnotations } from '../../gold/agreement';
import { locateQuote } from '../../gold/match-quotes';
import { readSettled, resolveGold, type GoldLabel } from '../../gold/resolve-gold';
import { toLine, verdictKey, type BaselineLine, type UnitRef } from './baseline';
import type { Verdict } from './metrics';
import { runDocuments } from './pool';
import { foldOf } from '../../train/cross-validate';
import { FOLD_DIR, SHIPPED } from '../../train/train';
import { neutralUrl, type DocumentExtraction, type ModelMode } from './run-document';

export type Part = 'dev' | 'holdout';
export const PARTS: readonly Part[] = ['holdout', 'dev'];

export interface LabelledDoc {
  file: string;
  service: string;
  type: string;
  sha256: string;
  sets: string[];
  part: Part;
}

export interface DocResult {
  doc: LabelledDoc;
  extraction: DocumentExtraction | null;
  analysis: AnalysisResult | null;
  /** Why the document has no analysis (it failed or did not finish in time). */
  error: string | null;
  ms: number;
}

/** One labelled (unit, category) with the analyser's verdict on it. */
export interface Entry {
  ref: UnitRef;
  part: Part;
  /** Index of the unit among the document's clauses; null when its quote matched none. */
  unitIndex: number | null;
  unmatched: 'missing' | 'ambiguous' | null;
  /** The unit's text as extracted (the quote when unmatched). */
  text: string;
  context: string;
  /** null while the annotators disagree and nobody has settled it. */
  gold: GoldLabel | null;
  predicted: Verdict | null;
  evidence: string[];
}

export interface RealEval {
  docs: DocResult[];
  entries: Entry[];
  /** Whole documents labelled, labelled units, whole documents labelled twice. */
  wholeDocuments: number;
  units: number;
  doubleLabelled: number;
  kappa: Record<CategoryId, number | null>;
  seconds: number;
  workers: number;
}

export interface CollectOptions {
  otaDir: string;
  /** The classifier beside the rules; unset: as shipped. */
  model?: ModelMode;
  /**
   * Score each dev document with the fold model that did not see its service (artifacts/train/fold-<k>.json, written
   * by `npm run train -- --folds`); held-back documents keep the shipped model, which never saw them either.
   */
  modelFolds?: boolean;
  workers: number;
  timeoutMs: number;
}

export function readDocuments(dir = GOLD_DIR): LabelledDoc[] {
  return (JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as { documents: LabelledDoc[] }).documents;
}

/** The corpus texts of the labelled documents; throws, naming them, when any is missing or no longer what was labelled. */
export function readCorpusTexts(otaDir: string, docs: readonly LabelledDoc[]): string[] {
  const bad: string[] = [];
  const texts = docs.map((d) => {
    const path = join(otaDir, d.file);
    if (!existsSync(path)) {
      bad.push(`${d.file}: missing`);
      return '';
    }
    const bytes = readFileSync(path);
    if (createHash('sha256').update(bytes).digest('hex') !== d.sha256)
      bad.push(`${d.file}: changed since it was labelled (sha256 differs)`);
    return bytes.toString('utf8');
  });
  if (bad.length) throw new Error(`the corpus at ${otaDir} is not the one labelled:\n  ${bad.join('\n  ')}`);
  return texts;
}

export async function collect(opts: CollectOptions): Promise<RealEval> {
  const started = performance.now();
  const docs = readDocuments();
  const texts = readCorpusTexts(opts.otaDir, docs);
  const lines = readAnnotations();
  const { gold, unsettled } = resolveGold(lines, readSettled());
  const agreed = agreement(lines);

  const outcomes = await runDocuments(
    docs.map((doc, id) => ({
      id,
      markdown: texts[id]!,
      url: neutralUrl(id),
      ...(opts.model ? { model: opts.model } : {}),
      ...(opts.modelFolds && doc.part === 'dev'
        ? { modelWeights: join(FOLD_DIR, `fold-${foldOf(doc.service, SHIPPED.seed)}.json`) }
        : {}),
    })),
    opts,
  );
  const results: DocResult[] = docs.map((doc, i) => ({
    doc,
    extraction: outcomes[i]!.extraction,
    analysis: outcomes[i]!.analysis,
    error: outcomes[i]!.error,
    ms: outcomes[i]!.ms,
  }));
  const byFile = new Map(results.map((r) => [r.doc.file, r]));

  const labelled: { ref: UnitRef; context: string; gold: GoldLabel | null }[] = [
    ...gold.map((g) => ({ ref: g, context: g.context, gold: g })),
    ...unsettled.map((u) => ({
      ref: u,
      context:
        lines.find((l) => l.doc === u.doc && l.quote === u.quote && l.occurrence === u.occurrence)?.context ?? '',
      gold: null,
    })),
  ];
  const verdicts = new Map<string, Map<CategoryId, { verdict: Verdict; evidence: string[] }>>();
  for (const r of results) {
    for (const f of r.analysis?.findings ?? []) {
      // A mention (the clause's role is pointer, explanation or definition) is listed apart, never a flagged unit.
      if (f.role) continue;
      const byCat =
        verdicts.get(`${r.doc.file}\u0000${f.clauseId}`) ??
        new Map<CategoryId, { verdict: Verdict; evidence: string[] }>();
      verdicts.set(`${r.doc.file}\u0000${f.clauseId}`, byCat);
      // One finding per (clause, category) by construction (findingsForClause); keep the first should that change.
      if (!byCat.has(f.category))
        byCat.set(f.category, {
          verdict: { stance: f.stance, condition: f.condition ?? null, rule: f.rule },
          evidence: f.evidence,
        });
    }
  }
  const entries: Entry[] = [];
  for (const { ref, context, gold: g } of labelled) {
    const r = byFile.get(ref.doc);
    if (!r) throw new Error(`labelled but not in documents.json: ${ref.doc}`);
    const clauses = r.extraction?.clauses ?? [];
    const m = locateQuote(
      clauses.map((c) => c.text),
      ref.quote,
      ref.occurrence,
    );
    const clause = m.index === null ? null : clauses[m.index]!;
    const v = clause ? verdicts.get(`${ref.doc}\u0000${clause.id}`)?.get(ref.category) : undefined;
    entries.push({
      ref,
      part: r.doc.part,
      unitIndex: m.index,
      unmatched: m.index === null ? m.why : null,
      text: clause?.text ?? ref.quote,
      context,
      gold: g,
      predicted: v?.verdict ?? null,
      evidence: v?.evidence ?? [],
    });
  }
  const docOrder = new Map(docs.map((d, i) => [d.file, i]));
  const catOrder = new Map(CATEGORY_IDS.map((c, i) => [c, i]));
  entries.sort(
    (a, b) =>
      docOrder.get(a.ref.doc)! - docOrder.get(b.ref.doc)! ||
      (a.unitIndex ?? Infinity) - (b.unitIndex ?? Infinity) ||
      a.ref.quote.localeCompare(b.ref.quote) ||
      a.ref.occurrence - b.ref.occurrence ||
      catOrder.get(a.ref.category)! - catOrder.get(b.ref.category)!,
  );

  return {
    docs: results,
    entries,
    wholeDocuments: docs.filter((d) => d.sets.includes('whole')).length,
    units: new Set(lines.map((l) => `${l.doc}\u0000${l.quote}\u0000${l.occurrence}`)).size,
    doubleLabelled: agreed.doubleDocs.length,
    kappa: Object.fromEntries(
      CATEGORY_IDS.map((c) => [c, Number.isFinite(agreed.kappa[c]?.kappa) ? agreed.kappa[c]!.kappa : null]),
    ) as Record<CategoryId, number | null>,
    seconds: (performance.now() - started) / 1000,
    workers: opts.workers,
  };
}

export function baselineOf(entries: readonly Entry[]): BaselineLine[] {
  return entries.map((e) => toLine(e.ref, e.predicted));
}

export function goldIndex(entries: readonly Entry[]): Map<string, Entry> {
  return new Map(entries.map((e) => [verdictKey(e.ref), e]));
}
