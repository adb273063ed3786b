// Grade mixes as 100% stacked horizontal bars, one per inspection, with the counts on the segments.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import type { LabelProps, YAxisTickContentProps } from 'recharts';
import { percent } from '../../components/format';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import { ALL_GRADES, gradeLabel, type GradeId } from '../../domain';
import { useElementWidth } from './useElementWidth';

export interface GradeMixBar {
  readonly id: string;
  readonly label: string;
  readonly counts: Readonly<Record<GradeId, number>>;
  readonly shares: Readonly<Record<GradeId, number>>;
}

const NARROW = 520;

/** A bar from one scale's grade rows; grades the scale lacks are zero. */
export function barFromRows(id: string, label: string, rows: readonly { grade: GradeId; count: number; share: number }[]): GradeMixBar {
  const counts = Object.fromEntries(ALL_GRADES.map((grade) => [grade, 0])) as Record<GradeId, number>;
  const shares = { ...counts };
  for (const row of rows) {
    counts[row.grade] = row.count;
    shares[row.grade] = row.share;
  }
  return { id, label, counts, shares };
}

export function GradeMixChart({ bars, grades }: { bars: readonly GradeMixBar[]; grades: readonly GradeId[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width !== undefined && width < NARROW;
  // Long labels wrap; on narrow screens they get fewer pixels and more lines, so each bar gets more height.
  const labelWidth = narrow ? 110 : 230;
  const barHeight = narrow ? 96 : 70;
  const height = 110 + barHeight * bars.length;
  const data = bars.map((bar) => ({ label: bar.label, ...bar.shares, counts: bar.counts }));
  return (
    <div ref={ref} className="authority-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 4 }} accessibilityLayer stackOffset="expand">
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis type="number" tickFormatter={(share: number) => percent(share)} domain={[0, 1]} tick={{ fill: '#0b0c0c' }} />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            tick={(props: YAxisTickContentProps) => (
              <Text
                x={Number(props.x)}
                y={Number(props.y)}
                width={labelWidth - 10}
                textAnchor="end"
                verticalAnchor="middle"
                fill="#0b0c0c"
                fontSize={narrow ? 12 : 13}
              >
                {String(props.payload.value)}
              </Text>
            )}
          />
          <Tooltip
            formatter={(value, name, item) => {
              const counts = (item.payload as { counts?: Record<GradeId, number> } | undefined)?.counts;
              const grade = grades.find((candidate) => gradeLabel(candidate) === name);
              const count = grade && counts ? ` (${counts[grade]})` : '';
              return [`${percent(Number(value))}${count}`, String(name)];
            }}
          />
          <Legend itemSorter={null} />
          {grades.map((grade) => (
            <Bar
              key={grade}
              dataKey={grade}
              name={gradeLabel(grade)}
              stackId="grades"
              fill={GRADE_COLOURS[grade]}
              stroke="#ffffff"
              strokeWidth={2}
              isAnimationActive={false}
            >
              <LabelList
                dataKey={(entry: { counts: Record<GradeId, number> }) => (entry.counts[grade] > 0 ? entry.counts[grade] : '')}
                content={(props: LabelProps) => <SegmentCount {...props} colour={GRADE_TEXT_COLOURS[grade]} />}
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A count in the middle of its segment, left out when the segment is too thin to hold it (the table has every count). */
function SegmentCount({ viewBox, value, colour }: LabelProps & { colour: string }) {
  const label = value === undefined || value === null ? '' : String(value);
  if (label === '' || !viewBox || !('width' in viewBox)) return null;
  const x = Number(viewBox.x ?? 0);
  const y = Number(viewBox.y ?? 0);
  const width = Number(viewBox.width ?? 0);
  const height = Number(viewBox.height ?? 0);
  if (width < label.length * 8 + 8) return null;
  return (
    <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fill={colour} className="recharts-label">
      {label}
    </text>
  );
}
