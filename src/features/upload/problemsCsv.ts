// Every problem of an import as a CSV the user can download and work through.
import { toCsv } from '../../components/csv';
import type { ImportProblem } from '../../import';

export function problemsCsv(problems: readonly ImportProblem[]): string {
  return toCsv([
    ['Row', 'Column', 'Value', 'Severity', 'What to do'],
    ...problems.map((problem) => [
      problem.line > 0 ? problem.line : 'File',
      problem.column,
      problem.value,
      problem.severity,
      problem.message,
    ]),
  ]);
}
