// After one visit the app works with no network: the service worker serves every file, and imported data is still there.
import { chooseFilesButton, expect, fileInput, test } from './fixtures';

// An inspection that is in no built-in file, so seeing it offline proves the user's own data came back.
const OWN_FILE = [
  'authority_name,authority_code,inspection_type,inspection_date,judgement_area,grade',
  'Walsall,E08000030,ILACS Standard Inspection,2024-02-05,Overall effectiveness,Outstanding',
  'Walsall,E08000030,ILACS Standard Inspection,2024-02-05,Help and protection,Outstanding',
  '',
].join('\n');

test('loaded once, then offline: a reload shows the dashboard and the data the user imported', async ({
  page,
  context,
}) => {
  await page.goto('/?view=data');
  await expect(chooseFilesButton(page)).toBeVisible();
  // The worker precaches every built file before it activates; then it takes control of this page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
  const manifest = await page.evaluate(
    async () =>
      (await fetch('/manifest.webmanifest')).json() as Promise<{ icons: { src: string }[]; start_url: string }>,
  );
  expect(manifest.start_url).toBe('/');
  expect(manifest.icons.every((icon) => icon.src.startsWith('/'))).toBe(true);

  await fileInput(page).setInputFiles({
    name: 'walsall-2024.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(OWN_FILE),
  });
  const preview = page.getByRole('region', { name: 'Preview: walsall-2024.csv' });
  await preview.getByRole('button', { name: 'Import 1 inspection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “walsall-2024.csv”: 1 inspection' })).toBeVisible();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
  await expect(
    page
      .getByRole('table', { name: 'Datasets held in this browser' })
      .getByRole('row', { name: /^walsall-2024\.csv / }),
  ).toBeVisible();

  // The dashboard itself, with the built-in data and the imported inspection together, from a cold navigation.
  await page.goto('/?view=authority&authority=E08000030');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An authority over time');
  const timeline = page.getByRole('figure', { name: /^Walsall’s inspections/ });
  await expect(timeline).toContainText('5 February 2024');
  await expect(timeline).toContainText('2012');

  // Reading a file still works offline: the import worker comes from the cache too.
  await page.goto('/?view=data');
  await fileInput(page).setInputFiles({
    name: 'again.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(OWN_FILE.replace('2024-02-05', '2024-03-05')),
  });
  await expect(page.getByRole('region', { name: 'Preview: again.csv' })).toContainText('1 inspection');
  await context.setOffline(false);
});
