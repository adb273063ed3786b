// "England at a date": the filters held in the address bar, and England's, the regions' and the years' grade mixes.
import { useMemo } from 'react';
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
  const chosenArea = useMemo(() => {
    const option = areas.find((candidate) => candidate.value === state?.areaId);
    return option ? { id: option.value, label: option.label } : undefined;
  }, [areas, state]);
  // The region and trend figures need one area: the chosen one, else Overall effectiveness.
  const focusArea = useMemo((): Pick<JudgementArea, 'id' | 'label'> | undefined => {
    const option = areas.find((candidate) => candidate.value === OVERALL_EFFECTIVENESS) ?? areas[0];
    return chosenArea ?? (option ? { id: option.value, label: option.label } : undefined);
  }, [areas, chosenArea]);

  const models = useMemo(() => {
    if (!state || !fallback || !focusArea) return undefined;
    const england = englandAreas(dataset, state.asAt, chosenArea);
    if (!england) return undefined;
    return {
      england,
      regions: regionComparison(dataset, state.asAt, focusArea, state.region),
      trend: areaTrend(dataset, {
        asAt: state.asAt,
        area: focusArea,
        latestMarch: fallback,
        ...(state.region ? { region: state.region } : {}),
      }),
    };
  }, [dataset, fallback, state, chosenArea, focusArea]);

  const strands = useMemo(() => {
    if (!state || !fallback) return undefined;
    return {
      at: strandsAt(dataset, state.asAt, state.region),
      trend: strandTrend(dataset, state.asAt, fallback, state.region),
    };
  }, [dataset, state, fallback]);
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

  const notes = useMemo(() => {
    const common = [LATEST_ONCE, ceasedNote(dataset), SHARES_OF_JUDGED];
    const focusIsLeavers = focusArea?.id === CARE_LEAVERS_AREA;
    return {
      areas: [...common, ...(chosenArea && !focusIsLeavers ? [] : [CARE_LEAVERS]), ILACS_ONLY],
      focus: [...common, ...(focusIsLeavers ? [CARE_LEAVERS] : []), ILACS_ONLY],
    };
  }, [dataset, chosenArea, focusArea]);

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
  const date = formatLong(state.asAt);
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
        <FigureExportContext
          value={{
            subtitle: filterSubtitle([
              `As at ${date}`,
              state.region ?? 'All regions',
              chosenArea?.label ?? 'All judgement areas',
            ]),
          }}
        >
          <EnglandAreasFigure model={models.england} notes={notes.areas} source={source} />
          <AfterFirstPaint>
            {models.regions ? (
              <RegionsFigure
                model={models.regions}
                {...(state.region ? { region: state.region } : {})}
                notes={notes.focus}
                source={source}
              />
            ) : null}
            <TrendFigure model={models.trend} notes={notes.focus} source={source} />
            {strands ? (
              <StrandFigures strands={strands} notes={strandNotes} source={sourceLine(strandSources)} />
            ) : null}
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
      {!models && strands ? (
        <StrandFigures strands={strands} notes={strandNotes} source={sourceLine(strandSources)} />
      ) : null}
      <AfterFirstPaint>
        <JourneysSection dataset={dataset} state={state} navigate={navigate} />
      </AfterFirstPaint>
    </div>
  );
}

/** Every framework since 2009, compared by strand: what the ILACS figures above cannot show. */
function StrandFigures({
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
}
