import type { RiskSummary } from '../../core/types';
import { GRADE_COLORS, GRADE_WORDS } from '../../shared/grade-style';
import { GRADING_EXPLANATION } from '../../core/score';

export function GradeCard({
  summary,
  findingCount,
}: {
  summary: RiskSummary;
  findingCount: number;
}): preact.JSX.Element {
  return (
    <div class="grade-card card">
      <div
        class="grade"
        style={{ background: GRADE_COLORS[summary.grade] }}
        aria-label={`Grade ${summary.grade}`}
        role="img"
      >
        {summary.grade}
      </div>
      <div class="grade-text">
        <p class="grade-words">
          <strong>{GRADE_WORDS[summary.grade]}</strong> <span class="muted">· score {summary.score}/100</span>
        </p>
        <p class="driver">{findingCount === 0 ? 'No flagged clauses in this document.' : summary.driver}</p>
        <details class="explain">
          <summary>How the grade works</summary>
          <p>{GRADING_EXPLANATION}</p>
        </details>
      </div>
    </div>
  );
}
