// Behaviour checks of the clause analyser, each set scored separately: per-category detection P/R/F1, per-stance
// P/R/F1, stance accuracy, and the errors. These are not accuracy: the hand-written sets (traps, phrasings) and Zoom's
// gold were written for the rules and tuned one phrasing at a time, and the borrowed sets (ToS;DR, OPP-115,
// CLAUDETTE) label sentences or paragraphs out of their documents under other schemes. They pin behaviours; accuracy
// on real documents is `npm run eval -- real` (scripts/eval/real.ts). Corpus-derived sets are split into dev /
// held-out halves by a seeded hash of their document id.
import { createReadStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../src/core/analyze';
import { findFirstParty } from '../../src/core/analyze/first-party';
import { CATEGORY_IDS, type CategoryId, type Stance } from '../../src/core/types';

const here = dirname(fileURLToPath(import.meta.url));
const gold = (f: string): string => join(here, '..', '..', 'test', 'fixtures', 'gold', f);

/** Gold for one item: category → allowed stances ("flagged" when any stance is fine); absent = no finding. */
type Labels = Partial<Record<CategoryId, Stance[]>>;
/**
 * `ignore`: predictions in these category/stance pairs are not scored when the gold is silent on the category
 * (neither a false positive nor, for an empty list, anything else). Used where the source label is about a
 * neighbouring category and says nothing either way (see test/fixtures/gold/README.md).
 */
interface Item {
  id: string;
  text: string;
  labels: Labels;
  kind?: string;
  ignore?: Labels;
  /** The document's first party, found as the product finds it (findFirstParty on the page's URL, title or text). */
  firstParty?: string[];
}
interface EvalSet {
  name: string;
  categories: CategoryId[];
  items: Item[];
}

const ANY: Stance[] = ['grant', 'conditional', 'restrict'];
const NOT_GRANT: Stance[] = ['conditional', 'restrict'];

/** FNV-1a 32-bit, seeded: stable dev/held-out split. */
function hash(s: string, seed = 20230807): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
export const half = (docId: string): 'dev' | 'held-out' => (hash(docId) % 2 === 0 ? 'dev' : 'held-out');

async function* jsonl(path: string): AsyncGenerator<Record<string, unknown>> {
  for await (const line of createInterface({ input: createReadStream(path) }))
    if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
}
const strip = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Predicted stances per category for a text (a multi-sentence item is flagged with every stance found). */
function predict(text: string, firstParty?: string[]): Partial<Record<CategoryId, Set<Stance>>> {
  const out: Partial<Record<CategoryId, Set<Stance>>> = {};
  for (const f of analyzeText(text, firstParty ? { firstParty } : {}).findings)
    (out[f.category] ??= new Set()).add(f.stance);
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts): string => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
const f1 = (c: Counts): number => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
const precision = (c: Counts): number => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const recall = (c: Counts): number => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

interface Report {
  det: Record<string, Counts>;
  stance: Record<string, Counts>;
  stanceAcc: Record<string, { ok: number; n: number }>;
  errors: string[];
  fullErrors: string[];
  grantOnNonGrant: number;
}

function evaluate(set: EvalSet, items: Item[]): Report {
  const rep: Report = { det: {}, stance: {}, stanceAcc: {}, errors: [], fullErrors: [], grantOnNonGrant: 0 };
  for (const item of items) {
    const pred = predict(item.text, item.firstParty);
    for (const c of set.categories) {
      const g = item.labels[c];
      const p = pred[c];
      const d = (rep.det[c] ??= { tp: 0, fp: 0, fn: 0 });
      const ign = item.ignore?.[c];
      if (!g && ign && (!p || [...p].every((s) => ign.includes(s)))) continue; // gold silent, prediction compatible
      if (g && p) d.tp++;
      else if (!g && p) d.fp++;
      else if (g && !p) d.fn++;
      if (p?.has('grant') && !(g ?? []).includes('grant')) rep.grantOnNonGrant++;
      if (g && p) {
        const a = (rep.stanceAcc[c] ??= { ok: 0, n: 0 });
        a.n++;
        if ([...p].some((s) => g.includes(s))) a.ok++;
      }
      for (const s of ANY) {
        const k = `${c}:${s}`;
        const sc = (rep.stance[k] ??= { tp: 0, fp: 0, fn: 0 });
        const gs = g?.length === 1 && g[0] === s; // only single-stance gold counts per stance
        const ps = p?.has(s) ?? false;
        if (gs && ps) sc.tp++;
        else if (!gs && ps && (!g || !g.includes(s))) sc.fp++;
        else if (gs && !ps) sc.fn++;
      }
      const ok = (!g && !p) || (g && p && [...p].some((s) => g.includes(s)));
      if (!ok) {
        const head = `${c} gold=${g?.join('|') ?? 'none'} got=${p ? [...p].join('|') : 'none'} :: ${item.id}`;
        rep.errors.push(`${head} ${item.text.slice(0, 150)}`);
        rep.fullErrors.push(`${head} ${item.text}`);
      }
    }
  }
  return rep;
}

/** Held-out errors are counted but never listed: reading them would turn the held-out half into dev data. */
function print(set: EvalSet, label: string, items: Item[]): Report {
  const rep = evaluate(set, items);
  console.log(`\n--- behaviour check: ${set.name} [${label}] (${items.length} items)`);
  for (const c of set.categories) {
    const acc = rep.stanceAcc[c];
    console.log(
      `  ${c.padEnd(16)} ${prf(rep.det[c] ?? { tp: 0, fp: 0, fn: 0 })}  stance acc ${acc ? `${(acc.ok / acc.n).toFixed(3)} (${acc.ok}/${acc.n})` : 'n/a'}`,
    );
    for (const s of ANY) {
      const sc = rep.stance[`${c}:${s}`]!;
      if (sc.tp + sc.fp + sc.fn) console.log(`      ${s.padEnd(12)} ${prf(sc)}`);
    }
  }
  console.log(`  grants reported where gold has none: ${rep.grantOnNonGrant}`);
  const listed = label === 'held-out' ? 0 : 12;
  console.log(
    `  errors: ${rep.errors.length}${rep.errors.length > listed ? ` (${listed ? `first ${listed}` : 'not listed: held-out'})` : ''}`,
  );
  for (const e of rep.errors.slice(0, listed)) console.log(`    ${e}`);
  return rep;
}

function trapsSet(): EvalSet {
  const data = JSON.parse(readFileSync(gold('traps.json'), 'utf8')) as {
    traps: Array<{ id: string; kind: string; text: string; expect: Array<{ category: CategoryId; stance: Stance }> }>;
  };
  return {
    name: 'traps.json (hand-written)',
    categories: [...CATEGORY_IDS],
    items: data.traps.map((t) => ({
      id: t.id,
      kind: t.kind,
      text: t.text,
      labels: Object.fromEntries(t.expect.map((e) => [e.category, [e.stance]])),
    })),
  };
}

/** Hand-written data-sharing phrasings (sharing-phrasings.json): dev data, one batch at a time, see its "about". */
function phrasingsSet(): EvalSet {
  const data = JSON.parse(readFileSync(gold('sharing-phrasings.json'), 'utf8')) as {
    items: Array<{ id: string; batch: string; text: string; data_sharing: Stance[] | null }>;
  };
  return {
    name: 'sharing-phrasings.json (hand-written)',
    categories: ['data_sharing'],
    items: data.items.map((t) => ({
      id: t.id,
      kind: t.batch,
      text: t.text,
      labels: t.data_sharing ? { data_sharing: t.data_sharing } : {},
    })),
  };
}

/**
 * Hand-written phrasings of unilateral changes (change-phrasings.json): rewordings of the development positives and
 * near-negatives, dev data, one batch at a time, see its "about".
 */
function changePhrasingsSet(): EvalSet {
  const data = JSON.parse(readFileSync(gold('change-phrasings.json'), 'utf8')) as {
    items: Array<{ id: string; batch: string; text: string; terms_change: Stance[] | null }>;
  };
  return {
    name: 'change-phrasings.json (hand-written)',
    categories: ['terms_change'],
    items: data.items.map((t) => ({
      id: t.id,
      kind: t.batch,
      text: t.text,
      labels: t.terms_change ? { terms_change: t.terms_change } : {},
      firstParty: ['acme'],
    })),
  };
}

function zoomSet(corpusDir: string): EvalSet {
  const g = JSON.parse(readFileSync(gold('zoom-gold.json'), 'utf8')) as {
    files: string[];
    exhaustive: CategoryId[];
    clauses: Array<{ prefix: string; labels: Array<{ category: CategoryId; stance: Stance }> }>;
  };
  const items: Item[] = [];
  const available = new Set(readdirSync(join(corpusDir, 'terms')));
  for (const file of g.files.filter((f) => available.has(f))) {
    const { clauses } = analyzeText(readFileSync(join(corpusDir, 'terms', file), 'utf8'));
    for (const c of clauses) {
      const hit = g.clauses.find((x) => c.text.startsWith(x.prefix));
      items.push({
        id: `${file}#${c.id}`,
        text: c.text,
        labels: Object.fromEntries((hit?.labels ?? []).map((l) => [l.category, [l.stance]])),
      });
    }
  }
  return { name: 'zoom-gold.json over zoom-tos-*.md (clauses)', categories: g.exhaustive, items };
}

/** The legacy mapping of ext_category_suggested, exactly as first used (kept to report figures side by side). */
const TOSDR_LEGACY: Record<string, Labels> = {
  data_sharing: { data_sharing: ['grant', 'conditional'] },
  data_sharing_NEGATED_or_limited: { data_sharing: ANY },
  data_sale: { data_sale: ['grant', 'conditional'] },
  data_sale_NEGATED: { data_sale: ['restrict'] },
  data_sale_business_transfer: { data_sharing: ['grant', 'conditional'] },
  content_licence: { content_licence: ['grant'] },
  content_licence_limited: { content_licence: ['grant'] },
  content_ownership_retained_NEGATIVE: {},
};
const TARGETED_ADS_CASE = 'The service uses your personal data to employ targeted third-party advertising';

/**
 * ToS;DR legacy points with the revised mapping (see test/fixtures/gold/README.md): per-row overrides from
 * tosdr-overrides.json; the targeted-advertising case scored as tracking; a negated sale/share row does not
 * penalise a negated finding in the sibling category. `legacy` reproduces the first mapping for comparison.
 */
async function tosdrSet(corpusDir: string, legacy = false): Promise<EvalSet> {
  const overrides = JSON.parse(readFileSync(gold('tosdr-overrides.json'), 'utf8')) as {
    exclude: Array<{ id: string }>;
    relabel: Array<{ id: string; to: string }>;
  };
  const excluded = new Set(overrides.exclude.map((e) => e.id));
  const relabel = new Map(overrides.relabel.map((r) => [r.id, r.to]));
  const items: Item[] = [];
  for await (const r of jsonl(join(corpusDir, 'labelled', 'tosdr-legacy-points.jsonl'))) {
    const raw = r.ext_category_suggested as string | null;
    if (!raw || !(raw in TOSDR_LEGACY)) continue;
    const service = (r.services as string[])[0] ?? '';
    const id = `${service}/${r.id as string}`;
    const firstParty = firstPartyOfHost(`${service}.com`);
    const text = strip(String(r.quote));
    if (legacy) {
      items.push({ id, text, labels: TOSDR_LEGACY[raw]!, firstParty });
      continue;
    }
    if (excluded.has(String(r.id))) continue;
    const cat = relabel.get(String(r.id)) ?? raw;
    // tracking is scored only on the targeted-advertising rows; elsewhere the gold says nothing about it.
    const ignore: Labels = { tracking: ANY };
    let labels: Labels = TOSDR_LEGACY[cat] ?? {};
    if (r.case === TARGETED_ADS_CASE) {
      labels = { tracking: ANY };
      ignore.data_sharing = ANY; // targeted ads may or may not be phrased as disclosure: either way is right
      ignore.data_sale = ['grant', 'conditional']; // "sharing" for cross-context ads is a CCPA sale
    }
    if (cat === 'data_sale_NEGATED') ignore.data_sharing = NOT_GRANT; // "we do not sell or share …"
    // A sharing row often also says "we do not sell …": a negated sale finding there is neither right nor wrong.
    if (cat.startsWith('data_sharing') || cat === 'data_sale_business_transfer') ignore.data_sale = NOT_GRANT;
    items.push({ id, text, labels, ignore, firstParty });
  }
  return legacy
    ? {
        name: 'tosdr-legacy-points (LEGACY mapping, for comparison)',
        categories: ['data_sharing', 'data_sale', 'content_licence'],
        items,
      }
    : {
        name: 'tosdr-legacy-points (revised mapping)',
        categories: ['data_sharing', 'data_sale', 'content_licence', 'tracking'],
        items,
      };
}

/** The first party the product finds for a page of this host (findFirstParty reads the URL's host). */
function firstPartyOfHost(host: string): string[] {
  return findFirstParty({ title: '', url: `https://${host}/`, text: '' });
}

async function oppSet(corpusDir: string): Promise<EvalSet> {
  const items: Item[] = [];
  for await (const r of jsonl(join(corpusDir, 'labelled', 'opp115-segments-consolidated-0.75.jsonl'))) {
    const tps = (r.attributes as Record<string, Record<string, string[]>>)['Third Party Sharing/Collection'];
    const does = tps?.['Does/Does Not'] ?? [];
    const labels: Labels = !tps
      ? {}
      : does.includes('Does')
        ? { data_sharing: ['grant', 'conditional'] }
        : { data_sharing: NOT_GRANT };
    const policy = r.policy as string;
    items.push({
      id: `${policy}/${r.segment_id as number}`,
      text: strip(String(r.text)),
      labels,
      firstParty: firstPartyOfHost(policy.replace(/^\d+_/, '')),
    });
  }
  return {
    name: 'opp115 segments (Third Party Sharing/Collection, evaluation only)',
    categories: ['data_sharing'],
    items,
  };
}

/**
 * CLAUDETTE's "ch" (unilateral change) covers changes to the service, its features and its prices as well as to the
 * terms, and so does terms_change since GUIDE S1 (test/fixtures/gold/real/GUIDE.md): all ch sentences are the target
 * (issue 16: recall ≥ 0.70). ch also takes in what S3 leaves out (accounts suspended for the user's conduct, lists of
 * sanctions, "we are constantly improving the Services"), so full recall is not the aim. `termsOnly` keeps the ch
 * sentences that name a document (terms, agreement, conditions, policy), drops the other ch sentences, and keeps every
 * negative: the recall of changes of the terms alone (its precision counts service and price changes as errors).
 */
const NAMES_A_DOCUMENT = /\b(?:terms|agreements?|conditions|polic(?:y|ies)|eula|contract|guidelines)\b/i;

async function claudetteSet(corpusDir: string, termsOnly = false): Promise<EvalSet> {
  const items: Item[] = [];
  const rows: Array<Record<string, unknown>> = [];
  for await (const r of jsonl(join(corpusDir, 'labelled', 'claudette-multilingual-en-sentences.jsonl'))) rows.push(r);
  // Each document's first party as the product finds it: from the page (its first line as the title, its text) and
  // the site's host where the corpus's document name is one word.
  const firstParties = new Map<string, string[]>();
  for (const doc of new Set(rows.map((r) => r.doc as string))) {
    const lines = rows.filter((r) => r.doc === doc).map((r) => String(r.sentence));
    const url = /^[A-Za-z]+$/.test(doc) ? `https://${doc.toLowerCase()}.com/` : '';
    firstParties.set(doc, findFirstParty({ title: lines[0] ?? '', url, text: lines.join('\n') }));
  }
  for (const r of rows) {
    const tags = r.tags as string[];
    const change = tags.some((t) => /^ch\d/.test(t));
    if (termsOnly && change && !NAMES_A_DOCUMENT.test(String(r.sentence))) continue;
    items.push({
      id: `${r.doc as string}/${r.line as number}`,
      text: String(r.sentence),
      labels: change ? { terms_change: ANY } : {},
      firstParty: firstParties.get(r.doc as string),
    });
  }
  return {
    name: termsOnly
      ? 'claudette en sentences, ch naming a document only (changes of the terms)'
      : 'claudette en sentences (ch = unilateral change of the terms, service or prices; no AI-training clauses)',
    categories: ['terms_change', 'ai_training'],
    items,
  };
}

export async function run(corpusDir: string): Promise<boolean> {
  console.log(
    'Behaviour checks, not accuracy: sets written for the rules or labelled under other schemes (see the comment atop scripts/eval/analysis.ts).',
  );
  const docOf = (id: string): string => id.split(/[/#]/)[0] ?? id;
  const traps = trapsSet();
  const trapRep = print(traps, 'all', traps.items);
  const phrasings = phrasingsSet();
  print(phrasings, 'all', phrasings.items);
  const changePhrasings = changePhrasingsSet();
  print(changePhrasings, 'all', changePhrasings.items);
  const zoom = zoomSet(corpusDir);
  const zoomRep = print(zoom, 'all', zoom.items);
  const corpusSets = [
    await tosdrSet(corpusDir),
    await oppSet(corpusDir),
    await claudetteSet(corpusDir),
    await tosdrSet(corpusDir, true),
    await claudetteSet(corpusDir, true),
  ];
  const held: Record<string, Report> = {};
  // ANALYSIS_DEV_ERRORS=<file> writes every dev-half error in full, for rule work (held-out errors are never dumped).
  const devErrors: string[] = [];
  for (const s of corpusSets) {
    devErrors.push(
      `### ${s.name}`,
      ...print(
        s,
        'dev',
        s.items.filter((i) => half(docOf(i.id)) === 'dev'),
      ).fullErrors,
    );
    held[s.name] = print(
      s,
      'held-out',
      s.items.filter((i) => half(docOf(i.id)) === 'held-out'),
    );
  }

  // Targets from the brief, checked on the held-out halves and the hand-labelled sets.
  const ai = [trapRep, zoomRep].reduce<Counts>(
    (a, r) => ({
      tp: a.tp + (r.det.ai_training?.tp ?? 0),
      fp: a.fp + (r.det.ai_training?.fp ?? 0),
      fn: a.fn + (r.det.ai_training?.fn ?? 0),
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const claudetteAiFp = held[corpusSets[2]!.name]!.det.ai_training?.fp ?? 0;
  const aiAcc = [trapRep, zoomRep].reduce(
    (a, r) => ({ ok: a.ok + (r.stanceAcc.ai_training?.ok ?? 0), n: a.n + (r.stanceAcc.ai_training?.n ?? 0) }),
    { ok: 0, n: 0 },
  );
  const tosdrHeld = held[corpusSets[0]!.name]!;
  const claudetteChange = held[corpusSets[2]!.name]!.det.terms_change!;
  const assuranceGrants = traps.items
    .filter((t) => t.kind !== 'grant' && t.kind !== 'mixed')
    .filter((t) =>
      Object.values(analyzeText(t.text).findings).some(
        (f) => f.stance === 'grant' && !(t.labels[f.category] ?? []).includes('grant'),
      ),
    );
  const checks: Array<[string, boolean]> = [
    [
      `ai_training precision ≥ 0.95 (traps+zoom): ${precision(ai).toFixed(3)}; claudette held-out false positives: ${claudetteAiFp}`,
      precision(ai) >= 0.95,
    ],
    [`ai_training recall ≥ 0.95 (traps+zoom): ${recall(ai).toFixed(3)}`, recall(ai) >= 0.95],
    [
      `ai_training stance accuracy ≥ 0.95: ${(aiAcc.ok / Math.max(1, aiAcc.n)).toFixed(3)} (${aiAcc.ok}/${aiAcc.n})`,
      aiAcc.ok / Math.max(1, aiAcc.n) >= 0.95,
    ],
    [
      `data_sharing F1 ≥ 0.85 (tosdr held-out): ${f1(tosdrHeld.det.data_sharing!).toFixed(3)}`,
      f1(tosdrHeld.det.data_sharing!) >= 0.85,
    ],
    [
      `data_sale F1 ≥ 0.85 (tosdr held-out): ${f1(tosdrHeld.det.data_sale!).toFixed(3)}`,
      f1(tosdrHeld.det.data_sale!) >= 0.85,
    ],
    [
      `CLAUDETTE unilateral-change recall ≥ 0.70 (held-out, all ch): ${recall(claudetteChange).toFixed(3)}`,
      recall(claudetteChange) >= 0.7,
    ],
    [
      `no trap assurance reported as a grant: ${assuranceGrants.length} (${assuranceGrants.map((t) => t.id).join(', ')})`,
      assuranceGrants.length === 0,
    ],
  ];
  if (process.env.ANALYSIS_DEV_ERRORS) writeFileSync(process.env.ANALYSIS_DEV_ERRORS, `${devErrors.join('\n')}\n`);
  console.log('\n--- behaviour targets (on sets the rules were tuned against: not accuracy; see npm run eval -- real)');
  for (const [text, ok] of checks) console.log(`  ${ok ? 'PASS' : 'MISS'} ${text}`);
  const legacyHeld = held[corpusSets[3]!.name]!;
  console.log(
    `  (info) same targets under the LEGACY tosdr mapping, held-out: data_sharing F1 ${f1(legacyHeld.det.data_sharing!).toFixed(3)}, data_sale F1 ${f1(legacyHeld.det.data_sale!).toFixed(3)}`,
  );
  return checks.every(([, ok]) => ok);
}
