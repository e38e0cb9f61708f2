// ai_training: the company may use user data or content to train, tune, develop or improve AI / ML models.
import type { CategoryRules } from '../rule';

const USER_DATA =
  /\b(?:you|your|customer|user|member|personal|content|data|input|inputs|information|communications?|conversations?|recordings?|messages?|prompts?)\b/;

const AI =
  /\b(?:model|algorithm|ai|intelligence|machine[\s-]learning|ml|llms?|neural|deep\s+learning|generative|genai|nlp|computer\s+vision)/;
const AI_FIELD =
  /\b(?:machine[\s-]learning|artificial[\s-]intelligence|ai|a\.i\.|ml|deep\s+learning|generative|genai|nlp|natural\s+language|computer\s+vision)\b/;

/**
 * "… trained on licensed and publicly available datasets": training data that is not the user's. Still a hit when
 * user data follows too ("on public data and on content you upload"), unless that is negated ("not on your content").
 */
const NON_USER_SOURCE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:on|using|with|from)\s+(?:only\s+|exclusively\s+)?(?:[\w-]+\s+)?(?:licensed|public|publicly|synthetic|open[\s-]source|purchased|commercially|third[\s-]party)\b(?![^;.]*\b(?<!\b(?:not|never)\s+(?:on\s+|from\s+|using\s+)?(?:the\s+|any\s+)?(?:[\w-]+\s+)?)(?:your|you|customer|user|users)\b)/;

export const aiTraining: CategoryRules = {
  category: 'ai_training',
  requires: [USER_DATA], // the veto drops clauses without user data anyway
  // Training on data that is not the user's (e.g. "public datasets") is outside this category.
  veto: (lower) => (USER_DATA.test(lower) ? null : 'no user data in clause'),
  rules: [
    {
      id: 'ai_training.train-on-content',
      cue: [/\b(?:re|pre|fine[\s-]?)?(?:train|tun)/, AI],
      match: [
        '#TrainVerb .{0,6} #AiModel',
        '#TrainVerb .{0,6} #AiField',
        '#AiField #TrainVerb',
        '#AiModel .{0,3} #TrainVerb',
      ],
      rejectAfter: NON_USER_SOURCE,
      severity: 'high',
      why: 'Training or tuning models on user content or data is the core AI-training right.',
      mustMatch: [
        'We may use your content to train our machine learning models.',
        'Customer data may be used for the purposes of training and tuning of algorithms and models.',
        {
          text: 'Zoom does not use any of your audio, video or chat content to train Zoom or third-party artificial intelligence models.',
          stance: 'restrict',
        },
        {
          text: 'We will not use your files to train AI models without your consent.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'You can decide whether the photos you upload are used to train our machine learning models.',
          stance: 'conditional',
          condition: 'opt_in',
        },
        {
          text: 'Your prompts are used to train our models unless you opt out in settings.',
          stance: 'conditional',
          condition: 'opt_out',
        },
        // Long objects: the user's relative clause ("content you upload") is not the subject of "train".
        'We may use the content you upload, including your recordings and messages, to train our artificial intelligence and machine learning models.',
        'We may use the content you submit, together with other information we collect about how you use the Services, for the purpose of developing and training our AI technologies.',
        'The content you upload may be used by us and our service providers to train machine learning models used in our products.',
        'We train our models on publicly available data and on content you upload.',
        {
          text: 'We will not use the content you upload, including your recordings and messages, to train our artificial intelligence models.',
          stance: 'restrict',
        },
      ],
      mustNotMatch: [
        'We provide training to our employees on data protection.',
        'Our AI assistant summarises your meeting and drafts follow-up emails.',
        'Our models are trained on licensed and publicly available datasets.',
        'Our AI models are trained on licensed data, not on the content you upload.',
        'You may use the content you upload to train your own machine learning models.',
        'Our AI assistant summarises your meeting using the content you upload, including recordings.',
      ],
    },
    {
      id: 'ai_training.ml-purpose',
      cue: [AI_FIELD, /\b(?:train|tun|test|develop|improv|enhanc|refin|build|research|analytics|purpose)/],
      match: [
        '#AiField .{0,3} (#TrainVerb|testing|development|#ImproveVerb)',
        '(development|analytics|research|purposes|purpose) .{0,6} #AiField',
      ],
      severity: 'high',
      why: 'Listing machine learning or AI among the purposes for which user data may be used grants training rights in practice.',
      mustMatch: [
        'You grant us a licence to use Customer Content for the purpose of product development, marketing, analytics, machine learning, artificial intelligence, training, testing and improvement of the Services.',
        'We may use the information we collect for research and development, including machine learning.',
      ],
      mustNotMatch: [
        'For more information about artificial intelligence features, see our help centre.',
        'You may use the AI Companion to summarise meetings.',
      ],
    },
    {
      id: 'ai_training.improve-automated-systems',
      cue: [
        /\b(?:automated|automation|algorithmic|predictive|recommendation|personali[sz]ation)\b/,
        /\b(?:improv|develop|enhanc|refin|build|teach)/,
      ],
      match: [
        '#ImproveVerb .{0,6} (automated|automation|algorithmic|predictive|recommendation|recommendations|personalization|personalisation) (systems|system|tools|features|engines|engine|technologies|technology|services)',
      ],
      weak: true,
      severity: 'low',
      why: 'Using user data to improve automated or recommendation systems often means model training without saying so; a weak signal.',
      mustMatch: ['We use your viewing history to improve our recommendation systems.'],
      mustNotMatch: ['We use your feedback to improve our customer support.', 'Automated systems send you reminders.'],
    },
    {
      id: 'ai_training.improve-models',
      cue: [AI, /\b(?:improv|develop|enhanc|refin|build|teach)/],
      match: [
        '#ImproveVerb .{0,6} #AiModel',
        '#ImproveVerb (our|the|its|their|new|and)? .{0,3} #AiField',
        // "improve the accuracy and performance of our proprietary artificial intelligence models"
        '#ImproveVerb .{0,4} (of|for) .{0,4} (#AiModel|#AiField)',
      ],
      rejectAfter: NON_USER_SOURCE,
      severity: 'high',
      why: '"Improve our services" clauses that name models or algorithms cover model development with user data.',
      mustMatch: [
        'We use your conversations to improve our AI models and algorithms.',
        'Information you provide may be used to develop and improve our artificial intelligence technologies.',
        { text: 'We never use your documents to improve our language models.', stance: 'restrict' },
        'We may use information you provide to us, such as your prompts, files and feedback, to develop and improve our machine learning models.',
        'Data collected through the Services, including audio and transcripts, may be used to improve the algorithms that power our features.',
        'We may use the content you upload to train, test, validate, tune and otherwise improve the accuracy and performance of our proprietary artificial intelligence models.',
      ],
      mustNotMatch: [
        'We use your feedback to improve our customer support.',
        'Our team develops new features every month.',
        'We may use information you provide to us, such as your name and email, to send you newsletters about our AI products.',
        'We improve our language models using licensed and publicly available text.',
      ],
    },
  ],
};
