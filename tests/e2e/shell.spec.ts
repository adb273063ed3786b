// The page shell in a real browser: views are links, the address bar holds the view, the keyboard reaches everything.
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';

test('the views are links; choosing one changes the address, reload keeps it, Back returns', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An authority over time');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'England at a date' }).click();
  await expect(page).toHaveURL(/\?view=england$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('England at a date');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('England at a date');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An authority over time');
  await expect(page).toHaveTitle('An authority over time – Scrutiny Lens');
});

test('the keyboard reaches the skip link first, and it moves focus to the content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the shell has no serious accessibility violations', async ({ page }) => {
  await page.goto('/?view=england');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
