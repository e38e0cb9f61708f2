import type { CategoryId, Stance, Severity } from './types';

/** Plain-words labels for people; shared by the popup, highlight cards, exports and CLI. */
export const CATEGORY_LABELS: Record<CategoryId, string> = {
  ai_training: 'AI / machine-learning training',
  data_sharing: 'Sharing data with third parties',
  data_sale: 'Sale of personal data',
  content_licence: 'Broad licence to your content',
  tracking: 'Tracking and targeted ads',
  retention: 'Data kept indefinitely',
  terms_change: 'Terms can change unilaterally',
};

export const STANCE_LABELS: Record<Stance, string> = {
  grant: 'Takes the right',
  conditional: 'Only with your consent / unless you opt out',
  restrict: 'Limits or denies it (good sign)',
};

export const SEVERITY_LABELS: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
