// One column of a count chart, and spans of days counted by the whole years they took.
export interface CountColumn {
  readonly key: string;
  /** Its name in words, for the description and the table: "1 to 2". */
  readonly label: string;
  /** Its name along the bottom, short enough for a phone: "1–2". */
  readonly tick: string;
  readonly count: number;
}

const YEAR = 365.25;

/** Spans of days by whole years taken: "Under 1", "1 to 2", … up to the year `longest` falls in. */
export function yearColumns(days: readonly number[], longest = Math.max(0, ...days)): CountColumn[] {
  const spans = Math.max(1, Math.floor(longest / YEAR) + 1);
  return Array.from({ length: spans }, (_, year) => ({
    key: String(year),
    label: year === 0 ? 'Under 1' : `${year} to ${year + 1}`,
    tick: year === 0 ? '<1' : `${year}–${year + 1}`,
    count: days.filter((value) => Math.floor(value / YEAR) === year).length,
  }));
}
