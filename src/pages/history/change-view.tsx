import type { Change } from '../../core/diff';
import { CATEGORY_LABELS, STANCE_LABELS } from '../../core/categories';

const IMPACT_WORDS = { worse: 'Worse for you', better: 'Better for you', neutral: 'Wording' } as const;

/** One change between two versions; page text is rendered as text nodes only. */
export function ChangeView({ change }: { change: Change }): preact.JSX.Element {
  const stance = change.stanceAfter ?? change.stanceBefore;
  return (
    <li class={`change impact-${change.impact}`}>
      <p>
        <strong>{IMPACT_WORDS[change.impact]}</strong> · {change.type}
        {change.category && <> · {CATEGORY_LABELS[change.category]}</>}
        {stance && (
          <>
            {' '}
            ·{' '}
            {change.stanceBefore && change.stanceAfter && change.stanceBefore !== change.stanceAfter
              ? `${STANCE_LABELS[change.stanceBefore]} → ${STANCE_LABELS[change.stanceAfter]}`
              : STANCE_LABELS[stance]}
          </>
        )}
        {change.section && <span class="muted"> · {change.section}</span>}
      </p>
      {change.wordDiff ? (
        <p class="word-diff">
          {change.wordDiff.map((part, i) =>
            part.op === 'insert' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.op === 'delete' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      ) : (
        <p class="word-diff">{change.type === 'removed' ? <del>{change.before}</del> : <ins>{change.after}</ins>}</p>
      )}
    </li>
  );
}
