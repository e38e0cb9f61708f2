// GUIDE S1: a legal right to opt out of sale follows the service's practice. In a document that says it does not
// sell (in the sense the right is about), "California residents may opt out of the sale of their Personal
// Information" explains the law, it offers nothing to opt out of: the finding is a mention (role explanation), not a
// conditional opt_out. The denial may come before or after the right, in another part of a long page, so this reads
// the whole document's findings: it runs where they are assembled (report/page-report.ts analysisResultOf, on every
// side: CLI, extension, evaluation), never on a part's findings.
import type { Clause, Finding } from '../types';
import { PLAIN_DENIAL } from './denial';

/** What a right or a denial is about: Nevada's sale (for money), a sale, or also "sharing" for advertising. */
type Sense = 'nevada' | 'sale' | 'sharing';

/** A denial that leaves sales standing elsewhere: children only, for some purposes only, except as …, unless … */
const NARROW_DENIAL =
  /\b(?:under (?:the age of )?\d+|child(?:ren)?|minors?|years of age|for (?:their|its) own|for the purposes? of(?! (?:the )?(?:ccpa|cpra|california|applicable|nevada|state|this|these|such)\b)|promotional|marketing purposes)\b/i;
/** An exception anywhere in the unit leaves sales standing ("We do not sell …, except as described below"). */
const EXCEPTED = /\b(?:except|unless|without|other than)\b/i;
/**
 * The clause of the sale word, between commas or semicolons: "We do not sell personal information, and we have no
 * actual knowledge of selling the personal information of minors" narrows only its second clause.
 */
function saleClause(text: string): string {
  const m = /\b(?:sell|sold|sale)/i.exec(text);
  if (!m) return text;
  const before = text.slice(0, m.index);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const end = text.slice(m.index).search(/[,;]|\band\s+we\b/i);
  return text.slice(start, end < 0 ? text.length : m.index + end);
}
/** The name of the CCPA's opt-out link denies nothing: "click Do Not Sell My Personal Information". */
const DO_NOT_SELL_LINK = /\bdo not sell(?: (?:or|and|\/) share)?(?: my)? personal (?:information|data)\b/gi;
/** Only sales for money denied ("we do not sell … for money", "in the conventional sense"): Nevada's sense. */
const MONEY_ONLY = /\b(?:for money|monetary|in exchange for money|conventional|traditional)\b/i;
const SHARING = /\bshar(?:e|es|ing)\b|\btargeted advertising\b|\bcross-context\b/i;
const NEVADA = /\bnevada\b/i;
/**
 * The unit denies itself ("We do not sell …; however, you may submit a request …", "Acme does not sell … (and will not
 * sell it without providing a right to opt out)", "… (we do not)"): read as it is.
 */
const OWN_DENIAL = /\b(?:do|does|did|will) not\b|\b(?:don|doesn)['’]t\b|\bnever\b/i;
/** "… may be considered / deemed / constitute a 'sale'" (GUIDE S3): the service says it may sell. */
export const MAY_BE_SALE =
  /\b(?:considered|deemed|constitutes?|qualify as)\b[^.;]{1,40}\b(?:sale|sell|selling|sharing)\b/i;

/**
 * A sale denied "except as provided in this Policy" (G5 reads such an exception as a grant): where the policy
 * describes no sale, the cases it provides for are disclosures, and the sale stays denied.
 */
const SAVE_POLICY =
  /\bexcept as (?:provided|described|set out|set forth|stated|explained)(?: \w+){0,4} (?:policy|notice|statement)\b/i;
const deniedSavePolicy = (text: string): boolean => SAVE_POLICY.test(text) && PLAIN_DENIAL.test(text);

const operative = (f: Finding): boolean => f.category === 'data_sale' && f.role === undefined && f.actor === 'service';

/** The senses a document's denials of sale cover. */
function deniedSenses(findings: readonly Finding[], textOf: (id: string) => string): Set<Sense> {
  const senses = new Set<Sense>();
  for (const f of findings) {
    if (!operative(f) || f.stance !== 'restrict') continue;
    const text = textOf(f.clauseId);
    if (!/\b(?:sell|sold|sale)/i.test(text) || NARROW_DENIAL.test(saleClause(text)) || EXCEPTED.test(text)) continue;
    senses.add('nevada');
    if (MONEY_ONLY.test(text)) continue;
    senses.add('sale');
    if (SHARING.test(text)) senses.add('sharing');
  }
  return senses;
}

/**
 * Whether the document says it sells, or that some of its disclosures may be a sale (a rule's grant, GUIDE S3); and
 * whether it says it sells outright (for money: Nevada's sense), not only that a disclosure may count as a sale.
 */
function saysItSells(findings: readonly Finding[], textOf: (id: string) => string): { any: boolean; money: boolean } {
  let any = false;
  let money = false;
  for (const f of findings) {
    if (!operative(f) || f.stance === 'restrict') continue;
    const text = textOf(f.clauseId);
    if (deniedSavePolicy(text)) continue;
    const mayBe = MAY_BE_SALE.test(text);
    const granted = f.stance === 'grant' && !f.rule.startsWith('model:');
    any ||= granted || mayBe;
    money ||= granted && !mayBe && !MONEY_ONLY.test(text);
  }
  return { any, money };
}

/**
 * The document's findings read with each other (GUIDE S1): a statement of a right to opt out of sale is an explanation
 * where the document denies the sale it is about; a sale denied "except as provided in this Policy" is a limit where
 * the document neither sells nor offers an opt-out of sale. Idempotent: a finding already read stays as it is.
 */
export function withSaleRightsRead(
  findings: readonly Finding[],
  clauses: readonly Pick<Clause, 'id' | 'text'>[],
): Finding[] {
  if (!findings.some((f) => operative(f) && f.stance !== 'restrict')) return [...findings];
  const texts = new Map(clauses.map((c) => [c.id, c.text]));
  const textOf = (id: string): string => texts.get(id) ?? '';
  const read = rightsRead(findings, textOf);
  const sells = saysItSells(read, textOf);
  // An opt-out of sale the document still offers (a rule's, not a mention) says it sells.
  if (sells.any || read.some((f) => optOut(f) && !f.rule.startsWith('model:'))) return read;
  return read.map((f) =>
    operative(f) && f.stance === 'grant' && !f.rule.startsWith('model:') && deniedSavePolicy(textOf(f.clauseId))
      ? { ...f, stance: 'restrict' }
      : f,
  );
}

const optOut = (f: Finding): boolean => operative(f) && f.stance === 'conditional' && f.condition === 'opt_out';

/** Each right to opt out of sale read as an explanation where the document denies the sale it is about. */
function rightsRead(findings: readonly Finding[], textOf: (id: string) => string): Finding[] {
  if (!findings.some(optOut)) return [...findings];
  const denied = deniedSenses(findings, textOf);
  if (!denied.size) return [...findings];
  const sells = saysItSells(findings, textOf);
  return findings.map((f) => {
    if (!optOut(f)) return f;
    const text = textOf(f.clauseId);
    if (OWN_DENIAL.test(text.replace(DO_NOT_SELL_LINK, ' '))) return f;
    const sense: Sense = NEVADA.test(text) ? 'nevada' : SHARING.test(text) ? 'sharing' : 'sale';
    // Nevada's sale is one for money: a denial of that is enough, unless the document sells outright.
    if (!denied.has(sense) || (sense === 'nevada' ? sells.money : sells.any)) return f;
    return { ...f, role: 'explanation' };
  });
}
