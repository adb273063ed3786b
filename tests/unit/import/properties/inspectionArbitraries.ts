// Arbitrary inspections that respect the domain: real dates at each precision, grades on the framework's own scale, known and custom areas.
import fc from 'fast-check';
import { authorityKey, type Authority } from '../../../../src/domain/authority';
import { AUTHORITY_REGISTER, registeredByCode, registeredByName } from '../../../../src/domain/authorityRegister';
import { frameworkFor } from '../../../../src/domain/framework';
import { GRADE_SCALES, type GradeScale } from '../../../../src/domain/grade';
import type { Inspection, Judgement } from '../../../../src/domain/inspection';
import { judgementAreaFor, KNOWN_AREAS, knownArea, type JudgementArea } from '../../../../src/domain/judgementArea';
import { daysInMonth, formatIso, type PartialDate } from '../../../../src/domain/partialDate';

/** The importer reads years 1990 to 2100 as plausible; most records are from the last twenty years. */
const year = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 2005, max: 2025 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2100 }) },
);
const month = fc.integer({ min: 1, max: 12 });

export const partialDate: fc.Arbitrary<PartialDate> = fc.oneof(
  fc.record({ year, month, day: fc.integer({ min: 1, max: 31 }) }).map(({ year, month, day }): PartialDate => ({
    precision: 'day',
    year,
    month,
    day: Math.min(day, daysInMonth(year, month)),
  })),
  fc.record({ year, month }).map(({ year, month }): PartialDate => ({ precision: 'month', year, month })),
  year.map((year): PartialDate => ({ precision: 'year', year })),
);

/** Letters, and the characters that make a CSV writer quote or a reader stumble: commas, quotes, line breaks, other delimiters, unicode. */
const nameChar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ',', '"', "'", '&', '.', '-', '(', ')') },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ô', 'ł', 'ß', 'Ω', '’', '–', '中', '😀', '\u00a0') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', ';', '|', '\t', '0', '7') },
);

/**
 * Free text as a cell holds it after the importer's trim: never blank, no space at either end. Never starting as a
 * formula would (=, +, -, @): the tidy writer guards such a cell with ' and it does not come back as written (the guard
 * has its own tests).
 */
export const freeText = fc
  .string({ unit: nameChar, minLength: 1, maxLength: 24 })
  .map((text) => text.trim())
  .filter((text) => text !== '' && !/^[=+\-@]/.test(text));

/** Things listed with another delimiter, as a council's cells list them: on every row, they can outvote the commas. */
const delimitedList = fc
  .tuple(
    fc.constantFrom(';', '; ', '\t', '|', ' | '),
    fc.array(fc.constantFrom('front door', 'MASH', 'care leavers', 'permanence', 'SEND', 'early help', 'Dudley'), {
      minLength: 2,
      maxLength: 12,
    }),
  )
  .map(([delimiter, words]) => words.join(delimiter));

/** Free text, now and then a delimited list. */
export const cellWords = fc.oneof({ weight: 6, arbitrary: freeText }, { weight: 1, arbitrary: delimitedList });

/** Names no register holds (Welsh councils, a quoted name) that a writer must still quote and a reader keep. */
const OTHER_NAMES = ['Ynys Môn', 'Rhondda Cynon Taf', '"Quoted" Council', 'Telford & Wrekin Academy'];

/**
 * A row whose authority is one of these words is a total row, and is skipped by design (classifyRow in
 * src/import/rowValues.ts): no authority has such a name, so none is generated.
 */
const TOTAL_WORDS = /^(total|totals|grand total|sum|all authorities|all las|england|england total)$/i;

/** A local authority as the importer records it: the register's name and codes, the file's region (Ofsted's when none). */
const localAuthority: fc.Arbitrary<Authority> = fc
  .record({
    registered: fc.constantFrom(...AUTHORITY_REGISTER),
    region: fc.option(
      fc.oneof(fc.constantFrom('West Midlands', 'London', 'North West', 'Yorkshire and the Humber'), cellWords),
      { nil: undefined },
    ),
  })
  .map(({ registered, region }) => ({
    name: registered.name,
    onsCode: registered.onsCodes[0]!,
    ...(registered.laNumbers[0] ? { laNumber: registered.laNumbers[0] } : {}),
    region: region ?? registered.region,
  }));

/** A body the register does not know (name and code), kept as one of its own: the user's choice in the preview. */
const otherBody: fc.Arbitrary<Authority> = fc
  .record({
    name: fc
      .oneof(fc.constantFrom(...OTHER_NAMES), cellWords)
      .filter((name) => !TOTAL_WORDS.test(name) && !registeredByName(name)),
    code: fc
      .oneof(fc.constant(undefined), fc.stringMatching(/^[EW]\d{8}$/), fc.stringMatching(/^\d{3}$/))
      .filter((code) => !code || !registeredByCode(code)),
    region: fc.option(
      fc.oneof(fc.constantFrom('West Midlands', 'London', 'North West', 'Yorkshire and the Humber'), cellWords),
      { nil: undefined },
    ),
  })
  .map(({ name, code, region }) => ({
    name,
    ...(code && /^[EW]/.test(code) ? { onsCode: code } : {}),
    ...(code && /^\d/.test(code) ? { laNumber: code } : {}),
    ...(region ? { region } : {}),
    kind: 'other' as const,
  }));

/** Read back with `keepUnknownAuthorities`, so bodies of their own come back as they went. */
export const authority: fc.Arbitrary<Authority> = fc.oneof(
  { weight: 2, arbitrary: localAuthority },
  { weight: 1, arbitrary: otherBody },
);

const REAL_TYPES = [
  'ILACS Standard Inspection',
  'ILACS Short Inspection',
  'ILACS Focused Visit',
  'ILACS Monitoring Visit',
  'Single inspection framework',
  'Inspection of safeguarding and looked after children services',
  'Joint area review',
  'Ofsted inspection',
];

export const inspectionType = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_TYPES) },
  { weight: 1, arbitrary: cellWords },
);

/** Known areas by Ofsted's label; others as a user's own file words them. */
export const judgementArea: fc.Arbitrary<JudgementArea> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_AREAS.map((area) => area.label)).map((label) => knownArea(label)!) },
  { weight: 1, arbitrary: cellWords.map(judgementAreaFor) },
);

function judgement(scale: GradeScale): fc.Arbitrary<Judgement> {
  return fc.record({
    area: judgementArea,
    outcome: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom(...scale.steps).map((step) => ({ kind: 'graded' as const, grade: step.grade })),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'not-judged' as const, reason: 'Blank in the source' }) },
    ),
  });
}

/**
 * One inspection of one of these authorities. Its framework follows from its type and date as the importer
 * decides it; visits make no judgements, and an inspection that makes them has at least one.
 */
export function inspectionOf(authorities: readonly Authority[]): fc.Arbitrary<Inspection> {
  return fc
    .record({
      authority: fc.constantFrom(...authorities),
      type: inspectionType,
      date: partialDate,
      publicationDate: fc.option(partialDate, { nil: undefined }),
    })
    .chain(({ authority, type, date, publicationDate }) => {
      const framework = frameworkFor(type, date);
      const judgements = framework.makesJudgements
        ? fc.uniqueArray(judgement(GRADE_SCALES[framework.scale]), {
            minLength: 1,
            maxLength: 7,
            selector: (j) => j.area.id,
          })
        : fc.constant([]);
      return judgements.map((judgements): Inspection => ({
        authority,
        type,
        framework: framework.id,
        date,
        ...(publicationDate ? { publicationDate } : {}),
        judgements,
        sources: [],
      }));
    });
}

/** What the tidy format gathers rows by: two inspections with the same key would become one. */
export const tidyKey = (inspection: Inspection) =>
  `${authorityKey(inspection.authority)}|${formatIso(inspection.date)}|${inspection.type.toLowerCase()}`;

/** A file's worth of inspections: a few authorities, each inspected once or more. */
export const inspections: fc.Arbitrary<Inspection[]> = fc
  .array(authority, { minLength: 1, maxLength: 4 })
  .chain((authorities) => fc.uniqueArray(inspectionOf(authorities), { minLength: 1, maxLength: 8, selector: tidyKey }));

/** What a round trip through a file must keep: who, when, what kind, and each area's grade (a not-judged reason is not written). */
export function recordOf(inspection: Inspection) {
  const { name, onsCode, laNumber, region, kind } = inspection.authority;
  return {
    authority: { name, onsCode, laNumber, region, kind },
    type: inspection.type,
    framework: inspection.framework,
    date: inspection.date,
    publicationDate: inspection.publicationDate,
    judgements: inspection.judgements.map((j) => ({
      area: j.area,
      outcome: j.outcome.kind === 'graded' ? j.outcome.grade : 'not judged',
    })),
  };
}
