// How the data we ship must be credited wherever it is shown.
import type { SourceRef } from './inspection';

export const OGL_ATTRIBUTION = 'Contains Ofsted data licensed under the Open Government Licence v3.0.';

export const OFSTED_PUBLICATION = 'Ofsted, Local authority inspection outcomes as at 31 March 2025 (official statistics)';

export const WALSALL_MINUTES = 'Walsall Council, minutes of the Children’s and Young People Scrutiny and Performance Panel, 21 August 2012, item 219/12';

/**
 * The Walsall history files we ship (data/walsall/, see data/README.md), by their exact names: their figures come from
 * the council's minutes. A user's own "walsall-….csv" is the user's file, not the minutes.
 */
export const WALSALL_HISTORY_FILES: ReadonlySet<string> = new Set(['walsall-2008-joint-inspection.csv', 'walsall-2012-inspection-counts.csv', 'walsall-measures.csv']);

const isWalsallHistory = (file: string) => WALSALL_HISTORY_FILES.has(file);

export function citesWalsallMinutes(sources: readonly SourceRef[]): boolean {
  return sources.some((source) => isWalsallHistory(source.file));
}

/** The embedded Ofsted sheets (data/ofsted/), and the same sheets when a user brings them in again. */
const OFSTED_FILE = /^la_outcomes_2025__|^LA_Inspection_Outcomes_as_at_31_March_2025\b/;

/**
 * The Source line under a figure, from the files its records came from: Ofsted's publication (with the
 * licence it requires), Walsall's minutes, and the user's own files by name.
 */
export function sourceLineForFiles(files: readonly string[]): string {
  const distinct = [...new Set(files)];
  const ofsted = distinct.some((file) => OFSTED_FILE.test(file));
  const walsall = distinct.some(isWalsallHistory);
  const own = distinct.filter((file) => !OFSTED_FILE.test(file) && !isWalsallHistory(file));
  const parts = [
    ...(ofsted ? [OFSTED_PUBLICATION] : []),
    ...(walsall ? [WALSALL_MINUTES] : []),
    ...(own.length > 0 ? [`your ${own.length === 1 ? 'file' : 'files'} ${own.map((file) => `“${file}”`).join(', ')}`] : []),
  ];
  if (parts.length === 0) return 'No records shown.';
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${ofsted ? ` ${OGL_ATTRIBUTION}` : ''}`;
}

export function sourceLine(sources: readonly SourceRef[]): string {
  return sourceLineForFiles(sources.map((source) => source.file));
}
