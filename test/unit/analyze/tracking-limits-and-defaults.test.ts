// Three readings of what a tracking unit states by itself. Tracking data kept apart from other data as the unit's
// main statement is a limit (GUIDE G4: the main clause is the safeguard): "The IP address transmitted by your browser
// in the context of Acme Analytics is not merged with other Acme data" = restrict. A Do Not Track signal pointed back
// at ("… we don't respond to those signals") is read as the signal named (T4). Trackers off until the reader turns
// them on are an opt-in (G7, T5). Rewrites of development units the readings were not written from, and near-misses.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/analyze';
import { matchClause } from '../../../src/core/analyze/engine';
import { trackersOffByDefault, trackingDataKeptApart } from '../../../src/core/analyze/tracking-choice';

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

// Trackers off until the reader turns them on (G7, T5): an opt-in, said of the trackers themselves.
const trackingStances = (text: string): string =>
  [
    ...new Set(
      analyzeText(text)
        .findings.filter((f) => f.category === 'tracking')
        .map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`),
    ),
  ].join('; ') || 'none';

describe('trackers off by default', () => {
  it.each([
    'Analytics cookies are disabled by default; you can switch them on in our cookie settings.',
    'Our advertising cookies remain off by default and are only set if you turn them on.',
  ])('are an opt-in: %s', (text) => {
    expect(trackingStances(text)).toBe('conditional opt_in');
  });

  it.each([
    // Another kind in use (G4), or the default said of a feature, not of the trackers.
    ['We use advertising cookies; analytics cookies are disabled by default.', 'grant'],
    ['We use cookies to remember your preferences; this feature is disabled by default.', 'grant'],
  ])('%s', (text, stance) => {
    expect(trackingStances(text)).toBe(stance);
  });

  it.each([
    ['this type of cookie is automatically disabled and can be configured.', true],
    ['advertising cookies are enabled by default.', false],
    ['this feature is disabled by default.', false],
  ])('trackersOffByDefault(%s) = %s', (text, expected) => {
    expect(trackersOffByDefault(text)).toBe(expected);
  });
});
