// Ofsted's national series of providers by grade: one table per type of provider ("Table 8c: … children's homes …"),
// each a row per year, stacked in one sheet. Tables that total others (8a, 8b, 9a) are marked, never added to them.
import type { GradeId, PartialDate } from '../domain';
import { parseRows } from './parseRows';
import { parseDate } from './values';

export interface SeriesPoint {
  /** As the table words it: "31-Mar-23" or "2022-23". */
  readonly period: string;
  /** The date the counts stand at (31 March), or the year's end for a year's inspections. */
  readonly date: PartialDate;
  /** Counts by grade; undefined when the table gives none for the year (a blank row, or a year with no inspections). */
  readonly counts?: Readonly<Partial<Record<GradeId, number>>>;
  /** Every table has zeros this year: inspections were paused (2020-21), so the zeros are no inspections, not no grades. */
  readonly paused?: boolean;
}

export interface ProviderSeries {
  /** "8c" */
  readonly table: string;
  readonly title: string;
  /** What the table counts, from its title: "children's homes", "all providers". */
  readonly providers: string;
  /** 'latest': each provider's latest grade at 31 March; 'in-year': the grades of the year's inspections. */
  readonly kind: 'latest' | 'in-year';
  /** A table of totals over other tables of the sheet ("all providers", "all children's homes"). */
  readonly total: boolean;
  readonly points: readonly SeriesPoint[];
  readonly source: { readonly file: string; readonly line: number };
}

const GRADE_HEADINGS: ReadonlyArray<readonly [RegExp, GradeId]> = [
  [/^outstanding$/i, 'outstanding'],
  [/^good$/i, 'good'],
  [/^requires improvement( to be good)?$/i, 'requires-improvement'],
  [/^inadequate$/i, 'inadequate'],
];

const TITLE = /^Table (\d+[a-z]):\s*(.+)$/i;

/** "31-Mar-23" (dates) or "2022-23" (years, ending 31 March of the second). */
function periodDate(period: string): PartialDate | undefined {
  const year = /^(\d{4})-(\d{2})$/.exec(period);
  if (year) return { precision: 'day', year: Number(year[1]) + 1, month: 3, day: 31 };
  const named = /^(\d{1,2})-([A-Za-z]{3})-(\d{2})$/.exec(period);
  const parsed = parseDate(named ? `${named[1]} ${named[2]} 20${named[3]}` : period);
  return parsed.ok ? parsed.value : undefined;
}

/** What a title counts: "… for children's homes, as at 31 March 2023" → "children's homes". */
function providersOf(title: string): string {
  const m = /(?:judgement (?:for|of)\s+)(.+?)(?:,? as at .*| inspections between .*)?$/i.exec(title);
  return (m?.[1] ?? title).replace(/^all\s+/i, (all) => all.toLowerCase()).trim();
}

/** Reads every table of the sheet; rows it cannot read are left out of a table's points and named in `problems`. */
export function readProviderSeries(file: string, text: string): { series: ProviderSeries[]; problems: string[] } {
  const rows = parseRows(text).rows;
  const series: Array<ProviderSeries & { points: SeriesPoint[] }> = [];
  const problems: string[] = [];
  let current: (ProviderSeries & { points: SeriesPoint[] }) | undefined;
  let grades: Array<GradeId | undefined> = [];
  rows.forEach((cells, index) => {
    const first = (cells[0] ?? '').trim();
    const title = TITLE.exec(first);
    if (title) {
      const words = title[2]!;
      current = {
        table: title[1]!.toLowerCase(),
        title: first,
        providers: providersOf(words),
        kind: /inspections between/i.test(words) ? 'in-year' : 'latest',
        total: /\ball\b/i.test(providersOf(words)) || /\ball (children's home )?inspections\b/i.test(words),
        points: [],
        source: { file, line: index + 1 },
      };
      series.push(current);
      grades = [];
      return;
    }
    if (!current) return;
    if (/^period/i.test(first)) {
      grades = cells.map((cell) => GRADE_HEADINGS.find(([pattern]) => pattern.test(cell.trim()))?.[1]);
      return;
    }
    if (first === '' || grades.length === 0) return;
    const date = periodDate(first);
    if (!date) {
      problems.push(`Row ${index + 1}, column Period: “${first}” is not a period the series reads.`);
      return;
    }
    const counts: Partial<Record<GradeId, number>> = {};
    let any = false;
    cells.forEach((cell, at) => {
      const grade = grades[at];
      const text = cell.trim().replace(/,/g, '');
      if (!grade || text === '') return;
      if (!/^\d+$/.test(text)) {
        problems.push(`Row ${index + 1}, column ${grade}: “${cell}” is not a count.`);
        return;
      }
      counts[grade] = Number(text);
      any = true;
    });
    current.points.push({ period: first, date, ...(any ? { counts } : {}) });
  });
  return { series: markPauses(series), problems };
}

/** A year whose every table of a year's inspections holds only zeros had no inspections (Ofsted paused them in 2020-21). */
function markPauses(series: ProviderSeries[]): ProviderSeries[] {
  const inYear = series.filter((table) => table.kind === 'in-year');
  const allZero = (point: SeriesPoint) =>
    point.counts !== undefined && Object.values(point.counts).every((count) => count === 0);
  const paused = new Set(
    [...new Set(inYear.flatMap((table) => table.points.map((point) => point.period)))].filter((period) =>
      inYear.every((table) => table.points.filter((point) => point.period === period).every(allZero)),
    ),
  );
  return series.map((table) =>
    table.kind !== 'in-year'
      ? table
      : {
          ...table,
          points: table.points.map((point) =>
            paused.has(point.period) ? { period: point.period, date: point.date, paused: true } : point,
          ),
        },
  );
}
