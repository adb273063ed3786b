// `npm run --silent summarise -- [--json] FILE...`: the importer and analytics on the command line.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDataset, importBytes, type ImportResult } from '../import';
import { fileProblem } from '../import/problem';
import { formatReport, summarise } from './summaryJson';

const USAGE = 'Usage: npm run --silent summarise -- [--json] FILE...';

async function readOne(path: string): Promise<ImportResult> {
  try {
    return importBytes(basename(path), new Uint8Array(await readFile(path)));
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file' : 'it could not be read';
    return { ok: false, file: basename(path), problems: [fileProblem(`${path}: ${reason}. Check the path.`)] };
  }
}

/** Exit 0 when every file imported without an error; 1 when any file or row had one; 2 for a usage mistake. */
export async function main(args: readonly string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const unknown = files.filter((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ` : ''}${USAGE}\n`);
    return 2;
  }
  const results = await Promise.all(files.map(readOne));
  const { dataset, conflicts } = buildDataset(results);
  const summary = summarise(results, dataset);
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatReport(summary)}\n`);
  for (const conflict of conflicts) process.stderr.write(`warning: row ${conflict.line}, ${conflict.column}: ${conflict.message}\n`);
  const hasError = results.some((result) => !result.ok || result.problems.some((problem) => problem.severity === 'error'));
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
