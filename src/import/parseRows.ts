// Text to rows of cells with papaparse, choosing the delimiter the file really uses.
import Papa from 'papaparse';
import { headerScore } from './columns';
import { isReportedParseError, parseProblemOf } from './parseProblems';
import type { ImportProblem } from './problem';
import { HEADER_SEARCH_ROWS } from './table';

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
 * The delimiter under which a row among the first few reads as the most known headings (two at least, as findTable
 * needs); failing that, or between equals, the one that splits the most rows into the same number (more than one)
 * of cells. Preamble rows rarely agree with the table, so they do not sway the choice; cells that list things with
 * semicolons or tabs can split every row evenly on the wrong delimiter, but they never make its header readable.
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ',';
  let bestHeadings = 0;
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const { data } = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true });
    const widths = new Map<number, number>();
    for (const row of data) if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    let score = 0;
    for (const [width, rows] of widths) score = Math.max(score, rows * Math.log2(width));
    // A row of one cell cannot hold two headings: under a wrong delimiter every row is one, and is not scored.
    const mostHeadings = data
      .slice(0, HEADER_SEARCH_ROWS)
      .reduce((most, row) => (row.length < 2 ? most : Math.max(most, headerScore(row))), 0);
    const headings = mostHeadings >= 2 ? mostHeadings : 0;
    if (headings > bestHeadings || (headings === bestHeadings && score > bestScore)) {
      best = delimiter;
      bestHeadings = headings;
      bestScore = score;
    }
  }
  return best;
}

export function parseRows(text: string): ParsedRows {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows = result.data;
  // A final line ending gives papaparse one empty row that no spreadsheet would show. Without one, a last row
  // of [''] is a lone quote mark never closed: it stays, so the error reported on it points at a row that was read.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) rows.pop();
  const brokenLines = new Set<number>();
  const problems: ImportProblem[] = result.errors.filter(isReportedParseError).map((error) => {
    const { problem, broken } = parseProblemOf(error, (error.row ?? 0) + 1);
    if (broken) brokenLines.add(problem.line);
    return problem;
  });
  return { rows, delimiter, problems, brokenLines };
}
