// Owns: making sure a system Chromium exists for the Playwright e2e tests (installs it via apt when root).
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) {
    console.error(
      `ensure-chromium: '${cmd} ${args.join(' ')}' failed (exit ${r.status ?? r.signal ?? r.error?.message}).`,
    );
    process.exit(1);
  }
}

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
    console.log(`ensure-chromium: ${chromium} not found; installing Debian's chromium package...`);
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  }
  if (!existsSync(chromium)) {
    console.error(
      `ensure-chromium: Chromium not found at ${chromium}.\n` +
        `  Install it with:  sudo apt-get install chromium\n` +
        `  or point CHROMIUM_PATH at an existing Chromium/Chrome binary.\n` +
        `  (Do not run 'npx playwright install': the e2e tests use the system Chromium.)`,
    );
    process.exit(1);
  }
}

let version;
try {
  // stderr ignored: Debian's wrapper prints harmless shell noise from /etc/chromium.d.
  version = execFileSync(chromium, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 30_000,
  }).trim();
} catch (err) {
  console.error(
    `ensure-chromium: ${chromium} exists but '--version' failed: ${err instanceof Error ? err.message : err}`,
  );
  process.exit(1);
}
console.log(`ensure-chromium: using ${chromium} (${version})`);
