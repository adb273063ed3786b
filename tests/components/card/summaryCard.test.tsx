// @vitest-environment jsdom
// The summary card on the real default data: its figures against counts made straight from Ofsted's sheets, and its drawing fits A4.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PartialDate } from '../../../src/domain';
import { GRADE_COLOURS } from '../../../src/components/gradeColours';
import { cardSvg } from '../../../src/features/card/cardSvg';
import { summaryCard, type SummaryCard } from '../../../src/features/card/summaryCard';
import { importDefaultProviders } from '../../../src/data/defaultFiles';
import { defaultProviderList } from '../../../src/data/useProviders';
import type { HeldProviderList } from '../../../src/domain/providerLists';
import { DATA_DIR, OFSTED_FILES, loadDefaultDatasetFromDisk, readData, splitCsvLine } from '../../helpers/realData';

let dataset: Dataset;
let providerList: HeldProviderList;
const PROVIDER_DIR = join(DATA_DIR, 'ofsted', 'providers');
const AT_MARCH = 'csc_in_england_2023__Provider_level_at_31_Mar_2023.csv';
const IN_YEAR = 'csc_in_england_2023__Provider_level_in_year_2022-23.csv';
beforeAll(async () => {
  dataset = (await loadDefaultDatasetFromDisk()).dataset;
  const files = readdirSync(PROVIDER_DIR).map((name) => ({
    name,
    text: readFileSync(join(PROVIDER_DIR, name), 'utf8'),
  }));
  providerList = defaultProviderList(importDefaultProviders(files).lists);
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

const OVERALL = 'Overall experiences and progress of children and young people';

/** A sheet of the provider data as objects keyed by heading (the header is the row starting "Web link"). */
function providerSheet(name: string): Array<Record<string, string>> {
  const rows = Papa.parse<string[]>(readFileSync(join(PROVIDER_DIR, name), 'utf8'), { skipEmptyLines: true }).data;
  const at = rows.findIndex((row) => row[0] === 'Web link');
  return rows.slice(at + 1).map((row) => Object.fromEntries(rows[at]!.map((heading, i) => [heading, row[i] ?? ''])));
}

/**
 * The children's homes of the list at 31 March, read with papaparse, as [located, graded, good or outstanding], for one
 * authority or England. A grade counts only from a full inspection: two homes' latest "full" event in the list is a
 * monitoring visit, and for them the grade is that of their full inspection in the year's list.
 */
function homesCounted(authority?: string): [number, number, number] {
  const yearsFull = providerSheet(IN_YEAR).filter((row) => row['Inspection event type'] === 'Full inspection');
  const homes = providerSheet(AT_MARCH).filter(
    (row) =>
      row['Provision type']!.toLowerCase() === "children's home" &&
      (authority === undefined || row['Local authority'] === authority),
  );
  const grades = homes.flatMap((row) => {
    if (row['Latest full inspection event type'] === 'Full inspection') return row[OVERALL] ? [row[OVERALL]] : [];
    const inYear = yearsFull.filter((event) => event.URN === row.URN && event[OVERALL] !== '');
    return inYear.length > 0 ? [inYear[inYear.length - 1]![OVERALL]!] : [];
  });
  return [homes.length, grades.length, grades.filter((grade) => grade === 'Outstanding' || grade === 'Good').length];
}

describe('the card’s line on children’s homes', () => {
  it('counts Walsall’s homes at 31 March 2023 by latest full-inspection grade, against England, as the list does', () => {
    const card = summaryCard(dataset, WALSALL, MADE_ON, providerList)!;
    const [located, graded, good] = homesCounted('Walsall');
    const [, englandGraded, englandGood] = homesCounted();
    expect(card.homes).toMatchObject({
      asAt: '31 March 2023',
      located,
      graded,
      goodOrOutstanding: good,
      england: { graded: englandGraded, goodOrOutstanding: englandGood },
    });
    expect(card.homes!.sentence).toBe(
      `At 31 March 2023, ${located} children’s homes were located in Walsall. ${good} of the ${graded} with a grade (${Math.round((good / graded) * 100)}%) were Good or Outstanding at their latest full inspection, against ${Math.round((englandGood / englandGraded) * 100)}% of ${englandGraded.toLocaleString('en-GB')} in England.`,
    );
    expect(card.sources).toContain(
      'Children’s homes: Ofsted, Children’s social care data in England 2023 (official statistics): provider level at 31 Mar 2023',
    );
  });

  it('compares a list the user brought in with the whole list, never with England, and cites the user’s file', () => {
    const own = { ...providerList, id: 'kept', origin: 'user' as const, files: ['our-homes.csv'] };
    const card = summaryCard(dataset, WALSALL, MADE_ON, own)!;
    const [, englandGraded] = homesCounted();
    expect(card.homes!.sentence).toMatch(
      new RegExp(`of ${englandGraded.toLocaleString('en-GB')} in the whole list\\.$`),
    );
    expect(card.homes!.sentence).not.toContain('England');
    expect(card.sources).toContain('our-homes.csv');
  });

  it('is left off, with its source, when no provider list is held', () => {
    const card = cardOf(WALSALL);
    expect(card.homes).toBeUndefined();
    expect(card.sources).not.toContain('provider level');
  });

  it('is drawn with the note that located means where the home is', () => {
    const { svg } = cardSvg(summaryCard(dataset, WALSALL, MADE_ON, providerList)!);
    const words = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')]
      .map((node) => node.textContent)
      .join(' ');
    expect(words).toContain('Children’s homes located in Walsall');
    expect(words).toContain('not the council that places children there');
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
      .map((key) => ({ key, drawn: cardSvg(summaryCard(dataset, key, MADE_ON, providerList)!) }))
      .reduce((a, b) => (b.drawn.height / b.drawn.width > a.drawn.height / a.drawn.width ? b : a));
    expect(tallest.drawn.height / tallest.drawn.width).toBeLessThanOrEqual(277 / 190);
  });
});
