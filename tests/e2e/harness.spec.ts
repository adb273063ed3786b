// Proves the e2e harness works: the built app is served, and the guard catches what it must.
import { test, expect, guardPage, APP_ORIGIN } from './fixtures';

test('the app loads at / with status 200 and a non-empty <title>', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect((await page.title()).trim()).not.toBe('');
});

test('the guard blocks and records a request to a foreign origin', async ({ browser }) => {
  // A separate page (own context), so the violation does not fail this test via the auto fixture.
  // The app's Content-Security-Policy would stop the fetch before the guard could see it; bypassing
  // it here tests the guard on its own, as the second line of defence it is.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    const records = await guardPage(page, APP_ORIGIN);
    const failures: string[] = [];
    page.on('requestfailed', (r) => failures.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    let reachedNetwork = false;
    page.on('requestfinished', (r) => {
      if (r.url().startsWith('https://example.org')) reachedNetwork = true;
    });

    await page.goto(`${APP_ORIGIN}/`);
    const result = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );

    expect(result).toBe('blocked');
    expect(records.foreignRequests).toEqual(['GET https://example.org/']);
    // Aborted by the guard's route, not a DNS/offline failure: it never reached the network.
    // (Chromium reports it as net::ERR_BLOCKED_BY_CLIENT.Inspector: blocked via DevTools.)
    expect(failures).toEqual([expect.stringMatching(/^https:\/\/example\.org\/ net::ERR_BLOCKED_BY_CLIENT\b/)]);
    expect(reachedNetwork).toBe(false);
  } finally {
    await page.context().close();
  }
});

test('the guard records console errors and uncaught page errors', async ({ browser }) => {
  const page = await browser.newPage();
  try {
    const records = await guardPage(page, APP_ORIGIN);
    await page.goto(`${APP_ORIGIN}/`);
    await page.evaluate(() => {
      console.error('harness: deliberate console error');
      setTimeout(() => {
        throw new Error('harness: deliberate uncaught error');
      }, 0);
    });
    await expect.poll(() => records.pageErrors.length).toBe(1);
    expect(records.consoleErrors).toEqual([expect.stringContaining('harness: deliberate console error')]);
    expect(records.pageErrors[0]).toContain('harness: deliberate uncaught error');
    expect(records.foreignRequests).toEqual([]);
  } finally {
    await page.context().close();
  }
});
