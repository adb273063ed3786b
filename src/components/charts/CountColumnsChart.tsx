// Counts as plain columns, one per category (years taken, say), each labelled with its number: one series, one colour.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartFrame';
import type { CountColumn } from './countColumns';

export interface CountColumnsChartProps {
  readonly columns: readonly CountColumn[];
  /** Names the categories along the bottom: "Years after the Inadequate judgement". */
  readonly categoryTitle: string;
  /** What each column counts, for the description: "judgements". */
  readonly counted: string;
  /** The chart's own name, where a figure holds several. */
  readonly title?: string;
}

const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
// GOV.UK blue: 4.5:1 on white, so the columns stand out without relying on it; every column is labelled with its count.
const FILL = '#1d70b8';

export function CountColumnsChart({ columns, categoryTitle, counted, title }: CountColumnsChartProps) {
  const [width, setWidth] = useState(640);
  // Below about 48 px a column, the axis's names are set smaller so that neighbours do not run into each other.
  const tickSize = width / Math.max(1, columns.length) < 48 ? 12 : 14;
  const description = `${categoryTitle}: ${columns.map((column) => `${column.label}, ${column.count} ${counted}`).join('; ')}.`;
  return (
    <ChartFrame
      className="app-count-columns-chart"
      style={{ height: 260 }}
      title={title}
      shape={`${columns.length} ${columns.length === 1 ? 'column' : 'columns'}`}
      description={description}
    >
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 640, height: 260 }}
        onResize={(newWidth) => setWidth(newWidth)}
      >
        <BarChart
          data={[...columns]}
          margin={{ top: 24, right: 8, bottom: 28, left: 0 }}
          barCategoryGap="15%"
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis
            type="category"
            dataKey="tick"
            interval={0}
            tick={{ fill: TEXT, fontSize: tickSize }}
            label={{ value: categoryTitle, position: 'bottom', offset: 8, fill: TEXT, fontSize: 14 }}
          />
          <YAxis type="number" allowDecimals={false} width={40} tick={{ fill: TEXT, fontSize: 14 }} />
          <Bar dataKey="count" fill={FILL} isAnimationActive={false}>
            <LabelList dataKey="count" position="top" fill={TEXT} fontSize={14} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
