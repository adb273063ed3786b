// An authority's measures over time (such as the share of children who said they felt safe): a small chart and a table.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { DataTable } from '../../components/DataTable';
import { ChartFrame } from '../../components/charts/ChartFrame';
import { Figure } from '../../components/Figure';
import { formatLong, sourceLine } from '../../domain';
import type { MeasurePoint } from '../../analytics';
import { formatMeasureValue, type AuthorityMeasures } from './authorityMeasures';

interface MeasureRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly point: MeasurePoint;
}

/** Not a grade: a neutral dark blue with white labels, so it is not read as one of the grade colours. */
const MEASURE_COLOUR = '#1d70b8';

export function MeasuresFigure({ authorityName, model }: { authorityName: string; model: AuthorityMeasures }) {
  const rows: MeasureRow[] = model.series.flatMap((series) =>
    series.points.map((point, i) => ({
      id: `${series.name}|${series.unit}|${i}`,
      name: series.name,
      unit: series.unit,
      point,
    })),
  );
  const notes = rows.flatMap((row) =>
    row.point.note ? [`${row.name}, ${formatLong(row.point.date)}: ${row.point.note}`] : [],
  );
  return (
    <Figure
      title={`${authorityName}’s measures over time`}
      fileParts={[authorityName, 'measures']}
      summary={<p className="govuk-body">{model.sentences.join(' ')}</p>}
      chart={
        <div className="authority-measures">
          {model.series.map((series) => {
            const data = series.points.map((point) => ({ date: formatLong(point.date), value: point.value }));
            return (
              <div key={`${series.name}|${series.unit}`} className="authority-measures__chart">
                <h3 className="govuk-heading-s">
                  {series.name} ({series.unit})
                </h3>
                <ChartFrame
                  title={`${series.name} (${series.unit})`}
                  shape={`${data.length} ${data.length === 1 ? 'bar' : 'bars'}`}
                  description={`${data.map((point) => `${point.date}: ${formatMeasureValue(point.value, series.unit)}`).join('; ')}.`}
                  style={{ height: 240 }}
                >
                  <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 240 }}>
                    <BarChart data={data} margin={{ top: 16, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                      <CartesianGrid vertical={false} stroke="#b1b4b6" />
                      <XAxis dataKey="date" tick={{ fill: '#0b0c0c' }} />
                      <YAxis
                        domain={series.unit === '%' ? [0, 100] : [0, 'auto']}
                        tickFormatter={(value: number) => formatMeasureValue(value, series.unit)}
                        tick={{ fill: '#0b0c0c' }}
                        width={64}
                      />
                      <Bar
                        dataKey="value"
                        name={series.name}
                        fill={MEASURE_COLOUR}
                        isAnimationActive={false}
                        maxBarSize={80}
                      >
                        <LabelList
                          dataKey="value"
                          position="insideTop"
                          fill="#ffffff"
                          formatter={(value) => formatMeasureValue(Number(value), series.unit)}
                        />
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </ChartFrame>
              </div>
            );
          })}
        </div>
      }
      table={
        <DataTable<MeasureRow>
          caption={`${authorityName}’s measures, oldest first`}
          columns={[
            { header: 'Measure', cell: (row) => row.name },
            { header: 'Date', cell: (row) => formatLong(row.point.date) },
            {
              header: 'Value',
              cell: (row) => formatMeasureValue(row.point.value, row.unit),
              numeric: true,
              // Measures differ in unit, so the CSV gives each row's unit beside its number.
              csv: [
                { heading: 'Value', value: (row) => row.point.value },
                { heading: 'Unit', value: (row) => row.unit },
              ],
            },
          ]}
          rows={rows}
          rowKey={(row) => row.id}
        />
      }
      footnotes={[
        'Measures are figures reported alongside inspections (for example from Ofsted’s survey of children); they are not inspection grades.',
        ...notes,
      ]}
      source={sourceLine(rows.map((row) => row.point.source))}
    />
  );
}
