// The authority view's timeline model: the sentences, the rows the chart draws, and the events it cannot draw.
import { describe, expect, it } from 'vitest';
import { authorityTimeline, describeInspection } from '../../../../src/features/authority/authorityTimeline';
import { authorityInspections, gradeDistribution } from '../../../../src/analytics';
import type { Inspection } from '../../../../src/domain';
import { OFSTED_FILES, WALSALL_FILES, readData } from '../../../helpers/realData';
import { WALSALL, datasetOf, entriesOf, ilacs, tidy, walsallDataset } from './authorityFixtures';

describe('describeInspection', () => {
  const inspection = (csvRows: string[]): Inspection => datasetOf({ 'a.csv': tidy(csvRows) }).inspections[0]!;

  it.each([
    [
      'one judgement',
      ['Walsall,E08000030,West Midlands,Joint inspection,2008,Overall,Good'],
      'Walsall’s inspection of 2008 made 1 judgement: 1 good (100%).',
    ],
    [
      'worst grade first with its share, and areas not judged',
      [
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Overall effectiveness,Good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Impact of leaders,Good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Children who need help and protection,Requires improvement to be good',
        'Walsall,E08000030,West Midlands,ILACS Standard Inspection,2021-10-04,Care leavers,',
      ],
      'Walsall’s inspection of 4 October 2021 made 3 judgements: 1 requires improvement to be good (33%) and 2 good. 1 area was not judged.',
    ],
  ])('%s', (_name, rows, expected) => {
    const subject = inspection(rows);
    expect(describeInspection('Walsall', subject, gradeDistribution(subject))).toBe(expected);
  });
});

describe('authorityTimeline on the default Walsall files', () => {
  const dataset = datasetOf(
    Object.fromEntries([...WALSALL_FILES, OFSTED_FILES[0]].map((file) => [file, readData(file)])),
  );

  it('orders inspections from 2008 to 2021 with shares that add up to one', () => {
    const timeline = authorityTimeline('Walsall', authorityInspections(dataset, WALSALL));
    expect(timeline.rows.map((row) => row.label)).toEqual([
      '2008: Joint inspection',
      'June 2012: Inspection of safeguarding and looked after children services',
      '4 October 2021: ILACS Standard Inspection',
    ]);
    for (const row of timeline.rows) {
      expect(Object.values(row.shares).reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
    }
    expect(timeline.rows[1]?.counts).toEqual({
      outstanding: 0,
      good: 2,
      adequate: 12,
      'requires-improvement': 0,
      inadequate: 8,
    });
    expect(timeline.grades).toEqual(['good', 'adequate', 'requires-improvement', 'inadequate']);
  });

  it('has no rows for an authority the dataset does not hold', () => {
    const timeline = authorityTimeline('Nowhere', authorityInspections(dataset, 'E99999999'));
    expect(timeline.rows).toEqual([]);
    expect(timeline.events).toEqual([]);
  });
});

describe('authorityTimeline events', () => {
  const walsall = walsallDataset();
  const overall = { id: 'overall-effectiveness', label: 'Overall effectiveness' };
  const careLeavers = { id: 'care-leavers', label: 'The experiences and progress of care leavers' };

  it.each([
    [
      'all areas: every inspection is a bar, the visit is an event without grades',
      undefined,
      ['judged', 'judged', 'judged', 'visit'],
      [1, 22, 4],
    ],
    [
      'overall effectiveness only: counts-only 2012 and the 2008 finding cannot be placed in the area',
      overall,
      ['ungraded', 'ungraded', 'judged', 'visit'],
      [1],
    ],
    [
      'care leavers: not judged in 2021, so no bar at all',
      careLeavers,
      ['ungraded', 'ungraded', 'ungraded', 'visit'],
      [],
    ],
  ])('%s', (_name, area, kinds, judged) => {
    const timeline = authorityTimeline('Walsall', entriesOf(walsall, WALSALL), area);
    expect(timeline.events.map((event) => event.kind)).toEqual(kinds);
    expect(timeline.rows.map((row) => row.distribution.judged)).toEqual(judged);
    expect(timeline.visits.map((visit) => visit.type)).toEqual(['LA Monitoring visit']);
  });

  it('says why an event has no bar', () => {
    const timeline = authorityTimeline('Walsall', entriesOf(walsall, WALSALL), careLeavers);
    const reasons = timeline.events.flatMap((event) => (event.kind === 'ungraded' ? [event.reason] : []));
    expect(reasons[0]).toMatch(/^No judgement of/);
    expect(reasons[1]).toMatch(/^Known only by its counts/);
    expect(reasons[2]).toMatch(/only judged from 1 January 2023/);
  });

  it('keeps an inspection whose every area was not judged as an event, not an empty bar', () => {
    const dataset = datasetOf({ 'a.csv': tidy(ilacs('Bury', 'E08000002', '2019-01-07', ['', '', '', ''])) });
    const timeline = authorityTimeline('Bury', entriesOf(dataset, 'E08000002'));
    expect(timeline.rows).toEqual([]);
    expect(timeline.events.map((event) => event.kind)).toEqual(['ungraded']);
  });

  it('is empty for no entries', () => {
    expect(authorityTimeline('Walsall', [])).toMatchObject({ rows: [], events: [], grades: [], visits: [] });
  });
});
