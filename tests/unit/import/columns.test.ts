// columns: every heading wording to its field, area or grade count, and what a header row scores.
import { describe, expect, it } from 'vitest';
import type { GradeId } from '../../../src/domain/grade';
import { headerScore, mapColumns, normaliseHeading, roleOf, type FieldId } from '../../../src/import/columns';

describe('normaliseHeading', () => {
  it.each<[string, string]>([
    ['Inspection/Visit date', 'inspection visit date'],
    ['LA_Code', 'la code'],
    ['  Date of Inspection (dd/mm/yyyy) ', 'date of inspection'],
    ['Grade (1-4)', 'grade'],
    ['LOCAL   AUTHORITY', 'local authority'],
    ['Children’s services', 'children s services'],
    ['', ''],
  ])('%j → %j', (heading, normal) => {
    expect(normaliseHeading(heading)).toBe(normal);
  });
});

describe('roleOf finds the field a heading names, in any case and wording', () => {
  it.each<[string, FieldId]>([
    ['authority_name', 'authorityName'],
    ['Local authority', 'authorityName'],
    ['Local Authority', 'authorityName'],
    ['LOCAL AUTHORITY NAME', 'authorityName'],
    ['Local authority name', 'authorityName'],
    ['LA name', 'authorityName'],
    ['LA', 'authorityName'],
    ['Council', 'authorityName'],
    ['authority_code', 'authorityCode'],
    ['Local authority area code', 'authorityCode'],
    ['LA_Code', 'authorityCode'],
    ['LA number', 'authorityCode'],
    ['ONS code', 'authorityCode'],
    ['Old LA code', 'authorityCode'],
    ['region', 'region'],
    ['Ofsted region', 'region'],
    ['Region', 'region'],
    ['Local authority status', 'authorityStatus'],
    ['inspection_type', 'inspectionType'],
    ['Inspection type', 'inspectionType'],
    ['Inspection/Visit type', 'inspectionType'],
    ['Type of inspection', 'inspectionType'],
    ['inspection_date', 'date'],
    ['Inspection date', 'date'],
    ['Date of inspection', 'date'],
    ['DATE OF INSPECTION', 'date'],
    ['Inspection/Visit date', 'date'],
    ['Date', 'date'],
    ['Period', 'date'],
    ['publication_date', 'publicationDate'],
    ['Publication date', 'publicationDate'],
    ['Date published', 'publicationDate'],
    ['judgement_area', 'judgementArea'],
    ['Judgement', 'judgementArea'],
    ['JUDGEMENT', 'judgementArea'],
    ['Judgement area', 'judgementArea'],
    ['grade', 'grade'],
    ['Grade', 'grade'],
    ['Outcome', 'grade'],
    ['Judgement grade', 'grade'],
    ['measure', 'measure'],
    ['Indicator', 'measure'],
    ['value', 'value'],
    ['Percentage', 'value'],
    ['Unit', 'unit'],
    ['Notes', 'note'],
    ['Visit Theme', 'note'],
    ['Total', 'total'],
    ['Total judgements', 'total'],
  ])('%j is %s', (heading, field) => {
    expect(roleOf(heading)).toEqual({ kind: 'field', field });
  });

  it.each<[string, string]>([
    ['Overall effectiveness', 'overall-effectiveness'],
    ['OVERALL EFFECTIVENESS', 'overall-effectiveness'],
    ['The impact of leaders on social work practice with children and families', 'impact-of-leaders'],
    ['Impact of leaders', 'impact-of-leaders'],
    ['The experiences and progress of children who need help and protection', 'help-and-protection'],
    ['Help and protection', 'help-and-protection'],
    ['The experiences and progress of children in care', 'children-in-care'],
    ['Children in care', 'children-in-care'],
    ['Children looked after', 'children-in-care'],
    ['The experiences and progress of care leavers', 'care-leavers'],
    ['Care leavers', 'care-leavers'],
  ])('%j is the judgement area %s', (heading, areaId) => {
    const role = roleOf(heading);
    expect(role.kind).toBe('area');
    if (role.kind === 'area') expect(role.area.id).toBe(areaId);
  });

  it.each<[string, GradeId]>([
    ['Outstanding', 'outstanding'],
    ['Number good', 'good'],
    ['Number of good', 'good'],
    ['Adequate', 'adequate'],
    ['Requires improvement', 'requires-improvement'],
    ['Requires improvement to be good', 'requires-improvement'],
    ['RI count', 'requires-improvement'],
    ['Inadequate judgements', 'inadequate'],
  ])('%j counts %s grades', (heading, grade) => {
    expect(roleOf(heading)).toEqual({ kind: 'grade-count', grade });
  });

  it.each<[string, string]>([
    ['', 'no heading'],
    ['   ', 'no heading'],
    ['Web link', 'a link, not needed'],
    ['URL', 'a link, not needed'],
    ['Favourite colour', 'heading not recognised'],
    ['Lead member', 'heading not recognised'],
  ])('%j is ignored (%s)', (heading, reason) => {
    expect(roleOf(heading)).toEqual({ kind: 'ignored', reason });
  });
});

describe('mapColumns', () => {
  it('keeps the first column that gives a field and ignores a later one, saying why', () => {
    const columns = mapColumns([
      'Local authority',
      'LA name',
      'Inspection date',
      'Date of inspection',
      'Overall effectiveness',
      'Overall',
    ]);
    expect(columns.map((column) => [column.index, column.heading, column.role.kind])).toEqual([
      [0, 'Local authority', 'field'],
      [1, 'LA name', 'ignored'],
      [2, 'Inspection date', 'field'],
      [3, 'Date of inspection', 'ignored'],
      [4, 'Overall effectiveness', 'area'],
      [5, 'Overall', 'ignored'],
    ]);
    expect(columns[1]?.role).toEqual({ kind: 'ignored', reason: 'a column before it already gives this' });
  });

  it.each<[string, string[], Array<string | undefined>]>([
    ['a Month beside a Year is its month', ['Year', 'Month', 'Local authority'], ['date', 'month', 'authorityName']],
    [
      'a Month beside a full date is still a month (read only when the date is a bare year)',
      ['Inspection date', 'Month', 'LA'],
      ['date', 'month', 'authorityName'],
    ],
    [
      'a Month with no date column is the date itself ("2023-06", "June 2023")',
      ['Local authority', 'Month', 'Grade'],
      ['authorityName', 'date', 'grade'],
    ],
  ])('%s', (_name, headings, fields) => {
    expect(
      mapColumns(headings).map((column) => (column.role.kind === 'field' ? column.role.field : undefined)),
    ).toEqual(fields);
  });

  const areaOrReason = (headings: string[]) =>
    mapColumns(headings).map((column) =>
      column.role.kind === 'area'
        ? column.role.area.id
        : column.role.kind === 'ignored'
          ? column.role.reason
          : column.role.kind,
    );

  it.each<[string, string[], string[]]>([
    [
      'a bracketed note on an area heading is set aside',
      ['LA', 'Date', 'Overall effectiveness (ILACS)', 'Care leavers (judged from 2023)'],
      ['field', 'field', 'overall-effectiveness', 'care-leavers'],
    ],
    [
      'but not where another column names the same area',
      ['LA', 'Date', 'Overall effectiveness', 'Overall effectiveness (previous inspection)'],
      ['field', 'field', 'overall-effectiveness', 'heading not recognised'],
    ],
    [
      'nor where two noted columns would name the same area',
      ['LA', 'Date', 'Overall effectiveness (2021)', 'Overall effectiveness (2024)'],
      ['field', 'field', ...Array(2).fill('another column could also be overall effectiveness: choose which by hand')],
    ],
    [
      'and a note on an unknown heading leaves it unknown',
      ['LA', 'Date', 'Overall effectiveness', 'Family help (new)'],
      ['field', 'field', 'overall-effectiveness', 'heading not recognised'],
    ],
  ])('%s', (_name, headings, expected) => {
    expect(areaOrReason(headings)).toEqual(expected);
  });
});

describe('headerScore', () => {
  const ofstedHeader =
    'Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers';
  const ofstedRow =
    'Ofsted Local Authority Webpage,E08000030,Walsall,Current,West Midlands,04/10/2021,26/11/2021,ILACS Standard Inspection,Good,Good,Requires improvement to be good,Good,';

  it.each<[string, string[], number]>([
    ['Ofsted’s header: every heading but Web link', ofstedHeader.split(','), 12],
    ['a tidy header', ['authority_name', 'inspection_date', 'judgement_area', 'grade'], 4],
    ['a title row', ['ILACS inspection history from 2018-2025', '', '', ''], 0],
    ['an empty row', [], 0],
  ])('%s scores %i', (_name, cells, score) => {
    expect(headerScore(cells)).toBe(score);
  });

  it('scores a data row full of grade words below the header it sits under', () => {
    expect(headerScore(ofstedRow.split(','))).toBeLessThan(headerScore(ofstedHeader.split(',')));
  });
});

describe('headings of scraped and council tables', () => {
  it.each<[string, string]>([
    ['overall_effectiveness_grade', 'overall-effectiveness'],
    ['Overall effectiveness grade', 'overall-effectiveness'],
    ['impact_of_leaders_grade', 'impact-of-leaders'],
    ['help_and_protection_grade', 'help-and-protection'],
    ['in_care_grade', 'children-in-care'],
    ['care_leavers_grade', 'care-leavers'],
    ['Help and protection judgement', 'help-and-protection'],
  ])('%j names the area before “grade” or “judgement” (%s)', (heading, area) => {
    const role = roleOf(heading);
    expect(role.kind === 'area' && role.area.id).toBe(area);
  });

  it.each(['stat_neighbour_judgement', 'adoption_grade', 'Judgement', 'Grade'])('%j names no area', (heading) => {
    expect(roleOf(heading).kind).not.toBe('area');
  });

  it.each<[string, string, string]>([
    ['Felt safe (%)', 'Felt safe', '%'],
    ['% felt safe', 'felt safe', '%'],
    ['Children who felt safe (percentage)', 'Children who felt safe', '%'],
  ])('%j is a measure named %j in %s', (heading, name, unit) => {
    expect(roleOf(heading)).toEqual({ kind: 'measure', name, unit });
  });

  it('takes the ONS code column as the authority code, whichever comes first, and says why the DfE number is not needed', () => {
    for (const headings of [
      ['la_code', 'la_code_new', 'local_authority'],
      ['la_code_new', 'la_code', 'local_authority'],
      ['LA number', 'ONS code', 'Local authority'],
    ]) {
      const columns = mapColumns(headings);
      const code = columns
        .filter((column) => column.role.kind === 'field' && column.role.field === 'authorityCode')
        .map((column) => column.heading);
      expect(code).toEqual([headings.find((heading) => /new|ons/i.test(heading))]);
      const other = columns.find((column) => /la_code$|number/i.test(column.heading))!;
      expect(other.role).toEqual({
        kind: 'ignored',
        reason: expect.stringMatching(/^DfE LA numbers, not needed: the ONS codes in “.+” identify each authority$/),
      });
    }
  });

  it('takes an inspection’s start date as its date, before or after its end date', () => {
    for (const headings of [
      ['inspection_start_date', 'inspection_end_date'],
      ['inspection_end_date', 'inspection_start_date'],
    ]) {
      const columns = mapColumns(headings);
      const start = columns.find((column) => column.heading === 'inspection_start_date')!;
      const end = columns.find((column) => column.heading === 'inspection_end_date')!;
      expect(start.role).toEqual({ kind: 'field', field: 'date' });
      expect(end.role).toEqual({
        kind: 'ignored',
        reason: expect.stringMatching(/^the last day of the inspection, not needed/),
      });
    }
  });

  it('reads "URN" as a provider’s reference number: an authority’s table does not use it', () => {
    expect(roleOf('URN')).toEqual({ kind: 'field', field: 'urn' });
  });

  it.each(['region_code', 'inspector_name', 'inspection_link', 'local_link_to_all_inspections', 'stat_neighbours'])(
    '%j is not needed, with its own reason',
    (heading) => {
      const role = roleOf(heading);
      expect(role.kind === 'ignored' && role.reason).toMatch(/not needed|not read from this file/);
    },
  );

  it('reads “Inspection” as the inspection type', () => {
    expect(roleOf('Inspection')).toEqual({ kind: 'field', field: 'inspectionType' });
  });
});
