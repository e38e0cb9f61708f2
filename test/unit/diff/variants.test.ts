// A page that alternates between variants is one document: a return to a kept variant reports nothing, and another
// page served at the same address (a stub, a translation) is not a revision.
import { describe, expect, it } from 'vitest';
import { diffVersions, nearestVariant } from '../../../src/core/diff';
import { isCutOff, isFramed, isOtherPage, type FrameCost, type Framed } from '../../../src/core/diff/variants';
import { cookieRows } from '../../../scripts/bench-cookie-rows';
import { snapshot, type C } from './helpers';
import { readDocument, snapshotOf } from './real-documents';

const WINDSTREAM = readDocument('changes/windstream-privacy-2023-01-14-00ea9983ef.md');
const EDITED = WINDSTREAM.replace(/\n\n([^\n]{200,})\n/, '\n\n$1 We may also share it with our marketing partners.\n');

describe('variants of one document', () => {
  it('A → B → A: the return to A reports nothing when A is kept', async () => {
    const a = await snapshotOf(WINDSTREAM);
    const b = await snapshotOf(EDITED);
    expect(EDITED).not.toBe(WINDSTREAM);
    expect(diffVersions(a, b).length).toBeGreaterThan(0); // the first flip is a change
    expect(nearestVariant(a, [b, a])).toBe(1);
    expect(diffVersions(b, a, { earlier: [a] })).toEqual([]);
    // Without the kept variant it is reported, as before.
    expect(diffVersions(b, a).length).toBeGreaterThan(0);
  }, 60_000);

  it('a stub served at the same address is not a revision', async () => {
    const full = await snapshotOf(WINDSTREAM);
    const stub = await snapshotOf('Privacy\n=======\n\nThis page has moved. Please see our updated privacy policy.\n');
    expect(isOtherPage(full, stub)).toBe(true);
    expect(isOtherPage(full, await snapshotOf(EDITED))).toBe(false);
    expect(diffVersions(full, stub)).toEqual([]);
  }, 60_000);
});

describe('an older text served again', () => {
  const stamped = (date: string, extra = ''): string =>
    WINDSTREAM.replace(/\n\n([^\n]{200,})\n/, `\n\nLast updated: ${date}\n\n$1${extra}\n`);

  it('stamped before the version it follows, reports nothing', async () => {
    const newer = await snapshotOf(stamped('March 10, 2025'));
    const older = await snapshotOf(stamped('March 7, 2022', ' We may also share it with our marketing partners.'));
    expect(diffVersions(newer, older)).toEqual([]);
    // The same edit, stamped later, is a revision.
    const revised = await snapshotOf(stamped('April 2, 2025', ' We may also share it with our marketing partners.'));
    expect(diffVersions(newer, revised).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('another of the service’s documents at the same address', () => {
  it('sharing little of the vocabulary is not a revision', async () => {
    const policy = await snapshotOf(WINDSTREAM);
    const other = await snapshotOf(readDocument('changes/facebook-ads-tos-2022-08-18-646b2a9dc5.md'));
    expect(isOtherPage(policy, other)).toBe(true);
    expect(diffVersions(policy, other)).toEqual([]);
  }, 60_000);
});

describe('the nearest variant', () => {
  it('is an older version with the same words when the page went back to it, edited throughout', async () => {
    const a = await snapshotOf(WINDSTREAM);
    // The regional page names its company in full: most clauses change by a word, few of the words change.
    const regional = await snapshotOf(WINDSTREAM.replace(/\bWindstream\b/g, 'Windstream Europe'));
    const short = await snapshotOf(WINDSTREAM.slice(0, Math.floor(WINDSTREAM.length * 0.6)));
    expect(nearestVariant(regional, [short, a])).toBe(1);
  }, 60_000);
});

describe('a copy cut off partway', () => {
  // A capture or an extraction that stopped early: the same text up to a point, nothing after it.
  const cutAt = (share: number): string => {
    const cut = WINDSTREAM.lastIndexOf('\n\n', Math.floor(WINDSTREAM.length * share));
    return WINDSTREAM.slice(0, cut);
  };

  it('reports nothing, and going back to the whole page reports nothing when it is kept', async () => {
    const whole = await snapshotOf(WINDSTREAM);
    const cut = await snapshotOf(cutAt(0.6));
    expect(isCutOff(whole.clauses, cut.clauses)).toBe(true);
    expect(diffVersions(whole, cut)).toEqual([]);
    expect(diffVersions(cut, whole, { earlier: [whole] })).toEqual([]);
  }, 60_000);

  it('is not a revision that removes a passage and keeps what follows it, nor one that also edits the text', async () => {
    const whole = await snapshotOf(WINDSTREAM);
    const paragraphs = WINDSTREAM.split('\n\n');
    const middle = Math.floor(paragraphs.length / 2);
    const withoutMiddle = [...paragraphs.slice(0, middle - 3), ...paragraphs.slice(middle + 3)].join('\n\n');
    const removed = await snapshotOf(withoutMiddle);
    expect(isCutOff(whole.clauses, removed.clauses)).toBe(false);
    expect(diffVersions(whole, removed).length).toBeGreaterThan(0);
    const cutAndEdited = await snapshotOf(EDITED.slice(0, EDITED.lastIndexOf('\n\n', Math.floor(EDITED.length * 0.6))));
    expect(isCutOff(whole.clauses, cutAndEdited.clauses)).toBe(false);
  }, 60_000);

  it('is not the same page with a short end removed (more than 85% of it kept)', async () => {
    const whole = await snapshotOf(WINDSTREAM);
    const nearlyWhole = await snapshotOf(cutAt(0.97));
    expect(isCutOff(whole.clauses, nearlyWhole.clauses)).toBe(false);
  }, 60_000);
});

describe('the same terms with or without the site’s page frame', () => {
  // A capture with the site's header (menus, a ticker) above the terms and its footer below, and one without them.
  const HEADER = [
    'News',
    'Markets',
    'Back to menu',
    'Prices',
    '[BTC $94,035.08](https://example.com/price/btc)',
    'Sign In',
  ];
  const FOOTER = ['About Us', 'Careers', 'Contact Us', 'Acme is an award-winning media outlet.', '© 2025 Acme, Inc.'];
  const framed = (body: string): string => `${HEADER.join('\n\n')}\n\n${body}\n\n${FOOTER.join('\n\n')}\n`;

  it('reports nothing when the frame comes or goes around the same terms', async () => {
    const bare = await snapshotOf(WINDSTREAM);
    const withFrame = await snapshotOf(framed(WINDSTREAM));
    expect(isFramed(withFrame, bare)).toBe(true);
    expect(isFramed(bare, withFrame)).toBe(true);
    expect(diffVersions(withFrame, bare)).toEqual([]);
    expect(diffVersions(bare, withFrame)).toEqual([]);
  }, 60_000);

  it('is not a frame when the terms between changed, or when what comes or goes is prose', async () => {
    const bare = await snapshotOf(WINDSTREAM);
    const framedEdit = await snapshotOf(framed(EDITED));
    expect(isFramed(bare, framedEdit)).toBe(false);
    expect(diffVersions(bare, framedEdit).length).toBeGreaterThan(0);
    // A revision that adds an introduction and a closing section around the same text is a revision.
    const intro = 'We wrote this notice to explain how we use the personal information you give us when you shop.';
    const closing = 'California residents may ask us to delete the personal information we hold about them.';
    const revised = await snapshotOf(`${intro}\n\n${WINDSTREAM}\n\n${closing}\n`);
    expect(isFramed(bare, revised)).toBe(false);
    expect(diffVersions(bare, revised).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('a revision with a new date line on top and a new section at the bottom', () => {
  // The shape of a frame (short lines on both sides of the same terms), but what comes or goes says terms.
  const revision = (date: string, section: string[]): string => `${date}\n\n${WINDSTREAM}\n\n${section.join('\n\n')}\n`;
  const SALE = [
    '## Sale of Personal Information',
    'We sell the following categories of personal information to data brokers and advertising networks:',
    '* Identifiers',
    '* Browsing history',
    '* Purchase records',
    '* Approximate location',
    '* Inferences about you',
  ];
  const TRAINING = [
    '## AI',
    'We use your content to train our artificial intelligence models.',
    'Opt out: Settings',
    'Learn more',
    'Contact us',
  ];

  for (const [name, section] of [
    ['a heading, a sentence and a list', SALE],
    ['a heading, a sentence with a finding and links', TRAINING],
  ] as const)
    it(`is reported whether the section comes or goes: ${name}`, async () => {
      const bare = await snapshotOf(WINDSTREAM);
      const revised = await snapshotOf(revision('Effective January 1, 2025', section));
      expect(isFramed(bare, revised)).toBe(false);
      expect(isFramed(revised, bare)).toBe(false);
      // Going back to the bare text also brings back its older date stamp: an older text served again, not a frame.
      expect(diffVersions(bare, revised).length).toBeGreaterThan(0);
    }, 60_000);

  it('is reported when the sentence holds no finding but speaks to the reader', async () => {
    const bare = await snapshotOf(WINDSTREAM);
    const section = ['## Questions', 'If you have any questions about this notice, please write to our privacy team.'];
    const revised = await snapshotOf(
      revision('Last updated: March 2025', [...section, 'Learn more', 'Contact us', 'Help', 'Careers']),
    );
    expect(isFramed(bare, revised)).toBe(false);
    expect(isFramed(revised, bare)).toBe(false);
  }, 60_000);

  it('is a frame when each side is furniture but only one side is short lines (a third-person blurb is furniture)', async () => {
    const bare = await snapshotOf(WINDSTREAM);
    const blurb = 'Acme is an award-winning media outlet that covers the technology industry and its markets.';
    const framed = await snapshotOf(
      `News\n\nMarkets\n\nSign In\n\n${WINDSTREAM}\n\nAbout Us\n\nCareers\n\nContact Us\n\nPress\n\n${blurb}\n`,
    );
    expect(isFramed(bare, framed)).toBe(true);
    expect(isFramed(framed, bare)).toBe(true);
    // A footer of a menu strip and a row of links that ends in the copyright notice.
    const strip = 'Stay Connected Reminders Newsletter Editor Blog Studio Press Room Widgets';
    const row = 'Site Map | Help | Careers | Contact Us Copyright © 2025 Acme, Inc. All rights reserved.';
    const footed = await snapshotOf(`News\n\nMarkets\n\nSign In\n\n${WINDSTREAM}\n\n${strip}\n\n${row}\n`);
    expect(isFramed(bare, footed)).toBe(true);
  }, 60_000);

  it('is not a frame when one side is mostly prose, however much furniture the other side has', async () => {
    const bare = await snapshotOf(WINDSTREAM);
    const header = Array.from({ length: 30 }, (_, i) => `Menu ${i + 1}`).join('\n\n');
    const closing = [
      'Residents of some states have further rights.',
      'They may ask for a copy of what is held.',
      'Footer',
    ].join('\n\n');
    const revised = await snapshotOf(`${header}\n\n${WINDSTREAM}\n\n${closing}\n`);
    expect(isFramed(bare, revised)).toBe(false);
  }, 60_000);
});

describe('isFramed on long repetitive pages', () => {
  // A cookie table: thousands of identical rows. Each distinct text is keyed once, and the search for the shorter
  // version in the longer one is linear (findRun): at most 2·(n + m) key comparisons, where retrying the run at each
  // place its first row stands took 9 million for the near miss of 6,000 rows against 3,000 and an edited one.
  // Counted, not timed (the time is `npm run bench -- diff`'s ratio), so a cookie table cannot cost a diff hundreds of
  // milliseconds.
  const EDITED = 'This cookie stores an identifier that is used to count the visits to this website for a year.';
  it.each([
    [6000, 3001, undefined, 1],
    [12_000, 6001, undefined, 1],
    // The near miss: the same rows and one new or edited last row.
    [6000, 3001, EDITED, 2],
    [12_000, 6001, EDITED, 2],
    [6000, 3001, 'Cookie settings', 2],
  ])('%i identical rows against %i (last row %s): each text keyed once, linear comparisons', (n, m, last, keyed) => {
    const cost: FrameCost = { keyed: 0, compared: 0 };
    expect(isFramed(cookieRows(n), cookieRows(m, last), cost)).toBe(false);
    expect(cost.keyed).toBe(keyed);
    expect(cost.compared).toBeLessThanOrEqual(2 * (n + m));
  });
  it('rows of distinct texts: each keyed once, the run found in the middle in linear comparisons', () => {
    const outer: Framed = {
      clauses: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, text: `Row ${i + 1} of the cookie table.` })),
      findings: [],
    };
    const inner: Framed = { clauses: outer.clauses.slice(700, 2200), findings: [] };
    const cost: FrameCost = { keyed: 0, compared: 0 };
    expect(isFramed(outer, inner, cost)).toBe(false); // the rows on either side are sentences, not page furniture
    expect(cost.keyed).toBe(3000);
    expect(cost.compared).toBeLessThanOrEqual(2 * (3000 + 1500));
  });
});

describe('compared with an older variant', () => {
  // Forty clauses every version says, a clause only the first says, a footer only the second shows.
  const common: C[] = Array.from({ length: 40 }, (_, i) => ({
    section: `${i + 1}. Section`,
    text: `Clause number ${i + 1} of these terms says something of its own about topic ${i + 1}.`,
  }));
  const dropped: C = { section: '41. Old', text: 'Members of the legacy plan keep their old billing date.' };
  const kept: C = { section: '42. Devices', text: 'Requires a device compatible with Android 5, iOS 9, or higher.' };
  const footer: C[] = ['Visit our store.', 'Find a location near you.', 'Call us any time.'].map((text) => ({
    section: 'Footer',
    text,
  }));
  const fresh: C = { section: '43. Fees', text: 'A monthly fee applies if you choose to receive a paper bill.' };

  it('reports only what changed since the previous version', () => {
    const first = snapshot([...common, dropped]);
    const previous = snapshot([...common, kept, ...footer]);
    const latest = snapshot([...common, kept, fresh]);
    expect(nearestVariant(latest, [previous, first])).toBe(1);
    const changes = diffVersions(previous, latest, { earlier: [first] });
    // The clause the previous version added and this one keeps is not new; the clause that is new since the previous
    // version is, and so is the clause the variant lost, though the previous version did not say it either.
    expect(changes.map((c) => [c.type, c.after ?? c.before])).toEqual([
      ['removed', dropped.text],
      ['added', fresh.text],
    ]);
  });

  it('after a stub, reports what changed since the last full version, whatever the stub said', () => {
    const full = snapshot(common);
    const stub = snapshot([kept, { section: '', text: 'This page has moved.' }]);
    const latest = snapshot([...common, kept]);
    expect(nearestVariant(latest, [stub, full])).toBe(1);
    expect(diffVersions(stub, latest, { earlier: [full] }).map((c) => [c.type, c.after])).toEqual([
      ['added', kept.text],
    ]);
  });
});
