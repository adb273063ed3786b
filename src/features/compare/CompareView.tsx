// The Compare view: "what does good look like?" — an authority against England, its region and chosen comparators.
import { useMemo } from 'react';
import { AsAtField } from '../../components/filters/AsAtField';
import { areaOptions, authorityOptions } from '../../components/filters/options';
import { SelectField } from '../../components/filters/SelectField';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle } from '../../components/export/subtitle';
import { writeList } from '../../components/url/urlParams';
import { useUrlParams } from '../../components/url/useUrlParams';
import type { ViewProps } from '../../components/viewProps';
import { ilacsSources } from '../../analytics';
import { formatIso, formatLong, OVERALL_EFFECTIVENESS, sourceLine } from '../../domain';
import { AreaComparisonFigure } from './AreaComparisonFigure';
import { ComparatorPicker } from './ComparatorPicker';
import { ComparatorTable } from './ComparatorTable';
import { comparatorRanking } from './comparatorRanking';
import { comparatorNotices, comparisonNotes } from './compareNotes';
import { comparePosition } from './comparePosition';
import { compareQuickPicks, readCompareState } from './compareState';
import { describeArea, describeNotInspected } from './compareSummary';
import './compare.css';

export default function CompareView({ dataset }: ViewProps) {
  const [params, navigate] = useUrlParams();
  const areas = useMemo(() => areaOptions(dataset), [dataset]);
  const authorities = useMemo(() => authorityOptions(dataset), [dataset]);
  const years = useMemo(() => compareQuickPicks(dataset), [dataset]);
  const state = readCompareState(params, dataset, areas.map((area) => area.value));
  const { authorityKey, asAt, areaId, comparatorKeys } = state;
  const model = useMemo(() => comparePosition(dataset, authorityKey, asAt, comparatorKeys), [dataset, authorityKey, asAt, comparatorKeys]);
  const authority = dataset.authorities.get(authorityKey);
  const authorityName = authority?.name ?? authorityKey;
  const notices = comparatorNotices(state.unknownKeys, state.withSelf, authorityName);

  return (
    <>
      <div className="app-filters" role="group" aria-label="What to compare">
        <SelectField label="Authority" value={authorityKey} options={authorities} onChange={(authority) => navigate({ authority })} />
        <AsAtField value={asAt} marchYears={years} onChange={(date) => navigate({ asAt: formatIso(date) })} />
        <SelectField
          label="Judgement area"
          hint="Leave as all areas to see every area side by side"
          value={areaId ?? ''}
          options={areas}
          emptyLabel="All judgement areas"
          onChange={(area) => navigate({ area })}
        />
      </div>
      {model.kind === 'not-inspected' ? (
        <div className="govuk-inset-text app-compare-empty" role="status">
          {describeNotInspected(model.authority, asAt)}
        </div>
      ) : null}
      <ComparatorPicker
        dataset={dataset}
        authorityKey={authorityKey}
        authorityName={authorityName}
        region={authority?.region}
        chosen={comparatorKeys}
        notices={notices}
        onChange={(keys) => navigate({ with: writeList(keys) })}
      />
      {model.kind === 'position' ? (
        <FigureExportContext
          value={{
            subtitle: filterSubtitle([
              authorityName,
              `As at ${formatLong(asAt)}`,
              areas.find((area) => area.value === areaId)?.label ?? 'All judgement areas',
              comparatorKeys.length === 0 ? 'No comparators chosen' : `${comparatorKeys.length} ${comparatorKeys.length === 1 ? 'comparator' : 'comparators'}`,
            ]),
          }}
        >
          <Comparison model={model} areaId={areaId} dataset={dataset} />
        </FigureExportContext>
      ) : null}
    </>
  );
}

type Position = Extract<ReturnType<typeof comparePosition>, { kind: 'position' }>;

function Comparison({ model, areaId, dataset }: { model: Position; areaId: string | undefined; dataset: ViewProps['dataset'] }) {
  const focusId = areaId ?? OVERALL_EFFECTIVENESS;
  const focus = model.areas.find((comparison) => comparison.area.id === focusId) ?? model.areas[0];
  const shown = areaId ? model.areas.filter((comparison) => comparison.area.id === areaId) : model.areas;
  if (!focus || shown.length === 0) {
    return (
      <div className="govuk-inset-text app-compare-empty" role="status">
        {model.authority.name}’s latest inspection made no judgement for this area. Choose all judgement areas or another area.
      </div>
    );
  }
  const source = sourceLine(ilacsSources(dataset));
  const footnotes = comparisonNotes({ dataset, asAt: model.asAt, authority: model.authority, regionName: model.regionName, areas: shown });
  const ranking = comparatorRanking(focus.comparatorGrades, focus.area, model.authority.name, focus.outcome, model.scale, model.asAt);
  return (
    <>
      <AreaComparisonFigure model={model} areas={shown} summary={describeArea(model, focus)} footnotes={footnotes} source={source} />
      <ComparatorTable areaLabel={focus.area.label} rows={ranking.rows} summary={ranking.summary} scale={model.scale} asAt={model.asAt} source={source} />
    </>
  );
}
