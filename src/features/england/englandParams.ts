// The England view's state as the address bar holds it (asAt, region, area; the journeys' strand and years), read with a fallback for every bad value.
import { readYearRange, type YearRange } from '../../components/filters/YearRangeField';
import { formatIso, parseIso, STRANDS, type PartialDate, type StrandId } from '../../domain';

export interface EnglandState {
  readonly asAt: PartialDate;
  /** A region's name, or undefined for England as a whole. */
  readonly region?: string;
  /** A judgement area's id, or undefined for all areas. */
  readonly areaId?: string;
  /** The strand whose improvement journeys are shown: the whole service unless the address says otherwise. */
  readonly strandId: StrandId;
  /** The years of the journeys' figures (the later judgement of a move, or the Inadequate one). */
  readonly years: YearRange;
  /** What in the address was not understood and what is shown instead, for the page to say. */
  readonly problems: readonly string[];
}

export interface EnglandChoices {
  readonly defaultAsAt: PartialDate;
  readonly regions: readonly string[];
  readonly areaIds: readonly string[];
}

export function readEnglandState(params: URLSearchParams, choices: EnglandChoices): EnglandState {
  const problems: string[] = [];
  const asAtText = params.get('asAt');
  let asAt = choices.defaultAsAt;
  if (asAtText !== null && asAtText !== '') {
    const parsed = parseIso(asAtText);
    if (parsed?.precision === 'day') asAt = parsed;
    else
      problems.push(
        `‘${asAtText}’ in the address is not a date like ${formatIso(choices.defaultAsAt)}, so the default date is shown.`,
      );
  }

  const regionText = params.get('region');
  const region = regionText !== null && choices.regions.includes(regionText) ? regionText : undefined;
  if (regionText && region === undefined)
    problems.push(`‘${regionText}’ in the address is not a region in the data, so all regions are shown.`);

  const areaText = params.get('area');
  const areaId = areaText !== null && choices.areaIds.includes(areaText) ? areaText : undefined;
  if (areaText && areaId === undefined)
    problems.push(`‘${areaText}’ in the address is not a judgement area in the data, so all areas are shown.`);

  const strandText = params.get('strand');
  const strand = STRANDS.find((candidate) => candidate.id === strandText);
  if (strandText && !strand)
    problems.push(`‘${strandText}’ in the address is not a strand, so the whole service is shown.`);

  let years = readYearRange(params);
  if (years.from !== undefined && years.to !== undefined && years.from > years.to) {
    problems.push(
      `The years in the address run backwards (${years.from} to ${years.to}), so ${years.to} to ${years.from} is shown.`,
    );
    years = { from: years.to, to: years.from };
  }

  return {
    asAt,
    strandId: strand?.id ?? 'whole-service',
    years,
    ...(region !== undefined ? { region } : {}),
    ...(areaId !== undefined ? { areaId } : {}),
    problems,
  };
}
