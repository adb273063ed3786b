// View model for an authority's measures over time (survey results and the like), within the chosen years.
import { measuresOverTime, type MeasureSeries } from '../../analytics';
import { formatLong, type Dataset } from '../../domain';

export interface AuthorityMeasures {
  readonly series: readonly MeasureSeries[];
  /** One sentence per point, oldest first within each measure. */
  readonly sentences: readonly string[];
  /** What to say when there is nothing to show. */
  readonly empty?: string;
}

export function formatMeasureValue(value: number, unit: string): string {
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

export function authorityMeasures(
  dataset: Dataset,
  key: string,
  authorityName: string,
  years: { from?: number; to?: number } = {},
): AuthorityMeasures {
  const all = measuresOverTime(dataset, key);
  const series = all
    .map((measure) => ({
      ...measure,
      points: measure.points.filter(
        ({ date }) =>
          (years.from === undefined || date.year >= years.from) && (years.to === undefined || date.year <= years.to),
      ),
    }))
    .filter((measure) => measure.points.length > 0);
  const sentences = series.flatMap((measure) =>
    measure.points.map(
      (point) =>
        `${measure.name}: ${formatMeasureValue(point.value, measure.unit)} ${point.date.precision === 'day' ? 'on' : 'in'} ${formatLong(point.date)}.`,
    ),
  );
  if (series.length > 0) return { series, sentences };
  const empty =
    all.length > 0
      ? `No measures held for ${authorityName} in these years: widen the years to see them.`
      : `No measures held for ${authorityName}.`;
  return { series, sentences, empty };
}
