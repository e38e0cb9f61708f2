// Each check of rule-checks.ts must fail on a record broken on purpose: a copy of a real rule (or of the lexicon)
// with one fault put in. A check that passed these would guard nothing, as "patterns compile" once did on "(((".
import { describe, expect, it } from 'vitest';
import { LEXICON_LISTS, TAG_PARENTS } from '../../../src/core/analyze/lexicon';
import type { CategoryRules, Rule } from '../../../src/core/analyze/rule';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import {
  cueProblems,
  definedTags,
  exampleProblems,
  idProblems,
  lexiconProblems,
  lines,
  patternProblems,
  ruleSyntaxProblems,
  unknownTagProblems,
  upperCaseProblems,
} from './rule-checks';

const ID = 'ai_training.train-on-content';
const category = ALL_CATEGORY_RULES.find((c) => c.rules.some((r) => r.id === ID))!;
const rule = category.rules.find((r) => r.id === ID)!;

/** The rule's category holding only the rule, changed by `change` (and the category by `changeCat`). */
function brokenCopy(
  change: (r: Rule) => Rule,
  changeCat: (c: CategoryRules) => CategoryRules = (c) => c,
): CategoryRules[] {
  return [changeCat({ ...category, rules: [change({ ...rule })] })];
}
const tags = definedTags(LEXICON_LISTS, TAG_PARENTS);

describe('the checks pass the unbroken copy', () => {
  it.each<[string, (cats: CategoryRules[]) => unknown[]]>([
    ['syntax', (cats) => ruleSyntaxProblems(cats)],
    ['tags', (cats) => unknownTagProblems(cats, tags)],
    ['cues', (cats) => cueProblems(cats)],
    ['examples', (cats) => exampleProblems(cats)],
    ['ids', (cats) => idProblems(cats)],
  ])('%s', (_name, check) => {
    expect(check(brokenCopy((r) => r))).toEqual([]);
  });
});

describe('a pattern that does not compile', () => {
  it('"(((" added to a rule fails the rule check', () => {
    const problems = lines(ruleSyntaxProblems(brokenCopy((r) => ({ ...r, match: [...r.match, '((('] }))));
    expect(problems.join('\n')).toContain(`${ID}: unbalanced parentheses in "((("`);
  });

  it.each([
    ['(((', 'unbalanced parentheses'],
    ['(share|sell .{0,3} data', 'unbalanced parentheses'],
    ['share data) with', 'unbalanced parentheses'],
    ['share () data', 'empty group'],
    ['share (data|) with', 'empty group or alternative'],
    ['(|sell) data', 'empty group or alternative'],
    ['share .{5,2} data', 'can never match'],
    ['share .{0,x} data', 'unparsed syntax'],
    ['share # data', 'empty tag'],
  ])('%j: %s', (pattern, problem) => {
    expect(patternProblems(pattern).join('\n')).toContain(problem);
  });

  it.each([
    '#ShareVerb .{0,12} #ThirdParty',
    '(sell|rent) .{0,4} (your|our) #UserData',
    '^#ThirdParty+ (who|that)',
    'a .{0,3} (b c|#T)? d',
  ])('%j compiles', (pattern) => {
    expect(patternProblems(pattern)).toEqual([]);
  });
});

describe('a tag no lexicon defines', () => {
  it('a misspelt tag in a pattern', () => {
    const cats = brokenCopy((r) => ({ ...r, match: [...r.match, '#TrainVerbs .{0,6} #AiModel'] }));
    expect(lines(unknownTagProblems(cats, tags))).toEqual([
      `${ID}: #TrainVerbs is defined by no lexicon class (in "#TrainVerbs .{0,6} #AiModel")`,
    ]);
  });

  it('a lexicon without the class a pattern uses', () => {
    const { AiModel: _dropped, ...lists } = LEXICON_LISTS;
    const problems = lines(
      unknownTagProblems(
        brokenCopy((r) => r),
        definedTags(lists, TAG_PARENTS),
      ),
    );
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.includes('#AiModel is defined by no lexicon class'))).toBe(true);
  });

  it('parent tags count as defined (#MoveVerb is ShareVerb or SellVerb)', () => {
    expect(tags.has('MoveVerb')).toBe(true);
  });
});

describe('a cue that can never agree with its pattern', () => {
  it('a cue with an upper-case letter (cues run on lower-cased text)', () => {
    const problems = lines(cueProblems(brokenCopy((r) => ({ ...r, cue: [/\bTrain/, ...r.cue.slice(1)] }))));
    expect(problems.join('\n')).toContain(`${ID}: /\\bTrain/ needs "T"`);
  });

  it("a cue that rejects the rule's own examples, which its pattern matches", () => {
    const problems = lines(cueProblems(brokenCopy((r) => ({ ...r, cue: [...r.cue, /\bzebra\b/] }))));
    expect(problems).toHaveLength(rule.mustMatch.length);
    expect(problems[0]).toMatch(
      /^ai_training\.train-on-content: cue \/\\bzebra\\b\/ rejects ".*", which the rule must match \(and its pattern does\)$/,
    );
  });

  it("a category pre-filter that rejects the rule's examples", () => {
    const cats = brokenCopy(
      (r) => r,
      (c) => ({ ...c, requires: [/\bzebra\b/] }),
    );
    expect(lines(cueProblems(cats)).join('\n')).toContain('ai_training requires rejects');
  });

  it.each<[RegExp, boolean]>([
    [/\bTrain/, true],
    [/[A-Z]{2,}/, true],
    [/\bshare\W/, false],
    [/[^A-Z]/, false],
    [/\bTrain/i, false],
    [/\b(?:sell|rent)\b\S*\B/, false],
  ])('%s can never match lower-cased text: %s', (re, expected) => {
    expect(upperCaseProblems(re).length > 0).toBe(expected);
  });
});

describe('a lexicon word listed twice', () => {
  it('twice in one class', () => {
    const lists = { ...LEXICON_LISTS, ShareVerb: [...LEXICON_LISTS.ShareVerb!, 'disclose'] };
    expect(lines(lexiconProblems(lists))).toEqual(['lexicon ShareVerb: "disclose" is listed twice in ShareVerb']);
  });

  it('once more with a hyphen, which compromise splits like a space', () => {
    const lists = { ...LEXICON_LISTS, TrainVerb: [...LEXICON_LISTS.TrainVerb!, 'fine-tune'] };
    expect(lines(lexiconProblems(lists))).toEqual(['lexicon TrainVerb: "fine-tune" is listed twice in TrainVerb']);
  });

  it('in a second class, which never gets it', () => {
    const lists = { ...LEXICON_LISTS, TrainVerb: [...LEXICON_LISTS.TrainVerb!, 'model'] };
    expect(lines(lexiconProblems(lists))).toEqual([
      'lexicon TrainVerb: "model" is already a AiModel, so TrainVerb never gets it',
    ]);
  });
});

describe('a rule without both kinds of examples', () => {
  it.each<[string, (r: Rule) => Rule, string]>([
    ['no mustMatch', (r) => ({ ...r, mustMatch: [] }), `${ID}: no mustMatch example (a clause it must flag)`],
    [
      'no mustNotMatch',
      (r) => ({ ...r, mustNotMatch: [] }),
      `${ID}: no mustNotMatch example (a clause it must leave alone)`,
    ],
    ['no why', (r) => ({ ...r, why: '' }), `${ID}: no real \`why\``],
    [
      'an earlier unit given to a rule that does not read it',
      (r) => ({ ...r, mustNotMatch: [...r.mustNotMatch, { text: 'We train models.', before: 'We share data.' }] }),
      `${ID}: an example with \`before\`, which only \`afterRecipients\` rules read`,
    ],
    [
      'a rule read with its section whose positive example gives no earlier unit',
      (r) => ({
        ...r,
        afterRecipients: true,
        mustNotMatch: [...r.mustNotMatch, { text: 'We train models.', before: 'We share data with vendors.' }],
      }),
      `${ID}: a mustMatch example without the earlier unit it is read with (\`before\`)`,
    ],
    [
      'a rule read with its section whose negative examples all give one',
      (r) => ({
        ...r,
        afterRecipients: true,
        mustMatch: r.mustMatch.map((ex) => ({
          ...(typeof ex === 'string' ? { text: ex, stance: 'grant' as const } : ex),
          before: 'We share data with vendors.',
        })),
        mustNotMatch: r.mustNotMatch.map((ex) => ({
          text: typeof ex === 'string' ? ex : ex.text,
          before: 'We share data with vendors.',
        })),
      }),
      `${ID}: no mustNotMatch example without an earlier unit (\`before\`)`,
    ],
  ])('%s', (_name, change, expected) => {
    expect(lines(exampleProblems(brokenCopy(change)))).toEqual([expected]);
  });
});

describe('ids', () => {
  it('a duplicate id and an id outside its category', () => {
    const cats: CategoryRules[] = [{ ...category, rules: [rule, { ...rule }, { ...rule, id: 'tracking.oops' }] }];
    expect(lines(idProblems(cats))).toEqual([
      `${ID}: id used twice`,
      'tracking.oops: id not prefixed by "ai_training."',
    ]);
  });
});
