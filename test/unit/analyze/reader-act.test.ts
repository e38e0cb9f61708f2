// The reader's act on an outside party's product as the condition of a sharing to that party (GUIDE D4): each shape
// and each veto of reader-act.ts, and the near misses it must not catch (the service's own sharing after some act of
// the reader, its vendors, what it places in its pages or app, another recipient or ground beside the party: grants).
import { describe, expect, it } from 'vitest';
import { matchClause } from '../../../src/core/analyze/engine';
import { readerActNamesRecipient } from '../../../src/core/analyze/reader-act';

/** The sentence in lower case, and the action at the first occurrence of `action`. */
const reads = (sentence: string, action: string): boolean => {
  const lower = sentence.toLowerCase();
  const at = lower.indexOf(action);
  if (at < 0) throw new Error(`no "${action}" in "${sentence}"`);
  return readerActNamesRecipient(lower, at);
};

/** The stances of the unit's hits, or of those whose evidence holds `evidence` (one sharing among several). */
const stancesOf = (text: string, evidence = ''): string[] => [
  ...new Set(
    matchClause(text, new Set(['data_sharing']))
      .filter((h) => h.evidence.toLowerCase().includes(evidence))
      .map((h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`),
  ),
];

describe('readerActNamesRecipient', () => {
  it.each<[string, string]>([
    // The recipient as the main clause's subject, pointed back at.
    ['If you use a third-party app to post content, that app may receive your content.', 'receive'],
    ['When you connect another platform, it may receive your profile.', 'receive'],
    // …after "you agree that".
    ['By enabling a third-party integration, you agree that the connected integration may access your data.', 'access'],
    // …after a linking word.
    ['Similarly, if you connect a third-party app, that app may receive your content.', 'receive'],
    // The recipient after the action; the act opened by "by", an indefinite product with an outside provider.
    ['By installing an app offered by one of our partners, we will send your profile to that app.', 'send'],
    // "Use" with the reader's own end; the maker of the product ("the plugin developer") is the product's party.
    ['If you use a third-party app to access your account, we may share your data with it.', 'share your'],
    ['If you install a third-party plugin, the respective plugin developer may access your data.', 'access'],
    // Coordinated act verbs: "using or adding" is not "use" alone.
    ['By using or adding a third-party app, we will send your profile to that app.', 'send'],
    // "Them" after the action.
    ['If you connect third-party apps, we will share your data with them.', 'share your'],
    // The determiner reaches the coordinated nouns, and the anchor may sit inside the recipient phrase.
    [
      'By adding or using an Application or a service provided by one of our affiliates or business partners, the information you provide in the interactions with that Application or service may be accessed by the respective Application Developer, affiliate or business partner and their authorized representatives.',
      'affiliate or business partner and',
    ],
    // A decision clause ends at the main clause's modal.
    [
      'Your decision to share information about your activities with these third parties may result in Acme sending relevant information about you to these third parties.',
      'sending',
    ],
    [
      'In the event you voluntarily choose to link a social network, we share your posts with the third party you choose.',
      'share your',
    ],
    ['If you choose to export your data to another service, we will transfer it to that service.', 'transfer'],
    // …so that a later action of the main clause finds the recipient before it.
    [
      'Your decision to share information with these third parties may result in Acme sending your data to these third parties, which may then use that information.',
      'use that',
    ],
  ])('reads the reader’s act as the condition: %s', (sentence, action) => {
    expect(reads(sentence, action)).toBe(true);
  });

  it.each<[string, string]>([
    // Another recipient in the main clause: the act does not make it the reader's opt-in.
    ['When you use a third-party service, we may disclose your information to law enforcement.', 'disclose'],
    [
      'Your decision to share your location with third parties may result in us sending your data to advertisers.',
      'sending',
    ],
    [
      'By using an application provided by one of our business partners, we may share your data with advertising partners.',
      'share your',
    ],
    ['If you connect a third-party app, that app may receive your content and share it with advertisers.', 'receive'],
    ['If you connect a third-party app, we share your data with that app and with law enforcement.', 'share your'],
    // …nor a ground or a purpose of the service's own after the party, nor another recipient beside the subject.
    ['If you use a third-party service, we may share your data with that service as required by law.', 'share your'],
    ['If you connect a third-party app, we may share your data with that app to protect our rights.', 'share your'],
    ['When you use another platform, we share your data with that platform for advertising.', 'share your'],
    ['If you use a third-party app, that app and our advertising partners may receive your data.', 'receive'],
    ['If you connect a third-party app, we share your data with advertisers and with that app.', 'that app.'],
    // The anaphor names some other party than the act's.
    ['When you use another platform, we share your data with these third parties.', 'share your'],
    ['When you use another platform, these third parties may receive your data.', 'receive'],
    // …nor the service's or the recipient's own recipients after the party; nor an empty "it".
    ['If you connect a third-party app, we share your data with that app and our partners.', 'share your'],
    ['If you connect a third-party app, we share your data with that app and its advertisers.', 'share your'],
    ['If you connect a third-party app, we share your data with that app and their advertisers.', 'share your'],
    ['If you connect a third-party app, it is likely that we share your data.', 'share your'],
    ['If you connect a third-party app, it may be that we share your data.', 'share your'],
    ['If you connect a third-party app, it might be that we share your data.', 'share your'],
    ['If you connect a third-party app, it can be that we share your data.', 'share your'],
    // The service's vendors and what it places on its pages (D1, D10, G7).
    ['If you use a third-party payment service, we share your card details with that service.', 'share your'],
    ['When you use the third-party chat service on our website, that service receives your messages.', 'receives'],
    // No outside product in the act: using the service, another account alone, visiting.
    ['If you use our Services, we share your data with these third parties.', 'share your'],
    ['If you link another account, we share your data with that account.', 'share your'],
    ['When you visit a third-party website, that website may collect your data.', 'collect'],
    // Review of the first version (GUIDE D1, D4, G7): "use" alone of a vendor or of what the service places.
    ['If you use a third-party service to pay for your order, we share your card details with it.', 'share your'],
    [
      'If you use a third-party service to pay, we may share your payment card details with that service.',
      'share your',
    ],
    [
      'When you use embedded videos from third-party platforms in our app, those platforms may receive your IP address and device information.',
      'receive',
    ],
    [
      'When you use third-party fonts or maps in our Services, such third parties may receive your IP address.',
      'receive',
    ],
    [
      'When you use social network plugins on our Services, those social networks may receive information about your visit.',
      'receive',
    ],
    [
      'When you use the support chat operated by a third-party service provider, that service provider receives your messages.',
      'receives',
    ],
    [
      'When you use a service provided by a third party on our behalf, that third party receives your personal data.',
      'receives',
    ],
    [
      'When you use features of our app that are provided by third-party services, those services may receive your data.',
      'receive',
    ],
    ['When you connect a third-party app in our app, that app may receive your usage data.', 'receive'],
    [
      'When you connect a third-party map powered by another platform, that platform may receive your location.',
      'receive',
    ],
    ['When you connect a third-party app integrated into the Services, that app may receive your data.', 'receive'],
    // …another recipient coordinated with the party.
    ['If you use a third-party app to post, we may share your data with that app and advertisers.', 'share your'],
    ['If you use a third-party app to post, we may share your data with that app, regulators or courts.', 'share your'],
    ['If you connect a third-party app, that app, advertisers and data brokers may receive your data.', 'receive'],
    [
      'By adding an Application, you agree that we may share your information with the respective Application Developer, advertisers and analytics providers.',
      'share your',
    ],
    // …an anaphor whose head is some other party, or restricted to some of them.
    [
      'When you connect a third-party service, we may share your information with those third parties that help us provide the Services.',
      'share your',
    ],
    [
      'If you connect a third-party service, we may transfer your data to such service providers to help us operate our business.',
      'transfer',
    ],
    [
      'When you connect a third-party service, we may share your data with such third parties, including advertisers.',
      'share your',
    ],
    ['When you connect an app or service, we share your data with the relevant service providers.', 'share your'],
    // …a legal ground, a merger, or a purpose of the service's own.
    [
      'When you connect a third-party service, we may disclose your information to that service when required by law.',
      'disclose',
    ],
    [
      'When you connect a third-party service, we may disclose your information to that service if required.',
      'disclose',
    ],
    [
      'When you connect a third-party service, we may disclose your information to that service where required by applicable law.',
      'disclose',
    ],
    [
      'When you connect a third-party service, we may disclose your information to that service pursuant to a legal obligation.',
      'disclose',
    ],
    [
      'If you connect a third-party app, we may share your information with that app or a successor in a merger.',
      'share your',
    ],
    [
      'If you connect a third-party app, we may share your information with it to detect and prevent fraud and abuse.',
      'share your',
    ],
    [
      'When you connect a third-party service, we may share your information with such third parties to enforce our Terms.',
      'share your',
    ],
    [
      'If you connect a third-party app, we may share your information with that app for our legitimate interests.',
      'share your',
    ],
    // …"an app" alone, or one the service provides.
    ['When you connect an app, we may share your information with it.', 'share your'],
    ['When you install an app provided by Acme, we share your usage data with that app’s developer.', 'share your'],
    ['When you install an app provided by us, we share your usage data with that app.', 'share your'],
    ['When you install an app made by our developers, we share your usage data with that app.', 'share your'],
    ['By installing an app, we will send your profile to that app.', 'send'],
    // No condition the reader meets: a duty, an opt-out.
    ['Similarly, we share your data with that app if you connect a third-party app.', 'share your'],
    ['You must obtain consent before connecting a third-party app, and we share data with that app.', 'share data'],
    ['You may choose not to connect a third-party app, and we share data with that app.', 'share data'],
    // The action inside the act itself, and no recipient named after it.
    ['If you share your data with a third-party app, we keep a copy.', 'share your'],
    ['If you connect a third-party app, we may share your data to protect our rights.', 'share your'],
  ])('does not: %s', (sentence, action) => {
    expect(reads(sentence, action)).toBe(false);
  });
});

describe('data_sharing stance of the reader’s act (GUIDE D4)', () => {
  it.each<[string, string, string?]>([
    ['If you use a third-party app to post content, that app may receive your content.', 'conditional opt_in'],
    // A whole-pipeline check: the reader's permission is read before reader-act.ts (userStartsTransfer).
    ['If you permit it, we will share your information with the third party you choose.', 'conditional opt_in'],
    ['When you use a third-party service, we may disclose your information to law enforcement.', 'grant'],
    [
      'Your decision to share your location with third parties may result in us sending your data to advertisers.',
      'grant',
      // The reader's own choice to share with third parties is another hit; the service's sending is a grant.
      'sending',
    ],
    [
      'By using an application provided by one of our business partners, we may share your data with advertising partners.',
      'grant',
    ],
    ['If you use a third-party service to pay, we may share your payment card details with that service.', 'grant'],
    // The reader's own act (userStartsTransfer) with another recipient beside the one it names.
    ['If you connect a third-party app, we share your data with that app and with law enforcement.', 'grant'],
    ['If you connect a third-party app, we may share your information with that app’s advertising partners.', 'grant'],
    [
      'Once you install a third-party app, we will share your account details with that app’s developer.',
      'conditional opt_in',
    ],
    [
      'If you connect your account to a third-party service, we will share your profile with that service.',
      'conditional opt_in',
    ],
  ])('%s → %s', (text, stance, evidence) => {
    expect(stancesOf(text, evidence)).toContain(stance);
    if (stance === 'grant') expect(stancesOf(text, evidence)).not.toContain('conditional opt_in');
  });
  it('reads no opt-in in an embedded video the service places (G7)', () => {
    expect(
      stancesOf(
        'When you use embedded videos from third-party platforms in our app, those platforms may receive your IP address',
      ),
    ).not.toContain('conditional opt_in');
  });
});
