// How the data we ship must be credited wherever it is shown.
import type { SourceRef } from './inspection';

export const OGL_ATTRIBUTION = 'Contains Ofsted data licensed under the Open Government Licence v3.0.';

export const OFSTED_PUBLICATION = 'Ofsted, Local authority inspection outcomes as at 31 March 2025 (official statistics)';

export const WALSALL_MINUTES = 'Walsall Council, minutes of the Children’s and Young People Scrutiny and Performance Panel, 21 August 2012, item 219/12';

/** The Walsall history files we ship are named walsall-*.csv (see data/README.md): their figures come from the council's minutes. */
export function citesWalsallMinutes(sources: readonly SourceRef[]): boolean {
  return sources.some((source) => source.file.startsWith('walsall-'));
}

/** The Source line under a figure: Ofsted's publication, Walsall's minutes when the figure shows their records, and the licence. */
export function sourceLine(walsallMinutes: boolean): string {
  return `${OFSTED_PUBLICATION}${walsallMinutes ? `; ${WALSALL_MINUTES}` : ''}. ${OGL_ATTRIBUTION}`;
}
