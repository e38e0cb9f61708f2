// Tracking data kept apart from other data as a unit's main statement is a limit (GUIDE G4: the main clause is the
// safeguard): "The IP address transmitted by your browser in the context of Acme Analytics is not merged with other
// Acme data" = restrict. And a Do Not Track signal pointed back at ("… we don't respond to those signals") is read as
// the signal named (T4). Rewrites of development units the readings were not written from, and near-misses.
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { trackingDataKeptApart } from '../../../src/core/analyze/tracking-choice';

/** One unit as the evaluation reads it: a clause of its own under a section. */
const unitStances = (text: string): string =>
  [
    ...new Set(
      matchClause(text, new Set(['tracking']), {
        section: 'Analytics',
        sectionPath: ['Privacy Policy', 'Analytics'],
      }).map((h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`),
    ),
  ]
    .sort()
    .join('; ') || 'none';

describe('tracking data kept apart from other data', () => {
  it.each([
    'The IP address your browser sends as part of Acme Analytics will not be combined with other Acme data.',
    'Data collected by our analytics cookies is never linked with any other information we hold about you.',
    'The IP address transmitted by your browser in the context of Acme Analytics is not merged with other Acme data.',
  ])('is a limit: %s', (text) => {
    expect(unitStances(text)).toBe('restrict');
  });

  it.each([
    // A use stated beside it, a further act, an aside in a relative clause, or a merger allowed: the grant stays (G4).
    'We use analytics cookies, and the IP address transmitted by your browser is not merged with other Acme data.',
    'The IP address transmitted by your browser in the context of Acme Analytics may be merged with other Acme data.',
    'Our analytics cookies collect your IP address, which is not merged with other data.',
    'Information collected by cookies cannot be linked to you.',
  ])('keeps the grant: %s', (text) => {
    // The unit's widest stance (G4); the merger's own denial may stand beside it as a restrict finding.
    expect(unitStances(text)).toMatch(/^grant\b/);
  });

  it.each([
    ['this information is not connected to personal information and is used for tracking visitor activity.', false],
    ['the data is not merged with other data.', true],
    ['your ip address, which is not merged with other data.', false],
  ])('trackingDataKeptApart(%s) = %s', (text, expected) => {
    expect(trackingDataKeptApart(text)).toBe(expected);
  });
});

describe('a Do Not Track signal pointed back at', () => {
  it.each([
    'As there is no common understanding about what a "Do Not Track" signal is supposed to mean, we don’t respond to those signals in any particular way.',
    'Since no standard for Do Not Track signals exists, Acme does not currently respond to such signals.',
  ])('ignored, a grant: %s', (text) => {
    expect(unitStances(text)).toBe('grant');
  });

  it.each([
    [
      'Some browsers send Do Not Track signals; we respond to these signals by disabling advertising cookies.',
      'conditional opt_out',
    ],
    ['We respond to these requests within 45 days.', 'none'],
  ])('%s', (text, stance) => {
    expect(unitStances(text)).toBe(stance);
  });
});
