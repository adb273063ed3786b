// The summary card's content for one authority: latest inspection, change from the one before, timeline, position, measures, sources.
import {
  providerGradeCount,
  authorityInspections,
  compareInspections,
  defaultAsAt,
  measuresOverTime,
  positionAgainst,
  scaleOf,
  type TimelineEntry,
} from '../../analytics';
import { percent } from '../../components/format';
import {
  ALL_GRADES,
  formatLong,
  gradeLabel,
  shortAreaLabel,
  sourceLine,
  type Dataset,
  type GradeId,
  type GradeScale,
  type Inspection,
  type Outcome,
  type PartialDate,
  type SourceRef,
  shortInspectionLabel,
  CHILDRENS_HOME,
  isRegistered,
  providerListCitation,
  providersOfList,
  type HeldProviderList,
  wholeOfList,
} from '../../domain';

/** A grade as its word and (when graded) its colour's grade; no grade means not judged or no judgement. */
export interface CardGrade {
  readonly word: string;
  readonly grade?: GradeId;
}

export interface CardArea {
  readonly area: string;
  readonly latest: CardGrade;
  /** Absent when there is no previous inspection to compare with, area by area. */
  readonly previous?: CardGrade;
  readonly change?: string;
}

export interface CardBar {
  readonly label: string;
  readonly judged: number;
  /** Best first; grades with no judgements left out. */
  readonly segments: readonly { readonly grade: GradeId; readonly word: string; readonly count: number }[];
}

export interface CardPositionRow {
  readonly area: string;
  readonly own: CardGrade;
  readonly england: string;
  readonly region: string;
}

export interface SummaryCard {
  readonly authorityName: string;
  readonly regionName?: string;
  readonly latest?: {
    readonly date: string;
    readonly type: string;
    readonly areas: readonly CardArea[];
    /** "Compared with 12 June 2017 (SIF inspection)", or why there is no comparison. */
    readonly changeNote: string;
  };
  /** The latest CARD_TIMELINE_BARS judged inspections: a card must fit one A4 page. */
  readonly timeline: readonly CardBar[];
  /** Judged inspections before those, left off the card and said so (the authority view has them all). */
  readonly earlierLeftOut: number;
  readonly legend: readonly { readonly grade: GradeId; readonly word: string }[];
  readonly position?: { readonly asAt: string; readonly regionName: string; readonly rows: readonly CardPositionRow[] };
  readonly measures: readonly string[];
  /** The children's homes located in the authority, from Ofsted's provider list; absent when no list is held. */
  readonly homes?: CardHomes;
  readonly madeOn: string;
  readonly sources: string;
}

export interface CardHomes {
  /** The list's date: "31 March 2023". */
  readonly asAt: string;
  /** Children's homes located in the authority and registered at the list's date. */
  readonly located: number;
  /** Of those, the ones with a full-inspection grade by then, and the ones judged Good or Outstanding. */
  readonly graded: number;
  readonly goodOrOutstanding: number;
  readonly england: { readonly graded: number; readonly goodOrOutstanding: number };
  /** The sentence the card prints. */
  readonly sentence: string;
}

const CHANGE_WORDS = {
  improved: 'Improved',
  declined: 'Declined',
  unchanged: 'Same grade',
  'newly-judged': 'Newly judged',
  'no-longer-judged': 'No longer judged',
  'not-judged': 'Not judged in either',
} as const;

function cardGrade(outcome: Outcome | undefined, scale: GradeScale): CardGrade {
  if (!outcome) return { word: 'No judgement' };
  if (outcome.kind === 'not-judged') return { word: 'Not judged' };
  return { word: gradeLabel(outcome.grade, scale), grade: outcome.grade };
}

const judged = (entries: readonly TimelineEntry[]) =>
  entries.filter(({ distribution }) => distribution !== null && distribution.judged > 0);

function latestAreas(latest: Inspection, previous: Inspection | undefined): { areas: CardArea[]; changeNote: string } {
  const latestScale = scaleOf(latest);
  if (latest.summaryCounts) {
    const counts = latest.summaryCounts;
    const rows = ALL_GRADES.flatMap((grade) => {
      const count = counts[grade] ?? 0;
      return count > 0
        ? [
            {
              area: `${count} ${count === 1 ? 'judgement' : 'judgements'}`,
              latest: cardGrade({ kind: 'graded', grade }, latestScale),
            },
          ]
        : [];
    });
    return {
      areas: rows,
      changeNote: 'Known only by its counts of each grade, so the change cannot be shown area by area.',
    };
  }
  const comparison = previous ? compareInspections(previous, latest) : undefined;
  const previousScale = previous ? scaleOf(previous) : latestScale;
  const seen = new Set<string>();
  const areas = latest.judgements.flatMap((judgement) => {
    if (seen.has(judgement.area.id)) return [];
    seen.add(judgement.area.id);
    const change = comparison?.areas.find((candidate) => candidate.area.id === judgement.area.id);
    const base = { area: shortAreaLabel(judgement.area), latest: cardGrade(judgement.outcome, latestScale) };
    return [
      change
        ? { ...base, previous: cardGrade(change.before, previousScale), change: CHANGE_WORDS[change.change] }
        : base,
    ];
  });
  const changeNote = !previous
    ? 'No earlier judged inspection is held, so there is no change to show.'
    : comparison?.counts
      ? `The previous inspection (${formatLong(previous.date)}) is known only by its counts, so the change cannot be shown area by area.`
      : `Previous: ${formatLong(previous.date)}, ${previous.type}.${comparison && !comparison.sameScale ? ' The two used different grade scales: compare positions, not words.' : ''}`;
  return { areas, changeNote };
}

/** Five bars keep the tallest card on one A4 page, and cover most authorities' inspections since 2009. */
export const CARD_TIMELINE_BARS = 5;

function timelineBars(entries: readonly TimelineEntry[]): CardBar[] {
  return judged(entries)
    .slice(-CARD_TIMELINE_BARS)
    .map(({ inspection, distribution }) => ({
      // The framework's short name keeps each label on one line: the type's own words are on the authority view.
      label: shortInspectionLabel(inspection),
      judged: distribution?.judged ?? 0,
      segments: (distribution?.rows ?? [])
        .filter((row) => row.count > 0)
        .map((row) => ({ grade: row.grade, word: row.label, count: row.count })),
    }));
}

function position(dataset: Dataset, key: string, asAt: PartialDate | undefined): SummaryCard['position'] {
  if (!asAt) return undefined;
  const found = positionAgainst(dataset, key, asAt, [], { framework: 'ilacs' });
  if (!found || found.areas.length === 0) return undefined;
  const scale = scaleOf(found.inspection);
  const goodOrBetter = (share: number | null, judgedCount: number) => (judgedCount === 0 ? '–' : percent(share));
  return {
    asAt: formatLong(asAt),
    regionName: found.areas[0]?.region.group ?? '',
    rows: found.areas.map((area) => ({
      area: shortAreaLabel(area.area),
      own: cardGrade(area.outcome, scale),
      england: goodOrBetter(area.england.goodOrBetterShare, area.england.judged),
      region: goodOrBetter(area.region.goodOrBetterShare, area.region.judged),
    })),
  };
}

/** The authority's children's homes at the list's date, by their latest full-inspection grade, against England. */
export function cardHomes(list: HeldProviderList, key: string, authorityName: string): CardHomes {
  const homes = providersOfList([list], list.id).filter(
    (provider) => provider.provisionType.id === CHILDRENS_HOME && isRegistered(provider),
  );
  const own = homes.filter((provider) => provider.authority?.onsCode === key);
  const count = (providers: typeof homes) => {
    const found = providerGradeCount(providers, list.asAt);
    return { graded: found.graded, goodOrOutstanding: found.grades.outstanding + found.grades.good };
  };
  const area = count(own);
  const england = count(homes);
  const asAt = formatLong(list.asAt);
  const homesWord = (n: number) => `${n.toLocaleString('en-GB')} children’s ${n === 1 ? 'home' : 'homes'}`;
  // Ofsted's built-in list covers England; a list the user brought in is compared only with what it holds.
  const whole = `in ${wholeOfList(list)}`;
  const sentence =
    own.length === 0
      ? `At ${asAt}, ${list.origin === 'default' ? 'Ofsted’s list' : 'the list'} has no children’s home located in ${authorityName}.`
      : `At ${asAt}, ${homesWord(own.length)} ${own.length === 1 ? 'was' : 'were'} located in ${authorityName}. ` +
        (area.graded === 0
          ? 'None had a full-inspection grade yet.'
          : `${area.goodOrOutstanding} of the ${area.graded} with a grade (${percent(area.goodOrOutstanding / area.graded)}) were Good or Outstanding at their latest full inspection, against ${percent(england.goodOrOutstanding / england.graded)} of ${england.graded.toLocaleString('en-GB')} ${whole}.`);
  return { asAt, located: own.length, ...area, england, sentence };
}

/**
 * undefined when the dataset does not know the authority. `madeOn` is the day the card is made, printed on it;
 * `providers`, when held, adds the line on the authority's children's homes.
 */
export function summaryCard(
  dataset: Dataset,
  key: string,
  madeOn: PartialDate,
  providers?: HeldProviderList,
): SummaryCard | undefined {
  const authority = dataset.authorities.get(key);
  if (!authority) return undefined;
  const entries = authorityInspections(dataset, key);
  const graded = judged(entries);
  const latest = graded[graded.length - 1]?.inspection;
  const previous = graded[graded.length - 2]?.inspection;
  const series = measuresOverTime(dataset, key);
  const measures = series.flatMap((measure) => {
    const last = measure.points[measure.points.length - 1];
    return last
      ? [
          `${measure.name}: ${measure.unit === '%' ? `${last.value}%` : `${last.value} ${measure.unit}`} (${formatLong(last.date)})`,
        ]
      : [];
  });
  const sources: SourceRef[] = [
    ...entries.flatMap(({ inspection }) => inspection.sources),
    ...series.flatMap((measure) => measure.points.map((point) => point.source)),
  ];
  const timeline = timelineBars(entries);
  const legendGrades = new Map<GradeId, string>();
  for (const bar of timeline)
    for (const segment of bar.segments)
      if (!legendGrades.has(segment.grade)) legendGrades.set(segment.grade, segment.word);
  return {
    authorityName: authority.name,
    ...(authority.region ? { regionName: authority.region } : {}),
    ...(latest
      ? { latest: { date: formatLong(latest.date), type: latest.type, ...latestAreas(latest, previous) } }
      : {}),
    timeline,
    earlierLeftOut: Math.max(0, graded.length - CARD_TIMELINE_BARS),
    legend: ALL_GRADES.flatMap((grade) => {
      const word = legendGrades.get(grade);
      return word ? [{ grade, word }] : [];
    }),
    ...withPosition(position(dataset, key, defaultAsAt(dataset))),
    measures,
    ...(providers ? { homes: cardHomes(providers, key, authority.name) } : {}),
    madeOn: formatLong(madeOn),
    sources: providers
      ? `${sourceLine(sources)} Children’s homes: ${providerListCitation(providers)}.`
      : sourceLine(sources),
  };
}

function withPosition(found: SummaryCard['position']): { position?: SummaryCard['position'] } {
  return found ? { position: found } : {};
}
