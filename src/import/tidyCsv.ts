// Inspections to our tidy judgements CSV (one row per judgement): the format the importer reads back as the same records.
import { FRAMEWORKS, GRADE_SCALES, gradeLabel, type Inspection, type Judgement, formatIso } from '../domain';
import { writeCsv } from './csvWriter';

/** The documented columns of the tidy format, in the template's order. */
export const TIDY_COLUMNS = [
  'authority_name',
  'authority_code',
  'region',
  'inspection_type',
  'inspection_date',
  'publication_date',
  'judgement_area',
  'grade',
] as const;

/** Our template records an event with no judgements (a focused visit) as one row: this area, grade left blank. */
const NO_JUDGEMENTS_AREA = 'Overall effectiveness';

/**
 * The header and one row per judgement. Grades are in the words of the inspection's own scale; not judged is a
 * blank grade (the reason is not a tidy column, so it is not kept). Inspections known only by summary counts
 * have no per-area grades to write and are left out: they belong in a summary-counts file.
 */
export function tidyRows(inspections: readonly Inspection[]): string[][] {
  const rows: string[][] = [[...TIDY_COLUMNS]];
  for (const inspection of inspections) {
    if (inspection.summaryCounts) continue;
    const scale = GRADE_SCALES[FRAMEWORKS[inspection.framework].scale];
    const { authority } = inspection;
    const head = [
      authority.name,
      authority.onsCode ?? authority.laNumber ?? '',
      authority.region ?? '',
      inspection.type,
      formatIso(inspection.date),
      inspection.publicationDate ? formatIso(inspection.publicationDate) : '',
    ];
    const gradeWords = (judgement: Judgement) =>
      judgement.outcome.kind === 'graded' ? gradeLabel(judgement.outcome.grade, scale) : '';
    if (inspection.judgements.length === 0) rows.push([...head, NO_JUDGEMENTS_AREA, '']);
    for (const judgement of inspection.judgements) rows.push([...head, judgement.area.label, gradeWords(judgement)]);
  }
  return rows;
}

/** One cell as the one writer writes it: quoted when it must be, and a formula-like cell written as text (a kept body named "=HYPERLINK(…)"). */
export function csvCell(text: string): string {
  return writeCsv([[text]], { byteOrderMark: false }).slice(0, -2);
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 and Excel write it; no byte-order mark, as the importer's own tests feed it back as text. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? '' : writeCsv(rows, { byteOrderMark: false });
}

export function toTidyCsv(inspections: readonly Inspection[]): string {
  return toCsv(tidyRows(inspections));
}
