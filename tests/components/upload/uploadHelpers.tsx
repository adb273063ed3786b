// Shared by the upload component tests: the page at ?view=data over a fresh store, files to choose, and readers of what it shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import type { StoredDataset } from '../../../src/data/storedDataset';
import { setUserStoreForTests } from '../../../src/data/useUserData';
import { memoryStore, type UserStore } from '../../../src/data/userStore';
import { renderWithProviders } from '../../helpers/renderWithProviders';
import { storedDataset } from '../../helpers/storedDatasets';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

// jsdom's Blob and File have no arrayBuffer() or text(), which every browser the app supports has; read through
// jsdom's FileReader instead, so the app's own reading code runs unchanged.
function readAs<T extends ArrayBuffer | string>(blob: Blob, how: 'readAsArrayBuffer' | 'readAsText'): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error);
    reader[how](blob);
  });
}
if (typeof Blob !== 'undefined' && !('arrayBuffer' in Blob.prototype)) {
  Object.assign(Blob.prototype, {
    arrayBuffer(this: Blob) {
      return readAs<ArrayBuffer>(this, 'readAsArrayBuffer');
    },
    text(this: Blob) {
      return readAs<string>(this, 'readAsText');
    },
  });
}

/** A file as the browser hands it over, with the fixture's exact bytes. */
export function fixtureFile(path: string, name = path.split('/').pop() ?? path): File {
  return new File([readFileSync(join(FIXTURES, path))], name);
}

export function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

/** A dataset already held before the test starts, as an earlier visit would have left it. */
export function heldDataset(id: string, name: string, order = 1): StoredDataset {
  return storedDataset(id, order, { name, sourceFile: name, fileSize: 512, importedAt: '2026-11-20T14:30:00.000Z' });
}

export async function storeHolding(...datasets: StoredDataset[]): Promise<UserStore> {
  const store = memoryStore();
  for (const dataset of datasets) await store.add(dataset);
  return store;
}

/** A store that keeps what it holds but refuses every new dataset, as a full browser does. */
export function fullStore(store: UserStore): UserStore {
  return {
    ...store,
    add: async () => ({ ok: false, reason: 'quota', message: 'Your browser has no room left to keep this data.' }),
  };
}

export async function heldNames(store: UserStore): Promise<string[]> {
  const listed = await store.list();
  return listed.ok ? listed.value.map((dataset) => dataset.name) : [`list failed: ${listed.message}`];
}

/** Renders the whole app at "Your data" over `store`, and waits for the file chooser. */
export async function openYourData(store: UserStore = memoryStore()) {
  setUserStoreForTests(Promise.resolve(store));
  window.history.replaceState(null, '', '/?view=data');
  const user = userEvent.setup();
  renderWithProviders(<App />);
  // GOV.UK's file upload gives the label to its button and hides the input the button opens.
  const button = await screen.findByRole('button', { name: /^Choose inspection files/ }, { timeout: 10_000 });
  const input = button.parentElement?.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('No file input beside the Choose inspection files button');
  return {
    user,
    store,
    choose: async (...files: File[]) => user.upload(input, files),
  };
}

export function previewOf(fileName: string, timeout = 5_000): Promise<HTMLElement> {
  return screen.findByRole('region', { name: `Preview: ${fileName}` }, { timeout });
}

/** The preview's summary as label → value. */
export function summaryOf(preview: HTMLElement): Record<string, string> {
  // The file's summary is the preview's first summary list; the columns not used have one of their own.
  const rows = Array.from(
    preview.querySelector('.govuk-summary-list')?.querySelectorAll('.govuk-summary-list__row') ?? [],
  );
  return Object.fromEntries(
    rows.map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']),
  );
}

/** A table's body rows as arrays of cell text, header cells included. */
export function bodyRows(table: HTMLElement): string[][] {
  return Array.from(table.querySelectorAll('tbody tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim() ?? ''),
  );
}

/** The problems table of a preview: [row, column, value] of each problem shown. */
export function problemsShown(preview: HTMLElement): string[][] {
  const table = within(preview).getByRole('table', { name: /problems?$/ });
  return bodyRows(table).map((cells) => cells.slice(0, 3));
}

/** "Datasets held in this browser": each row's name and inspections count. */
export function heldList(): Array<[string, string]> {
  const table = screen.getByRole('table', { name: 'Datasets held in this browser' });
  return bodyRows(table).map((cells): [string, string] => [cells[0] ?? '', cells[3] ?? '']);
}
