// What went wrong with a file or a row, said so that a person can fix it.

export interface ImportProblem {
  /** The row as a spreadsheet numbers it (1 is the first line of the file); 0 for the file as a whole. */
  readonly line: number;
  /** The column heading as the file has it, or '' when the problem is not about one cell. */
  readonly column: string;
  /** The cell's text exactly as read ('' when empty or not about one cell). */
  readonly value: string;
  /** What is wrong and what to do about it. */
  readonly message: string;
  /**
   * error: the row (or file) was not imported. warning: the row was skipped or imported with a
   * caveat, and the user may want to look.
   */
  readonly severity: 'error' | 'warning';
}

export function fileProblem(message: string): ImportProblem {
  return { line: 0, column: '', value: '', message, severity: 'error' };
}

/** "Row 14, column Grade: 'Very good' is not an Ofsted grade. …" */
export function describeProblem(problem: ImportProblem): string {
  const where = problem.line > 0 ? `Row ${problem.line}` : 'File';
  const column = problem.column ? `, column ${problem.column}` : '';
  const value = problem.value ? `: '${problem.value}'` : '';
  return `${where}${column}${value}. ${problem.message}`;
}
