// Local government reorganisations that ended an authority and made new ones, so "as at" views drop the old one from
// that date and list the new ones only from then. Ofsted's tables say only "No longer exists"; the dates are those of
// the structural change orders.
import type { PartialDate } from './partialDate';

export interface AuthorityEnding {
  readonly onsCode: string;
  readonly name: string;
  /** The first day the authority no longer existed. */
  readonly ceasedOn: PartialDate;
  readonly replacedBy: string;
  /** ONS codes of the authorities made on that day to take over its children's services. */
  readonly successorCodes: readonly string[];
}

export const AUTHORITY_ENDINGS: readonly AuthorityEnding[] = [
  {
    onsCode: 'E06000028',
    name: 'Bournemouth',
    ceasedOn: { precision: 'day', year: 2019, month: 4, day: 1 },
    replacedBy: 'Bournemouth, Christchurch and Poole',
    successorCodes: ['E06000058'],
  },
  {
    // Absent from Ofsted's ILACS tables (its last inspection was in 2017), present in its 2009–2023 history.
    onsCode: 'E06000029',
    name: 'Poole',
    ceasedOn: { precision: 'day', year: 2019, month: 4, day: 1 },
    replacedBy: 'Bournemouth, Christchurch and Poole',
    successorCodes: ['E06000058'],
  },
  {
    onsCode: 'E10000021',
    name: 'Northamptonshire',
    ceasedOn: { precision: 'day', year: 2021, month: 4, day: 1 },
    replacedBy: 'North Northamptonshire and West Northamptonshire',
    successorCodes: ['E06000061', 'E06000062'],
  },
  {
    onsCode: 'E10000006',
    name: 'Cumbria',
    ceasedOn: { precision: 'day', year: 2023, month: 4, day: 1 },
    replacedBy: 'Cumberland, and Westmorland and Furness',
    successorCodes: ['E06000063', 'E06000064'],
  },
];

/**
 * The first day an authority made by one of these reorganisations existed, or undefined for any other. Authorities that
 * only changed code (Dorset in 2019, Buckinghamshire in 2020: a county became a unitary council for the same area and
 * the same children's services) are not new, and are not listed here.
 */
export function startOfAuthority(onsCode: string | undefined): PartialDate | undefined {
  return onsCode === undefined
    ? undefined
    : AUTHORITY_ENDINGS.find((ending) => ending.successorCodes.includes(onsCode))?.ceasedOn;
}
