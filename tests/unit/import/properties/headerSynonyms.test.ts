// Property: a table imports to the same records whatever order its columns are in and whichever documented heading names each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../../../../src/domain/framework';
import { GRADE_SCALES, gradeLabel } from '../../../../src/domain/grade';
import type { Inspection } from '../../../../src/domain/inspection';
import { KNOWN_AREAS } from '../../../../src/domain/judgementArea';
import { formatIso } from '../../../../src/domain/partialDate';
import { importText, type ImportResult } from '../../../../src/import';
import { FIELD_SYNONYMS, TIDY_HEADINGS, type FieldId } from '../../../../src/import/columns';
import { TIDY_COLUMNS, tidyRows, toCsv } from '../../../../src/import/tidyCsv';
import { PROPERTY_TIME_LIMIT_MS, propertyParameters } from './fcConfig';
import { inspections } from './inspectionArbitraries';

type Imported = Extract<ImportResult, { ok: true }>;

/** How people write a heading: any case, words joined by spaces, underscores or hyphens, padded, with a note in brackets. */
const headingStyle = fc.record({
  letters: fc.constantFrom('lower', 'upper', 'title', 'sentence'),
  separator: fc.constantFrom(' ', '_', '  ', '-', ' _ '),
  padding: fc.constantFrom('', ' '),
  bracketed: fc.oneof(
    { weight: 5, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom(' (dd/mm/yyyy)', ' (as published)', '(1)') },
  ),
});

type HeadingStyle = typeof headingStyle extends fc.Arbitrary<infer T> ? T : never;

function styled(words: string, style: HeadingStyle, bracketsAllowed: boolean): string {
  const cased = words.split(' ').map((word, i) => {
    if (style.letters === 'upper') return word.toUpperCase();
    if (style.letters === 'title' || (style.letters === 'sentence' && i === 0))
      return word.charAt(0).toUpperCase() + word.slice(1);
    return word;
  });
  return `${style.padding}${cased.join(style.separator)}${bracketsAllowed ? style.bracketed : ''}${style.padding}`;
}

const fieldHeading = (field: FieldId) =>
  fc.tuple(fc.constantFrom(...FIELD_SYNONYMS[field]), headingStyle).map(([words, style]) => styled(words, style, true));

// Known areas are matched on the heading's words alone (knownArea in src/domain), so no bracketed note is added to them.
const areaHeading = (area: (typeof KNOWN_AREAS)[number]) =>
  fc
    .tuple(fc.constantFrom(area.label.toLowerCase(), ...area.synonyms), headingStyle)
    .map(([words, style]) => styled(words, style, false));

/** The same rows with the header replaced and every row's cells put in `order`. */
function rearranged(
  rows: readonly (readonly string[])[],
  header: readonly string[],
  order: readonly number[],
): string[][] {
  return [header, ...rows.slice(1)].map((row) => order.map((index) => row[index] ?? ''));
}

function expectSameImport(variant: ImportResult, canonical: ImportResult, order: readonly number[]): void {
  if (!canonical.ok)
    throw new Error(
      `the canonical table did not import: ${canonical.problems.map((problem) => problem.message).join(' ')}`,
    );
  expect(variant.ok).toBe(true);
  const renamed = variant as Imported;
  expect(renamed.columns.map((column) => column.role)).toEqual(order.map((index) => canonical.columns[index]?.role));
  expect(renamed.format).toBe(canonical.format);
  expect([renamed.rowsRead, renamed.rowsImported, renamed.rowsRejected, renamed.rowsSkipped]).toEqual([
    canonical.rowsRead,
    canonical.rowsImported,
    canonical.rowsRejected,
    canonical.rowsSkipped,
  ]);
  // An inspection's judgements follow the file's column order, which is all that differs.
  const byArea = (result: Imported) =>
    result.inspections.map((inspection) => ({
      ...inspection,
      judgements: [...inspection.judgements].sort((a, b) => a.area.id.localeCompare(b.area.id)),
    }));
  expect(byArea(renamed)).toEqual(byArea(canonical));
  const where = (result: Imported) => result.problems.map((problem) => [problem.line, problem.value, problem.severity]);
  expect(where(renamed)).toEqual(where(canonical));
}

/** The generated inspections include bodies the register does not know, kept as the user may choose. */
const KEEP = { keepUnknownAuthorities: true } as const;

const permutation = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length });

describe('headings in any order and any documented wording', () => {
  const tidyFields = TIDY_COLUMNS.map((heading) =>
    (Object.keys(TIDY_HEADINGS) as FieldId[]).find((field) => TIDY_HEADINGS[field] === heading)!,
  );

  it(
    'import a tidy table to the same records',
    () => {
      fc.assert(
        fc.property(
          inspections,
          fc.tuple(...tidyFields.map(fieldHeading)),
          permutation(tidyFields.length),
          (written, headings, order) => {
            const rows = tidyRows(written);
            const canonical = importText('tidy.csv', toCsv(rows), 'utf-8', KEEP);
            expectSameImport(
              importText('tidy.csv', toCsv(rearranged(rows, headings, order)), 'utf-8', KEEP),
              canonical,
              order,
            );
          },
        ),
        propertyParameters(1500),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );

  const WIDE_FIELDS: ReadonlyArray<readonly [FieldId, string, (inspection: Inspection) => string]> = [
    ['authorityName', 'Local authority name', (inspection) => inspection.authority.name],
    [
      'authorityCode',
      'Local authority area code',
      (inspection) => inspection.authority.onsCode ?? inspection.authority.laNumber ?? '',
    ],
    ['region', 'Ofsted region', (inspection) => inspection.authority.region ?? ''],
    ['inspectionType', 'Inspection type', (inspection) => inspection.type],
    ['date', 'Inspection date', (inspection) => formatIso(inspection.date)],
    [
      'publicationDate',
      'Publication date',
      (inspection) => (inspection.publicationDate ? formatIso(inspection.publicationDate) : ''),
    ],
  ];

  /** Ofsted's layout: one row per inspection, one column per known area, the grade in the words of its scale. */
  function wideRows(written: readonly Inspection[]): string[][] {
    const header = [...WIDE_FIELDS.map(([, heading]) => heading), ...KNOWN_AREAS.map((area) => area.label)];
    return [
      header,
      ...written.map((inspection) => {
        const scale = GRADE_SCALES[FRAMEWORKS[inspection.framework].scale];
        const grades = KNOWN_AREAS.map((area) => {
          const outcome = inspection.judgements.find((judgement) => judgement.area.id === area.id)?.outcome;
          return outcome?.kind === 'graded' ? gradeLabel(outcome.grade, scale) : '';
        });
        return [...WIDE_FIELDS.map(([, , value]) => value(inspection)), ...grades];
      }),
    ];
  }

  it(
    'import an Ofsted-style table to the same records',
    () => {
      const headings = fc.tuple(...WIDE_FIELDS.map(([field]) => fieldHeading(field)), ...KNOWN_AREAS.map(areaHeading));
      const width = WIDE_FIELDS.length + KNOWN_AREAS.length;
      fc.assert(
        fc.property(inspections, headings, permutation(width), (written, renamed, order) => {
          const rows = wideRows(written);
          const canonical = importText('wide.csv', toCsv(rows), 'utf-8', KEEP);
          expectSameImport(
            importText('wide.csv', toCsv(rearranged(rows, renamed, order)), 'utf-8', KEEP),
            canonical,
            order,
          );
        }),
        propertyParameters(1000),
      );
    },
    PROPERTY_TIME_LIMIT_MS,
  );
});
