// Papaparse's complaints about a row, said as problems a person can fix: shared by the whole-text and chunked readers.
import type { ParseError } from 'papaparse';
import type { ImportProblem } from './problem';

const UNCLOSED_QUOTE =
  'A quote mark opens a cell on this row and is never closed, so everything after it to the end of the file was read as one cell. This row and the rows after it were not imported: close the quote (a cell that starts with " must end with ") or remove it.';

/** Papaparse's errors as problems on the given line; `broken` is true when the row's cells cannot be trusted. */
export function parseProblemOf(
  error: Pick<ParseError, 'code' | 'message'>,
  line: number,
): { readonly problem: ImportProblem; readonly broken: boolean } {
  // An unclosed quote runs to the end of the file, so every later row ends up inside one cell.
  if (error.code === 'MissingQuotes')
    return { broken: true, problem: { line, column: '', value: '', message: UNCLOSED_QUOTE, severity: 'error' } };
  return {
    broken: false,
    problem: {
      line,
      column: '',
      value: '',
      message: `${error.message}. Check the quote marks on this row: a cell that starts with " must end with ".`,
      severity: 'warning',
    },
  };
}

/** Papaparse's guess that fails on a one-column file says nothing about the data. */
export const isReportedParseError = (error: Pick<ParseError, 'code'>) => error.code !== 'UndetectableDelimiter';
