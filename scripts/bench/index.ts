// `npm run bench`: speed measured in one run against baselines from the same run; it reports, it does not fail.
import { launchChromium, serve } from './browser';
import { measureFilterChange } from './filterChange';
import { printTargets, type Target } from './stats';

const OUT_DIR = process.env.BENCH_DIST || 'dist';
const PORT = Number(process.env.BENCH_PORT || 4199);

async function main() {
  const server = await serve(OUT_DIR, PORT);
  const browser = await launchChromium();
  const targets: Target[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const filter = await measureFilterChange(page, server.origin);
    console.log('Measurement                                         median');
    console.log(`  England view, change of judgement area (to paint)  ${filter.filterMs.toFixed(1)} ms`);
    console.log(`  Baseline: Chart/Table tab switch (to paint)        ${filter.tabMs.toFixed(1)} ms`);
    targets.push({
      name: 'filter change within 100 ms',
      ratio: filter.filterMs / 100,
      limit: 1,
      detail: `${filter.filterMs.toFixed(1)} ms; ${(filter.filterMs / filter.tabMs).toFixed(1)}× a tab switch (${filter.tabMs.toFixed(1)} ms)`,
    });
  } finally {
    await browser.close();
    server.stop();
  }
  printTargets(targets);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
