// Three readings of what a tracking unit states by itself. Tracking data kept apart from other data as the unit's
// main statement is a limit (GUIDE G4: the main clause is the safeguard): "The IP address transmitted by your browser
// in the context of Acme Analytics is not merged with other Acme data" = restrict. A Do Not Track signal pointed back
// at ("… we don't respond to those signals") is read as the signal named (T4). Trackers off until the reader turns
// them on are an opt-in (G7, T5). Rewrites of development units the readings were not written from, and near-misses.
import { describe, expect, it } from 'vitest';
import { trackingStance, unitTrackingStances } from './tracking-stance';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import { trackersOffByDefault, trackingDataKeptApart } from '../../../src/core/analyze/tracking-choice';

/** One unit as the evaluation reads it: a clause of its own under a section. */
const unitStances = (text: string): string =>
  unitTrackingStances(text, {
    section: 'Analytics',
    sectionPath: ['Privacy Policy', 'Analytics'],
    firstParty: firstPartyNames(['Acme']),
  });

describe('tracking data kept apart from other data', () => {
  it.each([
    'Data collected by our analytics cookies is never linked with any other information we hold about you.',
    "Information from our analytics cookies won't be merged with other data.",
  ])('is a limit: %s', (text) => {
    expect(unitStances(text)).toBe('restrict');
  });

  it.each([
    // A use stated beside it, a further act, an aside in a relative clause, or a merger allowed: the grant stays (G4).
    'We use analytics cookies, and the IP address transmitted by your browser is not merged with other Acme data.',
    'The IP address transmitted by your browser in the context of Acme Analytics may be merged with other Acme data.',
    'Our analytics cookies collect your IP address, which is not merged with other data.',
    'Information collected by cookies cannot be linked to you.',
    // A later clause with the wider right, a word that undoes the denial, or a case that lifts it.
    'Data collected by our analytics cookies is not merged with other data; it is shared with our advertising partners.',
    'Data collected by our analytics cookies is not combined with other data, but Acme may use it to improve its advertising services.',
    'Data collected by our analytics cookies is not linked to other data; Acme uses it to build profiles for advertising.',
    'Cookie data is not combined with other personal data; however, it is used to deliver targeted advertising.',
    'Data collected by our analytics cookies is not only combined with other data we hold but also shared with partners.',
    'Data collected by our analytics cookies is not necessarily combined with other data we hold.',
    'Data collected by our analytics cookies is not linked with other data until you log in.',
  ])('keeps the grant: %s', (text) => {
    // The unit's widest stance (G4); the merger's own denial may stand beside it as a restrict finding.
    expect(unitStances(text)).toMatch(/^grant\b/);
  });

  it.each([
    ['this information is not connected to personal information and is used for tracking visitor activity.', false],
    ['the data is not merged with other data.', true],
    ['your ip address, which is not merged with other data.', false],
    ["your ip address isn't merged with other data held by acme.", true],
    ['the data is not merged with other data. it is then shared with our advertising partners.', false],
    ['the data is not necessarily combined with other data we hold.', false],
    ['the data will not be connected to other data without your consent.', false],
    ['the data is not linked with other data until you log in.', false],
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
    ['For Do Not Track and other privacy requests, we respond to these requests within 45 days.', 'none'],
    // The signal pointed back at by someone other than the service: an explanation (G8).
    ['Do Not Track is a browser setting; when you send such a signal, websites may respect that signal.', 'none'],
    ['Some browsers offer a Do Not Track setting; some websites honor those signals and others do not.', 'none'],
  ])('%s', (text, stance) => {
    expect(unitStances(text)).toBe(stance);
  });
});

// Trackers off until the reader turns them on (G7, T5): an opt-in, said of the trackers themselves.

describe('trackers off by default', () => {
  it.each([
    'Analytics cookies are disabled by default; you can switch them on in our cookie settings.',
    'Our advertising cookies remain off by default and are only set if you turn them on.',
  ])('are an opt-in: %s', (text) => {
    expect(trackingStance(text)).toBe('conditional opt_in');
  });

  it.each([
    // Another kind in use (G4), or the default said of a feature, not of the trackers.
    ['We use cookies to remember your preferences; this feature is disabled by default.', 'grant'],
    // A state after an event, a denied subject, some browsers' default.
    ['Our analytics cookies are automatically deactivated when you leave the website.', 'grant'],
    ['Advertising cookies are automatically disabled after 30 days.', 'grant'],
    ['No advertising cookies are disabled by default, but you can reject them at any time.', 'conditional opt_out'],
    ['Analytics cookies are disabled by default in some browsers, such as Safari.', 'grant'],
  ])('%s', (text, stance) => {
    expect(trackingStance(text)).toBe(stance);
  });

  it.each([
    // Another kind in use or always on (G4): every finding of the unit stays a grant.
    'We use advertising cookies; analytics cookies are disabled by default.',
    'Analytics cookies are disabled by default, but our partners set advertising cookies on every visit.',
    'Analytics cookies remain disabled by default, but advertising cookies are always on.',
  ])('another kind in use keeps the grant: %s', (text) => {
    expect(unitStances(text)).toBe('grant');
  });

  it.each([
    ['this type of cookie is automatically disabled and can be configured.', true],
    ['advertising cookies are enabled by default.', false],
    ['this feature is disabled by default.', false],
  ])('trackersOffByDefault(%s) = %s', (text, expected) => {
    expect(trackersOffByDefault(text)).toBe(expected);
  });
});
