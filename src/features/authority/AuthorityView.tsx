// "An authority over time": one authority's inspections as grade mixes, its latest judgements, a change table and its measures.
import { useMemo } from 'react';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import {
  authorityOptions,
  areaOptions,
  inspectionTypeOptions,
  inspectionYears,
} from '../../components/filters/options';
import { FigureExportContext } from '../../components/export/exportContext';
import { filterSubtitle, yearsWords } from '../../components/export/subtitle';
import { AppLink } from '../../components/url/AppLink';
import { useUrlParams } from '../../components/url/useUrlParams';
import type { ViewProps } from '../../components/viewProps';
import type { JudgementArea } from '../../domain';
import { AuthorityFilters, type AuthorityFilterChoices } from './AuthorityFilters';
import { authorityMeasures } from './authorityMeasures';
import { readAuthorityParams } from './authorityParams';
import { selectInspections } from './authoritySelection';
import { authorityTimeline } from './authorityTimeline';
import { AuthorityTimelineFigure } from './AuthorityTimelineFigure';
import { inspectionChange } from './inspectionChange';
import { InspectionChangeFigure } from './InspectionChangeFigure';
import { latestJudgements } from './latestJudgements';
import { LatestJudgementsFigure } from './LatestJudgementsFigure';
import { MeasuresFigure } from './MeasuresFigure';
import './authority.css';

export default function AuthorityView({ dataset }: ViewProps) {
  const [urlParams, navigate] = useUrlParams();
  const choices: AuthorityFilterChoices = useMemo(
    () => ({
      authorities: authorityOptions(dataset),
      types: inspectionTypeOptions(dataset),
      areas: areaOptions(dataset),
      years: inspectionYears(dataset),
    }),
    [dataset],
  );
  const params = readAuthorityParams(urlParams, dataset);
  if (!params) return <p className="govuk-body">No authorities are held: load a file of inspections to begin.</p>;
  const selection = selectInspections(dataset, params);
  if (!selection) return <p className="govuk-body">No authority chosen: pick one above.</p>;

  const name = selection.authority.name;
  const areaLabel = choices.areas.find((option) => option.value === params.area)?.label;
  const area: JudgementArea | undefined = params.area && areaLabel ? { id: params.area, label: areaLabel } : undefined;
  const timeline = authorityTimeline(name, selection.entries, area);
  const latest = latestJudgements(name, selection.entries, params.area);
  const change = inspectionChange(name, selection.entries, params.before, params.after, params.area);
  const measures = authorityMeasures(dataset, selection.key, name, params);
  const subtitle = filterSubtitle([
    name,
    params.type ?? 'All inspection types',
    yearsWords(params),
    areaLabel ?? 'All judgement areas',
  ]);

  return (
    <FigureExportContext value={{ subtitle }}>
      <div className="authority-view">
        <AuthorityFilters params={params} choices={choices} onChange={(update) => navigate(update)} />
        {selection.ceased ? (
          <div className="govuk-inset-text authority-ceased">
            <p className="govuk-body">{selection.ceased.message}</p>
            {selection.ceased.replacedBy ? (
              <p className="govuk-body">It was replaced by {selection.ceased.replacedBy}.</p>
            ) : null}
          </div>
        ) : null}

        <section aria-labelledby="authority-timeline-heading">
          <h2 id="authority-timeline-heading" className="govuk-heading-l">
            Inspections over time
          </h2>
          {selection.empty ? (
            <div className="govuk-inset-text" role="status">
              {selection.empty}
            </div>
          ) : (
            <AuthorityTimelineFigure model={timeline} />
          )}
        </section>
        {/* After the first figure, so a keyboard reaches the figure's tabs first (the navigation has seven links). */}
        <p className="govuk-body">
          <AppLink className="govuk-link" to={{ view: 'card', authority: selection.key }} fresh>
            Summary card for {name}
          </AppLink>
          : one page for committee papers, as an image or printed.
        </p>

        {/* Below the first figure: drawn in a second pass, so the filters and the timeline appear first. */}
        <AfterFirstPaint>
          {selection.empty ? null : (
            <>
              <section aria-labelledby="authority-latest-heading">
                <h2 id="authority-latest-heading" className="govuk-heading-l">
                  Latest inspection
                </h2>
                {latest ? (
                  <LatestJudgementsFigure authorityName={name} model={latest} />
                ) : (
                  <p className="govuk-inset-text">
                    No graded inspection of {name} in this selection: visits make no judgements. Widen the years or
                    clear the type.
                  </p>
                )}
              </section>

              <section aria-labelledby="authority-change-heading">
                <h2 id="authority-change-heading" className="govuk-heading-l">
                  Change between two inspections
                </h2>
                <InspectionChangeFigure authorityName={name} model={change} onChange={(update) => navigate(update)} />
              </section>
            </>
          )}

          <section aria-labelledby="authority-measures-heading">
            <h2 id="authority-measures-heading" className="govuk-heading-l">
              Measures
            </h2>
            {measures.empty ? (
              <p className="govuk-inset-text">{measures.empty}</p>
            ) : (
              <MeasuresFigure authorityName={name} model={measures} />
            )}
          </section>
        </AfterFirstPaint>
      </div>
    </FigureExportContext>
  );
}
