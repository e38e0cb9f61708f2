import type { Finding, RiskSummary } from '../../core/types';
import { GRADE_COLORS, GRADE_WORDS } from '../../shared/grade-style';
import { GRADING_EXPLANATION, gradeDrivers } from '../../core/score';
import { CATEGORY_LABELS, STANCE_LABELS } from '../../core/categories';

/** The grade box of a page that has no grade: neutral grey, like the badge's. */
const UNGRADED_COLOR = '#5f6368';

export function GradeCard({
  summary,
  findings,
}: {
  summary: RiskSummary;
  findings: readonly Finding[];
}): preact.JSX.Element {
  const { grade } = summary;
  const findingCount = findings.length;
  // This page's worst rights, each with the grade the page would have without it.
  const drivers = grade === null ? [] : gradeDrivers(findings);
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
        {drivers.length > 0 && (
          <details class="why-grade">
            <summary>Why this grade</summary>
            <ul>
              {drivers.map((d) => (
                <li key={d.right.key}>
                  {CATEGORY_LABELS[d.right.category]} ({STANCE_LABELS[d.right.stance].toLowerCase()}): −{d.cost} points
                  {d.gradeWithout !== grade && <span class="muted"> · without it: {d.gradeWithout}</span>}
                </li>
              ))}
            </ul>
          </details>
        )}
        <details class="explain">
          <summary>How the grade works</summary>
          <p>{GRADING_EXPLANATION}</p>
        </details>
      </div>
    </div>
  );
}
