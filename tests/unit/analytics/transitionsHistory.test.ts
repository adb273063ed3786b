// Moves between consecutive inspections, counted by the analytics from Ofsted's 2009–2023 table as the app imports it,
// against a count made here from the same table read with papaparse alone.
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { strandHistories, transitionCounts, transitionsOf, type StepOutcome } from '../../../src/analytics';
import { importDefaultFiles } from '../../../src/data/defaultFiles';
import { STRANDS, type Dataset, type StrandId } from '../../../src/domain';
import { buildDataset } from '../../../src/import';
import { readData } from '../../helpers/realData';

const FILE = 'csc_in_england_2023__LA_inspections_2009-2023.csv';

/**
 * Which columns grade each strand, by the words of their headings, and whether the column's framework said Adequate
 * for what the table prints as "Requires improvement to be good" (SLAC, CPI and TLAC, before November 2013).
 */
const COLUMNS: Record<StrandId, ReadonlyArray<{ readonly heading: RegExp; readonly adequate: boolean }>> = {
  'whole-service': [
    { heading: /^First SIF Overall Judgement/, adequate: false },
    { heading: /^SIF Re-inspection Overall Judgement/, adequate: false },
    { heading: /^(First )?ILACS framework overall effectiveness$/, adequate: false },
    { heading: /^Second ILACS framework overall effectiveness$/, adequate: false },
  ],
  'help-and-protection': [
    { heading: /^SLAC Safeguarding Overall effectiveness/, adequate: true },
    { heading: /^SLAC re-inspection Safeguarding OE$/, adequate: true },
    { heading: /^CPI Overall Effectiveness/, adequate: true },
    { heading: /^CPRI Overall Effectiveness/, adequate: true },
    { heading: /^First SIF children who need help and protection$/, adequate: false },
    { heading: /^SIF Re-inspection children who need help and protection$/, adequate: false },
    { heading: /^(First )?ILACS framework experiences and progress of children who need help/, adequate: false },
    { heading: /^Second ILACS framework experiences and progress of children who need help/, adequate: false },
  ],
  'children-in-care': [
    { heading: /^SLAC Looked After Children Overall Effectiveness/, adequate: true },
    { heading: /^SLAC re-inspection of services Children Looked After OE$/, adequate: true },
    { heading: /^TLAC Overall Effectiveness/, adequate: true },
    { heading: /^First SIF children looked after and achieving permanence$/, adequate: false },
    { heading: /^SIF Re-inspection children looked after and achieving permanence$/, adequate: false },
    { heading: /^(First )?ILACS framework experiences and progress of children in care/, adequate: false },
    { heading: /^Second ILACS framework experiences and progress of children in care$/, adequate: false },
  ],
};

const WORDS: Record<string, StepOutcome> = {
  Outstanding: 'outstanding',
  Good: 'good',
  Inadequate: 'inadequate',
  Adequate: 'adequate',
};

/** "from→to" → count, over every authority's consecutive graded cells of the strand, ordered by publication date. */
function countFromTable(strand: StrandId): Map<string, number> {
  const rows = Papa.parse<string[]>(readData(`ofsted/${FILE}`)).data;
  // An authority in both of the table's tables (Dorset, before and after 2019) is one authority: one history.
  const byAuthority = new Map<string, Array<{ published: string; grade: StepOutcome }>>();
  const found = new Set<RegExp>();
  let header: string[] | undefined;
  for (const row of rows) {
    if (row[1] === 'Local authority name') {
      header = row;
      continue;
    }
    if (!header || row[0] !== 'Ofsted Local Authority Webpage' || !row[1]) continue;
    const judged = byAuthority.get(row[1]) ?? [];
    for (const { heading, adequate } of COLUMNS[strand]) {
      const column = header.findIndex((cell) => heading.test(cell.trim()));
      // A column missing from the second table (authorities that no longer exist: one set of ILACS columns) is only
      // missing there; every column must be in some table (checked below).
      if (column < 0) continue;
      found.add(heading);
      const word = row[column]?.trim() ?? '';
      const grade =
        word === 'Requires improvement to be good' ? (adequate ? 'adequate' : 'requires-improvement') : WORDS[word];
      if (!grade) continue;
      // The date is the nearest publication date column to the left of the grade.
      let dateColumn = column;
      while (dateColumn > 0 && !/publication date$/i.test(header[dateColumn]!)) dateColumn -= 1;
      const [day, month, year] = row[dateColumn]!.trim().split('/');
      judged.push({ published: `${year}-${month}-${day}`, grade });
    }
    byAuthority.set(row[1], judged);
  }
  const missing = COLUMNS[strand].filter(({ heading }) => !found.has(heading));
  if (missing.length > 0) throw new Error(`No column ${missing.map(({ heading }) => heading).join(', ')} in ${FILE}`);
  const counts = new Map<string, number>();
  for (const judged of byAuthority.values()) {
    judged.sort((a, b) => a.published.localeCompare(b.published));
    for (let i = 1; i < judged.length; i++) {
      const key = `${judged[i - 1]!.grade}→${judged[i]!.grade}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

let dataset: Dataset;
beforeAll(() => {
  dataset = buildDataset(importDefaultFiles([{ name: FILE, text: readData(`ofsted/${FILE}`) }])).dataset;
});

describe('transition counts against Ofsted’s table of inspections since 2009', () => {
  it.each(STRANDS.map((strand) => [strand.id]))('counts the %s strand’s moves as the table gives them', (id) => {
    const strand = STRANDS.find((candidate) => candidate.id === id)!;
    const counts = transitionCounts(transitionsOf(strandHistories(dataset, strand)), {});
    const held = new Map<string, number>();
    for (const row of counts.rows)
      for (const [to, count] of Object.entries(row.to)) if (count > 0) held.set(`${row.from}→${to}`, count);
    const expected = countFromTable(id);
    expect([...expected.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
    expect(Object.fromEntries([...held].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(counts.total).toBe([...expected.values()].reduce((sum, count) => sum + count, 0));
  });
});
