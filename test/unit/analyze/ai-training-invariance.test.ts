// ai_training verdicts must not change when the meaning does not: each group is one statement written several ways
// (the AI field, "training" or "fine-tuning", a verb joined to "train", the service with its group), and every way
// must give the group's verdict. Examples written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeClauses } from '../../../src/core/analyze';
import type { Clause } from '../../../src/core/types';
import { clauseOf } from './clause-fixture';

let n = 0;
const verdict = (text: string, section = '', leads?: string[], row?: string, path?: string[]): string => {
  const c: Clause = clauseOf(text, {
    id: `c${n++}`,
    ...(section ? { section, sectionPath: path ?? [section] } : {}),
    ...(leads ? { leads } : {}),
    ...(row ? { rowLabel: row } : {}),
  });
  // The document's first party is Acme: "Acme's models" are the service's.
  const f = analyzeClauses([c], { firstParty: ['acme'] }).findings.find((x) => x.category === 'ai_training' && !x.role);
  return f ? `${f.stance}${f.condition ? `:${f.condition}` : ''}` : 'none';
};

const GROUPS: {
  verdict: string;
  section?: string;
  path?: string[];
  leads?: string[];
  row?: string;
  texts: string[];
}[] = [
  // A pointer after the unit has stated the use is no pointer unit: the unit states the right (GUIDE).
  {
    verdict: 'grant',
    texts: [
      'We use your conversations to improve our models; learn how we protect your privacy while doing so in our AI Notice.',
      'We use your conversations to train our models: see how we do this below.',
      'We use your conversations to train our models. You can learn how we protect them in our AI Notice.',
    ],
  },
  // Providers the service lets in, named without "our": their training is a grant (GUIDE: a party it lets in).
  {
    verdict: 'grant',
    texts: [
      'Some service providers may use your data to train their models.',
      'Some vendors that host the Service may use your prompts to improve their models.',
      'Most of the providers that process your data may use it to train their models.',
      'Other AI providers whose models power features of the Service may use your inputs to improve their models.',
    ],
  },
  // A person who learns, or a skill that only names what something is for: no training.
  {
    verdict: 'none',
    texts: [
      "Our analytics tools help you learn from your customers' feedback.",
      'Our reporting tools let administrators learn from user activity across the workspace.',
      'We process your biometric data to improve security for facial recognition login.',
      'We use your voice recordings to improve support for voice recognition users.',
    ],
  },
  // The default decides (G7): a training setting the user turns on is an opt-in.
  {
    verdict: 'conditional:opt_in',
    texts: [
      'If you turn on the AI training setting, we will use your chats to train our models.',
      'Model training is off by default; you can opt in through your model training preferences.',
      'We will use your chats to train our models only if you opt in via your AI training settings.',
    ],
  },
  {
    verdict: 'conditional:opt_out',
    texts: [
      'You may instruct us not to use your content to improve the service by configuring an AI services opt-out policy.',
      'You may instruct us not to use your content to improve the service by configuring a machine learning services opt-out policy.',
      'You may instruct us not to use your content to improve the service by configuring a generative AI services opt-out policy.',
    ],
  },
  // The user who may ask the service not to, named as "you" or as a party: an opt-out either way.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'You may instruct us not to use and store your content to develop and improve our AI models.',
      'Users may instruct us not to use and store their content to develop and improve our AI models.',
      'Customers may instruct us not to use and store their content to develop and improve our AI models.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'We will not access or use your customized model except as necessary to provide the service.',
      'We and our affiliates will not access or use your customized model except as necessary to provide the service.',
      'The Company and its affiliates will not access or use your customized model except as necessary to provide the service.',
      'We and our subsidiaries will not access or use your customized model except as necessary to provide the service.',
      'We and our service providers will not access or use your customized model except as necessary to provide the service.',
      // The service by its name: a word no list holds.
      'Acme will not access or use your customized model except as necessary to provide the service.',
      'Acme and its affiliates will not access or use your customized model except as necessary to provide the service.',
    ],
  },
  {
    verdict: 'grant',
    texts: [
      'Your acceptance or rejection of our suggestions may help train our suggestion engine.',
      'Your acceptance or rejection of our suggestions may help train and improve our suggestion engine.',
      'Your acceptance or rejection of our suggestions may help fine-tune our suggestion engine.',
    ],
  },
  {
    verdict: 'conditional:opt_in',
    texts: [
      'Your files stay on your device and are not used for training purposes without your explicit consent.',
      'Your files stay on your device and are not used for fine-tuning purposes without your explicit consent.',
    ],
  },
  {
    verdict: 'grant',
    texts: [
      'We may use your messages for other purposes, such as training and improving our moderation technology.',
      'We may use your messages for other purposes, such as fine-tuning and improving our moderation technology.',
      'We may use the content you post for training or to help us improve our filters.',
      'We may use the content you post for fine-tuning or to help us improve our filters.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'The training and data-use provisions in Section 4 apply only to free accounts.',
      'The fine-tuning and data-use provisions in Section 4 apply only to free accounts.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'Your data will not be used to train or contribute to external or publicly available AI models.',
      'Your data will not be used to train or contribute to external or publicly available machine learning models.',
      'Your data will not be used to train or contribute to external or publicly available AI and machine learning models.',
    ],
  },
  {
    verdict: 'grant',
    section: 'AI Features',
    texts: [
      'We may process your prompts and your interactions with these features to improve the Services.',
      'We may process your prompts and your interactions with these features to enhance the Services.',
      'We may process your prompts and your interactions with these features to refine the Services.',
      'Your chat sessions may be reviewed for quality, training and improvement purposes.',
      'Your chat sessions may be reviewed for quality, fine-tuning and improvement purposes.',
    ],
  },
  // The service restraining its providers, whatever way "fine-tuning" is written.
  {
    verdict: 'restrict',
    texts: [
      'We restrict our AI service providers from training their models on your content.',
      'We restrict our AI service providers from fine-tuning their models on your content.',
      'We restrict our AI service providers from fine tuning their models on your content.',
      'We prohibit our AI service providers from fine tuning their models on your content.',
    ],
  },
  // Data put to a use "for training", in any verb of using.
  {
    verdict: 'grant',
    texts: [
      'We may use the content you post for training or to help us improve our filters.',
      'We may utilize the content you post for training or to help us improve our filters.',
      'We may utilise the content you post for training or to help us improve our filters.',
      'We may leverage the content you post for training or to help us improve our filters.',
    ],
  },
  // People hired or tools put to work "for training": no data used.
  {
    verdict: 'none',
    texts: [
      'We employ contractors for training purposes and they may access your personal data.',
      'We employ qualified coaches for training, and we use your personal data to book your sessions.',
      'We leverage third-party platforms for training, which may process your personal data.',
    ],
  },
  // Data put to a use for machine learning, in a past form of any verb of using: not AI applied.
  {
    verdict: 'grant',
    texts: [
      'Your data is collected for research purposes and used for machine learning.',
      'Your personal data may be used for research and used in machine learning.',
      'Your data is processed for analytics and utilized for machine learning.',
      'Your inputs may be used for research, and leveraged for machine learning.',
    ],
  },
  // Optimising a model is improving it.
  {
    verdict: 'grant',
    texts: [
      'We may improve our AI models with the content you upload.',
      'We may optimize our AI models with the content you upload.',
      'We may optimise our models with the content you upload.',
    ],
  },
  // Optimising something else, or for or with AI: applying it.
  {
    verdict: 'none',
    texts: [
      'We optimize our feed with machine learning based on your activity.',
      'We optimize our content for AI search engines based on your feedback.',
      'We use your data to optimize our services with AI.',
      'Optimizing our AI models for mobile devices, we process your prompts on device.',
      'We may use your personal data to optimize our marketing models.',
    ],
  },
  // The data named by whose it is: "your files", "users’ files", "subscribers' chats".
  {
    verdict: 'grant',
    texts: [
      'We may use your files to improve our speech recognition.',
      'We may use users’ files to improve our speech recognition.',
      "We may use subscribers' chats to improve our speech recognition.",
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'Acme will not use your files to train models to generate music.',
      'Acme will not use creators’ files to train models to generate music.',
    ],
  },
  // A plural possessive with no data after it names no data.
  {
    verdict: 'none',
    texts: [
      'We train our AI models to protect our users’ privacy.',
      "Acme trains AI models to answer users' questions.",
      "We improve our AI models to meet our customers' needs.",
      "Customers' machine learning models are trained by customers.",
    ],
  },
  // The user's data as training data, in any verb of using.
  {
    verdict: 'grant',
    texts: [
      'We may use your conversations as training data.',
      'We may utilize your conversations as training data.',
      'Your conversations may be utilized as training data.',
      'Your conversations may be leveraged as training data.',
    ],
  },
  // AI applied, not trained, whatever the verb of using.
  {
    verdict: 'none',
    texts: [
      'We may carry out analytics on your data using machine learning.',
      'We may carry out analytics on your data utilizing machine learning.',
      'We may carry out analytics on your data leveraging machine learning.',
      'We utilize call recordings for training purposes.',
    ],
  },
  // A pointer stays a pointer whatever names the data.
  {
    verdict: 'none',
    texts: [
      'These are the terms that apply to AI features, including how your data may be used for development of our machine learning models.',
      'These are the terms that apply to AI features, including how User Content may be used for development of our machine learning models.',
      'These are the terms that apply to AI features, including how data about you may be used for development of our machine learning models.',
      'These are the terms that apply to AI features, including how Subscriber Content may be used for development of our machine learning models.',
      'These are the terms that apply to AI features, including how participants’ personal details may be used for development of our machine learning models.',
    ],
  },
  // "Fine-tuning" something that is no model or system adjusts it (GUIDE A1), whoever does it.
  {
    verdict: 'none',
    texts: [
      'We may use your workout data for fine-tuning your personalised training plan.',
      'Our coaches use session data for fine-tuning your training plan.',
      'We use your feedback for fine-tuning and improving our website layout.',
      'We use your feedback for fine-tuning our website layout.',
    ],
  },
  // … and a model or system fine-tuned is trained, in every wording.
  {
    verdict: 'grant',
    texts: [
      'We use your feedback for fine-tuning our recommendation systems.',
      'We use your feedback for fine-tuning and improving our recommendation systems.',
      'We use your feedback for training and improving our recommendation systems.',
      'We use your feedback for fine-tuning.',
    ],
  },
  // Negatives stay negative in every wording: people trained, not models.
  {
    verdict: 'none',
    texts: [
      'We train our staff to protect your personal data.',
      'We train and develop our staff to protect your personal data.',
      'We use your contact details to organise training and development sessions for our staff.',
      'We use your contact details to organise fine-tuning and development sessions for our staff.',
      'Calls with our support team may be recorded for quality, training and improvement purposes.',
      'Calls with our support team may be recorded for quality, fine-tuning and improvement purposes.',
    ],
  },
  // A denial, however it is said.
  {
    verdict: 'restrict',
    texts: [
      'We do not use your prompts to train our models.',
      'We will never use your prompts to train our models.',
      "We don't use your prompts to train our models.",
      'Acme does not use your prompts to train our models.',
      'Your prompts are never used to train our models.',
      'Customer Content is not used to train foundation models.',
      'We do not train on your data.',
      'Your prompts are never included in training data.',
    ],
  },
  // On until the user acts, in the present, the past or a sentence of its own.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We use your prompts to train our models unless you opt out.',
      'We use your prompts to train our models if you have not opted out.',
      "We use your prompts to train our models as long as you haven't opted out.",
      // The reader by a role, as a contract names it.
      'We use your prompts to train our models if the Customer has not opted out.',
      'We use your prompts to train our models if users have not opted out of training.',
      "We use your prompts to train our models as long as the Subscriber hasn't opted out.",
      'We use your prompts to train our models. You can opt out of this.',
      'We use your prompts to train our models. You may turn this off in Settings.',
      'We may share your personal information with our service providers and, unless you opt out, for training artificial intelligence models.',
      'We may share your personal information with our service providers and, if you have not opted out, for training artificial intelligence models.',
    ],
  },
  {
    verdict: 'conditional:opt_in',
    texts: [
      'We use your prompts to train our models with your consent.',
      'We use your prompts to train our models only if you agree.',
      'We use your prompts to train our models if you opt in.',
      'We use your prompts to train our models only with your permission.',
      'If you opt in, we use your prompts to train our models.',
      'We do not use your prompts to train our models unless you opt in.',
    ],
  },
  // The AI named in words the development documents do not use, and the data in others.
  {
    verdict: 'grant',
    texts: [
      'We may use your conversations to train large language models.',
      'We may use your conversations to train LLMs.',
      'We may use your conversations to train foundation models.',
      'We may use your conversations to train neural networks.',
      'We may use your conversations to train generative models.',
      'We may use your conversations to train our AI features.',
      'We may use your conversations to improve our AI.',
      'We may use your prompts to improve our machine learning models.',
      'We may use files you upload to improve our machine learning models.',
      'We may use your recordings to improve our machine learning models.',
      'We may use Customer Content to improve our machine learning models.',
      'We may use Service Generated Data to improve our machine learning models.',
      'We may use usage data to improve our machine learning models.',
      'We collect your recordings. This data may be used to train our models.',
      'We collect usage data. This data may be used to improve our AI features.',
      // Training named by its data, or improving in other words.
      'Your content may be used as training data.',
      'We may create training datasets from your content.',
      'We may train on your content to improve the Services.',
      'We use your interactions to make our models smarter.',
      'We use your interactions to make our models more accurate.',
      'We use your interactions to make our machine learning models more capable.',
      'We may include your prompts in our training data.',
      'We use your content and publicly available data as training data.',
      // An opt-out of another purpose, in another clause or added after, leaves the training granted.
      'We use your chats to improve our AI models, and we send you marketing emails if you have not opted out of them.',
      'We use your prompts to train our models and, if you have not opted out of personalised advertising, to show you relevant ads.',
    ],
  },
  // The first party by name where the patterns read "our", and AI words the development documents do not use.
  {
    verdict: 'grant',
    texts: [
      'Your acceptance or rejection of our suggestions may help train Acme’s suggestion engine.',
      "Your acceptance or rejection of our suggestions may help train Acme's suggestion engine.",
      'We process your personal data to train Acme’s systems to improve the Services.',
      'We use your interactions to make Acme’s models smarter.',
      'Acme’s models may be developed with your data.',
      'We process data for purposes such as developing and improving Acme’s Services, which include artificial intelligence.',
      'We may use your inputs to improve our generative features.',
      'We may use your inputs to train our generative tools.',
      'We may use your data to train machine-learning models.',
      // The company's possessive, as the first party's.
      "The Company's models may be developed with your data.",
      'We use your interactions to make the Company’s models smarter.',
      "The Service's models may be developed with your data.",
      'Your usage data feeds into the Platform’s recommendation models.',
      // "For information about how …" that goes on to state the use.
      'For information about how we train our models, we use your conversations and feedback.',
      'For more information about how we train our models, we use your conversations and feedback.',
    ],
  },
  // Another's possessive where the first party's stands above: the reader's own models, or another provider's.
  {
    verdict: 'none',
    texts: [
      "Your company's models may be refined using your content.",
      "The Customer's models may be developed with Customer Data.",
      "Customer Data feeds into Customer's models only.",
      'Your usage data feeds into Rival’s models.',
      'We use your interactions to make the Customer’s models smarter.',
      'Your acceptance or rejection of our suggestions may help train the Subscriber’s suggestion engine.',
    ],
  },
  {
    verdict: 'conditional:opt_out',
    texts: [
      'For details on how we improve our AI, please note that we use your chats to train our models unless you opt out.',
      'We use your chats to train our models unless you opt out.',
    ],
  },
  // How the choice is put: the words of an opt-in, of an opt-out, and a restriction of the service's providers.
  {
    verdict: 'conditional:opt_in',
    texts: [
      'We use your content to train our models, but only if you opt in.',
      'We use your content to train our models. We will ask for your permission before doing so.',
      'We will ask for your permission before using your content to train our models.',
    ],
  },
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We use your content to train our models, unless you turn off this setting.',
      'We use your content to train our models. This is on by default, and you may turn it off at any time.',
      'By default, your chats may be used to train our models; you may turn it off in Settings.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'We restrict our AI service providers from training their models on your data.',
      'We do not use your data to train Acme’s models.',
      'Unlike other providers, we do not use your data to train our models.',
    ],
  },
  // The user's prohibition, as a duty, and explanations of AI: no right over the user's data.
  {
    verdict: 'none',
    texts: [
      'You may not use our content to train AI models.',
      'Users may not use the Services to train generative models.',
      'You may use generative features to create images from your photos.',
      // Pointers to where the use is described.
      'For details about how we use your data to train our models, see our AI Notice.',
      'For information on how we use your prompts to improve our models, see the AI Terms.',
      'For further information about how your content is used to train our models, see Section 5.',
      'For more details on how we use your data to train our models, including your chats, please refer to Section 5.',
      'For details about how we use your data to train our models click here.',
      'You may not use the Services to train machine learning models.',
      'You must not use the Services to train machine learning models.',
      'You will not use the Services to train any AI model.',
      'You are responsible for ensuring that you do not use the Services to train AI models.',
      'You may not use Outputs to develop models that compete with Acme.',
      'AI models may produce inaccurate output.',
      'Generative models may produce output that resembles their training data.',
      'We use your data to train our customer support staff on using AI tools.',
      'Employees are trained on your data protection rights.',
      'Our support agents are trained to use AI responsibly with your information.',
      'We use your attendance records as training data for your certification.',
      'We use your feedback to make our business model more sustainable.',
      // "More" of anything but a model's skill.
      'We use your feedback to make our subscription models more flexible.',
      'Based on your feedback we make our models more affordable.',
      'We use your feedback to make our AI more accessible.',
      // Training data that is not the user's, and others' practice.
      'We use synthetic data as training data.',
      'We use publicly available data and licensed content as training data.',
      'AI developers often use web content as training data.',
      'Some providers use customer conversations as training data; we do not.',
      'Unlike other providers who train on user data, we never do.',
    ],
  },
  // The AI named as other industries name it: a bank's, a carmaker's, a voice assistant's, a help desk's.
  {
    verdict: 'grant',
    texts: [
      'We use your data to build and improve our algorithms and models.',
      'We may use your information to train our AI/ML models.',
      'We use your data to develop and improve our artificial intelligence and machine learning (AI/ML) technologies.',
      'We may use your usage data to improve our AI-powered features.',
      'We may use your prompts to improve our GenAI features.',
      'We may use your data to improve our A.I. tools.',
      'We may use your data to develop A.I. tools.',
      'We may use your voice recordings to improve our speech recognition technology.',
      'Your voice recordings may be used to improve the accuracy of our speech recognition.',
      'We may use your voice recordings to train our speech recognition.',
      'We use your information to teach our systems to recognise patterns.',
      'Your content may be used for model development.',
      'Automated systems learn from your interactions to improve the Services.',
      'Our automated systems learn from the content you upload.',
      'Your interactions with our chatbot may be used to improve the chatbot.',
      'Your data helps our AI get smarter.',
      'The feedback you give helps our models learn.',
      'Human reviewers and automated tools may review your conversations to improve our AI models.',
      'We use de-identified data to develop models that improve our products.',
      'Training on user content helps us improve the Services.',
    ],
  },
  // …and the same words where nothing is trained: AI applied, a model that only scores, others' practice, a pointer.
  {
    verdict: 'none',
    texts: [
      'We use machine learning to detect fraudulent transactions.',
      'Our recommendation algorithm ranks content based on your activity.',
      'We use fraud models to assess your application.',
      'We use statistical models to estimate your credit risk.',
      'Our AI-powered features analyse your photos to suggest edits.',
      'We use speech recognition to transcribe your voice messages.',
      'We process your voice recordings for speech recognition purposes.',
      'Human reviewers and automated tools may review your content for policy violations.',
      'Other providers use customer data to train their models.',
      'Other AI providers may use your data to train their models, so read their terms.',
      'Many AI companies train their models on user data.',
      'Most generative AI platforms use your conversations to improve their models.',
      'Learn how we use your data to train our models.',
      'You can find out how we use your chats to improve our models in our AI Notice.',
      'All employees receive regular training on customer data handling.',
      'You agree not to use the Service or any output to train machine learning models.',
    ],
  },
  // The services' own providers, or some of them, are no other companies.
  {
    verdict: 'grant',
    texts: [
      'Some of our providers may use your data to train their models.',
      'Certain service providers may use your conversations as training data.',
    ],
  },
  // An opt-out in the words of a settings page.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We use your conversations to improve our AI models. You can turn this off in your privacy settings.',
      'We use your conversations to improve our AI models. You can toggle this off at any time.',
      'We use your conversations to improve our AI models; you can disable this in Settings.',
      'We use your conversations to improve our AI models unless you choose not to allow this.',
      'We use your conversations to improve our AI models. You can choose not to allow this in Settings.',
      'We use your conversations to improve our AI models. You can stop us from doing this at any time in Settings.',
      'You can stop us from using your chats to train our models at any time.',
      'You can choose not to have your conversations used to improve our AI models.',
      'You can turn off the use of your data for model training in your privacy settings.',
      // A setting named for the training.
      'You can manage your model training preferences in Settings.',
      'You can change your AI training settings at any time.',
    ],
  },
  // A denial whose only exception is the user's agreement, or the law's demand.
  {
    verdict: 'conditional:opt_in',
    texts: [
      'We do not use your data to train our models unless you give us permission.',
      'We do not use your data to train our models except where you have explicitly agreed.',
      'If you enable the Improve the Model setting, we use your conversations to train our models.',
      'With your permission, we may use your recordings to improve our speech models.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'We do not use your data to train our models, except as required by law.',
      'There is no training on your data.',
      'We do not allow training on customer data.',
      'Your data is never used for model training.',
      'None of your data is used to train our AI.',
      'Our systems never learn from your private messages.',
    ],
  },
  // AI that only processes the user's data to serve them, or the user's own AI: no training by the service (A1).
  {
    verdict: 'none',
    texts: [
      'Our AI assistant uses your prompts to generate a reply.',
      'We use machine learning to analyse your transactions to detect fraud and abuse.',
      'We use automated tools, including AI, to review your posts for violations of our policies.',
      'Our AI features process your documents to translate and summarise content for you.',
      'We use AI models to search your files and show you relevant results.',
      'As between you and us, you own the outputs our AI models generate from your inputs.',
      'Outputs that AI features generate from your prompts may be inaccurate, so check them before relying on them.',
      'You may use your data to train your own models.',
      'You can fine-tune your own models on your content in your account.',
    ],
  },
  // A limit on the service's AI providers, or processing only to answer, is a limit (a party it lets in, A4).
  {
    verdict: 'restrict',
    texts: [
      'Our third-party AI providers do not use your prompts to train their models.',
      'Our AI providers are prohibited from using your content to train their models.',
      'We process your prompts only to generate responses and do not use them to train our models.',
    ],
  },
  // The training named as a noun, in the passive with its agent, or among the purposes above.
  {
    verdict: 'grant',
    texts: [
      'We use your content for model training and evaluation.',
      'We use your content for the development of our AI.',
      'We rely on your inputs for the ongoing improvement of our algorithms and models.',
      'Your content may be used by us and our affiliates to train our models.',
      "Your content may be used by Acme and its service providers to improve Acme's AI models.",
      'We use your content for the purposes above, including developing our models.',
      'Your chats may serve as training data for our machine learning systems.',
      'We may include your conversations in the datasets we use to train our models.',
      // A pointer that only leads into the unit's own statement (GUIDE: the unit states the right).
      'Learn how we use your data: we use your chats to train our models.',
      'Learn how we use your data: additionally, we may use your messages for purposes such as training our filters.',
    ],
  },
  // A purpose named as a label under a lead-in that names the data and asks for purposes (G2).
  {
    verdict: 'grant',
    leads: ['We use your information for the following purposes:'],
    texts: ['Model training and evaluation.', 'Training our AI models.'],
  },
  {
    verdict: 'grant',
    leads: ['Your personal information is used for the following purposes:'],
    texts: ['Model training.', 'To train our AI models.'],
  },
  { verdict: 'grant', leads: ['We may use your data for:'], texts: ['Model training.'] },
  {
    verdict: 'none',
    leads: ['We use public datasets for the following purposes:'],
    texts: ['Model training and evaluation.'],
  },
  // A lead-in that names data not the user's, or the reader's own duty (none actor=user).
  {
    verdict: 'none',
    leads: ['Researchers may use the Acme Open Data Set for the following purposes:'],
    texts: ['Model training and benchmarking.'],
  },
  {
    verdict: 'none',
    leads: ['You are solely responsible for:'],
    texts: ['Training and fine-tuning your models.', 'Model training.'],
  },
  // AI only applied to the data under a purposes lead-in reads as it does inline: no training (A1).
  {
    verdict: 'none',
    leads: ['We use your information for the following purposes:'],
    texts: ['AI-powered content moderation.', 'AI-assisted translation.', 'AI-based spam filtering.'],
  },
  // The lead-in's negation reaches its items.
  {
    verdict: 'restrict',
    leads: ['We do not use your personal information for the following purposes:'],
    texts: ['Model training.', 'Training our AI models.', 'To train our AI models.'],
  },
  {
    verdict: 'restrict',
    leads: ['We never use your content for the following purposes:'],
    texts: ['Training our generative AI models.'],
  },
  { verdict: 'restrict', leads: ['We will not use Customer Data for:'], texts: ['Model training.'] },
  // A setting the service says it does not offer is no opt-out.
  {
    verdict: 'restrict',
    texts: [
      'We do not offer AI training settings because we never use your chats to train our models.',
      'We do not provide any model training preferences: your content is never used to train our models.',
      'Enterprise accounts do not have model training settings; training is disabled for all enterprise content.',
      'We do not use your chats to train our models, and there are no AI training settings to change.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      // The service's own controls over its work, no setting of the reader's.
      'Our policies and controls concerning model development are reviewed annually to protect your information.',
      // A list of topics, titles, a question or a place after a pointer's colon states nothing (GUIDE: a pointer).
      'Learn how we use your data: model training, personalization, and security.',
      'Learn more about how we use your information: AI training and your choices.',
      'Learn how we use your data: Does Acme use my content to train its AI models?',
      'To learn more about how we use your data, visit our Help Center: Using your content to improve our AI models.',
      'You can read about how we use your data in these articles: Training our AI models; Your privacy controls.',
      'Learn how we use your content: our Generative AI FAQ explains the details of model training.',
      'Learn how your data is used: Help Center > Privacy > AI training.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      // A pointer whose colon leads to another pointer, or to topics that name no AI.
      'Learn how we use your data to train our models: see our AI Notice.',
      'This section explains how we use your data: what we collect, how long we keep it and who sees it.',
    ],
  },
  // Opt-outs in more settings words, and a training setting the sentence says nothing changes.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We use your chats to train our models. You can uncheck this option in Settings.',
      'We use your chats to train our models. You can uncheck the "Improve the model" option in your profile.',
      'We use your chats to train our models. To opt out, go to Settings > Privacy and turn off "Improve the model".',
      'We use your chats to train our models. You can withdraw your consent to this at any time.',
      'Deleting your account will not affect the preferences you have set with respect to model training.',
      'This will not change the preferences you have set with respect to model fine-tuning.',
    ],
  },
  {
    verdict: 'grant',
    texts: [
      'We use your chats to train our models. You can uncheck the newsletter box at any time.',
      // A form's box, a thing picked from a list: not the training switched off.
      'We use your chats to train our models; you can untick this box to stop receiving our newsletter.',
      'We use your chats to train our models; you can uncheck this box if you do not want to receive our newsletter.',
      'We use your chats to train our models, and you can deselect models you do not want in the model picker.',
      'We use your chats to train our models, but you can deselect any AI features you do not want in the editor.',
    ],
  },
  // A table row's Title Case label is a heading over its cell: the row says what the cell's use is for.
  {
    verdict: 'grant',
    section: 'How we use your information',
    row: 'Model Training',
    texts: [
      'We use chat content and feedback to improve the quality of our services.',
      'We analyse the content you upload to improve the accuracy of our services.',
    ],
  },
  {
    verdict: 'grant',
    section: 'How we use your information',
    row: 'Development and Training of AI Models',
    texts: [
      'We use chat content and feedback to improve the quality of our services.',
      'We use the prompts you submit and the outputs you receive to make our products better.',
    ],
  },
  {
    verdict: 'none',
    section: 'How we use your information',
    row: 'Customer Support',
    texts: [
      'We use chat content and feedback to improve the quality of our services.',
      'We use the prompts you submit and the outputs you receive to make our products better.',
    ],
  },
  {
    verdict: 'none',
    section: 'How we use your information',
    row: 'Model Training',
    texts: ['We retain your account details for as long as your account is open.'],
  },
  // The same label written at the head of the unit, under a heading of its own.
  {
    verdict: 'grant',
    section: 'How we use your information',
    texts: [
      'Model Training: We use chat content and feedback to improve the quality of our services.',
      'Development and Training of AI Models. We use the prompts you submit to make our products better.',
    ],
  },
  {
    verdict: 'none',
    section: 'How we use your information',
    texts: ['Customer Support: We use chat content and feedback to improve the quality of our services.'],
  },
  // The reader's choice in the unit's next sentence is an opt-out only when it is about that use.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We may use your prompts to improve our models. You can opt out of this use at any time in your account settings.',
      'Your chats may be used to train our AI. If you do not want this, you can disable model training in your privacy settings.',
      'We use your content to develop and improve our machine learning models. You may object to this processing by contacting us.',
      'We use your conversations to train our AI models. You can opt out at any time.',
    ],
  },
  {
    verdict: 'grant',
    texts: [
      'We use your conversations to train our AI models. You can turn off cookies in your browser settings.',
      'We use your conversations to train our AI models. You can unsubscribe from marketing emails at any time.',
      'We use your conversations to train our AI models. You can delete your account at any time in Settings.',
      'We use your conversations to train our AI models. You can turn off notifications in Settings.',
    ],
  },
  // Review of ai40: a later sentence's opt-out with a way, a place or a time after it is bare, and is the reader's choice
  // about the act (as the same words after a comma are); the sentence may end after a number, a bracket or a name.
  {
    verdict: 'conditional:opt_out',
    texts: [
      'We use your conversations to train our AI models. You can opt out by emailing privacy@acme.com.',
      'We use your conversations to train our AI models. You can opt out in Settings > Data Controls.',
      'We use your conversations to train our AI models. You can opt out here.',
      'We use your conversations to train our AI models. You may object at any time by contacting us.',
      'We use your conversations to train our AI models. You can opt out of it in your account settings.',
      'We use your conversations to train our AI models. Users on the Free plan can opt out in their privacy settings.',
      'We use your conversations to train our AI models. You can withdraw your consent at any time in your settings.',
      'We use your conversations to train our AI models. To opt out, email privacy@acme.com.',
      'We use your conversations to train our AI models, unless you opt out in Settings.',
      'We use the chats you send to us to train our AI models. You can opt out by emailing us.',
      'We use your conversations to train large language models (LLMs). You can opt out in Settings.',
      'We use your conversations to train our models, as described in Section 5. You can opt out in Settings.',
    ],
  },
  {
    verdict: 'grant',
    texts: [
      'We use the chats you send to us to train our AI models. You can turn off cookies in your browser settings.',
      'We use your conversations to train our models, as described in Section 5. You can turn off cookies in your browser.',
    ],
  },
  // "except for" after a denial lets the cases it names in (G5), as "except when" does.
  {
    verdict: 'grant',
    texts: [
      'We will not use your content to train AI models, except for content you make public.',
      'We never use your prompts to improve our models except for conversations flagged for safety review.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'We do not use your data to train our models, except for the purposes described below.',
      'We do not use your data to train our models, except as required by law.',
    ],
  },
  // Review of ai40: "except for" is the denied training's only when no other act is joined on before it, and lets it
  // in only when its cases are the user's data.
  {
    verdict: 'restrict',
    texts: [
      'We do not use any data to train our models except for publicly available data and licensed datasets.',
      'We do not use your prompts to train our models, and we delete them after 30 days, except for prompts flagged for abuse, which we keep for two years.',
      'We do not use your prompts to train our models or share them with anyone, except for our hosting provider.',
      'We do not use your content to train our models, except for the limited purpose of maintaining and providing the Service.',
    ],
  },
  // A legal basis names the processing of the user's data, though no data word is said: under an AI heading or row,
  // the basis for improving the service is the basis for training.
  {
    verdict: 'grant',
    section: 'AI Features',
    texts: [
      'We have a legitimate interest in improving our services.',
      'Our legal basis for this processing is our legitimate interest in improving our services.',
    ],
  },
  {
    verdict: 'grant',
    section: 'How we use your information',
    row: 'To develop and improve AI',
    texts: ['We have a legitimate interest in operating and improving our services and developing new products.'],
  },
  {
    verdict: 'none',
    section: 'How we use your information',
    texts: ['We have a legitimate interest in improving our services.'],
  },
  // Review of ai40: a label under the heading does not push the heading above it out of what the rules read; a number
  // or "Note:" is no label heading.
  {
    verdict: 'grant',
    section: 'How We Use Your Data',
    path: ['Generative AI Features', 'How We Use Your Data'],
    texts: [
      '1. We use your prompts to improve our services.',
      'Note: We use your prompts to improve our services.',
      'Example: We use your prompts to improve our services.',
      'Product Improvement: We use your prompts to improve our services.',
    ],
  },
  {
    verdict: 'grant',
    section: 'How We Use Your Data',
    path: ['Generative AI Features', 'How We Use Your Data'],
    row: 'Product Improvement',
    texts: ['We use your prompts to improve our services.'],
  },
  // Review of ai40: a legal basis names the user's data only when it is for improving, developing or training, not
  // for security, fraud, abuse or spam.
  {
    verdict: 'none',
    section: 'AI Features',
    texts: [
      'We rely on our legitimate interest to improve the security of our services.',
      'We may train our machine learning models to detect spam, based on our legitimate interests.',
    ],
  },
  {
    verdict: 'none',
    section: 'How we use your information',
    row: 'Providing AI Features',
    texts: [
      'It is in our legitimate interest to improve and secure our services.',
      'We use your contact details to improve our customer support services.',
    ],
  },
  // Review of ai40: a label that only names AI is no heading about training.
  {
    verdict: 'none',
    section: 'How we use your information',
    texts: ['AI Features: We use your feedback to improve our services.'],
  },
  {
    verdict: 'none',
    section: 'Contact',
    row: 'Model Training',
    texts: ['You can reach our support team by email at any time.'],
  },
  // The reader's choice, whatever the reader is called (GUIDE: "you can turn off model training" = conditional
  // opt_out): "users", "customers", "the user", "the account owner" choose as "you" does.
  {
    verdict: 'conditional:opt_in',
    texts: [
      'You can decide whether your content is used to train our models.',
      'Users can decide whether their content is used to train our models.',
      'The Customer may choose whether Customer Data is used to improve our models.',
    ],
  },
  {
    verdict: 'conditional:opt_out',
    texts: [
      'You can choose not to have your data used to improve our AI models.',
      'Members can choose not to have their data used to improve our AI models.',
      'You can turn off model training in settings.',
      'The user can turn off model training in settings.',
      // The reader's choice names its data with no data word, whether the role is singular or plural.
      'Users can turn off model training in settings.',
      'Users can opt out of model training.',
      'Members can opt out of AI training.',
      'The account owner can turn off model training in settings.',
      'Users may object to the use of their content for training our models.',
      'Customers can disable the use of their data for AI training in settings.',
      'If the user opts out, we will not use their conversations to train our models.',
      'Unless the customer opts out, we use their prompts to train our models.',
    ],
  },
  // Others than the reader, or the reader's own act, stay as they were.
  {
    verdict: 'none',
    texts: [
      'Other users can decide whether to share your content.',
      'Customers may not use the Service to train competing models.',
      'Users can share their content with other users.',
    ],
  },
  // A model that is not learnt from data (GUIDE A1): a business, pricing or 3D model, a role model.
  {
    verdict: 'none',
    texts: [
      'We use your data to improve our business models.',
      'We use your data to improve our pricing models.',
      'We use your information to develop new business models and services.',
      'You can upload 3D models to the Service.',
      'Our team are role models for the community.',
      'We personalise your feed with machine learning models.',
    ],
  },
  // Some of the readers choose as all of them do.
  {
    verdict: 'conditional:opt_in',
    texts: [
      'Registered users can decide whether their content is used to train our models.',
      'New users can decide whether their content is used to train our models.',
      'Existing users can decide whether their content is used to train our models.',
      'Individual users can decide whether their content is used to train our models.',
      'All users can decide whether their content is used to train our models.',
      'Paid users can decide whether their content is used to train our models.',
    ],
  },
  // A choice about something else, in its own clause, or by someone who is not the reader, leaves the grant a grant
  // (G8: a choice that does not stop the use).
  {
    verdict: 'grant',
    texts: [
      'Users can choose whether to receive newsletters, and we use their conversations to improve our models.',
      'If a user chooses to delete a post, we may still use it to train our models.',
      'Users may object, but we still use their content to train our models.',
      'Users can delete their account at any time, but we may keep using their content to train our models.',
      'Each member may decide whether to join a group; we use group posts to train our models.',
      'The Customer may object to a new Subprocessor, and Acme may use Customer Data to train its models.',
      'Board members may decide whether customer data is used to train our models.',
      'Your users can decide whether their content is used to train our models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'Team members may choose whether to review your conversations to improve our models.',
      'Other users can opt out of model training.',
      'Users may not use the Service to train competing models.',
      'Users can train their own models with the Service.',
      "Teachers can use your child's work to evaluate teaching models.",
      'We collect your course data for teaching models of good practice.',
      'Teaching AI models to your students is part of the curriculum.',
    ],
  },
  // A clause that trains beside one that names no AI, or another's choice, or a model that is not AI: still a grant.
  {
    verdict: 'grant',
    texts: [
      'Other users can decide whether to share your content, which we use to train our models.',
      'Users can share their content with other users, which we use to train our models.',
      'You can upload 3D models to the Service, which we use to train our models.',
      'Our team are role models for the community, and we use your posts to train our models.',
    ],
  },
  // A model trained is learnt, whatever it models (A1): only "improve our pricing models" is no training.
  {
    verdict: 'grant',
    texts: [
      'We use your purchase history to train our pricing models.',
      'We train our pricing models on your purchase history.',
      'We use your photos to train our 3D models.',
    ],
  },
  // …while a model built from the user's data is one, with or without an AI word (A1).
  {
    verdict: 'grant',
    texts: [
      'We use your content to improve our models.',
      'We use your content to improve our algorithms.',
      'We use your data to improve our machine learning models.',
    ],
  },
  // Two verbs sharing the model as object, and "advance" as "optimize": the model is made better, whichever verb.
  {
    verdict: 'grant',
    texts: [
      'We may use and store your content to develop and improve Acme and affiliate machine-learning and artificial-intelligence technologies.',
      'We may use and store your content to develop and optimize Acme and affiliate machine-learning and artificial-intelligence technologies.',
      'We may use and store your content to develop and advance Acme and affiliate machine-learning and artificial-intelligence technologies.',
      'We may use your content to advance our AI models.',
      'Your content may be used in advancing our artificial intelligence technologies.',
      'Your content may be used in improving our artificial intelligence technologies.',
    ],
  },
  // AI as the means between the two verbs and the AI word applies AI to something else.
  {
    verdict: 'none',
    texts: [
      'We use your data to build and optimize ad campaigns with AI.',
      'We use your data to develop and advance our mission through AI.',
      'We use your data to build and optimize delivery routes by AI.',
      'We use your data to develop and advance our models of care.',
    ],
  },
  // "models of care" after "advance" are no AI: the refusal to train still decides.
  {
    verdict: 'restrict',
    texts: ['We use your health data to advance our models of care, not to train AI.'],
  },
  // …not another object, nor AI applied to it.
  {
    verdict: 'none',
    texts: [
      'We use your feedback to advance our mission.',
      'Our AI helps you advance your career.',
      'We use your data to develop and optimize ads using AI.',
      'We develop and optimize our website with your feedback, using machine learning.',
    ],
  },
  // A list of verbs of a model's making, "teaching" among them; a generative AI feature is a model.
  {
    verdict: 'grant',
    texts: [
      'We may use Your Content to develop and improve Acme Services, including any training and testing machine learning models.',
      'We may use Your Content to develop and improve Acme Services, including any teaching and testing machine learning models.',
      'Your content may be used for the purpose of developing or training any commercially available artificial intelligence model.',
      'Your content may be used for the purpose of developing or teaching any commercially available artificial intelligence model.',
    ],
  },
  {
    verdict: 'restrict',
    texts: [
      'Data processed will not be used to train, enrich, or otherwise contribute to external or publicly available AI models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'We use your feedback for teaching and testing our support staff.',
      // A field taught to people, not a model.
      'Your donations support the teaching of artificial intelligence in schools.',
      'We will not use your feedback for the teaching of AI.',
    ],
  },
  // Teaching a model named as a noun, or a bare "models" taught on the user's data, is training.
  {
    verdict: 'restrict',
    texts: [
      'Using Customer Content for testing does not include training models on Customer Content.',
      'Using Customer Content for testing does not include teaching models on Customer Content.',
    ],
  },
  {
    verdict: 'grant',
    section: 'How we use your information',
    texts: [
      'To foster new technologies, including through training of AI models.',
      'To foster new technologies, including through teaching of AI models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'We use your data for teaching models of good practice.',
      "Teachers choose teaching models using your child's assessment data.",
    ],
  },
  // The reader's instruction not to use, with any modal: an opt-out (G7).
  {
    verdict: 'conditional:opt_out',
    texts: [
      'You may instruct Acme not to use your content to improve AI services by configuring an opt-out policy.',
      'You might instruct Acme not to use your content to improve AI services by configuring an opt-out policy.',
    ],
  },
  // What users make, after their possessive, is their data ("users’ music", "users’ projects").
  {
    verdict: 'restrict',
    texts: [
      'Acme will not use your music to train models to generate music or allow others to do so.',
      'Acme will not use users’ music to train models to generate music or allow others to do so.',
    ],
  },
  {
    verdict: 'conditional:opt_out',
    texts: [
      'To configure an AI services opt-out policy for your projects, select the opt-out mechanism in Acme Settings.',
      'To configure an AI services opt-out policy for users’ projects, select the opt-out mechanism in Acme Settings.',
    ],
  },
  // …but what the model is trained to do with data names no training data.
  {
    verdict: 'none',
    texts: [
      'We train our AI models to scan uploads for malware.',
      'We train our models to summarize chats.',
      "Acme trains AI models to answer users' queries.",
      'Our models are trained on photos we license.',
      // The possessive as what the model acts on, or in the contrast, names no data it learns from.
      "We train our AI models to scan users' uploads for malware.",
      "We train our models to moderate users' uploads.",
      "Our models are trained on photos we license, not on users' photos.",
    ],
  },
  {
    verdict: 'grant',
    texts: ["We use users' photos to train our AI models."],
  },
  {
    verdict: 'restrict',
    texts: ["We do not train our models on users' photos."],
  },
  // De-identified data derived from the user's still counts (G6), and a pointer to how it is used stays a pointer.
  {
    verdict: 'grant',
    texts: [
      'Aggregated or de-identified data derived from your use may be used for development of our machine learning models.',
      'De-identified data may be used to train our models.',
    ],
  },
  {
    verdict: 'none',
    texts: [
      'These are the terms that apply to AI features, including how aggregated or de-identified data derived from your use may be used for development of our machine learning models.',
      'This section describes how anonymized data about you may be used to develop and improve our AI models.',
      'This section describes how anonymous data about you may be used to develop and improve our AI models.',
    ],
  },
  // A pointer to how such data is protected or made points at no use: the unit's own statement stands.
  {
    verdict: 'grant',
    texts: [
      'We use de-identified data to train our AI models; this notice explains how de-identified data is protected.',
      'We describe how de-identified data is created; we use it to train our AI models.',
    ],
  },
];

describe('ai_training: one statement, several wordings, one verdict', () => {
  for (const g of GROUPS)
    it.each(g.texts)(
      `${g.verdict}${g.section ? ` under "${g.section}"` : ''}${g.leads ? ` after "${g.leads[0]}"` : ''}${g.row ? ` in row "${g.row}"` : ''}: %s`,
      (text) => {
        expect(verdict(text, g.section, g.leads, g.row, g.path)).toBe(g.verdict);
      },
    );
});
