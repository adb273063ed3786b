// One judgement area as 100% stacked bars: the authority's own grade, then England, its region and the comparators.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps, TooltipValueType } from 'recharts';
import { percent } from '../../components/format';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import { gradeLabel, type GradeId, type GradeScale } from '../../domain';
import type { AreaChartRow } from './areaChartRows';

interface BarDatum {
  readonly label: string;
  readonly description: string;
  readonly own: boolean;
  readonly counts: Readonly<Record<GradeId, number>>;
  readonly [grade: string]: unknown;
}

const isDatum = (value: unknown): value is BarDatum => typeof value === 'object' && value !== null && 'description' in value;

function RowTooltip({ active, payload }: TooltipContentProps<TooltipValueType, string | number>) {
  const datum: unknown = payload?.[0]?.payload;
  if (!active || !isDatum(datum)) return null;
  return <div className="app-compare-tooltip">{datum.description}</div>;
}

interface SegmentLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly width?: number | string;
  readonly height?: number | string;
  readonly value?: unknown;
}

/** Counts on segments wide enough to hold them, in the grade's own text colour. */
function segmentLabel(grade: GradeId) {
  return function SegmentLabel({ x, y, width, height, value }: SegmentLabelProps) {
    const [left, top, w, h] = [x, y, width, height].map(Number) as [number, number, number, number];
    const text = value === undefined || value === null || value === '' ? '' : String(value);
    if (!text || !(w >= text.length * 8 + 6)) return null;
    return (
      <text x={left + w / 2} y={top + h / 2} fill={GRADE_TEXT_COLOURS[grade]} textAnchor="middle" dominantBaseline="central" fontSize={14} fontWeight={700}>
        {text}
      </text>
    );
  };
}

export function AreaBars({ rows, grades, scale, title }: { rows: readonly AreaChartRow[]; grades: readonly GradeId[]; scale: GradeScale; title: string }) {
  const data: BarDatum[] = rows.map((row) => ({ label: row.label, description: row.description, own: row.id === 'authority', counts: row.counts, ...row.shares }));
  const height = 40 + 42 * rows.length;
  return (
    <div className="chart app-compare-bars" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barCategoryGap={6} accessibilityLayer title={title}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(share: number) => percent(share)} tick={{ fill: '#0b0c0c', fontSize: 13 }} />
          <YAxis type="category" dataKey="label" width={128} tick={{ fill: '#0b0c0c', fontSize: 13 }} interval={0} />
          <Tooltip content={RowTooltip} cursor={{ fill: '#f3f2f1' }} />
          {grades.map((grade) => (
            <Bar key={grade} dataKey={grade} name={gradeLabel(grade, scale)} stackId="grades" fill={GRADE_COLOURS[grade]} stroke="#ffffff" strokeWidth={2} isAnimationActive={false}>
              <LabelList
                valueAccessor={(entry: { payload?: unknown }) => {
                  const datum = entry.payload;
                  if (!isDatum(datum)) return '';
                  const count = datum.counts[grade];
                  if (count === 0) return '';
                  return datum.own ? gradeLabel(grade, scale) : count;
                }}
                content={segmentLabel(grade)}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
