// "Who to learn from", across England: every journey from Inadequate that reached Good or better in a strand, how long
// it took and through which inspections, and how each authority stands to the one chosen (neighbour, same region).
import { median, outcomeLabel, type Journey, type StrandStep } from '../../analytics';
import { yearColumns, type CountColumn } from '../../components/charts/countColumns';
import { joinList, yearsAndMonths } from '../../components/format';
import { compareDates, familyAbbreviation, formatLong, type PartialDate, type Strand } from '../../domain';
import type { HeldNeighbour } from './compareGroup';

export interface JourneyToGoodRow {
  readonly key: string;
  readonly name: string;
  readonly region: string;
  readonly start: StrandStep;
  readonly end: StrandStep;
  /** The inspections between the Inadequate judgement and Good or better, the last one included. */
  readonly through: readonly StrandStep[];
  readonly days: number;
  /** "SN3, very close", "in the West Midlands", or empty. */
  readonly near: string;
}

export interface JourneysToGood {
  readonly rows: readonly JourneyToGoodRow[];
  readonly columns: readonly CountColumn[];
  readonly summary: string;
  /** Journeys from Inadequate not at Good by the data's last date, and those ended by the authority ceasing. */
  readonly stillBelowGood: number;
  readonly ceased: number;
}

/** "Requires improvement (SIF re-inspection, 29 January 2018)". */
export function stepWords(step: StrandStep): string {
  const { inspection } = step;
  return `${outcomeLabel(step.outcome)} (${familyAbbreviation(inspection.framework, inspection.type)}, ${formatLong(step.known)})`;
}

export function journeysToGood(
  journeys: readonly Journey[],
  strand: Strand,
  authority: { readonly key: string; readonly name: string; readonly region: string },
  neighbours: readonly HeldNeighbour[],
  regionWords: string,
  reachesTo: PartialDate,
): JourneysToGood {
  const neighbourByKey = new Map(
    neighbours.flatMap((neighbour) => (neighbour.key ? [[neighbour.key, neighbour]] : [])),
  );
  const rows = journeys
    .flatMap((journey): JourneyToGoodRow[] => {
      const end = journey.through.at(-1);
      if (journey.status !== 'reached' || !end || journey.days === undefined) return [];
      const neighbour = neighbourByKey.get(journey.history.key);
      const near = [
        ...(journey.history.key === authority.key ? [`${authority.name} itself`] : []),
        ...(neighbour ? [`SN${neighbour.rank}, ${neighbour.closeness.toLowerCase()}`] : []),
        ...(journey.history.region === authority.region ? [regionWords] : []),
      ].join('; ');
      return [
        {
          key: journey.history.key,
          name: journey.history.authority.name,
          region: journey.history.region,
          start: journey.start,
          end,
          through: journey.through,
          days: journey.days,
          near,
        },
      ];
    })
    // The most recent first: what they did is the freshest to learn from.
    .sort((a, b) => compareDates(b.end.known, a.end.known) || a.name.localeCompare(b.name, 'en-GB'));
  const stillBelowGood = journeys.filter((journey) => journey.status === 'still-below-good').length;
  const ceased = journeys.filter((journey) => journey.status === 'ceased').length;
  return {
    rows,
    columns: yearColumns(rows.map((row) => row.days)),
    summary: summaryOf(rows, strand, authority.name, stillBelowGood, ceased, formatLong(reachesTo)),
    stillBelowGood,
    ceased,
  };
}

function summaryOf(
  rows: readonly JourneyToGoodRow[],
  strand: Strand,
  authorityName: string,
  stillBelowGood: number,
  ceased: number,
  date: string,
): string {
  const total = rows.length + stillBelowGood + ceased;
  if (rows.length === 0)
    return `No authority in England went from Inadequate to Good or better for ${strand.words} in the data held (to ${date}); ${total} journeys from Inadequate had begun.`;
  const days = rows.map((row) => row.days);
  const authorities = new Set(rows.map((row) => row.key)).size;
  const near = rows.filter((row) => row.near !== '');
  const nearWords =
    near.length > 0
      ? ` ${near.length} of these journeys ${near.length === 1 ? 'was' : 'were'} made by ${authorityName}, its statistical neighbours or authorities in its region: ${joinList([...new Set(near.map((row) => row.name))])}.`
      : ` None was made by ${authorityName}, its statistical neighbours or an authority in its region.`;
  return `Of ${total} journeys from an Inadequate judgement for ${strand.words} in England, ${rows.length} (by ${authorities} authorities) reached Good or better, taking from ${yearsAndMonths(Math.min(...days))} to ${yearsAndMonths(Math.max(...days))} (median ${yearsAndMonths(median(days)!)}).${nearWords} ${stillBelowGood} had not reached Good by ${date}${ceased > 0 ? `, and ${ceased} ended when the authority ceased` : ''}.`;
}
