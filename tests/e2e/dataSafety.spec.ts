// Saved data when things go wrong, in a real browser: no room left, storage refused, a reload mid-import, two tabs, an upgrade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './axe';
import { APP_ORIGIN, chooseFilesButton, expect, fileInput, test } from './fixtures';

const repo = (...parts: string[]) => join(test.info().project.testDir, '..', '..', ...parts);
const HISTORY = 'la_outcomes_2025__ILACS_inspection_history.csv';
const HISTORY_CSV = () => repo('data', 'ofsted', HISTORY);
const fixture = (name: string) => repo('tests', 'fixtures', name);

// The database as the app names it (src/data/userStore.ts); the tests read it with the raw IndexedDB API, not the app's code.
const DB_NAME = 'scrutiny-lens';

function heldRow(page: Page, name: string): Locator {
  return page
    .getByRole('table', { name: 'Datasets held in this browser' })
    .getByRole('row', { name: new RegExp(`^${name.replace(/[.()]/g, '\\$&')} `) });
}

/** The "Inspections" cell of a held dataset's row. */
const inspectionsHeld = (page: Page, name: string) => heldRow(page, name).getByRole('cell').nth(2);

async function openYourData(page: Page) {
  await page.goto('/?view=data');
  await expect(chooseFilesButton(page)).toBeVisible();
}

async function importFile(page: Page, path: string) {
  const name = path.split('/').pop() ?? path;
  await fileInput(page).setInputFiles(path);
  await page
    .getByRole('region', { name: `Preview: ${name}` })
    .getByRole('button', { name: /^Import/ })
    .click();
}

async function removeDataset(page: Page, name: string) {
  await heldRow(page, name)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await page
    .getByRole('group', { name: `Confirm removing ${name}` })
    .getByRole('button', { name: 'Yes, remove it' })
    .click();
}

/** What the browser really holds: each stored dataset's file name and number of inspections (kept packed), read without the app. */
function storedDatasets(page: Page): Promise<Array<[string, number]>> {
  return page.evaluate(
    (name) =>
      new Promise<Array<[string, number]>>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('datasets')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('datasets').objectStore('datasets').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const records = all.result as Array<{ sourceFile: string; packedInspections: { count: number } }>;
            resolve(
              records.map((record): [string, number] => [record.sourceFile, record.packedInspections.count]).sort(),
            );
          };
        };
      }),
    DB_NAME,
  );
}

/** Walsall's timeline, reached through the page's own navigation so that what is held in memory survives. */
async function walsallTimeline(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'An authority over time' }).click();
  return page.getByRole('figure', { name: /^Walsall’s inspections/ });
}

test.describe('when the browser refuses to keep more', () => {
  test('no room left: a plain message, the file can still be used in this tab, and what was saved before is untouched', async ({
    page,
  }) => {
    // A real quota, enforced by Chromium itself. It takes effect only if set before the origin's storage first opens.
    // 112 kB holds an empty database (72 kB in Chromium 156), a small file and the settings with room to spare (100 kB
    // left too little: saving the setting below was sometimes refused), but not Ofsted's whole history as well (about
    // 57 kB since inspections are stored packed, 105 kB before).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_ORIGIN, quotaSize: 112_000 });
    await openYourData(page);
    await importFile(page, fixture('measures-percent.csv'));
    await expect(heldRow(page, 'measures-percent.csv')).toBeVisible();
    expect(await storedDatasets(page)).toEqual([['measures-percent.csv', 0]]);

    await fileInput(page).setInputFiles(HISTORY_CSV());
    const preview = page.getByRole('region', { name: `Preview: ${HISTORY}` });
    await preview.getByRole('button', { name: 'Import the file (it adds no inspections)' }).click();
    const alert = preview.getByRole('alert');
    await expect(alert).toContainText('Nothing was saved');
    await expect(alert).toContainText('Your browser has no room left to keep this data.');
    await expect(alert).toContainText('The data you already held has not changed.');
    // Nothing half-written: the store holds exactly what it held before.
    expect(await storedDatasets(page)).toEqual([['measures-percent.csv', 0]]);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: `Use it in this tab only for ${HISTORY}` }).click();
    await expect(
      page.getByRole('status').filter({
        hasText: `“${HISTORY} (this tab only)” is kept until you close or reload this tab: 0 inspections in use; 271 records of inspections already held`,
      }),
    ).toContainText('It is not saved in this browser; what you saved before has not changed.');
    await expect(inspectionsHeld(page, `${HISTORY} (this tab only)`)).toHaveText('0 (271 already held, not shown)');
    await expect(page.getByRole('region', { name: `Preview: ${HISTORY}` })).toHaveCount(0);

    // Usable: with only the user's data shown, Walsall's timeline is the history file's 2021 inspection, not the built-in 2008 and 2012.
    await page.getByRole('radio', { name: 'Your data only' }).click();
    await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();
    const timeline = await walsallTimeline(page);
    await expect(timeline).toContainText(
      '4 October 2021 made 4 judgements: 1 requires improvement to be good (25%) and 3 good',
    );
    await expect(timeline).not.toContainText('2012');

    // Still nothing written but the setting; after a reload the tab's copy is gone and the saved file is as it was.
    expect(await storedDatasets(page)).toEqual([['measures-percent.csv', 0]]);
    await openYourData(page);
    await expect(heldRow(page, 'measures-percent.csv')).toBeVisible();
    await expect(heldRow(page, `${HISTORY} (this tab only)`)).toHaveCount(0);
  });

  test('storage refused in one tab: that tab works in memory and the data saved from another tab is not touched', async ({
    page,
  }) => {
    await openYourData(page);
    await importFile(page, fixture('tidy-own-format.csv'));
    await expect(inspectionsHeld(page, 'tidy-own-format.csv')).toHaveText('1 (1 already held, not shown)');

    // A second tab where opening the database is refused, as a strict storage setting does.
    const refused = await page.context().newPage();
    await refused.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await openYourData(refused);
    await expect(
      refused.getByText(/not letting the page keep data .* lasts only until you close this tab/),
    ).toBeVisible();
    await expect(heldRow(refused, 'tidy-own-format.csv')).toHaveCount(0);
    await importFile(refused, fixture('ofsted-history-excerpt.csv'));
    await expect(inspectionsHeld(refused, 'ofsted-history-excerpt.csv')).toHaveText('0 (13 already held, not shown)');
    await refused.close();

    await page.reload();
    await expect(inspectionsHeld(page, 'tidy-own-format.csv')).toHaveText('1 (1 already held, not shown)');
    await expect(heldRow(page, 'ofsted-history-excerpt.csv')).toHaveCount(0);
    expect(await storedDatasets(page)).toEqual([['tidy-own-format.csv', 2]]);
  });
});

test('a reload in the middle of an import asks first and, if the user goes on, leaves none of the file; one just after leaves all of it', async ({
  page,
}) => {
  // While window.holdSaves is set, a dataset's save transaction is kept busy so it cannot commit: the reload lands mid-save.
  await page.addInitScript(() => {
    const flags = window as unknown as { holdSaves?: boolean; saveHeld?: boolean };
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      const request = add.apply(this, args);
      if (flags.holdSaves && this.name === 'datasets') {
        const spin = () => {
          this.count().onsuccess = spin;
        };
        spin();
        flags.saveHeld = true;
      }
      return request;
    };
  });
  await openYourData(page);
  await importFile(page, fixture('tidy-own-format.csv'));
  await expect(heldRow(page, 'tidy-own-format.csv')).toBeVisible();

  await page.evaluate(() => Object.assign(window, { holdSaves: true }));
  await fileInput(page).setInputFiles(HISTORY_CSV());
  await page
    .getByRole('region', { name: `Preview: ${HISTORY}` })
    .getByRole('button', { name: 'Import the file (it adds no inspections)' })
    .click();
  await page.waitForFunction(() => (window as unknown as { saveHeld?: boolean }).saveHeld === true);
  // The browser asks before leaving mid-save; the user leaves anyway.
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toEqual(['beforeunload']);

  await expect(heldRow(page, 'tidy-own-format.csv')).toBeVisible();
  await expect(heldRow(page, HISTORY)).toHaveCount(0);
  expect(await storedDatasets(page)).toEqual([['tidy-own-format.csv', 2]]);

  // The same file again (saves no longer held), with a reload the moment it says it is imported: all 271, once.
  await importFile(page, HISTORY_CSV());
  await expect(page.getByRole('status').filter({ hasText: `Imported “${HISTORY}”` })).toBeVisible();
  await page.reload();
  // Nothing is being saved any more, so the page no longer asks.
  expect(asked).toEqual(['beforeunload']);
  await expect(inspectionsHeld(page, HISTORY)).toHaveText('0 (271 already held, not shown)');
  expect(await storedDatasets(page)).toEqual([
    [HISTORY, 271],
    ['tidy-own-format.csv', 2],
  ]);
});

test.describe('two tabs at once', () => {
  test('an import in one appears in the other at once; a removal in one stays removed in both', async ({ page }) => {
    const other = await page.context().newPage();
    await openYourData(page);
    await openYourData(other);

    await importFile(page, fixture('tidy-own-format.csv'));
    await expect(inspectionsHeld(other, 'tidy-own-format.csv')).toHaveText('1 (1 already held, not shown)');
    // The views in the other tab include it too: its switch now offers Ofsted's data and the user's.
    await expect(other.getByRole('radio', { name: 'Ofsted’s data and yours' })).toBeChecked();

    await removeDataset(other, 'tidy-own-format.csv');
    await expect(heldRow(page, 'tidy-own-format.csv')).toHaveCount(0);

    // The first tab carries on: another import and a setting, then both reload.
    await importFile(page, fixture('upload/black-country-briefing.csv'));
    await page.getByRole('button', { name: 'Hide the built-in data' }).click();
    await expect(other.getByRole('button', { name: 'Show the built-in data' })).toBeVisible();
    // With the built-in data hidden nothing of the briefing's is already held: all four are in use.
    for (const tab of [page, other]) {
      await tab.reload();
      await expect(inspectionsHeld(tab, 'black-country-briefing.csv')).toHaveText('4');
      await expect(heldRow(tab, 'tidy-own-format.csv')).toHaveCount(0);
    }
    expect(await storedDatasets(page)).toEqual([['black-country-briefing.csv', 4]]);
  });

  test('a tab that missed the news catches up when it is shown again, and never brings back what the other removed', async ({
    page,
  }) => {
    await openYourData(page);
    await importFile(page, fixture('tidy-own-format.csv'));
    await expect(heldRow(page, 'tidy-own-format.csv')).toBeVisible();

    // A browser without BroadcastChannel: this tab hears of changes only when it is shown or focused again.
    const stale = await page.context().newPage();
    await stale.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
    await openYourData(stale);
    await expect(heldRow(stale, 'tidy-own-format.csv')).toBeVisible();

    await removeDataset(page, 'tidy-own-format.csv');
    await expect(heldRow(page, 'tidy-own-format.csv')).toHaveCount(0);
    // Not told yet: the stale tab still lists it, and does everything it can with that stale list.
    await expect(heldRow(stale, 'tidy-own-format.csv')).toBeVisible();
    await stale.getByRole('button', { name: 'Hide the built-in data' }).click();
    await importFile(stale, fixture('upload/black-country-briefing.csv'));
    await expect(inspectionsHeld(stale, 'black-country-briefing.csv')).toHaveText('4');
    await expect(heldRow(stale, 'tidy-own-format.csv')).toHaveCount(0);
    for (const tab of [stale, page]) {
      await tab.reload();
      await expect(inspectionsHeld(tab, 'black-country-briefing.csv')).toHaveText('4');
      await expect(heldRow(tab, 'tidy-own-format.csv')).toHaveCount(0);
    }

    // Shown again after the other tab imported: it catches up without a reload.
    await importFile(page, fixture('ofsted-history-excerpt.csv'));
    // One of its 13 inspections is also in the briefing, imported first: the briefing's record is kept.
    await expect(inspectionsHeld(page, 'ofsted-history-excerpt.csv')).toHaveText('12 (1 already held, not shown)');
    await expect(heldRow(stale, 'ofsted-history-excerpt.csv')).toHaveCount(0);
    await stale.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(inspectionsHeld(stale, 'ofsted-history-excerpt.csv')).toHaveText('12 (1 already held, not shown)');
  });
});

const OLDER_RELEASES = [
  {
    release: 'the first release (database 1, format 0)',
    database: 1,
    record: 'stored/v0-dataset.json',
    file: 'tidy-own-format.csv',
    inspections: '1 (1 already held, not shown)',
    stored: 2,
    onDuplicate: 'skip',
  },
  {
    release: 'the release before packing (database 2, format 1)',
    database: 2,
    record: 'stored/v1-dataset.json',
    file: 'ofsted-history-excerpt.csv',
    inspections: '0 (13 already held, not shown)',
    stored: 13,
    onDuplicate: 'skip',
  },
];

for (const older of OLDER_RELEASES) {
  test(`data saved by ${older.release} is upgraded, listed and shown`, async ({ page }) => {
    const record = JSON.parse(readFileSync(fixture(older.record), 'utf8')) as Record<string, unknown>;
    // Before the app ever loads: a blank page on its origin, where the older version's database is written as it wrote it.
    await page.route(`${APP_ORIGIN}/before-the-app`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Before the app</title>' }),
    );
    await page.goto('/before-the-app');
    await page.evaluate(
      ({ name, version, record }) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open(name, version);
          opening.onupgradeneeded = () => {
            opening.result.createObjectStore('datasets', { keyPath: 'id' }).add(record);
            opening.result.createObjectStore('settings');
          };
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            opening.result.close();
            resolve();
          };
        }),
      { name: DB_NAME, version: older.database, record },
    );

    await openYourData(page);
    await expect(inspectionsHeld(page, older.file)).toHaveText(older.inspections);
    // Upgraded where it is kept: the database is at its new version and the record in the current format, packed.
    const upgraded = await page.evaluate(
      (name) =>
        new Promise<{
          version: number;
          formatVersion: unknown;
          onDuplicate: unknown;
          objects: boolean;
          columns: string;
        }>((resolve, reject) => {
          const opening = indexedDB.open(name);
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const reading = opening.result.transaction(['datasets', 'columns']);
            const all = reading.objectStore('datasets').getAll();
            all.onsuccess = () => {
              const [held] = all.result as Array<{ id: string; formatVersion: unknown; onDuplicate: unknown }>;
              // The packed columns are kept apart from the record, each under the dataset's id and its own name.
              const authority = reading.objectStore('columns').get([held?.id ?? '', 'authority']);
              authority.onsuccess = () => {
                resolve({
                  version: opening.result.version,
                  formatVersion: held?.formatVersion,
                  onDuplicate: held?.onDuplicate,
                  objects: held !== undefined && 'inspections' in held,
                  columns: Object.prototype.toString.call(authority.result),
                });
                opening.result.close();
              };
            };
          };
        }),
      DB_NAME,
    );
    // Database 5 since kept provider lists have a store of their own; the dataset records are as database 4 left them.
    expect(upgraded).toEqual({
      version: 5,
      formatVersion: 3,
      onDuplicate: older.onDuplicate,
      objects: false,
      columns: '[object Int32Array]',
    });
    expect(await storedDatasets(page)).toEqual([[older.file, older.stored]]);

    // Its data in the views: Walsall's 2021 inspection, with the built-in history left out.
    await page.getByRole('radio', { name: 'Your data only' }).click();
    await expect(page.getByRole('radio', { name: 'Your data only' })).toBeChecked();
    const timeline = await walsallTimeline(page);
    await expect(timeline).toContainText('4 October 2021 made');
    await expect(timeline).not.toContainText('2012');
    // The first release's file also held the 2023 focused visit; the Ofsted excerpt has no later Walsall inspection.
    if (older.database === 1) await expect(timeline).toContainText('10 May 2023');
    else await expect(timeline).not.toContainText('10 May 2023');
  });
}

test.describe('the first screen’s flag', () => {
  const FLAG = 'scrutiny-lens:store-holds';
  const flag = (page: Page) => page.evaluate((key) => localStorage.getItem(key), FLAG);

  test('follows the store, holds two facts only, and a page that holds a file never first shows Ofsted’s data alone', async ({
    page,
  }) => {
    await openYourData(page);
    await expect.poll(() => flag(page)).toBe('{"holdsData":false,"hidesDefault":false}');
    await importFile(page, HISTORY_CSV());
    await expect(page.getByText(`Imported “${HISTORY}”`)).toBeVisible();
    await expect.poll(() => flag(page)).toBe('{"holdsData":true,"hidesDefault":false}');

    // Every wording the data switch shows from the first paint on, recorded in the page as it changes.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { switchWords: string[] }).switchWords = seen;
      new MutationObserver(() => {
        const label = document.querySelector('.app-data-switch label');
        const words = label?.textContent ?? '';
        if (words && seen[seen.length - 1] !== words) seen.push(words);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/');
    await expect(page.getByRole('figure', { name: /^Walsall’s inspections/ })).toBeVisible();
    const words = await page.evaluate(() => (window as unknown as { switchWords: string[] }).switchWords);
    expect(words).toEqual(['Ofsted’s data and yours']);

    await openYourData(page);
    await removeDataset(page, HISTORY);
    await expect.poll(() => flag(page)).toBe('{"holdsData":false,"hidesDefault":false}');
  });
});
