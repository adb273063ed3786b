// The key above the coloured grid: each grade as it appears in the grid, and the two kinds of cell that are not grades.
import { GradeTag, NotJudgedTag } from '../../components/GradeTag';
import type { GradeId, GradeScale } from '../../domain';
import type { Grid } from './matrixGrid';

export function MatrixKey({ grid }: { grid: Grid }) {
  const grades = new Map<string, { grade: GradeId; scale: GradeScale }>();
  let notJudged = false;
  let none = false;
  let notes = false;
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      if (cell.kind === 'graded') grades.set(cell.label, { grade: cell.grade, scale: cell.scale });
      else if (cell.kind === 'not-judged') notJudged = true;
      else if (cell.kind === 'none') none = true;
      else if (cell.kind === 'note') notes = true;
    }
  }
  return (
    <ul className="govuk-list app-matrix-key" aria-label="Key to the grid">
      {[...grades].map(([label, { grade, scale }]) => (
        <li key={label}>
          <GradeTag grade={grade} scale={scale} />
        </li>
      ))}
      {notJudged ? (
        <li>
          <NotJudgedTag reason="the reason shows on hover and in the Table tab" />
        </li>
      ) : null}
      {none ? (
        <li>
          <span className="app-matrix-key__swatch app-matrix__cell--none" aria-hidden="true">
            —
          </span>
          No judgement of this area
        </li>
      ) : null}
      {notes ? (
        <li>
          <span className="app-matrix-key__swatch app-matrix__cell--note" aria-hidden="true">
            Aa
          </span>
          Words across several cells: counts only, or not inspected
        </li>
      ) : null}
    </ul>
  );
}
