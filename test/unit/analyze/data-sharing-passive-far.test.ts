// Disclosures in the passive whose data is listed before the verb: the user's data heading the subject up to twelve
// words before "is/be shared with/to" a recipient, and the data given out in the passive beside data that came in
// ("information we collect from you may be made available to certain service providers", GUIDE D1, D10). Near misses:
// data not the user's, another clause's passive, recipients that are no outside party (the service, the user, no one,
// the service's own staff, places), data the service receives from a named party, the user paying through a provider.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: passives with the data far from the verb', () => {
  it.each([
    // The user's data listed before the verb, up to twelve words from "is/be", its recipient named by what it does.
    [
      'If you join an event hosted by a creator, data such as your username, email, and Acme user ID may be shared with the company that hosts the event.',
      'grant',
    ],
    ['Information about the events you attend and the groups you join is never shared with advertisers.', 'restrict'],
    // No recipient, or the service, the user or the public as the one who gets it.
    ['Information about the events you attend and the groups you join is shared with us by our partners.', '-'],
    [
      'Details of the plans, their prices, their features and their limits will be disclosed to you during sign-up.',
      '-',
    ],
    ['Information about the events you attend and the groups you join may be shared with the public.', '-'],
    // Data that came in, then given out in the passive (D10 keeps only data that stays in).
    ['Information we collect from and about you may be made available to certain service providers.', 'grant'],
    ['Data we receive from our partners may be provided to our affiliates for marketing.', 'grant'],
    ['Information we obtain from you will be sent to third parties that process payments.', 'grant'],
    // Recipients that open like the service or a place but name an outside party.
    [
      'Information about the events you attend and the groups you join is shared with the US company that hosts the event.',
      'grant',
    ],
    [
      'Information about the events you attend and the groups you join is shared with the US Department of Commerce.',
      'grant',
    ],
    [
      'Information about the events you attend and the groups you join is shared with the EU institutions that fund the project.',
      'grant',
    ],
    [
      'Information about the events you attend and the groups you join may be shared with the company hosting the event.',
      'grant',
    ],
    [
      'Information about the events you attend and the groups you join may be shared with the company you work for.',
      'grant',
    ],
    [
      'Information about the events you attend and the groups you join may be shared with the services we use to send email.',
      'grant',
    ],
    // Data that is not the user's.
    ['Details of the prize draw and the rules that apply to it will be disclosed to entrants before the draw.', '-'],
    [
      'Details of the new pricing plans for business and enterprise customers will be shared with existing customers in advance.',
      '-',
    ],
    ['Information about the vacancies we advertise and the roles we offer is shared with recruitment agencies.', '-'],
    ['Information about the event, its venue, its schedule and its speakers is shared with attendees by email.', '-'],
    // The data word heads no subject, or a verb or a new subject of its own stands before the passive.
    [
      'We use this data to improve the app and our release notes and product updates are shared with our community.',
      '-',
    ],
    [
      'Our data shows that recipes and shopping lists from our kitchen team are shared with friends most often on Sundays.',
      '-',
    ],
    [
      'We process this information about you and the playlists and songs you create and follow are shared with friends.',
      '-',
    ],
    ['Information about you helps to ensure that the lists you make are shared with friends.', '-'],
    // No one, the service itself, its own staff, places.
    ['Information about the events you attend and the groups you join is shared with no one.', '-'],
    ['Information about the events you attend and the groups you join is shared with nobody.', '-'],
    ['Information about the events you attend and the groups you join is shared with no one outside our team.', '-'],
    ['Information about the events you attend and the groups you join may be shared with the company.', '-'],
    ['Information about the events you attend and the groups you join is shared with our own staff.', '-'],
    ['Information about the events you attend and the groups you join is shared with our employees.', '-'],
    ['Information about the events you attend and the groups you join is shared with other territories.', '-'],
    ['Information about the events you attend and the groups you join may be shared with other countries.', '-'],
    ['Information about the events you attend and the groups you join may be shared with servers in Canada.', '-'],
    ['Details of the events you attend and the groups you join are shared with the United States and Canada.', '-'],
    ['Information about the events you attend and the groups you join is shared with the US.', '-'],
    // Data coming in, and a passive whose subject is another clause's, not the data.
    ['We receive data from Examplepay when you pay.', '-'],
    ['We may obtain information from Examplepay, and our services are provided to our customers worldwide.', '-'],
    ['We collect data from third parties, and it is provided to us under their own terms.', '-'],
    ['We obtain information from merchants when payment services are provided to those merchants.', '-'],
    ['We receive data from publishers and ad services are provided to those publishers.', '-'],
    ['We receive data from publishers whose ad services are provided to those publishers.', '-'],
    // Not sharing at all: the user's payment, storage in a country, the team, values.
    ['You pay through Examplepay, a payment provider of your choice.', '-'],
    ['Your data is stored in the United States.', '-'],
    ['Our support team, our engineers and our product managers work together in one office.', '-'],
    ['We share our values with our partners.', '-'],
    // The first "is" after the data decides: another verb there reads nothing further.
    [
      'Information about how your data is used, stored and protected, and when it may be shared, is set out in this notice.',
      '-',
    ],
  ])('%s → %s', (text, stance) => {
    expect(sharing(text)).toBe(stance);
  });
});
