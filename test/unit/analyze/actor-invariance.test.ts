// Who acts must not change when the meaning does not: each group is one statement written several ways (the reader as
// "you", "users", "the Customer", "Licensee", "Subscriber", "the User" or "Members"; the duty as "may not", "agrees not
// to", "Do not …" or "It is prohibited to …"), and every way must give the group's verdict. A duty, a responsibility or
// an act of the reader takes no right for the service; a right the reader hands over stays a grant. Examples written
// for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
/** Every finding of the clause that is no mention, as "category:stance", sorted; "none" when there is none. */
const verdict = (text: string): string => {
  const c: Clause = clauseOf(text, { id: `c${n++}` });
  const found = analyzeClauses([c], { firstParty: ['acme'] })
    .findings.filter((f) => !f.role)
    .map((f) => `${f.category}:${f.stance}`)
    .sort();
  return found.join(' ') || 'none';
};

const GROUPS: { verdict: string; texts: string[] }[] = [
  {
    verdict: 'none',
    texts: [
      'You agree not to share any confidential information with third parties.',
      'The Customer agrees not to share any confidential information with third parties.',
      'Licensee shall not share any confidential information with third parties.',
      'Subscribers must not share any confidential information with third parties.',
      'The User will not share any confidential information with third parties.',
      'Members may not share any confidential information with third parties.',
      'Do not share any confidential information with third parties.',
      'It is prohibited to share any confidential information with third parties.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You are solely responsible for any damage that results from sharing your account details with anyone else.',
      'You shall be solely responsible for any damage that results from sharing your account details with anyone else.',
      'The Customer is solely responsible for any damage that results from sharing its account details with anyone else.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Any information you share in public areas becomes public and anyone may take and use that information.',
      'Any information users share in public areas becomes public and anyone may take and use that information.',
      'Any information the Customer shares in public areas becomes public and anyone may take and use that information.',
      'Any information you disclose in public areas becomes public and anyone may take and use that information.',
      'Any information the Customer reveals in public areas becomes public and anyone may take and use that information.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You shall not use site content (a) in training datasets; (b) in the development of generative AI models.',
      'The Customer shall not use site content (a) in training datasets; (b) in the development of generative AI models.',
      'Do not use site content (a) in training datasets; (b) in the development of generative AI models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You may not access or analyze user data if the data will be sold to a third party.',
      'Do not access or analyze user data if the data will be sold to a third party.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You are able to choose to disclose data about yourself to other members.',
      'The Customer is able to choose to disclose data about itself to other members.',
    ],
  },
  // The reader's duty in the other shapes a contract gives it, and the reader as "account holders" (one word or two).
  {
    verdict: 'none',
    texts: [
      'Subscribers must not disclose any personal information of other users to third parties.',
      'The Customer shall not disclose any personal information of other users to third parties.',
      'You are prohibited from disclosing any personal information of other users to third parties.',
      'Users may not disclose any personal information of other users to third parties.',
      'Account holders must not disclose any personal information of other users to third parties.',
      'Account-holders must not disclose any personal information of other users to third parties.',
      'The account holder shall not disclose any personal information of other users to third parties.',
    ],
  },
  // The same duties in shapes only the duty's reading (userDuties) makes the reader's: a list after the duty, a
  // condition naming the data's sale, a second verb of permitting.
  {
    verdict: 'none',
    texts: [
      'Subscribers must not use site content (a) in training datasets; (b) in the development of generative AI models.',
      'Account holders must not use site content (a) in training datasets; (b) in the development of generative AI models.',
      'Account-holders shall not use site content (a) in training datasets; (b) in the development of generative AI models.',
      'Users may not use site content (a) in training datasets; (b) in the development of generative AI models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Subscribers may not access or analyze user data if the data will be sold to a third party.',
      'Account holders may not access or analyze user data if the data will be sold to a third party.',
      'The Customer shall not access or analyze user data if the data will be sold to a third party.',
      'Users may not access or analyze user data if the data will be sold to a third party.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Subscribers must not disclose or permit disclosure of any Confidential Information to third parties.',
      'Account holders must not disclose or permit disclosure of any Confidential Information to third parties.',
      'Users may not disclose or permit disclosure of any Confidential Information to third parties.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'It is your responsibility to share your content only with people you trust.',
      "It is the Customer's responsibility to share its content only with people it trusts.",
    ],
  },
  // The service's own act with the reader's word as its object or owner stays the service's grant.
  {
    verdict: 'data_sharing:grant',
    texts: [
      'We may share your data with users.',
      "Users' data may be disclosed to our partners.",
      'We may share your information with other account holders.',
    ],
  },
  { verdict: 'ai_training:grant', texts: ['We may use content users post to train our models.'] },
  // What the reader lets out in the open stays the service's grant where the service or its side takes it.
  {
    verdict: 'data_sharing:grant',
    texts: [
      'Information you disclose to us may be shared with our partners.',
      'If you disclose personal data in public areas, we may share it with advertisers.',
      'Any information you disclose in public areas becomes public and our partners may use that information.',
    ],
  },
  // "Disclose" with the open said apart from the act is no publishing: the data may go to the service's side first.
  {
    verdict: 'data_sharing:grant',
    texts: [
      'Information you disclose to our moderators is visible to anyone.',
      'Information you disclose to our support staff becomes public and is visible to anyone.',
      'Information you disclose when creating an account, including your name and photo, is visible to anyone.',
    ],
  },
  // The reader letting data out in public, as an ongoing act ("are revealing"), as in the simple present.
  {
    verdict: 'none',
    texts: [
      'If you reveal personal information publicly, it may be collected by third parties.',
      'If you are revealing personal information publicly, it may be collected by third parties.',
      'If users are revealing personal information publicly, it may be collected by third parties.',
      'If you disclose your email on message boards, it may be collected by third parties.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'If you are revealing personal information to us, we may share it with third parties.',
      'If you are revealing personal information publicly, we may share it with advertisers.',
    ],
  },
  // A right the reader hands over, whichever word names the reader.
  {
    verdict: 'content_licence:grant',
    texts: [
      // The reader's grant beside a warranty or a licence to the reader, the role in two words as in one (G4).
      'If account holders have a valid licence to the music, account holders grant Acme a worldwide licence to use it.',
      'If users have a valid licence to the music, users grant Acme a worldwide licence to use it.',
      'If you have a valid licence to the music, you grant Acme a worldwide licence to use it.',
      'Account holders represent and warrant that they have all rights necessary to grant the licence, and account holders hereby grant Acme a worldwide licence to their content.',
      'We grant account holders a licence to use the app, and account holders grant us a worldwide licence to use their content.',
      'We grant users a licence to use the app, and users grant us a worldwide licence to use their content.',
      'Account holders grant the user a worldwide licence to display their content.',
      'You grant Acme a worldwide licence to use the content you upload.',
      'The Customer grants Acme a worldwide licence to use the content it uploads.',
      'Licensee grants Acme a worldwide licence to use the content it uploads.',
    ],
  },
  // Near-misses: a warranty or a licence to the reader alone stays none, the role in two words as in one.
  {
    verdict: 'none',
    texts: [
      'If account holders have a valid licence to the music, they may upload it.',
      'Account holders have a valid licence to the music they upload.',
      'Acme grants account holders a worldwide licence to use the app.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'You agree that we may share your information with our partners.',
      'Users agree that we may share their information with our partners.',
      'The Customer agrees that we may share its information with our partners.',
    ],
  },
  {
    verdict: 'content_licence:grant',
    texts: [
      'You irrevocably grant Acme a worldwide, royalty-free licence to use the photos you upload.',
      'Users irrevocably grant Acme a worldwide, royalty-free licence to use the photos they upload.',
      'Members irrevocably grant Acme a worldwide, royalty-free licence to use the photos they upload.',
      'The Client irrevocably grants Acme a worldwide, royalty-free licence to use the photos it uploads.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'By using the Services, you consent to the collection, use and disclosure of your information as described in this policy.',
      'By using the Services, users consent to the collection, use and disclosure of their information as described in this policy.',
      'By using the Services, the Customer consents to the collection, use and disclosure of its information as described in this policy.',
    ],
  },
  {
    verdict: 'data_sharing:conditional',
    texts: [
      'If you enable a Third-Party Platform, Acme will share your data with it.',
      'If the Subscriber enables a Third-Party Platform, Acme will share the Subscriber data with it.',
      'If Licensee enables a Third-Party Platform, Acme will share the Licensee data with it.',
    ],
  },
  // A precondition on the reader's rights, a licence to the reader, a licence of a third party, or someone else's
  // consent: no grant, whichever word names the reader.
  {
    verdict: 'none',
    texts: [
      'Covers are out, unless you have a written licence from the owner of the song to upload the cover and grant us the rights below.',
      'Covers are out, unless the Customer has a written licence from the owner of the song to upload the cover and grant us the rights below.',
      'Covers are out, unless users have a written licence from the owner of the song to upload the cover and grant us the rights below.',
      'Covers are out, unless account holders have a written licence from the owner of the song to upload the cover and grant us the rights below.',
      'Covers are out, unless account-holders have a written licence from the owner of the song to upload the cover and grant us the rights below.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Acme grants you a limited licence to use the app.',
      'The licensor grants Acme a licence to the fonts it uses in the app.',
      'Customers must ensure their users consent to the collection, use and disclosure of their data.',
    ],
  },
  // The reader as the object of the service's act.
  {
    verdict: 'tracking:grant',
    texts: [
      'We collect personal information from you automatically by using cookies.',
      'We collect personal information from the Customer automatically by using cookies.',
      'We collect personal information from the user automatically by using cookies.',
    ],
  },
  // A ban on selling the reader's own data is the service's promise, however it is worded.
  {
    verdict: 'data_sale:restrict',
    texts: [
      'It is prohibited to sell your personal data.',
      'It is not permitted to sell your personal data.',
      'It is strictly forbidden to sell your personal data.',
    ],
  },
];

// A role word that is no subject of the action: a modifier of a noun ("Customer support"), the object of the service's
// verb ("invoice the Customer"), a recipient the service binds ("Our clients shall not sell"), or a word inside another
// phrase ("data about members"). And a clause of the service's own after a prohibition or an advice to the reader.
GROUPS.push(
  {
    verdict: 'data_sharing:grant',
    texts: [
      'Customer support may share your ticket with our engineering vendors.',
      'Customer service representatives may disclose your account details to couriers.',
      'We will invoice the Customer and may share billing data with our payment processor.',
      'Acme will assist the Customer and may disclose Customer Data to authorities.',
      'We onboard the Customer and then share its contact details with our reseller.',
      'Customer places orders through the portal and Supplier discloses the order details to carriers.',
      'Do not use the Service if you do not accept that Acme may share your data with advertisers.',
      'Do not use the Service if you do not accept that the Company may share your data with advertisers.',
      'It is prohibited to use the Service for unlawful purposes, and Acme may disclose information about such use to law enforcement.',
      'Think carefully before posting, because data about members may be disclosed to advertisers.',
      'Think carefully before posting, because data about you may be disclosed to advertisers.',
    ],
  },
  {
    verdict: 'ai_training:grant',
    texts: [
      'Customer feedback trains our AI models.',
      'Customer usage patterns improve our machine learning models over time.',
    ],
  },
  {
    verdict: 'data_sale:grant data_sharing:grant',
    texts: ['Use caution when posting, as content about customers may be sold to data brokers.'],
  },
  { verdict: 'data_sale:restrict', texts: ['Acme trusts the Customer and will not sell its data.'] },
  // A limit the service puts on those it gives data to (GUIDE S5).
  { verdict: 'data_sale:restrict', texts: ['Our clients shall not sell the personal information we provide to them.'] },
  {
    verdict: 'data_sale:restrict data_sharing:restrict',
    texts: [
      'Our clients are not allowed to use your personal data for their own purposes or to share it with other parties.',
    ],
  },
  // The reader's customers' data kept from others is the service's own limit (S5), as "your data" is.
  {
    verdict: 'data_sharing:restrict',
    texts: ['It is prohibited to disclose customer data to third parties except as required by law.'],
  },
  // The service's content as the object leaves the prohibition on the reader.
  {
    verdict: 'none',
    texts: [
      'You may not use our content to train AI models.',
      'Do not use our content to train AI models.',
      'It is prohibited to use our content to train AI models.',
    ],
  },
  // The reader's warranty, whichever word names it: "it" after the role's "that" is the role.
  {
    verdict: 'none',
    texts: [
      'You represent and warrant that you have the right to disclose the Personal Data to third parties you authorise.',
      'Customer represents and warrants that it has the right to disclose the Personal Data to third parties it authorises.',
      'The Customer represents that it has obtained all consents required to share End User data with its own advertisers.',
      'You represent that you have obtained all consents required to share End User data with your own advertisers.',
    ],
  },
);

// The opening "Do not" ends at the service's own clause, in the stance as in who acts (GUIDE A1). "that it" is the
// role's only when the role governs that "that" clause. After a lead-in with no comma, the role with a modal is the
// subject. Data obtained through the service's interface is the reader's duty to keep, not the service's promise.
GROUPS.push(
  {
    verdict: 'ai_training:grant',
    texts: [
      'Do not submit personal data to the chatbot, because prompts may be reviewed and used to train our models.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'Do not share confidential information in your conversations, since conversations may be shared with our AI providers.',
      'Do not post private information, because content you post may be shared with third parties.',
      'Customer agrees that the platform collects usage data and that it may share such data with advertising partners.',
      'Customer acknowledges that Acme is a processor and that it may disclose Customer Data to subprocessors.',
    ],
  },
  {
    verdict: 'data_sale:grant data_sharing:grant',
    texts: [
      'The User understands that the Service is provided free of charge and that it may sell aggregated data to partners.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'For the avoidance of doubt the Licensee may disclose the Data to its affiliates.',
      'Notwithstanding the foregoing the Customer may share Customer Data with its service providers.',
      'It is prohibited to sell or share customer data obtained through the API.',
      'Do not sell or share personal data that you may obtain from users.',
    ],
  },
);

// The reader named by role chooses as "you" does: choosing a third party's service is an opt-in (D4), choosing to buy is
// only the occasion of the service's grant (G7). The service advising the reader to take care leaves the disclosure
// the reader's, by any name; a clause of the service's own after the advice stays the service's. A licence the
// service grants the reader is no licence over the reader's content, whether the rules or the model read it.
GROUPS.push(
  {
    verdict: 'data_sharing:conditional',
    texts: [
      'If you choose to use a Third-Party Service, the Third-Party Services may use and share your information.',
      'If the Customer chooses to use a Third-Party Service, the Third-Party Services may use and share its information.',
      'If users choose to use a Third-Party Service, the Third-Party Services may use and share their information.',
      'If Licensee elects to use a Third-Party Service, the Third-Party Services may use and share its information.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'If you choose to purchase a subscription, Acme may share your information with payment processors.',
      'If the Customer chooses to purchase a subscription, Acme may share its information with payment processors.',
      'We encourage the Customer to read this policy, and we may disclose its information to advertisers.',
      'We remind the Customer that Acme may share its data with advertisers.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'We encourage you to use caution in disclosing any personal information online.',
      'We encourage the Customer to use caution in disclosing any personal information online.',
      'We strongly encourage Licensee to use caution in disclosing any personal information online.',
      'We urge users to use caution in disclosing details about themselves to third parties online.',
      'We encourage the Customer to review their privacy policies before disclosing any personal information to them.',
      'We grant you a worldwide, royalty-free license to use, reproduce and display the materials.',
    ],
  },
  {
    verdict: 'content_licence:grant',
    texts: [
      'You grant us a worldwide, royalty-free license to use, reproduce and display your content.',
      'The Customer grants Acme a worldwide, royalty-free license to use, reproduce and display its content.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Acme grants the Customer a worldwide, royalty-free license to use, reproduce and display the materials.',
      'Acme hereby grants to Licensee a worldwide, royalty-free license to use, reproduce and display the materials.',
    ],
  },
);

// The forbidden act as a gerund opening the sentence is the reader's duty, as "It is prohibited to …" and "You may
// not …" are; an act the service names with its own subject, or one it allows with an exception, is not.
GROUPS.push(
  {
    verdict: 'none',
    texts: [
      'You may not share, sell or license this contact information for marketing purposes.',
      'It is prohibited to share, sell or license this contact information for marketing purposes.',
      'Sharing, selling or licensing this contact information for marketing purposes is strictly prohibited.',
      'You may not scrape content from the Site to train artificial intelligence models.',
      'Scraping content from the Site to train artificial intelligence models is prohibited.',
      'You may not sell or share your account.',
      'Selling or sharing your account is prohibited.',
      'Selling, sharing or transferring your account is prohibited.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: ['Sharing your data with advertisers helps us fund the service, and we may share it with our partners.'],
  },
);

// The reader's grant stays a grant beside a licence to the reader; a trade named in "-ing" before its noun is no
// gerund subject; accepting the terms is no opt-in, for "you" and the roles alike; a reminder before the service
// discloses is no advice to the reader; the service's own act forbidden in a gerund or an impersonal is a restrict.
GROUPS.push(
  {
    verdict: 'content_licence:grant',
    texts: [
      'In consideration of the rights granted to you under these Terms, you grant Acme a perpetual licence to use any Feedback.',
      'In consideration of the rights granted to the Customer under this Agreement, the Customer grants Acme a perpetual licence to use any Feedback.',
      'In consideration of the rights granted to Licensee under this Agreement, Licensee grants Acme a perpetual licence to use any Feedback.',
      'We grant you a licence to use the Services, and you grant us a worldwide licence to use your content.',
      'Acme grants the Customer a licence to use the Services, and the Customer grants Acme a worldwide licence to use its content.',
    ],
  },
  {
    verdict: 'data_sharing:restrict tracking:grant',
    texts: [
      'Analytics providers receive device identifiers from our apps and are not allowed to use them for any other purpose.',
      'Advertising networks receive device identifiers from our apps and are not allowed to use them for any other purpose.',
      'Advertising partners receive device identifiers from our apps and are not allowed to use them for any other purpose.',
    ],
  },
  {
    verdict: 'ai_training:grant',
    texts: [
      'If you agree to these Terms, Acme may use your data to improve its models.',
      'If the Customer agrees to these Terms, Acme may use Customer Data to improve its models.',
      'If Licensee agrees to this Agreement, Acme may use Customer Data to improve its models.',
      'Acme may use Customer Data to improve its models.',
    ],
  },
  {
    verdict: 'data_sharing:grant',
    texts: [
      'If you agree to the Terms, we may share your data with our partners.',
      'If the User agrees to the Terms, we may share its data with our partners.',
      'We will remind you before disclosing your data to law enforcement.',
      'We will remind the Customer before disclosing Customer Data to law enforcement.',
      // A negated ask negates the asking: sharing without consent.
      'We do not need to ask you for consent before sharing your personal information with our service providers.',
      'We do not need to ask for your consent before sharing your personal information with our service providers.',
      "We don't ask for your consent before sharing your personal information with our service providers.",
      // The consent is for the collection, not for the sharing in the next clause.
      'We will ask you for consent before collecting your precise location, and we share your other personal information with advertising partners.',
      'We will ask for your consent before collecting your precise location, and we share your other personal information with advertising partners.',
    ],
  },
  {
    verdict: 'data_sharing:conditional',
    texts: [
      'We will ask for your consent before sharing your data with third parties.',
      'We will ask you for consent before sharing your data with third parties.',
      'We will ask the Customer for consent before sharing Customer Data with third parties.',
      // A consent joined after the acceptance of the terms is a consent of its own.
      'If you agree to these Terms and consent to marketing, we may share your email address with our marketing partners.',
      'If you agree to these Terms and to receive marketing communications, we may share your email address with our marketing partners.',
    ],
  },
  {
    verdict: 'data_sharing:conditional tracking:conditional',
    texts: [
      'If you consent to this Privacy Policy and to the use of cookies, we may share your browsing data with advertising partners.',
      'If you consent to the use of cookies, we may share your browsing data with advertising partners.',
    ],
  },
  {
    verdict: 'ai_training:restrict',
    texts: [
      'Acme does not use Customer Data to train generative AI models.',
      'Using Customer Data to train generative AI models is prohibited, and Acme does not do so.',
      'It is prohibited to use Customer Data to train generative AI models, and Acme does not do so.',
    ],
  },
  {
    verdict: 'data_sale:restrict',
    texts: [
      'We do not sell your personal information.',
      'Selling your personal information is strictly prohibited.',
      'It is prohibited to sell your personal information.',
    ],
  },
);

// The reader by its role hands over the same rights as "you" (a licence, acceptance by use), and warrants the same
// ownership. A ban stays the reader's in the passive, with the service's leave as its exception, and on the reader's
// account (no data word): "It is prohibited to sell your account" is no promise about the reader's data.
GROUPS.push(
  {
    verdict: 'content_licence:grant',
    texts: [
      'You hereby grant a worldwide, non-exclusive, royalty-free, fully paid-up, perpetual, irrevocable, sub-licensable (through multiple tiers) right and license to Acme to use, reproduce, publicly display, adapt, modify, reformat, and distribute Your Content, and to use the name that you provide in association with Your Content, as necessary to provide, improve and promote the Services.',
      'Users hereby grant a worldwide, non-exclusive, royalty-free, fully paid-up, perpetual, irrevocable, sub-licensable (through multiple tiers) right and license to Acme to use, reproduce, publicly display, adapt, modify, reformat, and distribute Their Content, and to use the name that users provide in association with Their Content, as necessary to provide, improve and promote the Services.',
    ],
  },
  {
    // The sharing happens through the reader's use, and the main clause is the reader's duty: no right taken.
    verdict: 'none',
    texts: [
      'If personal data of end users of a third party property is shared with Acme due to your use of, or integration with, an Acme product, then you must use commercially reasonable efforts to ensure the operator of the third party property discloses it.',
      "If personal data of end users of a third party property is shared with Acme due to the Customer's use of, or integration with, an Acme product, then the Customer must use commercially reasonable efforts to ensure the operator of the third party property discloses it.",
      'If personal data of end users of a third party property is shared with Acme due to their use of, or integration with, an Acme product, then users must use commercially reasonable efforts to ensure the operator of the third party property discloses it.',
    ],
  },
  {
    // A negation in the clause before the reader's comma-separated grant does not reach it.
    verdict: 'content_licence:grant',
    texts: [
      'In the event this grant is not sufficient for us to use the Feedback, you additionally grant Acme a royalty-free, worldwide, perpetual license to use the Feedback.',
      'In the event this grant is not sufficient for us to use the Feedback, the Customer additionally grants Acme a royalty-free, worldwide, perpetual license to use the Feedback.',
      'In the event this grant is not sufficient for us to use the Feedback, Members additionally grant Acme a royalty-free, worldwide, perpetual license to use the Feedback.',
    ],
  },
  {
    verdict: 'content_licence:grant data_sale:restrict',
    texts: [
      'We will never sell your Content to other platforms, though we may sell or transfer any license you grant to us in the Terms of Service in the event of a sale of our company.',
      "We will never sell the Customer's Content to other platforms, though we may sell or transfer any license the Customer grants to us in the Terms of Service in the event of a sale of our company.",
      "We will never sell Licensee's Content to other platforms, though we may sell or transfer any license Licensee grants to us in the Terms of Service in the event of a sale of our company.",
    ],
  },
  {
    verdict: 'terms_change:grant',
    texts: [
      'You understand and agree that if you use the Services after the date on which the Terms have changed, Acme will treat your use as acceptance of the updated Terms.',
      'Users understand and agree that if users use the Services after the date on which the Terms have changed, Acme will treat their use as acceptance of the updated Terms.',
      "The Customer understands and agrees that if the Customer uses the Services after the date on which the Terms have changed, Acme will treat the Customer's use as acceptance of the updated Terms.",
      "Licensee understands and agrees that if Licensee uses the Services after the date on which the Terms have changed, Acme will treat Licensee's use as acceptance of the updated Terms.",
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You represent and warrant that you own or control all rights to your Music and can grant all of the rights set forth in this Agreement.',
      'Members represent and warrant that Members own or control all rights to their Music and can grant all of the rights set forth in this Agreement.',
      'The Customer represents and warrants that the Customer owns or controls all rights to its Music and can grant all of the rights set forth in this Agreement.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You may not use content from the Services to train AI models without our written permission.',
      'Using content from the Services to train AI models is prohibited without our written permission.',
      'Users are prohibited from using content from the Services to train AI models without our written permission.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You may not share your login with third parties.',
      'Sharing your login with third parties is not allowed without our approval.',
      'It is prohibited to share your login details with third parties.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You may not sell or share your account with any third party.',
      'It is prohibited to sell or share your account with any third party.',
    ],
  },
  // An aside naming the reader ("…, the Customer acknowledges, …") opens no clause: the negation before it holds.
  {
    verdict: 'data_sale:restrict',
    texts: [
      'Neither Acme nor its affiliates, you acknowledge, will sell your personal data to advertisers.',
      'Neither Acme nor its affiliates, the Customer acknowledges, will sell Customer Data to advertisers.',
      'Under no circumstances, the User acknowledges, will Acme sell personal data to advertisers.',
      'Under no circumstances, you acknowledge, will Acme sell personal data to advertisers.',
    ],
  },
  // "without" the reader's consent in any of the forms OPT_IN reads: the service's promise, conditional.
  {
    verdict: 'data_sharing:conditional',
    texts: [
      'Disclosing personal information to third parties is prohibited without the prior consent of the user.',
      "Disclosing personal information to third parties is prohibited without Customer's prior written consent.",
      'Disclosing personal information to third parties is not allowed without the explicit consent of the individual concerned.',
    ],
  },
  // The reader's data by a data word after up to two modifiers: the service's promise.
  {
    verdict: 'data_sharing:restrict',
    texts: [
      'It is not permitted to share your location data with advertisers.',
      'It is strictly prohibited to disclose your contact details to advertisers.',
    ],
  },
  {
    verdict: 'data_sale:restrict',
    texts: [
      'It is prohibited to sell your email address to third parties.',
      'It is prohibited to sell your personal data to third parties.',
    ],
  },
  // Owning the content and granting a licence in one breath: the grant stands.
  {
    verdict: 'content_licence:grant',
    texts: [
      'You represent that you own the content you upload and grant us a licence to host it.',
      'Members represent that Members own the content they upload and grant us a licence to host it.',
    ],
  },
  // "their use" in a "you" document is a third party's: the sharing through it is no act of the reader.
  {
    verdict: 'data_sharing:grant tracking:grant',
    texts: [
      'If your personal data is shared with our partners through their use of cookies, you are responsible for reviewing their privacy notices.',
      "If your personal data is shared with our partners through other users' use of cookies, you are responsible for reviewing their privacy notices.",
    ],
  },
  // The inverted duty ("In no event may you …") and a relative clause on the reader's account ("any account that
  // attempts to …") bind the reader as "you may not" does.
  {
    verdict: 'none',
    texts: [
      'You may not disclose or permit disclosure of any Confidential Information to third parties.',
      'Under no circumstances shall the Customer disclose or permit disclosure of any Confidential Information to third parties.',
      'In no event may you disclose or permit disclosure of any Confidential Information to third parties.',
      'At no time may Licensee disclose or permit disclosure of any Confidential Information to third parties.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'You may not provide such data to any third parties.',
      'We reserve the right to suspend any account that attempts to provide such data to any third parties.',
      'We may terminate any profile that provides such data to any third parties.',
    ],
  },
  // The service's right to act on the reader's breach: the act in the condition is the reader's.
  {
    verdict: 'none',
    texts: [
      'You may not share information with any third party regarding your maximum price.',
      'We may suspend or terminate your account if you share information with any third party regarding your maximum price.',
      'Acme may terminate this Agreement if Licensee attempts to share information with any third party regarding its maximum price.',
      'We may suspend your account if you access or analyze user data if the data will be sold to a third party.',
    ],
  },
  // …but a clause of the service's own after the condition is the service's act.
  {
    verdict: 'data_sharing:grant',
    texts: [
      'We may terminate your account if you violate these Terms, in which case we may share information with law enforcement.',
      'We may suspend your account if you do not pay, and we may share your data with collection agencies.',
    ],
  },
  // The service's own promise in the same inverted form stays the service's.
  {
    verdict: 'data_sharing:restrict',
    texts: [
      'In no event will Acme share your personal data with advertisers.',
      'Under no circumstances will we share your personal data with advertisers.',
    ],
  },
  // The reader's data or a passive after the inverted opener is the service's promise, not the reader's duty.
  {
    verdict: 'data_sale:restrict',
    texts: [
      'Under no circumstances will Customer Data be sold to advertisers.',
      "Under no circumstances will the Customer's personal data be sold to third parties.",
    ],
  },
  {
    verdict: 'data_sharing:restrict',
    texts: ["In no event will users' personal information be shared with advertisers."],
  },
  // The main clause's verb after "account(s) that …" is no act of the account, nor is "take into account that".
  {
    verdict: 'data_sharing:grant',
    texts: [
      'Any account that makes a purchase will have its contact details shared with the merchant.',
      'Please take into account that sharing your personal data with our partners is necessary to provide the service.',
      // A sanction that is not the service's on the reader's account, or a main clause after the condition.
      'We will restrict the processing of your data if you contest its accuracy, but may still disclose it to courts or law enforcement authorities.',
      'To block spam, if you sign up, your email address may be shared with our anti-fraud partners.',
      'Even if you close your account, if you have shared content with others, it may be shared with third parties.',
    ],
  },
  // A passive on the account ("any account that is deleted") names no act of the reader.
  {
    verdict: 'data_sharing:grant',
    texts: [
      'We may share data from any account that is deleted with third parties.',
      'We may share data from any account that has been closed with third parties.',
    ],
  },
  // A warranty after the licence leaves the licence a grant.
  {
    verdict: 'content_licence:grant',
    texts: [
      'You grant us a worldwide licence to use, copy and display your content. You represent and warrant that you have all rights necessary to grant the rights described above.',
      'The rights you grant in this licence let Acme operate and promote the Services. You represent and warrant that you have all rights necessary to grant the rights described above.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'If personal data is shared with Acme due to your use of a product, then you must ensure that you have the right to share it.',
      'If personal data is shared with Acme through their use of a product, then users must ensure that they have the right to share it.',
    ],
  },
);

describe('who acts does not change with the wording', () => {
  it.each(GROUPS.flatMap((g) => g.texts.map((t) => [g.verdict, t] as const)))('%s: %s', (want, text) => {
    expect(verdict(text)).toBe(want);
  });
});

// The service's clause after a prohibition or an advice to the reader is the service's act, whatever its stance (the
// stance of the two below is read in stance.ts: each is a grant by the GUIDE).
describe('a clause of the service after a prohibition is no duty of the reader', () => {
  it.each([
    [
      'data_sharing',
      'It is prohibited to use the Service for unlawful purposes, and the Company may disclose information about such use to law enforcement.',
    ],
    [
      'ai_training',
      'Do not include sensitive information in your prompts, because prompts may be reviewed by human reviewers and used to improve the AI models.',
    ],
    // Without the reader's say, the ban is the service's own promise, not the reader's duty.
    ['ai_training', 'Using your content to train our AI models is not permitted without your consent.'],
  ])('%s: %s', (category, text) => {
    const c: Clause = clauseOf(text, { id: `c${n++}` });
    const found = analyzeClauses([c], { firstParty: ['acme'] }).findings.filter((f) => f.category === category);
    expect(found.map((f) => f.actor)).toContain('service');
  });
});

// The service's right to act on the reader's breach, in a sentence of its own, leaves the change beside it a change.
describe('a suspension for breach beside a change keeps the change', () => {
  it.each([
    "Acme may revise the Fees by giving at least thirty days' notice. We may terminate your account if you breach these Terms.",
    'We may add or remove features from time to time. We may suspend your account if you breach these Terms.',
  ])('%s', (text) => {
    const c: Clause = clauseOf(text, { id: `c${n++}` });
    const found = analyzeClauses([c], { firstParty: ['acme'], sensitivity: 'every' }).findings;
    expect(found.filter((f) => f.category === 'terms_change' && !f.role).map((f) => f.stance)).toContain('grant');
  });
  it("a tracking promise in the inverted form stays the service's", () => {
    const c: Clause = clauseOf('At no time will you be tracked across third-party websites.', { id: `c${n++}` });
    const found = analyzeClauses([c], { firstParty: ['acme'] }).findings.filter((f) => f.category === 'tracking');
    expect(found.map((f) => `${f.stance}:${f.actor}`)).toContain('restrict:service');
  });
  it('a suspension for non-payment alone is no change', () => {
    const c: Clause = clauseOf('If you do not pay, we may suspend the Services.', { id: `c${n++}` });
    const found = analyzeClauses([c], { firstParty: ['acme'], sensitivity: 'every' }).findings;
    expect(found.filter((f) => f.category === 'terms_change' && !f.role)).toEqual([]);
  });
});
