// England's latest Overall effectiveness grades as a bar chart, with the same numbers as a table.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GradeRow } from '../../analytics';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { percent } from '../../components/format';
import { GRADE_COLOURS } from '../../components/gradeColours';
import { formatLong, OFSTED_PUBLICATION, OGL_ATTRIBUTION } from '../../domain';
import type { EnglandOverall } from './englandOverall';

export function EnglandOverallFigure({ model }: { model: EnglandOverall }) {
  const title = `Overall effectiveness of children’s services in England, latest inspection as at ${formatLong(model.asAt)}`;
  return (
    <Figure
      title={title}
      summary={model.summary}
      chart={
        <div className="chart" style={{ height: 320 }}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
            <BarChart data={[...model.rows]} margin={{ top: 24, right: 16, bottom: 8, left: 8 }} accessibilityLayer>
              <CartesianGrid vertical={false} stroke="#b1b4b6" />
              <XAxis dataKey="label" tick={{ fill: '#0b0c0c', fontSize: 14 }} interval={0} />
              <YAxis allowDecimals={false} tick={{ fill: '#0b0c0c' }} width={40} />
              <Tooltip formatter={(value) => [`${value} local authorities`, 'Count']} />
              <Bar dataKey="count" name="Local authorities" isAnimationActive={false}>
                {model.rows.map((row) => (
                  <Cell key={row.grade} fill={GRADE_COLOURS[row.grade]} />
                ))}
                <LabelList dataKey="count" position="top" fill="#0b0c0c" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      }
      table={
        <DataTable<GradeRow>
          caption={`Local authorities by Overall effectiveness grade, as at ${formatLong(model.asAt)} (${model.authorities} authorities)`}
          columns={[
            { header: 'Grade', cell: (row) => row.label },
            { header: 'Local authorities', cell: (row) => row.count, numeric: true },
            { header: 'Share', cell: (row) => percent(row.share), numeric: true },
          ]}
          rows={model.rows}
          rowKey={(row) => row.grade}
        />
      }
      footnotes={[
        'Each authority counts once, at its latest inspection under the ILACS framework (from 2018) on or before the date.',
        'Authorities that no longer exist (Bournemouth, Northamptonshire, Cumbria) are left out from the date they ceased.',
      ]}
      source={`${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`}
    />
  );
}
