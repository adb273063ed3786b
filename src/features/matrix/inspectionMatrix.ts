// View model for "rows = judgement areas, columns = inspections" of one authority: the grid, its title and notes.
import { authorityInspections, scaleOf, tallyOnScale, outcomeFor } from '../../analytics';
import { joinList } from '../../components/format';
import type { YearRange } from '../../components/filters/YearRangeField';
import {
  KNOWN_AREAS,
  authorityKey,
  countsForCouncil,
  othersJudgementNotes,
  formatLong,
  gradeLabel,
  judgementNotes,
  sourceNotes,
  inspectionRef,
  shortAreaLabel,
  type Authority,
  type Dataset,
  type Inspection,
  type JudgementArea,
} from '../../domain';
import { areasOf } from './areaOrder';
import {
  cellFor,
  countRowsOf,
  tallyCells,
  type ColumnTally,
  type Grid,
  type GridCell,
  type GridRow,
} from './matrixGrid';
import { describeInspections, yearsPhrase } from './inspectionMatrixSummary';

export interface InspectionMatrixOptions {
  readonly authority: string;
  readonly type?: string;
  readonly years: YearRange;
  readonly area?: string;
}

export interface InspectionMatrix {
  readonly authorityName: string;
  readonly title: string;
  /** Empty when there is nothing to show: then `emptyMessage` says why and what to do. */
  readonly summary: string;
  readonly grid?: Grid;
  readonly emptyMessage?: string;
  /** Inspections (columns), oldest first. */
  readonly inspections: readonly Inspection[];
  /** Visits in the chosen years: they make no judgements, so they are a footnote, not columns. */
  readonly visits: readonly Inspection[];
  readonly footnotes: readonly string[];
  /** What the default data's manifest asks to be said beside the records among the columns (Walsall's minutes, say). */
  readonly sourceNotes: readonly string[];
}

/** "Counts only: 2 good, 12 adequate, 8 inadequate", best grade first, on the inspection's own scale. */
export function countsOnlyText(inspection: Inspection): string {
  const rows = tallyOnScale(scaleOf(inspection), inspection.summaryCounts ?? {}).rows.filter((row) => row.count > 0);
  const parts = rows.map((row) => `${row.count} ${row.label.toLowerCase()}`);
  const counts = parts.length > 0 ? parts.join(', ') : 'no grades recorded';
  const graded = inspection.judgements.flatMap((judgement) =>
    judgement.outcome.kind === 'graded'
      ? [
          `${shortAreaLabel(judgement.area)}: ${gradeLabel(judgement.outcome.grade, scaleOf(inspection))}${judgement.note ? ` (${judgement.note})` : ''}`,
        ]
      : [],
  );
  // Counts of every judgement, and the grades of a few areas from another source: both shown, neither invented.
  if (graded.length > 0) return `Counts of all judgements: ${counts}. Graded by area: ${graded.join('; ')}`;
  return `Counts only: ${counts}`;
}

function inYears(inspection: Inspection, { from, to }: YearRange): boolean {
  return (from === undefined || inspection.date.year >= from) && (to === undefined || inspection.date.year <= to);
}

function authorityOf(dataset: Dataset, key: string): Authority | undefined {
  return (
    dataset.authorities.get(key) ??
    dataset.inspections.find((inspection) => authorityKey(inspection.authority) === key)?.authority
  );
}

export function inspectionMatrix(dataset: Dataset, options: InspectionMatrixOptions): InspectionMatrix {
  const authority = authorityOf(dataset, options.authority);
  const authorityName = authority?.name ?? options.authority;
  const chosen = authorityInspections(dataset, options.authority).filter(
    ({ inspection }) =>
      inYears(inspection, options.years) && (options.type === undefined || inspection.type === options.type),
  );
  const visits = chosen.filter((entry) => entry.distribution === null).map((entry) => entry.inspection);
  const inspections = chosen.filter((entry) => entry.distribution !== null).map((entry) => entry.inspection);
  const title = `${authorityName}: judgements by area at each inspection${inspections.length > 0 ? `, ${yearsPhrase(inspections)}` : ''}`;
  const notes = sourceNotes(inspections.flatMap((inspection) => inspection.sources));
  const base = {
    authorityName,
    title,
    inspections,
    visits,
    footnotes: [...footnotesFor(authorityName, inspections, visits), ...inspections.flatMap(judgementNotes), ...notes],
    sourceNotes: notes,
  };

  if (inspections.length === 0)
    return { ...base, summary: '', emptyMessage: emptyMessageFor(authority, authorityName, options, visits) };

  const judgedAreas = areasOf(inspections);
  const areas = options.area === undefined ? judgedAreas : judgedAreas.filter((area) => area.id === options.area);
  const hasCountsOnly = inspections.some((inspection) => inspection.summaryCounts);
  if (areas.length === 0 && !hasCountsOnly) {
    const areaName =
      KNOWN_AREAS.find((known) => known.id === options.area) ??
      dataset.inspections
        .flatMap((inspection) => inspection.judgements)
        .find((judgement) => judgement.area.id === options.area)?.area;
    return {
      ...base,
      summary: '',
      emptyMessage: `${authorityName}’s inspections ${yearsPhrase(inspections)} made no judgement of ${areaName ? shortAreaLabel(areaName) : 'this area'}. Choose All areas.`,
    };
  }

  const grid = gridOf(authorityName, inspections, areas, options.area !== undefined);
  return { ...base, grid, summary: describeInspections(authorityName, inspections, visits, options.area) };
}

function gridOf(
  authorityName: string,
  inspections: readonly Inspection[],
  areas: readonly JudgementArea[],
  oneArea: boolean,
): Grid {
  // With no area rows (only count-known inspections chosen) one row still carries their counts.
  const rowAreas: ReadonlyArray<JudgementArea | undefined> = areas.length > 0 ? areas : [undefined];
  const rows: GridRow[] = rowAreas.map((area, rowIndex) => ({
    key: area?.id ?? 'all-areas',
    heading: area ? shortAreaLabel(area) : 'All judgements',
    cells: inspections.map((inspection): GridCell => {
      if (inspection.summaryCounts) {
        return rowIndex === 0
          ? { kind: 'note', text: countsOnlyText(inspection), rowSpan: rowAreas.length, colSpan: 1 }
          : { kind: 'covered' };
      }
      return area ? cellFor(outcomeFor(inspection.judgements, area.id), scaleOf(inspection)) : { kind: 'none' };
    }),
  }));
  // The counts are the council's grades: a row for another body's judgement (the LSCB) is shown but not counted.
  const counted = rows.filter((_, index) => countsForCouncil({ id: rowAreas[index]?.id ?? '' }));
  const tallies = inspections.map((inspection, column): ColumnTally => {
    if (inspection.summaryCounts) return { grades: inspection.summaryCounts, notJudged: null };
    return tallyCells(counted.map((row) => row.cells[column] ?? { kind: 'none' }));
  });
  return {
    caption: `${authorityName}: ${oneArea && areas[0] ? shortAreaLabel(areas[0]) : 'each judgement area'} (rows) at each inspection (columns), oldest first`,
    corner: 'Judgement area',
    columns: inspections.map((inspection) => ({
      key: inspectionRef(inspection),
      heading: formatLong(inspection.date),
      subheading: inspection.type,
    })),
    rows,
    countRows: countRowsOf(tallies),
    latestLast: true,
  };
}

function emptyMessageFor(
  authority: Authority | undefined,
  name: string,
  options: InspectionMatrixOptions,
  visits: readonly Inspection[],
): string {
  const { from, to } = options.years;
  if (from !== undefined && to !== undefined && from > to) {
    return `The years run backwards: From ${from} is after To ${to}. Choose a From year on or before the To year.`;
  }
  if (authority?.ceasedOn && from !== undefined && from >= authority.ceasedOn.year) {
    return `No inspections for ${name} from ${from}: the authority no longer exists (it ceased on ${formatLong(authority.ceasedOn)}). Choose earlier years.`;
  }
  if (visits.length > 0) {
    return `${name} had only visits in these years (${joinList(visits.map((visit) => `${visit.type}, ${formatLong(visit.date)}`))}), and visits make no judgements. Widen the years to see inspections.`;
  }
  const typeWords = options.type === undefined ? '' : ` of the type “${options.type}”`;
  const range =
    from !== undefined && to !== undefined
      ? ` between ${from} and ${to}`
      : from !== undefined
        ? ` from ${from} on`
        : to !== undefined
          ? ` up to ${to}`
          : '';
  const advice =
    options.type !== undefined
      ? 'Choose All types or widen the years.'
      : range
        ? 'Widen the years.'
        : 'Choose another authority.';
  return `No inspections of ${name}${typeWords}${range} are held. ${advice}`;
}

function footnotesFor(name: string, inspections: readonly Inspection[], visits: readonly Inspection[]): string[] {
  const notes: string[] = [];
  notes.push(
    visits.length > 0
      ? `Visits make no judgements, so they are not columns. Left out here: ${joinList(visits.map((visit) => `${visit.type} (${formatLong(visit.date)})`))}.`
      : `Focused and monitoring visits make no judgements, so they would not be columns; none of ${name}’s is recorded in the years shown (Ofsted’s tables held here list visits only from April 2024).`,
  );
  notes.push(
    ...othersJudgementNotes(
      inspections.flatMap((inspection) => inspection.judgements.map((judgement) => judgement.area.id)),
    ),
  );
  for (const inspection of inspections) {
    if (!inspection.summaryCounts) continue;
    const judged = tallyOnScale(scaleOf(inspection), inspection.summaryCounts).judged;
    notes.push(
      `The ${formatLong(inspection.date)} inspection is known only by its totals (${judged} judgements), not by the grade of each area, so its column gives the counts in one cell instead of inventing grades.`,
    );
  }
  return notes;
}
