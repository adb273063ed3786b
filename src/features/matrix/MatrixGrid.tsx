// The matrix as a real table: coloured cells with their words (Chart tab) or plain words with counts (Table tab).
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useFigureTable } from '../../components/figureData/figureData';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import { NotJudgedTag } from '../../components/GradeTag';
import { cellWords, type Grid, type GridCell, type GridColumn } from './matrixGrid';
import { matrixTable } from './matrixTable';

export type GridMode = 'colour' | 'words';

function ColumnHeading({ column }: { column: GridColumn }) {
  return (
    <th
      scope="col"
      className={`govuk-table__header app-matrix__heading${column.highlighted ? ' app-matrix__col--highlighted' : ''}`}
    >
      {column.heading}
      {column.subheading ? <span className="app-matrix__subheading">{column.subheading}</span> : null}
      {column.highlighted ? <span className="govuk-visually-hidden"> (chosen area)</span> : null}
    </th>
  );
}

function ColourCell({ cell, highlighted }: { cell: GridCell; highlighted: boolean }) {
  const mark = highlighted ? ' app-matrix__col--highlighted' : '';
  switch (cell.kind) {
    case 'graded':
      return (
        <td
          className={`govuk-table__cell app-matrix__cell app-matrix__cell--graded${mark}`}
          style={{ backgroundColor: GRADE_COLOURS[cell.grade], color: GRADE_TEXT_COLOURS[cell.grade] }}
        >
          {cell.label}
        </td>
      );
    case 'not-judged':
      return (
        <td className={`govuk-table__cell app-matrix__cell app-matrix__cell--not-judged${mark}`}>
          <NotJudgedTag reason={cell.reason} />
        </td>
      );
    case 'none':
      return (
        <td className={`govuk-table__cell app-matrix__cell app-matrix__cell--none${mark}`}>
          <span aria-hidden="true">—</span>
          <span className="govuk-visually-hidden">No judgement</span>
        </td>
      );
    case 'note':
      return (
        <td
          rowSpan={cell.rowSpan}
          colSpan={cell.colSpan}
          className={`govuk-table__cell app-matrix__cell app-matrix__cell--note${mark}`}
        >
          {cell.text}
        </td>
      );
    case 'covered':
      return null;
  }
}

function WordsCell({ cell }: { cell: GridCell }) {
  if (cell.kind === 'covered') return null;
  if (cell.kind === 'note') {
    return (
      <td rowSpan={cell.rowSpan} colSpan={cell.colSpan} className="govuk-table__cell app-matrix__words">
        {cell.text}
      </td>
    );
  }
  return <td className="govuk-table__cell app-matrix__words">{cellWords(cell)}</td>;
}

/** The Table tab's grid gives its figure the grid as data, for the CSV. */
function WordsData({ grid, label }: { grid: Grid; label: string }) {
  useFigureTable(useMemo(() => matrixTable(grid, label), [grid, label]));
  return null;
}

export function MatrixGrid({ grid, mode }: { grid: Grid; mode: GridMode }) {
  const label = mode === 'colour' ? grid.caption : `${grid.caption}, in words with counts`;
  const scroller = useRef<HTMLDivElement>(null);
  // On a narrow screen the latest inspection would start off to the right: open scrolled to it, the area names held by the sticky first column.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (grid.latestLast && element && element.scrollWidth > element.clientWidth)
      element.scrollLeft = element.scrollWidth;
  }, [grid]);
  return (
    // Focusable so keyboard users can scroll a wide grid sideways at high zoom.
    <div ref={scroller} className="app-table-scroll app-matrix__scroll" tabIndex={0} role="region" aria-label={label}>
      {mode === 'words' ? <WordsData grid={grid} label={label} /> : null}
      <table className={`govuk-table app-matrix app-matrix--${mode}`}>
        <caption className="govuk-table__caption govuk-table__caption--s">{label}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header app-matrix__corner">
              {grid.corner}
            </th>
            {grid.columns.map((column) => (
              <ColumnHeading key={column.key} column={column} />
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {grid.rows.map((row) => (
            <tr key={row.key} className={`govuk-table__row${row.highlighted ? ' app-matrix__row--highlighted' : ''}`}>
              <th scope="row" className="govuk-table__header app-matrix__row-heading">
                {row.heading}
                {row.highlighted ? <span className="app-matrix__chosen"> (chosen)</span> : null}
                {row.subheading ? <span className="app-matrix__subheading">{row.subheading}</span> : null}
              </th>
              {row.cells.map((cell, i) =>
                mode === 'colour' ? (
                  <ColourCell
                    key={grid.columns[i]?.key ?? i}
                    cell={cell}
                    highlighted={grid.columns[i]?.highlighted === true}
                  />
                ) : (
                  <WordsCell key={grid.columns[i]?.key ?? i} cell={cell} />
                ),
              )}
            </tr>
          ))}
        </tbody>
        {mode === 'words' && grid.countRows.length > 0 ? (
          <tfoot className="app-matrix__counts">
            {grid.countRows.map((countRow) => (
              <tr key={countRow.label} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Count: {countRow.label}
                </th>
                {countRow.counts.map((count, i) => (
                  <td key={grid.columns[i]?.key ?? i} className="govuk-table__cell govuk-table__cell--numeric">
                    {count === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="govuk-visually-hidden">not known</span>
                      </>
                    ) : (
                      count
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
