// Grade mixes as 100%-stacked bars (one per area or region) or columns (one per year), each segment labelled in text.
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
  type YAxisTickContentProps,
} from 'recharts';
import { percent } from '../../components/format';
import { GRADE_COLOURS, GRADE_TEXT_COLOURS } from '../../components/gradeColours';
import type { GradeId } from '../../domain';
import type { GradeMix } from './gradeMix';

export interface GradeMixChartProps {
  readonly mixes: readonly GradeMix[];
  /** 'bars': one horizontal bar per row, named down the left. 'columns': one column per row, named along the bottom. */
  readonly orientation: 'bars' | 'columns';
  /** What each segment says: its count of authorities, or its share. */
  readonly segmentText: 'count' | 'share';
  /** Names the category axis of a column chart ("As at 31 March"). */
  readonly categoryTitle?: string;
}

interface Datum {
  readonly label: string;
  readonly mix: GradeMix;
}

const TEXT = '#0b0c0c';
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];
const NARROW_SHARE_TICKS = [0, 0.5, 1];

function rowFor(mix: GradeMix | undefined, grade: GradeId) {
  return mix?.rows.find((row) => row.grade === grade);
}

export function GradeMixChart({ mixes, orientation, segmentText, categoryTitle }: GradeMixChartProps) {
  const [width, setWidth] = useState(640);
  const narrow = width < 480;
  const bars = orientation === 'bars';
  const grades = mixes[0]?.rows ?? [];
  const data: Datum[] = mixes.map((mix) => ({ label: mix.label, mix }));
  const categoryWidth = narrow ? 116 : 200;
  const fontSize = narrow ? 12 : 14;
  const shareTicks = narrow ? NARROW_SHARE_TICKS : SHARE_TICKS;
  const height = bars ? mixes.length * (narrow ? 66 : 46) + (narrow ? 150 : 100) : narrow ? 420 : 380;

  const segmentLabel = (grade: GradeId) =>
    function SegmentLabel(props: LabelProps) {
      const box = props.viewBox as CartesianViewBox | undefined;
      const row = rowFor(mixes[typeof props.index === 'number' ? props.index : -1], grade);
      if (!box || !row || row.count === 0) return null;
      const { x = 0, y = 0, width: boxWidth = 0, height: boxHeight = 0 } = box;
      const text = segmentText === 'count' ? String(row.count) : percent(row.share);
      // Text that would spill out of its segment is left to the tooltip and the table.
      if (boxWidth < text.length * 8 + 6 || boxHeight < 18) return null;
      return (
        <text x={x + boxWidth / 2} y={y + boxHeight / 2} textAnchor="middle" dominantBaseline="central" fill={GRADE_TEXT_COLOURS[grade]} fontSize={14}>
          {text}
        </text>
      );
    };

  const categoryTick = ({ x, y, payload }: YAxisTickContentProps) => {
    const emphasis = mixes[payload.index]?.emphasis === true;
    return (
      <Text x={Number(x)} y={Number(y)} width={categoryWidth - 14} textAnchor="end" verticalAnchor="middle" fill={TEXT} fontSize={fontSize} fontWeight={emphasis ? 700 : 400}>
        {String(payload.value)}
      </Text>
    );
  };

  return (
    <div className="app-england-chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }} onResize={(newWidth) => setWidth(newWidth)}>
        <BarChart
          data={data}
          layout={bars ? 'vertical' : 'horizontal'}
          margin={{ top: 8, right: narrow ? 12 : 24, bottom: categoryTitle ? 24 : 8, left: bars ? 0 : 4 }}
          barCategoryGap="20%"
          accessibilityLayer
        >
          <CartesianGrid stroke="#b1b4b6" horizontal={!bars} vertical={bars} />
          <XAxis
            type={bars ? 'number' : 'category'}
            {...(bars ? { domain: [0, 1], ticks: shareTicks, tickFormatter: (share: number) => percent(share) } : { dataKey: 'label', interval: 0 })}
            tick={{ fill: TEXT, fontSize }}
            {...(categoryTitle ? { label: { value: categoryTitle, position: 'bottom', offset: 4, fill: TEXT, fontSize: 14 } } : {})}
          />
          <YAxis
            type={bars ? 'category' : 'number'}
            {...(bars
              ? { dataKey: 'label', width: categoryWidth, tick: categoryTick, interval: 0 }
              : { domain: [0, 1], ticks: shareTicks, tickFormatter: (share: number) => percent(share), width: 48, tick: { fill: TEXT, fontSize } })}
          />
          <Tooltip content={MixTooltip} cursor={{ fill: '#f3f2f1' }} />
          <Legend
            verticalAlign="top"
            wrapperStyle={{ paddingBottom: 8, fontSize: 16 }}
            itemSorter={(item) => grades.findIndex((row) => row.label === item.value)}
          />
          {grades.map((row) => (
            <Bar
              key={row.grade}
              dataKey={(datum: Datum) => rowFor(datum.mix, row.grade)?.share ?? 0}
              name={row.label}
              stackId="mix"
              fill={GRADE_COLOURS[row.grade]}
              stroke="#ffffff"
              strokeWidth={2}
              isAnimationActive={false}
            >
              <LabelList content={segmentLabel(row.grade)} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Every grade in words with its count and share, so hovering or focusing a bar reads the whole mix. */
function MixTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { mix } = datum;
  return (
    <div className="app-england-tooltip">
      <p className="app-england-tooltip__title">{mix.label}</p>
      <ul className="app-england-tooltip__list">
        {mix.rows.map((row) => (
          <li key={row.grade}>
            <span className="app-england-tooltip__swatch" style={{ backgroundColor: GRADE_COLOURS[row.grade] }} aria-hidden="true" />
            {row.label}: {row.count} ({percent(row.share)})
          </li>
        ))}
        <li>Good or better: {percent(mix.goodOrBetterShare)}</li>
        {mix.notJudged > 0 ? <li>Not judged: {mix.notJudged}</li> : null}
      </ul>
    </div>
  );
}
