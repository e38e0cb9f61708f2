import type { CategoryId, Stance, Severity } from './types';

/** Plain-words labels for people; shared by the popup, highlight cards, exports and CLI. */
export const CATEGORY_LABELS: Record<CategoryId, string> = {
  ai_training: 'AI / machine-learning training',
  data_sharing: 'Sharing data with third parties',
  data_sale: 'Sale of personal data',
  content_licence: 'Broad licence to your content',
  tracking: 'Tracking and targeted ads',
  retention: 'Data kept indefinitely',
  terms_change: 'Terms or service can change unilaterally',
};

export const STANCE_LABELS: Record<Stance, string> = {
  grant: 'Takes the right',
  conditional: 'Only with your consent / unless you opt out',
  restrict: 'Limits or denies it (good sign)',
};

export const SEVERITY_LABELS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** What a right means for the person reading, in one line: by category, then stance (conditional by its condition). */
export const RIGHT_MEANINGS: Record<CategoryId, Record<'grant' | 'opt_out' | 'opt_in' | 'restrict', string>> = {
  ai_training: {
    grant: 'What you write, upload or do here can be used to train their AI models.',
    opt_out: 'Your data can train their AI models unless you turn it off.',
    opt_in: 'Your data trains their AI models only if you agree.',
    restrict: 'They say your data is not used to train AI models.',
  },
  data_sharing: {
    grant: 'Your personal data can be passed to other companies.',
    opt_out: 'Your data can be passed to other companies unless you object.',
    opt_in: 'Your data is passed to other companies only if you agree.',
    restrict: 'They limit who gets your personal data.',
  },
  data_sale: {
    grant: 'Your personal data can be sold or traded for value.',
    opt_out: 'Your data can be sold or shared for ads unless you opt out.',
    opt_in: 'Your data is sold only if you agree.',
    restrict: 'They say they do not sell your personal data.',
  },
  content_licence: {
    grant: 'They get broad rights to use, copy and share what you post.',
    opt_out: 'They can use what you post broadly unless you change a setting.',
    opt_in: 'They use what you post beyond the service only if you agree.',
    restrict: 'They limit what they can do with what you post.',
  },
  tracking: {
    grant: 'Your activity can be tracked, including for targeted ads.',
    opt_out: 'Your activity is tracked for ads unless you opt out.',
    opt_in: 'Tracking for ads happens only if you agree.',
    restrict: 'They limit tracking of your activity.',
  },
  retention: {
    grant: 'Your data can be kept long after you stop using the service.',
    opt_out: 'Your data is kept unless you ask for it to be deleted.',
    opt_in: 'Your data is kept longer only if you agree.',
    restrict: 'They limit how long your data is kept, or let you delete it.',
  },
  terms_change: {
    grant: 'They can change these terms, the service or its price on their own; using it after means you accept.',
    opt_out: 'They can change the terms, the service or its price unless you object.',
    opt_in: 'Changes to the terms, the service or its price apply to you only if you agree.',
    restrict: 'They limit how the terms, the service or its price can change, or promise your agreement first.',
  },
};
