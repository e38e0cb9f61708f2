// Stance on the shapes real documents use: negation inside a noun phrase, opt-outs phrased as a wish or an
// instruction, exceptions after a denial, opt-outs that do not bind, a restraint on someone else, list heads.
import { describe, expect, it } from 'vitest';
import { findingsForClause, matchClause } from '../../../src/core/analyze/engine';
import { firstPartyNames } from '../../../src/core/analyze/first-party';
import type { CategoryId } from '../../../src/core/types';

/** The unit's stances in `category`; `weak` adds the rules of high sensitivity (transfers that name no recipient). */
const stanceOf = (text: string, category: CategoryId, options: { weak?: boolean } = {}): string[] => [
  ...new Set(
    matchClause(text, new Set([category]), options).map((h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`),
  ),
];

describe('stance', () => {
  it('reads a user named in brackets as the subject, not as an aside', () => {
    const text =
      'Customer ("you") shall not use the Services or any output to train a competing machine learning model.';
    expect(stanceOf(text, 'ai_training')).toEqual([]);
  });
  it('reads no opt-out in a wish whose only way out is not to use the service', () => {
    const text = 'If you do not want your information shared with our partners, please do not use the Service.';
    expect(stanceOf(text, 'data_sharing')).not.toContain('conditional opt_out');
  });
  it.each<[string, CategoryId, string]>([
    // A denial bounded only by what the law permits re-opens the disclosure (G5).
    [
      'We do not use or disclose sensitive personal information for any purpose not expressly permitted by the law.',
      'data_sharing',
      'grant',
    ],
    // Not an authority the user holds: "not authorized by you" is consent.
    [
      'We will not disclose your personal information for any purpose not authorized by you.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may use recordings that are not personal data to improve our machine learning models.',
      'ai_training',
      'grant',
    ],
    ['Content which does not identify you may be used to develop our AI systems.', 'ai_training', 'grant'],
    [
      'We may use data that, by itself, cannot identify a person to improve our machine learning models.',
      'ai_training',
      'grant',
    ],
    [
      'You may instruct us not to use your content to improve our AI models by changing a setting.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      "If you'd rather we didn't use your messages to train our models, you can turn this off.",
      'ai_training',
      'conditional opt_out',
    ],
    // A browser's opt-out signal is the user opting out, whatever "if you enable" says.
    [
      'If you have enabled the Global Privacy Control signal, we will treat this as a request to opt out of the sale of your personal information.',
      'data_sale',
      'conditional opt_out',
    ],
    [
      'If you choose to use the Global Privacy Control (GPC) browser signal, you will only be opted out of online sales of your personal information.',
      'data_sale',
      'conditional opt_out',
    ],
    // …in the signal's own clause only: the training after ", and with your consent" is another clause's.
    [
      'If you have enabled Global Privacy Control, we will treat it as an opt-out of sales, and with your consent we may also use your recordings to train our AI models.',
      'ai_training',
      'conditional opt_in',
    ],
    // A control offered to the user is an opt-out (G7); a tool the company uses for itself, or leaving, is not.
    [
      'We provide you with tools to manage the cookies we use in the cookie settings.',
      'tracking',
      'conditional opt_out',
    ],
    ['You can use our cookie consent tool to change the cookies we use.', 'tracking', 'conditional opt_out'],
    ['(a) To turn off our use of advertising cookies, visit your privacy settings.', 'tracking', 'conditional opt_out'],
    ['We use tools to manage our campaigns and cookies to track whether you open our emails.', 'tracking', 'grant'],
    [
      'We will share your personal data with our affiliates; you may prevent this only by deleting your account.',
      'data_sharing',
      'grant',
    ],
    // A wish not to be shared whose only way out is to leave the service is no opt-out (G7).
    [
      'If you do not want us to share your information with advertisers, you should stop using the Services and delete your account.',
      'data_sharing',
      'grant',
    ],
    [
      'If you do not want us to share your information with our partners, please do not use the Service.',
      'data_sharing',
      'grant',
    ],
    [
      'If you do not want your information shared with our partners, you can change your privacy settings.',
      'data_sharing',
      'conditional opt_out',
    ],
    ['If you do not want us to share your data with partners, you must close your account.', 'data_sharing', 'grant'],
    // Leaving as one way out among others leaves the opt-out standing (G7).
    [
      'If you do not want us to share your information with advertisers, visit the Privacy page in your settings, or close your account.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'If you no longer wish us to share your data with partners, uncheck the box in your profile or deactivate your account.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'If you do not want us to share your data with partners, contact us or delete your account.',
      'data_sharing',
      'conditional opt_out',
    ],
    // Settings the user controls make an opt-out; settings that only describe the user do not.
    ['Depending on your country settings, we may share your data with local partners.', 'data_sharing', 'grant'],
    ['Depending on your language preferences, we may share your data with local partners.', 'data_sharing', 'grant'],
    [
      'Depending on your cookie preferences, we may share your data with advertising partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'Depending on your ad settings, we may share your data with advertising partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'Depending on your communication preferences, we may share your data with advertising partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'Depending on your privacy and advertising settings, we may share your data with advertising partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'Depending on your privacy settings, we may share your data with local partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    // A "mechanism" is a transfer safeguard only when it is named for a transfer (D13).
    ['When we share your data with advertisers, we use appropriate mechanisms.', 'data_sharing', 'grant'],
    // …or when the clause sends the data abroad.
    [
      'Where we share your data with recipients outside the EEA, we use appropriate mechanisms to protect it.',
      'data_sharing',
      'restrict',
    ],
    [
      'When we share your data with partners in other countries, we use appropriate mechanisms to protect it.',
      'data_sharing',
      'restrict',
    ],
    // Any recipient of the lexicon limited by "only" is bound (D2), not a hand-picked few.
    [
      'Our suppliers only use the personal data we share with them to provide services to us.',
      'data_sharing',
      'restrict',
    ],
    // Using the service is the occasion (G7); a third party's login used through it is the user's transfer (D4).
    [
      'If you choose to use our Service, we share your usage data with third-party analytics providers.',
      'data_sharing',
      'grant',
    ],
    [
      'If you choose to use Facebook Login, we will share your email address with Facebook.',
      'data_sharing',
      'conditional opt_in',
    ],
    // The user picks the sharing (D4): "we may offer the option to share …", "you can choose to share … with …".
    ['We may offer the option to share your data with your insurance company.', 'data_sharing', 'conditional opt_in'],
    [
      'You can choose to share data with utility companies to benefit from energy savings programs.',
      'data_sharing',
      'conditional opt_in',
    ],
    // "other than as …" is an exception after the denial; a service the user requested is the user's request (G5).
    [
      'We do not share sensitive personal information other than as needed to perform services you have requested.',
      'data_sharing',
      'conditional opt_in',
    ],
    ['We do not share your personal information other than as needed to detect fraud.', 'data_sharing', 'grant'],
    // A negation in a parenthetical aside closed before the action does not negate it; "(not)" alone does.
    [
      'Should we get acquired or go out of business (no way), the transfer of assets to our buyer may include user information.',
      'data_sharing',
      'grant',
    ],
    ['Your data (which we never sell) may be shared with our service providers.', 'data_sharing', 'grant'],
    ['We do not (and will not) share your data with advertisers.', 'data_sharing', 'restrict'],
    ['We do (not) share your data with advertisers.', 'data_sharing', 'restrict'],
    // The opt-out covers only the purpose added after it (G4: the others are granted).
    [
      'We may share your personal information with our service providers for hosting and, unless you opt out, for training models.',
      'data_sharing',
      'grant',
    ],
    [
      'Unless you opt out, we may share your personal information with advertising partners.',
      'data_sharing',
      'conditional opt_out',
    ],
    // …and an opt-out of another purpose, added after the action or in another clause of the service's, leaves the
    // action granted; one that names the act, or points back at it, conditions it.
    [
      'We share your information with our service providers, and, if you have not opted out of marketing, with our advertising partners.',
      'data_sharing',
      'grant',
    ],
    [
      'We use your chats to improve our AI models, and we send you marketing emails if you have not opted out of them.',
      'ai_training',
      'grant',
    ],
    [
      'We use your prompts to train our models and, if you have not opted out of personalised advertising, to show you relevant ads.',
      'ai_training',
      'grant',
    ],
    [
      'We use your chats to improve our AI models, and we send you marketing emails unless you opt out of them.',
      'ai_training',
      'grant',
    ],
    [
      'We use your chats to improve our AI models, and we keep them for a year unless you opt out of such training.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'We share your information with advertising partners if you have not opted out of such sharing.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We share your information with advertising partners if you have not opted out of marketing.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We share your information with our partners, and we may also disclose it to advertisers unless you opt out of such sharing.',
      'data_sharing',
      'conditional opt_out',
    ],
    // A bare opt-out in a later clause of the service's, or one that points back at the act, concerns the act.
    [
      'We may use your content to train our AI models, and we let you opt out in your settings.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'We share your personal information with advertising partners, and we give you the option to opt out at any time.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We share your personal information with advertising partners, and we will stop if you opt out.',
      'data_sharing',
      'conditional opt_out',
    ],
    [
      'We may use your content to train our models, and we will not do this if you opt out.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'We may use your content to improve our models, and we respect your choice if you opt out.',
      'ai_training',
      'conditional opt_out',
    ],
    ['We use your prompts to train our models. You can opt out of this.', 'ai_training', 'conditional opt_out'],
    [
      'We use your prompts to train our models, and we will continue to do so unless you opt out.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'We use your prompts to train our models, and you can opt out of this in Settings.',
      'ai_training',
      'conditional opt_out',
    ],
    [
      'Even after you have opted out, we may still use your chats to train our models when you rate a reply.',
      'ai_training',
      'grant',
    ],
    [
      "We don't train our AI models on your files, unless you use the free plan and have not switched training off.",
      'ai_training',
      'conditional opt_out',
    ],
    ['We do not use your files to train our AI models, except when you send us feedback.', 'ai_training', 'grant'],
    ['We do not sell your personal information unless we are required to by law.', 'data_sale', 'restrict'],
    // The opt-out control's name is no denial (GUIDE S2), and an opt-out promised before a change is an opt-out.
    [
      'To opt out, click the “Do Not Sell or Share My Personal Information” link in our footer.',
      'data_sale',
      'conditional opt_out',
    ],
    [
      'Send us an email with the subject line “Do Not Sell Request”, and we will stop selling your data.',
      'data_sale',
      'conditional opt_out',
    ],
    ['You can ask that we do not sell your personal information.', 'data_sale', 'conditional opt_out'],
    // "Do Not Share" names the control only as "Do Not Share My …" or in quotes; a plain "do not share" denies.
    [
      'You can opt out by clicking the Do Not Share My Personal Information link.',
      'data_sharing',
      'conditional opt_out',
    ],
    ['We do not share lists of our customers with third parties.', 'data_sharing', 'restrict'],
    ['We do not share links you click with advertisers.', 'data_sharing', 'restrict'],
    // A choices-list item is the user's choice only about what the service does.
    [
      'Choosing whether we share your personal information with other companies for their marketing.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'Choosing whether your personal information is shared with other companies for their marketing.',
      'data_sharing',
      'conditional opt_in',
    ],
    // Consent said as agreement at the end, as permission asked, or as the user's request or direction.
    [
      'We share your personal information for a particular purpose, if you agree.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'If you win a prize and we ask permission to share your personal information with the sponsor.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'We may share your personal information with third parties based on your request.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'If you join an event and direct us to share your information, we may share it with the event sponsors.',
      'data_sharing',
      'conditional opt_in',
    ],
    // A legal basis with an alternative is no condition.
    [
      'We may share your personal information with partners based on your consent or our legitimate interests.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not sell your data, and will not do so without giving you notice and an opportunity to opt out.',
      'data_sale',
      'conditional opt_out',
    ],
    ['We do not sell your personal data, and we never will.', 'data_sale', 'restrict'],
    [
      'We will not sell your personal information to other companies unless we have your consent.',
      'data_sale',
      'conditional opt_in',
    ],
    ['We do not sell or rent your personal information, except as follows:', 'data_sale', 'restrict'],
    [
      "We will not use customer data to train generative AI models without the customer's written consent.",
      'ai_training',
      'conditional opt_in',
    ],
    [
      'You can decide whether we use your documents to train our AI models with the training controls in your settings.',
      'ai_training',
      'conditional opt_out',
    ],
    ['Develop and improve our AI features (subject to your settings);', 'ai_training', 'conditional opt_out'],
    ['We prohibit our AI vendors from training their models on your content.', 'ai_training', 'restrict'],
    [
      'This licence does not, however, allow us to share your inputs with AI providers for their own model training.',
      'ai_training',
      'restrict',
    ],
    [
      'We do not sell or use customer data for: targeted advertising; training general-purpose AI models.',
      'ai_training',
      'restrict',
    ],
    ['You can ask us to stop selling your personal information at any time.', 'data_sale', 'conditional opt_out'],
    // Permission given by the user with words between "if you" and "gives us permission"; a transfer the user asks for
    // (GUIDE D4); "as you may consent" as a list item's consent case.
    [
      'We will only share your camera clips with partner apps if you or a member of your household explicitly gives us permission.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'We share your details with partners when you give us specific permission, for legal reasons, and as described below.',
      'data_sharing',
      'grant',
    ],
    [
      'You can also request that we transfer your data directly to a third party.',
      'data_sharing',
      'conditional opt_in',
    ],
    // "Unless otherwise specified" re-opens the denial in general terms (G5): a grant.
    [
      'Unless otherwise specified, your data stays in the EU and will not be passed on to third parties.',
      'data_sharing',
      'grant',
    ],
    // "Does not limit our ability" negates a limit, not the disclosure.
    [
      'These disclosures do not limit our ability to use or disclose personal information as described above.',
      'data_sharing',
      'grant',
    ],
    // A safeguard on the recipients as the main clause is a limit (GUIDE D2, G4); sharing with a safeguard added is not.
    [
      'Contractors with whom we share such records are bound by confidentiality obligations.',
      'data_sharing',
      'restrict',
    ],
    [
      'These vendors have access to your personal data only to help us and are obligated not to disclose it to anyone.',
      'data_sharing',
      'restrict',
    ],
    ['We share your data with service providers who are contractually bound to protect it.', 'data_sharing', 'grant'],
    // An activity the user chooses is the occasion of the sharing, no consent to it (G7); linking an account is (D4).
    [
      'If you choose to take part in a survey, we may provide your personal information to the survey provider.',
      'data_sharing',
      'grant',
    ],
    [
      'If you choose to link your account, we share your profile information with the linked service.',
      'data_sharing',
      'conditional opt_in',
    ],
    // The user's authorisation of a disclosure (a signed statement, a consent asked for) is opt-in.
    [
      'If you have a lawyer, include a signed statement authorizing Acme to disclose your account details to your lawyer.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'You may be asked for consent for Acme to discuss or share your account information with anyone other than you.',
      'data_sharing',
      'conditional opt_in',
    ],
    // An exception before the denial decides as one after it (G5): discretionary = grant, the law only = restrict.
    ['With the exception of fraud reports, we do not share any data with any third party.', 'data_sharing', 'grant'],
    ['Except for a court order, we never share your data with third parties.', 'data_sharing', 'restrict'],
    // The user authorises a third party's access (GUIDE D4).
    [
      'You may authorize developers to access your order information through our APIs.',
      'data_sharing',
      'conditional opt_in',
    ],
    // Review counterexamples: a condition of use, an authorisation of something else, consent by use and the
    // recipients' own onward sharing are no consent and no safeguard (they were read as a good sign).
    [
      'If you upload photos you grant us permission to share them with our advertising partners.',
      'data_sharing',
      'grant',
    ],
    [
      'You may authorize third-party apps to connect to your account, and we share your personal information with advertisers.',
      'data_sharing',
      'grant',
    ],
    [
      'We share your personal information with advertisers, as you may consent by using the Service.',
      'data_sharing',
      'grant',
    ],
    [
      'Our partners are bound by their own privacy policies and may share your personal information with their affiliates.',
      'data_sharing',
      'grant',
    ],
    [
      'These third parties are bound by confidentiality obligations, but may disclose your personal information to their subcontractors.',
      'data_sharing',
      'grant',
    ],
    // Second review (share2's shapes): the user's choice binds only the sharing it names, a requested service only
    // when nothing else is let in, and an aside negates only when it is the denial itself.
    [
      'You can choose to share your data with us, and we share it with partners for advertising.',
      'data_sharing',
      'grant',
    ],
    [
      'We give our partners the option to share your personal information with other companies.',
      'data_sharing',
      'grant',
    ],
    [
      'We share your data with partners to provide services you have requested and for their own marketing.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not share your personal information with partners other than as needed to perform services you have requested and for their own marketing.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not share your personal information with partners other than as needed to provide our services and for their own marketing.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not share your personal information with third parties unless you consent or for advertising purposes.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not share your personal information except when you request a product from a partner, in which case we share it with its advertisers.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not share your personal information unless you consent or the law requires it.',
      'data_sharing',
      'conditional opt_in',
    ],
    // "and where permitted by law" is a further condition on the consent, not another case.
    [
      'We will not share your information with third parties for their own marketing purposes unless you give us consent to do so and where permitted by applicable law.',
      'data_sharing',
      'conditional opt_in',
    ],
    ['We do not sell your data other than as described, and we share it with advertisers.', 'data_sharing', 'grant'],
    ['We may (or may not) share your personal information with advertisers.', 'data_sharing', 'grant'],
    ['Partners (not limited to advertisers) may receive your personal information.', 'data_sharing', 'grant'],
    ['We will (under no circumstances) share your personal information with advertisers.', 'data_sharing', 'restrict'],
    [
      'We do not share your personal information with advertisers, we only provide you with the service.',
      'data_sharing',
      'restrict',
    ],
    // A transfer the user starts (D4): a feature the user may use to share, a migration the user instructs; using the
    // service is no instruction (G7), and what third parties may be able to do is theirs.
    [
      'You may be able to share your network performance data with your internet service provider so they can help you.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'If you migrate your account to a partner account, you instruct Acme Labs, Inc. to disclose the video data it holds to the partner.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'If you use the Services, you instruct us to share your personal information with advertisers.',
      'data_sharing',
      'grant',
    ],
    [
      'By using the Services, you instruct us to disclose your personal information to our partners.',
      'data_sharing',
      'grant',
    ],
    ['Third parties may be able to share your personal information with their affiliates.', 'data_sharing', 'grant'],
    // Consent asked for or given before this very sharing (G5, G7), and the user's pick of one optional feature (D4).
    [
      'We also ask for your consent to share your personal data with third parties.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'We share information about you with third parties when you separately consent to such sharing.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'If you have provided your consent, we will share crash reports with our partners.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'We do not share your data with marketers unless a customer elects that we do so.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'You may be choosing to share information about your activity with that third party.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'By using the lab feature, you agree and instruct us to send your content to the selected vendor.',
      'data_sharing',
      'conditional opt_in',
    ],
    // Only what the law compels, without a negation (G5).
    [
      'We will only disclose the limited user data we hold if we are legally obligated to do so by a binding order.',
      'data_sharing',
      'restrict',
    ],
    [
      'Acme requires a valid legal process to compel the disclosure of user data to a government.',
      'data_sharing',
      'restrict',
    ],
    [
      "We don't share personal information with third parties, except when required by a court order, or when you explicitly publish that information yourself.",
      'data_sharing',
      'restrict',
    ],
    // …or where the law requires it of the service, and in no other case (G5).
    [
      'We may disclose your information where we are legally required to do so in order to comply with a court order.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may also disclose personal information to third parties to the extent required by applicable law.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may also share personal data in limited circumstances where we are required to do so under applicable law.',
      'data_sharing',
      'restrict',
    ],
    [
      'The law may require us to disclose limited personal data to law enforcement authorities.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may disclose your information where we are required to comply with a legal obligation.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may also share your personal data where we are required to do so under applicable data protection laws.',
      'data_sharing',
      'restrict',
    ],
    ['We may disclose your personal data where we are obliged to do so under the GDPR.', 'data_sharing', 'restrict'],
    [
      'We may disclose your personal data to the extent that we are required to do so by EU or Member State law.',
      'data_sharing',
      'restrict',
    ],
    ['We may disclose your personal data where we are required to by law.', 'data_sharing', 'restrict'],
    [
      'We do not sell your data to advertising partners, and we only disclose it to authorities where we are legally required to do so.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may disclose your information to law enforcement agents where we are legally required to do so.',
      'data_sharing',
      'restrict',
    ],
    [
      'We may disclose your information to courts or regulators where we are legally required to do so, for example in response to a subpoena served on our service provider.',
      'data_sharing',
      'restrict',
    ],
    // The sharing as the occasion, and a main clause that binds the recipients, whoever says it (G4, D12).
    [
      'If we engage a third-party processor to process your information, the processor will be subject to binding contractual obligations to keep it confidential.',
      'data_sharing',
      'restrict',
    ],
    [
      'Where we use third parties to process personal information, we implement contractual protections limiting its use to our purposes.',
      'data_sharing',
      'restrict',
    ],
    // Recipients subject to their own practices, or to nothing that binds them, are no limit (D8, D12).
    [
      'When we share your personal data with vendors, the vendors are subject to their own privacy practices and we are not responsible for them.',
      'data_sharing',
      'grant',
    ],
    [
      'When we share your personal data with vendors, they are subject to confidentiality obligations and may not use it for any other purpose.',
      'data_sharing',
      'restrict',
    ],
    [
      'When we share your personal data with service providers, they are subject to a data processing agreement that limits their use of it.',
      'data_sharing',
      'restrict',
    ],
    [
      'Where we share your information with vendors, they are subject to written contracts requiring them to protect it.',
      'data_sharing',
      'restrict',
    ],
    [
      'When we share your data with partners, they are subject to the same privacy protections described in this policy.',
      'data_sharing',
      'restrict',
    ],
    [
      'If you buy a ticket, we share your name with the venue and our partners ensure delivery.',
      'data_sharing',
      'grant',
    ],
    // Only recipients of a kind taken on, nothing shared in the sentence: a limit on recipients (D12).
    [
      'Acme will only use processors which provide sufficient guarantees to implement appropriate technical measures.',
      'data_sharing',
      'restrict',
    ],
    [
      'Acme only uses third-party services that are evaluated to be safe, with the following minimum requirements:',
      'data_sharing',
      'restrict',
    ],
    ['Acme only uses data processors who are bound by a data processing agreement.', 'data_sharing', 'restrict'],
    [
      'Acme will only engage service providers who process personal data in accordance with our instructions and applicable law.',
      'data_sharing',
      'restrict',
    ],
    ['We only work with vendors that use your data solely to provide services to us.', 'data_sharing', 'restrict'],
    [
      'We select only service providers that have access to your personal data under strict confidentiality agreements.',
      'data_sharing',
      'restrict',
    ],
    ['We only share your data with service providers who are bound by confidentiality.', 'data_sharing', 'grant'],
    // The recipients taken on collect or receive the data: the sentence shares it (D1), no limit.
    [
      'We only use third-party analytics services that collect your IP address and browsing behavior.',
      'data_sharing',
      'grant',
    ],
    [
      'We only work with advertising partners who use cookies to collect information about your browsing across websites.',
      'data_sharing',
      'grant',
    ],
    ['We use only trusted partners who receive your personal data to send you marketing.', 'data_sharing', 'grant'],
    // A denial whose exception names recipients on the service's side lets them in (G5).
    [
      'We will not share your information with third parties (other than our subsidiaries and affiliates) for their own marketing purposes.',
      'data_sharing',
      'grant',
    ],
    [
      'Opt-in data will not be shared with any third parties, excluding aggregators and providers of the text message services.',
      'data_sharing',
      'grant',
    ],
    [
      'We will not share your information with third parties other than as required by law.',
      'data_sharing',
      'restrict',
    ],
    // Consent beside a case the service decides is no condition (G5).
    [
      'We may also share information about you with your consent or at your direction or where we are legally entitled to do so.',
      'data_sharing',
      'grant',
    ],
    [
      'We may also share information about you with your consent or at your direction.',
      'data_sharing',
      'conditional opt_in',
    ],
    // A permitted case, or a case the service decides beside the law, is a grant (D6).
    ['We may disclose data when required by law, such as in response to a valid court order.', 'data_sharing', 'grant'],
    [
      'We may be required to disclose personal data in response to lawful requests by public authorities.',
      'data_sharing',
      'grant',
    ],
    [
      'We may disclose your information where we are legally required to do so or to protect our rights.',
      'data_sharing',
      'grant',
    ],
    [
      'We share your data with advertisers, and where we are legally required to do so, with the police.',
      'data_sharing',
      'grant',
    ],
    // A requirement that is not the law's (an agreement, providing the service) is the service's own case (G5).
    [
      'We share your booking details with hotels and airlines to the extent required by our agreement with you.',
      'data_sharing',
      'grant',
    ],
    [
      'We may share your data with service providers where we are required to do so to provide the Services.',
      'data_sharing',
      'grant',
    ],
    // Recipients on the service's side beside the authorities: a discretionary case (G5).
    [
      'We may share your personal data with our service providers, our affiliates, and public authorities where we are legally required to do so.',
      'data_sharing',
      'grant',
    ],
    [
      'We may disclose your personal data to our professional advisors and to regulators where we are legally required to do so.',
      'data_sharing',
      'grant',
    ],
    // The sharing presupposed in a relative clause on recipients whom the main clause binds (G4, D12).
    [
      'Any third party with whom we share user data is required to provide the same protection as this policy.',
      'data_sharing',
      'restrict',
    ],
    [
      'By joining an organisation as a member, you agree: (a) to disclose your billing information to the management account.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'By using the Services, you agree to disclose your personal information to our partners.',
      'data_sharing',
      'grant',
    ],
    // Consent in another clause of the unit is not this denial's exception.
    [
      'Some records are excluded from opt-in data and consent; this information will not be shared with any third parties.',
      'data_sharing',
      'restrict',
    ],
    // Consent named with no possessive under a denial (G5).
    [
      'We do not sell the personal information of users under 16 without affirmative authorization.',
      'data_sale',
      'conditional opt_in',
    ],
    // The act is what the user opts out of: an opt-out, whatever consent is named beside it.
    [
      'You have the right to opt in or opt out of the sale of your personal information.',
      'data_sale',
      'conditional opt_out',
    ],
    [
      'If you turn on the Global Privacy Control signal, we treat it as a request to opt out of the sale of your personal information.',
      'data_sale',
      'conditional opt_out',
    ],
    // A contract's ban on the act is a limit; the user's right to restrict it is an opt-out.
    ['Our written contract with each vendor prohibits the sale of that data.', 'data_sale', 'restrict'],
    [
      'You have the right to restrict the sharing of your personal information with our affiliates.',
      'data_sharing',
      'conditional opt_out',
    ],
    // A denial that holds once the user has opted out, and choices the user makes: opt-outs.
    [
      'We will not sell your personal information once you exercise your opt-out right.',
      'data_sale',
      'conditional opt_out',
    ],
    [
      'We sell personal data to advertising partners, subject to the choices you make on our website.',
      'data_sale',
      'conditional opt_out',
    ],
    // An exception that opens the sentence (G5): consent is an opt-in, the law keeps the denial a limit.
    [
      'Unless expressly authorized by the customer, we do not sell or share customer data for targeted advertising.',
      'data_sale',
      'conditional opt_in',
    ],
    ['Unless required by law, we do not sell your personal data.', 'data_sale', 'restrict'],
    // Consent said to be not needed is no consent condition.
    [
      'Outside the EEA we may sell or share data as local laws allow, which may not require your consent.',
      'data_sale',
      'grant',
    ],
    ['We may sell your personal data to our partners without affirmative consent.', 'data_sale', 'grant'],
    // The reader named as a party may ask the service not to (an opt-out); a party that is a third party to the
    // reader sets its own limit (a restraint).
    [
      'Customer may instruct us not to share your information with third parties.',
      'data_sharing',
      'conditional opt_out',
    ],
    ['Subscribers may ask us not to share their information with advertisers.', 'data_sharing', 'conditional opt_out'],
    ['Merchants may instruct us not to share your information with their partners.', 'data_sharing', 'restrict'],
    ['Advertisers may ask us not to share your information with other advertisers.', 'data_sharing', 'restrict'],
    // …unless what it keeps back is its own data: then it is the reader of its own terms (C2).
    ['Developers can ask us not to share their app data with our partners.', 'data_sharing', 'conditional opt_out'],
    // Coming back after an opt-out takes the right again (G8).
    [
      'If you re-engage with us after opting out of the sale of your personal information, such as by signing up for a newsletter, your personal information may be sold again.',
      'data_sale',
      'grant',
    ],
  ])('%j → %s %s', (text, category, stance) => {
    expect(stanceOf(text, category)).toEqual([stance]);
  });

  // The unit's verdict (the grant-most hit wins): a choice offered for one sharing leaves another in the sentence a
  // grant.
  it.each<[string, string]>([
    [
      'We offer you the option to share your data with partners, and we share your personal information with advertisers.',
      'grant',
    ],
    [
      'You can choose to share your profile publicly, and we share your personal information with advertisers.',
      'grant',
    ],
    [
      'You may be able to share your data with partners, and we share your personal information with advertisers.',
      'grant',
    ],
    ['We may offer the option to share your data with your insurance company.', 'conditional opt_in'],
  ])('%j → unit %s', (text, stance) => {
    const findings = findingsForClause('c1', matchClause(text, new Set<CategoryId>(['data_sharing'])));
    expect(findings.map((f) => `${f.stance}${f.condition ? ` ${f.condition}` : ''}`)).toEqual([stance]);
  });
});

describe('limits that bind nothing, and exceptions that are the law', () => {
  it.each<[string, CategoryId, string]>([
    // A main clause that requires or ensures something of the recipients limits the sharing only if it limits.
    ['When we share your data with advertisers, we ensure they can use it for any purpose.', 'data_sharing', 'grant'],
    ['When we share data with partners, they must pay us a fee.', 'data_sharing', 'grant'],
    ['We may require our partners to use your data for advertising.', 'data_sharing', 'grant'],
    [
      'Our partners will use the personal information we share for their own purposes, consistent with this policy.',
      'data_sharing',
      'grant',
    ],
    // A denial bounded by the purposes the law or the policy allows denies nothing (G5), but only the act before it.
    [
      'We do not use or disclose sensitive personal information beyond the purposes authorized by the CCPA.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not disclose sensitive personal information for any purpose other than when permitted under applicable law.',
      'data_sharing',
      'grant',
    ],
    [
      'We do not disclose sensitive personal information for purposes other than those permitted by law and we do not sell sensitive personal information.',
      'data_sale',
      'restrict',
    ],
    // A forward exception that is the law's leaves the denial standing.
    [
      'We do not share your personal information with third parties except as required by the following laws: the GDPR and the CCPA.',
      'data_sharing',
      'restrict',
    ],
    // Consent beside a legal duty is still the user's consent.
    [
      'With your consent, or if we are required by law, we share your data with advertisers.',
      'data_sharing',
      'conditional opt_in',
    ],
    // Capitals are emphasis, not a title.
    ['YOU MAY OPT OUT OF THE SALE OF YOUR PERSONAL INFORMATION AT ANY TIME.', 'data_sale', 'conditional opt_out'],
    // The user's portability right is a transfer the user asks for (D4), whatever law it names.
    [
      'Where required by law, we may also transfer a machine-readable copy of your personal information to you or a third party of your choice.',
      'data_sharing',
      'conditional opt_in',
    ],
    [
      'The right to receive a copy of any information we hold about you (or request that we transfer this to another service provider) in a structured, commonly used machine-readable format.',
      'data_sharing',
      'conditional opt_in',
    ],
  ])('%j (%s) → %s', (text, category, expected) => {
    expect(stanceOf(text, category)).toContain(expected);
  });

  it('a denied sale with a forward exception stays a denial, with no sharing granted', () => {
    expect(
      stanceOf('We do not sell your personal information to third parties, except as follows:', 'data_sharing'),
    ).not.toContain('grant');
  });
});

describe('recipients the service binds', () => {
  it.each<[string, string]>([
    // The sharing only describes the recipients that the main clause binds (G4, D12).
    [
      'We require all third parties with whom we share data to take appropriate steps to ensure the security of your personal data.',
      'restrict',
    ],
    [
      'We make sure that all companies that we share information with are capable of looking after the information properly.',
      'restrict',
    ],
    ['When we share data with affiliates, they will process it in accordance with applicable law.', 'restrict'],
    [
      'Whenever we share your personal data, we put safeguards in place which require these organisations to keep your data safe.',
      'restrict',
    ],
    // A safeguard contract the recipient enters into (D12, D13).
    [
      'In this case, the personal data is protected by the service provider entering into the EU standard contractual clauses for the transfer of data.',
      'restrict',
    ],
    // What the recipients may do, limited by "only" (D12), also after an opening phrase or as what the service ensures.
    ['In such cases, these third parties only use your personal data for the purposes described above.', 'restrict'],
    [
      'Such third parties who provide services on our behalf are authorized to use your personal information only as strictly necessary.',
      'restrict',
    ],
    [
      'We will ensure that the service provider is only allowed to use your personal data to provide the services to us.',
      'restrict',
    ],
    // "Only" for their own purposes limits nothing.
    ['Our partners only use your personal data for their own marketing purposes.', 'grant'],
    // The sharing is the unit's own, and the duty comes after it: a grant.
    ['We share your personal data with advertisers, and we require them to protect it.', 'grant'],
    ['We share your data with service providers that have entered into data processing agreements with us.', 'grant'],
    ['We share your data with our service providers and require them to keep it confidential.', 'grant'],
    // The company by a name of several words binds the recipients the sharing is the occasion of (D12)…
    [
      'If Acme Group GmbH uses external servers or service providers to store user data, Acme Group GmbH ensures that they are bound by the same data protection standards.',
      'restrict',
    ],
    ['When we share your data with vendors, the Acme Group will ensure that they keep it confidential.', 'restrict'],
    // …not a phrase that only helps ensure, nor another clause's subject.
    [
      'When we give access to personal information to third-party researchers, we put requirements, such as contractual protections, in place to help ensure that they treat it consistently with this Policy.',
      'grant',
    ],
    [
      'When we share your data with advertisers, they may use it for any purpose, and our legal team ensures compliance.',
      'grant',
    ],
  ])('%j → %s', (text, expected) => {
    expect(stanceOf(text, 'data_sharing')).toEqual([expected]);
  });
});

describe("a binding, then another party's act", () => {
  it('the binding does not reach an act after ", and": a grant', () => {
    const text =
      'We ensure that our service providers are bound by confidentiality obligations, and advertisers may collect your personal data.';
    const hits = matchClause(text, new Set(['data_sharing' as const]));
    expect(findingsForClause('c', hits).map((f) => f.stance)).toEqual(['grant']);
  });
});

describe('portability', () => {
  it('the company reserving the right to transfer is no portability right: a grant', () => {
    expect(
      stanceOf(
        'We reserve the right to transfer your personal information to a third party in the event of a merger.',
        'data_sharing',
      ),
    ).toEqual(['grant']);
  });
});

describe('portability beside a sharing', () => {
  // The portability phrase must be the action's own (its clause before it, its object, or its one recipient).
  it.each([
    'We may share your personal data with advertisers, and you have the right to data portability, including transfer to another controller.',
    'We share your data with advertisers in a structured, commonly used format.',
    'We transfer your data to a third party of your choice and to our advertising partners.',
    'We may disclose your information to other companies, including to another controller if you request the transfer of your data.',
  ])('%j keeps the grant', (text) => {
    expect(stanceOf(text, 'data_sharing')).toContain('grant');
  });
});

describe('recipients bound to nothing', () => {
  it.each([
    // Recipients following their own policies limit nothing.
    'When we share data with advertisers, they will use it in accordance with their own privacy policies.',
    // A purpose in the relative clause is the sharing's own.
    'We require our vendors, to whom we disclose your data for marketing purposes, to keep it confidential.',
    'When we disclose your data to partners, they will process it in accordance with the terms of their own privacy policies.',
    // Asking binds nothing.
    'We ask partners who receive your data to respect your privacy.',
    'When we share your data with partners, we ask them to protect it.',
    // "transportable" is no portability.
    'We share transportable data with advertisers.',
  ])('%j → grant', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['grant']);
  });
  it('a purpose that only points to the policy leaves the binding a limit', () => {
    expect(
      stanceOf(
        'We require processors, to whom we disclose your data for the purposes described in this policy, to keep it confidential.',
        'data_sharing',
      ),
    ).toEqual(['restrict']);
  });
  it('recipients keeping to this policy are bound: a limit', () => {
    expect(
      stanceOf(
        'When we share data with advertisers, they will use it in accordance with this privacy policy.',
        'data_sharing',
      ),
    ).toEqual(['restrict']);
  });
});

describe('after an opt-out', () => {
  it('"once you opt out, we will still share" takes the right back: a grant', () => {
    expect(
      stanceOf('Once you opt out, we will still share your data with our service providers.', 'data_sharing'),
    ).toEqual(['grant']);
  });
  it.each<[string, CategoryId, string[]]>([
    // A denial that holds once the user has opted out, or once the browser's opt-out signal arrives: an opt-out.
    [
      'If you are a California resident, we will not disclose your personal information to third parties for their direct marketing purposes, if you have exercised your option to prevent such disclosures.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    [
      'If Acme detects the GPC signal from your device, Acme will not share your data with advertising partners.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    // A denial in brackets after the signal is its own; a signal the service ignores conditions nothing.
    [
      'If Acme detects the GPC signal from your device, Acme will stop targeted ads (we do not sell your data).',
      'data_sale',
      ['restrict'],
    ],
    [
      'We do not respond to Do Not Track signals, and we do not share your data with advertising partners.',
      'data_sharing',
      ['restrict'],
    ],
    [
      'We will not disclose your personal information to third parties for their direct marketing purposes.',
      'data_sharing',
      ['restrict'],
    ],
    // Choices offered about the disclosure: an opt-out (on until the user chooses); information about it is no choice.
    [
      'In accordance with applicable law, we provide our users with choices about whether data is disclosed for this purpose.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    [
      'We provide our users with information about the data we share with advertising partners.',
      'data_sharing',
      ['grant'],
    ],
    // The users' authorisation as the case of a limited disclosure: an opt-in.
    [
      'Personal data may only be disclosed to third parties with the authorization of the Users concerned.',
      'data_sharing',
      ['conditional opt_in'],
    ],
  ])('%s', (text, category, stances) => {
    expect(stanceOf(text, category)).toEqual(stances);
  });
});

describe('sharing the user starts or consents to', () => {
  it.each<[string, string[]]>([
    // The user's own act starts the transfer (GUIDE D4).
    [
      'When you connect your account with your bank account, the providers of those services may receive information about you.',
      ['conditional opt_in'],
    ],
    [
      'By permitting a third party to access your account, the third party may obtain or modify your account data.',
      ['conditional opt_in'],
    ],
    [
      'Our Services allow you to share information about yourself with third-party social networking sites.',
      ['conditional opt_in'],
    ],
    // Consent in words the older lists did not know.
    ['We rely on your consent to process and share your personal data for marketing purposes.', ['conditional opt_in']],
    [
      'We share limited personal information with advertising partners, if you provide your consent via a cookie banner.',
      ['conditional opt_in'],
    ],
    ['We may share your data with third parties when we have your consent.', ['conditional opt_in']],
    // Consent as one case among others, or a sign-up for the service itself, conditions nothing (G5, G7).
    [
      'We may share your information in any other circumstances where we have your consent or are otherwise permitted to share it by law.',
      ['grant'],
    ],
    ['If you sign up using a referral link, we may share limited information with the referring affiliate.', ['grant']],
    // The user's own post is no transfer by the service.
    ['A family plan allows you to share content with up to five family members.', []],
    // The user's act is only the occasion of the company's own sharing, or consent by use (G7): a grant.
    ['When you install the app, we share your device identifier with our advertising partners.', ['grant']],
    ['Once you install our app, we share your location with third-party advertisers.', ['grant']],
    ['When you log in with your social account, we share your data with advertisers.', ['grant']],
    ['If you invite a friend, we share your name and email address with marketing partners.', ['grant']],
    [
      'By installing the App, you agree that we may share your device identifiers with advertising partners.',
      ['grant'],
    ],
    ['By connecting to the Services, you agree that we may share your data with our partners.', ['grant']],
    // …but the transfer to what the user connects is the user's (D4).
    [
      'If you connect your account to a third-party service, we will share your data with that service.',
      ['conditional opt_in'],
    ],
    // Consent as one case of several, consent to the terms, or an authorisation by use: a grant (G5, G7).
    [
      'We share your information with advertisers when we have your consent and with service providers to operate the Services.',
      ['grant'],
    ],
    [
      'We may share your information with advertising partners upon your consent and with our affiliates for their own marketing.',
      ['grant'],
    ],
    ['We share your data with third parties approved by you and with our advertising partners.', ['grant']],
    ['We share your personal data with advertising partners based on your consent to these Terms.', ['grant']],
    [
      'By using the Services, you authorize us to share your personal information with our advertising partners.',
      ['grant'],
    ],
    ['You authorize us to share your information with third parties for marketing purposes.', ['grant']],
    // Consent as the opening condition, before a comma.
    ['When we have your consent, we share your information with advertising partners.', ['conditional opt_in']],
    ['Upon your consent, we may share your data with our advertising partners.', ['conditional opt_in']],
    [
      'We may disclose your information to third parties to whom you authorize us to disclose it.',
      ['conditional opt_in'],
    ],
    // A condition only before a comma; the recipient the user's act names; the recipients the user authorizes.
    [
      'Upon your consent, or as otherwise permitted by law, we may share your contact details with our marketing partners.',
      ['grant'],
    ],
    [
      'By connecting your account to a third-party service, you authorize us to share your data with that service.',
      ['conditional opt_in'],
    ],
    ['By clicking Connect, you authorize us to share your data with the app you select.', ['conditional opt_in']],
    [
      'If you sign in using your social media account, we share your profile information with the social network.',
      ['conditional opt_in'],
    ],
    ['If you connect a third-party service, we share your usage data with our service providers.', ['grant']],
    [
      'When you connect your device, we share your device identifier with our advertising partners, subject to this Policy.',
      ['grant'],
    ],
    [
      'When you connect your device, we share your device identifier with our advertising partners, according to these Terms.',
      ['grant'],
    ],
    ['When you connect your device, your data is shared with our advertising partners.', ['grant']],
    [
      'If you install a third-party app from our store, we share your information with that app.',
      ['conditional opt_in'],
    ],
    [
      'If you sign in with a third-party service, we share your email address with that service.',
      ['conditional opt_in'],
    ],
    ['We share your information with the partners you authorize us to share it with.', ['conditional opt_in']],
    // No recipient after the action: the outside party the user's act names receives it (D4).
    [
      'If you log in to a third-party platform using your account, we will share your basic account information.',
      ['conditional opt_in'],
    ],
    [
      'If you sign up or log in to the Platform using your account details from a third-party platform, we will share certain technical information to facilitate this.',
      ['conditional opt_in'],
    ],
    // …but a recipient named after the action is the company's choice, and an act that names no outside party starts
    // nothing (G7).
    ['If you log in to a third-party platform, we share your data with our advertising partners.', ['grant']],
    ['When you connect your device, we will share your basic account information.', ['grant']],
    // The customer as the user, an opening list of acts, "you acknowledge that by …" (D4).
    [
      'If Customer enables a Third-Party Platform with the Service, Acme may access and exchange Customer Content with the Third-Party Platform on Customer’s behalf.',
      ['conditional opt_in'],
    ],
    [
      'By downloading, installing, enabling, or using a Third-Party Service, Customer instructs Acme to transmit Customer Data to that relevant Third-Party Service.',
      ['conditional opt_in'],
    ],
    [
      'You acknowledge that by permitting a third party to access your account, the third party may obtain or modify your account data.',
      ['conditional opt_in'],
    ],
    // …not the company's own sharing on that occasion, nor consent by use (G7).
    ['If Customer enables cookies, we share Customer Data with advertisers.', ['grant']],
    [
      'By downloading or installing the App, you agree that we may share your data with our advertising partners.',
      ['grant'],
    ],
  ])('%s', (text, stances) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(stances);
  });
});

describe('the company sharing on an occasion the user or a signal names', () => {
  const withFirstParty = (text: string, category: CategoryId): string[] => [
    ...new Set(
      matchClause(text, new Set([category]), { firstParty: firstPartyNames(['Acme']) }).map(
        (h) => `${h.stance}${h.condition ? ` ${h.condition}` : ''}`,
      ),
    ),
  ];
  it.each<[string, CategoryId, string[]]>([
    // Only the company naming the recipients as bound limits the sharing it is the occasion of (D12).
    [
      'When we sell your personal information to data brokers, Acme’s legal team ensures that the sale is not in breach of local law.',
      'data_sale',
      ['grant'],
    ],
    [
      'If we share your data with advertising partners, each of these partners ensures that their ads are not shown to children.',
      'data_sharing',
      ['grant'],
    ],
    // Agreeing that by using or installing, the company shares: consent by use (G7); the customer's own use of the
    // service, or the company's choice of recipients, is no transfer the user starts (D4, D16).
    [
      'You agree that by downloading or installing the App, Acme may disclose your usage data to advertising partners.',
      'data_sharing',
      ['grant'],
    ],
    [
      'You acknowledge that by using or installing the Software, Acme may share your information with its affiliates.',
      'data_sharing',
      ['grant'],
    ],
    ['If the customer installs the App, Acme may share account data with its affiliates.', 'data_sharing', ['grant']],
    [
      'If Customer enables the Service, Acme will share Customer Data with its subprocessors.',
      'data_sharing',
      ['grant'],
    ],
    // A named recipient, a legal ground or a purpose after the action is the company's choice, whatever the act names.
    [
      'If you log in through a third-party platform, we may disclose your information as required by law.',
      'data_sharing',
      ['grant'],
    ],
    [
      'If you log in using a third-party service, we may share your information with Acme Analytics.',
      'data_sharing',
      ['grant'],
    ],
    [
      'When you install a third-party app from our marketplace, we will share your usage data with Acme Insights Ltd.',
      'data_sharing',
      ['grant'],
    ],
    // A signal the service ignores, or one the user has not sent, conditions nothing (T4).
    [
      'If your browser sends a Do Not Track signal, we do not honor it and we do not limit the data we share with our advertising partners.',
      'data_sharing',
      ['restrict'],
    ],
    [
      'If you have not enabled a GPC signal, we do not treat your visit as an opt-out, and we do not restrict the data we sell.',
      'data_sale',
      ['restrict'],
    ],
    // Choices about something else offer no opt-out from this act.
    [
      'We provide our users with controls over notifications, and we use your content to train our AI models.',
      'ai_training',
      ['grant'],
    ],
    [
      'We provide our users with options regarding their profile, and we sell aggregated data to partners.',
      'data_sale',
      ['grant'],
    ],
    // The users' authorisation beside a case the law permits is one case among others (G5).
    [
      'We share data with partners with the authorization of the user or where otherwise permitted by law.',
      'data_sharing',
      ['grant'],
    ],
    [
      'Acme may disclose your information to law enforcement with the authorization of the customer or without it where required by law.',
      'data_sharing',
      ['grant'],
    ],
  ])('%s', (text, category, stances) => {
    expect(stanceOf(text, category)).toEqual(stances);
  });
  it('reads the document’s own company as the sharer after the user’s act (D4)', () => {
    expect(
      withFirstParty(
        'When Customer installs the Software, Acme shares Customer Data with its subprocessors.',
        'data_sharing',
      ),
    ).toEqual(['grant']);
    expect(
      withFirstParty(
        'When you install the app, Acme shares your device identifiers with advertising networks.',
        'data_sharing',
      ),
    ).toEqual(['grant']);
  });
});

describe('third-party-serves-ads and a duty of the ad party', () => {
  it('keeps the grant when a duty follows as a second clause', () => {
    const text = 'Third-party vendors serve ads on our site and must respect your opt-out choices.';
    expect(stanceOf(text, 'data_sharing')).toContain('conditional opt_out');
  });
  it.each([
    'Third parties that serve ads must comply with these guidelines.',
    'Third parties that serve ads on our site must comply with industry self-regulatory principles.',
  ])('reads no grant where the duty is the sentence: %j', (text) => {
    expect(matchClause(text, new Set(['data_sharing'])).map((h) => h.rule)).not.toContain(
      'data_sharing.third-party-serves-ads',
    );
  });
});

describe('second mends: the named sharer, signals, further phrases, bound recipients, choices', () => {
  it.each<[string, CategoryId, string[]]>([
    // With no first party known, a name sharing after the user's act is the company sharing, as actor and stance (D4).
    [
      'When you install the app, Acme may share your device identifiers with advertising networks.',
      'data_sharing',
      ['grant'],
    ],
    [
      'When you install the app, the Service may share your device identifiers with advertising networks.',
      'data_sharing',
      ['grant'],
    ],
    [
      'When you install the app, Acme Corp may share your usage data with analytics providers.',
      'data_sharing',
      ['grant'],
    ],
    [
      'When you install the app, Acme shares your device identifiers with advertising networks.',
      'data_sharing',
      ['grant'],
    ],
    // The user still starts a transfer to the party the act names.
    [
      'If you connect your account to a third-party service, we share your profile with that service.',
      'data_sharing',
      ['conditional opt_in'],
    ],
    // A denial of another act before the action leaves an honoured signal an opt-out (T4).
    [
      'If we receive a GPC signal, we will not process your personal information for targeted advertising and will not sell it.',
      'data_sale',
      ['conditional opt_out'],
    ],
    [
      'If your browser sends a GPC signal, we will not read any advertising cookies and will not share your data with ad partners.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    [
      'When we detect a DNT signal, we do not accept advertising cookies and do not share your browsing data with advertisers.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    [
      'If Acme detects the GPC signal from your device, Acme will not share your data.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    // A signal refused, or a denial that governs another verb, conditions nothing.
    [
      'If your browser sends a Do Not Track signal, we do not respond to such signals and we will not share your data with advertisers.',
      'data_sharing',
      ['restrict'],
    ],
    // A purpose of the login, "to the extent necessary" or "as described" is no recipient the company picks (D4).
    [
      'If you sign in with a third-party service, we will share your email address for authentication purposes.',
      'data_sharing',
      ['conditional opt_in'],
    ],
    [
      'If you log in to a third-party platform using your account, we will share your basic account information for this purpose.',
      'data_sharing',
      ['conditional opt_in'],
    ],
    [
      'If you log in to a third-party platform using your account, we will share your basic account information to the extent necessary to log you in.',
      'data_sharing',
      ['conditional opt_in'],
    ],
    [
      'If you log in to a third-party platform using your account, we will share your basic account information as described in this policy.',
      'data_sharing',
      ['conditional opt_in'],
    ],
    [
      'If you log in using a third-party service, we may share your information for advertising purposes.',
      'data_sharing',
      ['grant'],
    ],
    // The binder names the recipients, with a determiner or none, in either branch (D12).
    [
      'If we transfer your data to our service providers, our legal department makes sure that such providers process it only for our purposes.',
      'data_sharing',
      ['restrict'],
    ],
    [
      'If we transfer your data to our service providers, our legal department makes sure that all partners process it only for our purposes.',
      'data_sharing',
      ['restrict'],
    ],
    [
      'If we transfer your data to our service providers, our legal department makes sure that our partners process it only for our purposes.',
      'data_sharing',
      ['restrict'],
    ],
    ['If we share your data with vendors, we require them to keep it confidential.', 'data_sharing', ['restrict']],
    [
      'When we sell your personal information to data brokers, Acme ensures that the sale is not in breach of local law.',
      'data_sale',
      ['grant'],
    ],
    [
      'When we transfer your data to our partners, we rely on safeguards, where needed, to ensure your rights are protected.',
      'data_sharing',
      ['restrict'],
    ],
    // Choices offered must name the act, whoever is offered them.
    [
      'We give you choices about notifications and we use your content to train our AI models.',
      'ai_training',
      ['grant'],
    ],
    [
      'Your browser may offer you options regarding how it collects and uses your information for interest-based advertising.',
      'tracking',
      ['conditional opt_out'],
    ],
    [
      'We give you choices about notifications, and we use your content to train our AI models.',
      'ai_training',
      ['grant'],
    ],
    ['We offer you options regarding your profile, and we sell aggregated data to partners.', 'data_sale', ['grant']],
    [
      'We give you controls over your account settings, and we share your data with advertisers.',
      'data_sharing',
      ['grant'],
    ],
    [
      'We give you choices about whether your data is shared with advertising partners.',
      'data_sharing',
      ['conditional opt_out'],
    ],
    [
      'We share your data with advertisers, and we give you choices about that sharing.',
      'data_sharing',
      ['conditional opt_out'],
    ],
  ])('%s', (text, category, stances) => {
    expect(stanceOf(text, category)).toEqual(stances);
  });
});

describe('third review: another company named after the user’s condition, and a denied limit', () => {
  const found = (text: string, firstParty?: string[]): string[] =>
    matchClause(
      text,
      new Set(['data_sharing', 'data_sale', 'retention', 'terms_change']),
      firstParty ? { firstParty: firstPartyNames(firstParty) } : {},
    ).map((h) => `${h.category}:${h.stance}`);
  it.each([
    // The page's first party is known: another name acting after the user's condition is that company, not the service.
    ['If you pay by card, Cardco may keep your card details indefinitely.', ['Acme']],
    ['If you use Cardco Wallet, Cardco may change its terms at any time.', ['Acme']],
    // No first party known: a name acts for the service only by a share or sale verb after a condition.
    ['You may connect your bank account, and Cardco may retain your credentials indefinitely.', undefined],
  ])('reads no right of the service in %j', (text, firstParty) => {
    expect(found(text, firstParty)).toEqual([]);
  });
  it('keeps the service sharing by its own name after the user’s condition, with or without a first party', () => {
    // Each rule that reads the sharing gives a hit (the recipient's, and the identifiers' as the data shared): one stance.
    const text = 'When you install the app, Acme may share your device identifiers with advertising networks.';
    expect([...new Set(found(text, ['Acme']))]).toEqual(['data_sharing:grant']);
    expect([...new Set(found(text))]).toEqual(['data_sharing:grant']);
  });
  it('does not read "will not limit the sharing" after a signal as an honoured opt-out', () => {
    const text = 'If we receive a GPC signal, we will not limit the sharing of your data with advertisers.';
    expect(stanceOf(text, 'data_sharing')).not.toContain('conditional opt_out');
  });
});

describe('limits on recipients stated by the service’s contracts (GUIDE D12, D13a)', () => {
  it.each([
    'Our contracts with our Sub-Processors shall contain commitments at least as strict as those in this DPA.',
    'Any agreement with a Sub-processor will include substantially the same data protection obligations as this DPA.',
    'The Subprocessor is required to enter into appropriate security, confidentiality and privacy contract terms.',
    'Acme will ensure via a written contract that the data protection obligations in these terms are imposed on the Subprocessor.',
    'The Processor may not use any subcontractors located outside the European Union for processing personal data.',
  ])('reads a restrict in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['restrict']);
  });
  it.each([
    // A share verb in the same unit keeps the grant (D12).
    ['We share your data with subprocessors under contracts that contain data protection obligations.', ['grant']],
    // The user's own contract with a provider binds nobody on the service's side.
    ['Your contract with the payment provider governs your purchase.', []],
  ])('reads no contract limit in %j', (text, stances) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(stances);
  });
  it('reads no limit where the processor may use subcontractors abroad', () => {
    const text = 'The Processor may use subcontractors located outside the European Union.';
    expect(stanceOf(text, 'data_sharing')).not.toContain('restrict');
  });
});

describe('data portability to another party said in other words (GUIDE D4)', () => {
  it.each([
    'To receive your personal data and to transfer it to another controller.',
    'You have the right to receive your information in a structured, commonly used format and to share it with a third party.',
    'If you applied for a job, you can request to have data you uploaded yourself transferred to another recipient.',
  ])('reads a conditional opt_in in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['conditional opt_in']);
  });
  it.each([
    'You can receive our newsletter and share it with a friend.',
    'You have the right to receive a copy of your personal data in a structured, commonly used format.',
  ])('reads no transfer in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual([]);
  });
});

// At high sensitivity: transfers with no recipient are found by the weak rules only.
const highStanceOf = (text: string): string[] => stanceOf(text, 'data_sharing', { weak: true });

describe('transfers only to destinations the law or an adequate protection allows (GUIDE D13)', () => {
  it.each([
    'We will transfer personal information only to countries to which we are permitted by law to transfer personal information.',
    'We will transfer personal data to countries which are recognized as providing an adequate level of legal protection.',
    'Acme only transfers your personal data to jurisdictions that the European Commission has found to offer an adequate level of protection.',
    'We transfer your information solely to countries where such transfers are permitted by applicable law.',
  ])('reads a limit in %j', (text) => {
    expect(highStanceOf(text)).toEqual(['restrict']);
  });
  it.each([
    // A recipient between the transfer and the destination: the unit shares and adds a safeguard (D2).
    'Acme may transfer your data to service providers in countries which have an adequate level of protection.',
    // A destination that is no safeguard.
    'We transfer your data to third parties in countries that may not have the same data protection laws.',
    // …or one whose safeguard is denied.
    'We may transfer your data to countries that do not provide an adequate level of protection.',
    'We may transfer your data to countries that are not recognised as providing an adequate level of protection.',
    // A recipient in few words before the destination.
    'We may transfer data to vendors in countries that provide an adequate level of protection.',
    'We may transfer your data to our affiliates in countries that provide an adequate level of protection.',
    // The safe destination is another act's: the sharing beside it stays a grant (G4).
    'We share your personal information with advertising partners, and we transfer it only to countries where such transfers are permitted by law.',
  ])('keeps the grant in %j', (text) => {
    expect(highStanceOf(text)).toEqual(['grant']);
  });
  it.each([
    [
      'data_sale',
      'We sell your personal information to advertising partners, and we transfer it only to countries where such transfers are permitted by law.',
    ],
    [
      'ai_training',
      'We use your conversations to train our AI models and may transfer them to countries that have an adequate level of protection.',
    ],
    [
      'tracking',
      'We use cookies to track your activity across websites and may transfer the data to countries that have an adequate level of protection.',
    ],
  ] as const)('leaves the %s grant to the transfer it does not make in %j', (category, text) => {
    expect(stanceOf(text, category)).toEqual(['grant']);
  });
});

describe('a disclosure to the party the user asks for help (GUIDE D4)', () => {
  it.each([
    "If you request support for Acme Cloud's software, we may share your account information and logs with Acme Cloud to provide technical support.",
    'When you request a quote from a business, we send your contact details to that business.',
    "If you ask us for help with Acme Cloud's plugin, we may send your account details to Acme Cloud.",
    "We may share your usage information with Acme Cloud if you request support for Acme Cloud's product.",
  ])('reads a conditional opt_in in %j', (text) => {
    expect(highStanceOf(text)).toEqual(['conditional opt_in']);
  });
  it.each([
    // The service's own recipients, whatever word they share with the request.
    'If you request technical support, we may share your logs with our support vendors.',
    'If you request a refund, we share your bank details with our payment processor.',
    'If you ask for a refund, your bank details are shared with the payment processor.',
    // A purchase or a programme the user joins: the service shares as part of the deal (D1).
    'If you participate in our rewards program, we share your balance with the rewards partner in whose program you participate.',
    'If you purchase a subscription through a third party, we may share your email address with that third party.',
    // The request's words name the kind of service, and the service's processors are named after it (D1).
    'If you request a delivery, we share your address with delivery partners.',
    'If you request technical support, we may share your logs with third-party support providers.',
    'When you request a payout, we share your bank details with the payout provider.',
    'When you request a ride, we share your name and pickup location with the driver assigned to your ride.',
    'If you request technical support, we may share your logs with one of our processors.',
  ])('keeps the grant in %j', (text) => {
    expect(highStanceOf(text)).toEqual(['grant']);
  });
});

describe('a disclosure of only what the law obliges the service to disclose (G5)', () => {
  it.each([
    'However, Acme reserves the right to disclose information or content that Acme is obliged to disclose according to law.',
    'We will only disclose the information we are legally obliged to disclose.',
    'We are committed to sharing only relevant information to fulfil our legal obligations.',
    'We will disclose only the information that we are required to disclose.',
    'Acme will disclose the data that Acme is legally required to disclose.',
  ])('reads a limit in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['restrict']);
  });
  it.each([
    // A case of the service's own choosing beside the law (G5).
    'We may disclose information that we are required by law to disclose, or when we believe it is necessary to protect our rights.',
    // Recipients the service chooses beside the law.
    'We may disclose your information to law enforcement and to our partners if we are required to provide it.',
    // What another party is obliged to provide binds the service to nothing.
    'We may disclose information that our partners are required to provide to regulators.',
    'We may disclose information that our partner is required to provide to regulators.',
    // A business need, not a legal duty.
    'We share your information with third parties where this is required to provide the Services.',
    'We will share your details with the hotel where this is required to provide your booking.',
    'We may disclose the information that we are required to provide to deliver your order.',
    // A permission to disclose where the law requires it, with no "only" (D6; session 29's open case).
    'We may disclose your information to law enforcement where we are required to disclose it.',
  ])('keeps the grant in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['grant']);
  });
});

describe('"without verifiable parental consent" is no opt-in of the reader (G5; the parental-consent opt-in was taken back after review)', () => {
  it.each([
    "We may disclose a child's information to third parties without verifiable parental consent in the limited cases COPPA allows.",
    'Third parties may collect information from children without verifiable parental consent for internal operations.',
    "We will not share your child's information without verified parental consent unless we are permitted to do so under COPPA.",
    "We do not sell children's personal information without verifiable parental consent, and we may share it with service providers.",
    "We may share children's data with our partners without verifiable parental consent where the law allows it.",
  ])('keeps the grant in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['grant']);
  });
  it('reads nothing where the children are the ones who may not disclose', () => {
    expect(
      stanceOf(
        'Children may not disclose personal information to third parties without verifiable parental consent.',
        'data_sharing',
      ),
    ).toEqual([]);
  });
});

describe('steps promised beside a share act are no transfer safeguard (GUIDE D13, TRANSFER_STEPS)', () => {
  it.each([
    'When we share your personal information with advertisers, we take reasonable steps to ensure they handle it responsibly.',
    'If we disclose your data to a buyer of our business, we will take reasonable steps to ensure the buyer honours this policy.',
    'We do not share your data with third parties unless we have taken reasonable steps to verify your identity.',
  ])('keeps the grant in %j', (text) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(['grant']);
  });
  it('reads the steps as a limit where the transfer goes abroad', () => {
    expect(
      stanceOf(
        'When we transfer your personal information to service providers outside the EEA, we take appropriate steps to ensure it is protected.',
        'data_sharing',
      ),
    ).toEqual(['restrict']);
  });
});

describe('consent in an aside on one listed item (GUIDE G4)', () => {
  it.each([
    // The consent conditions the item in brackets; the rest of the list is shared anyway: a grant.
    [
      'We may share your device identifiers, age range and reduced IP address (or, with your permission, GPS location data) with advertising partners.',
      ['grant'],
    ],
    ['We share your email address (and, with your consent, your contacts) with our partners.', ['grant']],
    // Consent only where the law asks for it conditions nothing (G5).
    ['We may share your location (with your consent, where applicable) with advertising partners.', ['grant']],
    // Near misses: a bare consent in brackets, or consent on the whole act, conditions the act.
    ['We may share your location (with your permission) with partners.', ['conditional opt_in']],
    ['We may share your GPS location data with advertising partners (with your consent).', ['conditional opt_in']],
    ['With your permission, we share your location with partners.', ['conditional opt_in']],
    // An aside that adds no item, whatever follows the consent in it, conditions the act.
    [
      'We share your location with advertising partners (with your prior consent, as described below).',
      ['conditional opt_in'],
    ],
    [
      'We may share your contacts (with your permission, given in the app settings) with partners.',
      ['conditional opt_in'],
    ],
  ])('%s', (text, stances) => {
    expect(stanceOf(text, 'data_sharing')).toEqual(stances);
  });
});
