// `npx tsx scripts/eval/perturb-ai.ts [--fresh]`: a metamorphic probe of ai_training on the development units only.
// Each development unit labelled for ai_training is rewritten in ways that keep its meaning and so its gold (train ↔
// develop / improve / build / fine-tune, machine learning ↔ AI, models ↔ algorithms / AI systems, your content ↔ User
// Content / your data / prompts, active ↔ passive, "we do not" ↔ "we will not" / "we never", consent wordings, the
// service by name, a sentence split in two …), and each rewrite is analysed as the unit was (its clause, its headings
// and lead-ins, the document's first party) with the eval's view (DEFAULT_VIEW, mentions left out). Counted:
// - positives (gold ai_training, any stance): rewrites whose finding is lost or whose stance moves;
// - negatives (gold: no ai_training) that name AI, models, algorithms or machine learning: rewrites that gain one.
// A rewrite is compared with the analyser's verdict on the unmodified unit, read the same way, so a unit the analyser
// gets wrong still shows whether its wording is read stably. Held-back documents are never read: the gold is filtered
// to development documents before any text is opened. Writes artifacts/eval/perturb-ai.md (counts per rewrite and
// every moved rewrite); the development extractions are cached in artifacts/eval/perturb-ai-units.json (--fresh
// rebuilds it; extraction does not depend on the rules).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeClauses, findFirstParty } from '../../src/core/analyze';
import { detectPage } from '../../src/core/detect';
import { extractDocument } from '../../src/core/extract';
import { DEFAULT_VIEW, findingsShown } from '../../src/core/report/view';
import type { Clause } from '../../src/core/types';
import { htmlToDocument, markdownToHtml, releaseDocument } from '../../src/cli/source';
import { readAnnotations } from '../gold/agreement';
import { locateQuote } from '../gold/match-quotes';
import { cased } from './rewrite-case';
import { readSettled, resolveGold } from '../gold/resolve-gold';
import { readCorpusTexts, readDocuments } from './real/collect';
import { neutralUrl } from './real/run-document';
import { PROBE_OTA_DIR, PROBE_OUT_DIR } from './probe-units';

const CACHE = join(PROBE_OUT_DIR, 'perturb-ai-units.json');

interface Unit {
  doc: string;
  clause: Clause;
  firstParty: string[];
  /** The gold: "none" or "grant", "conditional:opt_in" … */
  gold: string;
}

/** Words before "use" that make it the noun: "the use", "for your use", "terms of use". */
const USE_NOUN_BEFORE =
  /\b(?:the|a|an|any|its|our|your|their|this|that|such|of|for|in|fair|personal|commercial|acceptable)\s+$/i;
/** The AI words a negative must name to be probed. */
const NAMES_AI = /\b(?:ai|a\.i\.|artificial intelligence|machine[\s-]learning|models?|algorithms?|llms?|generative)\b/i;

async function devUnits(): Promise<Unit[]> {
  const docs = readDocuments().filter((d) => d.part === 'dev');
  const devFiles = new Set(docs.map((d) => d.file));
  const gold = resolveGold(readAnnotations(), readSettled()).gold.filter(
    (g) => g.category === 'ai_training' && devFiles.has(g.doc),
  );
  const wanted = docs.filter((d) => gold.some((g) => g.doc === d.file));
  const texts = readCorpusTexts(PROBE_OTA_DIR, wanted);
  const units: Unit[] = [];
  for (const [i, d] of wanted.entries()) {
    const url = neutralUrl(i);
    const page = htmlToDocument(markdownToHtml(texts[i]!), url);
    let clauses: Clause[];
    let firstParty: string[];
    try {
      detectPage(page, url);
      const { document } = extractDocument(page, url);
      clauses = document.clauses;
      firstParty = findFirstParty(document);
    } finally {
      await releaseDocument(page);
    }
    for (const g of gold.filter((x) => x.doc === d.file)) {
      const m = locateQuote(
        clauses.map((c) => c.text),
        g.quote,
        g.occurrence,
      );
      if (m.index === null) continue;
      const value = g.stance === null ? 'none' : g.stance === 'conditional' ? `conditional:${g.condition}` : g.stance;
      units.push({ doc: d.file, clause: clauses[m.index]!, firstParty, gold: value });
    }
  }
  return units;
}

/** The eval's verdict on one clause: the ai_training finding the default view shows, mentions left out. */
function verdictOf(clause: Clause, firstParty: string[]): string {
  const out = analyzeClauses([clause], { firstParty: [...firstParty, 'acme'], sensitivity: 'every' });
  const f = findingsShown(out.findings, DEFAULT_VIEW).find((x) => x.category === 'ai_training' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : 'none';
}

/** What a model is called, ahead of a verb's object: "train our machine learning models", "improve the algorithms". */
const MODEL_AHEAD = String.raw`(?=\s+(?:and\s+\w+\s+)?(?:(?:our|the|its|their|these|new|future|such|any|and)\s+)?(?:[\w’'-]+\s+){0,3}?(?:models?|algorithms?|ai|a\.i\.|artificial|machine|llms?|generative|neural))`;
const verbForms = (base: string): Record<string, string> => {
  const stem = base.replace(/e$/, '');
  const past = base === 'build' ? 'built' : base.endsWith('e') ? `${base}d` : `${base}ed`;
  return { '': base, s: `${base}s`, ed: past, ing: `${stem}ing` };
};
/** A verb swapped for another where its object is a model: train → develop, improve → train. */
const swapVerb =
  (from: RegExp, to: string) =>
  (s: string): string => {
    const forms = verbForms(to);
    return s.replace(new RegExp(from.source + MODEL_AHEAD, 'gi'), (m: string, ending: string | undefined) => {
      const e = (ending ?? '').toLowerCase();
      return cased(m, forms[e === 'es' ? 's' : e === 'd' ? 'ed' : e] ?? to);
    });
  };
const TRAIN = /\b(?:re)?train(s|ed|ing)?\b/;
const IMPROVE = /\bimprov(e|es|ed|ing)\b/;
const DEVELOP = /\bdevelop(s|ed|ing)?\b/;
const replace =
  (from: RegExp, to: string) =>
  (s: string): string =>
    s.replace(new RegExp(from.source, from.flags.includes('g') ? from.flags : `${from.flags}g`), (m) => cased(m, to));

/** The first letter lowered unless the word is a name or an acronym ("AI", "Acme"). */
const lowerFirst = (s: string): string =>
  /^(?:We|Your|Our|The|This|These|If|With|When|Where|In|By|For|To|Any|All|Some|Such|Unless|Personal|Customer|User|Users|Data|Content|Information)\b/.test(
    s,
  )
    ? s[0]!.toLowerCase() + s.slice(1)
    : s;
const SUBJECT_VERB: [RegExp, string][] = [
  [/\bwe do not\b/gi, 'Acme does not'],
  [/\bwe don[’']t\b/gi, 'Acme does not'],
  [/\bwe (may|will|might|can|could|would|shall|must|never)\b/gi, 'Acme $1'],
  [/\bwe (use|train|process|collect|share|improve|develop|build|rely|analy[sz]e|review)\b/gi, 'Acme $1s'],
  [/\bwe are\b/gi, 'Acme is'],
  [/\bwe have\b/gi, 'Acme has'],
];

/** Verbs after "you" as the subject of a choice, with their form after a singular role. */
const YOU_VERBS: Record<string, string> = {
  can: 'can',
  may: 'may',
  might: 'might',
  could: 'could',
  will: 'will',
  have: 'has',
  are: 'is',
  do: 'does',
  opt: 'opts',
  choose: 'chooses',
  decide: 'decides',
  elect: 'elects',
  object: 'objects',
  consent: 'consents',
  agree: 'agrees',
  want: 'wants',
  wish: 'wishes',
  turn: 'turns',
  disable: 'disables',
  enable: 'enables',
  withdraw: 'withdraws',
};
/** "you" before one of YOU_VERBS written as `role` (the verb agreeing), and "your" in the same text as "their". */
const readerAs =
  (role: string, plural: boolean) =>
  (s: string): string => {
    const re = new RegExp(String.raw`\byou\s+(${Object.keys(YOU_VERBS).join('|')})\b`, 'gi');
    if (!re.test(s)) return s;
    return s
      .replace(re, (m, v: string) => cased(m, `${role} ${plural ? v.toLowerCase() : YOU_VERBS[v.toLowerCase()]!}`))
      .replace(/\byour\b/gi, (m) => cased(m, 'their'));
  };

export const REWRITES: Record<string, (s: string) => string> = {
  'train→develop': swapVerb(TRAIN, 'develop'),
  'train→improve': swapVerb(TRAIN, 'improve'),
  'train→build': swapVerb(TRAIN, 'build'),
  'train→fine-tune': swapVerb(TRAIN, 'fine-tune'),
  'improve→train': swapVerb(IMPROVE, 'train'),
  'develop→train': swapVerb(DEVELOP, 'train'),
  'improve→enhance': swapVerb(IMPROVE, 'enhance'),
  'ML→AI': replace(/\bmachine[\s-]learning\b/i, 'artificial intelligence'),
  'ML→"AI"': replace(/\bmachine[\s-]learning\b/i, 'AI'),
  'AI→ML': (s) => s.replace(/\b(?:AI|A\.I\.|artificial intelligence)(?![\w.])/gi, (m) => cased(m, 'machine learning')),
  'AI-word→"AI"': replace(/\bartificial intelligence\b/i, 'AI'),
  'models→algorithms': replace(/\bmodels\b/i, 'algorithms'),
  'models→AI systems': (s) =>
    /\blanguage models\b/i.test(s)
      ? s
      : s.replace(/\b(AI |artificial intelligence |machine[\s-]learning )?models\b/gi, (m, f: string | undefined) =>
          f ? `${f}systems` : cased(m, 'AI systems'),
        ),
  'models→LLMs': (s) =>
    s.replace(/\b(?:(?:AI|artificial intelligence|machine[\s-]learning|language) )?models\b/gi, (m) =>
      cased(m, 'large language models'),
    ),
  'algorithms→models': replace(/\balgorithms\b/i, 'models'),
  'content→User Content': replace(/\byour content\b/i, 'User Content'),
  'content→your data': replace(/\byour content\b/i, 'your data'),
  'content→inputs and outputs': replace(/\byour content\b/i, 'your inputs and outputs'),
  'content→prompts': replace(/\byour content\b/i, 'your prompts'),
  'data→your content': replace(/\byour (?:personal )?(?:data|information)\b/i, 'your content'),
  'data→your prompts': replace(/\byour (?:personal )?(?:data|information)\b/i, 'your prompts'),
  'UserContent→your content': replace(/\b(?:user|customer|member) content\b/i, 'your content'),
  'do not→will not': replace(/\b(?:do not|don[’']t)\b/i, 'will not'),
  'do not→never': (s) => s.replace(/\b(we|they|it|acme|i)\s+(?:do not|don[’']t)\b/gi, (_m, w: string) => `${w} never`),
  'will not→do not': (s) => s.replace(/\b(we|they)\s+(?:will not|won[’']t)\b/gi, (_m, w: string) => `${w} do not`),
  'never→do not': (s) => s.replace(/\b(we|they)\s+never\b/gi, (_m, w: string) => `${w} do not`),
  'not→never (passive)': (s) => s.replace(/\b(is|are|will be)\s+not\s+(used|shared|processed)\b/gi, '$1 never $2'),
  'consent→opt in': replace(
    /\bwith your (?:(?:express|explicit|prior|affirmative)\s+)?(?:consent|permission)\b/i,
    'if you opt in',
  ),
  'opt in→consent': replace(/\bif you (?:choose to )?opt[\s-]in\b/i, 'with your consent'),
  'without consent→unless opt in': replace(
    /\bwithout your (?:(?:express|explicit|prior|affirmative)\s+)?(?:consent|permission)\b/i,
    'unless you opt in',
  ),
  'opt out→turn off': replace(/\bunless you opt[\s-]out\b/i, 'unless you turn this off in your settings'),
  'active→passive': (s) =>
    s.replace(
      /\bwe (may|will|might|can)?\s*(?:also\s+)?use ((?:your|the|any|such|this|these|all|our users[’']|users[’']) [\w’'-]+(?: (?:and|or) [\w’'-]+)?|it|them) (to|for)\b/gi,
      (m, modal: string | undefined, obj: string, prep: string) => {
        const o = obj === 'it' ? 'this data' : obj === 'them' ? 'these data' : obj;
        return cased(m, `${o} ${modal ?? 'may'} be used by us ${prep}`);
      },
    ),
  'passive→active': (s) =>
    s.replace(
      /\b((?:your|the|any|such|this|these) [\w’'-]+(?: (?:and|or) [\w’'-]+)?) (may|will|might|can) be used (?:by us )?(to|for)\b/gi,
      (m, obj: string, modal: string, prep: string) => cased(m, `we ${modal} use ${obj.toLowerCase()} ${prep}`),
    ),
  'may→might': replace(/\bmay\b(?! not\b)/i, 'might'),
  'may→can': replace(/\bmay\b(?! not\b)/i, 'can'),
  // More verbs for a model's making, and the purpose as a noun or "for …ing".
  'train→teach': swapVerb(TRAIN, 'teach'),
  'train→retrain': swapVerb(TRAIN, 'retrain'),
  'improve→refine': swapVerb(IMPROVE, 'refine'),
  // Not always the same meaning: "optimize our services … machine learning" reads as AI applied, so its losses are
  // partly the rule's intended reading.
  'improve→optimize': swapVerb(IMPROVE, 'optimize'),
  'improve→advance': swapVerb(IMPROVE, 'advance'),
  'develop→create': swapVerb(DEVELOP, 'create'),
  'develop→build': swapVerb(DEVELOP, 'build'),
  // The verb only: "the use of", "for your use", "terms of use" name a use, and "utilize" there is no English.
  'use→utilize': (s) =>
    s.replace(/\bus(e|es|ed|ing)\b/gi, (m, e: string, at: number) =>
      USE_NOUN_BEFORE.test(s.slice(0, at)) || /^\s+of\b/i.test(s.slice(at + m.length))
        ? m
        : cased(
            m,
            ({ e: 'utilize', es: 'utilizes', ed: 'utilized', ing: 'utilizing' } as Record<string, string>)[
              e.toLowerCase()
            ]!,
          ),
    ),
  'use→leverage': (s) =>
    s.replace(/\b(we|may|will|to|might|can)\s+use\b/gi, (m, w: string) => cased(m, `${w} leverage`)),
  'to train→for training': (s) =>
    s.replace(/\bto\s+(train|improve|develop|build)\b/gi, (m, v: string) => cased(m, `for ${v.replace(/e$/, '')}ing`)),
  'to train→in order to train': (s) =>
    s.replace(/\bto\s+(train|improve|develop|build)\b/gi, (m, v: string) => cased(m, `in order to ${v}`)),
  'to train→for the purpose of training': (s) =>
    s.replace(/\bto\s+(train|improve|develop|build)\b/gi, (m, v: string) =>
      cased(m, `for the purpose of ${v.replace(/e$/, '')}ing`),
    ),
  'train our models→model training': (s) =>
    s.replace(
      /\b(?:to|for)\s+(?:train|training)\s+(?:our|its|the)\s+(?:(?:AI|artificial intelligence|machine[\s-]learning)\s+)?models\b/gi,
      (m) => cased(m, 'for model training'),
    ),
  'improve our models→model improvement': (s) =>
    s.replace(
      /\b(?:to|for)\s+(?:improve|improving)\s+(?:our|its|the)\s+(?:(?:AI|artificial intelligence|machine[\s-]learning)\s+)?models\b/gi,
      (m) => cased(m, 'for model improvement'),
    ),
  // More names for the models and the field.
  'models→neural networks': (s) => (/\blanguage models\b/i.test(s) ? s : replace(/\bmodels\b/i, 'neural networks')(s)),
  'models→foundation models': (s) =>
    s.replace(/\b(?:(?:AI|artificial intelligence|machine[\s-]learning|language) )?models\b/gi, (m) =>
      cased(m, 'foundation models'),
    ),
  'models→AI tools': (s) =>
    s.replace(/\b(?:(?:AI|artificial intelligence|machine[\s-]learning) )?models\b/gi, (m) => cased(m, 'AI tools')),
  'models→AI technology': (s) =>
    s.replace(/\b(?:(?:AI|artificial intelligence|machine[\s-]learning) )?models\b/gi, (m) =>
      cased(m, 'AI technology'),
    ),
  'ML→ML (acronym)': replace(/\bmachine[\s-]learning\b/i, 'ML'),
  'AI→generative AI': (s) =>
    s.replace(/(?<!generative\s)\b(?:AI|artificial intelligence)(?![\w.])/gi, (m) => cased(m, 'generative AI')),
  'LLMs→large language models': replace(/\bLLMs\b/, 'large language models'),
  'large language models→LLMs': replace(/\blarge language models\b/i, 'LLMs'),
  // More names for the user's data.
  'content→content you provide': replace(/\byour content\b/i, 'the content you provide'),
  'content→your conversations': replace(/\byour content\b/i, 'your conversations'),
  'content→your files': replace(/\byour content\b/i, 'your files'),
  'data→personal information': replace(/\bpersonal data\b/i, 'personal information'),
  'personal information→personal data': replace(/\bpersonal information\b/i, 'personal data'),
  'data→Customer Data': replace(/\byour (?:personal )?(?:data|information)\b/i, 'Customer Data'),
  'data→information you provide': replace(
    /\byour (?:personal )?(?:data|information)\b/i,
    'the information you provide',
  ),
  'your→users’': (s) => s.replace(/\byour\b/gi, (m) => cased(m, 'users’')),
  // The reader by its role as the subject of a choice: "you can opt out" → "users can opt out" / "the user can opt
  // out" (GUIDE: the same condition whoever the reader is called), "your" after it → "their".
  'you→users (subject)': readerAs('users', true),
  'you→customers (subject)': readerAs('customers', true),
  'you→the user (subject)': readerAs('the user', false),
  'we→Acme': (s) =>
    SUBJECT_VERB.reduce(
      (t, [re, to]) =>
        t.replace(re, (_m, g: unknown) => to.replace('$1', typeof g === 'string' ? g.toLowerCase() : '')),
      s,
    ),
  'our→Acme’s': replace(/\bour\b/i, 'Acme’s'),
  'prefix "Please note that"': (s) => (/^[A-Z]/.test(s) ? `Please note that ${lowerFirst(s)}` : s),
  'prefix "In addition,"': (s) => (/^[A-Z]/.test(s) ? `In addition, ${lowerFirst(s)}` : s),
  // Wordings real AI policies use that the families above lack, so that a reading held only for one wording shows.
  // The passive with no agent: "Your content may be used to train …". Not an inverted "will we" ("Only with your
  // consent will we use …"), whose passive would need the modal moved too.
  'active→passive (no agent)': (s) =>
    s.replace(
      /(?<!\b(?:will|shall|would|can|could|may|might|should|do|did)\s+)\bwe (may|will|might|can)?\s*(?:also\s+)?use ((?:your|the|any|such|this|these|all) [\w’'-]+(?: (?:and|or) [\w’'-]+)?) (to|for)\b/gi,
      (m, modal: string | undefined, obj: string, prep: string) => cased(m, `${obj} ${modal ?? 'may'} be used ${prep}`),
    ),
  // The making of a model as a noun: "to train our models" → "for the development of our models". Not after "allow" or
  // "permit" ("allow our vendors to train …" needs its infinitive), nor another's models ("their models").
  'to train our models→for the development of': (s) =>
    s.replace(
      /(?<!\b(?:allow|allows|allowed|permit|permits|permitted|enable|enables|let|lets|authori[sz]e|authori[sz]es)\b[^.;]{1,40})\bto\s+(?:train|develop|improve|build)\s+((?:our|its|the)\s+(?:[\w-]+\s+){0,2}?(?:models?|algorithms?))\b/gi,
      (m, obj: string) => cased(m, `for the development of ${obj}`),
    ),
  'to improve our models→to improve model performance': (s) =>
    s.replace(
      /\bto\s+improve\s+(?:our|its|the)\s+(?:(?:AI|artificial intelligence|machine[\s-]learning)\s+)?models\b/gi,
      (m) => cased(m, 'to improve model performance'),
    ),
  // The model named as a product feature, the service's only (after "our", "its", "the" or an AI word): "business
  // models" or "their models" are not the service's AI.
  'models→generative AI features': (s) =>
    /\blanguage models\b/i.test(s)
      ? s
      : s.replace(
          /(?<=\b(?:our|its|the)\s+)(?:(?:AI|artificial intelligence|machine[\s-]learning) )?models\b|(?<!\b(?:their|your|its own)\s+)\b(?:AI|artificial intelligence|machine[\s-]learning) models\b/gi,
          'generative AI features',
        ),
  // The data by its kind.
  'content→your chats': replace(/\byour content\b/i, 'your chats'),
  'content→your uploads': replace(/\byour content\b/i, 'your uploads'),
  'content→your feedback': replace(/\byour content\b/i, 'your feedback'),
  'content→your voice recordings': replace(/\byour content\b/i, 'your voice recordings'),
  'data→your conversations': replace(/\byour (?:personal )?(?:data|information)\b/i, 'your conversations'),
  // De-identified data derived from the user's still counts (G6).
  'data→de-identified data': replace(
    /\byour (?:personal )?(?:data|information)\b/i,
    'aggregated or de-identified data derived from your use of the Services',
  ),
  // An opt-out written as the default and a setting (G7: the default decides).
  'unless opt out→by default, change in Settings': (s) =>
    s.replace(/,?\s*unless you opt[\s-]?out(?=\s*[.;]|\s*$)/gi, ' by default (you can change this in your settings)'),
  'split at ";"': (s) => s.replace(/;\s+([a-z])/g, (_m, c: string) => `. ${c.toUpperCase()}`),
  'split at ", and we"': (s) => s.replace(/,\s+and\s+(we|our|your)\b/gi, (_m, w: string) => `. ${cased('X', w)}`),
};

/**
 * Rewrites read on the negatives only: a model that is no AI ("improve our services" → "improve our business models")
 * must not make the unit ai_training (GUIDE A1: a model learnt from the user's data; a business model is none). On a
 * positive they would change the meaning.
 */
export const NEGATIVE_REWRITES: Record<string, (s: string) => string> = {
  'services→business models': (s) =>
    s.replace(/\b(our|its|the) (?:services|products)\b/gi, (_m, d: string) => `${d} business models`),
  'services→pricing models': (s) =>
    s.replace(/\b(our|its|the) (?:services|products)\b/gi, (_m, d: string) => `${d} pricing models`),
};

interface Move {
  rewrite: string;
  doc: string;
  gold: string;
  before: string;
  after: string;
  text: string;
  variant: string;
  context: string;
}

async function main(): Promise<void> {
  mkdirSync(PROBE_OUT_DIR, { recursive: true });
  const units: Unit[] =
    existsSync(CACHE) && !process.argv.includes('--fresh')
      ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Unit[])
      : await devUnits();
  writeFileSync(CACHE, JSON.stringify(units));
  const positives = units.filter((u) => u.gold !== 'none');
  const negatives = units.filter((u) => u.gold === 'none' && NAMES_AI.test(u.clause.text));
  const counts: Record<string, { pos: number; lost: number; moved: number; neg: number; gained: number }> = {};
  const moves: Move[] = [];
  let posRight = 0;
  let negRight = 0;
  const wrong: string[] = [];
  for (const [set, list] of [
    ['pos', positives],
    ['neg', negatives],
  ] as const) {
    for (const u of list) {
      const before = verdictOf(u.clause, u.firstParty);
      if (before === u.gold && set === 'pos') posRight++;
      else if (before === u.gold) negRight++;
      else wrong.push(`- (gold ${u.gold}; read ${before}) ${u.doc}\n  - ${u.clause.text.slice(0, 400)}`);
      const rewrites = set === 'pos' ? REWRITES : { ...REWRITES, ...NEGATIVE_REWRITES };
      for (const [name, rewrite] of Object.entries(rewrites)) {
        const variant = rewrite(u.clause.text);
        if (variant === u.clause.text) continue;
        const c = (counts[name] ??= { pos: 0, lost: 0, moved: 0, neg: 0, gained: 0 });
        const after = verdictOf({ ...u.clause, text: variant, end: u.clause.start + variant.length }, u.firstParty);
        if (set === 'pos') c.pos++;
        else c.neg++;
        if (after === before) continue;
        if (set === 'pos' && after === 'none') c.lost++;
        else if (set === 'pos') c.moved++;
        else if (before === 'none') c.gained++;
        else c.moved++;
        moves.push({
          rewrite: name,
          doc: u.doc,
          gold: u.gold,
          before,
          after,
          text: u.clause.text,
          variant,
          context: [...u.clause.sectionPath, ...(u.clause.leads ?? [])].join(' › '),
        });
      }
    }
  }
  const total = Object.values(counts).reduce(
    (a, c) => ({
      pos: a.pos + c.pos,
      lost: a.lost + c.lost,
      moved: a.moved + c.moved,
      neg: a.neg + c.neg,
      gained: a.gained + c.gained,
    }),
    { pos: 0, lost: 0, moved: 0, neg: 0, gained: 0 },
  );
  const lines = [
    '# ai_training metamorphic probe (development units only)',
    '',
    `Positives ${positives.length} (read as gold unmodified: ${posRight}); negatives naming AI ${negatives.length} (read as gold: ${negRight}).`,
    `Rewrites of positives ${total.pos}: lost ${total.lost}, stance moved ${total.moved}. Rewrites of negatives ${total.neg}: gained ${total.gained}.`,
    '',
    '| rewrite | positives | lost | moved | negatives | gained |',
    '|---|---|---|---|---|---|',
    ...Object.entries(counts).map(([k, c]) => `| ${k} | ${c.pos} | ${c.lost} | ${c.moved} | ${c.neg} | ${c.gained} |`),
    '',
    '## Units read against their gold, unmodified',
    '',
    ...wrong,
    '',
    '## Moved rewrites',
    '',
    ...moves.flatMap((m) => [
      `- **${m.rewrite}** (gold ${m.gold}; ${m.before} → ${m.after}) ${m.doc}${m.context ? ` ‹${m.context.slice(0, 120)}›` : ''}`,
      `  - was: ${m.text.slice(0, 400)}`,
      `  - now: ${m.variant.slice(0, 400)}`,
    ]),
  ];
  writeFileSync(join(PROBE_OUT_DIR, 'perturb-ai.md'), `${lines.join('\n')}\n`);
  console.log(lines.slice(2, 4).join('\n'));
  console.log(`written: ${join(PROBE_OUT_DIR, 'perturb-ai.md')}`);
}

await main();
