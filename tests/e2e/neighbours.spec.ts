// Compare opens on DfE's statistical neighbours in a real browser: Walsall's ten, their closeness from DfE's CSV, the
// April 2021 set as a choice, a group of one's own, and "who to learn from" linking to each authority's view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoSeriousAxeViolations } from './axe';
import { test, expect } from './fixtures';

const WALSALL_NEIGHBOURS = [
  'Rochdale',
  'Stoke-on-Trent',
  'Tameside',
  'Wolverhampton',
  'Doncaster',
  'Derby',
  'Bolton',
  'Rotherham',
  'North East Lincolnshire',
  'Sandwell',
];

/** Walsall's row of DfE's CSV (LA 335), read by hand: the ten closeness bands in SN order. */
function walsallBands(): string[] {
  const line = readFileSync(
    join(test.info().project.testDir, '..', 'fixtures', 'real', 'dfe', 'statistical_neighbours_may_2025.csv'),
    'utf8',
  )
    .split(/\r?\n/)
    .find((row) => row.startsWith('335,'))!;
  const cells = line.split(',');
  return Array.from({ length: 10 }, (_, index) => cells[5 + index * 2]!);
}

test('Compare opens on Walsall’s ten statistical neighbours, in DfE’s order, each with its closeness band', async ({
  page,
}) => {
  await page.goto('/?view=compare');
  await expect(page.getByRole('radio', { name: 'DfE statistical neighbours, May 2025' })).toBeChecked();
  const figure = page.getByRole('figure', { name: /^Walsall’s 10 statistical neighbours \(DfE, May 2025\)/ });
  await expect(
    figure.getByText(/10 of the 10 neighbours had been inspected under ILACS by 31 March 2025/),
  ).toBeVisible();
  await figure.getByRole('tab', { name: 'Table' }).click();
  const table = figure.getByRole('table', { name: /Walsall’s statistical neighbours \(May 2025\), closest first/ });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(11);
  const names = await table.getByRole('rowheader').allInnerTexts();
  expect(names).toEqual(WALSALL_NEIGHBOURS.map((name, index) => `SN${index + 1} ${name}`));
  const bands = await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => tr.querySelectorAll('td')[0]?.textContent ?? ''),
  );
  expect(bands.map((band) => band.toLowerCase())).toEqual(walsallBands().map((band) => band.toLowerCase()));

  await expect(
    page.getByRole('figure', { name: /^Walsall against England, the West Midlands and 10 statistical neighbours/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('figure', { name: /^Walsall’s position among its statistical neighbours/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('figure', {
      name: /statistical neighbours judged good or better at each 31 March, beside Walsall’s grade$/,
    }),
  ).toBeVisible();
  await expect(
    figure.getByText(
      /Department for Education, children’s services statistical neighbour benchmarking, May 2025\. Contains Department for Education data/,
    ),
  ).toBeVisible();
});

test('the April 2021 set and a group of one’s own are choices, and the address keeps them', async ({ page }) => {
  await page.goto('/?view=compare');
  await page.getByRole('radio', { name: 'DfE statistical neighbours, April 2021' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('sn2021');
  const figure = page.getByRole('figure', { name: /^Walsall’s 10 statistical neighbours \(DfE, April 2021\)/ });
  await figure.getByRole('tab', { name: 'Table' }).click();
  await expect(figure.getByRole('rowheader').first()).toHaveText('SN1 Derby');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'DfE statistical neighbours, April 2021' })).toBeChecked();

  await page.getByRole('radio', { name: 'Your own group' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('group')).toBe('own');
  await expect(page.getByRole('heading', { name: 'Chosen comparators (0)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search authorities' }).fill('dud');
  await page.getByRole('checkbox', { name: 'Dudley' }).check();
  await expect(
    page.getByRole('figure', { name: /^Walsall against England, the West Midlands and 1 chosen comparator:/ }),
  ).toBeVisible();
  await expect(page.getByRole('figure', { name: /^Walsall’s 10 statistical neighbours/ })).toHaveCount(0);
});

test('who to learn from lists neighbours and the region judged Good or Outstanding, each linked to its own view', async ({
  page,
}) => {
  await page.goto('/?view=compare');
  const figure = page.getByRole('figure', { name: /^Who to learn from: Walsall’s statistical neighbours and region/ });
  const overall = figure.getByRole('region', { name: 'Overall effectiveness' });
  await expect(overall.getByText(/SN6, very close; inspected 21 March 2022/)).toBeVisible();
  await overall.getByRole('link', { name: 'Derby' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An authority over time');
  await expect.poll(() => new URL(page.url()).searchParams.get('authority')).toBe('E06000015');
});

test('the neighbours’ figures have no serious accessibility violations', async ({ page }) => {
  await page.goto('/?view=compare');
  await expect(page.getByRole('figure', { name: /^Walsall’s 10 statistical neighbours/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('a CSV list of authorities becomes a saved group: every unknown row listed, kept after a reload', async ({
  page,
}) => {
  await page.goto('/?view=compare&group=own');
  await page
    .getByLabel('Upload a list of authorities (CSV)')
    .setInputFiles(join(test.info().project.testDir, '..', 'fixtures', 'upload', 'comparator-group.csv'));
  await expect(
    page.getByText(/comparator-group\.csv: 8 rows read, 5 authorities recognised, 2 not recognised/),
  ).toBeVisible();
  const problems = page.getByRole('list', { name: 'Rows not used as given' });
  await expect(problems.getByRole('listitem')).toHaveText([
    /^Row 4, column Authority: 'Wolverhamton'\. .*Did you mean Wolverhampton/,
    /^Row 9, column Authority: 'rochdale'\. Rochdale is already on row 2/,
    /^Row 10, column Authority: 'Narnia'\./,
  ]);
  await expect(page.getByLabel('Name of the group')).toHaveValue('comparator-group');
  await page.getByLabel('Name of the group').fill('Our benchmark');
  await page.getByRole('button', { name: 'Save and use this group' }).click();
  await expect(page.getByText(/Saved “Our benchmark” \(5 authorities\) in this browser\./)).toBeVisible();
  // Walsall is on the list, and is left out of its own comparators.
  await expect(
    page.getByRole('figure', { name: /^Walsall against England, the West Midlands and 4 chosen comparators/ }),
  ).toBeVisible();

  await page.goto('/?view=compare&group=own');
  await page.getByRole('button', { name: 'Use Our benchmark' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('with')?.split(',').length).toBe(5);
  await page.getByRole('button', { name: 'Delete Our benchmark' }).click();
  await expect(page.getByRole('heading', { name: 'Saved groups (0)' })).toBeVisible();
});
