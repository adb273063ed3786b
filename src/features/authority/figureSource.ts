// The Source line a figure shows: Ofsted's publication, plus Walsall's scrutiny minutes when their records appear.
import { OFSTED_PUBLICATION, OGL_ATTRIBUTION, WALSALL_MINUTES, type SourceRef } from '../../domain';

/** The Walsall history files are named walsall-*.csv (see data/README.md). */
export function usesWalsallMinutes(sources: readonly SourceRef[]): boolean {
  return sources.some((source) => source.file.startsWith('walsall-'));
}

export function figureSource(sources: readonly SourceRef[]): string {
  const ofsted = `${OFSTED_PUBLICATION}. ${OGL_ATTRIBUTION}`;
  return usesWalsallMinutes(sources) ? `${WALSALL_MINUTES}; ${ofsted}` : ofsted;
}
