// `npm run bench:floor`: how low an import's time can go, against the same bare papaparse the import targets use.
// Not a target and not part of `npm run bench`: it measures, for each format's target file, the least work that any
// import reading every cell must do, so that a target can be judged reachable or not before code is written for it.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { importBytesPacked } from '../../src/import';
import { lineEndOf, parseInChunks } from '../../src/import/chunkedImport';
import { detectDelimiter } from '../../src/import/parseRows';
import { bytesSource } from '../../src/import/textSource';
import { benchFiles, type BenchFile } from './generate';
import { interleaved, runsFor } from './parsing';

/** The worker's chunk size (chunkedImport's DEFAULT_CHUNK). */
const CHUNK_BYTES = 256 * 1024;

/**
 * The file's bytes read as the worker reads them (decoded a chunk at a time, papaparse over each chunk, by the
 * importer's own loop); with `lookUp`, each cell holding anything is looked up once in a map of the texts seen,
 * the least an import can do that checks every value. A lookup's answer is stored, so the work cannot be skipped.
 */
function readFloor(bytes: Uint8Array, lookUp: boolean): number {
  const source = bytesSource(bytes, 'utf-8', CHUNK_BYTES);
  const seen = new Map<string, number>();
  let sum = 0;
  const delimiter = detectDelimiter(source.start);
  parseInChunks(source, delimiter, lineEndOf(source.start, delimiter), (rows) => {
    if (lookUp)
      for (const row of rows)
        for (const text of row) {
          if (text === '') continue;
          let code = seen.get(text);
          if (code === undefined) {
            code = seen.size;
            if (seen.size < 100_000) seen.set(text, code);
          }
          sum += code;
        }
    else sum += rows.length;
    return true;
  });
  return sum;
}

function measure(file: BenchFile) {
  const bytes = new Uint8Array(readFileSync(file.path));
  const text = new TextDecoder().decode(bytes);
  const works = [
    () => void Papa.parse<string[]>(text, { header: false }),
    () => void readFloor(bytes, false),
    () => void readFloor(bytes, true),
    () => void importBytesPacked(file.path, bytes),
  ];
  for (const work of works) work();
  return interleaved(runsFor(file.rows), works);
}

const files = benchFiles();
const ratio = (ms: number, papa: number) => `${(ms / papa).toFixed(2)} (${ms.toFixed(0)} ms)`;
console.log('Each ÷ bare papaparse on the whole text (the import targets’ baseline), medians of interleaved runs:');
console.log('  (a) read in the worker’s chunks, nothing done with the rows');
console.log('  (b) the same, each cell holding anything looked up once in a map');
console.log('  (c) our whole import');
for (const file of [files.tidy.find((tidy) => tidy.rows === 1_000_000)!, files.wide, files.history, files.providers]) {
  const [papa, chunks, lookedUp, ours] = measure(file);
  console.log(
    `${file.label}: papaparse ${papa!.toFixed(0)} ms; (a) ${ratio(chunks!, papa!)}; (b) ${ratio(lookedUp!, papa!)}; (c) ${ratio(ours!, papa!)}`,
  );
}
