import { CATEGORY_IDS, STANCES, type CategoryId, type Finding, type Stance } from '../../core/types';
import { CATEGORY_LABELS, STANCE_LABELS } from '../../core/categories';

export interface FilterState {
  categories: Set<CategoryId>;
  stances: Set<Stance>;
}

function toggled<T>(set: Set<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/** Counts per category double as filter toggles; nothing selected means "show all". */
export function Filters({
  counts,
  findings,
  value,
  onChange,
}: {
  counts: Record<CategoryId, number>;
  findings: Finding[];
  value: FilterState;
  onChange: (v: FilterState) => void;
}): preact.JSX.Element {
  const stanceCounts = Object.fromEntries(
    STANCES.map((s) => [s, findings.filter((f) => f.stance === s).length]),
  ) as Record<Stance, number>;
  return (
    <div class="filters">
      <div role="group" aria-label="Filter by category" class="chips">
        {CATEGORY_IDS.filter((c) => counts[c] > 0).map((c) => (
          <button
            key={c}
            type="button"
            class="chip"
            aria-pressed={value.categories.has(c)}
            data-category={c}
            onClick={() => onChange({ ...value, categories: toggled(value.categories, c) })}
          >
            {CATEGORY_LABELS[c]} <span class="count">{counts[c]}</span>
          </button>
        ))}
      </div>
      <div role="group" aria-label="Filter by stance" class="chips">
        {STANCES.filter((s) => stanceCounts[s] > 0).map((s) => (
          <button
            key={s}
            type="button"
            class={`chip stance-${s}`}
            aria-pressed={value.stances.has(s)}
            data-stance={s}
            onClick={() => onChange({ ...value, stances: toggled(value.stances, s) })}
          >
            {STANCE_LABELS[s]} <span class="count">{stanceCounts[s]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
