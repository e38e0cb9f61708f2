// The gate may drop a candidate rule before the parse only when the rule's net would have matched nothing: what it
// reads of the terms a text can hold, of their order and of their distance, must cover what compromise makes of it.
// Checked on the shapes compromise rewrites (contractions, acronyms, hyphens, number ranges, aliases, transliteration),
// and on every rule's net against every rule example, the examples contracted, punctuated, accented and with symbols
// glued to words (©, ×), seeded clauses of cue words, and the Zoom terms (scripts/net-gate-check.ts runs the same over
// the corpus and the borrowed sets).
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../../src/core/analyze/engine';
import { compileNetGate } from '../../../src/core/analyze/net-gate';
import { getNlp, offsetSweeper, parse } from '../../../src/core/analyze/nlp';
import { ALL_CATEGORY_RULES } from '../../../src/core/analyze/rules';
import { ruleExampleTexts, seededCueClauses, zoomTermsClauses } from '../../support/cue-fuzz';

const nlp = getNlp();
type Net = ReturnType<typeof nlp.buildNet>;
const found = (text: string, net: Net): number =>
  (nlp(text).sweep as (n: Net) => { found: unknown[] })(net).found.length;

describe('the gate keeps what compromise rewrites', () => {
  const cases: [string, string, string][] = [
    ['a contraction', 'we do not sell', 'We don’t sell your data.'],
    ['a contraction of will', 'we will share', 'We’ll share it.'],
    ['a known contraction word', 'can not share', 'We cannot share it.'],
    ['an acronym without its periods', 'in the us', 'Stored in the U.S. only.'],
    ['a hyphenated word as one machine form', 'your email', 'Your e-mail address.'],
    ['a number range', '2 to 4', 'Kept for 2-4 weeks.'],
    ['an alias', 'data and content', 'Data & content.'],
    ['a slash alias', 'we share nothing', 'We sell/share nothing.'],
    ['a multi-word lexicon entry', '#ThirdParty', 'Our third-party vendors.'],
    ['a transliterated letter', 'cafe', 'The café.'],
    ['a transliterated word at its place', 'nous .{0,1} identifier', 'Nous pouvons identifiér vos données.'],
    ['a number range of three terms from two words', 'kept .{0,3} weeks', 'Kept 2 - 4 weeks.'],
    ['the range word of a spaced number range', '2 to 4', 'Kept 2 - 4 weeks.'],
    ['two contractions side by side', 'not .{0,0} we', 'Don’t we’ve share it.'],
    ['a slash pair', 'sell .{0,1} data', 'We sell and/or data.'],
    ['words as far apart as the gap allows', 'sell .{0,3} data', 'We sell all of our data.'],
    [
      'a close-button symbol cut from a word',
      'registers a unique id',
      '×Registers a unique ID that is used to generate statistical data on how the visitor uses the website.',
    ],
    ['a copyright sign cut from a word', 'may transfer your', 'We may ©transfer your personal information.'],
    ['a sign cut at the end of a word', 'acme transfers', 'Acme© transfers your data.'],
    ['a combining mark cut from a word', 'may transfer your', 'We may transfer\u0307 your data.'],
    ['a symbol spelled inside a word and cut at its end', 'we axb go', 'We a×b© go.'],
    [
      'a quantified choice of several words, repeated past its max',
      'sell (all data{1,2}|any) now',
      'We sell all data all data any all data now.',
    ],
  ];
  it.each(cases)('%s', (_name, pattern, text) => {
    const net = nlp.buildNet([{ match: pattern }]);
    expect(found(text, net)).toBeGreaterThan(0);
    const gate = compileNetGate(nlp, [net]);
    gate.read(text.toLowerCase());
    expect(gate.possible(0)).toBe(true);
  });
  // compromise keeps a spaced number range, a spaced slash and two contractions as at least one term per word, so two
  // words n apart are no closer than n terms: the gate reads them so, and drops what cannot match.
  const apart: [string, string, string][] = [
    ['a spaced number range', 'kept 4', 'Kept 2 - 4 weeks.'],
    ['a spaced slash', 'kept she', 'Kept he / she goes.'],
    ['two contractions side by side', 'kept we', 'Kept don’t we’ve.'],
  ];
  it.each(apart)('reads words apart: %s', (_name, pattern, text) => {
    const net = nlp.buildNet([{ match: pattern }]);
    expect(found(text, net)).toBe(0);
    const gate = compileNetGate(nlp, [net]);
    gate.read(text.toLowerCase());
    expect(gate.possible(0)).toBe(false);
  });
  it('drops a net whose needed words are not there', () => {
    const net = nlp.buildNet([{ match: 'sell .{0,3} #UserData' }, { match: '(rent|lease) #UserData' }]);
    const gate = compileNetGate(nlp, [net]);
    gate.read('we keep cookies for a year.');
    expect(gate.possible(0)).toBe(false);
    gate.read('we sell cookies.');
    expect(gate.possible(0)).toBe(false);
    gate.read('we sell your personal data.');
    expect(gate.possible(0)).toBe(true);
  });
  it('drops a net whose needed words are there in another order', () => {
    const net = nlp.buildNet([{ match: 'sell .{0,3} #UserData' }, { match: '(rent|lease) #UserData' }]);
    const gate = compileNetGate(nlp, [net]);
    gate.read('your personal data is ours; we do not sell it or lease it.');
    expect(gate.possible(0)).toBe(false);
    gate.read('your personal data is ours; we do not sell your data.');
    expect(gate.possible(0)).toBe(true);
  });
  it('drops a pattern whose words are further apart than its gaps allow', () => {
    const net = nlp.buildNet([{ match: 'sell .{0,3} #UserData' }]);
    const text = 'we sell products to many kinds of customers and keep your personal data safe.';
    expect(found(text, net)).toBe(0);
    const gate = compileNetGate(nlp, [net]);
    gate.read(text);
    expect(gate.possible(0)).toBe(false);
    const orderOnly = compileNetGate(nlp, [net], { distance: false });
    orderOnly.read(text);
    expect(orderOnly.possible(0)).toBe(true);
    gate.read('we sell products and your personal data.');
    expect(gate.possible(0)).toBe(true);
  });
  it('reads a word with a transliterated letter as compromise spells it', () => {
    const net = nlp.buildNet([{ match: 'sell #UserData' }]);
    const gate = compileNetGate(nlp, [net]);
    gate.read('nous ne vendons pas vos données personnelles.');
    expect(gate.possible(0)).toBe(false);
    gate.read('nous ne vendons pas vos données; we sell personal data.');
    expect(gate.possible(0)).toBe(true);
  });
  const ordered: [string, string, string][] = [
    ['a multi-word entry', '#ThirdParty+ #UserData', 'Data goes to a third party data broker.'],
    ['two terms of one word', 'do not sell', 'Sell? We don’t sell.'],
    ['a hyphenated word', 'step two', 'Data in a step-two plan.'],
    ['a choice of several words', 'we (do not|never) sell', 'Sell? We do not sell.'],
  ];
  it('skips the patterns of a net that cannot match, and only those', () => {
    const net = nlp.buildNet([{ match: 'sell .{0,3} #UserData' }, { match: '(rent|lease) #UserData' }]);
    const gate = compileNetGate(nlp, [net]);
    const text = 'we lease your personal data; we do not sell it.';
    gate.read(text);
    expect(gate.possible(0)).toBe(true);
    const [sell, lease] = patternsOf(net);
    expect(gate.patternPossible(sell!)).toBe(false);
    expect(gate.patternPossible(lease!)).toBe(true);
    expect(offsetSweeper(parse(text), gate.patternPossible)(net)).toEqual(offsetSweeper(parse(text))(net));
  });
  it.each(ordered)('keeps words in order: %s', (_name, pattern, text) => {
    const net = nlp.buildNet([{ match: pattern }]);
    const gate = compileNetGate(nlp, [net]);
    expect(found(text, net)).toBeGreaterThan(0);
    gate.read(text.toLowerCase());
    expect(gate.possible(0)).toBe(true);
  });
});

/**
 * Rule examples, the same contracted, re-punctuated, accented and with symbols glued to words, seeded clauses of cue
 * words, and the Zoom terms.
 */
function texts(): string[] {
  const out: string[] = [];
  for (const t of ruleExampleTexts())
    out.push(
      t,
      t
        .replace(/\b(do|does|will|can|would|should) not\b/gi, (_m, v: string) => `${v}n’t`)
        .replace(/\bwe will\b/gi, 'we’ll'),
      t.replace(/ /g, '-'),
      t.toUpperCase().replace(/\b([A-Z])([A-Z])\b/g, '$1.$2.'),
      t.replace(/e/g, 'é').replace(/a/g, 'à'),
      t
        .split(' ')
        .map((w, i) => (i % 3 === 0 ? `×${w}` : i % 3 === 1 ? `${w}©` : w))
        .join(' '),
    );
  return [...out, ...seededCueClauses(31, 1500), ...zoomTermsClauses()];
}

/** What compromise's sweep checks before it runs a pattern (compromise/src/1-one/sweep/methods/sweep). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
}
const cacheOf = (text: string): Array<Set<string>> => {
  const doc = nlp(text) as unknown as {
    document: unknown;
    methods: { one: { cacheDoc(d: unknown): Array<Set<string>> } };
  };
  return doc.methods.one.cacheDoc(doc.document);
};
/** A pattern of the net that compromise's sweep would run on a sentence of the parse, if any (before it matches). */
function runsOn(cache: Array<Set<string>>, net: Net): string | null {
  const { hooks, always } = net as unknown as { hooks: Record<string, NetMatch[]>; always: NetMatch[] };
  if (always.length) return always[0]!.match;
  for (const set of cache)
    for (const m of Object.values(hooks).flat())
      if (m.needs.every((n) => set.has(n)) && m.wants.filter((w) => set.has(w)).length >= m.minWant) return m.match;
  return null;
}

/** The match objects of a net, each once, in the order of its first hook. */
function patternsOf(net: Net): object[] {
  const { hooks } = net as unknown as { hooks: Record<string, object[]> };
  return [...new Set(Object.values(hooks).flat())];
}

describe('the gate skips only patterns that cannot match', () => {
  const rules = ALL_CATEGORY_RULES.flatMap((cat) => cat.rules);
  const nets = rules.map((rule) => nlp.buildNet(compilePatterns(rule.match).map((match) => ({ match }))));
  const gate = compileNetGate(nlp, nets);
  const differs = new Map<string, string[]>();
  let skipped = 0;
  for (const text of texts()) {
    gate.read(text.toLowerCase());
    const possible = rules.flatMap((_r, i) => (gate.possible(i) ? [i] : []));
    if (!possible.length) continue;
    const doc = parse(text);
    const all = offsetSweeper(doc);
    const some = offsetSweeper(doc, gate.patternPossible);
    for (const i of possible) {
      skipped += patternsOf(nets[i]!).filter((m) => !gate.patternPossible(m)).length;
      if (JSON.stringify(some(nets[i]!)) !== JSON.stringify(all(nets[i]!)))
        differs.set(rules[i]!.id, [...(differs.get(rules[i]!.id) ?? []), text]);
    }
  }
  it('finds what the whole net finds', () => {
    expect([...differs].slice(0, 3)).toEqual([]);
  });
  it('skips patterns of nets that pass (else it saves nothing)', () => {
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('the gate drops only nets that cannot match', () => {
  const rules = ALL_CATEGORY_RULES.flatMap((cat) => cat.rules);
  const nets = rules.map((rule) => nlp.buildNet(compilePatterns(rule.match).map((match) => ({ match }))));
  const gate = compileNetGate(nlp, nets);
  const missed = new Map<string, string[]>();
  let checks = 0;
  let drops = 0;
  let orderDrops = 0;
  for (const text of texts()) {
    gate.read(text.toLowerCase());
    const cache = cacheOf(text);
    rules.forEach((rule, i) => {
      checks++;
      if (gate.possible(i)) return;
      drops++;
      // A net that would run a pattern is dropped only when none of them matches (their words are out of order).
      const match = runsOn(cache, nets[i]!);
      if (match) orderDrops++;
      if (match && found(text, nets[i]!) > 0)
        missed.set(rule.id, [...(missed.get(rule.id) ?? []), `${match} ⇐ ${text}`]);
    });
  }
  it.each(rules.map((r) => [r.id] as const))('%s', (id) => {
    expect((missed.get(id) ?? []).slice(0, 3)).toEqual([]);
  });
  it('drops most nets (else it saves nothing)', () => {
    expect(drops / checks).toBeGreaterThan(0.5);
  });
  it('drops nets whose words are all there, out of order', () => {
    expect(orderDrops).toBeGreaterThan(0);
  });
});
