// One authority's measures over time, one series per measure.
import { authorityKey, compareDates } from '../domain';
import type { Dataset, Measure, PartialDate, SourceRef } from '../domain';

export interface MeasurePoint {
  readonly date: PartialDate;
  readonly value: number;
  readonly note?: string;
  readonly source: SourceRef;
}

export interface MeasureSeries {
  readonly name: string;
  readonly unit: string;
  /** Oldest first; points on the same date keep their dataset order. */
  readonly points: readonly MeasurePoint[];
}

/**
 * Series in the order their measures first appear in the dataset. A measure recorded in two units
 * becomes two series of the same name, because points in different units cannot share an axis.
 * `key` is an `authorityKey`; `measureName`, when given, must match exactly.
 */
export function measuresOverTime(dataset: Dataset, key: string, measureName?: string): MeasureSeries[] {
  const series = new Map<string, { name: string; unit: string; measures: Measure[] }>();
  for (const measure of dataset.measures) {
    if (authorityKey(measure.authority) !== key) continue;
    if (measureName !== undefined && measure.name !== measureName) continue;
    const id = JSON.stringify([measure.name, measure.unit]);
    const existing = series.get(id);
    if (existing) existing.measures.push(measure);
    else series.set(id, { name: measure.name, unit: measure.unit, measures: [measure] });
  }
  return [...series.values()].map(({ name, unit, measures }) => ({
    name,
    unit,
    points: [...measures].sort((a, b) => compareDates(a.date, b.date)).map(toPoint),
  }));
}

function toPoint(measure: Measure): MeasurePoint {
  const point = { date: measure.date, value: measure.value, source: measure.source };
  return measure.note === undefined ? point : { ...point, note: measure.note };
}
