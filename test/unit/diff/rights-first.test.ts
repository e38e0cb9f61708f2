// Rights first: in a real document, a new AI-training grant is the first change reported, as worse; removing it
// again is first, as better; a widened content licence is reported as worse, never as the same effect.
import { describe, expect, it } from 'vitest';
import { diffVersions, diffWithWordingEdits, summarizeChanges } from '../../../src/core/diff';
import { readDocument, snapshotOf } from './real-documents';

const ADS = readDocument('changes/facebook-ads-tos-2022-08-18-646b2a9dc5.md');
const ANCHOR = '*   We will determine the size, placement and positioning of your ads.';
const AI_GRANT =
  '*   You grant us the right to use your ads, and all content and information associated with them, to train our artificial intelligence and machine learning models.';
// A few unrelated edits of the same release, so the grant has to outrank other changes, not only stand alone.
const withOtherEdits = (md: string): string =>
  md
    .replace('may not be continuous.', 'may not be continuous or uninterrupted.')
    .replace(
      'Past due amounts will accrue interest at 1% per month',
      'Past due amounts will accrue interest at 1.5% per month',
    );

describe('rights first, on a real document', () => {
  it('a new AI-training grant is the first change reported, as worse', async () => {
    expect(ADS).toContain(ANCHOR);
    const before = await snapshotOf(ADS);
    const after = await snapshotOf(withOtherEdits(ADS.replace(ANCHOR, `${ANCHOR}\n    \n${AI_GRANT}`)));
    const changes = diffVersions(before, after);
    expect(changes.length).toBeGreaterThan(1);
    expect(changes[0]).toMatchObject({ type: 'added', category: 'ai_training', impact: 'worse', right: 'new' });
    expect(summarizeChanges(changes)[0]).toMatch(/^New: AI/);
  }, 60_000);

  it('removing it again is the first change reported, as better', async () => {
    const before = await snapshotOf(ADS.replace(ANCHOR, `${ANCHOR}\n    \n${AI_GRANT}`));
    const after = await snapshotOf(withOtherEdits(ADS));
    const changes = diffVersions(before, after);
    expect(changes[0]).toMatchObject({ type: 'removed', category: 'ai_training', impact: 'better', right: 'removed' });
    expect(summarizeChanges(changes)[0]).toMatch(/^Removed: AI/);
  }, 60_000);
});

describe('a widened content licence is worse', () => {
  const TUMBLR = readDocument('tumblr-tos-2026-07-15-snapshot.md');
  const LICENCE =
    'you grant Tumblr a non-exclusive, worldwide, royalty-free, sublicensable, transferable right and license';

  const cases: Array<[string, string]> = [
    [
      'made perpetual and irrevocable',
      'you grant Tumblr a non-exclusive, perpetual, irrevocable, worldwide, royalty-free, sublicensable, transferable right and license',
    ],
    [
      'extended to any and all media, likeness and voice',
      `${LICENCE}, in any and all media, including your name, likeness and voice,`,
    ],
  ];
  for (const [name, wider] of cases)
    it(`${name}: first, as worse, never "same effect"`, async () => {
      expect(TUMBLR).toContain(LICENCE);
      const changes = diffVersions(await snapshotOf(TUMBLR), await snapshotOf(TUMBLR.replace(LICENCE, wider)));
      expect(changes[0]).toMatchObject({
        type: 'modified',
        category: 'content_licence',
        impact: 'worse',
        right: 'widened',
      });
      const lines = summarizeChanges(changes);
      expect(lines[0]).toMatch(/^Widened: /);
      expect(lines.join('\n')).not.toMatch(/same effect/);
      // And narrowing it back is better.
      const back = diffVersions(await snapshotOf(TUMBLR.replace(LICENCE, wider)), await snapshotOf(TUMBLR));
      expect(back.find((c) => c.category === 'content_licence')).toMatchObject({ impact: 'better', right: 'narrowed' });
    }, 60_000);

  it('made sublicensable: first, as worse, never a wording edit', async () => {
    const narrower = TUMBLR.replace(LICENCE, LICENCE.replace('sublicensable, ', ''));
    expect(narrower).not.toBe(TUMBLR);
    const { changes, wordingEdits } = diffWithWordingEdits(await snapshotOf(narrower), await snapshotOf(TUMBLR));
    expect(changes[0]).toMatchObject({
      type: 'modified',
      category: 'content_licence',
      impact: 'worse',
      right: 'widened',
    });
    expect(wordingEdits.filter((c) => c.category === 'content_licence')).toEqual([]);
  }, 60_000);
});

describe('formatting-only and same-effect versions report nothing', () => {
  it('the AI-training grant inserted and then only set in bold reports no change', async () => {
    const withGrant = ADS.replace(ANCHOR, `${ANCHOR}\n    \n${AI_GRANT}`);
    const bolded = withGrant.replace(
      'train our artificial intelligence and machine learning models',
      '**train our artificial intelligence and machine learning models**',
    );
    expect(bolded).not.toBe(withGrant);
    const { changes } = diffWithWordingEdits(await snapshotOf(withGrant), await snapshotOf(bolded));
    expect(changes).toEqual([]);
  }, 60_000);
});
