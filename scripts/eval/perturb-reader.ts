// Metamorphic probe of the reader's own act (issue #16: "user obligations reported as a company grant" must be 0).
// Takes the development units whose gold actor is the user (the reader's own duty or act) and whose gold stance is not
// a grant, rewrites each keeping its meaning and its actor (share ↔ disclose, provide → transfer, "you" → "users" /
// "the customer" / "the user" / "account holders" / "Subscribers", modal swaps, "you shall not" ↔ "you agree not to",
// the duty as "the Customer shall not", "users may not" or "you are prohibited from …", a sentence opened by "Users are
// responsible for …" or "It is your responsibility to …"), and counts the rewrites the analyser now reports as a
// service grant of the unit's category where the original was not one. Every such rewrite is a reading that depends on
// a wording, not on who acts.
//   npx tsx scripts/eval/perturb-reader.ts [--refresh]
// Development units only: the first run (or --refresh) collects the labelled documents as `npm run eval -- real` does
// and keeps the development units' clauses in artifacts/eval/perturb-reader-units.json; later runs read that file and
// take seconds. Output: artifacts/eval/perturb-reader.txt (each rewrite that became a grant, with the rule) and one
// line on stdout (units, and per rewrite: [rewrites made, rewrites reported as a grant]).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeClauses } from '../../src/core/analyze';
import type { CategoryId, Clause } from '../../src/core/types';
import { collect } from './real/collect';
import { scoredUnits } from './real/summary';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT_DIR = join(ROOT, 'artifacts', 'eval');
const UNITS = join(OUT_DIR, 'perturb-reader-units.json');
// The corpus beside the project, as `npm run eval` finds it (TERMWATCH_CORPUS overrides).
const OTA_DIR = join(process.env.TERMWATCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus'), 'ota');
const REPORT = join(OUT_DIR, 'perturb-reader.txt');

interface ProbeUnit {
  doc: string;
  category: CategoryId;
  clause: Clause;
}

async function devReaderUnits(refresh: boolean): Promise<ProbeUnit[]> {
  if (!refresh && existsSync(UNITS)) return JSON.parse(readFileSync(UNITS, 'utf8')) as ProbeUnit[];
  const ev = await collect({ otaDir: OTA_DIR, workers: 2, timeoutMs: 600_000 });
  const docs = new Map(ev.docs.map((d) => [d.doc.file, d]));
  const units: ProbeUnit[] = [];
  for (const u of scoredUnits(ev.entries.filter((e) => e.part === 'dev'))) {
    if (u.gold.actor !== 'user' || u.gold.stance === 'grant') continue;
    const clause = docs.get(u.ref.doc)?.extraction?.clauses[u.unitIndex!];
    if (clause) units.push({ doc: u.ref.doc, category: u.ref.category, clause });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(UNITS, JSON.stringify(units));
  return units;
}

/** `w` with the first letter of `s` (a capital at a sentence start stays one). */
const cap = (s: string, w: string): string => (/^[A-Z]/.test(s) ? w[0]!.toUpperCase() + w.slice(1) : w);
const table =
  (t: Record<string, string>) =>
  (m: string): string =>
    cap(m, t[m.toLowerCase()] ?? m);
const third = (v: string): string => (/(?:s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`);

/** "you agree", "you must", "you are", "your" said of a singular noun phrase (the customer, the user). */
function singular(noun: string): (s: string) => string {
  return (s) =>
    s
      .replace(
        /\byou\s+(agree|acknowledge|represent|warrant|undertake|confirm|understand|accept)\b/gi,
        (m, v: string) => cap(m, `${noun} ${third(v.toLowerCase())}`),
      )
      .replace(/\byou\s+(may|must|shall|should|will|can|cannot|might|won't|can't)\b/gi, (m, v: string) =>
        cap(m, `${noun} ${v.toLowerCase()}`),
      )
      .replace(/\byou\s+are\b/gi, (m) => cap(m, `${noun} is`))
      .replace(/\byou\s+have\b/gi, (m) => cap(m, `${noun} has`))
      .replace(/\byour\b/gi, (m) => cap(m, `${noun}'s`));
}

/** Every "you" as a plural noun phrase (users, account holders). */
function plural(noun: string, possessive: string): (s: string) => string {
  return (s) =>
    s.replace(
      /\byou(?:rself|'re)?\b|\byour\b/gi,
      table({ you: noun, your: possessive, yourself: 'themselves', "you're": `${noun} are` }),
    );
}

/** A duty on "you" before the action ("you may not", "you agree not to"). */
const DUTY_NOT = /\byou\s+(?:(?:may|must|shall|should|will)\s+not|agree\s+not\s+to)\b/i;
const DUTY_NOT_G = new RegExp(DUTY_NOT.source, 'gi');

const REWRITES: Record<string, (s: string) => string> = {
  users: plural('users', 'their'),
  accountHolders: plural('account holders', 'their'),
  customer: singular('the customer'),
  theUser: singular('the user'),
  share2disclose: (s) =>
    s.replace(
      /\bshar(?:e|es|ed|ing)\b/gi,
      table({ share: 'disclose', shares: 'discloses', shared: 'disclosed', sharing: 'disclosing' }),
    ),
  disclose2share: (s) =>
    s.replace(
      /\bdisclos(?:e|es|ed|ing)\b/gi,
      table({ disclose: 'share', discloses: 'shares', disclosed: 'shared', disclosing: 'sharing' }),
    ),
  provide2transfer: (s) =>
    s.replace(
      /\bprovid(?:e|es|ed|ing)\b/gi,
      table({ provide: 'transfer', provides: 'transfers', provided: 'transferred', providing: 'transferring' }),
    ),
  modal: (s) =>
    s.replace(/\b(may|must|shall|should|will)\s+not\b/gi, (m, v: string) =>
      cap(m, `${{ may: 'must', must: 'shall', shall: 'may', should: 'must', will: 'shall' }[v.toLowerCase()]!} not`),
    ),
  agreeNot: (s) => s.replace(/\byou\s+(?:may|must|shall|should|will)\s+not\b/gi, (m) => cap(m, 'you agree not to')),
  shallNot: (s) => s.replace(/\byou\s+agree\s+not\s+to\b/gi, (m) => cap(m, 'you shall not')),
  subscribers: plural('Subscribers', 'their'),
  customerShallNot: (s) =>
    DUTY_NOT.test(s) ? singular('the Customer')(s.replace(DUTY_NOT_G, (m) => cap(m, 'you shall not'))) : s,
  usersMayNot: (s) =>
    DUTY_NOT.test(s) ? plural('users', 'their')(s.replace(DUTY_NOT_G, (m) => cap(m, 'you may not'))) : s,
  prohibitedFrom: (s) =>
    s.replace(/\byou\s+(?:may|must|shall|should|will)\s+not\s+([a-z]+)/gi, (m, verb: string) =>
      cap(m, `you are prohibited from ${gerund(verb)}`),
    ),
  yourResponsibility: (s) =>
    s.replace(
      /^(\s*)You\s+(?:must|shall|should|will|agree\s+to)\s+(?!not\b)(?=[a-z])/,
      (_m, sp: string) => `${sp}It is your responsibility to `,
    ),
  responsible: (s) =>
    /^\s*You\s+(?:must|shall|should|will|may|agree\s+to)\s+(?!not\b)[a-z]/.test(s)
      ? s.replace(
          /^(\s*)You\s+(?:must|shall|should|will|may|agree\s+to)\s+(\w+)/,
          (_m, sp: string, verb: string) => `${sp}Users are responsible for ${gerund(verb)}`,
        )
      : s,
};

/** "keep" → "keeping", "provide" → "providing", "submit" → "submitting" (enough for the verbs of duties). */
function gerund(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'be') return 'being';
  if (/[^aeiou]e$/.test(v) || v.endsWith('ue')) return `${v.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) return `${v}${v.slice(-1)}ing`;
  return `${v}ing`;
}

const units = await devReaderUnits(process.argv.includes('--refresh'));
const out: string[] = [];
const count: Record<string, [number, number]> = {};
let made = 0;
let grants = 0;
for (const u of units) {
  const grantsOf = (text: string): string[] =>
    analyzeClauses([{ ...u.clause, text, end: u.clause.start + text.length }], { sensitivity: 'every' })
      .findings.filter((f) => f.category === u.category && f.stance === 'grant' && (f.shownFrom ?? 'normal') !== 'high')
      .map((f) => f.rule);
  if (grantsOf(u.clause.text).length) continue;
  for (const [name, rewrite] of Object.entries(REWRITES)) {
    const v = rewrite(u.clause.text);
    if (v === u.clause.text) continue;
    const c = (count[name] ??= [0, 0]);
    c[0]++;
    made++;
    const rules = grantsOf(v);
    if (!rules.length) continue;
    c[1]++;
    grants++;
    out.push(
      `${name} | ${u.category} | ${u.doc} | ${rules.join(',')}\n  ORIG: ${u.clause.text.slice(0, 300)}\n  VAR:  ${v.slice(0, 300)}`,
    );
  }
}
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(REPORT, out.join('\n') + '\n');
console.log(`${units.length} units, ${made} rewrites, ${grants} became a service grant ${JSON.stringify(count)}`);
