// The authority and its statistical neighbours in DfE's order, each with its closeness band and its grade in each area.
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { formatLong, neighbourSet, shortAreaLabel, type NeighbourSetId } from '../../domain';
import type { ComparePosition } from './comparePosition';
import { ComparatorCell, OutcomeCell } from './gradeCell';
import type { NeighbourRow } from './neighbourRows';

type Position = Extract<ComparePosition, { kind: 'position' }>;

export interface NeighboursFigureProps {
  readonly model: Position;
  readonly setId: NeighbourSetId;
  readonly rows: readonly NeighbourRow[];
  readonly summary: string;
  readonly footnotes: readonly string[];
  readonly source: string;
}

const NOT_HELD = 'Not in the data shown';

export function NeighboursFigure({ model, setId, rows, summary, footnotes, source }: NeighboursFigureProps) {
  const { authority, areas, scale, asAt } = model;
  const set = neighbourSet(setId);
  const title = `${authority.name}’s ${rows.length} statistical neighbours (DfE, ${set.label}): closeness and latest grades as at ${formatLong(asAt)}`;
  const areaCell = (row: NeighbourRow, areaId: string) => {
    const status = row.statuses.get(areaId);
    return status ? (
      <ComparatorCell state={status.state} scale={scale} asAt={asAt} compact />
    ) : (
      <span className="app-compare-absent">{NOT_HELD}</span>
    );
  };
  return (
    <Figure
      title={title}
      summary={<p className="govuk-body">{summary}</p>}
      chart={
        <ol className="app-neighbours-grid" aria-label={`${authority.name} and its neighbours, closest first`}>
          <li className="app-neighbours-grid__row app-neighbours-grid__row--own">
            <span className="app-neighbours-grid__name">
              <strong>{authority.name}</strong>
              <span className="app-neighbours-grid__band">the authority compared</span>
            </span>
            <span className="app-neighbours-grid__grades">
              {areas.map((comparison) => (
                <span key={comparison.area.id} className="app-neighbours-grid__cell">
                  <span className="app-neighbours-grid__area">{shortAreaLabel(comparison.area)}</span>
                  <OutcomeCell outcome={comparison.outcome} scale={scale} />
                </span>
              ))}
            </span>
          </li>
          {rows.map((row) => (
            <li key={row.rank} className="app-neighbours-grid__row">
              <span className="app-neighbours-grid__name">
                <strong>
                  SN{row.rank} {row.name}
                </strong>
                <span className="app-neighbours-grid__band">{row.closeness}</span>
              </span>
              <span className="app-neighbours-grid__grades">
                {areas.map((comparison) => (
                  <span key={comparison.area.id} className="app-neighbours-grid__cell">
                    <span className="app-neighbours-grid__area">{shortAreaLabel(comparison.area)}</span>
                    {areaCell(row, comparison.area.id)}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ol>
      }
      table={
        <DataTable<NeighbourRow>
          caption={`${authority.name}’s statistical neighbours (${set.label}), closest first: closeness and grade by judgement area as at ${formatLong(asAt)}`}
          columns={[
            { header: 'Neighbour', cell: (row) => `SN${row.rank} ${row.name}` },
            { header: 'Closeness', cell: (row) => row.closeness },
            {
              header: 'Latest ILACS inspection',
              cell: (row) =>
                row.inspected ? formatLong(row.inspected.date) : row.key ? `None by ${formatLong(asAt)}` : NOT_HELD,
            },
            ...areas.map((comparison) => ({
              header: shortAreaLabel(comparison.area),
              cell: (row: NeighbourRow) => areaCell(row, comparison.area.id),
            })),
          ]}
          rows={rows}
          rowKey={(row) => String(row.rank)}
        />
      }
      footnotes={footnotes}
      source={source}
    />
  );
}
