import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nearestTosdrCase, nearestTosdrEntry, TOSDR_CASES } from '../../../src/core/export';
import { CATEGORY_IDS, type Stance } from '../../../src/core/types';

const here = dirname(fileURLToPath(import.meta.url));
// Every distinct `case` title of the legacy ToS;DR points (see test/fixtures/SOURCES.md).
const LEGACY_TITLES = new Set(
  readFileSync(join(here, '../../fixtures/export/tosdr-legacy-case-titles.txt'), 'utf8').split('\n').filter(Boolean),
);
const STANCES: Stance[] = ['grant', 'conditional', 'restrict'];
// Where ToS;DR has no case that fits, we return null rather than invent one.
const NO_CASE = new Set(['retention/conditional', 'content_licence/conditional']);

describe('TOSDR_CASES table', () => {
  it.each(TOSDR_CASES.map((e, i) => [i, e] as const))('entry %i picks itself for each of its examples', (_i, entry) => {
    expect(entry.examples.length).toBeGreaterThan(0);
    for (const text of entry.examples) expect(nearestTosdrEntry(entry.category, entry.stance, text), text).toBe(entry);
  });

  it('every tosdr-legacy title is an exact legacy ToS;DR case title', () => {
    const missing = TOSDR_CASES.filter((e) => e.source === 'tosdr-legacy' && !LEGACY_TITLES.has(e.title)).map(
      (e) => e.title,
    );
    expect(missing).toEqual([]);
  });

  it('titles marked termwatch are not presented as legacy ToS;DR titles, and vice versa', () => {
    for (const e of TOSDR_CASES.filter((x) => x.source !== 'tosdr-legacy'))
      expect(LEGACY_TITLES.has(e.title), e.title).toBe(false);
  });

  it('patterns compile, and each category+stance has exactly one default, last', () => {
    for (const category of CATEGORY_IDS) {
      for (const stance of STANCES) {
        const list = TOSDR_CASES.filter((e) => e.category === category && e.stance === stance);
        for (const e of list) if (e.when !== undefined) expect(() => new RegExp(e.when!, 'i')).not.toThrow();
        const defaults = list.filter((e) => e.when === undefined);
        if (NO_CASE.has(`${category}/${stance}`)) {
          expect(list).toEqual([]);
        } else {
          expect(defaults.length, `${category}/${stance}`).toBe(1);
          expect(list.at(-1)).toBe(defaults[0]);
        }
      }
    }
  });
});

describe('nearestTosdrCase', () => {
  const cases: [Parameters<typeof nearestTosdrCase>, string | null][] = [
    [
      ['data_sharing', 'grant', 'We may share your information with advertisers.'],
      'This service shares your personal data with third parties that are not essential to its operation',
    ],
    [['data_sale', 'restrict', 'We never sell personal information.'], 'This service does not sell your personal data'],
    [
      ['content_licence', 'grant', 'You grant us an irrevocable licence to your uploads.'],
      'This service keeps a license on user-generated content even after users close their accounts.',
    ],
    [
      ['content_licence', 'grant', 'You grant us a licence to host your uploads.'],
      'The copyright license maintained by the service over user data and/or content is broader than necessary.',
    ],
    [
      ['ai_training', 'grant', 'We may use your inputs to train our models.'],
      'This service may use your content or personal data to train AI / machine-learning models',
    ],
    [
      ['ai_training', 'restrict', 'We will not train AI on your content.'],
      'This service does not use your content to train AI models',
    ],
    [['tracking', 'restrict', 'We do not track you.'], 'This service does not track you'],
    [
      ['terms_change', 'grant', 'We may revise these terms at our sole discretion.'],
      'Terms may be changed any time at their discretion, without notice to the user',
    ],
    [['retention', 'conditional', 'We keep data only if you agree.'], null],
  ];
  it.each(cases)('%j → %j', (args, expected) => {
    expect(nearestTosdrCase(...args)).toBe(expected);
  });
});
