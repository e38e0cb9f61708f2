// Who acts: obligations and prohibitions on the user are never a right the service takes; the service's side
// (affiliates, partners, processors) acts for it; anyone else is a third party.
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import type { CategoryId } from '../../../src/core/types';

const cats = new Set<CategoryId>(['ai_training', 'data_sale', 'data_sharing']);
const hitsOf = (text: string, section?: string): string[] =>
  matchClause(text, cats, section ? { section, sectionPath: [section] } : {}).map(
    (h) => `${h.category} ${h.stance} ${h.actor}`,
  );

describe('user obligations are no finding', () => {
  it.each([
    [
      'You will not, and will not allow anyone else to, use content from the Service to develop or improve machine learning models.',
    ],
    ['You agree not to sell any personal information you obtain through the platform.'],
    ['You are not permitted to use our content to train artificial intelligence models.'],
    ['Users shall not knowingly sell the personal information of other players.'],
    ['Not to train any machine learning model on content copied from the site;'],
    ['You shall not use site content (a) in training datasets; (b) in the development of generative AI models.'],
    ['Except as otherwise authorised by us, use any content from the Service to train or improve any AI model.'],
    ['Build and train your own machine learning models from your own training data.'],
    // A prohibition in the imperative has the user as its subject.
    [
      'Do not use Acme except for your own personal use and do not sell, rent, transfer, or share your account or any Content obtained from your use of Acme to or with anyone else.',
    ],
    ["Don't disclose your password or other security information to third parties."],
    // The prohibition opens an item read after its lead-in.
    [
      'Provided that you: do not adapt, copy, republish, display, transfer, share, distribute or otherwise exploit the Content, except as under these Terms of Use.',
    ],
    // A condition opened by "in the event where" with a duty on the user as its main clause.
    [
      'In the event where you are a Buyer and have access to personal information belonging to other users, you shall comply with the Acme Data Processing Terms.',
    ],
    // The act as the subject of a prohibition, and the user consenting to the user's own act.
    [
      'Disclosing personally identifiable information of a person, that has not been made public, without their consent is not allowed.',
    ],
    ['By using the Services, you consent to disclose information, some of which might be personal.'],
    // The service lets the user act: the user shares.
    ['To enable you to communicate, collaborate and share information with people you choose.'],
    // An abbreviation's period or "etc.)" ends no sentence: the duty still governs the verb after it.
    ['You will not use buyer data (e.g., names, emails, etc.) for marketing, nor disclose such data to third parties.'],
    ['You must not share order data obtained via the API (i.e. order details) or disclose it to third parties.'],
    // "End users" is a subject, "the following users" too: only a verb before "end" makes it an object.
    ['End users may sell their personal data to third parties through the marketplace.'],
    ['End Users may use their content to train AI models.'],
    ['End users may share their content with third parties.'],
    ['The following users may share your content with third parties: administrators and moderators.'],
    // A responsibility put on the user is a duty: the act it covers is the user's.
    [
      'You are solely responsible for any losses caused by use of the account that resulted from sharing your account details with anyone else.',
    ],
    [
      'You are responsible for obtaining any necessary consent from your end users for the storage, use, and transfer of their data to third parties.',
    ],
    // A party of the contract that stands for the user, written as a defined term, under a duty.
    [
      'Publisher shall not in any way deliver, transfer, or otherwise make available the Service to any third parties except as permitted by this Agreement.',
    ],
    ['Developers must clearly and prominently disclose to users when content is an advertisement.'],
    ['The Seller must note down the tracking number for the shipment and send it to the Buyer via a Private Message.'],
    ['Customer will not sell, rent or disclose Acme Data to any third party.'],
    // The act in a condition whose main clause is a duty on the user: the condition takes no right.
    [
      'If personal data of end users is shared with Acme due to your use of an Acme product, then you must use commercially reasonable efforts to inform them.',
    ],
    [
      'If you plan to access a type of user data that was not originally disclosed in your privacy policy, you must update your privacy policy.',
    ],
    // Consent the user must collect from others is no consent the user gives: the act after it is the user's.
    ['You must obtain consent from users before sharing their data with advertisers.'],
    ["The Developer shall obtain end users' consent before transferring their data to third parties."],
    ['You must obtain all required consents before you share personal data with Acme.'],
    // A party bound in the passive; the act named as a noun under a prohibition; a responsibility put on "you".
    ['The Seller is required to share tracking information with the Buyer.'],
    ['Any sale of user data by the developer is prohibited.'],
    ['It is your responsibility to obtain consent for the use of cookies on your site.'],
    // The reader's own app as the subject, in developer terms.
    [
      'Your privacy policy must thoroughly disclose the manner in which your application accesses, uses, stores, or shares user data.',
    ],
    ['Your application must not sell user data to third parties.'],
    // A party standing for the user acts in an opening condition: what it might do is no right the company takes.
    ['If a creator repeatedly shares content that falls short of our standards, we may limit the reach of the LIVE.'],
    [
      "If publishers collect, process, or disclose information that identifies an end user's precise location, they must obtain consent.",
    ],
    // The contract's other party under its own name, with "may" or "will" (singular, no reader's data named); the
    // recipient's own words ("third-party Sub-Processors") are no subject before it.
    ['Acme acknowledges and agrees that Buyer may engage third-party Sub-processors in connection with the Services.'],
    ["Buyer must provide a list of Sub-Processors to Acme at Acme's written request."],
    [
      'Customer will provide Advertiser with reporting data, not less than once a month, that discloses the money spent.',
    ],
    // A duty put on the reader's privacy policy or service.
    [
      "The privacy policy must disclose to users that third parties may be placing and reading cookies on your users' browsers.",
    ],
    [
      'Your service must clearly and conspicuously disclose to such third parties that their content will be provided to Acme.',
    ],
    // A duty on the user, or on the user's notice, to tell others what happens: what it must say is no company right.
    ['You must disclose in your privacy policy that third parties may collect data from your users.'],
    [
      "The Publisher's Privacy Policy available to end-users shall disclose that third party advertisers and Acme may share data collected on the Publisher's websites.",
    ],
    ['You must ensure that all Recipients have explicitly granted permission to receive emails from you.'],
    // A duty on the reader's service after the reader's own act in a condition.
    [
      'If you operate a service that enables third parties to provide content to Acme Center, your service must clearly disclose to such third parties that their content may be made available to the general public.',
    ],
    // The user's own verbs joined to the action in a relative clause on the data: the user shares.
    [
      'You agree that content you publish and/or transmit through the Services to other users or entities may be copied by such other users.',
    ],
    ['Information you post or share with third parties may be seen by them.'],
    // What the public or a third party does with what the user put in the open is no disclosure by the service.
    ['Any information you share in public areas becomes public and anyone may take and use that information.'],
    // The service's own site or platform is where the open sees it, no recipient besides the open.
    ['Content you post will be visible to anyone on our website.'],
    ['Content you publish is available to anyone on our platform.'],
    [
      'Any information that you submit to any public or semi-public area of the Acme system is potentially accessible to the entire world.',
    ],
    [
      'Please keep in mind that the moment you share your information with anyone, copies of that information can be made, stored, and shared outside of the Acme system.',
    ],
    [
      'If you post content from your account to our company page on a third party service, that third party service will also receive the content you posted, which will also be visible to anyone that has access to it through that third party service.',
    ],
    [
      'If you post content to your account on a third party service, that third party service will also receive the content you posted, which will also be visible to anyone.',
    ],
    // Others collect what the user put in a public place, or at the user's own risk: no disclosure by the service.
    [
      'If you voluntarily disclose information on message boards or in chat areas, that information can be viewed publicly and can be collected and used by third parties without our knowledge.',
    ],
    [
      'By using such services, you assume the risk that the personal information provided by you may be viewed and used by third parties for any number of purposes.',
    ],
    // Others in the open as the agent, with others only or a second verb after them; a bare "online" for what the
    // user posts.
    ['If you post content online, it may be collected and used by others.'],
    ['If you post on forums, it may be collected and used by third parties and other users.'],
    [
      'If you post content on public forums, it may be collected by third parties and used to send you unsolicited messages.',
    ],
    // A duty to tell others that the service acts (GUIDE T14).
    ['You must inform your users that we may share their information with our partners.'],
    // Advice in the imperative on how the user should share.
    ['Think carefully before sharing personal information with third parties.'],
    ['Use caution when disclosing personal information to other members.'],
    ['Be careful about what you share with other users.'],
    // The same advice addressed to the user, or opened by "please" after a clause.
    ['You should use discretion when disclosing information online.'],
    [
      'If you use the forums, please remember that anything disclosed there is made public and please use caution when disclosing any personal information to other members.',
    ],
    // No duty to act, or leave to act: the user's choice; "are … providing" is the user's own act, no passive.
    ['You are not required to share any of the above information with our partners and may pick and choose.'],
    [
      'During the term of a subscription, Customer will be permitted to export or share certain Customer Data with third parties.',
    ],
    [
      'If you provide any information via an advertiser promotion, please be aware you are directly providing your information to that advertiser.',
    ],
    // The advice goes on about what the user posts for other users: a subordinate clause or a modal of the user's.
    ['Please think twice before you post personal information, as anything you post may be disclosed to other users.'],
    ['Please be careful that any personal information you include in a review can be shared with other users.'],
    ['Be careful not to include personal information in any content you would not want to be shared with other users.'],
    // Other users act, as the subject or as the passive's agent.
    ['Other users may share information about you when they submit issues and comments.'],
    ['Your profile may be viewed and shared by members with individuals who may or may not be users of the App.'],
    // A capitalised defined term of others as the second agent is no company.
    ['Your data may be disclosed by you or by Other Users to third parties.'],
    // A disclaimer of what the user gives to third parties; a second duty in the user's agreement.
    ['Acme is not responsible for the use or disclosure of any information that you provide to any third party.'],
    [
      'The User agrees to keep their login details and password confidential and not disclose them to any third parties (except for persons the User authorizes to use them).',
    ],
    ['When you use third-party services, their terms and privacy policies govern your use of those services.'],
    // The user asked to act; a duty after a condition opened by a connective; advice after "so".
    ['By completing this form, you are requested to disclose personal data in order to enable Acme to assess it.'],
    [
      'In addition, if you plan to access a type of user data that was not originally disclosed in your privacy policy, you must update your privacy policy and prompt the user to consent to any changes.',
    ],
    ['Your password gives access to your account, so never share your password with anyone except a parent.'],
    // A subject-less item that acts on other people's data.
    [
      "Selling, exchanging or distributing to a third party the phone numbers of any person without such person's consent;",
    ],
    ['Share others’ personal information off-platform, including making false reports to authorities'],
    // A relative inside a comma aside is no clause of its own: the party still acts.
    ['Buyer may, on behalf of End Users who request it, share their personal data with advertising partners.'],
    ['Buyer may also, on behalf of End Users who request it, share the reports with its advertising partners.'],
  ])('%j', (text) => {
    expect(hitsOf(text)).toEqual([]);
  });

  it.each([
    [
      'Prohibited uses',
      'use any material from the Service for the training or development of artificial intelligence models;',
    ],
    ['Restrictions on use', 'Selling or transferring personal data obtained through the API to data brokers.'],
    // An item fused to the previous one by a lost line break.
    [
      'Restrictions of use',
      'Users acquire no rights in virtual items. in connection with the training or development of machine learning models on your content;',
    ],
  ])('a subject-less item under %j', (section, text) => {
    expect(hitsOf(text, section)).toEqual([]);
  });
});

describe('a party word that is not the user', () => {
  it.each([
    // "may"/"will" alone give leave or tell the future; a quoted alias names the company; "your" data addresses the reader.
    ['Acme Games Ltd. ("Publisher") may share your gameplay data with its advertising partners.', 'data_sharing grant'],
    ['Publisher may share your gameplay data with its advertising partners.', 'data_sharing grant'],
    ['Developer will share your device identifiers with advertising networks.', 'data_sharing grant'],
    ['Merchant may share your payment details with its processors.', 'data_sharing grant'],
    // A duty on a party about the reader's data is a limit on a recipient.
    ['Advertisers must not sell your personal information to data brokers.', 'data_sale restrict'],
    ['Advertisers may not share your data with other companies.', 'data_sharing restrict'],
  ])('%j', (text, expected) => {
    expect(hitsOf(text).map((h) => h.split(' ').slice(0, 2).join(' '))).toContain(expected);
  });
});

describe('the first party named after others in the open, or in what the user must make sure of', () => {
  const acme = firstPartyNames(['acme']);
  it.each([
    ['If you post content on public forums, it may be collected and used by third parties and Acme.', 'data_sharing'],
    ['You must ensure that Acme can use your content to train its models.', 'ai_training'],
    ['You shall ensure that your privacy policy allows Acme to share end user data with its partners.', 'data_sharing'],
  ])('%j', (text, category) => {
    const found = matchClause(text, cats, { firstParty: acme }).map((h) => `${h.category} ${h.stance} ${h.actor}`);
    expect(found).toContain(`${category} grant service`);
  });
  it('others listed after others keep the act theirs', () => {
    const text = 'If you post content on public forums, it may be collected and used by third parties and strangers.';
    expect(matchClause(text, cats, { firstParty: acme })).toEqual([]);
  });
  it('a capitalised name after others, with no first party known, is one more other', () => {
    const text = 'If you post content in public forums, it may be collected and used by third parties and Globex.';
    expect(matchClause(text, cats)).toEqual([]);
  });
});

describe('advice to the user before the service acts', () => {
  const acme = firstPartyNames(['acme']);
  it.each([
    'Please be mindful that Acme may share your information with our advertising partners.',
    'Exercise discretion when posting content, because Acme may disclose content you post to law enforcement.',
    'Think carefully before sharing personal information with third parties, as Acme may also share it with advertisers.',
    'Use caution when posting, Acme shares what you post with its advertising partners.',
    // Advice with a subject, mid-sentence: a company's clause after it is still the company's.
    'You should use caution, as Acme may share your information with advertisers.',
    'We collect your data and avoid sharing it with advertisers, but Acme may share it with its partners.',
  ])('a subordinate clause, a modal or the first party after the advice: %j', (text) => {
    const found = matchClause(text, cats, { firstParty: acme }).map((h) => `${h.category} ${h.stance} ${h.actor}`);
    expect(found).toContain('data_sharing grant service');
  });
});

describe("the company's name as a modifier", () => {
  const acme = firstPartyNames(['acme']);
  const hits = (text: string): string[] =>
    matchClause(text, new Set<CategoryId>(['retention', 'terms_change']), { firstParty: acme }).map(
      (h) => `${h.category} ${h.stance}`,
    );
  it("names no subject before the user's duty", () => {
    expect(
      hits(
        'Upon termination, you will immediately stop using the API, cease all use of the Acme Brand Features, and delete any cached or stored content.',
      ),
    ).toEqual([]);
  });
  it("but the company's terms stay the company's to change", () => {
    expect(hits('You will comply with the Acme Terms of Service as amended from time to time.')).toContain(
      'terms_change grant',
    );
  });
});

describe('a company act in a condition before a duty on the user', () => {
  it.each([
    // The condition's subject is the company or the passive has no user agent; being notified is no duty.
    ['If your personal data is sold to a third party, you must be notified in advance.'],
    ['If we share your data with partners, you must review their policies.'],
    ['When we disclose your information to law enforcement, you will need to contact them directly.'],
  ])('%j', (text) => {
    expect(hitsOf(text).map((h) => h.split(' ').slice(0, 2).join(' '))).toContain('data_sharing grant');
  });
});

describe('the service and others acting', () => {
  it.each([
    [
      'You are solely responsible for your content, which may be used to train our AI models.',
      'ai_training grant service',
    ],
    [
      'You are responsible for all content you post, and such content may be shared with our advertising partners.',
      'data_sharing grant service',
    ],
  ])("a responsibility on the user leaves a clause with its own verb the company's: %j", (text, expected) => {
    expect(hitsOf(text)).toContain(expected);
  });

  it.each([
    // "you" as an object ("ask you for …") is no subject; a "Do not …" or a prohibited act whose clause ends before
    // the action leaves the action the company's.
    [
      'We may ask you for additional information for billing purposes and may share that information with a billing provider.',
      'data_sharing grant service',
    ],
    [
      'Do not use the Services if you do not agree that we may use your content to train our AI models.',
      'ai_training grant service',
    ],
    ['Do not worry: we share your data only with service providers.', 'data_sharing grant service'],
    [
      'Sharing data with our advertising partners helps us fund the Service, and spam is not allowed.',
      'data_sharing grant service',
    ],
    ['You agree to share your data with our partners.', 'data_sharing grant service'],
    // A requirement to hand data to others is the service's; leave given to the data, not to the user, is no choice.
    ['You may be required to provide Personal Data directly to third parties.', 'data_sharing grant service'],
    ['Your information is allowed to be shared with advertisers.', 'data_sharing grant service'],
    // The service passes on what the user posted in public: its own disclosure.
    ['If you post on our forums, your posts may be shared by us with third parties.', 'data_sharing grant service'],
    ['If you post on forums, Acme may share your posts with third parties.', 'data_sharing grant service'],
    // Others in the open besides the service or another recipient; information the user provides online is what the
    // service receives.
    [
      'If you post content on public forums, it may be collected and used by third parties and by Acme for marketing purposes.',
      'data_sharing grant service',
    ],
    [
      'If you disclose information on our message boards, it may be collected and used by third parties, including our advertisers.',
      'data_sharing grant service',
    ],
    [
      'If you provide information online through the Services, it may be accessed and used by third parties.',
      'data_sharing grant service',
    ],
    [
      'Information you provide online may be collected and used by third parties for advertising.',
      'data_sharing grant service',
    ],
    // A duty to make sure the service can act hands the service the right.
    ['You agree to make sure that we can share your content with our partners.', 'data_sharing grant service'],
    ['You must ensure that we are able to use your content to train our models.', 'ai_training grant service'],
    ['You must ensure that we and our partners may use your content to train our models.', 'ai_training grant service'],
    ['You must ensure that we have the right to use your content to train our models.', 'ai_training grant service'],
    [
      'You must ensure that, where required, we may share end user data with our advertising partners.',
      'data_sharing grant service',
    ],
    [
      'You shall ensure that your privacy policy permits us to share end user data with our partners.',
      'data_sharing grant service',
    ],
    // The company telling the user, or the user told, is no duty of the user's.
    ['We will inform you that we may share your data with advertisers.', 'data_sharing grant service'],
    ['You should know that we share your data with advertisers.', 'data_sharing grant service'],
    // A note's colon opens no prohibition; a company act in the condition stays the company's.
    ['Note: do not worry, we share your data only with service providers.', 'data_sharing grant service'],
    [
      'In the event that we share your data with advertising partners, you must be notified.',
      'data_sharing grant service',
    ],
    // The service engages the processors; a disclaimer over what the service itself discloses; other users named
    // after "of" or beside "we".
    ['We may engage third-party sub-processors in connection with the Services.', 'data_sharing grant service'],
    [
      'Your content will be treated as non-confidential and we will not be liable for any use or disclosure to anyone.',
      'data_sharing grant service',
    ],
    ['We may share the profiles of other users with our advertising partners.', 'data_sharing grant service'],
    // The service shares, at the reader's act on an outside service and with that service alone (GUIDE D4).
    ['When you connect a third-party service to Acme, we share your data with it.', 'data_sharing conditional service'],
    // Using an outside service is no transfer the reader starts: the service's sharing stays a grant.
    ['When you use a third-party service through Acme, we share your data with it.', 'data_sharing grant service'],
    // The company's own clause after the user's side acts (no first party passed): a clause between the party or
    // "other users" and the action, or a second agent after the user's in a passive.
    ['Customer may view reports, and Acme may share Customer Data with advertisers.', 'data_sharing grant service'],
    [
      'Publisher will display ads, and Acme will share usage data with advertising partners.',
      'data_sharing grant service',
    ],
    [
      'Other members may view content, and Acme may share personal information with advertisers.',
      'data_sharing grant service',
    ],
    ['Other users can see posts that Acme discloses to advertising partners.', 'data_sharing grant service'],
    // A comma that opens no aside after the modal leaves the relative a clause of its own.
    ['Publisher may view the reports, which Acme may share with advertisers.', 'data_sharing grant service'],
    ['Other users may receive personal information that Acme shares with advertisers.', 'data_sharing grant service'],
    ['Your information may be disclosed by you or by Acme to third parties.', 'data_sharing grant service'],
    [
      'Members may post content that is shared by other members with third parties and by Acme with advertisers.',
      'data_sharing grant service',
    ],
    // The service requires a disclosure to third parties; its own list item about other users' data.
    [
      'For us to provide you with our Services, you may be required to provide Personal Data directly to third parties.',
      'data_sharing grant service',
    ],
    ['Sharing information of other users with advertisers to show you relevant ads.', 'data_sharing grant service'],
    [
      'If you share your data with partners, you must grant us a licence to share it with our affiliates.',
      'data_sharing grant service',
    ],
    ['Improve our AI models with the content you upload.', 'ai_training grant service'],
    // The service names its own act beside what the user makes public, or shares what the user posts.
    [
      'Content you post publicly will be visible to anyone and we may share it with advertisers.',
      'data_sharing grant service',
    ],
    ['We may share information you post with third parties.', 'data_sharing grant service'],
    // Advice whose sentence goes on with the service's own act.
    ['Use caution: we may share your data with partners.', 'data_sharing grant service'],
    ['Be careful, as we share your data with our partners.', 'data_sharing grant service'],
    // What the user posts reaches the service's partners, not only the public.
    [
      'Content you post will be accessible to our partners and to anyone on the internet.',
      'data_sharing grant service',
    ],
    [
      'Content you post publicly will be visible to anyone and to advertisers, who may use it for marketing.',
      'data_sharing grant service',
    ],
    [
      'When you post content, our affiliates and partners may use it for their own marketing, and it will be visible to anyone.',
      'data_sharing grant service',
    ],
    ['Information you post publicly may be shared with third parties.', 'data_sharing grant service'],
    [
      'Content you post publicly will be visible to anyone in the world and to advertisers.',
      'data_sharing grant service',
    ],
    // Advice, then a modal whose subject is not the user, or the service as the passive's agent.
    ['Be careful, information may be shared with third parties.', 'data_sharing grant service'],
    ['Be mindful that information you post may be shared by us with advertisers.', 'data_sharing grant service'],
  ])('a clause the user neither does nor is forbidden: %j', (text, expected) => {
    expect(hitsOf(text)).toContain(expected);
  });

  it("an item of a list of purposes that opens with its verb is the service's", () => {
    expect(hitsOf('Develop and improve AI models using your content.', 'How we use your information')).toContain(
      'ai_training grant service',
    );
  });

  it("a duty to keep up with the changes leaves the change the company's", () => {
    const found = matchClause(
      'You are responsible for reviewing and becoming familiar with any modifications to this Agreement.',
      new Set<CategoryId>(['terms_change']),
      { section: 'Modifications to this Agreement', sectionPath: ['Modifications to this Agreement'] },
    ).map((h) => `${h.category} ${h.stance} ${h.actor}`);
    expect(found).toContain('terms_change grant service');
  });

  it.each([
    ['We may use your content to train our models.', 'ai_training grant service'],
    ['Our affiliates may use your chats to improve their AI models.', 'ai_training grant service'],
    ['Advertisers may sell your personal information to other companies.', 'data_sale grant third_party'],
    // The same words as third parties in a privacy policy, or handing the company a right.
    ['Advertisers may use cookies to show you ads.', 'data_sharing grant third_party'],
    ['Customer agrees that Acme may share Customer Data with its affiliates.', 'data_sharing grant service'],
    // A condition whose main clause is the company's act, or a duty that hands the company a right.
    ['If we share your data with advertisers, you will be notified.', 'data_sharing grant service'],
    // A party in a condition acting on the reader's data, or not acting itself, leaves the right where it was.
    ['If a seller shares your address with a courier, we are not responsible.', 'data_sharing grant third_party'],
    [
      'If the buyer is sold a defective item, we may share the seller’s details with the buyer.',
      'data_sharing grant service',
    ],
    [
      'If you share content through the Service, you must allow us to disclose it to our partners.',
      'data_sharing grant service',
    ],
    ['You agree that we may use your content to train our models.', 'ai_training grant service'],
    // Consent the user gives to the company's act stays the company's right (given first: opt-in); a name after "Your
    // Product" acts.
    [
      'When you have provided explicit consent to our sharing of your personal data with advertising partners.',
      'data_sharing conditional service',
    ],
    [
      'You consent that Acme may disclose your advertising content, and all information associated with your advertising, to a governmental entity.',
      'data_sharing grant service',
    ],
    ['You can opt out of the sale of your personal information.', 'data_sale conditional service'],
    // A subject of its own under a prohibition heading: the service's own promise.
    ['We will never use your content to train our AI models.', 'ai_training restrict service'],
    ['We do not let AI providers use your inputs for their own model training.', 'ai_training restrict service'],
    // A possessive user word qualifies a noun; the subject is further back.
    ['We take users’ reading history and follow data to train recommendation models.', 'ai_training grant service'],
    // The service first among coordinated subjects.
    ['We, or users with administrative rights, may disclose your personal information.', 'data_sharing grant service'],
    [
      'We, or particular users with certain rights, need to use and share your personal information.',
      'data_sharing grant service',
    ],
  ])('%j', (text, expected) => {
    expect(hitsOf(text, text.startsWith('We will never') ? 'Prohibited uses' : undefined)).toContain(expected);
  });
});
