// Local authorities: who was inspected, and how files identify them.
import { compareDates, endsOnOrBefore, type PartialDate } from './partialDate';

export interface Authority {
  readonly name: string;
  /** ONS area code, for example E08000030 (Walsall). */
  readonly onsCode?: string;
  /** The three-digit DfE LA number older files use, for example 335 (Walsall). */
  readonly laNumber?: string;
  readonly region?: string;
  /** Set when a source says the authority no longer exists. */
  readonly noLongerExists?: boolean;
  /**
   * The first day the authority no longer existed (for example 2019-04-01 for Bournemouth), when known.
   * Sources flag `noLongerExists` without a date, so "as at" views need this to know when to drop it.
   */
  readonly ceasedOn?: PartialDate;
  /**
   * The first day the authority existed, for one made by a reorganisation (for example 2021-04-01 for North
   * Northamptonshire): "as at" views before it list it nowhere, rather than as uninspected.
   */
  readonly startedOn?: PartialDate;
  /**
   * 'other': a body the register of local authorities does not know (a school, a test), kept because the user chose to
   * keep it. It is shown like an authority but never counted in England's or a region's figures. Absent for a local
   * authority.
   */
  readonly kind?: 'other';
}

/** False for a body kept as one of its own (`kind: 'other'`): such bodies never count in England's or a region's figures. */
export function isLocalAuthority(authority: Authority): boolean {
  return authority.kind !== 'other';
}

/** False before an authority began (`startedOn`) and from the day it ceased (`ceasedOn`); true otherwise. */
export function existedOn(authority: Authority, date: PartialDate): boolean {
  if (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, date)) return false;
  return !(authority.startedOn && compareDates(authority.startedOn, date) > 0);
}

export const ONS_CODE = /^[EW]\d{8}$/;
export const LA_NUMBER = /^\d{3}$/;

/** A name reduced to what matters for matching: case, punctuation, "&" and "City of" wording aside. */
export function normaliseAuthorityName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(metropolitan borough council|borough council|city council|county council|council)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The key that says two records are the same authority. ONS codes win; names are the fallback
 * because older files carry nothing else.
 */
export function authorityKey(authority: Authority): string {
  if (authority.onsCode) return authority.onsCode;
  return `name:${normaliseAuthorityName(authority.name)}`;
}
