// The notes under the England view's figures: what counts, what is left out and why, some computed from the data.
import { joinList } from '../../components/format';
import { formatLong, type Dataset } from '../../domain';

export const LATEST_ONCE =
  'Each authority counts once, at its latest inspection under the ILACS framework (from 2018) on or before the date. Focused and monitoring visits make no judgements and are not counted.';

export const SHARES_OF_JUDGED =
  'Shares are of the authorities judged on the area; authorities without a judgement for it are counted as not judged and left out of the shares.';

export const CARE_LEAVERS_AREA = 'care-leavers';

export const CARE_LEAVERS =
  'The experiences and progress of care leavers has been judged on its own only since January 2023, so authorities last inspected before then have no judgement for it (not judged).';

export const ILACS_ONLY =
  'Only ILACS grades are counted. Grades from earlier frameworks (Adequate, to 2012; Requires improvement, 2013 to 2017) are different grades and are not mixed in.';

/** Names each ceased authority and the day it went, from the data, or a general sentence when none is recorded. */
export function ceasedNote(dataset: Dataset): string {
  const named = [...dataset.authorities.values()].flatMap((authority) =>
    authority.ceasedOn ? [`${authority.name} from ${formatLong(authority.ceasedOn)}`] : [],
  );
  if (named.length === 0) return 'Authorities that no longer exist are left out from the date they ceased.';
  return `Authorities that no longer exist are left out from the date they ceased: ${joinList(named)}.`;
}

export const AS_AT_RULE =
  'Dates follow Ofsted’s as-at rule: an inspection counts from its inspection date where that is known, otherwise from its publication date (Ofsted’s table of inspections from 2009 to 2023 gives publication dates only).';

export const FRAMEWORK_CHANGES =
  'The frameworks changed: safeguarding and looked after children inspections (SLAC, 2009 to 2012), child protection inspections (CPI, 2012 to 2013), targeted looked after children inspections (TLAC, 2013), the single inspection framework (SIF, November 2013 to 2018) and ILACS (from 2018). Adequate (to 2013) and Requires improvement (from November 2013) are different grades, counted apart.';
