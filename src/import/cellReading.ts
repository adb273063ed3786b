// How one import reads its cells: the user's meanings for unrecognised values, and what the preview should note about
// the reading (two-digit years, grades written as numbers), gathered across every batch of rows.
import { gradeReader, valueKey, type GradeCell, type Parsed, type ValueMeaning } from './values';

/** Something true of how the file was read that is not a problem: said in the preview, never silently done. */
export interface ImportNote {
  /** The column it is about, as the file heads it ('' for the file as a whole). */
  readonly column: string;
  readonly message: string;
}

/** A value in a grade column that is neither a grade nor a placeholder we know, and how many cells hold it. */
export interface UnrecognisedValue {
  /** As the file first writes it. */
  readonly value: string;
  /** The key its meaning is given under (see valueKey). */
  readonly key: string;
  readonly cells: number;
}

export interface CellReading {
  readonly grade: (text: string) => Parsed<GradeCell>;
  /** A two-digit year read in full because another date on the row settled the century. */
  twoDigitYear(column: string, evidenceColumn: string): void;
  /** A grade written as a number 1 to 4. */
  rank(column: string): void;
  /** A grade cell that could not be read. */
  unrecognised(text: string): void;
  notes(): ImportNote[];
  unrecognisedValues(): UnrecognisedValue[];
}

export function cellReading(meanings?: ReadonlyMap<string, ValueMeaning>): CellReading {
  const twoDigit = new Map<string, { evidence: string; cells: number }>();
  const ranks = new Map<string, number>();
  const unknown = new Map<string, { value: string; cells: number }>();
  return {
    grade: gradeReader(meanings),
    twoDigitYear(column, evidenceColumn) {
      const seen = twoDigit.get(column);
      if (seen) seen.cells++;
      else twoDigit.set(column, { evidence: evidenceColumn, cells: 1 });
    },
    rank(column) {
      ranks.set(column, (ranks.get(column) ?? 0) + 1);
    },
    unrecognised(text) {
      const key = valueKey(text);
      const seen = unknown.get(key);
      if (seen) seen.cells++;
      else unknown.set(key, { value: text.trim(), cells: 1 });
    },
    notes() {
      const notes: ImportNote[] = [];
      for (const [column, { evidence, cells }] of twoDigit) {
        notes.push({
          column,
          message: `${cells.toLocaleString('en-GB')} ${cells === 1 ? 'date is' : 'dates are'} written with a two-digit year (such as 27/10/23): read as 20yy, because the ${evidence} on the same row is in the 2000s, within five years.`,
        });
      }
      for (const [column, cells] of ranks) {
        notes.push({
          column,
          message: `${cells.toLocaleString('en-GB')} ${cells === 1 ? 'grade is' : 'grades are'} written as a number: read on Ofsted’s scale, 1 Outstanding, 2 Good, 3 Requires improvement to be good (Adequate before 2013), 4 Inadequate.`,
        });
      }
      return notes;
    },
    unrecognisedValues: () => [...unknown].map(([key, { value, cells }]) => ({ key, value, cells })),
  };
}
