// @vitest-environment jsdom
// Combining the default data with the user's: at once for small data, in slices for big, the same dataset either way.
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { combineDatasets } from '../../../src/data/combine';
import type { StoredDataset } from '../../../src/data/storedDataset';
import { COMBINE_AT_ONCE, useCombinedDataset } from '../../../src/data/useCombinedDataset';
import { importBytes, importText } from '../../../src/import';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OFSTED = join(__dirname, '..', '..', '..', 'data', 'ofsted');
const defaults = ['la_outcomes_2025__ILACS_inspection_history.csv', 'la_outcomes_2025__In-year_inspections.csv'].map(
  (name) => importBytes(name, new Uint8Array(readFileSync(join(OFSTED, name)))),
);

/** A council analyst's long table: one judgement per row, each inspection its own authority and date. */
function userFile(inspections: number): StoredDataset {
  const lines = ['authority_name,inspection_date,judgement_area,grade'];
  for (let i = 0; i < inspections; i++)
    lines.push(
      `Council ${i % 400},${2000 + Math.floor(i / 4800)}-${String(1 + (Math.floor(i / 400) % 12)).padStart(2, '0')}-15,Overall effectiveness,Good`,
    );
  // "Council 12" is no local authority: kept as a body of its own, as the analyst may choose.
  const result = importText('analyst.csv', `${lines.join('\n')}\n`, 'utf-8', { keepUnknownAuthorities: true });
  if (!result.ok) throw new Error('the analyst file did not import');
  return {
    id: 'analyst',
    name: 'analyst.csv',
    sourceFile: 'analyst.csv',
    fileSize: 1,
    contentHash: '',
    importedAt: '2026-11-26T09:00:00.000Z',
    order: 1,
    format: 'tidy',
    onDuplicate: 'replace',
    inspections: result.inspections,
    measures: [],
    formatVersion: 3,
  };
}

describe('the combined dataset', () => {
  it('is there in the first render when the data is small', () => {
    const user = [userFile(100)];
    const { result } = renderHook(() => useCombinedDataset(defaults, user, 'all'));
    expect(result.current).toEqual(combineDatasets(defaults, user, 'all'));
  });

  it('arrives after slices when the data is big, and is the dataset combined at once', async () => {
    const user = [userFile(COMBINE_AT_ONCE + 5_000)];
    expect(user[0]!.inspections.length).toBe(COMBINE_AT_ONCE + 5_000);
    const { result } = renderHook(() => useCombinedDataset(defaults, user, 'all'));
    expect(result.current).toBeUndefined();
    // Slices of 25,000 inspections take a second or more on a busy machine: waitFor's default of one second is too short.
    await waitFor(() => expect(result.current).toBeDefined(), { timeout: 15_000 });
    expect(result.current).toEqual(combineDatasets(defaults, user, 'all'));
  });

  it('is the new data once it changes, never the old', async () => {
    const first = [userFile(COMBINE_AT_ONCE + 1_000)];
    const second = [userFile(COMBINE_AT_ONCE + 2_000)];
    const { result, rerender } = renderHook(({ user }) => useCombinedDataset(defaults, user, 'mine'), {
      initialProps: { user: first },
    });
    await waitFor(() => expect(result.current?.inspections.length).toBe(COMBINE_AT_ONCE + 1_000), { timeout: 15_000 });
    rerender({ user: second });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current?.inspections.length).toBe(COMBINE_AT_ONCE + 2_000), { timeout: 15_000 });
  });
});
