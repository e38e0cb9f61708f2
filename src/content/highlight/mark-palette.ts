import type { Finding } from '../../core/types';

import { MARK_TONES, type MarkTone } from '../../shared/mark-tones';

// The tones live in src/shared so the welcome page's colour legend shows the very colours the marks use.
export { MARK_TONES, type MarkTone };

export function markTone(finding: Pick<Finding, 'stance' | 'severity'>): MarkTone {
  if (finding.stance === 'grant') return finding.severity === 'high' ? 'grant-high' : 'grant';
  return finding.stance;
}

// Inline `!important` beats every page stylesheet rule, `!important` ones included (CSS Cascade 4,
// https://www.w3.org/TR/css-cascade-4/#cascade-origin), so a page cannot hide or restyle marks.
// The resets undo page rules such as `* { padding: 4px }` that would otherwise change the layout;
// nothing here takes space: background, box-shadow and radius are painted, not laid out.
const RESET: ReadonlyArray<readonly [string, string]> = [
  ['display', 'inline'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'static'],
  ['float', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0 none'],
  ['font', 'inherit'],
  ['color', 'inherit'],
  ['letter-spacing', 'inherit'],
  ['word-spacing', 'inherit'],
  ['line-height', 'inherit'],
  ['text-transform', 'inherit'],
  ['white-space', 'inherit'],
  ['vertical-align', 'baseline'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['background-image', 'none'],
  ['border-radius', '2px'],
  ['box-decoration-break', 'clone'],
  ['-webkit-box-decoration-break', 'clone'],
  ['cursor', 'help'],
];

/** The inline declarations of a mark of this tone; each is applied with `!important`. */
export function markDeclarations(tone: MarkTone): Array<readonly [string, string]> {
  const { fill, edge } = MARK_TONES[tone];
  return [...RESET, ['background-color', fill], ['box-shadow', `inset 0 -0.14em 0 ${edge}`]];
}

const cssTextCache = new Map<MarkTone, string>();

/** markDeclarations as one cssText string, every declaration `!important` (built once per tone). */
export function markCssText(tone: MarkTone): string {
  let css = cssTextCache.get(tone);
  if (css === undefined) {
    css = markDeclarations(tone)
      .map(([prop, value]) => `${prop}: ${value} !important;`)
      .join(' ');
    cssTextCache.set(tone, css);
  }
  return css;
}

/** The flash is an outline: painted outside the box, so it does not move text either. */
export function flashDeclarations(tone: MarkTone): Array<readonly [string, string]> {
  return [
    ['outline', `3px solid ${MARK_TONES[tone].edge}`],
    ['outline-offset', '2px'],
  ];
}

/** The keyboard focus on a fallback mark: the focus blue, as an outline (painted, not laid out). */
export const FOCUS_DECLARATIONS: ReadonlyArray<readonly [string, string]> = [
  ['outline', '2px solid #2563eb'],
  ['outline-offset', '1px'],
];
