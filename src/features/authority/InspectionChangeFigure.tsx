// The change table between two inspections the user picks: area by area, or counts per grade when only totals are known.
import { GradeMixChart } from '../../components/charts/GradeMixChart';
import { barFromRows, gradesIn, seriesOf } from '../../components/charts/gradeMixDefinition';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { SelectField } from '../../components/filters/SelectField';
import {
  FRAMEWORKS,
  formatIso,
  formatLong,
  gradeLabel,
  judgedFromNotes,
  sourceLine,
  type Inspection,
} from '../../domain';
import { gradeDistribution, scaleOf, type AreaChange, type GradeCountChange } from '../../analytics';
import { CHANGE_WORDS, type InspectionChange } from './inspectionChange';
import { OutcomeTag } from './LatestJudgementsFigure';

export interface InspectionChangeProps {
  readonly authorityName: string;
  readonly model: InspectionChange;
  readonly onChange: (update: { before?: string; after?: string }) => void;
}

const signed = (difference: number) => (difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : '0');

export function InspectionChangeFigure({ authorityName, model, onChange }: InspectionChangeProps) {
  if (model.kind === 'needs-two') {
    return <p className="govuk-inset-text">{model.message}</p>;
  }
  const options = model.options.map(({ value, label }) => ({ value, label }));
  return (
    <>
      <div className="app-filters authority-change-pickers">
        <SelectField
          label="Earlier inspection"
          value={model.before.value}
          options={options}
          onChange={(before) => onChange({ before })}
        />
        <SelectField
          label="Later inspection"
          value={model.after.value}
          options={options}
          onChange={(after) => onChange({ after })}
        />
      </div>
      {model.kind === 'refused' ? (
        <div className="govuk-error-summary" role="alert" tabIndex={-1}>
          <h3 className="govuk-error-summary__title">These two inspections cannot be compared</h3>
          <p className="govuk-body govuk-!-margin-bottom-0">{model.message}</p>
        </div>
      ) : (
        <ComparedFigure authorityName={authorityName} model={model} />
      )}
    </>
  );
}

function ComparedFigure({
  authorityName,
  model,
}: {
  authorityName: string;
  model: Extract<InspectionChange, { kind: 'compared' }>;
}) {
  const earlier = model.before.inspection;
  const later = model.after.inspection;
  const title = `${authorityName}: what changed between ${formatLong(earlier.date)} and ${formatLong(later.date)}`;
  const footnotes = [
    ...(model.sameScale && earlier.framework !== later.framework
      ? [
          `The two inspections were under different frameworks (${FRAMEWORKS[earlier.framework].name}; ${FRAMEWORKS[later.framework].name}), which judged different areas and numbers of judgements, though in the same grade words: compare them with care.`,
        ]
      : []),
    ...(model.sameScale
      ? []
      : [
          `The two inspections were on different frameworks (${FRAMEWORKS[earlier.framework].name}; ${FRAMEWORKS[later.framework].name}) with different grade scales: a change is read by position on each scale (Outstanding first, Inadequate last), and Adequate (to 2012) and Requires improvement (from 2013) are different grades.`,
        ]),
    ...(model.counts
      ? [
          'At least one of the two is known only by its counts per grade, so the change is shown as counts, not area by area; the frameworks also judged different numbers of areas.',
        ]
      : [
          '“Newly judged” means the later inspection graded an area the earlier one did not.',
          ...judgedFromNotes(later.judgements.map((judgement) => judgement.area.id)),
        ]),
  ];
  const source = sourceLine([...earlier.sources, ...later.sources]);
  if (model.counts) {
    const counts = model.counts;
    const bars = [countsBar(earlier), countsBar(later)];
    return (
      <Figure
        title={title}
        fileParts={[authorityName, 'change', `${formatIso(earlier.date)}-to-${formatIso(later.date)}`]}
        summary={<p className="govuk-body">{model.summary}</p>}
        chart={<GradeMixChart bars={bars} series={seriesOf(gradesIn(bars))} />}
        table={
          <DataTable<GradeCountChange>
            caption={`Judgements at each grade: ${formatLong(earlier.date)} and ${formatLong(later.date)}`}
            columns={[
              { header: 'Grade', cell: (row) => gradeLabel(row.grade) },
              { header: `Earlier (${formatLong(earlier.date)})`, cell: (row) => row.before, numeric: true },
              { header: `Later (${formatLong(later.date)})`, cell: (row) => row.after, numeric: true },
              {
                header: 'Change',
                cell: (row) => signed(row.difference),
                numeric: true,
                csv: [{ heading: 'Change', value: (row) => row.difference }],
              },
            ]}
            rows={counts}
            rowKey={(row) => row.grade}
          />
        }
        footnotes={footnotes}
        source={source}
        tableFirst
      />
    );
  }
  const earlierScale = scaleOf(earlier);
  const laterScale = scaleOf(later);
  const caption = `Grade for each judgement area: ${formatLong(earlier.date)} and ${formatLong(later.date)}`;
  return (
    <Figure
      title={title}
      fileParts={[authorityName, 'change', `${formatIso(earlier.date)}-to-${formatIso(later.date)}`]}
      summary={<p className="govuk-body">{model.summary}</p>}
      chart={
        <ul className="govuk-list authority-areas" aria-label={caption}>
          {model.areas.map((change) => (
            <li key={change.area.id} className="authority-areas__item">
              <span className="authority-areas__label">{change.area.label}</span>
              <span className="authority-change">
                <OutcomeTag outcome={change.before} scale={earlierScale} />
                <span aria-hidden="true"> → </span>
                <span className="govuk-visually-hidden"> then </span>
                <OutcomeTag outcome={change.after} scale={laterScale} />
                <strong className={`authority-change__word authority-change__word--${change.change}`}>
                  {CHANGE_WORDS[change.change]}
                </strong>
              </span>
            </li>
          ))}
        </ul>
      }
      table={
        <DataTable<AreaChange>
          caption={caption}
          columns={[
            { header: 'Judgement area', cell: (change) => change.area.label },
            { header: `Earlier (${formatLong(earlier.date)})`, cell: (change) => outcomeWords(change.before, earlier) },
            { header: `Later (${formatLong(later.date)})`, cell: (change) => outcomeWords(change.after, later) },
            { header: 'Change', cell: (change) => CHANGE_WORDS[change.change] },
          ]}
          rows={model.areas}
          rowKey={(change) => change.area.id}
        />
      }
      footnotes={footnotes}
      source={source}
      tableFirst
    />
  );
}

function outcomeWords(outcome: AreaChange['before'], inspection: Inspection): string {
  if (!outcome) return 'No judgement';
  return outcome.kind === 'graded' ? gradeLabel(outcome.grade, scaleOf(inspection)) : 'Not judged';
}

function countsBar(inspection: Inspection) {
  return barFromRows(
    inspection.date.year + inspection.framework,
    `${formatLong(inspection.date)}: ${inspection.type}`,
    gradeDistribution(inspection).rows,
  );
}
