// `npm run bench`: speed measured in one run against baselines from the same run; it reports, it does not fail.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launchChromium, serve, serveStatic } from './browser';
import { firstLoad } from './bundle';
import { measureFilterChange } from './filterChange';
import { benchFiles } from './generate';
import { FIRST_CHART_RUNS, measureFirstChart, measureUpload } from './pageLoad';
import { measureParsing, measureReaggregation } from './parsing';
import { printTargets, type Target } from './stats';

const OUT_DIR = process.env.BENCH_DIST || 'dist';
const PORT = Number(process.env.BENCH_PORT || 4199);
const MINIMAL_DIR = join(tmpdir(), 'scrutiny-lens-bench', 'minimal-dist');
/** JavaScript needed for the first chart, the modulepreloads in index.html included (issue #16). */
const FIRST_LOAD_LIMIT = 250 * 1024;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const pad = (text: string, width: number) => text.padEnd(width);

async function main() {
  const targets: Target[] = [];
  const files = benchFiles();

  console.log(
    'First load (gzip -9): the scripts, modulepreloads and styles index.html names, and their static imports',
  );
  const load = firstLoad(OUT_DIR);
  for (const file of load.files) console.log(`  ${pad(file.name, 48)} ${kb(file.gzipBytes)}`);
  console.log(
    `  JavaScript ${kb(load.scriptGzipBytes)}, CSS ${kb(load.styleGzipBytes)}; the other views, the spreadsheet reader, the store and exports load when needed`,
  );
  const firstLoadTarget: Target = {
    name: 'JavaScript for the first chart, preloads included ÷ 250 kB',
    ratio: load.scriptGzipBytes / FIRST_LOAD_LIMIT,
    limit: 1,
    detail: `${kb(load.scriptGzipBytes)} gzipped`,
  };

  console.log('\nParsing and importing in Node (medians; 1,000,000-row files 3 runs, 100,000 5, smaller 9)');
  console.log(
    `  ${pad('file', 42)} ${pad('size', 9)} ${pad('(a) papaparse', 14)} ${pad('(b) udsv', 10)} ${pad('(c) our import', 15)} (c)/(b)  records`,
  );
  const importTargets: Target[] = [];
  const biggest = files.tidy.find((file) => file.rows === 1_000_000)!;
  for (const file of [...files.tidy, files.wide, files.history, files.providers]) {
    const row = measureParsing(file);
    const ratio = row.importMs / row.udsvMs;
    console.log(
      `  ${pad(file.label, 42)} ${pad(mb(file.bytes), 9)} ${pad(ms(row.papaMs), 14)} ${pad(ms(row.udsvMs), 10)} ${pad(ms(row.importMs), 15)} ${pad(ratio.toFixed(2), 8)} ${file === files.providers ? `${row.rowsImported.toLocaleString('en-GB')} providers` : `${row.records.toLocaleString('en-GB')} inspections from ${row.rowsImported.toLocaleString('en-GB')} rows`}`,
    );
    // The target is each format at its largest size; udsv is printed as the outside yardstick, not a target.
    if (file.rows < 50_000 || (files.tidy.includes(file) && file !== biggest)) continue;
    importTargets.push({
      name: `import ÷ bare papaparse, ${file.label}`,
      ratio: row.importMs / row.papaMs,
      limit: 1.3,
      detail: `our import ${ms(row.importMs)} against papaparse ${ms(row.papaMs)} (udsv ${ms(row.udsvMs)}), medians of interleaved runs`,
    });
  }
  targets.push(...importTargets);

  const million = files.tidy.find((file) => file.rows === 1_000_000)!;
  const reaggregation = measureReaggregation(million);
  console.log(
    `\nFilter change over the imported 1,000,000 rows (${reaggregation.inspections.toLocaleString('en-GB')} inspections): England's latest grades by area and region at another date: ${ms(reaggregation.ms)} (index built once in ${ms(reaggregation.indexMs)}, on the first change)`,
  );
  targets.push({
    name: 're-aggregation at 1,000,000 rows ÷ 10 ms',
    ratio: reaggregation.ms / 10,
    limit: 1,
    detail: ms(reaggregation.ms),
  });

  // The worker's memory, measured in Node on the same code (see memory.ts for why not in the browser).
  const memory = JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'memory.ts'), million.path],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    ),
  ) as { fileBytes: number; peakBytes: number };
  const memoryRatio = memory.peakBytes / memory.fileBytes;
  console.log(
    `Import peak memory on ${basename(million.path)} (${mb(memory.fileBytes)}), in Node with the worker's code: ${mb(memory.peakBytes)}, ${memoryRatio.toFixed(2)}× the file`,
  );
  targets.push({
    name: 'peak memory during an import ÷ file size',
    ratio: memoryRatio,
    limit: 2.5,
    detail: `${mb(memory.peakBytes)} for ${mb(memory.fileBytes)} (heap and buffers in use, garbage included, sampled after each chunk)`,
  });

  await build({
    configFile: false,
    root: join(import.meta.dirname, 'minimal'),
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: MINIMAL_DIR, emptyOutDir: true, target: 'es2022' },
  });
  const server = await serve(OUT_DIR, PORT);
  const minimalServer = await serveStatic(MINIMAL_DIR);
  const browser = await launchChromium();
  try {
    const firstChart = await measureFirstChart(browser, `${server.origin}/`, `${minimalServer.origin}/`);
    console.log(
      `\nIn Chromium: navigation to first chart, app ${ms(firstChart.appMs)}, one-chart page with the same stack ${ms(firstChart.minimalMs)} (medians of ${FIRST_CHART_RUNS}, interleaved)`,
    );
    const ratio = firstChart.appMs / firstChart.minimalMs;
    targets.push({
      name: 'first chart ÷ one-chart page',
      ratio,
      limit: 1.5,
      detail: `${ms(firstChart.appMs)} against ${ms(firstChart.minimalMs)}`,
    });

    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const filter = await measureFilterChange(page, server.origin);
    console.log(
      `England view, change of judgement area (to paint) ${ms(filter.filterMs)}; a Chart/Table tab switch ${ms(filter.tabMs)}`,
    );
    targets.push({
      name: 'filter change ÷ Chart/Table tab switch',
      ratio: filter.filterMs / filter.tabMs,
      limit: 2,
      detail: `${ms(filter.filterMs)} against ${ms(filter.tabMs)}, medians of interleaved runs`,
    });

    const upload = await measureUpload(page, server.origin, files.upload.path, basename(files.upload.path));
    // The Long Tasks API reports only tasks over 50 ms: none reported means none that long, not none at all.
    const longest = (taskMs: number) => (taskMs === 0 ? 'none over 50 ms' : ms(taskMs));
    console.log(
      `Upload of ${basename(files.upload.path)} (${mb(files.upload.bytes)}, 1,000,000 rows): read to its preview ${ms(upload.readMs)}, longest main-thread task ${longest(upload.longestReadTaskMs)}; ` +
        `Import pressed to kept ${ms(upload.saveMs)}, longest task ${longest(upload.longestSaveTaskMs)} (${upload.longTasks} tasks over 50 ms in all)`,
    );
    targets.push({
      name: 'longest main-thread task during a 1,000,000-row upload ÷ 50 ms',
      ratio: Math.max(upload.longestReadTaskMs, upload.longestSaveTaskMs) / 50,
      limit: 1,
      detail: `longest ${longest(upload.longestReadTaskMs)} reading, ${longest(upload.longestSaveTaskMs)} saving; ${upload.longTasks} over 50 ms`,
    });
  } finally {
    await browser.close();
    server.stop();
    minimalServer.stop();
  }
  printTargets([...targets, firstLoadTarget]);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
