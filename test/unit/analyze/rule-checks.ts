// The checks every rule and lexicon record must pass, in one place: rules.test.ts applies them to the real rules and
// lexicon, and to copies broken on purpose, so each check is seen to fail when it should. Every function returns the
// problems it finds as readable strings (empty: none), which a test can print whole.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { compilePatterns } from '../../../src/core/analyze/engine';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import { bodyStart } from '../../../src/core/analyze/lead-label';
import { extraTermsByTag } from '../../../src/core/analyze/lexicon';
import { getNlp } from '../../../src/core/analyze/nlp';
import {
  vetoFires,
  type CategoryRules,
  type Example,
  type NegativeExample,
  type Rule,
} from '../../../src/core/analyze/rule';

/** The veto examples' first party (a veto may read it: data shared with Acme comes in). */
const ACME = { sectionItem: false, firstParty: firstPartyNames(['acme']) };

/** One check's verdict on a record: `where` names the record ("data_sale.sell-data", "lexicon ShareVerb"). */
export interface Problem {
  where: string;
  problem: string;
}

// ── Patterns that compile ─────────────────────────────────────────────────────────────────────────────────────────
//
// compromise's parseMatch never rejects a pattern: what it cannot parse becomes a literal word, so "(((" compiles to
// one term that must equal "(((" and silently matches nothing (the tokeniser never leaves brackets in a term). That is
// why "parseMatch(p).length > 0" passed on "(((". A pattern compiles here when its brackets balance, no group or
// alternative is empty, every gap is well-formed with min ≤ max, and no term still holds match syntax after parsing.

/** What compromise made of one term of a match string (only the fields the checks read). */
interface MatchToken {
  word?: string;
  tag?: string;
  min?: number;
  max?: number;
  operator?: string;
  fastOr?: Set<string>;
  choices?: MatchToken[][];
}

/** Syntax that may only appear as syntax: left inside a parsed word, the parser did not understand the term. */
const STRAY_SYNTAX = /[()[\]{}|#]/;

/** Problems of one match string, as written in a rule and as compiled (expandPattern, fitMultiTermTags). */
export function patternProblems(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const ch of pattern) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) break;
  }
  if (depth !== 0) out.push(`unbalanced parentheses in ${JSON.stringify(pattern)}`);
  if (/\(\s*\)|\(\s*\||\|\s*\||\|\s*\)/.test(pattern))
    out.push(`empty group or alternative in ${JSON.stringify(pattern)}`);
  let tokens: MatchToken[];
  try {
    tokens = getNlp().parseMatch(pattern) as MatchToken[];
  } catch (e) {
    return [...out, `${JSON.stringify(pattern)} does not parse: ${String(e)}`];
  }
  if (tokens.length === 0) out.push(`${JSON.stringify(pattern)} has no terms`);
  const visit = (ts: readonly MatchToken[]): void => {
    for (const t of ts) {
      if (t.word !== undefined && STRAY_SYNTAX.test(t.word))
        out.push(`unparsed syntax ${JSON.stringify(t.word)} in ${JSON.stringify(pattern)}`);
      if (t.tag === '') out.push(`empty tag in ${JSON.stringify(pattern)}`);
      if (t.min !== undefined && t.max !== undefined && t.min > t.max)
        out.push(`gap {${t.min},${t.max}} can never match in ${JSON.stringify(pattern)}`);
      if (t.operator === 'or' && (t.fastOr?.size ?? 0) === 0 && (t.choices?.length ?? 0) === 0)
        out.push(`empty alternation in ${JSON.stringify(pattern)}`);
      for (const word of t.fastOr ?? [])
        if (STRAY_SYNTAX.test(word)) out.push(`unparsed syntax ${JSON.stringify(word)} in ${JSON.stringify(pattern)}`);
      for (const choice of t.choices ?? []) visit(choice);
    }
  };
  visit(tokens);
  return out;
}

/** Every match string of every rule, as written and as compiled, must compile. */
export function ruleSyntaxProblems(cats: readonly CategoryRules[], extra = extraTermsByTag()): Problem[] {
  const out: Problem[] = [];
  for (const rule of cats.flatMap((c) => c.rules)) {
    if (rule.match.length === 0) out.push({ where: rule.id, problem: 'no match pattern' });
    const compiled = safeCompile(rule, extra);
    for (const p of new Set([...rule.match, ...compiled]))
      for (const problem of patternProblems(p)) out.push({ where: rule.id, problem });
  }
  return out;
}

function safeCompile(rule: Rule, extra: Readonly<Record<string, number>>): string[] {
  try {
    return compilePatterns(rule.match, extra);
  } catch {
    return []; // the written patterns are checked anyway, and report why
  }
}

// ── Tags the lexicon defines ──────────────────────────────────────────────────────────────────────────────────────

/** The tags a lexicon defines: its classes, and the parent tags those classes are declared to be. */
export function definedTags(
  lists: Readonly<Record<string, readonly string[]>>,
  parents: Readonly<Record<string, { isA: string }>>,
): Set<string> {
  return new Set([...Object.keys(lists), ...Object.values(parents).map((p) => p.isA)]);
}

/** A #Tag no lexicon class defines matches nothing: compromise/one tags words only from our lexicon. */
export function unknownTagProblems(cats: readonly CategoryRules[], tags: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  for (const rule of cats.flatMap((c) => c.rules)) {
    for (const p of rule.match) {
      for (const [, tag] of p.matchAll(/#(\w+)/g))
        if (!tags.has(tag!))
          out.push({ where: rule.id, problem: `#${tag} is defined by no lexicon class (in ${JSON.stringify(p)})` });
    }
  }
  return out;
}

// ── Cues that can agree with their pattern ────────────────────────────────────────────────────────────────────────
//
// A cue is a necessary condition of its rule's pattern, tested on the lower-cased clause before any parse. It can
// never agree with the pattern when it cannot match lower-cased text at all (an upper-case letter outside a negated
// class, without the `i` flag), or when it rejects a clause the rule must match: the pattern never gets to run on it.

/** Upper-case letters a regex needs, which the lower-cased text it runs on never contains. */
export function upperCaseProblems(re: Pick<RegExp, 'source' | 'flags'>): string[] {
  if (re.flags.includes('i')) return [];
  const out: string[] = [];
  const isUpper = (cp: number): boolean => {
    const ch = String.fromCodePoint(cp);
    return ch !== ch.toLowerCase();
  };
  const ast = new RegExpParser().parseLiteral(`/${re.source}/${re.flags}`);
  visitRegExpAST(ast, {
    onCharacterEnter(node) {
      const parent = node.parent;
      if (parent.type === 'CharacterClassRange') return; // judged as a range below
      if (parent.type === 'CharacterClass' && parent.negate) return;
      if (isUpper(node.value))
        out.push(`${re} needs ${JSON.stringify(node.raw)}, and the text it runs on is lower-cased`);
    },
    onCharacterClassRangeEnter(node) {
      const cls = node.parent;
      if (cls.type === 'CharacterClass' && cls.negate) return;
      if (isUpper(node.min.value) && isUpper(node.max.value))
        out.push(`${re} has the range ${node.raw}, and the text it runs on is lower-cased`);
    },
  });
  return out;
}

/** The text a rule's cues see for an example: the clause body after any lead label, lower-cased (as engine.ts). */
function cueText(text: string, section: string | undefined): string {
  const body = text.slice(bodyStart(text, section));
  return (body || (section ? text : '')).toLowerCase();
}

function exampleParts(ex: Example): { text: string; section: string | undefined } {
  return typeof ex === 'string' ? { text: ex, section: undefined } : { text: ex.text, section: ex.section };
}

/** Cues, category pre-filters and section tests that can never agree with the rule's pattern. */
export function cueProblems(cats: readonly CategoryRules[], extra = extraTermsByTag()): Problem[] {
  const out: Problem[] = [];
  for (const cat of cats) {
    for (const re of cat.requires ?? [])
      for (const problem of upperCaseProblems(re)) out.push({ where: `${cat.category} requires`, problem });
    for (const rule of cat.rules) {
      const lowerCased = [
        ...rule.cue,
        ...(rule.rejectAfter ? [rule.rejectAfter] : []),
        ...(rule.section ? [rule.section] : []),
      ];
      for (const re of lowerCased) for (const problem of upperCaseProblems(re)) out.push({ where: rule.id, problem });
      const compiled = safeCompile(rule, extra);
      // The gates a clause passes before the pattern runs: every cue, and (outside section rules) any of `requires`.
      const gates = [
        ...rule.cue.map((re) => ({ name: `cue ${re}`, accepts: (s: string): boolean => re.test(s) })),
        ...(rule.section || !cat.requires
          ? []
          : [
              {
                name: `${cat.category} requires`,
                accepts: (s: string): boolean => cat.requires!.some((re) => re.test(s)),
              },
            ]),
      ];
      for (const ex of rule.mustMatch) {
        const { text, section } = exampleParts(ex);
        const lower = cueText(text, section);
        const rejecting = gates.filter((g) => !g.accepts(lower));
        if (rejecting.length === 0) continue;
        const doc = getNlp()(text);
        const patternMatches = compiled.some((p) => doc.match(p).found);
        for (const g of rejecting) {
          const also = patternMatches ? ' (and its pattern does)' : '';
          out.push({
            where: rule.id,
            problem: `${g.name} rejects ${JSON.stringify(text)}, which the rule must match${also}`,
          });
        }
      }
    }
  }
  return out;
}

// ── A lexicon without repeats ─────────────────────────────────────────────────────────────────────────────────────

/** How compromise sees an entry: lower case, hyphens as spaces ("royalty-free" is "royalty free"), single spaces. */
const entryKey = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/**
 * A word listed twice: once more in its own class is noise, and in a second class it is silently dropped there
 * (buildLexicon keeps a word's first tag), so the second list claims a word its tag never gets.
 */
export function lexiconProblems(lists: Readonly<Record<string, readonly string[]>>): Problem[] {
  const out: Problem[] = [];
  const firstTag = new Map<string, string>();
  for (const [tag, words] of Object.entries(lists)) {
    const seen = new Set<string>();
    for (const w of words) {
      const key = entryKey(w);
      if (seen.has(key)) out.push({ where: `lexicon ${tag}`, problem: `"${w}" is listed twice in ${tag}` });
      else if (firstTag.has(key))
        out.push({
          where: `lexicon ${tag}`,
          problem: `"${w}" is already a ${firstTag.get(key)}, so ${tag} never gets it`,
        });
      seen.add(key);
      if (!firstTag.has(key)) firstTag.set(key, tag);
    }
  }
  return out;
}

// ── Examples on both sides ────────────────────────────────────────────────────────────────────────────────────────

/** Each rule says why it exists and pins its behaviour with clauses it must and must not match. */
export function exampleProblems(cats: readonly CategoryRules[]): Problem[] {
  const out: Problem[] = [];
  for (const rule of cats.flatMap((c) => c.rules)) {
    if (rule.why.trim().length <= 10) out.push({ where: rule.id, problem: 'no real `why`' });
    if (rule.mustMatch.length === 0)
      out.push({ where: rule.id, problem: 'no mustMatch example (a clause it must flag)' });
    if (rule.mustNotMatch.length === 0)
      out.push({ where: rule.id, problem: 'no mustNotMatch example (a clause it must leave alone)' });
    // A rule read with its section's earlier units shows the unit it needs, and a clause it leaves without one.
    const before = (ex: Example | NegativeExample): boolean => typeof ex !== 'string' && 'before' in ex;
    if (rule.afterRecipients) {
      if (!rule.mustMatch.every(before))
        out.push({
          where: rule.id,
          problem: 'a mustMatch example without the earlier unit it is read with (`before`)',
        });
      if (rule.mustNotMatch.every(before))
        out.push({ where: rule.id, problem: 'no mustNotMatch example without an earlier unit (`before`)' });
    } else if ([...rule.mustMatch, ...rule.mustNotMatch].some(before))
      out.push({ where: rule.id, problem: 'an example with `before`, which only `afterRecipients` rules read' });
    // A rule that reads list items only shows a paragraph it leaves alone; no other rule reads an example's shape.
    const asParagraph = (ex: Example | NegativeExample): boolean =>
      typeof ex !== 'string' && 'paragraph' in ex && ex.paragraph === true;
    // The paragraph examples test the mark (rules.test.ts checks the rule fires on them as items); the others, read
    // as items are, test the rule's own pattern.
    if (rule.items && !rule.mustNotMatch.some(asParagraph))
      out.push({ where: rule.id, problem: 'no mustNotMatch example that is a paragraph of its own (`paragraph`)' });
    if (rule.items && rule.mustNotMatch.every(asParagraph))
      out.push({ where: rule.id, problem: 'no mustNotMatch example read as a list item (without `paragraph: true`)' });
    if (
      !rule.items &&
      [...rule.mustMatch, ...rule.mustNotMatch].some((ex) => typeof ex !== 'string' && 'paragraph' in ex)
    )
      out.push({ where: rule.id, problem: 'an example with `paragraph`, which only `items` rules read' });
  }
  return out;
}

/** Ids are unique across all rules and prefixed by their category. */
export function idProblems(cats: readonly CategoryRules[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const cat of cats) {
    for (const rule of cat.rules) {
      if (seen.has(rule.id)) out.push({ where: rule.id, problem: 'id used twice' });
      if (!rule.id.startsWith(`${cat.category}.`))
        out.push({ where: rule.id, problem: `id not prefixed by "${cat.category}."` });
      seen.add(rule.id);
    }
  }
  return out;
}

/** Problems as "where: problem" lines, for readable test failures and allow-lists. */
export const lines = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.where}: ${p.problem}`);

// ── Vetoes as records ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Each veto has an id of its category (unique with the rule ids), a why, examples on both sides that behave as
 * declared, and regexes that can match the lower-cased text they read.
 */
export function vetoProblems(cats: readonly CategoryRules[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set(cats.flatMap((c) => c.rules.map((r) => r.id)));
  for (const cat of cats) {
    for (const veto of cat.vetoes ?? []) {
      const where = veto.id;
      if (seen.has(veto.id)) out.push({ where, problem: 'id used twice' });
      seen.add(veto.id);
      if (!veto.id.startsWith(`${cat.category}.`))
        out.push({ where, problem: `id not prefixed by "${cat.category}."` });
      if (veto.why.trim().length <= 10) out.push({ where, problem: 'no real `why`' });
      if (veto.mustVeto.length === 0) out.push({ where, problem: 'no mustVeto example (a clause it must drop)' });
      if (veto.mustNotVeto.length === 0)
        out.push({ where, problem: 'no mustNotVeto example (a near miss it must leave alone)' });
      for (const re of [veto.when, veto.unless])
        if (re instanceof RegExp) for (const problem of upperCaseProblems(re)) out.push({ where, problem });
      for (const text of veto.mustVeto)
        if (!vetoFires(veto, text.toLowerCase(), ACME))
          out.push({ where, problem: `does not drop ${JSON.stringify(text)}, which it must` });
      for (const text of veto.mustNotVeto)
        if (vetoFires(veto, text.toLowerCase(), ACME))
          out.push({ where, problem: `drops ${JSON.stringify(text)}, which it must leave alone` });
    }
  }
  return out;
}
