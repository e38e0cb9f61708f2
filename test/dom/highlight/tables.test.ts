// Table-driven checks of the pure helpers: finding ranking, mark tones and scroll plans (card placement: test/unit/highlight).
import { describe, expect, it } from 'vitest';
import { markCssText, markTone, MARK_TONES, type MarkTone } from '../../../src/content/highlight/mark-palette';
import { randomElementName, randomIdent } from '../../../src/content/highlight/random-name';
import { rankFindings } from '../../../src/content/highlight/rank-findings';
import { planScroll, type Scroller } from '../../../src/content/highlight/scroll-plan';
import type { Severity, Stance } from '../../../src/core/types';
import { finding } from './page-fixture';

describe('rankFindings', () => {
  const f = (stance: Stance, severity: Severity, rule: string) => finding('c0', { stance, severity, rule });
  it.each([
    [
      [f('restrict', 'high', 'a'), f('grant', 'low', 'b')],
      ['b', 'a'],
    ],
    [
      [f('conditional', 'high', 'a'), f('grant', 'low', 'b'), f('restrict', 'high', 'c')],
      ['b', 'a', 'c'],
    ],
    [
      [f('grant', 'low', 'a'), f('grant', 'high', 'b'), f('grant', 'medium', 'c')],
      ['b', 'c', 'a'],
    ],
    [
      [f('conditional', 'low', 'a'), f('conditional', 'low', 'b')],
      ['a', 'b'],
    ], // stable on ties
    [[], []],
  ])('%#: orders by stance then severity', (input, rules) => {
    expect(rankFindings(input).map((x) => x.rule)).toEqual(rules);
  });
  it('does not reorder its input', () => {
    const input = [f('restrict', 'low', 'a'), f('grant', 'high', 'b')];
    rankFindings(input);
    expect(input.map((x) => x.rule)).toEqual(['a', 'b']);
  });
});

describe('markTone', () => {
  it.each<[Stance, Severity, MarkTone]>([
    ['grant', 'high', 'grant-high'],
    ['grant', 'medium', 'grant'],
    ['grant', 'low', 'grant'],
    ['conditional', 'high', 'conditional'],
    ['conditional', 'low', 'conditional'],
    ['restrict', 'high', 'restrict'],
    ['restrict', 'low', 'restrict'],
  ])('%s / %s → %s', (stance, severity, tone) => {
    expect(markTone({ stance, severity })).toBe(tone);
  });
  it('gives every tone its own semi-transparent fill', () => {
    const fills = Object.values(MARK_TONES).map((t) => t.fill);
    expect(new Set(fills).size).toBe(fills.length);
    for (const fill of fills) {
      const alpha = Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(fill)?.[1]);
      expect(alpha).toBeGreaterThan(0.1);
      expect(alpha).toBeLessThan(0.5);
    }
  });
  it.each(Object.keys(MARK_TONES) as MarkTone[])(
    '%s: every inline declaration is !important and none takes space',
    (tone) => {
      const decls = markCssText(tone)
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
      for (const d of decls) expect(d).toMatch(/!important$/);
      for (const prop of ['margin', 'padding', 'border'])
        expect(decls).toContain(`${prop}: 0${prop === 'border' ? ' none' : ''} !important`);
      expect(decls.find((d) => d.startsWith('font-size') || d.startsWith('width'))).toBeUndefined();
    },
  );
});

describe('planScroll', () => {
  // A viewport 800 tall scrolled to 1000 of a 5000-tall page; an inner box from 100 to 400 scrolled to 50 of 1000.
  const viewport: Scroller = { top: 0, bottom: 800, minDelta: -1000, maxDelta: 3200 };
  const inner: Scroller = { top: 100, bottom: 400, minDelta: -50, maxDelta: 650 };
  it.each<[string, { top: number; bottom: number }, Scroller[], 'center' | 'nearest', number[]]>([
    ['centres a line below the viewport', { top: 2000, bottom: 2020 }, [viewport], 'center', [1610]],
    ['centres a line above it', { top: -500, bottom: -480 }, [viewport], 'center', [-890]],
    ['leaves a visible line alone when nearest', { top: 300, bottom: 320 }, [viewport], 'nearest', [0]],
    ['brings a line below into view at the bottom margin', { top: 900, bottom: 920 }, [viewport], 'nearest', [136]],
    ['brings a line above into view at the top margin', { top: -40, bottom: -20 }, [viewport], 'nearest', [-56]],
    ['shows the start of a clause taller than the box', { top: 2000, bottom: 3000 }, [viewport], 'center', [1984]],
    ['stops at the end of the page', { top: 5000, bottom: 5020 }, [viewport], 'center', [3200]],
    [
      'scrolls the inner box, then the viewport by what remains',
      { top: 900, bottom: 920 },
      [inner, viewport],
      'center',
      [650, -140],
    ],
    [
      'an inner box already showing it: only the viewport moves',
      { top: 1200, bottom: 1220 },
      [{ top: 1100, bottom: 1400, minDelta: 0, maxDelta: 0 }, viewport],
      'nearest',
      [0, 436],
    ],
  ])('%s', (_label, target, scrollers, block, expected) => {
    expect(planScroll(target, scrollers, block)).toEqual(expected);
  });
});

describe('random names', () => {
  it('are valid, distinct and say nothing', () => {
    const idents = Array.from({ length: 200 }, randomIdent);
    const tags = Array.from({ length: 200 }, randomElementName);
    for (const id of idents) expect(id).toMatch(/^[a-z][a-z0-9]{11}$/);
    for (const tag of tags) expect(tag).toMatch(/^[a-z]{4}-[a-z0-9]{9}$/);
    expect(new Set(idents).size).toBe(200);
    expect(new Set(tags).size).toBe(200);
    // A valid custom element name: document.createElement takes it, and it is not a reserved one.
    for (const tag of tags.slice(0, 20)) expect(document.createElement(tag).tagName.toLowerCase()).toBe(tag);
  });
});
