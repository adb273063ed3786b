// The register is consulted once per distinct combination of authority cells, however many rows repeat it: what keeps
// a million-row import as fast as before the register.
import { describe, expect, it, vi } from 'vitest';
import * as match from '../../../src/domain/authorityMatch';
import { importText } from '../../../src/import';
import { importTextInChunks } from '../../../src/import/chunkedImport';

vi.mock('../../../src/domain/authorityMatch', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/domain/authorityMatch')>();
  return { ...original, matchAuthority: vi.fn(original.matchAuthority) };
});

describe('readAuthority', () => {
  it('asks the register once per distinct name, code, region and status, in a whole file and in chunks', () => {
    const who = ['Walsall,E08000030', 'Dudley,', ',E08000028', 'Testshire,', 'Wolverhamton,'];
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `${who[i % who.length]},2021-10-${String(1 + (i % 28)).padStart(2, '0')},Area ${i % 7},Good`,
    );
    const text = ['authority_name,authority_code,inspection_date,judgement_area,grade', ...rows].join('\n');
    const calls = vi.mocked(match.matchAuthority);
    calls.mockClear();
    const result = importText('many.csv', text);
    expect(result.ok && result.rowsImported).toBe(12_000);
    expect(result.ok && result.rowsRejected).toBe(8_000);
    expect(calls).toHaveBeenCalledTimes(who.length);
    calls.mockClear();
    importTextInChunks('many.csv', text, 'utf-8', {}, { chunkSize: 4096 });
    // The same cells again: already known, so the register is not asked at all.
    expect(calls).toHaveBeenCalledTimes(0);
  });
});
