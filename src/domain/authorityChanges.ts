// Local government reorganisations that ended an authority, so "as at" views drop it from that date.
// Ofsted's tables say only "No longer exists"; the dates are those of the structural change orders.
import type { PartialDate } from './partialDate';

export interface AuthorityEnding {
  readonly onsCode: string;
  readonly name: string;
  /** The first day the authority no longer existed. */
  readonly ceasedOn: PartialDate;
  readonly replacedBy: string;
}

export const AUTHORITY_ENDINGS: readonly AuthorityEnding[] = [
  {
    onsCode: 'E06000028',
    name: 'Bournemouth',
    ceasedOn: { precision: 'day', year: 2019, month: 4, day: 1 },
    replacedBy: 'Bournemouth, Christchurch and Poole',
  },
  {
    onsCode: 'E10000021',
    name: 'Northamptonshire',
    ceasedOn: { precision: 'day', year: 2021, month: 4, day: 1 },
    replacedBy: 'North Northamptonshire and West Northamptonshire',
  },
  {
    onsCode: 'E10000006',
    name: 'Cumbria',
    ceasedOn: { precision: 'day', year: 2023, month: 4, day: 1 },
    replacedBy: 'Cumberland, and Westmorland and Furness',
  },
];
