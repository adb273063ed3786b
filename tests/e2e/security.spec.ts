// "Nothing leaves the browser", enforced: the Content-Security-Policy blocks other origins, and the app itself never trips it.
import type { Page } from '@playwright/test';
import { APP_ORIGIN, expect, guardPage, test } from './fixtures';

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('our own server sends the policy and the other security headers with every page', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("connect-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'/,
  );
});

test('the policy itself blocks a request to another origin, before any network layer sees it', async ({ browser }) => {
  // A separate page: the blocked request logs a console error that the auto fixture would (rightly) fail on.
  const page = await browser.newPage();
  try {
    const records = await guardPage(page, APP_ORIGIN);
    const violations = await recordViolations(page);
    await page.goto(`${APP_ORIGIN}/`);
    const outcome = await page.evaluate(() =>
      fetch('https://example.org/collect', { method: 'POST', body: 'confidential' }).then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    await expect.poll(violations).toContain('connect-src https://example.org/collect');
    // CSP stopped it inside the page: the request never reached the browser's network layer.
    expect(records.foreignRequests).toEqual([]);
  } finally {
    await page.close();
  }
});

test('the app runs every view without a single policy violation', async ({ page }) => {
  const violations = await recordViolations(page);
  for (const view of ['authority', 'england', 'compare', 'matrix', 'data']) {
    await page.goto(`/?view=${view}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Opening the view…')).toHaveCount(0);
    for (const tab of await page.getByRole('tab', { name: 'Table' }).all()) await tab.click();
  }
  expect(await violations()).toEqual([]);
});
