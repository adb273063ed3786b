// The judgement matrix as a figure: coloured grid and key (Chart tab), the same grid in words with counts (Table tab).
import { Figure } from '../../components/Figure';
import { MatrixGrid } from './MatrixGrid';
import { MatrixKey } from './MatrixKey';
import type { Grid } from './matrixGrid';
import { COMMON_MATRIX_NOTES } from './matrixNotes';

export interface MatrixFigureProps {
  readonly title: string;
  readonly summary: string;
  readonly grid: Grid;
  /** Notes particular to the layout, shown before the common ones. */
  readonly notes: readonly string[];
  /** The Source line: the files the grid's records came from. */
  readonly source: string;
}

export function MatrixFigure({ title, summary, grid, notes, source }: MatrixFigureProps) {
  return (
    <Figure
      title={title}
      summary={summary}
      chart={
        <>
          <MatrixKey grid={grid} />
          <MatrixGrid grid={grid} mode="colour" />
        </>
      }
      table={<MatrixGrid grid={grid} mode="words" />}
      footnotes={[...notes, ...COMMON_MATRIX_NOTES]}
      source={source}
    />
  );
}
