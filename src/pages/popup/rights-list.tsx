// The findings as rights, worst first: what the document lets the company do, each said once with its strongest
// clause, the other places it is said one click away. Seven at first, then "show all".
import { useState } from 'preact/hooks';
import type { Clause, Finding } from '../../core/types';
import { CATEGORY_LABELS, RIGHT_MEANINGS, SEVERITY_LABELS, STANCE_LABELS } from '../../core/categories';
import { mentionsOf, rightsOf, type Right } from '../../core/score';

/** How many rights the popup shows before "Show all". */
export const RIGHTS_SHOWN = 7;
const STANCE_SHORT = { grant: 'Takes the right', conditional: 'Conditional', restrict: 'Good sign' } as const;
const MAX_TEXT = 220;

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

function meaningOf(r: Right): string {
  const key = r.stance === 'conditional' ? (r.condition ?? 'opt_out') : r.stance;
  return RIGHT_MEANINGS[r.category][key];
}

function RightItem({
  right,
  byId,
  onReveal,
}: {
  right: Right;
  byId: ReadonlyMap<string, Clause>;
  onReveal: (clauseId: string) => void;
}): preact.JSX.Element | null {
  const f: Finding = right.strongest;
  const clause = byId.get(f.clauseId);
  if (!clause) return null;
  // The same words repeated on the page (a footer, a summary box) are one place, not several.
  const seen = new Set([clause.text]);
  const others = right.clauseIds
    .map((id) => byId.get(id))
    .filter((c): c is Clause => !!c && !seen.has(c.text) && !!seen.add(c.text));
  const condition =
    f.condition === 'opt_in' ? ' (only with consent)' : f.condition === 'opt_out' ? ' (unless you opt out)' : '';
  return (
    <li class="right">
      <button
        type="button"
        class={`clause stance-border-${f.stance}`}
        data-clause-id={f.clauseId}
        data-category={f.category}
        data-stance={f.stance}
        onClick={() => onReveal(f.clauseId)}
        title="Show this clause in the page"
      >
        <span class="clause-meta">
          <strong class="right-category">{CATEGORY_LABELS[f.category]}</strong>
          <span class={`pill stance-${f.stance}`} title={STANCE_LABELS[f.stance]}>
            {STANCE_SHORT[f.stance]}
            {condition}
          </span>
          <span class={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
        </span>
        <span class="right-meaning">{meaningOf(right)}</span>
        <span class="clause-text">{clip(clause.text)}</span>
        {clause.section && <span class="muted section">{clause.section}</span>}
        {f.evidence.length > 0 && (
          <span class="evidence muted">
            Why:{' '}
            {f.evidence
              .slice(0, 3)
              .map((e) => `“${e}”`)
              .join(', ')}
          </span>
        )}
      </button>
      {others.length > 0 && (
        <details class="also-said">
          <summary>
            Also said in {others.length} other place{others.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {others.map((c) => (
              <li key={c.id}>
                <button type="button" class="also" data-clause-id={c.id} onClick={() => onReveal(c.id)}>
                  {clip(c.text)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function RightsList({
  clauses,
  findings,
  onReveal,
}: {
  clauses: Clause[];
  findings: Finding[];
  onReveal: (clauseId: string) => void;
}): preact.JSX.Element {
  const [showAll, setShowAll] = useState(false);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const rights = rightsOf(findings).filter((r) => byId.has(r.strongest.clauseId));
  const mentions = mentionsOf(findings).filter((f) => byId.has(f.clauseId));
  if (rights.length === 0 && mentions.length === 0) return <p class="muted">No clauses match these filters.</p>;
  const shown = showAll ? rights : rights.slice(0, RIGHTS_SHOWN);
  return (
    <div class="clause-groups rights">
      <h2>
        What this document lets them do <span class="muted">({rights.length})</span>
      </h2>
      <ul class="clauses">
        {shown.map((r) => (
          <RightItem key={r.key} right={r} byId={byId} onReveal={onReveal} />
        ))}
      </ul>
      {shown.length < rights.length && (
        <button type="button" class="show-all" onClick={() => setShowAll(true)}>
          Show all {rights.length}
        </button>
      )}
      {mentions.length > 0 && (
        <details class="mentions">
          <summary>
            Mentioned without taking a right ({mentions.length}): pointers, explanations and definitions
          </summary>
          <ul>
            {mentions.map((f) => (
              <li key={`${f.clauseId}-${f.category}`}>
                <button type="button" class="also" data-clause-id={f.clauseId} onClick={() => onReveal(f.clauseId)}>
                  <span class="muted">
                    {CATEGORY_LABELS[f.category]} · {f.role}:{' '}
                  </span>
                  {clip(byId.get(f.clauseId)!.text)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
