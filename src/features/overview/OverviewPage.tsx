// The first view: England's latest overall grades and one authority's inspections over time.
import type { Dataset } from '../../domain';
import { AuthorityTimelineFigure } from './AuthorityTimelineFigure';
import { authorityTimeline } from './authorityTimeline';
import { EnglandOverallFigure } from './EnglandOverallFigure';
import { defaultAsAt, englandOverall } from './englandOverall';

/** Walsall, whose 2012 inspection is the story this product starts from. */
export const DEFAULT_AUTHORITY = 'E08000030';

export function OverviewPage({ loaded }: { loaded: { dataset: Dataset } }) {
  const { dataset } = loaded;
  const asAt = defaultAsAt(dataset);
  const england = asAt ? englandOverall(dataset, asAt) : undefined;
  const timeline = authorityTimeline(dataset, DEFAULT_AUTHORITY);
  return (
    <>
      <h1>Children’s services inspections</h1>
      {england ? <EnglandOverallFigure model={england} /> : <p>No ILACS inspections are held, so England’s picture cannot be drawn.</p>}
      {timeline && timeline.rows.length > 0 ? (
        <AuthorityTimelineFigure model={timeline} />
      ) : (
        <p>No inspections are held for Walsall.</p>
      )}
    </>
  );
}
