import type { CategoryId, Clause, Finding } from '../../core/types';
import { CATEGORY_LABELS, SEVERITY_LABELS, STANCE_LABELS } from '../../core/categories';

const STANCE_SHORT = { grant: 'Takes the right', conditional: 'Conditional', restrict: 'Good sign' } as const;
const MAX_TEXT = 220;

/** Flagged clauses grouped by category; each opens the clause in the page. */
export function ClauseList({
  clauses,
  findings,
  categoryOrder,
  onReveal,
}: {
  clauses: Clause[];
  findings: Finding[];
  categoryOrder: readonly CategoryId[];
  onReveal: (clauseId: string) => void;
}): preact.JSX.Element {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const groups = categoryOrder
    .map((cat) => ({ cat, items: findings.filter((f) => f.category === cat) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return <p class="muted">No clauses match these filters.</p>;
  return (
    <div class="clause-groups">
      {groups.map(({ cat, items }) => (
        <section key={cat} class="clause-group" aria-label={CATEGORY_LABELS[cat]}>
          <h2>
            {CATEGORY_LABELS[cat]} <span class="muted">({items.length})</span>
          </h2>
          <ul class="clauses">
            {items.map((f) => {
              const clause = byId.get(f.clauseId);
              if (!clause) return null;
              const text = clause.text.length > MAX_TEXT ? `${clause.text.slice(0, MAX_TEXT)}…` : clause.text;
              const condition =
                f.condition === 'opt_in'
                  ? ' (only with consent)'
                  : f.condition === 'opt_out'
                    ? ' (unless you opt out)'
                    : '';
              return (
                <li key={`${f.clauseId}-${f.category}`}>
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
                      <span class={`pill stance-${f.stance}`} title={STANCE_LABELS[f.stance]}>
                        {STANCE_SHORT[f.stance]}
                        {condition}
                      </span>
                      <span class={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                      {clause.section && <span class="muted section">{clause.section}</span>}
                    </span>
                    <span class="clause-text">{text}</span>
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
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
