// Parsing and importing in Node, each measured several times in this run: bare papaparse, bare udsv, and our whole import.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { areaDistributions, latestAsAt } from '../../src/analytics';
import { parseIso } from '../../src/domain/partialDate';
import { buildDataset } from '../../src/import';
import { importBytesInChunks } from '../../src/import/chunkedImport';
import { importBytesPacked } from '../../src/import';
import type { BenchFile } from './generate';
import { median } from './stats';

export interface ParsingRow {
  readonly file: BenchFile;
  readonly papaMs: number;
  readonly udsvMs: number;
  readonly importMs: number;
  readonly rowsImported: number;
  readonly records: number;
}

function timed(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Each of `works` run `runs` times, taking turns (a, b, c, a, b, c, …) so that a busy moment on a shared machine falls
 * on all of them alike; the median of each.
 */
export function interleaved(runs: number, works: ReadonlyArray<() => void>): number[] {
  const times = works.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    works.forEach((work, index) => {
      const start = performance.now();
      work();
      times[index]!.push(performance.now() - start);
    });
  }
  return times.map(median);
}

/** 1,000,000-row files take seconds each, so fewer runs there; small files get more, after a warm-up. */
export const runsFor = (rows: number) => (rows >= 1_000_000 ? 3 : rows >= 100_000 ? 5 : 9);

export function measureParsing(file: BenchFile): ParsingRow {
  const bytes = new Uint8Array(readFileSync(file.path));
  const text = new TextDecoder().decode(bytes);
  const runs = runsFor(file.rows);
  let rowsImported = 0;
  let records = 0;
  const papa = () => void Papa.parse<string[]>(text, { header: false });
  const udsv = () => {
    const parser = initParser(inferSchema(text));
    parser.stringArrs(text);
  };
  // Ours is the worker's route from the file's bytes (finding the encoding and decoding are part of an import) to the
  // packed records it sends to the page.
  const ours = () => {
    const result = importBytesPacked(file.path, bytes);
    rowsImported = result.ok ? result.rowsImported : 0;
    records = result.ok ? result.packed.count : 0;
  };
  // Warm-up: each one's code compiled before timing.
  Papa.parse<string[]>(text.slice(0, 100_000), { header: false });
  if (file.rows < 1_000_000) ours();
  const [papaMs, udsvMs, importMs] = interleaved(runs, [papa, udsv, ours]);
  return { file, papaMs: papaMs!, udsvMs: udsvMs!, importMs: importMs!, rowsImported, records };
}

/**
 * A filter change over an imported file: England's grade mix for each area as at a new date, recomputed from the
 * imported inspections (the England view's own functions), after the dataset is built once. The first call also
 * builds latestAsAt's per-dataset index; it is timed on its own (`indexMs`) and the 9 timed changes come after it.
 */
export function measureReaggregation(file: BenchFile): {
  readonly ms: number;
  readonly indexMs: number;
  readonly inspections: number;
} {
  const result = importBytesInChunks(file.path, new Uint8Array(readFileSync(file.path)));
  const { dataset } = buildDataset([result]);
  const dates = ['2019-03-31', '2020-03-31', '2021-03-31', '2022-03-31'].map((text) => parseIso(text)!);
  const indexMs = timed(1, () => void latestAsAt(dataset, dates[dates.length - 1]!));
  let i = 0;
  const ms = timed(9, () => {
    const latest = latestAsAt(dataset, dates[i++ % dates.length]!);
    areaDistributions(latest, 'region');
  });
  return { ms, indexMs, inspections: dataset.inspections.length };
}
