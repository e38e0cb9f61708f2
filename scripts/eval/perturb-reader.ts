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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeClauses } from '../../src/core/analyze';
import type { CategoryId, Clause } from '../../src/core/types';
import { devProbeUnits, PROBE_OUT_DIR } from './probe-units';
import { REWRITES } from './reader-rewrites';

const REPORT = join(PROBE_OUT_DIR, 'perturb-reader.txt');

interface ProbeUnit {
  doc: string;
  category: CategoryId;
  clause: Clause;
}

const units = await devProbeUnits<ProbeUnit>(
  'perturb-reader-units.json',
  process.argv.includes('--refresh'),
  (u, clause) =>
    u.gold.actor !== 'user' || u.gold.stance === 'grant'
      ? undefined
      : { doc: u.ref.doc, category: u.ref.category, clause },
);
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
mkdirSync(PROBE_OUT_DIR, { recursive: true });
writeFileSync(REPORT, out.join('\n') + '\n');
console.log(`${units.length} units, ${made} rewrites, ${grants} became a service grant ${JSON.stringify(count)}`);
