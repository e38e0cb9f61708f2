// The units of a relabelling pass (GUIDE.md, after a decision settles a case annotators split on): every unit already
// labelled for the pass's category whose text matches the pass's word pattern. Drawn from the text and the list of
// labelled units only, never from the labels' values or the analyser, so the annotators who relabel them see the text
// alone. Both parts of the split are drawn (a guide decision applies to every label); nothing here prints a label.
//   npx tsx scripts/gold/pass-units.ts abroad            the units, for annotators (with the unit before and the context)
//   npx tsx scripts/gold/pass-units.ts abroad --count    how many, per part
import { readAnnotations, unitKey } from './agreement';
import { loadUnits, type Unit } from './corpus-units';
import { isHeldBack } from './documents';
import { locateQuote } from './match-quotes';
import { readSettled } from './resolve-gold';
import type { CategoryId } from '../../src/core/types';

interface Pass {
  category: CategoryId;
  pattern: RegExp;
  /** Units an earlier pass already relabelled. */
  exclude?: RegExp;
  /** Show the annotators the unit's section (the units before it under the same headings), not only the unit before. */
  section?: boolean;
}

/** GUIDE.md D13: transfers of data to other countries (where it is processed, not who gets it). */
const ABROAD =
  /\b(?:abroad|cross[\s-]border|international(?:ly)?|other countries|another country|countr(?:y|ies) (?:other than|outside)|outside (?:of )?(?:the |your |its )?(?:EEA|EU|European|United Kingdom|UK|Switzerland|country|countries|jurisdiction|region|state|province)|(?:to|in) (?:the United States|the US|the U\.S\.)|standard contractual clauses|adequacy|Data Privacy Framework|Privacy Shield|binding corporate rules)\b/i;

/** Each pass: the category it relabels and the words that find its units. */
export const PASSES: Record<string, Pass> = {
  abroad: { category: 'data_sharing', pattern: ABROAD },
  // GUIDE.md D13, second pass: onward transfers, safeguards and countries named in other words than the first pass's.
  abroad2: {
    category: 'data_sharing',
    pattern:
      /\b(?:onward transfers?|(?:appropriate|adequate|suitable) (?:safeguards|protections?|measures)|different countr(?:y|ies)|one country to another|(?:across|between) (?:borders|countries|jurisdictions)|countr(?:y|ies) (?:where|in which)|where (?:we|our [\w ]{1,30}) (?:maintain|have|operate)|data (?:transfers?|exports?)|EEA|European Economic Area|Switzerland|United Kingdom)\b/i,
    exclude: ABROAD,
  },
  // GUIDE.md D13a, third pass: safeguards, recipients named further back, "the recipient", derogations, imports,
  // onward-transfer liability, limits on where recipients may be. Units of the first two passes are drawn again.
  abroad3: {
    category: 'data_sharing',
    pattern:
      /\b(?:standard contractual clauses|model clauses|adequacy|Data Privacy Framework|Privacy Shield|binding corporate rules|(?:appropriate|adequate|suitable) (?:safeguards|protections?|measures)|onward transfers?|data importers?|(?:the|such) recipients?|Art(?:icle|\.) 49|(?:these|such|this|any such|the) (?:international |cross-border )?transfers?)\b/i,
    section: true,
  },
};

export interface PassUnit {
  doc: string;
  unit: Unit;
  before: Unit | undefined;
  /** With Pass.section: the units before it under the same headings, first to last (the section's opening first). */
  sectionBefore: Unit[];
  heldBack: boolean;
}

/** The labelled units of the pass's category whose text matches its pattern, in document order. */
export function passUnits(pass: Pass): PassUnit[] {
  const labelled = [...readAnnotations(), ...readSettled()].filter((l) => l.category === pass.category);
  const byDoc = new Map<string, Map<string, { quote: string; occurrence: number }>>();
  for (const l of labelled) {
    const m = byDoc.get(l.doc) ?? new Map<string, { quote: string; occurrence: number }>();
    m.set(unitKey(l), { quote: l.quote, occurrence: l.occurrence });
    byDoc.set(l.doc, m);
  }
  const out: PassUnit[] = [];
  for (const doc of [...byDoc.keys()].sort()) {
    const units = loadUnits(doc);
    const texts = units.map((u) => u.text);
    const indices = new Set<number>();
    for (const q of byDoc.get(doc)!.values()) {
      const at = locateQuote(texts, q.quote, q.occurrence);
      if (at.index !== null) indices.add(at.index);
    }
    const service = doc.split('/')[1] ?? '';
    for (const i of [...indices].sort((a, b) => a - b)) {
      const unit = units[i]!;
      if (pass.pattern.test(unit.text) && !pass.exclude?.test(unit.text))
        out.push({
          doc,
          unit,
          before: units[i - 1],
          sectionBefore: pass.section ? sectionBefore(units, i) : [],
          heldBack: isHeldBack(service),
        });
    }
  }
  return out;
}

/**
 * The units before `units[i]` in its section, at most 12: walking back, those whose heading path is its own or an
 * outer part of it (the parent section's own paragraphs); the walk stops at a unit of a sibling section.
 */
function sectionBefore(units: readonly Unit[], i: number): Unit[] {
  const path = units[i]!.context;
  const out: Unit[] = [];
  for (let k = i - 1; k >= 0 && out.length < 12; k--) {
    const own = units[k]!.context;
    if (own.length > path.length || own.some((c, j) => c !== path[j])) break;
    out.unshift(units[k]!);
  }
  return out;
}

function print(units: readonly PassUnit[]): void {
  let doc = '';
  for (const { doc: d, unit, before, sectionBefore } of units) {
    if (d !== doc) {
      console.log(`\n@doc ${d}`);
      doc = d;
    }
    console.log(`\nu${unit.index}  [${unit.context.join(' › ') || '(no heading)'}]`);
    if (sectionBefore.length) {
      console.log('   (its section so far:');
      for (const u of sectionBefore) console.log(`     u${u.index}: ${u.text.slice(0, 300)}`);
      console.log('   )');
    } else if (before) console.log(`   (unit before: ${before.text.slice(0, 400)})`);
    console.log(`   ${unit.text}`);
  }
}

if (process.argv[1]?.endsWith('pass-units.ts')) {
  const [name, flag] = process.argv.slice(2);
  const pass = name ? PASSES[name] : undefined;
  if (!pass) {
    console.error(`usage: pass-units.ts ${Object.keys(PASSES).join('|')} [--count]`);
    process.exitCode = 2;
  } else {
    const units = passUnits(pass);
    if (flag === '--count') {
      const held = units.filter((u) => u.heldBack).length;
      console.log(
        `${units.length} units in ${new Set(units.map((u) => u.doc)).size} documents (development ${units.length - held}, held back ${held})`,
      );
    } else print(units);
  }
}
