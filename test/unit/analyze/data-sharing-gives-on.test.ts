// The service giving on what it collected (GUIDE data_sharing; D10 is data coming in only when the service receives):
// the "from" of a relative clause on the object ("information we collect from you") does not make the clause data
// coming in, and the user as the subject of a clause inside the object of "make … available" ("the data we collect
// when you use our apps") does not make the act the user's. Near misses: data that does come in, a giving verb that is
// not the service's, names no recipient or gives services, the user making things available, the service's own things.
// Also: the user's data listed in up to twelve words before "available to", not inside a relative clause on the object.
import { describe, expect, it } from 'vitest';
import { sharingStance as sharing } from './sharing-stance';

describe('data_sharing: the service gives on what it collected', () => {
  it.each([
    ['We may make the data we collect when you use our apps available to third parties.', 'grant'],
    ['We may make the data we collect when you visit our site available to third parties.', 'grant'],
    ['We may make the data we collect from our apps available to third parties.', 'grant'],
    ['We may provide information we collect from you to third parties.', 'grant'],
    ['We may provide information we collect from or about you to third parties as described below.', 'grant'],
    ['We do not make the data we collect when you use our apps available to third parties.', 'restrict'],
    ['We will not provide information we collect from you to third parties.', 'restrict'],
    [
      'We will not make the information we collect when you use our apps available to advertisers without your consent.',
      'conditional:opt_in',
    ],
    ['We may provide information we collect from you to third parties if you consent.', 'conditional:opt_in'],
    // Data coming in, or a giving verb that is not the service's own act on it.
    ['We collect information from partners who provide services to our customers.', '-'],
    ['We may obtain information from third parties to provide the services to you.', '-'],
    ['We receive data from advertising partners that make their offers available to users.', '-'],
    ['We may collect information from you and send you offers from our partners.', '-'],
    // The user makes things available; the service's own things.
    ['You may make the content you create when you use our apps available to third parties.', '-'],
    ['We make the features you use available to partners.', '-'],
    ['We may make the tools you use when you build your site available to our partners.', '-'],
    // The user's data listed past nine words before "available to"; the service's own things listed as long.
    [
      'We do not make information like your browsing history, search queries, or saved passwords available to marketing technology partners.',
      'restrict',
    ],
    [
      'We make our apps, games, tools, templates, fonts, icons and other marketing materials available to our partners.',
      '-',
    ],
    // Data came in elsewhere in the unit and the service gives services, not data (D10): the veto stays.
    ['We may receive data from publishers and we provide ad services to publishers.', '-'],
    ['We obtain information from merchants when we provide payment services to those merchants.', '-'],
    ['We may receive information about you from our partners; we provide the Services to businesses.', '-'],
    ['We receive information from our customers, and we provide our platform to businesses of all sizes.', '-'],
    ['We receive information from our partners, who we provide with analytics tools to help partners.', '-'],
    ['We receive information from our partners and we provide information about our products to advertisers.', '-'],
    // ... and gives data on: the data word or "it" right after its verb.
    ['We receive data from partners, and we may provide it to advertisers.', 'grant'],
    ['We obtain information from partners and we may provide that information to advertisers.', 'grant'],
    ['We may provide the information we receive from partners to advertisers.', 'grant'],
    // The user's clause inside the object of "make … available" is not the act.
    ['We may make the data you provide to us available to third parties.', 'grant'],
    ['We make copies of the data you store when you use our service available to our backup providers.', 'grant'],
    ['We may make the information that you provide to us available to our partners.', 'grant'],
    ['We make the services you use available to partners.', '-'],
    // A long object: the user's data inside a relative clause describes the service's thing.
    ['We make our API, which lets you export your data, available to developers.', '-'],
    ['We make our app, which helps you manage your personal data, available to partners.', '-'],
    ['We make our tools, which you can use to share your data, available to partners.', '-'],
    [
      'We make every commercially reasonable effort to ensure that your personal data is not available to third parties.',
      '-',
    ],
    ['We may make all of that information, including your name and email address, available to our partners.', 'grant'],
    ['We may make your name, email address, and the data you provide to us available to our partners.', 'grant'],
  ])('%s → %s', (text, stance) => {
    expect(sharing(text, { model: 'off' })).toBe(stance);
  });
});
