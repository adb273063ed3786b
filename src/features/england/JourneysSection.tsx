// "Improvement journeys": the strand and years chosen in the address, the region chosen above, and the two figures.
import { memo, useMemo } from 'react';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle } from '../../components/export/subtitle';
import { SelectField } from '../../components/filters/SelectField';
import { YearRangeField } from '../../components/filters/YearRangeField';
import type { navigate as Navigate } from '../../components/url/useUrlParams';
import {
  afterInadequate,
  dataReachesTo,
  JOURNEY_RULE,
  journeysOf,
  moveRule,
  NO_OVERALL_GRADE_RULE,
  SAME_LEVEL_RULE,
  strandHistories,
  successorNote,
  TIMING_RULE,
  transitionCounts,
  transitionsOf,
} from '../../analytics';
import { formatLong, sourceLine, strandMappingNote, STRANDS, type Dataset, type StrandId } from '../../domain';
import { AfterInadequateFigure, TransitionsFigure } from './JourneyFigures';
import { afterInadequateModel, transitionsModel } from './journeysView';

/**
 * Its choices as plain values rather than the view's whole state, and memoised: a change of area or date at the top of
 * the page, which these figures do not depend on, leaves the section as it was instead of redrawing its charts.
 */
export const JourneysSection = memo(function JourneysSection({
  dataset,
  region,
  strandId,
  from,
  to,
  navigate,
}: {
  dataset: Dataset;
  region: string | undefined;
  strandId: StrandId;
  from: number | undefined;
  to: number | undefined;
  navigate: typeof Navigate;
}) {
  const strand = STRANDS.find((candidate) => candidate.id === strandId) ?? STRANDS[0]!;
  const read = useMemo(() => {
    const histories = strandHistories(dataset, strand);
    const years = histories.flatMap((history) => history.steps.map((step) => step.known.year));
    return {
      histories,
      transitions: transitionsOf(histories),
      journeys: journeysOf(histories),
      after: afterInadequate(histories),
      years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : undefined,
      source: sourceLine(histories.flatMap((history) => history.steps.flatMap((step) => step.inspection.sources))),
    };
  }, [dataset, strand]);
  const reachesTo = useMemo(() => dataReachesTo(dataset), [dataset]);
  const years = useMemo(
    () => ({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }),
    [from, to],
  );
  const filter = useMemo(() => ({ ...years, ...(region !== undefined ? { region } : {}) }), [years, region]);
  const models = useMemo(() => {
    if (!read.years || !reachesTo) return undefined;
    return {
      transitions: transitionsModel(transitionCounts(read.transitions, filter), strand, filter, read.years),
      after: afterInadequateModel(read.after, read.journeys, strand, filter, read.years, reachesTo),
    };
  }, [read, filter, strand, reachesTo]);
  const yearChoices = read.years
    ? Array.from({ length: read.years.last - read.years.first + 1 }, (_, i) => read.years!.first + i)
    : [];
  const scopeParts = [
    strand.label,
    region ?? 'England',
    read.years ? `${filter.from ?? read.years.first} to ${filter.to ?? read.years.last}` : '',
  ].filter(Boolean);
  const scope = scopeParts.join(', ');
  const common = [
    moveRule(strand),
    strandMappingNote(),
    successorNote(dataset),
    'Regions are Ofsted’s, as the data gives each authority’s region today.',
  ];
  return (
    <section className="app-journeys" aria-labelledby="journeys-heading">
      <h2 className="govuk-heading-l" id="journeys-heading">
        Improvement journeys
      </h2>
      <p className="govuk-body app-england__intro">
        How authorities’ grades moved from one inspection to the next, and how long the road from Inadequate to Good
        took. Choose the strand and the years here; the region is the one chosen at the top of the page (
        {region ?? 'all regions'}).
      </p>
      <div className="app-filters" role="group" aria-label="Choose which journeys to show">
        <SelectField
          label="Strand"
          value={strand.id}
          options={STRANDS.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
          onChange={(id) => navigate({ strand: id === 'whole-service' ? null : id })}
        />
        <YearRangeField
          years={yearChoices}
          value={years}
          labels={{ from: 'From year', to: 'To year' }}
          onChange={(years) =>
            navigate({
              from: years.from === undefined ? null : String(years.from),
              to: years.to === undefined ? null : String(years.to),
            })
          }
        />
      </div>
      {models ? (
        <FigureExportContext value={{ subtitle: filterSubtitle(scopeParts) }}>
          <TransitionsFigure
            model={models.transitions}
            scope={scope}
            notes={[...common, SAME_LEVEL_RULE, ...(strand.id === 'whole-service' ? [NO_OVERALL_GRADE_RULE] : [])]}
            source={read.source}
          />
          <AfterInadequateFigure
            model={models.after}
            scope={scope}
            notes={[
              JOURNEY_RULE,
              'Every Inadequate judgement counts for the time to the next inspection, including a second one on the same journey.',
              TIMING_RULE,
              `The medians are of those that got there. Judgements with no later inspection, and journeys not yet at Good, by ${formatLong(reachesTo!)} (the latest date in the data) are counted in the sentence and the table, not in the medians; an authority that ceased first is counted apart.`,
              ...common,
            ]}
            source={read.source}
          />
        </FigureExportContext>
      ) : (
        <p className="govuk-body app-england-empty" role="status">
          The data loaded holds no inspection that judged {strand.words}, so there are no journeys to show.
        </p>
      )}
    </section>
  );
});
