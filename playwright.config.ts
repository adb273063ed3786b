// Browser (e2e) test settings: system Chromium against `vite preview` of the built app.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// E2E_PORT and E2E_DIST let several checkouts or builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT || 4173);
const DIST = process.env.E2E_DIST || 'dist';
const APP_ORIGIN = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  workers: 2,
  retries: 0,
  // CI shares a two-core machine with other work: CI's run of 9658a19 took 12.7 minutes where a quiet one takes 9, and
  // two tests ran out of the old 30 s. These limits are for a loaded machine, not a target; speed is measured in
  // `npm run bench`. A test that needs longer still says so with test.slow(), which triples this.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: APP_ORIGIN,
    launchOptions: {
      // Debian's Chromium (scripts/ensure-chromium.mjs makes sure it exists); never a downloaded browser.
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The npm script builds first (`vite build`); this only serves dist/.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: APP_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
