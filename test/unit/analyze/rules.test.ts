// Meta-test over the rule files and the lexicon: the checks of rule-checks.ts (patterns that compile, tags the
// lexicon defines, cues that agree with their patterns, no word listed twice, examples on both sides, unique ids)
// hold for the real records, and every example behaves as declared. rule-checks.test.ts shows each check failing on
// a copy broken on purpose.
import { describe, expect, it } from 'vitest';
import { getNlp } from '../../../src/core/analyze/nlp';
import { matchClause, type MatchOptions } from '../../../src/core/analyze/engine';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import { namesRecipients, passesToRecipients } from '../../../src/core/analyze/section-recipients';
import { expandPattern, fitMultiTermTags } from '../../../src/core/analyze/expand-pattern';
import { LEXICON_LISTS, TAG_PARENTS } from '../../../src/core/analyze/lexicon';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { ADVISER, RECIPIENT } from '../../../src/core/analyze/rules/data-sharing';
import { TRADE_RECIPIENT } from '../../../src/core/analyze/rules/data-sharing-vetoes';
import { CATEGORY_IDS } from '../../../src/core/types';
import {
  cueProblems,
  definedTags,
  exampleProblems,
  idProblems,
  lexiconProblems,
  lines,
  ruleSyntaxProblems,
  unknownTagProblems,
  vetoProblems,
} from './rule-checks';

const rules = ALL_CATEGORY_RULES.flatMap((c) => c.rules.map((r) => ({ ...r, category: c.category })));

describe('rule files and lexicon', () => {
  it('cover every category once, in display order', () => {
    expect(ALL_CATEGORY_RULES.map((c) => c.category)).toEqual([...CATEGORY_IDS]);
  });
  it('have unique ids prefixed by their category', () => {
    expect(lines(idProblems(ALL_CATEGORY_RULES))).toEqual([]);
  });
  it('have patterns that compile, as written and as compiled', () => {
    expect(lines(ruleSyntaxProblems(ALL_CATEGORY_RULES))).toEqual([]);
  });
  it('use only tags the lexicon defines', () => {
    expect(lines(unknownTagProblems(ALL_CATEGORY_RULES, definedTags(LEXICON_LISTS, TAG_PARENTS)))).toEqual([]);
  });
  it('have cues that can agree with their patterns', () => {
    expect(lines(cueProblems(ALL_CATEGORY_RULES))).toEqual([]);
  });
  it('list no lexicon word twice', () => {
    expect(lines(lexiconProblems(LEXICON_LISTS))).toEqual([]);
  });
  it('give every rule a why and examples on both sides', () => {
    expect(lines(exampleProblems(ALL_CATEGORY_RULES))).toEqual([]);
  });
  it('give every veto a why and examples on both sides that behave as declared', () => {
    expect(lines(vetoProblems(ALL_CATEGORY_RULES))).toEqual([]);
  });
});

/**
 * Lexicon recipients the data_sharing stems do not reach yet. "subprocessors" (one word) has no word start before
 * "processor"; adding a stem changes the composite pre-filter regexes built from RECIPIENT, and recheck's fuzzer then
 * rates several of them polynomial, so the fix waits for those regexes to be split. The list must match exactly:
 * a fixed miss must leave it.
 */
const KNOWN_RECIPIENT_MISSES = ['subprocessors'];

describe('pre-filter stems agree with the lexicon', () => {
  // As the pre-filters use them: a stem at a word start anywhere in the entry ("data brokers" by "broker").
  const stems = new RegExp(String.raw`\b${RECIPIENT}`);
  it('every lexicon recipient but the known misses passes the data_sharing recipient stems', () => {
    const words = [...(LEXICON_LISTS.ServiceSide ?? []), ...(LEXICON_LISTS.ThirdParty ?? [])];
    expect(words.filter((w) => !stems.test(w))).toEqual(KNOWN_RECIPIENT_MISSES);
  });
  it('every lexicon adviser passes the adviser stems of share-with-third-parties', () => {
    const adviser = new RegExp(String.raw`\b${ADVISER}`);
    expect(LEXICON_LISTS.Adviser?.length).toBeGreaterThan(0);
    expect((LEXICON_LISTS.Adviser ?? []).filter((w) => !adviser.test(w))).toEqual([]);
  });
  it('every lexicon trade recipient passes the trade stems of share-with-third-parties', () => {
    const trade = new RegExp(String.raw`\b${TRADE_RECIPIENT}`);
    expect(LEXICON_LISTS.TradeRecipient?.length).toBeGreaterThan(0);
    expect((LEXICON_LISTS.TradeRecipient ?? []).filter((w) => !trade.test(w))).toEqual([]);
  });
  it('the lexicon names each one-word adviser trade in the singular and the plural', () => {
    const words = new Set(LEXICON_LISTS.Adviser ?? []);
    const other = (w: string): string =>
      w.endsWith('ies')
        ? `${w.slice(0, -3)}y`
        : /[^aeiou]y$/.test(w)
          ? `${w.slice(0, -1)}ies`
          : w.endsWith('s')
            ? w.slice(0, -1)
            : `${w}s`;
    expect([...words].filter((w) => !w.includes(' ') && !words.has(other(w)))).toEqual([]);
  });
});

/** The examples' first party (a rule reads "Acme's models" as the service's, a veto data sent to Acme as coming in). */
const ACME = firstPartyNames(['acme']);
const vetoed = ALL_CATEGORY_RULES.flatMap((c) =>
  (c.vetoes ?? []).flatMap((v) => v.mustVeto.map((text) => [v.id, text, c.category] as const)),
);

describe('veto examples', () => {
  it.each(vetoed)('%s leaves no finding of its category in %j', (_id, text, category) => {
    expect(matchClause(text, new Set([category]), { weak: true, firstParty: ACME })).toEqual([]);
  });
});

const positives = rules.flatMap((r) =>
  r.mustMatch.map((ex) => {
    const e = typeof ex === 'string' ? { text: ex, stance: 'grant' as const } : ex;
    return [r.id, e.text, e.stance, e.condition, e.section, e.before, e.paragraph] as const;
  }),
);
const negatives = rules.flatMap((r) =>
  r.mustNotMatch.map((ex) =>
    typeof ex === 'string'
      ? ([r.id, ex, undefined, undefined, undefined] as const)
      : 'before' in ex
        ? ([r.id, ex.text, undefined, ex.before, undefined] as const)
        : ([r.id, ex.text, 'section' in ex ? ex.section : undefined, undefined, ex.paragraph] as const),
  ),
);

/**
 * What an example's earlier unit of its section (`before`) tells the rules, as analyzeClauses reads it
 * (section-recipients.ts); the unit before must name recipients when a positive example gives one. An example's shape
 * (`paragraph`) is read as given, else left unknown.
 */
function readAfter(before: string | undefined, paragraph?: boolean): MatchOptions {
  return {
    ...(before === undefined
      ? {}
      : {
          recipientsBefore: namesRecipients({ text: before }),
          recipientsLast: namesRecipients({ text: before }),
          recipientsPassed: passesToRecipients({ text: before }),
        }),
    ...(paragraph === undefined ? {} : { paragraph }),
  };
}

describe('rule examples', () => {
  it.each(positives)(
    '%s fires on %j as %s %s (section %j, after %j, paragraph %j)',
    (id, text, stance, condition, section, before, paragraph) => {
      if (before !== undefined)
        expect(namesRecipients({ text: before }), 'the unit before names no recipient').toBe(true);
      const hits = matchClause(text, undefined, {
        weak: true,
        section,
        firstParty: ACME,
        ...readAfter(before, paragraph),
      }).filter((h) => h.rule === id);
      expect(hits.length, 'rule did not fire (check its cue and pattern)').toBeGreaterThan(0);
      const best = hits.find((h) => h.stance === stance);
      expect(best, `stances seen: ${hits.map((h) => h.stance).join(',')}`).toBeDefined();
      expect(best!.condition).toBe(condition);
      expect(text).toContain(best!.evidence);
    },
  );
  it.each(negatives)(
    '%s stays silent on %j (section %j, after %j, paragraph %j)',
    (id, text, section, before, paragraph) => {
      const hits = matchClause(text, undefined, {
        weak: true,
        section,
        firstParty: ACME,
        ...readAfter(before, paragraph),
      });
      expect(hits.filter((h) => h.rule === id)).toEqual([]);
    },
  );
});

// The engine sets an items rule aside on a paragraph before it reads any pattern, so a paragraph negative tests the
// mark only if the rule fires on the same text when its shape is not known (as a list item is read).
const paragraphNegatives = rules.flatMap((r) =>
  r.mustNotMatch.flatMap((ex) =>
    typeof ex !== 'string' && 'paragraph' in ex && ex.paragraph === true
      ? [[r.id, ex.text, 'section' in ex ? ex.section : undefined] as const]
      : [],
  ),
);

describe('paragraph examples of the items rules', () => {
  it.each(paragraphNegatives)('%s fires on %j (section %j) as a list item', (id, text, section) => {
    const asItem = matchClause(text, undefined, { weak: true, section, paragraph: false, firstParty: ACME });
    expect(
      asItem.filter((h) => h.rule === id).length,
      'silent as an item too: the example tests nothing',
    ).toBeGreaterThan(0);
  });
});

describe('expandPattern', () => {
  it.each([
    ['a .{0,3} (b c|d)', ['a .{0,3} b c', 'a .{0,3} d']],
    ['a .{0,3} (#Tag|d) e', ['a .{0,3} #Tag e', 'a .{0,3} d e']],
    ['a .{0,3} (b|d)', ['a .{0,3} (b|d)']],
    ['(x y|z) .{0,3} w', ['(x y|z) .{0,3} w']],
    ['a .{0,3} (b|c)? d', ['a .{0,3} d', 'a .{0,3} (b|c) d']],
    ['a .{0,3} (b|c)? (#T|d)', ['a .{0,3} #T', 'a .{0,3} d', 'a .{0,3} (b|c) #T', 'a .{0,3} (b|c) d']],
    ['a .{0,3} (b c|#T)? d', ['a .{0,3} d', 'a .{0,3} b c d', 'a .{0,3} #T d']],
  ])('%s', (p, expected) => {
    expect(expandPattern(p)).toEqual(expected);
  });
});

describe('fitMultiTermTags', () => {
  const extra = { ThirdParty: 2, UserData: 1, Single: 0 };
  it.each([
    ['allow .{0,3} #ThirdParty .{0,3} record', 'allow .{0,3} #ThirdParty .{0,5} record'],
    ['share .{0,5} with #ThirdParty', 'share .{0,5} with #ThirdParty+'],
    ['^#ThirdParty (who|that)', '^#ThirdParty+ (who|that)'],
    ['(#ThirdParty|#Single) .? x', '(#ThirdParty|#Single) .{0,3} x'],
    ['#Single .{0,2} x', '#Single .{0,2} x'],
    ['#ThirdParty+ x', '#ThirdParty+ x'],
    ['a #UserData .* b', 'a #UserData .* b'],
  ])('%s', (p, expected) => {
    expect(fitMultiTermTags(p, extra)).toEqual(expected);
  });

  it('lets a two-term recipient sit before a bounded gap (real compromise)', () => {
    const clause = 'We do not allow third party tracker networks to record your activity on our pages.';
    const pattern = fitMultiTermTags('allow .{0,3} #ThirdParty .{0,3} record', { ThirdParty: 2 });
    expect(getNlp()(clause).match(pattern).text()).toBe('allow third party tracker networks to record');
    expect(getNlp()(clause).match('allow .{0,3} #ThirdParty .{0,3} record').text()).toBe('');
  });
});
