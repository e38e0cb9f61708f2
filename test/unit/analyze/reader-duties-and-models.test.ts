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
      'Your obligations',
      'You must provide a clear notice to your users that third-party vendors, including Acme, use cookies to serve ads.',
    ],
    [
      'Partner duties',
      "Partner agrees to obtain the end user's consent to the use of cookies and the collection of data by Acme through the SDK.",
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
      'Advertiser terms',
      "Advertiser will secure any consent required for Acme to receive conversion data from Advertiser's website.",
    ],
    [
      'Your obligations',
      'You agree to obtain prior consent from your visitors before the Acme widget sets cookies or similar technologies.',
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
      'Publisher obligations',
      "Website owners must obtain visitors' permission before Acme's pixel tracks their activity on the site.",
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
      'Advertiser represents and warrants that any websites where data is collected for advertising provide users notice that third parties will collect data for ads.',
    ],
    [
      'Representations',
      'Publisher agrees to take responsibility for obtaining any required user consent for passing device identifiers of its users to Acme and its partners.',
    ],
    [
      'Data protection',
      'You represent and warrant that you have provided all notices and obtained all consents necessary for Acme to process Customer Personal Data.',
    ],
  ])('no grant (%s): %s', (section, text) => {
    expect(stances(section, text)).not.toContain('grant');
  });

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
  ])('the service acts (%s): %s', (section, text) => {
    expect(stances(section, text)).toContain('grant');
  });

  it.each([
    ['Cookies', 'Where required by law, we will obtain your consent before we set non-essential cookies.'],
    ['Cookies', 'We will set advertising cookies on your browser after you give your consent.'],
    ['Cookies', 'We will ask for your consent before we set advertising cookies on your device.'],
    ['Cookies', 'Before we place tracking cookies, we obtain your consent through our cookie banner.'],
    ['Cookies', 'Our advertising partners will obtain your consent before they place cookies on your device.'],
    ['Cookies', 'The operator of this website will obtain your consent before setting advertising cookies.'],
  ])('consent the service asks stays conditional (%s): %s', (section, text) => {
    expect(stances(section, text)).toContain('conditional:opt_in');
  });
});

describe("the reader's own models", () => {
  it.each([
    ['Fine-tuning', 'You can fine-tune the model on your own data; fine-tuned models are available only to you.'],
    ['Creator tools', 'Creators may use the feedback tools to train their own custom models on their own content.'],
    ['Fine-tuning', 'Fine-tuned models are available only to you and are not used to train our base models.'],
    ['Fine-tuning', 'Enterprise customers can fine-tune models with their own data in their private workspace.'],
    ['Custom models', 'Customers may train custom models using their own datasets through the Acme Studio.'],
    ['Custom models', 'Developers can fine-tune our models for their own applications using the fine-tuning API.'],
    ['Your models', 'Any model you fine-tune using the Services is for your exclusive use.'],
    [
      'Your models',
      'Models you train with your Customer Data belong to you and will not be shared with other customers.',
    ],
    ['Fine-tuning', 'When you fine-tune a model, your training data is used only to create your fine-tuned model.'],
    ['Fine-tuning', 'Your fine-tuned models are used only by you and are never used to improve our base models.'],
    ['Fine-tuning', 'Users can create fine-tuned versions of the model with the fine-tuning feature.'],
    ['Custom models', 'Subscribers may build and train custom classifiers on their own documents.'],
    ['Custom models', 'You may train a custom model on your own images using AutoML.'],
    ['Fine-tuning', 'Customers can fine-tune a base model with examples they upload.'],
    ['Fine-tuning', 'Your fine-tuned model is private to your organisation and is not shared with other customers.'],
    ['Fine-tuning', 'Fine-tuned models you create are available only to you.'],
    ['Fine-tuning', 'Users may fine-tune their own models using the training data they provide.'],
    ['Developer tools', 'Developers may train their own machine learning models on data they export from the Service.'],
    ['Fine-tuning', 'Fine-tuned models are for your exclusive use and belong to you.'],
    ['Fine-tuning', 'You can deploy your fine-tuned models to your own endpoints.'],
    ['Custom models', 'Members can train custom voice models on their own recordings.'],
    ['Fine-tuning', 'Any model that you fine-tune with the Services is yours to use.'],
  ])('no grant (%s): %s', (section, text) => {
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
