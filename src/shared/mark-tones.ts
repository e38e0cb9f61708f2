// The colours of Termwatch's marks in pages, one record for the marks (src/content/highlight) and for the legend that
// explains them (the welcome page), so the two can never show different colours.
/** The four looks a mark can have; the mark's colour depends on the stance and, for grants, the severity. */
export type MarkTone = 'grant-high' | 'grant' | 'conditional' | 'restrict';

// Semi-transparent fills tint whatever the page's background is, so text stays readable on light and
// dark pages alike; the inset underline (box-shadow) keeps the tone visible where the fill is faint.
export const MARK_TONES: Record<MarkTone, { fill: string; edge: string; meaning: string }> = {
  'grant-high': {
    fill: 'rgba(239, 68, 68, 0.32)',
    edge: 'rgba(220, 38, 38, 0.9)',
    meaning: 'takes the right, high severity',
  },
  grant: { fill: 'rgba(245, 158, 11, 0.32)', edge: 'rgba(217, 119, 6, 0.9)', meaning: 'takes the right' },
  conditional: {
    fill: 'rgba(124, 58, 237, 0.24)',
    edge: 'rgba(109, 40, 217, 0.85)',
    meaning: 'only with consent / opt-out',
  },
  restrict: {
    fill: 'rgba(34, 197, 94, 0.26)',
    edge: 'rgba(22, 163, 74, 0.85)',
    meaning: 'limits or denies it: good sign',
  },
};
