import type { RiskSummary } from '../../core/types';
import { GRADE_COLORS, GRADE_WORDS } from '../../shared/grade-style';
import { GRADING_EXPLANATION } from '../../core/score';

/** The grade box of a page that has no grade: neutral grey, like the badge's. */
const UNGRADED_COLOR = '#5f6368';

export function GradeCard({
  summary,
  findingCount,
}: {
  summary: RiskSummary;
  findingCount: number;
}): preact.JSX.Element {
  const { grade } = summary;
  return (
    <div class="grade-card card">
      <div
        class="grade"
        style={{ background: grade === null ? UNGRADED_COLOR : GRADE_COLORS[grade] }}
        aria-label={grade === null ? 'Not graded' : `Grade ${grade}`}
        role="img"
      >
        {grade ?? '–'}
      </div>
      <div class="grade-text">
        <p class="grade-words">
          {grade === null ? (
            <strong>Not graded</strong>
          ) : (
            <>
              <strong>{GRADE_WORDS[grade]}</strong> <span class="muted">· score {summary.score}/100</span>
            </>
          )}
        </p>
        <p class="driver">
          {grade !== null && findingCount === 0 ? 'No flagged clauses in this document.' : summary.driver}
        </p>
        <details class="explain">
          <summary>How the grade works</summary>
          <p>{GRADING_EXPLANATION}</p>
        </details>
      </div>
    </div>
  );
}
