// Text to rows of cells with papaparse, choosing the delimiter the file really uses.
import Papa from 'papaparse';
import type { ImportProblem } from './problem';

export type Delimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

export interface ParsedRows {
  readonly rows: string[][];
  readonly delimiter: Delimiter;
  readonly problems: ImportProblem[];
  /** Spreadsheet rows whose cells cannot be trusted: a quote opened there and never closed. */
  readonly brokenLines: ReadonlySet<number>;
}

/**
 * The delimiter that splits the most rows into the same number (more than one) of cells. Preamble
 * rows rarely agree with the table, so they do not sway the choice.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true });
    const widths = new Map<number, number>();
    for (const row of data) if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [width, rows] of widths) score = Math.max(score, rows * Math.log2(width));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export function parseRows(text: string): ParsedRows {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = result.data;
  // A final line ending gives papaparse one empty row that no spreadsheet would show.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  const brokenLines = new Set<number>();
  const problems: ImportProblem[] = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => {
      const line = (error.row ?? 0) + 1;
      // An unclosed quote runs to the end of the file, so every later row ends up inside one cell.
      if (error.code === 'MissingQuotes') {
        brokenLines.add(line);
        return {
          line,
          column: '',
          value: '',
          message:
            'A quote mark opens a cell on this row and is never closed, so everything after it to the end of the file was read as one cell. This row and the rows after it were not imported: close the quote (a cell that starts with " must end with ") or remove it.',
          severity: 'error' as const,
        };
      }
      return {
        line,
        column: '',
        value: '',
        message: `${error.message}. Check the quote marks on this row: a cell that starts with " must end with ".`,
        severity: 'warning' as const,
      };
    });
  return { rows, delimiter, problems, brokenLines };
}
