// The command line end to end: real files in, the documented JSON out, clear problems and exit codes for bad files.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, OFSTED_FILES, WALSALL_FILES } from '../../helpers/realData';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function summarise(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [join(ROOT, 'src/cli/summarise.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface SummaryJson {
  files: Array<{
    file: string;
    format: string | null;
    rowsRead: number;
    recordsImported: number;
    problems: Array<{ line: number; column: string; value: string; message: string }>;
  }>;
  inspections: Array<{
    authority: string;
    authorityCode: string | null;
    type: string;
    date: string;
    judgements: number;
    counts: Record<string, number>;
    goodOrBetterShare: number | null;
  }>;
  measures: Array<{ authority: string; date: string; measure: string; value: number; unit: string }>;
}

describe('summarise --json', () => {
  it('reports Walsall’s history from the default data files', async () => {
    const result = await summarise(
      '--json',
      ...WALSALL_FILES.map((file) => join(DATA_DIR, file)),
      join(DATA_DIR, OFSTED_FILES[0]),
    );
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as SummaryJson;
    expect(summary.files.map((file) => [file.file, file.format, file.rowsRead, file.recordsImported])).toEqual([
      ['walsall-2008-joint-inspection.csv', 'tidy', 1, 1],
      ['walsall-2012-inspection-counts.csv', 'summary-counts', 1, 1],
      ['walsall-measures.csv', 'measures', 1, 1],
      ['la_outcomes_2025__ILACS_inspection_history.csv', 'ofsted-wide', 271, 271],
    ]);
    const walsall = summary.inspections.filter((inspection) => inspection.authorityCode === 'E08000030');
    expect(walsall.map((inspection) => inspection.date)).toEqual(['2008', '2012-06', '2021-10-04']);
    expect(walsall[1]).toMatchObject({
      judgements: 22,
      counts: { Outstanding: 0, Good: 2, Adequate: 12, Inadequate: 8 },
    });
    expect(walsall[1]!.goodOrBetterShare).toBeCloseTo(2 / 22, 10);
    expect(walsall[2]).toMatchObject({
      type: 'ILACS Standard Inspection',
      judgements: 4,
      counts: { Outstanding: 0, Good: 3, 'Requires improvement to be good': 1, Inadequate: 0 },
      goodOrBetterShare: 0.75,
    });
    expect(summary.measures).toEqual([
      {
        authority: 'Walsall',
        date: '2012-06',
        measure: "Children responding to Ofsted's survey who said they felt safe",
        value: 94,
        unit: '%',
      },
    ]);
  });

  it('gives a non-zero exit, each problem with line, column and value, and no stack trace for a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summarise-'));
    const file = join(dir, 'council-return.csv');
    writeFileSync(
      file,
      'Local authority,Date of inspection,Judgement,Grade\r\nWalsall,04/10/2021,Overall effectiveness,Very good\r\nWalsall,31/02/2021,Overall effectiveness,Good\r\n',
    );
    const result = await summarise('--json', file);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as SummaryJson;
    expect(summary.files[0]!.problems.map(({ line, column, value }) => ({ line, column, value }))).toEqual([
      { line: 2, column: 'Grade', value: 'Very good' },
      { line: 3, column: 'Date of inspection', value: '31/02/2021' },
    ]);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('prints a readable report without --json, and a usage line when given no files', async () => {
    const report = await summarise(join(DATA_DIR, WALSALL_FILES[1]));
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(
      '2012-06  Walsall (E08000030), Inspection of safeguarding and looked after children services: 22 judgements',
    );
    const usage = await summarise();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run --silent summarise -- [--json] [--sheet NAME] FILE...');
  });

  it('says a missing file is missing, with exit 1', async () => {
    const result = await summarise('--json', join(tmpdir(), 'no-such-file.csv'));
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as SummaryJson;
    expect(summary.files[0]!.problems[0]!.message).toContain('there is no such file');
  });
});
