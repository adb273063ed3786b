// Inspections to our tidy judgements CSV (one row per judgement): the format the importer reads back as the same records.
import { FRAMEWORKS } from '../domain/framework';
import { GRADE_SCALES, gradeLabel } from '../domain/grade';
import type { Inspection, Judgement } from '../domain/inspection';
import { formatIso } from '../domain/partialDate';
import { neutraliseFormula } from './formulaGuard';

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
    const gradeWords = (judgement: Judgement) => (judgement.outcome.kind === 'graded' ? gradeLabel(judgement.outcome.grade, scale) : '');
    if (inspection.judgements.length === 0) rows.push([...head, NO_JUDGEMENTS_AREA, '']);
    for (const judgement of inspection.judgements) rows.push([...head, judgement.area.label, gradeWords(judgement)]);
  }
  return rows;
}

/**
 * One cell as CSV requires (RFC 4180): quoted when it holds a comma, quote mark or line break, quotes doubled; and
 * prefixed with ' when a spreadsheet would run it as a formula (a kept body named "=HYPERLINK(…)"), so it reads back
 * with the apostrophe rather than running.
 */
export function csvCell(text: string): string {
  const guarded = neutraliseFormula(text);
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 and Excel write it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

export function toTidyCsv(inspections: readonly Inspection[]): string {
  return toCsv(tidyRows(inspections));
}
