// The preview's column select: every option means one role and back, and every role the importer gives is offered.
import { describe, expect, it } from 'vitest';
import { KNOWN_AREAS } from '../../../../src/domain';
import { PROVIDER_AREAS } from '../../../../src/domain/provider';
import {
  choiceValue,
  COLUMN_CHOICE_GROUPS,
  describeRole,
  NOT_USED,
  roleFromChoice,
} from '../../../../src/features/upload/columnChoices';
import { FIELD_LABELS, type ColumnRole } from '../../../../src/import';
import { mapColumns } from '../../../../src/import/columns';
import { OFSTED_FILES, readData, splitCsvLine } from '../../../helpers/realData';

const ALL_CHOICES = COLUMN_CHOICE_GROUPS.flatMap((group) => group.choices);

describe('the choices offered', () => {
  it('are unique values, none of them the "not used" value', () => {
    const values = ALL_CHOICES.map((choice) => choice.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values).not.toContain(NOT_USED);
  });

  it('cover every field, every known judgement area, the five grades, a measure and every provider grade area once each', () => {
    expect(ALL_CHOICES).toHaveLength(
      Object.keys(FIELD_LABELS).length + KNOWN_AREAS.length + 5 + 1 + PROVIDER_AREAS.length,
    );
  });

  it.each(ALL_CHOICES.map((choice) => [choice.value, choice.label] as const))(
    '%s round-trips through roleFromChoice and choiceValue',
    (value, label) => {
      const role = roleFromChoice(value);
      expect(role.kind).not.toBe('ignored');
      expect(choiceValue(role)).toBe(value);
      // What the sample table calls the column says the same thing as the option the user picked.
      expect(describeRole(role)).toContain(label.replace(/^Number judged /, ''));
    },
  );
});

describe('roleFromChoice', () => {
  it('names a measure after the column’s heading, with % when the heading says so', () => {
    expect(roleFromChoice('measure', 'Felt safe (%)')).toEqual({ kind: 'measure', name: 'Felt safe', unit: '%' });
    expect(roleFromChoice('measure', 'Children who felt safe')).toEqual({
      kind: 'measure',
      name: 'Children who felt safe',
      unit: '',
    });
  });

  it.each<[string, ColumnRole]>([
    ['field:grade', { kind: 'field', field: 'grade' }],
    ['field:authorityCode', { kind: 'field', field: 'authorityCode' }],
    ['count:requires-improvement', { kind: 'grade-count', grade: 'requires-improvement' }],
    [
      'area:overall-effectiveness',
      { kind: 'area', area: { id: 'overall-effectiveness', label: 'Overall effectiveness' } },
    ],
    // Care leavers were judged only from 2023: a column chosen by hand must carry that too.
    [
      'area:care-leavers',
      {
        kind: 'area',
        area: { id: 'care-leavers', label: 'The experiences and progress of care leavers', judgedFrom: '2023-01-01' },
      },
    ],
    // A measure is named by its column's heading, as the importer names a "(%)" column.
    ['measure', { kind: 'measure', name: 'Measure', unit: '' }],
  ])('%s gives the role the importer would give', (value, role) => {
    expect(roleFromChoice(value)).toEqual(role);
  });

  it.each([
    NOT_USED,
    '',
    'field',
    'field:',
    'field:bogus',
    'field:toString',
    'area:',
    'area:custom:leadership',
    'area:Overall effectiveness',
    'count:excellent',
    'count:good:extra',
    'grade',
    'constructor',
    '__proto__',
  ])('%j is not used', (value) => {
    const role = roleFromChoice(value);
    expect(role).toEqual({ kind: 'ignored', reason: 'chosen by hand' });
    expect(choiceValue(role)).toBe(NOT_USED);
  });
});

describe('every role the importer finds in a real header is an option of the select', () => {
  const offered = new Set([NOT_USED, ...ALL_CHOICES.map((choice) => choice.value)]);
  const headers: Array<[string, string[]]> = [
    // The 2025 sheets, whose header is their third line (the 2009-2023 table's is five lines down, over several lines).
    ...OFSTED_FILES.slice(0, 3).map((path): [string, string[]] => [
      path,
      splitCsvLine(readData(path).split('\n')[2] ?? ''),
    ]),
    [
      'templates/tidy-judgements-template.csv',
      (readData('templates/tidy-judgements-template.csv').split('\n')[0] ?? '').split(','),
    ],
    [
      'walsall/walsall-2012-inspection-counts.csv',
      (readData('walsall/walsall-2012-inspection-counts.csv').split('\n')[0] ?? '').split(','),
    ],
  ];

  it.each(headers)('%s', (_path, header) => {
    expect(header.length).toBeGreaterThan(4);
    const columns = mapColumns(header);
    for (const column of columns)
      expect(offered, `${column.heading} → ${choiceValue(column.role)}`).toContain(choiceValue(column.role));
    expect(columns.filter((column) => column.role.kind !== 'ignored').length).toBeGreaterThan(3);
  });

  it('reads the real history header as the five judgement areas Ofsted publishes', () => {
    const header = splitCsvLine(readData(OFSTED_FILES[0]).split('\n')[2] ?? '');
    const areas = mapColumns(header)
      .map((column) => choiceValue(column.role))
      .filter((value) => value.startsWith('area:'));
    expect(areas).toEqual([
      'area:overall-effectiveness',
      'area:impact-of-leaders',
      'area:help-and-protection',
      'area:children-in-care',
      'area:care-leavers',
    ]);
  });
});
