// Duties of a business reader to obtain its own end users' consent or give them notice (GUIDE T14, C2), and the
// reader training or tuning its own models (GUIDE: "the user fine-tuning their own model"), are the reader's acts: no
// right the service takes (analyze/actor.ts readerArranges, readerTrainsOwn). The service's own tracking, sharing and
// training beside them stays a grant, and consent the service asks of the reader stays conditional.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { CategoryId } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

/** The findings that take a right (no mention role) in `category` (or any), each as "stance[:condition]". */
const stances = (section: string, text: string, category?: CategoryId): string[] =>
  analyzeClauses([clauseOf(text, { section, sectionPath: [section] })], { firstParty: ['acme'] })
    .findings.filter((f) => !f.role && (!category || f.category === category))
    .map((f) => `${f.stance}${f.condition ? `:${f.condition}` : ''}`);

describe("a business reader's duty to obtain consent or give notice", () => {
  // Each of these is a grant of the service without the reading.
  it.each([
    [
      'Publisher obligations',
      "You must obtain end users' consent before Acme's tags set cookies on their devices, where required by law.",
    ],
    [
      'Customer obligations',
      "Customer will obtain all consents required for Acme to use cookies and similar technologies on Customer's sites.",
    ],
    [
      'Your obligations',
      'You must provide a clear notice to your users that third-party vendors, including Acme, use cookies to serve ads.',
    ],
    [
      'Your obligations',
      'You agree to obtain prior consent from your visitors before the Acme widget sets cookies or similar technologies.',
    ],
    [
      'Customer obligations',
      "Customer is obligated to obtain consent before Acme's tags set cookies on End Users' devices.",
    ],
    [
      'Customer obligations',
      "Customer shall clearly and conspicuously obtain consent before Acme's tags set cookies on End Users' devices.",
    ],
  ])('no grant (%s): %s', (section, text) => {
    expect(stances(section, text)).not.toContain('grant');
  });

  // Guards: no grant with or without the reading; they pin that it adds none.
  it.each([
    [
      'Your responsibilities',
      'You are responsible for obtaining any consent needed for the use of cookies on your website.',
    ],
    [
      'Publisher requirements',
      'Publishers must ensure that their visitors consent to the storing of cookies by Acme and its partners.',
    ],
    [
      'Advertiser obligations',
      'Advertiser shall obtain all necessary consents for the collection, sharing and use of personal data by Acme.',
    ],
    [
      'Customer responsibilities',
      'Customer is solely responsible for providing notice to, and obtaining consent from, End Users for the sharing of their data with Acme.',
    ],
    [
      'Developer terms',
      'You must ensure that you have a lawful basis to share user data with Acme and that your privacy policy discloses this sharing.',
    ],
    [
      'Site owners',
      'Site owners who install the Acme pixel must tell their visitors that Acme will receive information about their visits.',
    ],
    [
      'Publisher obligations',
      "You will post a privacy policy that discloses that you use Acme's tags to collect data from visitors.",
    ],
    [
      'Customer obligations',
      'Customer shall obtain from each End User any consent required by law for Acme to process End User data to provide the Services.',
    ],
    [
      'Publisher obligations',
      'Publishers must obtain the consent of visitors in the EEA before our advertising cookies are placed on their browsers.',
    ],
    [
      'Developer obligations',
      'Developers shall obtain all permissions needed for the SDK to collect device identifiers and share them with Acme.',
    ],
    [
      'Merchant terms',
      'Merchant must provide a clear disclosure to its customers that Acme collects their payment data to detect fraud.',
    ],
    [
      'Publisher policies',
      'You must display a notice to your users that explains how Acme uses cookies to personalise ads.',
    ],
    [
      'Partner obligations',
      'Partners are responsible for obtaining user consent to the sharing of data with Acme for advertising.',
    ],
    [
      'Customer obligations',
      'The Customer shall provide all notices and obtain all consents required for Acme to process Personal Data under this Agreement.',
    ],
    [
      'Your responsibilities',
      "You must get your users' consent before you share their information with Acme through the API.",
    ],
    [
      'App developers',
      'App developers must provide notice to end users that the app shares usage data with Acme for analytics.',
    ],
    [
      'Client obligations',
      "Client agrees to obtain any authorisation required to allow Acme to use tracking pixels in Client's emails.",
    ],
    [
      'Representations',
      'Publisher agrees to take responsibility for obtaining any required user consent for passing device identifiers of its users to Acme and its partners.',
    ],
    [
      'Data protection',
      'You represent and warrant that you have provided all notices and obtained all consents necessary for Acme to process Customer Personal Data.',
    ],
  ])('still no grant (%s): %s', (section, text) => {
    expect(stances(section, text)).not.toContain('grant');
  });

  // Each of these is a grant of the service without the reading.
  it.each([
    [
      'Cookies',
      'We use cookies and similar technologies on our websites to remember your preferences and measure traffic.',
    ],
    ['Advertising', 'Acme and its partners set cookies on publisher sites to show you ads based on your interests.'],
    ['Sharing', 'We share information about your visits with our advertising partners.'],
    [
      'Data we receive',
      'When you visit a site that uses the Acme pixel, we receive information about your visit and use it to target ads.',
    ],
    ['Cookies', "Our tags set cookies on your device when you visit our partners' websites."],
    [
      'Advertising',
      'Our publishers and partners use cookies to collect information about your visits and share it with us.',
    ],
    ['Sharing', 'We share your device identifiers with advertising partners who must obtain their own consent.'],
    ['Sharing', 'You must obtain consent from your users, and we will share their data with our advertising partners.'],
    ['Consent', 'By using our website you give your consent to our use of cookies to track your visits.'],
    ['Cookies', "When you visit a publisher's site, Acme sets cookies to measure which ads you see."],
    ['Notice', 'We provide notice of our use of cookies in the banner and we use them to measure visits.'],
    [
      'Data we receive',
      'Publishers that use our tags send us information about your visits, which we use to target ads.',
    ],
    [
      'Representations',
      'You represent that you are at least 18, and we share your data with our advertising partners.',
    ],
    ['Fine-tuning', 'You can fine-tune the model on your own data; fine-tuned models are available only to you.'],
    ['Creator tools', 'Creators may use the feedback tools to train their own custom models on their own content.'],
    ['Fine-tuning', 'Fine-tuned models are available only to you and are not used to train our base models.'],
    ['Fine-tuning', 'Enterprise customers can fine-tune models with their own data in their private workspace.'],
    ['Fine-tuning', 'When you fine-tune a model, your training data is used only to create your fine-tuned model.'],
    ['Fine-tuning', 'Your fine-tuned models are used only by you and are never used to improve our base models.'],
    ['Fine-tuning', 'Your fine-tuned model is private to your organisation and is not shared with other customers.'],
    ['Fine-tuning', 'Fine-tuned models you create are available only to you.'],
    ['Developer tools', 'Developers may train their own machine learning models on data they export from the Service.'],
    ['Fine-tuning', 'Fine-tuned models are for your exclusive use and belong to you.'],
  ])('no grant (%s): %s', (section, text) => {
    expect(stances(section, text, 'ai_training')).not.toContain('grant');
  });

  // Guards: no grant with or without the reading; they pin that it adds none.
  it.each([
    ['Cookies', 'Where required by law, we will obtain your consent before we set non-essential cookies.'],
    ['Cookies', 'We will set advertising cookies on your browser after you give your consent.'],
    ['Cookies', 'We will ask for your consent before we set advertising cookies on your device.'],
    ['Cookies', 'Before we place tracking cookies, we obtain your consent through our cookie banner.'],
    ['Cookies', 'Our advertising partners will obtain your consent before they place cookies on your device.'],
    ['Cookies', 'The operator of this website will obtain your consent before setting advertising cookies.'],
    ['Custom models', 'Customers may train custom models using their own datasets through the Acme Studio.'],
    ['Custom models', 'Developers can fine-tune our models for their own applications using the fine-tuning API.'],
    ['Your models', 'Any model you fine-tune using the Services is for your exclusive use.'],
    [
      'Your models',
      'Models you train with your Customer Data belong to you and will not be shared with other customers.',
    ],
    ['Fine-tuning', 'Users can create fine-tuned versions of the model with the fine-tuning feature.'],
    ['Custom models', 'Subscribers may build and train custom classifiers on their own documents.'],
    ['Custom models', 'You may train a custom model on your own images using AutoML.'],
    ['Fine-tuning', 'Customers can fine-tune a base model with examples they upload.'],
    ['Fine-tuning', 'Users may fine-tune their own models using the training data they provide.'],
    ['Fine-tuning', 'You can deploy your fine-tuned models to your own endpoints.'],
    ['Custom models', 'Members can train custom voice models on their own recordings.'],
    ['Fine-tuning', 'Any model that you fine-tune with the Services is yours to use.'],
  ])('still no grant (%s): %s', (section, text) => {
    expect(stances(section, text, 'ai_training')).not.toContain('grant');
  });

  it.each([
    ['Model improvement', 'We may use your prompts and outputs to fine-tune our models.'],
    ['Model improvement', 'Acme fine-tunes its models on conversations from free accounts.'],
    ['Model improvement', 'We use customer content to train custom models that we offer to all customers.'],
    ['Model improvement', 'Your feedback may be used to train and fine-tune the models that power the Services.'],
    ['Model improvement', 'Data you submit may be used to create fine-tuned models for the Services.'],
    ['Model improvement', 'We train our own models on publicly available data and on the content you share with us.'],
    ['Model training', 'We may fine-tune our models on the content you submit.'],
    ['Model training', 'Acme uses your uploads to train the fine-tuned models that power features for all users.'],
    ['Model training', 'Your conversations may be used to fine-tune the models we make available to other customers.'],
    ['Model training', 'We train custom models on aggregated customer data and offer them to every customer.'],
    ['Model training', 'Content you share may be used to train our own models and those of our partners.'],
    ['Model training', 'Fine-tuned models built from your feedback are used to improve the Services for everyone.'],
    ['Model training', 'We may use your fine-tuning data to train our base models.'],
    ['Model training', 'Our partners may train their own models on the data we share with them.'],
    ['Model training', 'We use your data to train models that are available to all users.'],
  ])('the service trains (%s): %s', (section, text) => {
    expect(stances(section, text, 'ai_training')).toContain('grant');
  });
});

// Sentences where the service (or another party) acts beside or after a reader's duty, a warranty, a consent the
// reader is asked for, or a model named as the reader's: each keeps every finding it has without these readings
// (category:stance[:condition], sorted). The reach of a duty ends at a joining word before another party's clause;
// notice given to the service, consent prompts the consumer gets, permissions for the service's licence, arranged
// consent for the service to sell or train, third parties in a consumer policy, and training by the service or its
// partners are none of the reader's.
describe('the service keeps its own acts', () => {
  const all = (section: string, text: string): string =>
    analyzeClauses([clauseOf(text, { section, sectionPath: [section] })], { firstParty: ['acme'] })
      .findings.filter((f) => !f.role)
      .map((f) => `${f.category}:${f.stance}${f.condition ? `:${f.condition}` : ''}`)
      .sort()
      .join(',');
  it.each([
    [
      'Licence',
      'You represent and warrant that you have obtained all rights and permissions necessary for Acme to use your content to train its models.',
      'ai_training:grant',
    ],
    [
      'Licence',
      'You must obtain permission from the rights holder before you upload content, and by uploading you grant Acme a licence to use, copy and distribute it.',
      'content_licence:grant',
    ],
    [
      'Licence',
      'You must obtain all necessary consents from the people shown in your content, which we may use to train and improve our models.',
      'ai_training:grant',
    ],
    [
      'Licence',
      'You must obtain the consent of anyone in your photos, and then we may use the photos to personalise ads.',
      'tracking:grant',
    ],
    [
      'Licence',
      'You must obtain consent from your users and we will share their data with our advertising partners.',
      'data_sharing:grant',
    ],
    [
      'Sharing',
      'You must obtain consent from your users, after which we may sell their data to data brokers.',
      'data_sale:grant,data_sharing:grant',
    ],
    [
      'Sharing',
      'You must obtain consent from your users, so we may share their data with our advertising partners.',
      'data_sharing:grant',
    ],
    [
      'Sharing',
      'You must obtain consent from your users; in addition, we will share their data with our advertising partners.',
      'data_sharing:grant',
    ],
    [
      'Opt out',
      'You must provide us with notice if you do not want us to use your data for targeted advertising.',
      'tracking:grant',
    ],
    [
      'Opt out',
      'You must give us written notice if you wish us to stop sharing your personal data with third parties.',
      'data_sharing:grant',
    ],
    ['Opt out', 'You must give us notice before we stop selling your data.', 'data_sale:grant'],
    [
      'Contact',
      'You must provide a valid email address to receive notices about your account, which we may also share with our marketing partners.',
      'data_sharing:grant',
    ],
    [
      'Security',
      'You must secure your account and keep any authorization codes confidential, which we may share with our security partners.',
      'data_sharing:grant',
    ],
    [
      'Ads',
      'Third-party advertisers must obtain consent from users before they set cookies on your device.',
      'tracking:grant',
    ],
    [
      'Ads',
      'Advertising partners will obtain consent where required and use cookies to show you ads on our sites.',
      'data_sharing:grant,tracking:grant',
    ],
    [
      'Sale',
      'Customer shall obtain all consents needed for Acme to sell End User data to third parties.',
      'data_sale:grant,data_sharing:grant',
    ],
    [
      'Training',
      "Customer shall obtain all consents needed for Acme to use Customer Data to train and improve Acme's models.",
      'ai_training:grant',
    ],
    [
      'Training',
      "You will obtain all consents required for us to use your end users' conversations to train our models for all customers.",
      'ai_training:grant',
    ],
    ['Users', 'Users must provide consent before we share their data with partners.', 'data_sharing:grant'],
    [
      'Users',
      'By using the Services, users give their consent and we will share their data with advertising partners.',
      'data_sharing:grant',
    ],
    [
      'Consent',
      'Where required, we will obtain consent from our users before we set advertising cookies.',
      'tracking:grant',
    ],
    [
      'Consent',
      'We will seek the permission of users before we share their data with advertisers.',
      'data_sharing:grant',
    ],
    ['Consent', 'Acme will obtain your consent before using cookies for advertising.', 'tracking:conditional:opt_in'],
    ['Consent', 'Users will be asked for consent before we set advertising cookies.', 'tracking:conditional:opt_in'],
    [
      'Consent',
      'Publishers who use our tags are required to obtain your consent before we set cookies.',
      'data_sharing:conditional:opt_in,tracking:conditional:opt_in',
    ],
    [
      'Consent',
      'You will receive a notice and be asked for your consent before we share your data with partners.',
      'data_sharing:conditional:opt_in',
    ],
    ['Consent', "The customer will get the end user's consent before Acme places cookies.", 'tracking:grant'],
    [
      'Licence',
      "You represent and warrant that you have obtained your parent's consent, and that we may use your data to show you targeted ads.",
      'tracking:grant',
    ],
    [
      'Consent',
      'You represent that you have been given notice of and consent to our use of cookies to track your activity across websites.',
      'tracking:grant',
    ],
    [
      'Consent',
      'You represent that you have been given notice of our practices, and Acme may share your data with advertisers.',
      'data_sharing:grant',
    ],
    [
      'Training',
      'You agree that Acme and its partners may use your content to train their own models.',
      'ai_training:grant,data_sharing:grant',
    ],
    [
      'Training',
      'You grant Acme and its affiliates a licence to use your content to train their own AI models.',
      'ai_training:grant,content_licence:grant',
    ],
    [
      'Training',
      "You acknowledge that Acme's partners may train their own models on content you post publicly.",
      'ai_training:grant',
    ],
    [
      'Training',
      'Our advertising partners may train their own models on the data we share with them.',
      'ai_training:grant',
    ],
    ['Training', 'Third-party partners may train models on the data we share with them.', 'ai_training:grant'],
    ['Training', 'Some partners may train their own models on the data we share with them.', 'ai_training:grant'],
    [
      'Training',
      'Advertising partners may use the data we share to train their own models.',
      'ai_training:grant,data_sharing:grant,tracking:grant',
    ],
    ['Training', 'Content submitted by members may train the models that power our Services.', 'ai_training:grant'],
    ['Training', 'We may use your training data to improve our base models.', 'ai_training:grant'],
    ['Training', 'We may use your fine-tuning data to improve our base models.', 'ai_training:grant'],
    ['Training', 'We use your own data to train our models and those of our partners.', 'ai_training:grant'],
    ['Training', 'We may use content from your own workspace to train our models.', 'ai_training:grant'],
    [
      'Training',
      'We use your prompts to train our models, which are available only to you and other customers.',
      'ai_training:grant',
    ],
    [
      'Training',
      'Trained models are yours to use, but we may also use your data to train our base models.',
      'ai_training:grant',
    ],
    ['Training', 'Customers can opt in, and we will train our models on their data.', 'ai_training:conditional:opt_in'],
    ['Training', 'Users may allow us to train our models on their content.', 'ai_training:grant'],
    [
      'Training',
      'Developers may also train on data from the API, and we may use API data to train our models.',
      'ai_training:grant',
    ],
    ['Training', 'Your custom training data may be used to train models for other customers.', 'ai_training:grant'],
    [
      'Training',
      'We may fine-tune the model on your data; fine-tuned models are available to all customers.',
      'ai_training:grant',
    ],
    ['Training', 'Publishers can improve our ad models by sharing conversion data with us.', 'ai_training:grant'],
    ['Cookies', 'Users will get a consent pop-up before we set advertising cookies.', 'tracking:grant'],
    [
      'Cookies',
      'You will first get a consent banner, and if you accept, we will set advertising cookies.',
      'tracking:grant',
    ],
    [
      'Notices',
      'You must provide us with copies of any notices you receive, which we may share with our legal advisers.',
      'data_sharing:grant',
    ],
    [
      'Cookies',
      "You must obtain your visitors' consent where required by law, because Acme uses cookies to show personalised ads.",
      'tracking:grant',
    ],
    [
      'Training',
      'Customer will obtain all consents required, and Acme will use Customer Data to train its models.',
      'ai_training:grant',
    ],
    [
      'Training',
      'Customer will obtain all consents required; Acme will use Customer Data to train its models.',
      'ai_training:grant',
    ],
    [
      'Training',
      "Customer will obtain all consents required, and Acme's partners may use it to train their models.",
      'ai_training:grant',
    ],
    [
      'Sharing',
      'You must obtain consent from your users, and, where permitted, we will share their data with our advertising partners.',
      'data_sharing:grant',
    ],
    [
      'Sharing',
      'You must obtain consent from your users and our partners may then use their data for advertising.',
      'data_sharing:grant',
    ],
    [
      'Sharing',
      'Members must obtain the consent of anyone they invite, and we will then email those people and share their addresses with partners.',
      'data_sharing:grant',
    ],
    [
      'Cookies',
      'The operator of this website will obtain your consent before setting advertising cookies.',
      'tracking:conditional:opt_in',
    ],
    [
      'Cookies',
      'Our advertising partners will obtain your consent before they place cookies on your device.',
      'data_sharing:conditional:opt_in,tracking:conditional:opt_in',
    ],
    [
      'Cookies',
      'The operator of this website will obtain consent before setting advertising cookies.',
      'tracking:grant',
    ],
    [
      'Cookies',
      'You will get a consent request and we will only set advertising cookies with your consent.',
      'tracking:conditional:opt_in',
    ],
    [
      'Cookies',
      'Users will get a consent pop-up, and only if they accept will advertising cookies be set.',
      'tracking:grant',
    ],
    [
      'Cookies',
      'You will get a permission request before advertising cookies are set, and they are set only if you agree.',
      'tracking:conditional:opt_in',
    ],
  ])('(%s) %s → %s', (section, text, want) => {
    expect(all(section, text)).toBe(want);
  });
});
