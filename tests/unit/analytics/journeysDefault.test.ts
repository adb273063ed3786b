// Journeys in the default data, checked against Ofsted's 2025 sheets read here with papaparse: a successor authority
// starts its own journey, and every authority whose latest overall grade is Inadequate is still on one.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { journeysOf, strandHistories, transitionsOf, type Journey } from '../../../src/analytics';
import { formatIso, STRANDS, type Dataset } from '../../../src/domain';
import { loadDefaultDatasetFromDisk, OFSTED_FILES, readData } from '../../helpers/realData';

const WHOLE = STRANDS.find((strand) => strand.id === 'whole-service')!;

/** A sheet's rows as objects, from its header row (the first whose first cell is "Web link"). */
function sheet(path: string): Record<string, string>[] {
  const rows = Papa.parse<string[]>(readData(path)).data;
  const at = rows.findIndex((row) => row[0] === 'Web link');
  const header = rows[at]!;
  return rows
    .slice(at + 1)
    .filter((row) => row[0] === 'Ofsted Local Authority Webpage')
    .map((row) => Object.fromEntries(header.map((heading, i) => [heading, row[i]?.trim() ?? ''])));
}
const iso = (ddmmyyyy: string) => ddmmyyyy.split('/').reverse().join('-');

let dataset: Dataset;
let journeys: Journey[];
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
  journeys = journeysOf(strandHistories(dataset, WHOLE));
});

describe('journeys in the default data', () => {
  it('starts Bournemouth, Christchurch and Poole’s journey at its own first inspection, not at Bournemouth’s or Poole’s', () => {
    const rows = sheet(OFSTED_FILES[0])
      .filter((row) => row['Local authority area code'] === 'E06000058')
      .sort((a, b) => iso(a['Publication date']!).localeCompare(iso(b['Publication date']!)));
    expect(rows[0]!['Overall effectiveness']).toBe('Inadequate');
    const firstGood = rows.find((row) => ['Good', 'Outstanding'].includes(row['Overall effectiveness']!))!;
    const own = journeys.filter((journey) => journey.history.key === 'E06000058');
    expect(own).toHaveLength(1);
    expect(formatIso(own[0]!.start.known)).toBe(iso(rows[0]!['Publication date']!));
    expect(own[0]!.status).toBe('reached');
    expect(formatIso(own[0]!.through.at(-1)!.known)).toBe(iso(firstGood['Publication date']!));
    // Its history holds no inspection of the authorities it replaced.
    const history = strandHistories(dataset, WHOLE).find((candidate) => candidate.key === 'E06000058')!;
    expect(history.steps).toHaveLength(rows.length);
    expect(transitionsOf([history]).every((move) => move.from.inspection.authority.onsCode === 'E06000058')).toBe(true);
  });

  it('has every authority whose latest overall effectiveness at 31 March 2025 is Inadequate still on a journey', () => {
    const inadequate = sheet(OFSTED_FILES[1])
      .filter((row) => row['Overall effectiveness'] === 'Inadequate')
      .map((row) => row['Local authority area code']!)
      .sort();
    expect(inadequate.length).toBeGreaterThan(3);
    const open = journeys
      .filter(
        (journey) => journey.status === 'still-below-good' && journey.history.steps.at(-1)!.outcome === 'inadequate',
      )
      .map((journey) => journey.history.key);
    for (const code of inadequate) expect(open, code).toContain(code);
  });
});
