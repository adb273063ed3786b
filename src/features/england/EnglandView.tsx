// "England at a date": the filters held in the address bar, and England's, the regions' and the years' grade mixes.
import { memo, useMemo } from 'react';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { AsAtField } from '../../components/filters/AsAtField';
import { areaOptions, regionOptions } from '../../components/filters/options';
import { SelectField } from '../../components/filters/SelectField';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle } from '../../components/export/subtitle';
import { AppLink } from '../../components/url/AppLink';
import { useUrlParams } from '../../components/url/useUrlParams';
import type { ViewProps } from '../../components/viewProps';
import { defaultAsAt, earliestIlacsDate, ilacsSources, latestIlacsDate } from '../../analytics';
import {
  compareDates,
  formatIso,
  formatLong,
  OVERALL_EFFECTIVENESS,
  parseIso,
  sourceLine,
  strandMappingNote,
  STRANDS,
  type JudgementArea,
} from '../../domain';
import { areaTrend } from './areaTrend';
import { englandAreas } from './englandAreas';
import { EnglandAreasFigure } from './EnglandAreasFigure';
import { readEnglandState } from './englandParams';
import { JourneysSection } from './JourneysSection';
import { regionComparison } from './regionComparison';
import { RegionsFigure } from './RegionsFigure';
import { TrendFigure } from './TrendFigure';
import { StrandsFigure, StrandTrendFigure } from './StrandFigures';
import { FIRST_STRAND_YEAR, strandsAt, strandTrend } from './strandView';
import {
  AS_AT_RULE,
  CARE_LEAVERS,
  CARE_LEAVERS_AREA,
  ceasedNote,
  FRAMEWORK_CHANGES,
  ILACS_ONLY,
  LATEST_ONCE,
  SHARES_OF_JUDGED,
} from './englandNotes';
import './england.css';

export default function EnglandView({ dataset }: ViewProps) {
  const [params, navigate] = useUrlParams();
  const fallback = useMemo(() => defaultAsAt(dataset), [dataset]);
  const source = useMemo(() => sourceLine(ilacsSources(dataset)), [dataset]);
  const regions = useMemo(() => regionOptions(dataset), [dataset]);
  const areas = useMemo(
    () =>
      areaOptions({
        ...dataset,
        inspections: dataset.inspections.filter((inspection) => inspection.framework === 'ilacs'),
      }),
    [dataset],
  );
  const state = useMemo(
    () =>
      fallback
        ? readEnglandState(params, {
            defaultAsAt: fallback,
            regions: regions.map((option) => option.value),
            areaIds: areas.map((option) => option.value),
          })
        : undefined,
    [params, fallback, regions, areas],
  );
  // Each figure's inputs change only when a choice it depends on does: a change of area leaves the strand figures and
  // the journeys as they were (memoised below), so React redraws only the figures the area changes.
  const asAtIso = state ? formatIso(state.asAt) : undefined;
  const asAt = useMemo(() => (asAtIso ? parseIso(asAtIso) : undefined), [asAtIso]);
  const region = state?.region;
  const chosenId = state?.areaId;
  const chosenArea = useMemo(() => {
    const option = areas.find((candidate) => candidate.value === chosenId);
    return option ? { id: option.value, label: option.label } : undefined;
  }, [areas, chosenId]);
  // The region and trend figures need one area: the chosen one, else Overall effectiveness.
  const focusId =
    chosenArea?.id ?? (areas.find((candidate) => candidate.value === OVERALL_EFFECTIVENESS) ?? areas[0])?.value;
  const focusArea = useMemo((): Pick<JudgementArea, 'id' | 'label'> | undefined => {
    const option = areas.find((candidate) => candidate.value === focusId);
    return option ? { id: option.value, label: option.label } : undefined;
  }, [areas, focusId]);

  const england = useMemo(
    () => (asAt ? englandAreas(dataset, asAt, chosenArea) : undefined),
    [dataset, asAt, chosenArea],
  );
  const focused = useMemo(() => {
    if (!asAt || !fallback || !focusArea) return undefined;
    return {
      regions: regionComparison(dataset, asAt, focusArea, region),
      trend: areaTrend(dataset, {
        asAt,
        area: focusArea,
        latestMarch: fallback,
        ...(region ? { region } : {}),
      }),
    };
  }, [dataset, asAt, fallback, focusArea, region]);
  const models = england && focused ? { england, ...focused } : undefined;

  const strands = useMemo(() => {
    if (!asAt || !fallback) return undefined;
    return {
      at: strandsAt(dataset, asAt, region),
      trend: strandTrend(dataset, asAt, fallback, region),
    };
  }, [dataset, asAt, fallback, region]);
  // The source line names every file holding an inspection of a framework that judged a strand.
  const strandSources = useMemo(() => {
    const frameworks = new Set(STRANDS.flatMap((strand) => strand.judgedBy.map((entry) => entry.framework)));
    return dataset.inspections
      .filter((inspection) => frameworks.has(inspection.framework))
      .flatMap((inspection) => inspection.sources);
  }, [dataset]);
  const strandNotes = useMemo(
    () => [
      'Each authority counts once in each strand, at its latest inspection on or before the date that judged the strand.',
      strandMappingNote(),
      ...STRANDS.flatMap((strand) => (strand.gap ? [strand.gap] : [])),
      AS_AT_RULE,
      FRAMEWORK_CHANGES,
      ceasedNote(dataset),
      'Shares are of the authorities judged on the strand by the date; the sentence and the table say how many that is of all the authorities then in being.',
    ],
    [dataset],
  );
  const marchYears = useMemo(
    () =>
      fallback
        ? Array.from({ length: Math.max(0, fallback.year - FIRST_STRAND_YEAR + 1) }, (_, i) => FIRST_STRAND_YEAR + i)
        : [],
    [fallback],
  );

  const focusIsLeavers = focusId === CARE_LEAVERS_AREA;
  const areasNotes = useMemo(
    () => [
      LATEST_ONCE,
      ceasedNote(dataset),
      SHARES_OF_JUDGED,
      ...(chosenArea && !focusIsLeavers ? [] : [CARE_LEAVERS]),
      ILACS_ONLY,
    ],
    [dataset, chosenArea, focusIsLeavers],
  );
  const focusNotes = useMemo(
    () => [LATEST_ONCE, ceasedNote(dataset), SHARES_OF_JUDGED, ...(focusIsLeavers ? [CARE_LEAVERS] : []), ILACS_ONLY],
    [dataset, focusIsLeavers],
  );
  const date = asAt ? formatLong(asAt) : '';
  const exportSettings = useMemo(
    () => ({
      subtitle: filterSubtitle([`As at ${date}`, region ?? 'All regions', chosenArea?.label ?? 'All judgement areas']),
    }),
    [date, region, chosenArea],
  );
  // The strand figures do not depend on the area, so their exported images do not name it.
  const strandExportSettings = useMemo(
    () => ({ subtitle: filterSubtitle([`As at ${date}`, region ?? 'All regions']) }),
    [date, region],
  );
  const strandSource = useMemo(() => sourceLine(strandSources), [strandSources]);
  const strandFigures = (shown: NonNullable<typeof strands>) => (
    <FigureExportContext value={strandExportSettings}>
      <StrandFigures strands={shown} notes={strandNotes} source={strandSource} />
    </FigureExportContext>
  );

  if (!state || !fallback) {
    return (
      <p className="govuk-body">
        The data loaded holds no ILACS inspection (from 2018), so there is no England position to show. Load Ofsted’s
        local authority inspection outcomes to see one.
      </p>
    );
  }

  const latest = latestIlacsDate(dataset);
  const earliest = earliestIlacsDate(dataset);
  return (
    <div className="app-england">
      <p className="govuk-body app-england__intro">
        Each local authority’s latest ILACS judgements on or before the date you choose: for England, for each region,
        and how the shares have moved at each 31 March since 2019.
      </p>
      <div className="app-filters" role="group" aria-label="Choose what to show">
        <AsAtField
          value={state.asAt}
          marchYears={marchYears}
          onChange={(asAt) => navigate({ asAt: formatIso(asAt) })}
        />
        <SelectField
          label="Region"
          value={state.region ?? ''}
          options={regions}
          emptyLabel="All regions"
          onChange={(region) => navigate({ region: region || null })}
        />
        <SelectField
          label="Judgement area"
          value={state.areaId ?? ''}
          options={areas}
          emptyLabel="All judgement areas"
          onChange={(area) => navigate({ area: area || null })}
        />
      </div>

      {state.problems.length > 0 ? (
        <div className="govuk-inset-text" role="status">
          {state.problems.map((problem) => (
            <p key={problem} className="govuk-body">
              {problem}
            </p>
          ))}
        </div>
      ) : null}

      {compareDates(state.asAt, fallback) > 0 && latest ? (
        <p className="govuk-inset-text">
          {date} is later than any inspection held (the latest is {formatLong(latest)}), so the figures show each
          authority’s latest known judgements: the same as at {formatLong(fallback)}.
        </p>
      ) : null}

      {models ? (
        <FigureExportContext value={exportSettings}>
          <EnglandAreasFigure model={models.england} notes={areasNotes} source={source} />
          <AfterFirstPaint>
            {models.regions ? (
              <RegionsFigure
                model={models.regions}
                {...(state.region ? { region: state.region } : {})}
                notes={focusNotes}
                source={source}
              />
            ) : null}
            <TrendFigure model={models.trend} notes={focusNotes} source={source} />
          </AfterFirstPaint>
        </FigureExportContext>
      ) : (
        <p className="govuk-body app-england-empty" role="status">
          No authority had an ILACS inspection by {date}: choose a later date
          {earliest ? ` (the first was on ${formatLong(earliest)})` : ''}, such as{' '}
          <AppLink className="govuk-link" to={{ asAt: formatIso(fallback) }}>
            {formatLong(fallback)}
          </AppLink>
          .
        </p>
      )}
      {strands ? (
        // Below the fold after the ILACS figures; the only figures at a date before any ILACS inspection.
        models ? (
          <AfterFirstPaint>{strandFigures(strands)}</AfterFirstPaint>
        ) : (
          strandFigures(strands)
        )
      ) : null}
      <AfterFirstPaint>
        <JourneysSection
          dataset={dataset}
          region={state.region}
          strandId={state.strandId}
          from={state.years.from}
          to={state.years.to}
          navigate={navigate}
        />
      </AfterFirstPaint>
    </div>
  );
}

/** Every framework since 2009, compared by strand: what the ILACS figures above cannot show. */
const StrandFigures = memo(function StrandFigures({
  strands,
  notes,
  source,
}: {
  strands: { at: ReturnType<typeof strandsAt>; trend: ReturnType<typeof strandTrend> };
  notes: readonly string[];
  source: string;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Every framework since 2009, by strand</h2>
      <p className="govuk-body">
        Frameworks before ILACS judged different things in different words. These figures compare them by strand: the
        whole service, help and protection, and children in care, each authority at its latest inspection that judged
        the strand.
      </p>
      <StrandsFigure model={strands.at} notes={notes} source={source} />
      <StrandTrendFigure model={strands.trend} notes={notes} source={source} />
    </>
  );
});
