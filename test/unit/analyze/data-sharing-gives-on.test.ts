// The service giving on what it collected (GUIDE data_sharing; D10 is data coming in only when the service receives):
// the "from" of a relative clause on the object ("information we collect from you") does not make the clause data
// coming in, and the user as the subject of a clause inside the object of "make … available" ("the data we collect
// when you use our apps") does not make the act the user's. Near misses: data that does come in, a giving verb that is
// not the service's or names no recipient, the user making things available, the service's own things. Also: the user's
// data listed in up to twelve words before "available to", and the user's data provided, transferred or sent to a party
// named by its proper name.
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
    // The user's data provided, transferred or sent to a party named by its proper name; not to the reader, a part of
    // the text or a place, nor the user's own act.
    ['We may transfer your usage data to Anthropic.', 'grant'],
    ['Google transfers European Controller Personal Data to Customer; and', 'grant'],
    [
      'Our transfer or disclosure of Restricted Scope Data will adhere to the Google API Services User Data Policy.',
      '-',
    ],
    ['Information you provide to the Site’s Interactive Areas, such as fillable forms.', '-'],
    ['We send your email address to Mailchimp to deliver our newsletter.', 'grant'],
    ['We do not provide your personal data to OpenAI.', 'restrict'],
    ['We will not send your personal data to Nielsen without your consent.', 'conditional:opt_in'],
    ['We transfer your personal data to the United States.', '-'],
    ['You may provide your personal data to Us.', '-'],
    ['We may send you information to Your email address.', '-'],
    ['If you provide your personal data to Google, its policy applies.', '-'],
    ['Please send your information to our support team.', '-'],
  ])('%s → %s', (text, stance) => {
    expect(sharing(text, { model: 'off' })).toBe(stance);
  });
});
