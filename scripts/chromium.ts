// How we launch Debian's Chromium, for the browser tests and the benchmark alike: headless, as root, offline-safe.

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. Never a browser of Playwright's own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without the background-networking flags Chromium calls home at start, which this network refuses. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
