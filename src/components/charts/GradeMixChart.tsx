// Grade mixes as 100%-stacked bars (one per inspection, area, region or group) or columns (one per year), each segment labelled in text.
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type CartesianViewBox,
  type LabelProps,
  type TooltipContentProps,
  type TooltipValueType,
  type YAxisTickContentProps,
} from 'recharts';
import { percent } from '../format';
import { ChartFrame } from './ChartFrame';
import { GRADE_COLOURS, GRADE_INITIALS, GRADE_TEXT_COLOURS } from '../gradeColours';
import {
  gradeMixOptions,
  type GradeMixBar,
  type GradeMixChartOptions,
  type GradeMixSeries,
} from './gradeMixDefinition';
import { gradeMixLayout, isNarrowChart } from './gradeMixLayout';

export interface GradeMixChartProps extends Partial<GradeMixChartOptions> {
  readonly bars: readonly GradeMixBar[];
  /** The grades stacked, best first. */
  readonly series: readonly GradeMixSeries[];
  /** The chart's accessible name, where a page holds several charts under one figure title. */
  readonly title?: string;
}

interface Datum {
  readonly label: string;
  readonly bar: GradeMixBar;
}

const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';

export function GradeMixChart({ bars, series, title, ...given }: GradeMixChartProps) {
  const options = gradeMixOptions(given);
  const [width, setWidth] = useState(640);
  const horizontal = options.orientation === 'bars';
  // The axis names a bar by its short label where the chart is narrow; its tooltip and description keep the full one.
  const axisName = (bar: GradeMixBar) => (isNarrowChart(width) ? (bar.shortLabel ?? bar.label) : bar.label);
  const layout = gradeMixLayout({
    width,
    orientation: options.orientation,
    labels: bars.map(axisName),
    legendLabels: options.legend ? series.map((entry) => entry.label) : [],
    categoryTitle: options.categoryTitle !== undefined,
  });
  const { fontSize, shareTicks } = layout;
  const data: Datum[] = bars.map((bar) => ({ label: axisName(bar), bar }));
  const shareAxis = {
    type: 'number' as const,
    domain: [0, 1],
    ticks: [...shareTicks],
    tickFormatter: (share: number) => percent(share),
  };

  const segmentLabel = (entry: GradeMixSeries) =>
    function SegmentLabel(props: LabelProps) {
      const box = props.viewBox as CartesianViewBox | undefined;
      const bar = bars[typeof props.index === 'number' ? props.index : -1];
      const count = bar?.counts[entry.grade] ?? 0;
      if (!box || !bar || count === 0) return null;
      const { x = 0, y = 0, width: boxWidth = 0, height: boxHeight = 0 } = box;
      const value = options.segmentText === 'count' ? String(count) : percent(bar.shares[entry.grade]);
      const initial = GRADE_INITIALS[entry.grade];
      const fits = (characters: number) => boxHeight >= 18 && boxWidth >= characters * 8 + 6;
      const centreY = y + boxHeight / 2;
      const label = (
        text: string,
        textX: number,
        anchor: 'start' | 'middle' | 'end',
        className: string,
        bold: boolean,
      ) => (
        <text
          key={className}
          className={className}
          x={textX}
          y={centreY}
          textAnchor={anchor}
          dominantBaseline="central"
          fill={GRADE_TEXT_COLOURS[entry.grade]}
          fontSize={14}
          fontWeight={bold ? 700 : 400}
        >
          {text}
        </text>
      );
      // recharts-label: the class recharts gives its own labels, so tests and styles find these the same way.
      if (bar.ownGrade) {
        const word = [entry.label, initial].find((text) => fits(text.length));
        return word === undefined ? null : label(word, x + boxWidth / 2, 'middle', 'recharts-label', true);
      }
      // Text that would spill out of its segment is left to the tooltip and the table.
      if (!fits(value.length)) return null;
      // The grade's word, or its initial, goes before the number where it fits, so a grey print still names the grade.
      const grade = [entry.label, initial].find((text) => fits(text.length + 1 + value.length));
      if (grade === undefined) return label(value, x + boxWidth / 2, 'middle', 'recharts-label', false);
      // The gap between word and number is exact; only the pair's centring rests on the estimate of 8 px a character.
      const gap = 6;
      const start = x + boxWidth / 2 - ((grade.length + value.length) * 8 + gap) / 2;
      return (
        <g>
          {label(grade, start + grade.length * 8, 'end', 'app-segment-grade', false)}
          {label(value, start + grade.length * 8 + gap, 'start', 'recharts-label', false)}
        </g>
      );
    };

  const categoryTick = ({ x, y, payload }: YAxisTickContentProps) => (
    <Text
      x={Number(x)}
      y={Number(y)}
      width={layout.categoryWidth - 14}
      textAnchor="end"
      verticalAnchor="middle"
      fill={TEXT}
      fontSize={fontSize}
      fontWeight={bars[payload.index]?.emphasis === true ? 700 : 400}
    >
      {String(payload.value)}
    </Text>
  );

  const description = bars.map((bar) => bar.description ?? barWords(bar, series)).join('; ');
  return (
    <ChartFrame
      className="app-grade-mix-chart"
      style={{ height: layout.height }}
      title={title}
      shape={`${bars.length} ${bars.length === 1 ? 'bar' : 'bars'}`}
      description={`${description}.`}
    >
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 640, height: layout.height }}
        onResize={(newWidth) => setWidth(newWidth)}
      >
        <BarChart
          data={data}
          layout={horizontal ? 'vertical' : 'horizontal'}
          margin={layout.margin}
          barCategoryGap="20%"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} horizontal={!horizontal} vertical={horizontal} />
          <XAxis
            {...(horizontal ? shareAxis : { type: 'category' as const, dataKey: 'label', interval: 0 })}
            tick={{ fill: TEXT, fontSize }}
            {...(options.categoryTitle
              ? { label: { value: options.categoryTitle, position: 'bottom', offset: 4, fill: TEXT, fontSize: 14 } }
              : {})}
          />
          <YAxis
            {...(horizontal
              ? {
                  type: 'category' as const,
                  dataKey: 'label',
                  width: layout.categoryWidth,
                  tick: categoryTick,
                  interval: 0,
                }
              : { ...shareAxis, width: 48, tick: { fill: TEXT, fontSize } })}
          />
          <Tooltip
            content={(props: TooltipContentProps<TooltipValueType, string | number>) => (
              <MixTooltip {...props} series={series} />
            )}
            cursor={{ fill: '#f3f2f1' }}
          />
          {options.legend ? (
            <Legend
              verticalAlign="top"
              wrapperStyle={{ paddingBottom: 8, fontSize: 16 }}
              itemSorter={(item) => series.findIndex((entry) => entry.label === item.value)}
            />
          ) : null}
          {series.map((entry) => (
            <Bar
              key={entry.grade}
              dataKey={(datum: Datum) => datum.bar.shares[entry.grade]}
              name={entry.label}
              stackId="mix"
              className="app-grade-segment"
              fill={GRADE_COLOURS[entry.grade]}
              stroke="#ffffff"
              strokeWidth={2}
              isAnimationActive={false}
            >
              <LabelList content={segmentLabel(entry)} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** "2012: 2 good, 12 adequate, 8 inadequate": a bar's grades in words, best first, leaving out those with none. */
function barWords(bar: GradeMixBar, series: readonly GradeMixSeries[]): string {
  const counts = series
    .filter((entry) => (bar.counts[entry.grade] ?? 0) > 0)
    .map((entry) => `${bar.counts[entry.grade]} ${entry.label.toLowerCase()}`);
  return `${bar.label}: ${counts.length > 0 ? counts.join(', ') : 'no grades'}`;
}

/** The bar's sentence, or every grade in words with its count and share, so hovering or focusing a bar reads the whole mix. */
function MixTooltip({
  active,
  payload,
  series,
}: TooltipContentProps<TooltipValueType, string | number> & { series: readonly GradeMixSeries[] }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { bar } = datum;
  if (bar.description !== undefined)
    return (
      <div className="app-grade-mix-tooltip" data-export="omit">
        {bar.description}
      </div>
    );
  return (
    <div className="app-grade-mix-tooltip" data-export="omit">
      <p className="app-grade-mix-tooltip__title">{bar.label}</p>
      <ul className="app-grade-mix-tooltip__list">
        {series.map((entry) => (
          <li key={entry.grade}>
            <span
              className="app-grade-mix-tooltip__swatch"
              style={{ backgroundColor: GRADE_COLOURS[entry.grade] }}
              aria-hidden="true"
            />
            {entry.label}: {bar.counts[entry.grade]} ({percent(bar.shares[entry.grade])})
          </li>
        ))}
        {(bar.notes ?? []).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
