// The judgement matrix view: grades as a grid, areas by inspections for one authority or authorities by areas at a date.
import { useMemo } from 'react';
import { ilacsSources } from '../../analytics';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle, yearsWords } from '../../components/export/subtitle';
import { areaOptions } from '../../components/filters/options';
import { useUrlParams } from '../../components/url/useUrlParams';
import { formatLong, sourceLine } from '../../domain';
import type { ViewProps } from '../../components/viewProps';
import { authorityMatrix } from './authorityMatrix';
import { inspectionMatrix } from './inspectionMatrix';
import { MatrixFigure } from './MatrixFigure';
import { MatrixFilters } from './MatrixFilters';
import { readMatrixState } from './matrixParams';
import './matrix.css';

export default function MatrixView({ dataset }: ViewProps) {
  const [params, navigate] = useUrlParams();
  const state = useMemo(() => readMatrixState(params, dataset), [params, dataset]);
  const model = useMemo(() => {
    if (state.rows === 'areas') {
      const matrix = inspectionMatrix(dataset, state);
      return { ...matrix, notes: matrix.footnotes };
    }
    const matrix = authorityMatrix(dataset, state);
    return { ...matrix, notes: matrix.footnotes };
  }, [dataset, state]);
  // The authorities layout shows latest ILACS inspections only, so only the files that hold those are sources.
  const source = useMemo(
    () =>
      state.rows === 'areas' && 'inspections' in model
        ? sourceLine(model.inspections.flatMap((inspection) => inspection.sources))
        : sourceLine(ilacsSources(dataset)),
    [dataset, model, state.rows],
  );

  const areaLabel = useMemo(
    () => areaOptions(dataset).find((option) => option.value === state.area)?.label,
    [dataset, state.area],
  );
  const subtitle =
    state.rows === 'areas'
      ? filterSubtitle([
          dataset.authorities.get(state.authority)?.name,
          state.type ?? 'All inspection types',
          yearsWords(state.years),
          areaLabel ?? 'All judgement areas',
        ])
      : filterSubtitle([
          state.asAt ? `As at ${formatLong(state.asAt)}` : undefined,
          state.region ?? 'All regions (England)',
          areaLabel ?? 'All judgement areas',
          state.sort === 'name' ? 'Sorted by name' : 'Sorted by grade',
        ]);

  return (
    <FigureExportContext value={{ subtitle }}>
      <div className="app-matrix-view">
        <p className="govuk-body">
          Each cell is one judgement: the grade in words on its colour. Choose whether rows are judgement areas (one
          authority over time) or authorities (every authority at a date).
        </p>
        <MatrixFilters dataset={dataset} state={state} onChange={(update) => navigate(update)} />
        {model.grid ? (
          <MatrixFigure
            title={model.title}
            summary={model.summary}
            grid={model.grid}
            notes={model.notes}
            source={source}
          />
        ) : (
          <div className="govuk-inset-text" role="status">
            <h2 className="govuk-heading-s">{model.title}</h2>
            <p className="govuk-body">{model.emptyMessage}</p>
          </div>
        )}
      </div>
    </FigureExportContext>
  );
}
