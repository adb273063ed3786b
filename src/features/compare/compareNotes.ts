// The numbered notes under the comparison and the notices about the comparator list, from the data.
import { joinList } from '../../components/format';
import { regionNoun } from '../../components/regionWords';
import {
  endsOnOrBefore,
  formatLong,
  KNOWN_AREAS,
  parseIso,
  type Dataset,
  type PartialDate,
  AUTHORITY_ENDINGS,
  type Authority,
} from '../../domain';
import type { ComparatorStatus } from './comparatorStatus';
import type { AreaComparison } from './comparePosition';

/** Authorities that had ceased by the date, as "Bournemouth (from 1 April 2019)". */
export function ceasedBy(dataset: Dataset, asAt: PartialDate): string[] {
  const ceased: string[] = [];
  for (const authority of dataset.authorities.values()) {
    if (authority.ceasedOn && endsOnOrBefore(authority.ceasedOn, asAt))
      ceased.push(`${authority.name} (from ${formatLong(authority.ceasedOn)})`);
  }
  return ceased;
}

function namesWhere(statuses: readonly ComparatorStatus[], kind: ComparatorStatus['state']['kind']): string[] {
  return statuses
    .filter((status) => status.state.kind === kind)
    .map((status) => status.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** "Cumbria no longer exists: it ceased on 1 April 2023, replaced by …", for an authority chosen at a date before it ceased. */
export function endingNote(authority: Authority): string | undefined {
  if (!authority.ceasedOn && !authority.noLongerExists) return undefined;
  const ending = AUTHORITY_ENDINGS.find((candidate) => candidate.onsCode === authority.onsCode);
  const when = authority.ceasedOn ?? ending?.ceasedOn;
  const replaced = ending ? `, replaced by ${ending.replacedBy}` : '';
  return `${authority.name} no longer exists${when ? `: it ceased on ${formatLong(when)}${replaced}` : ''}. Its grades are shown as they stood on the date chosen.`;
}

export interface NotesInput {
  readonly dataset: Dataset;
  readonly asAt: PartialDate;
  readonly authority: Authority;
  readonly regionName: string;
  readonly areas: readonly AreaComparison[];
}

export function comparisonNotes({ dataset, asAt, authority, regionName, areas }: NotesInput): string[] {
  const date = formatLong(asAt);
  const authorityName = authority.name;
  const notes = [
    `Grades compared are each authority’s latest inspection under the ILACS framework (from 2018) on or before ${date}. Focused and monitoring visits make no graded judgements and are left out.`,
    `The figures for England and ${regionNoun(regionName)} include ${authorityName} itself. Good or better means Outstanding or Good.`,
  ];
  const leavers = KNOWN_AREAS.find((area) => area.judgedFrom !== undefined);
  const judgedFrom = leavers?.judgedFrom ? parseIso(leavers.judgedFrom) : undefined;
  if (leavers && judgedFrom && areas.some((comparison) => comparison.area.id === leavers.id)) {
    notes.push(
      `${leavers.label} has been judged only since ${formatLong(judgedFrom)}: authorities last inspected before then have no grade for it and are counted as not judged.`,
    );
  }
  const statuses = areas[0]?.comparatorGrades ?? [];
  const notInspected = namesWhere(statuses, 'not-inspected');
  if (notInspected.length > 0)
    notes.push(
      `Not inspected by ${date} under ILACS, so left out of the comparator counts: ${joinList(notInspected)}.`,
    );
  const notYet = namesWhere(statuses, 'not-yet');
  if (notYet.length > 0)
    notes.push(`Did not exist yet on ${date}, so left out of the comparator counts: ${joinList(notYet)}.`);
  const ceased = ceasedBy(dataset, asAt);
  if (ceased.length > 0) {
    notes.push(`Authorities that no longer existed on ${date} are left out of every count: ${joinList(ceased)}.`);
  }
  const ending = endingNote(authority);
  if (ending) notes.push(ending);
  return notes;
}

/** Notices about the `with` list: codes not recognised, and the authority named as its own comparator. */
export function comparatorNotices(unknownKeys: readonly string[], withSelf: boolean, authorityName: string): string[] {
  const notices: string[] = [];
  if (unknownKeys.length > 0) {
    const codes = joinList(unknownKeys.map((key) => `“${key}”`));
    notices.push(
      unknownKeys.length === 1
        ? `The link named an authority code this data does not hold, ${codes}: it has been ignored.`
        : `The link named ${unknownKeys.length} authority codes this data does not hold, ${codes}: they have been ignored.`,
    );
  }
  if (withSelf)
    notices.push(`${authorityName} is the authority being compared, so it is not listed among its own comparators.`);
  return notices;
}
