// A grade as its word on its colour: never colour alone, and the same look in every view.
import { gradeLabel, type GradeId, type GradeScale } from '../domain';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from './gradeColours';

export function GradeTag({ grade, scale }: { grade: GradeId; scale?: GradeScale }) {
  return (
    <span className="app-grade-tag" style={{ backgroundColor: GRADE_COLOURS[grade], color: GRADE_TEXT_COLOURS[grade] }}>
      {gradeLabel(grade, scale)}
    </span>
  );
}

/** "Not judged" with its reason available on hover and focus. */
export function NotJudgedTag({ reason }: { reason: string }) {
  return (
    <span className="app-grade-tag app-grade-tag--not-judged" title={reason}>
      Not judged<span className="govuk-visually-hidden"> ({reason})</span>
    </span>
  );
}
