import type { Clause, Condition, Finding } from '../../core/types';
import { CATEGORY_LABELS, SEVERITY_LABELS, STANCE_LABELS } from '../../core/categories';
import { markTone, MARK_TONES } from './mark-palette';
import { appendChild, createElement, createTextNode, removeChild, setAttribute, setImportant } from './native-dom';

// More precise than the generic conditional label when the analyser knows which way consent works.
const CONDITION_LABELS: Record<Condition, string> = {
  opt_in: 'Only with your consent (opt-in)',
  opt_out: 'On unless you opt out',
};

const MAX_PHRASES = 4;
const MAX_PHRASE_CHARS = 90;
const MAX_SNIPPET_CHARS = 80;

/** What the card and the navigator say about one clause; findings ranked, most severe first. */
export interface ClauseInfo {
  clause: Clause;
  findings: Finding[];
}

// Lives inside the closed shadow root only: nothing leaks to the page, nothing of the page's CSS reaches in.
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 340px; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.brand { font-size: 11px; color: #6b7280; margin: 0 0 6px; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid var(--tone); }
li:last-child { margin-bottom: 0; }
.category { font-weight: 600; display: block; }
.meta, .why, .section { display: block; margin-top: 2px; }
.why { color: #374151; }
.section { margin-top: 8px; color: #4b5563; }
.hint { margin-top: 6px; font-size: 11px; color: #6b7280; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f3f4f6; border-color: #4b5563; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5); }
  .brand, .hint { color: #9ca3af; }
  .why, .section { color: #d1d5db; }
}
`;

type Child = Node | string;

function el(doc: Document, tag: string, className: string, children: Child[]): HTMLElement {
  const node = createElement(doc, tag);
  if (className) setAttribute(node, 'class', className);
  for (const child of children) appendChild(node, typeof child === 'string' ? createTextNode(doc, child) : child);
  return node;
}

function stanceText(finding: Finding): string {
  return finding.stance === 'conditional' && finding.condition
    ? CONDITION_LABELS[finding.condition]
    : STANCE_LABELS[finding.stance];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function reasonText(finding: Finding): string {
  const phrases = [...new Set(finding.evidence.map((p) => p.trim()).filter(Boolean))].slice(0, MAX_PHRASES);
  if (phrases.length === 0) return `Why: rule ${finding.rule}`;
  const quoted = phrases.map((p) => `“${clip(p, MAX_PHRASE_CHARS)}”`);
  return `Why: ${quoted.join(', ')}`;
}

function findingItem(doc: Document, finding: Finding): HTMLElement {
  const item = el(doc, 'li', '', [
    el(doc, 'span', 'category', [CATEGORY_LABELS[finding.category]]),
    el(doc, 'span', 'meta', [`${stanceText(finding)} · ${SEVERITY_LABELS[finding.severity]} severity`]),
    el(doc, 'span', 'why', [reasonText(finding)]),
  ]);
  setImportant(item, [['--tone', MARK_TONES[markTone(finding)].edge]]);
  return item;
}

/**
 * The accessible name of a clause's navigator button: what the clause is flagged for and how it starts, so a
 * screen-reader user hears which text it is before the card's details (its description).
 */
export function navLabel(info: ClauseInfo): string {
  const primary = info.findings[0];
  if (!primary) return 'Termwatch: flagged clause';
  const more = info.findings.length > 1 ? ` and ${info.findings.length - 1} more` : '';
  const snippet = clip(info.clause.text.replace(/\s+/g, ' ').trim(), MAX_SNIPPET_CHARS);
  return `Termwatch: ${CATEGORY_LABELS[primary.category]}, ${stanceText(primary)}${more}. “${snippet}”`;
}

/** Replaces the card's content with the findings of one clause (text only: no page HTML is parsed). */
export function renderCardContent(doc: Document, card: HTMLElement, info: ClauseInfo): void {
  while (card.firstChild) removeChild(card, card.firstChild);
  const count = info.findings.length;
  appendChild(card, el(doc, 'p', 'brand', [`Termwatch · ${count} finding${count === 1 ? '' : 's'} in this clause`]));
  appendChild(
    card,
    el(
      doc,
      'ul',
      '',
      info.findings.map((f) => findingItem(doc, f)),
    ),
  );
  if (info.clause.section) appendChild(card, el(doc, 'span', 'section', [`Section: ${info.clause.section}`]));
  appendChild(card, el(doc, 'span', 'hint', ['Esc to close']));
}
