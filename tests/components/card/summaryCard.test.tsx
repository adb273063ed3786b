// @vitest-environment jsdom
// The summary card on the real default data: its figures against counts made straight from Ofsted's sheets, and its drawing fits A4.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PartialDate } from '../../../src/domain';
import { GRADE_COLOURS } from '../../../src/components/gradeColours';
import { cardSvg } from '../../../src/features/card/cardSvg';
import { summaryCard, type SummaryCard } from '../../../src/features/card/summaryCard';
import { OFSTED_FILES, loadDefaultDatasetFromDisk, readData, splitCsvLine } from '../../helpers/realData';

let dataset: Dataset;
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
});

const MADE_ON: PartialDate = { precision: 'day', year: 2025, month: 5, day: 6 };
const WALSALL = 'E08000030';
const BIRMINGHAM = 'E08000025';

function cardOf(key: string): SummaryCard {
  const card = summaryCard(dataset, key, MADE_ON);
  if (!card) throw new Error(`no card for ${key}`);
  return card;
}

/** The as-at-31-March sheet's rows (header on line 3), read without the importer. */
function asAtRows(): { header: string[]; rows: string[][] } {
  const lines = readData(OFSTED_FILES[1])
    .split('\n')
    .filter((line) => line.trim() !== '');
  return { header: splitCsvLine(lines[2] ?? ''), rows: lines.slice(3).map(splitCsvLine) };
}

/** "67%": good or better among those graded in the column, optionally in one region. */
function goodOrBetterShare(column: string, region?: string): string {
  const { header, rows } = asAtRows();
  const index = header.indexOf(column);
  const regionIndex = header.indexOf('Ofsted region');
  const grades = rows
    .filter((row) => region === undefined || row[regionIndex] === region)
    .map((row) => row[index] ?? '');
  const graded = grades.filter((grade) =>
    ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'].includes(grade),
  );
  const good = graded.filter((grade) => grade === 'Outstanding' || grade === 'Good');
  return `${Math.round((good.length / graded.length) * 100)}%`;
}

describe('summaryCard', () => {
  it('gives Walsall’s latest inspection area by area, with grades in words, as in Ofsted’s sheet', () => {
    const card = cardOf(WALSALL);
    const { header, rows } = asAtRows();
    const row = rows.find((cells) => cells[header.indexOf('Local authority area code')] === WALSALL)!;
    expect(card.authorityName).toBe('Walsall');
    expect(card.regionName).toBe(row[header.indexOf('Ofsted region')]);
    expect(card.latest?.date).toBe('4 October 2021');
    expect(card.latest?.areas[0]).toMatchObject({
      area: 'Overall effectiveness',
      latest: { word: row[header.indexOf('Overall effectiveness')] },
    });
    expect(card.latest?.areas.map((area) => area.latest.word)).toContain('Requires improvement to be good');
    // The previous inspection is the one just before, the 2017 single inspection, whose grade scale differs.
    expect(card.latest?.changeNote).toBe(
      "Previous: 4 September 2017, Single Inspection of LA Children's Services (SIF) First SIF. The two used different grade scales: compare positions, not words.",
    );
    expect(card.latest?.areas[0]).toMatchObject({ previous: { word: 'Requires improvement' }, change: 'Improved' });
  });

  it('places Walsall against England and the West Midlands with shares counted from the sheet', () => {
    const position = cardOf(WALSALL).position!;
    expect(position.asAt).toBe('31 March 2025');
    const overall = position.rows.find((row) => row.area === 'Overall effectiveness')!;
    expect(overall.england).toBe(goodOrBetterShare('Overall effectiveness'));
    expect(overall.region).toBe(goodOrBetterShare('Overall effectiveness', 'West Midlands'));
    expect(overall.england).not.toBe(overall.region);
  });

  it('shows the change from Birmingham’s previous ILACS inspection, area by area', () => {
    const card = cardOf(BIRMINGHAM);
    const overall = card.latest?.areas.find((area) => area.area === 'Overall effectiveness');
    expect(overall).toMatchObject({
      latest: { word: 'Good' },
      previous: { word: 'Requires improvement to be good' },
      change: 'Improved',
    });
    expect(card.latest?.changeNote).toBe('Previous: 3 December 2018, ILACS Standard Inspection.');
  });

  it('lists every judged inspection on the timeline, the 2012 counts included, and the felt-safe measure', () => {
    const card = cardOf(WALSALL);
    expect(card.timeline.map((bar) => bar.label.slice(0, 9))).toEqual([
      '2008: Joi',
      'June 2012',
      '2 August ',
      '4 Septemb',
      '4 October',
    ]);
    expect(card.earlierLeftOut).toBe(0);
    const june2012 = card.timeline[1]!;
    expect(june2012.judged).toBe(22);
    expect(june2012.segments.map((segment) => [segment.word, segment.count])).toEqual([
      ['Good', 2],
      ['Adequate', 12],
      ['Inadequate', 8],
    ]);
    expect(card.measures.join(' ')).toMatch(/felt safe: 94% \(June 2012\)/);
    expect(card.sources).toContain('Walsall Council, minutes');
    expect(card.madeOn).toBe('6 May 2025');
  });

  it('is undefined for an authority the data does not hold', () => {
    expect(summaryCard(dataset, 'E99999999', MADE_ON)).toBeUndefined();
  });
});

describe('cardSvg', () => {
  it('draws Walsall’s card as parseable SVG whose text is text, with each grade’s word on its colour', () => {
    const { svg } = cardSvg(cardOf(WALSALL));
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const words = [...document.querySelectorAll('text')].map((node) => node.textContent).join(' ');
    for (const expected of [
      'Walsall',
      '4 October 2021',
      'Requires improvement to be good',
      'Not judged',
      'West Midlands',
      'Made on 6 May 2025',
      'Sources: Ofsted',
    ]) {
      expect(words).toContain(expected);
    }
    const tag = [...document.querySelectorAll('text')].find(
      (node) => node.textContent === 'Requires improvement to be good' && node.getAttribute('font-weight') === '700',
    );
    expect(tag?.previousElementSibling?.getAttribute('fill')).toBe(GRADE_COLOURS['requires-improvement']);
  });

  it('needs no stylesheet: no style elements or attributes, which the page’s CSP would block and office software ignores', () => {
    const { svg } = cardSvg(cardOf(BIRMINGHAM));
    expect(svg).not.toMatch(/<style|style="/);
  });

  it('fits one A4 page (190 × 277 mm inside 10 mm margins) for every authority held', () => {
    const tallest = [...dataset.authorities.keys()]
      .map((key) => ({ key, drawn: cardSvg(cardOf(key)) }))
      .reduce((a, b) => (b.drawn.height / b.drawn.width > a.drawn.height / a.drawn.width ? b : a));
    expect(tallest.drawn.height / tallest.drawn.width).toBeLessThanOrEqual(277 / 190);
  });
});
