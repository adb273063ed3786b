// "Who to learn from": neighbours and authorities in the region judged Good or Outstanding, area by area, each linked
// to its own view.
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { GradeTag } from '../../components/GradeTag';
import { AppLink } from '../../components/url/AppLink';
import { formatLong, shortAreaLabel, type GradeScale, type JudgementArea } from '../../domain';
import type { LearnFromRow } from './learnFrom';

export interface LearnFromFigureProps {
  readonly authorityName: string;
  readonly areas: readonly JudgementArea[];
  readonly rows: readonly LearnFromRow[];
  readonly scale: GradeScale;
  readonly summary: string;
  readonly footnotes: readonly string[];
  readonly source: string;
}

function AuthorityLink({ row }: { row: LearnFromRow }) {
  return (
    <AppLink className="govuk-link" to={{ view: 'authority', authority: row.key }} fresh>
      {row.name}
    </AppLink>
  );
}

export function LearnFromFigure({
  authorityName,
  areas,
  rows,
  scale,
  summary,
  footnotes,
  source,
}: LearnFromFigureProps) {
  return (
    <Figure
      title={`Who to learn from: ${authorityName}’s statistical neighbours and region judged Good or Outstanding`}
      summary={<p className="govuk-body">{summary}</p>}
      chart={
        <div className="app-learn-from">
          {areas.map((area) => {
            const inArea = rows.filter((row) => row.area.id === area.id);
            return (
              <section key={area.id} className="app-learn-from__area" aria-label={area.label}>
                <h3 className="govuk-heading-s">
                  {area.label} ({inArea.length})
                </h3>
                {inArea.length === 0 ? (
                  <p className="govuk-body-s app-compare-absent">
                    None judged Good or Outstanding at their latest inspection.
                  </p>
                ) : (
                  <ul className="govuk-list app-learn-from__list">
                    {inArea.map((row) => (
                      <li key={row.key}>
                        <GradeTag grade={row.grade} scale={scale} /> <AuthorityLink row={row} />{' '}
                        <span className="govuk-body-s app-compare-absent">
                          {row.why}; inspected {formatLong(row.inspected)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      }
      table={
        <DataTable<LearnFromRow>
          caption={`Statistical neighbours and authorities in ${authorityName}’s region judged Good or Outstanding at their latest inspection, by judgement area`}
          columns={[
            { header: 'Authority', cell: (row) => <AuthorityLink row={row} /> },
            { header: 'Judgement area', cell: (row) => shortAreaLabel(row.area) },
            { header: 'Grade', cell: (row) => <GradeTag grade={row.grade} scale={scale} /> },
            { header: 'Inspection date', cell: (row) => formatLong(row.inspected) },
            { header: 'Why listed', cell: (row) => row.why },
          ]}
          rows={rows}
          rowKey={(row) => `${row.area.id}-${row.key}`}
        />
      }
      footnotes={footnotes}
      source={source}
      tableFirst={false}
    />
  );
}
