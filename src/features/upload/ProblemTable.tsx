// The problems an import found: the first hundred on screen, all of them as a CSV download.
import { downloadFile } from '../../components/download';
import type { ImportProblem } from '../../import';
import { problemsCsv } from './problemsCsv';

export const PROBLEMS_SHOWN = 100;

export function ProblemTable({ fileName, problems }: { fileName: string; problems: readonly ImportProblem[] }) {
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  const csvName = `scrutiny-lens_problems_${fileName.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9-]+/g, '-')}.csv`;
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`Problems in ${fileName}`}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {problems.length > PROBLEMS_SHOWN
              ? `The first ${PROBLEMS_SHOWN} of ${problems.length} problems`
              : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Row', 'Column', 'Value', 'What to do'].map((heading) => (
                <th key={heading} scope="col" className="govuk-table__header">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((problem, i) => (
              <tr key={i} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {problem.line > 0 ? problem.line : 'File'}
                </th>
                <td className="govuk-table__cell">{problem.column}</td>
                <td className="govuk-table__cell app-problem-value">{problem.value}</td>
                <td className="govuk-table__cell app-problem-message">
                  <strong
                    className={`govuk-tag ${problem.severity === 'error' ? 'govuk-tag--red' : 'govuk-tag--yellow'}`}
                  >
                    {problem.severity === 'error' ? 'Not imported' : 'Note'}
                  </strong>{' '}
                  {problem.message}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => downloadFile(csvName, problemsCsv(problems))}
      >
        {problems.length === 1 ? 'Download this problem (CSV)' : `Download all ${problems.length} problems (CSV)`}
      </button>
    </>
  );
}
