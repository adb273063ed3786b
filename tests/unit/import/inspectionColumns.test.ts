// Records gathered straight into the codec's columns: the same records whether handed over as objects or packed.
import { describe, expect, it } from 'vitest';
import { judgementAreaFor, type Inspection, type Outcome } from '../../../src/domain';
import { inspectionDecoder } from '../../../src/import/inspectionCodec';
import { InspectionColumns } from '../../../src/import/inspectionColumns';

const walsall = { name: 'Walsall', onsCode: 'E08000030', laNumber: '335', region: 'West Midlands' };
const devon = { name: 'Devon', onsCode: 'E10000008', laNumber: '878', region: 'South West' };
const good: Outcome = { kind: 'graded', grade: 'good' };
const inadequate: Outcome = { kind: 'graded', grade: 'inadequate' };
const overall = judgementAreaFor('Overall effectiveness');
const inCare = judgementAreaFor('Children in care');
const day = (year: number, month: number, date: number) => ({ precision: 'day', year, month, day: date }) as const;

const decoded = (gathered: InspectionColumns) => {
  const packed = gathered.toPacked();
  return inspectionDecoder(packed)(0, packed.count);
};

describe('InspectionColumns', () => {
  it('keeps each inspection’s judgements and sources in the order added, however their rows interleave', () => {
    const gathered = new InspectionColumns();
    const first = gathered.add({ authority: walsall, type: 'ILACS', framework: 'ilacs', date: day(2022, 3, 7) });
    const second = gathered.add({
      authority: devon,
      type: 'ILACS',
      framework: 'ilacs',
      date: day(2023, 1, 9),
      publicationDate: day(2023, 2, 20),
    });
    gathered.addJudgement(first, { area: overall, outcome: good });
    gathered.addSource(first, { file: 'a.csv', line: 2 });
    gathered.addJudgement(second, { area: overall, outcome: inadequate, note: 'As printed' });
    gathered.addSource(second, { file: 'a.csv', line: 3 });
    gathered.addJudgement(first, { area: inCare, outcome: inadequate });
    gathered.addSource(first, { file: 'a.csv', line: 4 });

    const expected: Inspection[] = [
      {
        authority: walsall,
        type: 'ILACS',
        framework: 'ilacs',
        date: day(2022, 3, 7),
        judgements: [
          { area: overall, outcome: good },
          { area: inCare, outcome: inadequate },
        ],
        sources: [
          { file: 'a.csv', line: 2 },
          { file: 'a.csv', line: 4 },
        ],
      },
      {
        authority: devon,
        type: 'ILACS',
        framework: 'ilacs',
        date: day(2023, 1, 9),
        publicationDate: day(2023, 2, 20),
        judgements: [{ area: overall, outcome: inadequate, note: 'As printed' }],
        sources: [{ file: 'a.csv', line: 3 }],
      },
    ];
    expect(gathered.toRecords()).toEqual(expected);
    expect(decoded(gathered)).toEqual(expected);
    // Objects are shared, not copied: the first record seen with each value is the one handed on.
    expect(gathered.toRecords()[0]!.authority).toBe(walsall);
  });

  it('leaves no trace of what was added after a mark once rolled back to it', () => {
    const gathered = new InspectionColumns();
    const kept = gathered.add({ authority: walsall, type: 'SIF', framework: 'sif', date: day(2015, 5, 1) });
    gathered.addJudgement(kept, { area: overall, outcome: good });
    gathered.addSource(kept, { file: 'b.csv', line: 6 });
    const before = gathered.toRecords();

    const mark = gathered.mark();
    const dropped = gathered.add({ authority: devon, type: 'SIF', framework: 'sif', date: day(2016, 1, 1) });
    gathered.addJudgement(dropped, { area: overall, outcome: inadequate });
    gathered.addSource(dropped, { file: 'b.csv', line: 7 });
    gathered.rollback(mark);

    expect(gathered.count).toBe(1);
    expect(gathered.toRecords()).toEqual(before);
    expect(decoded(gathered)).toEqual(before);
    // What is added next takes the rolled-back places, linked to its own inspection only.
    const next = gathered.add({ authority: devon, type: 'SIF', framework: 'sif', date: day(2017, 1, 1) });
    gathered.addJudgement(next, { area: inCare, outcome: good });
    gathered.addSource(next, { file: 'b.csv', line: 9 });
    expect(decoded(gathered).map((record) => record.judgements.map((judgement) => judgement.area.id))).toEqual([
      [overall.id],
      [inCare.id],
    ]);
  });

  it('gives a framework that makes no judgements its sources but not its rows’ grades', () => {
    const gathered = new InspectionColumns();
    const visit = gathered.add({
      authority: walsall,
      type: 'Focused visit',
      framework: 'ilacs-visit',
      date: day(2024, 6, 4),
    });
    gathered.addJudgement(visit, { area: overall, outcome: good });
    gathered.addSource(visit, { file: 'c.csv', line: 2 });
    for (const records of [gathered.toRecords(), decoded(gathered)]) {
      expect(records).toHaveLength(1);
      expect(records[0]!.judgements).toEqual([]);
      expect(records[0]!.sources).toEqual([{ file: 'c.csv', line: 2 }]);
    }
  });
});
