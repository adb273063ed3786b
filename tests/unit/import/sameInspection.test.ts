// The same-inspection rule: a fortnight between inspection dates, 0 to 240 days from an inspection to a report known
// only by its publication, never across families; and both dates kept, with their sources, when files disagree.
import { describe, expect, it } from 'vitest';
import { dateDisagreements, type Inspection, type PartialDate } from '../../../src/domain';
import { buildFromGroups, sameInspection, type RecordGroup } from '../../../src/import';

const day = (iso: string): PartialDate => {
  const [year, month, date] = iso.split('-').map(Number);
  return date === undefined
    ? { precision: 'month', year: year!, month: month! }
    : { precision: 'day', year: year!, month: month!, day: date };
};

const WALSALL = { name: 'Walsall', onsCode: 'E08000030' };

/** An inspection record as an importer gives it; `published` alone means the file knew only the publication date. */
function record(given: {
  date?: string;
  published?: string;
  type?: string;
  framework?: Inspection['framework'];
  file?: string;
  line?: number;
}): Inspection {
  const date = given.date ?? given.published!;
  return {
    authority: WALSALL,
    type: given.type ?? 'ILACS Standard Inspection',
    framework: given.framework ?? 'ilacs',
    date: day(date),
    ...(given.published ? { publicationDate: day(given.published) } : {}),
    judgements: [
      {
        area: { id: 'overall-effectiveness', label: 'Overall effectiveness' },
        outcome: { kind: 'graded', grade: 'good' },
      },
    ],
    sources: [{ file: given.file ?? 'a.csv', line: given.line ?? 2 }],
  };
}

describe('inspection dates within 14 days of each other', () => {
  // 4 October 2021 and the days either side of the window, counted on a calendar.
  it.each([
    ['the same day', '2021-10-04', true],
    ['14 days later (18 October)', '2021-10-18', true],
    ['15 days later (19 October)', '2021-10-19', false],
    ['14 days earlier (20 September)', '2021-09-20', true],
    ['15 days earlier (19 September)', '2021-09-19', false],
    ['across a month end: 31 October against 4 October is 27 days', '2021-10-31', false],
  ])('%s: same inspection %s', (_when, other, same) => {
    const held = record({ date: '2021-10-04', published: '2021-11-26' });
    expect(sameInspection(held, record({ date: other, published: '2021-11-26' }), true)).toBe(same);
    expect(sameInspection(record({ date: other }), held, true)).toBe(same);
  });

  it('a month-only date is the same inspection as a day within that month', () => {
    expect(sameInspection(record({ date: '2021-10' }), record({ date: '2021-10-25' }), true)).toBe(true);
    expect(sameInspection(record({ date: '2021-09' }), record({ date: '2021-10-25' }), true)).toBe(false);
  });
});

describe('a record known only by its publication date, 0 to 240 days after the inspection date', () => {
  // Inspected 4 October 2021; 240 days later is 1 June 2022 (27 + 30 + 31 + 31 + 28 + 31 + 30 + 31 + 1).
  it.each([
    ['published the same day', '2021-10-04', true],
    ['published 53 days later (26 November, as Ofsted did)', '2021-11-26', true],
    ['published 240 days later (1 June 2022)', '2022-06-01', true],
    ['published 241 days later (2 June 2022)', '2022-06-02', false],
    ['published the day before the inspection began', '2021-10-03', false],
  ])('%s: same inspection %s', (_when, published, same) => {
    const inspected = record({ date: '2021-10-04' });
    const publishedOnly = record({ published });
    expect(sameInspection(inspected, publishedOnly, true)).toBe(same);
    expect(sameInspection(publishedOnly, inspected, true)).toBe(same);
  });

  it("two records that both know when their inspection began are not matched by one's publication date", () => {
    // Nottingham's monitoring visits of 3 April 2024 and 31 July 2024 (published 2 September 2024, 152 days after
    // the first began) are two visits, as Ofsted's in-year sheet lists them.
    const first = record({
      date: '2024-04-03',
      published: '2024-05-15',
      type: 'LA Monitoring visit',
      framework: 'ilacs-visit',
    });
    const second = record({
      date: '2024-07-31',
      published: '2024-09-02',
      type: 'LA Monitoring visit',
      framework: 'ilacs-visit',
    });
    expect(sameInspection(first, second, true)).toBe(false);
  });
});

describe('never the same inspection', () => {
  it.each([
    [
      'a child protection re-inspection and the inspection it followed',
      { type: 'Child Protection Inspections (CPI)', framework: 'cpi' as const },
      { type: 'Child Protection Re-Inspection (CPRI)', framework: 'cpi' as const },
    ],
    [
      'a focused visit and a standard inspection',
      { type: 'ILACS Focused Visit', framework: 'ilacs-visit' as const },
      { type: 'ILACS Standard Inspection', framework: 'ilacs' as const },
    ],
    [
      'a SIF inspection and a SLAC inspection',
      { type: 'Single inspection framework', framework: 'sif' as const },
      { type: 'Safeguarding and looked after children', framework: 'slac' as const },
    ],
  ])('%s, on the same day', (_what, a, b) => {
    expect(sameInspection(record({ date: '2013-06-10', ...a }), record({ date: '2013-06-10', ...b }), true)).toBe(
      false,
    );
  });

  it('two authorities, on the same day', () => {
    expect(sameInspection(record({ date: '2021-10-04' }), record({ date: '2021-10-04' }), false)).toBe(false);
  });
});

describe('merging two files whose records are one inspection', () => {
  const group = (
    file: string,
    inspections: Inspection[],
    onDuplicate: RecordGroup['onDuplicate'] = 'merge',
  ): RecordGroup => ({ file, inspections, measures: [], onDuplicate });

  it('keeps one record, both inspection dates with their sources, and says so', () => {
    const { dataset, conflicts } = buildFromGroups([
      group('new.csv', [record({ date: '2023-07-11', published: '2023-08-25', file: 'new.csv', line: 63 })]),
      group('old.csv', [record({ date: '2023-07-10', published: '2023-08-25', file: 'old.csv', line: 9 })]),
    ]);
    expect(dataset.inspections).toHaveLength(1);
    const [merged] = dataset.inspections;
    expect(merged!.sources).toEqual([
      { file: 'new.csv', line: 63 },
      { file: 'old.csv', line: 9 },
    ]);
    expect(dateDisagreements(merged!)).toEqual([
      'Sources disagree on when this inspection began: 11 July 2023 (new.csv, row 63); 10 July 2023 (old.csv, row 9). Both are kept; check the inspection report.',
    ]);
    expect(conflicts.map((conflict) => [conflict.line, conflict.column, conflict.value, conflict.severity])).toEqual([
      [9, 'Date', '2023-07-10', 'warning'],
    ]);
  });

  it('says nothing about dates when the files agree', () => {
    const { dataset, conflicts } = buildFromGroups([
      group('new.csv', [record({ date: '2023-07-11', published: '2023-08-25', file: 'new.csv' })]),
      group('old.csv', [record({ date: '2023-07-11', published: '2023-08-25', file: 'old.csv' })]),
    ]);
    expect(dataset.inspections.map(dateDisagreements)).toEqual([[]]);
    expect(conflicts).toEqual([]);
  });

  it('takes the inspection date from the file that knows it, and keeps both publication dates when they differ', () => {
    const { dataset } = buildFromGroups([
      group('published.csv', [record({ published: '2022-11-05', file: 'published.csv', line: 99 })]),
      group('inspected.csv', [
        record({ date: '2022-07-11', published: '2022-09-05', file: 'inspected.csv', line: 172 }),
      ]),
    ]);
    expect(dataset.inspections).toHaveLength(1);
    expect(dataset.inspections[0]!.date).toEqual(day('2022-07-11'));
    expect(dateDisagreements(dataset.inspections[0]!)).toEqual([
      'Sources disagree on when its report was published: 5 November 2022 (published.csv, row 99); 5 September 2022 (inspected.csv, row 172). Both are kept; check the inspection report.',
    ]);
  });

  it("a file's own records stay apart as the file keeps them, even a few days apart", () => {
    const { dataset } = buildFromGroups([
      group('visits.csv', [
        record({ date: '2023-05-02', file: 'visits.csv', line: 2 }),
        record({ date: '2023-05-09', file: 'visits.csv', line: 3 }),
      ]),
    ]);
    expect(dataset.inspections).toHaveLength(2);
  });

  it("a later file's record is matched to one held record only once: its second record near that date is its own", () => {
    const { dataset, groups } = buildFromGroups([
      group('held.csv', [record({ date: '2023-05-05', file: 'held.csv' })]),
      group('later.csv', [
        record({ date: '2023-05-02', file: 'later.csv', line: 2 }),
        record({ date: '2023-05-09', file: 'later.csv', line: 3 }),
      ]),
    ]);
    expect(dataset.inspections).toHaveLength(2);
    expect(groups[1]).toEqual({ added: 1, merged: 1, replaced: 0, setAside: 0 });
  });
});

describe('a third file after two were merged', () => {
  it('is matched by the inspection date the merged record took from the second file', () => {
    const group = (file: string, inspections: Inspection[]): RecordGroup => ({
      file,
      inspections,
      measures: [],
      onDuplicate: 'merge',
    });
    // Published 5 November 2022 (its only date); then a file that knows it began on 11 July 2022; then one that knows
    // only a publication on 1 February 2023: 88 days after the first publication (two reports, if both knew only that),
    // but 205 days after the inspection began, which the merged record now knows.
    const { dataset } = buildFromGroups([
      group('published.csv', [record({ published: '2022-11-05', file: 'published.csv' })]),
      group('inspected.csv', [record({ date: '2022-07-11', file: 'inspected.csv' })]),
      group('third.csv', [record({ published: '2023-02-01', file: 'third.csv' })]),
    ]);
    expect(dataset.inspections).toHaveLength(1);
    expect(dataset.inspections[0]!.sources.map((source) => source.file)).toEqual([
      'published.csv',
      'inspected.csv',
      'third.csv',
    ]);
  });
});
