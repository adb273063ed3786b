// The grade-mix chart's sizes at a width: room for the bar names (short areas or long inspection titles), the legend and the axis.
import type { GradeMixOrientation } from './gradeMixDefinition';

export interface GradeMixLayoutInput {
  /** The chart's rendered width in pixels. */
  readonly width: number;
  readonly orientation: GradeMixOrientation;
  /** The bars' names, as the category axis shows them. */
  readonly labels: readonly string[];
  /** The legend's entries, or none when the chart draws no legend. */
  readonly legendLabels: readonly string[];
  readonly categoryTitle?: boolean;
}

export interface GradeMixLayout {
  /** Below 480px (a phone, or 400% zoom): smaller text, fewer ticks, narrower names. */
  readonly narrow: boolean;
  readonly fontSize: number;
  /** Width of the bar names down the left, the same for every chart at a width; a longer name wraps onto more lines. */
  readonly categoryWidth: number;
  /** Height of each bar's slot, enough for its name's lines. */
  readonly slotHeight: number;
  readonly height: number;
  readonly shareTicks: readonly number[];
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

const NARROW_BELOW = 480;
/** An average character's width as a share of the font size: generous, so a name is never given too few lines. */
const CHARACTER = 0.6;
const LINE_HEIGHT = 1.2;
/** Gap between a bar's name and the axis. */
const TICK_GAP = 14;
const MIN_SLOT = 46;
const AXIS_HEIGHT = 30;
const LEGEND_FONT = 16;
const LEGEND_LINE = 24;
/** A legend entry's swatch, its gap and the space after it, beside the words. */
const LEGEND_ENTRY_EXTRA = 34;
const COLUMN_HEIGHT = { narrow: 420, wide: 380 };

/** Below 480px (a phone, or 400% zoom) a chart is narrow. */
export function isNarrowChart(width: number): boolean {
  return width < NARROW_BELOW;
}

const textWidth = (text: string, fontSize: number) => text.length * fontSize * CHARACTER;

/** How many lines a name takes when wrapped at spaces into `width` pixels, as the axis wraps it. */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  const words = text.split(/\s+/).filter((word) => word !== '');
  let lines = words.length > 0 ? 1 : 0;
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, fontSize) > width) {
      lines += 1;
      line = word;
    } else line = next;
  }
  return Math.max(lines, 1);
}

/** How many lines the legend's entries fill at the chart's width. */
export function legendLines(labels: readonly string[], width: number): number {
  if (labels.length === 0) return 0;
  let lines = 1;
  let used = 0;
  for (const label of labels) {
    const entry = textWidth(label, LEGEND_FONT) + LEGEND_ENTRY_EXTRA;
    if (used > 0 && used + entry > width) {
      lines += 1;
      used = 0;
    }
    used += entry;
  }
  return lines;
}

export function gradeMixLayout({
  width,
  orientation,
  labels,
  legendLabels,
  categoryTitle = false,
}: GradeMixLayoutInput): GradeMixLayout {
  const narrow = isNarrowChart(width);
  const fontSize = narrow ? 12 : 14;
  const shareTicks = narrow ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1];
  const legendHeight = legendLabels.length > 0 ? legendLines(legendLabels, width) * LEGEND_LINE + 8 : 0;
  const margin = {
    top: 8,
    right: narrow ? 12 : 24,
    bottom: categoryTitle ? 24 : 8,
    left: orientation === 'bars' ? 0 : 4,
  };
  if (orientation === 'columns') {
    return {
      narrow,
      fontSize,
      categoryWidth: 0,
      slotHeight: 0,
      height: narrow ? COLUMN_HEIGHT.narrow : COLUMN_HEIGHT.wide,
      shareTicks,
      margin,
    };
  }
  // One width whatever the names, so charts stacked on a page (Compare's areas) line their bars up; longer names wrap.
  const categoryWidth = narrow ? 116 : 200;
  const lines = Math.max(1, ...labels.map((label) => wrappedLines(label, categoryWidth - TICK_GAP, fontSize)));
  const slotHeight = Math.max(MIN_SLOT, Math.ceil(lines * fontSize * LINE_HEIGHT + 14));
  const height = margin.top + legendHeight + labels.length * slotHeight + AXIS_HEIGHT + margin.bottom;
  return { narrow, fontSize, categoryWidth, slotHeight, height, shareTicks, margin };
}
