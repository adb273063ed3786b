// e2e fixtures: every test fails on console errors, uncaught page errors or any request leaving the app's origin.
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT || 4173}`;

export interface GuardRecords {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

const SAME_ORIGIN_SCHEMES: Record<string, string> = { 'ws:': 'http:', 'wss:': 'https:' };

/** True for URLs that may be loaded: the app's own origin (and its WebSocket twin), data: and blob:. */
export function isAllowedUrl(url: string | URL, origin: string): boolean {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  const own = new URL(origin);
  const protocol = SAME_ORIGIN_SCHEMES[u.protocol] ?? u.protocol;
  return protocol === own.protocol && u.host === own.host;
}

/**
 * Guards the whole browser context of `page`: foreign requests (any page, worker or WebSocket in it)
 * are aborted and recorded, as are console errors and uncaught page errors. Returns the live records.
 * This is the single place for the guard logic: the auto fixture below and tests both use it.
 */
export async function guardPage(page: Page, origin: string = APP_ORIGIN): Promise<GuardRecords> {
  const records: GuardRecords = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  const context = page.context();

  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const { url, lineNumber } = msg.location();
    records.consoleErrors.push(url ? `${msg.text()} (at ${url}:${lineNumber})` : msg.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    records.pageErrors.push(error.stack || `${error.name}: ${error.message}`);
  });
  // Recorded from the 'request' event so that a foreign request is seen even if a test's own route fulfils it.
  context.on('request', (request) => {
    if (!isAllowedUrl(request.url(), origin)) records.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  await context.route('**/*', (route) =>
    isAllowedUrl(route.request().url(), origin) ? route.fallback() : route.abort('blockedbyclient'),
  );
  await context.routeWebSocket(
    (url) => !isAllowedUrl(url, origin),
    (ws) => {
      records.foreignRequests.push(`WEBSOCKET ${ws.url()}`);
      return ws.close({ code: 1008, reason: 'foreign origin blocked by e2e guard' });
    },
  );
  return records;
}

/** The guard's verdict: fails (with all three lists in the diff) unless nothing was recorded. */
export function expectNoGuardViolations(records: GuardRecords, origin: string = APP_ORIGIN): void {
  expect(
    records,
    `The page logged console errors, threw uncaught errors, or requested something outside ${origin} ` +
      '(foreign requests are blocked; the app must work entirely from its own origin).',
  ).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
}

export const test = base.extend<{ pageGuard: GuardRecords }>({
  pageGuard: [
    async ({ page }, use) => {
      const records = await guardPage(page, APP_ORIGIN);
      await use(records);
      expectNoGuardViolations(records, APP_ORIGIN);
    },
    { auto: true },
  ],
});

/**
 * The file input of Your data. GOV.UK's file upload component hides it and gives its label to the button that opens it
 * (and takes dropped files), so a test hands files to the input itself.
 */
export function fileInput(page: Page) {
  return page.getByTestId('drop-zone').locator('input[type="file"]');
}

/** The button a user presses (or drops files on) to choose files on Your data. */
export function chooseFilesButton(page: Page) {
  return page.getByRole('button', { name: /^Choose inspection files/ });
}
