// `npm run --silent summarise -- [--json] [--sheet NAME] FILE...`: the importer and analytics on the command line.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  buildDataset,
  importBytes,
  type ImportResult,
  fileProblem,
  importSpreadsheet,
  isSpreadsheetName,
} from '../import';
import { formatReport, summarise } from './summaryJson';

const USAGE = 'Usage: npm run --silent summarise -- [--json] [--sheet NAME] FILE...';

/**
 * A spreadsheet gives one result per sheet that holds a table (or the named sheet). When no sheet holds one, the file
 * is refused with each sheet's name and why it was not read, so the user can choose one with --sheet.
 */
async function readSpreadsheet(
  name: string,
  bytes: Uint8Array,
  sheetName: string | undefined,
): Promise<ImportResult[]> {
  const read = await importSpreadsheet(name, bytes);
  if (!read.ok) return [read.result];
  const names = read.sheets.map((entry) => `“${entry.sheet.name}”`).join(', ');
  if (sheetName !== undefined) {
    const chosen =
      read.sheets.find((entry) => entry.sheet.name === sheetName) ??
      read.sheets.find((entry) => entry.sheet.name.toLowerCase() === sheetName.toLowerCase());
    if (chosen) return [chosen.result];
    return [
      {
        ok: false,
        file: name,
        problems: [fileProblem(`This spreadsheet has no sheet called “${sheetName}”. Its sheets are ${names}.`)],
      },
    ];
  }
  const tables = read.sheets.filter((entry) => entry.result.ok);
  if (tables.length > 0) return tables.map((entry) => entry.result);
  const why = read.sheets.map((entry) => `“${entry.sheet.name}”: ${entry.result.problems[0]?.message ?? 'no table'}`);
  return [
    {
      ok: false,
      file: name,
      problems: [
        fileProblem(
          `No sheet of this spreadsheet holds a table Scrutiny Lens reads. Its sheets are ${names}. ${why.join(' ')}`,
        ),
      ],
    },
  ];
}

async function readOne(path: string, sheetName: string | undefined): Promise<ImportResult[]> {
  const name = basename(path);
  try {
    const bytes = new Uint8Array(await readFile(path));
    if (isSpreadsheetName(name)) return await readSpreadsheet(name, bytes, sheetName);
    return [importBytes(name, bytes)];
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT'
        ? 'there is no such file'
        : 'it could not be read';
    return [{ ok: false, file: name, problems: [fileProblem(`${path}: ${reason}. Check the path.`)] }];
  }
}

/** Exit 0 when every file imported without an error; 1 when any file or row had one; 2 for a usage mistake. */
export async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const sheetAt = args.indexOf('--sheet');
  const sheetName = sheetAt >= 0 ? args[sheetAt + 1] : undefined;
  const files = args.filter(
    (arg, index) => arg !== '--json' && (sheetAt < 0 || (index !== sheetAt && index !== sheetAt + 1)),
  );
  const unknown = files.filter((arg) => arg.startsWith('--'));
  if (
    files.length === 0 ||
    unknown.length > 0 ||
    (sheetAt >= 0 && (sheetName === undefined || sheetName.startsWith('--')))
  ) {
    const problem =
      sheetAt >= 0 && (sheetName === undefined || sheetName.startsWith('--'))
        ? '--sheet needs the name of a sheet. '
        : unknown.length > 0
          ? `Unknown option ${unknown.join(', ')}. `
          : '';
    process.stderr.write(`${problem}${USAGE}\n`);
    return 2;
  }
  const results = (await Promise.all(files.map((file) => readOne(file, sheetName)))).flat();
  const { dataset, conflicts } = buildDataset(results);
  const summary = summarise(results, dataset);
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatReport(summary)}\n`);
  for (const conflict of conflicts)
    process.stderr.write(`warning: row ${conflict.line}, ${conflict.column}: ${conflict.message}\n`);
  const hasError = results.some(
    (result) => !result.ok || result.problems.some((problem) => problem.severity === 'error'),
  );
  return hasError ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, not the user's file: say so in one line rather than a stack trace.
    process.stderr.write(`summarise failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
