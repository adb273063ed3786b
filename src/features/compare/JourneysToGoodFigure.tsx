// "Who to learn from", across England: every authority that went from Inadequate to Good or better in the strand
// chosen, how long it took and through which inspections, each linked to its own view.
import { CountColumnsChart } from '../../components/charts/CountColumnsChart';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { SelectField } from '../../components/filters/SelectField';
import { yearsAndMonths } from '../../components/format';
import { AppLink } from '../../components/url/AppLink';
import { familyAbbreviation, formatLong, GRADE_SCALES, STRANDS, type Strand } from '../../domain';
import type { StrandStep } from '../../analytics';
import { GradeTag } from '../../components/GradeTag';
import './journeys.css';
import { stepWords, type JourneysToGood, type JourneyToGoodRow } from './journeysToGood';

export interface JourneysToGoodFigureProps {
  readonly model: JourneysToGood;
  readonly strand: Strand;
  readonly onStrand: (strandId: string) => void;
  readonly footnotes: readonly string[];
  readonly source: string;
}

const SCALE = GRADE_SCALES['across-frameworks'];

/** An inspection on the way: its grade as a tag, then which inspection and when. */
function Step({ step }: { step: StrandStep }) {
  const { inspection } = step;
  return (
    <>
      {step.outcome === 'no-overall-grade' ? 'No overall grade' : <GradeTag grade={step.outcome} scale={SCALE} />}{' '}
      {familyAbbreviation(inspection.framework, inspection.type)}, {formatLong(step.known)}
    </>
  );
}

function AuthorityLink({ row }: { row: JourneyToGoodRow }) {
  return (
    <AppLink className="govuk-link" to={{ view: 'authority', authority: row.key }} fresh>
      {row.name}
    </AppLink>
  );
}

export function JourneysToGoodFigure({ model, strand, onStrand, footnotes, source }: JourneysToGoodFigureProps) {
  return (
    <>
      <div className="app-filters" role="group" aria-label="Which journeys from Inadequate to show">
        <SelectField
          label="Strand of the journeys from Inadequate"
          value={strand.id}
          options={STRANDS.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
          onChange={onStrand}
        />
      </div>
      <Figure
        title={`Who to learn from across England: every authority that went from Inadequate to Good or better, ${strand.label.toLowerCase()}`}
        summary={<p className="govuk-body">{model.summary}</p>}
        chart={
          <CountColumnsChart
            columns={model.columns}
            categoryTitle="Years from Inadequate to Good or better"
            counted="journeys"
          />
        }
        table={
          <DataTable<JourneyToGoodRow>
            caption={`Journeys from Inadequate to Good or better for ${strand.words}, most recent first, with the inspections on the way`}
            columns={[
              { header: 'Authority', cell: (row) => <AuthorityLink row={row} /> },
              { header: 'Neighbour or same region', cell: (row) => row.near },
              { header: 'Inadequate', cell: (row) => formatLong(row.start.known) },
              {
                header: 'Good or better',
                cell: (row) => <Step step={row.end} />,
                csv: [{ heading: 'Good or better', value: (row) => stepWords(row.end) }],
              },
              {
                header: 'Time taken',
                cell: (row) => yearsAndMonths(row.days),
                csv: [{ heading: 'Time taken', unit: 'days', value: (row) => row.days }],
              },
              {
                header: 'Inspections on the way',
                cell: (row) =>
                  row.through.length > 1 ? (
                    <ul className="govuk-list app-journeys-list">
                      {row.through.slice(0, -1).map((step) => (
                        <li key={formatLong(step.known)}>
                          <Step step={step} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    'None'
                  ),
                csv: [
                  {
                    heading: 'Inspections on the way',
                    value: (row) => row.through.slice(0, -1).map(stepWords).join('; ') || 'None',
                  },
                ],
              },
            ]}
            rows={model.rows}
            rowKey={(row) => `${row.key}-${formatLong(row.start.known)}`}
          />
        }
        footnotes={footnotes}
        source={source}
        tableFirst
      />
    </>
  );
}
