// A list of authorities brought as a CSV (names, ONS codes or DfE LA numbers, one a row) read into the register's
// authorities, with every cell that names none listed by its row and value: a user's own comparator group.
import { LA_NUMBER, matchAuthority, ONS_CODE, type RegisteredAuthority } from '../domain';
import { decodeBytes } from './decode';
import { parseRows } from './parseRows';
import { fileProblem, type ImportProblem } from './problem';
import { UNKNOWN_AUTHORITY } from './rowValues';

export interface AuthorityList {
  /** Each authority once, in the file's order. */
  readonly authorities: readonly RegisteredAuthority[];
  /** Every row that named no authority we know, or named one twice, by its row number as a spreadsheet numbers it. */
  readonly problems: readonly ImportProblem[];
  /** Rows read, the header aside. */
  readonly rowsRead: number;
}

const NAME_HEADING = /\b(authority|council|name|la)\b/i;
const CODE_HEADING = /\b(code|number|ons)\b/i;
/** Headings such as "la_name" and "LA-code" read as words. */
const words = (heading: string) => heading.replace(/[_-]+/g, ' ');

/** The columns to read: by their headings when the first row is a header, else the first column (a bare list). */
function columnsOf(first: readonly string[]): { header: boolean; name: number; code: number } {
  const cells = first.map((cell) => words(cell.trim()));
  const isHeader =
    cells.some((cell) => NAME_HEADING.test(cell) || CODE_HEADING.test(cell)) &&
    !cells.some((cell) => matchAuthority(cell, '').kind === 'known');
  if (!isHeader) return { header: false, name: 0, code: -1 };
  const code = cells.findIndex((cell) => CODE_HEADING.test(cell));
  const name = cells.findIndex((cell, index) => index !== code && NAME_HEADING.test(cell));
  return { header: true, name, code };
}

export function readAuthorityList(bytes: Uint8Array): AuthorityList {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { authorities: [], problems: [decoded.problem], rowsRead: 0 };
  const { rows, problems: parseProblems } = parseRows(decoded.text);
  const first = rows[0];
  if (!first)
    return {
      authorities: [],
      problems: [fileProblem('The file is empty: give one authority name or code a row.')],
      rowsRead: 0,
    };
  const { header, name, code } = columnsOf(first);
  const headings = header ? first.map((cell) => cell.trim()) : [];
  const problems: ImportProblem[] = [...parseProblems];
  const authorities = new Map<RegisteredAuthority, number>();
  let rowsRead = 0;
  rows.forEach((row, index) => {
    if (header && index === 0) return;
    const line = index + 1;
    const nameCell = name >= 0 ? (row[name] ?? '').trim() : '';
    const codeCell = code >= 0 ? (row[code] ?? '').trim() : '';
    if (nameCell === '' && codeCell === '') return;
    rowsRead += 1;
    // A bare list may mix names and codes in its one column.
    const asCode = (text: string) => ONS_CODE.test(text.toUpperCase()) || LA_NUMBER.test(text);
    const given =
      code < 0 && asCode(nameCell)
        ? { name: '', code: nameCell.toUpperCase() }
        : { name: nameCell, code: asCode(codeCell) ? codeCell.toUpperCase() : '' };
    const column = header ? (headings[given.name !== '' ? name : code] ?? '') : 'A';
    const value = given.name || given.code || codeCell;
    const problem = (message: string) => problems.push({ line, column, value, message, severity: 'error' });
    if (codeCell !== '' && given.code === '' && nameCell === '')
      return problem('This is neither an ONS area code (like E08000030) nor a DfE LA number (like 335).');
    const match = matchAuthority(given.name, given.code);
    if (match.kind === 'unknown') {
      const hint = match.suggestions.length > 0 ? ` Did you mean ${match.suggestions.join(', ')}?` : '';
      return problem(`This ${UNKNOWN_AUTHORITY}.${hint} The row is left out of the group.`);
    }
    if (match.kind === 'disagree')
      return problem(
        `The name is ${match.byName.name}'s but the code is ${match.byCode ? `${match.byCode.name}'s` : 'none we know'}. The row is left out of the group.`,
      );
    const earlier = authorities.get(match.authority);
    if (earlier !== undefined) {
      problems.push({
        line,
        column,
        value,
        message: `${match.authority.name} is already on row ${earlier}: it is in the group once.`,
        severity: 'warning',
      });
      return;
    }
    authorities.set(match.authority, line);
  });
  return { authorities: [...authorities.keys()], problems, rowsRead };
}
