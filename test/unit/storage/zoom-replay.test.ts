// Done-when replay: the Zoom ToS history of 2023 (Open Terms Archive copies) through the real extractor, analyser,
// storage and diff, in date order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeClauses, ANALYSER_VERSION } from '../../../src/core/analyze';
import { sectionNumber, summarizeChanges, type Change } from '../../../src/core/diff';
import { extractDocument } from '../../../src/core/extract';
import { parseSource } from '../../../src/cli/source';
import { compareVersions, listVersions, saveVersion, type SaveInput, type TermwatchDb } from '../../../src/storage';
import { freshDb } from './helpers';

const DIR = join(__dirname, '..', '..', 'fixtures', 'terms');
const URL = 'https://explore.zoom.us/en/terms/';
const DATES = ['2023-02-01', '2023-03-31', '2023-07-27', '2023-08-07', '2023-08-11'] as const;
const reanalysis = { reanalyze: (c: SaveInput['clauses']) => analyzeClauses(c), currentVersion: ANALYSER_VERSION };

function capture(markdown: string, filename: string, seenAt: number): SaveInput {
  const { doc } = parseSource(markdown, filename);
  const { document } = extractDocument(doc, URL);
  return {
    url: URL,
    kind: 'terms',
    title: document.title,
    text: document.text,
    clauses: document.clauses,
    analysis: analyzeClauses(document.clauses, { lang: document.lang }),
    seenAt,
  };
}

const read = (date: string): string => readFileSync(join(DIR, `zoom-tos-${date}.md`), 'utf8');
const ai = (changes: Change[]): Change[] => changes.filter((c) => c.category === 'ai_training');
const num = (c: Change): string | null => sectionNumber(c.section);

describe('Zoom ToS 2023 replayed through saveVersion and compareVersions', () => {
  let db: TermwatchDb;
  const changes = new Map<string, Change[]>();

  beforeAll(async () => {
    db = await freshDb();
    for (const [i, date] of DATES.entries()) {
      const outcome = await saveVersion(db, capture(read(date), `zoom-tos-${date}.md`, Date.parse(date)));
      expect(outcome.isNewVersion, date).toBe(true);
      if (i > 0)
        changes.set(date, (await compareVersions(db, outcome.documentKey, undefined, undefined, reanalysis))!.changes);
    }
  }, 60_000);

  it('Feb → Mar: the new AI-training grants in §10.2 and §10.4 lead the ranked list', () => {
    const list = changes.get('2023-03-31')!;
    const top = list.slice(0, 2);
    for (const c of top)
      expect(c).toMatchObject({
        type: 'added',
        category: 'ai_training',
        stanceBefore: null,
        stanceAfter: 'grant',
        impact: 'worse',
      });
    expect(top.map(num).sort()).toEqual(['10.2', '10.4']);
    expect(summarizeChanges(list).slice(0, 2).sort()).toEqual([
      'New: AI / machine-learning training grant in §10.2',
      'New: AI / machine-learning training grant in §10.4',
    ]);
  });

  it('Mar → Jul: no AI-training change', () => {
    expect(ai(changes.get('2023-07-27')!)).toEqual([]);
  });

  it('7 Aug: a new conditional AI-training clause ("will not use … without your consent")', () => {
    const list = ai(changes.get('2023-08-07')!);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ type: 'added', stanceBefore: null, stanceAfter: 'conditional' });
    expect(list[0]!.after).toMatch(/will not use audio, video or chat Customer Content to train/);
    // Next to the standing §10.4 grant this narrows it: good news, not a new grant.
    expect(list[0]!.impact).toBe('better');
  });

  it('11 Aug: the grants are gone and a restriction appears', () => {
    const list = ai(changes.get('2023-08-11')!);
    const removedGrants = list.filter((c) => c.stanceBefore === 'grant' && c.stanceAfter === null);
    expect(removedGrants.map(num).sort()).toEqual(['10.2', '10.4']);
    for (const c of removedGrants) expect(c.impact).toBe('better');
    expect(list.some((c) => c.stanceAfter === 'grant')).toBe(false);
    const restriction = list.find(
      (c) => c.stanceAfter === 'restrict' && /does not use any of your audio, video, chat/.test(c.after ?? ''),
    );
    expect(restriction).toBeDefined();
    expect(restriction!.stanceBefore).not.toBe('restrict');
    expect(restriction!.impact).toBe('better');
  });

  it('a copy differing only in whitespace, dates or a cookie banner is not a new version', async () => {
    const original = read('2023-08-11');
    const noisy = [
      'Last updated 3 days ago',
      '',
      'We use cookies to give you the best experience. By clicking "Accept all", you agree to our use of cookies.',
      '',
      'Accept all cookies',
      '',
      original
        .replace('Effective Date: August 11, 2023', 'Effective Date: August 14, 2023')
        .replace(/\. /g, '.  ')
        .replace(/ the /g, ' the\u00A0')
        .replace(/\n\n/g, '\n\n\n'),
      '',
      'Back to top',
    ].join('\n');
    const before = (await listVersions(db, 'https://explore.zoom.us/en/terms')).items.length;
    const outcome = await saveVersion(db, capture(noisy, 'zoom-tos-noisy.md', Date.parse('2023-08-14')));
    expect(outcome.isNewVersion).toBe(false);
    expect((await listVersions(db, outcome.documentKey)).items.length).toBe(before);
    // Control: one real word changed in the same noisy copy is a new version.
    const edited = noisy.replace('Zoom does not use any of your audio', 'Zoom may use any of your audio');
    expect(edited).not.toBe(noisy);
    expect((await saveVersion(db, capture(edited, 'zoom-tos-edited.md', Date.parse('2023-08-15')))).isNewVersion).toBe(
      true,
    );
  });
});
