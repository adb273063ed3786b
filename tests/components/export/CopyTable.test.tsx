// @vitest-environment jsdom
// "Copy table" puts the figure's table on the clipboard twice over: as a real HTML table (Word and Excel paste a table)
// and as tab-separated text, both holding what the Table tab shows, numbers as numbers.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, type Column } from '../../../src/components/DataTable';
import { Figure } from '../../../src/components/Figure';
import { countAndShare } from '../../../src/components/figureData/figureData';
import { percent } from '../../../src/components/format';

interface Mix {
  readonly name: string;
  readonly good: number;
  readonly judged: number;
}

// A name a spreadsheet would run, and one holding a tab and markup: neither may break the copy.
const ROWS: Mix[] = [
  { name: 'Walsall', good: 3, judged: 4 },
  { name: '=HYPERLINK("http://example.com")', good: 1, judged: 3 },
  { name: 'Telford\t& <Wrekin>', good: 5, judged: 5 },
];

const COLUMNS: Column<Mix>[] = [
  { header: 'Authority', cell: (row) => row.name },
  {
    header: 'Good',
    cell: (row) => `${row.good} (${percent(row.good / row.judged)})`,
    numeric: true,
    csv: countAndShare<Mix>(
      'Good',
      (row) => row.good,
      (row) => row.good / row.judged,
    ),
  },
  { header: 'Judged', cell: (row) => row.judged, numeric: true },
];

/** What a clipboard write was given: each type's text. */
class RecordedItem {
  constructor(readonly parts: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.parts);
  }
}

function renderFigure() {
  return render(
    <Figure
      title="Good judgements by authority"
      chart={<p>chart</p>}
      table={<DataTable caption="Judged good" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.name} />}
      source="A test"
    />,
  );
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Copy table', () => {
  it('writes an HTML table and tab-separated text holding the Table tab’s rows, numbers as numbers', async () => {
    const user = userEvent.setup();
    const written: RecordedItem[][] = [];
    vi.stubGlobal('ClipboardItem', RecordedItem);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async (items: RecordedItem[]) => void written.push(items) },
    });
    renderFigure();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const shown = within(screen.getByRole('table', { name: 'Judged good' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

    await user.click(screen.getByRole('button', { name: 'Copy table' }));
    expect(await screen.findByText('Table copied: paste it into your document or spreadsheet.')).toBeVisible();
    expect(written).toHaveLength(1);
    const item = written[0]![0]!;
    expect(item.types).toEqual(['text/html', 'text/plain']);

    // Each shown row "Walsall | 3 (75%) | 4" is copied as Walsall, 3, 75, 4: the share its own column, a number.
    const expected = shown.map(([name = '', good = '', judged = '']) => {
      const [, count, share] = /^(\d+) \((\d+)%\)$/.exec(good) ?? [];
      // As in the CSV, a cell's run of spaces, tabs or line breaks is one space.
      const words = name.replace(/\s+/g, ' ');
      return [words.startsWith('=') ? `'${words}` : words, count, share, judged];
    });
    expect(expected).toHaveLength(ROWS.length);

    const html = new DOMParser().parseFromString(await blobText(item.parts['text/html']!), 'text/html');
    const table = html.querySelector('table');
    expect(table?.querySelector('caption')?.textContent).toBe('Judged good');
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Authority',
      'Good',
      'Good (%)',
      'Judged',
    ]);
    const htmlRows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
    );
    // Rounding: the page shows whole percentages, the copy one decimal place.
    expect(
      htmlRows.map(([name, count, share, judged]) => [name, count, String(Math.round(Number(share))), judged]),
    ).toEqual(expected);
    expect(htmlRows[1]?.[2]).toBe('33.3');

    const lines = (await blobText(item.parts['text/plain']!)).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('Authority\tGood\tGood (%)\tJudged');
    // The tab inside a name is a space, so every line keeps four cells.
    expect(lines.slice(1, -1).map((line) => line.split('\t'))).toEqual(htmlRows);
  });

  it('copies text alone where the browser cannot copy HTML, and says so', async () => {
    const user = userEvent.setup();
    const texts: string[] = [];
    vi.stubGlobal('ClipboardItem', undefined);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void texts.push(text) },
    });
    renderFigure();
    await user.click(screen.getByRole('button', { name: 'Copy table' }));
    expect(
      await screen.findByText('Table copied as text, its columns split by tabs: paste it into a spreadsheet.'),
    ).toBeVisible();
    expect(texts).toHaveLength(1);
    expect(texts[0]?.split('\r\n')[1]).toBe('Walsall\t3\t75\t4');
  });
});
