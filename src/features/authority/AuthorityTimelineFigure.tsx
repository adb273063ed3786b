// One authority's inspections over time as grade mixes (100% stacked bars), with the counts as a table.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DataTable } from '../../components/DataTable';
import { Figure } from '../../components/Figure';
import { percent } from '../../components/format';
import { GRADE_COLOURS } from '../../components/gradeColours';
import { gradeLabel, OGL_ATTRIBUTION, WALSALL_MINUTES, type GradeId } from '../../domain';
import type { AuthorityTimeline, TimelineRow } from './authorityTimeline';

const yearSpan = (rows: readonly TimelineRow[]) => {
  const first = rows[0]?.inspection.date.year;
  const last = rows[rows.length - 1]?.inspection.date.year;
  return first === last ? `${first}` : `${first} to ${last}`;
};

export function AuthorityTimelineFigure({ model }: { model: AuthorityTimeline }) {
  const title = `${model.authorityName}’s inspections, ${yearSpan(model.rows)}: judgements by grade`;
  const chartRows = model.rows.map((row) => ({ label: row.label, ...row.shares, counts: row.counts }));
  const usesMinutes = model.rows.some((row) => row.inspection.sources.some((source) => source.file.startsWith('walsall-')));
  return (
    <Figure
      title={title}
      summary={
        <>
          {model.rows.map((row) => (
            <span key={row.id} className="figure__sentence">
              {row.summary}{' '}
            </span>
          ))}
          {model.measureSentences.map((sentence) => (
            <span key={sentence} className="figure__sentence">
              {sentence}{' '}
            </span>
          ))}
        </>
      }
      chart={
        <div className="chart" style={{ height: 90 + 70 * model.rows.length }}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 90 + 70 * model.rows.length }}>
            <BarChart data={chartRows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer stackOffset="expand">
              <CartesianGrid horizontal={false} stroke="#b1b4b6" />
              <XAxis type="number" tickFormatter={(share: number) => percent(share)} domain={[0, 1]} tick={{ fill: '#0b0c0c' }} />
              <YAxis type="category" dataKey="label" width={230} tick={{ fill: '#0b0c0c', fontSize: 13 }} />
              <Tooltip formatter={(value, name) => [percent(Number(value)), String(name)]} />
              <Legend itemSorter={null} />
              {model.grades.map((grade: GradeId) => (
                <Bar key={grade} dataKey={grade} name={gradeLabel(grade)} stackId="grades" fill={GRADE_COLOURS[grade]} stroke="#ffffff" strokeWidth={2} isAnimationActive={false}>
                  <LabelList
                    dataKey={(entry: { counts: Record<GradeId, number> }) => (entry.counts[grade] > 0 ? entry.counts[grade] : '')}
                    position="center"
                    fill="#ffffff"
                  />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      }
      table={
        <DataTable<TimelineRow>
          caption={`${model.authorityName}’s inspections: number of judgements at each grade`}
          columns={[
            { header: 'Inspection', cell: (row) => row.label },
            { header: 'Judgements', cell: (row) => row.distribution.judged, numeric: true },
            ...model.grades.map((grade) => ({ header: gradeLabel(grade), cell: (row: TimelineRow) => row.counts[grade], numeric: true })),
            { header: 'Good or better', cell: (row) => percent(row.distribution.goodOrBetterShare), numeric: true },
            { header: 'Not judged', cell: (row) => row.distribution.notJudged, numeric: true },
          ]}
          rows={model.rows}
          rowKey={(row) => row.id}
        />
      }
      footnotes={[
        'Bars show each inspection’s judgements as shares of the judgements it made; the numbers on the bars are counts.',
        'Adequate (inspections to 2012) and Requires improvement (from 2013) are different grades on different frameworks, and the number and areas of judgements differ between frameworks: compare shares with care.',
        ...(usesMinutes
          ? ['The 2008 and 2012 figures are as reported to the council’s scrutiny panel: for 2012 only the counts of each grade are known, not the grade of each area; for 2008 only the overall finding.']
          : []),
        ...(model.visits.length > 0 ? [`${model.visits.length} monitoring or focused visits made no graded judgements and are not shown.`] : []),
      ]}
      source={usesMinutes ? `${WALSALL_MINUTES}; Ofsted inspection outcomes. ${OGL_ATTRIBUTION}` : `Ofsted inspection outcomes. ${OGL_ATTRIBUTION}`}
    />
  );
}
