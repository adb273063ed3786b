// View model for "rows = authorities, columns = judgement areas" as at a date: latest ILACS grades, sorted and summed up.
import {
  earliestIlacsDate,
  latestAsAt,
  scaleOfFramework,
  tallyOnScale,
  type LatestInspection,
  groupOf,
  outcomeFor,
} from '../../analytics';
import { joinList, lowerFirst } from '../../components/format';
import {
  existedOn,
  formatLong,
  isLocalAuthority,
  OVERALL_EFFECTIVENESS,
  shortAreaLabel,
  stepOf,
  type Authority,
  type Dataset,
  type GradeCounts,
  type PartialDate,
} from '../../domain';
import { areasOf } from './areaOrder';
import { cellFor, countRowsOf, tallyCells, type Grid, type GridCell, type GridRow } from './matrixGrid';
import type { MatrixSort } from './matrixParams';

export interface AuthorityMatrixOptions {
  readonly asAt?: PartialDate;
  /** undefined for England. */
  readonly region?: string;
  readonly area?: string;
  readonly sort: MatrixSort;
  /** The chosen authority: its row is marked. */
  readonly authority: string;
  /** Set when the region was not chosen but taken from the chosen authority: the notes say so. */
  readonly regionFromAuthority?: boolean;
}

export interface AuthorityMatrix {
  readonly title: string;
  readonly summary: string;
  readonly grid?: Grid;
  readonly emptyMessage?: string;
  /** Authorities with a judged ILACS inspection by the date. */
  readonly inspected: number;
  /** Current authorities (not ceased by the date) with none. */
  readonly notInspected: number;
  readonly footnotes: readonly string[];
}

const ILACS = scaleOfFramework('ilacs');

interface AuthorityRowSource {
  readonly key: string;
  readonly authority: Authority;
  readonly entry?: LatestInspection;
}

/** Ranks for sorting: grades by their scale position, then not judged, no judgement, not inspected. */
function sortRank(cell: GridCell | undefined, inspected: boolean): number {
  if (!inspected) return 8;
  if (cell?.kind === 'graded') return stepOf(ILACS, cell.grade)?.rank ?? 5;
  return cell?.kind === 'not-judged' ? 6 : 7;
}

export function authorityMatrix(dataset: Dataset, options: AuthorityMatrixOptions): AuthorityMatrix {
  const place = options.region ?? 'England';
  const asAt = options.asAt;
  if (!asAt) {
    return {
      title: 'Latest ILACS judgements',
      summary: '',
      emptyMessage: 'No ILACS inspections are held, so there is no position as at a date to show.',
      inspected: 0,
      notInspected: 0,
      footnotes: [],
    };
  }
  const when = formatLong(asAt);
  const title = `Latest ILACS judgements of ${options.region ? `authorities in ${options.region}` : 'authorities in England'}, as at ${when}`;
  const latest = latestAsAt(dataset, asAt, { framework: 'ilacs' });
  const inPlace = (region: string) => options.region === undefined || region === options.region;
  const entries = latest.entries.filter((entry) => inPlace(groupOf(entry, 'region')));
  const inspectedKeys = new Set(latest.entries.map((entry) => entry.key));
  const allUninspected = [...dataset.authorities].filter(
    ([key, authority]) => !inspectedKeys.has(key) && existedOn(authority, asAt) && isLocalAuthority(authority),
  );
  const uninspected: AuthorityRowSource[] = allUninspected
    .filter(([, authority]) => inPlace(authority.region?.trim() || ''))
    .map(([key, authority]) => ({ key, authority }));
  const footnotes = notesFor(dataset, options, latest.entries.length + allUninspected.length);

  if (entries.length === 0) {
    const first = earliestIlacsDate(dataset);
    const began = first ? ` The first ILACS inspection held was on ${formatLong(first)}.` : '';
    return {
      title,
      summary: '',
      emptyMessage: `No authority in ${place} had an ILACS inspection on or before ${when}.${began} Choose a later date${options.region ? ' or another region' : ''}.`,
      inspected: 0,
      notInspected: uninspected.length,
      footnotes,
    };
  }

  const areas = areasOf(entries.map((entry) => entry.inspection));
  const sortArea = areas.some((area) => area.id === options.area) ? options.area! : OVERALL_EFFECTIVENESS;
  const sortColumn = areas.findIndex((area) => area.id === sortArea);
  const sources: AuthorityRowSource[] = [
    ...entries.map((entry) => ({ key: entry.key, authority: entry.authority, entry })),
    ...uninspected,
  ];
  const rows = sources.map((source) =>
    rowOf(
      source,
      areas.map((area) => area.id),
      when,
      options.authority,
    ),
  );
  const byName = (a: GridRow, b: GridRow) => a.heading.localeCompare(b.heading, 'en-GB');
  const inspectedRow = new Set(entries.map((entry) => entry.key));
  rows.sort((a, b) =>
    options.sort === 'name'
      ? byName(a, b)
      : sortRank(a.cells[sortColumn], inspectedRow.has(a.key)) -
          sortRank(b.cells[sortColumn], inspectedRow.has(b.key)) || byName(a, b),
  );

  const tallies = areas.map((_, column) => tallyCells(rows.map((row) => row.cells[column] ?? { kind: 'none' })));
  const countRows = countRowsOf(tallies);
  if (uninspected.length > 0)
    countRows.push({ label: 'No ILACS inspection by then', counts: areas.map(() => uninspected.length) });
  const sortWords =
    options.sort === 'name'
      ? 'by name'
      : `by ${shortAreaLabel(areas[sortColumn] ?? areas[0]!)} grade, best first, then by name`;
  const grid: Grid = {
    caption: `${options.region ?? 'England'}: each authority’s latest ILACS judgements as at ${when}, sorted ${sortWords}`,
    corner: 'Local authority',
    columns: areas.map((area) => ({
      key: area.id,
      heading: shortAreaLabel(area),
      highlighted: area.id === options.area,
    })),
    rows,
    countRows,
  };
  const sortCells = rows.map((row) => row.cells[sortColumn]);
  const summary = describePlace(
    place,
    when,
    rows.length,
    uninspected.length,
    sortCells,
    shortAreaLabel(areas[sortColumn] ?? areas[0]!),
  );
  return { title, summary, grid, inspected: entries.length, notInspected: uninspected.length, footnotes };
}

function notesFor(dataset: Dataset, options: AuthorityMatrixOptions, englandRows: number): string[] {
  const notes = [
    'Each authority appears at its latest ILACS inspection (Standard or Short, from 2018) on or before the date; grades from earlier frameworks are not mixed in.',
  ];
  const ceased = [...dataset.authorities.values()]
    .filter((authority) => authority.ceasedOn || authority.noLongerExists)
    .map((authority) => authority.name);
  if (ceased.length > 0) {
    notes.push(
      `Authorities that no longer exist (${joinList(ceased.sort((a, b) => a.localeCompare(b, 'en-GB')))}) are left out from the date they ceased; the authorities that replaced them are listed from the date they began.`,
    );
  }
  const chosen = dataset.authorities.get(options.authority);
  if (options.regionFromAuthority && options.region && chosen) {
    notes.push(
      `Showing ${options.region}, ${chosen.name}’s region, so that the grid is not ${englandRows} rows long: choose “All regions (England)” under Region to see every authority.`,
    );
  }
  return notes;
}

function rowOf(source: AuthorityRowSource, areaIds: readonly string[], when: string, chosen: string): GridRow {
  const highlighted = source.key === chosen;
  if (!source.entry) {
    const cells: GridCell[] = areaIds.map((_, i) =>
      i === 0
        ? { kind: 'note', text: `No ILACS inspection on or before ${when}`, rowSpan: 1, colSpan: areaIds.length }
        : { kind: 'covered' },
    );
    return { key: source.key, heading: source.authority.name, highlighted, cells };
  }
  const { inspection } = source.entry;
  return {
    key: source.key,
    heading: source.authority.name,
    subheading: `${inspection.type.replace(/^ILACS /, '')}, ${formatLong(inspection.date)}`,
    highlighted,
    cells: areaIds.map((id) => cellFor(outcomeFor(inspection.judgements, id), ILACS)),
  };
}

/** "West Midlands, as at 31 March 2025: 14 authorities; 9 were good or better for overall effectiveness (…)." */
export function describePlace(
  place: string,
  when: string,
  authorities: number,
  notInspected: number,
  cells: ReadonlyArray<GridCell | undefined>,
  areaName: string,
): string {
  const counts: GradeCounts = {};
  for (const cell of cells) if (cell?.kind === 'graded') counts[cell.grade] = (counts[cell.grade] ?? 0) + 1;
  const tally = tallyOnScale(ILACS, counts);
  const area = lowerFirst(areaName);
  const mix = joinList(
    tally.rows.filter((row) => row.count > 0).map((row) => `${row.count} ${row.label.toLowerCase()}`),
  );
  const head = `${place}, as at ${when}: ${authorities} ${authorities === 1 ? 'authority' : 'authorities'}`;
  const verb = tally.goodOrBetter === 1 ? 'was' : 'were';
  const graded =
    tally.judged === 0
      ? `none had a grade for ${area}`
      : tally.judged === authorities
        ? `${tally.goodOrBetter} ${verb} good or better for ${area} (${mix})`
        : `${tally.goodOrBetter} of the ${tally.judged} graded for ${area} ${verb} good or better (${mix})`;
  const missing = notInspected > 0 ? ` ${notInspected} had no ILACS inspection by then.` : '';
  return `${head}; ${graded}.${missing}`;
}
