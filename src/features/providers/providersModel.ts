// The Providers view's numbers, from the providers held: an area's providers against its region and England, its
// sectors, its list, and England's series over time. Pure: no React.
import { barFromRows, type GradeMixBar } from '../../components/charts/gradeMixDefinition';
import {
  inRegion,
  locatedIn,
  ofType,
  PROVIDER_GRADES,
  providerGradeCount,
  provisionTypes,
  sectorSplit,
  type ProviderGradeCount,
} from '../../analytics';
import {
  GRADE_SCALES,
  gradeLabel,
  type GradeId,
  formatLong,
  type PartialDate,
  headlineGrade,
  isRegistered,
  standingOn,
  type Provider,
  type ProviderEvent,
  byDate,
  providerListCitation,
  providersOfList,
  type HeldProviderList,
  OGL_ATTRIBUTION,
} from '../../domain';
import type { ProviderSeries } from '../../import';

export const PROVIDER_SCALE = GRADE_SCALES['ilacs-2018'];

export interface AreaOption {
  readonly value: string;
  readonly label: string;
}

/** Every authority some provider is located in, by name. */
export function areaOptions(providers: readonly Provider[]): AreaOption[] {
  const byCode = new Map<string, string>();
  for (const provider of providers)
    if (provider.authority?.onsCode) byCode.set(provider.authority.onsCode, provider.authority.name);
  return [...byCode]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}

export interface GradeRow {
  readonly key: string;
  readonly label: string;
  readonly count: ProviderGradeCount;
  readonly providers: number;
}

function gradeBar(row: GradeRow, emphasis = false): GradeMixBar {
  const rows = PROVIDER_GRADES.map((grade) => ({
    grade,
    count: row.count.grades[grade],
    share: row.count.graded > 0 ? row.count.grades[grade] / row.count.graded : 0,
  }));
  return barFromRows(row.key, row.label, rows, {
    emphasis,
    notes: [`${row.count.graded} of ${row.providers} providers with a full-inspection grade`],
  });
}

export interface ListRow {
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly sector: string;
  readonly places?: number;
  readonly latestFull?: ProviderEvent;
  readonly grade?: GradeId;
  readonly laterVisit?: ProviderEvent;
}

export interface AreaModel {
  readonly area: AreaOption;
  readonly region?: string;
  readonly rows: readonly GradeRow[];
  readonly bars: readonly GradeMixBar[];
  readonly sectors: ReturnType<typeof sectorSplit>;
  readonly list: readonly ListRow[];
  readonly types: ReturnType<typeof provisionTypes>;
  readonly laterVisits: number;
  readonly summary: string;
  /** The files whose events gave the grades counted for the area: the source line names each list among them. */
  readonly files: ReadonlySet<string>;
}

const pct = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–');

/** The area's providers (of the chosen type) against its region and England. */
export function areaModel(
  held: readonly Provider[],
  area: AreaOption,
  typeId: string | undefined,
  asAt?: PartialDate,
  /** 'list' for a user's list, which may cover only part of England: its totals are then the list's, and say so. */
  scope: 'england' | 'list' = 'england',
): AreaModel {
  const whole = scope === 'england' ? 'England' : 'The whole list';
  // Providers that have resigned or closed are history, not the area's providers today.
  const providers = held.filter(isRegistered);
  const located = locatedIn(providers, area.value);
  const chosen = ofType(located, typeId);
  // The region of most of the area's providers (Ofsted's region column).
  const regionCounts = new Map<string, number>();
  for (const provider of located) regionCounts.set(provider.region, (regionCounts.get(provider.region) ?? 0) + 1);
  const region = [...regionCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const ofChosen = ofType(providers, typeId);
  const rows: GradeRow[] = [
    { key: 'area', label: area.label, count: providerGradeCount(chosen, asAt), providers: chosen.length },
    ...(region
      ? [
          {
            key: 'region',
            label: scope === 'england' ? region : `${region} (in the list)`,
            count: providerGradeCount(ofType(inRegion(providers, region), typeId), asAt),
            providers: ofType(inRegion(providers, region), typeId).length,
          },
        ]
      : []),
    { key: 'england', label: whole, count: providerGradeCount(ofChosen, asAt), providers: ofChosen.length },
  ];
  const list = chosen
    .map((provider): ListRow => {
      const standing = standingOn(provider, asAt);
      const grade = standing.latestFull ? headlineGrade(standing.latestFull) : undefined;
      return {
        urn: provider.urn,
        name: provider.name,
        type: provider.provisionType.label,
        sector: provider.sector.label,
        ...(provider.places !== undefined ? { places: provider.places } : {}),
        ...(standing.latestFull ? { latestFull: standing.latestFull } : {}),
        ...(grade ? { grade } : {}),
        ...(standing.laterVisit ? { laterVisit: standing.laterVisit } : {}),
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type) || a.urn.localeCompare(b.urn));
  const own = rows[0]!.count;
  const england = rows[rows.length - 1]!.count;
  const good = (count: ProviderGradeCount) => count.grades.outstanding + count.grades.good;
  const summary =
    own.graded === 0
      ? `None of the ${chosen.length} providers located in ${area.label} has a full-inspection grade in the lists held.`
      : `${good(own)} of the ${own.graded} providers located in ${area.label} with a full-inspection grade (${pct(good(own), own.graded)}) were judged good or outstanding at their latest full inspection${asAt ? ` by ${formatLong(asAt)}` : ''}, against ${pct(good(england), england.graded)} of ${england.graded.toLocaleString('en-GB')} ${scope === 'england' ? 'in England' : 'in the whole list (your list may not cover all of England)'}.`;
  return {
    area,
    ...(region ? { region } : {}),
    rows,
    bars: rows.map((row) => gradeBar(row, row.key === 'area')),
    sectors: sectorSplit(chosen),
    list,
    types: provisionTypes(located),
    laterVisits: own.laterVisit,
    summary,
    files: gradeFiles(providers, asAt),
  };
}

export const gradeWord = (grade: GradeId) => gradeLabel(grade, PROVIDER_SCALE);

/** Singular, lower-case words of a series' title, as a provision type's id: "children's homes" → "children-s-home". */
export function seriesTypeId(series: ProviderSeries): string {
  return series.providers
    .toLowerCase()
    .replace(/\bhomes\b/g, 'home')
    .replace(/agencies\b/g, 'agency')
    .replace(/schools\b/g, 'school')
    .replace(/colleges\b/g, 'college')
    .replace(/schemes\b/g, 'scheme')
    .replace(/centres\b/g, 'centre')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface SeriesModel {
  readonly latest?: ProviderSeries;
  readonly inYear?: ProviderSeries;
  readonly latestBars: readonly GradeMixBar[];
  readonly inYearBars: readonly GradeMixBar[];
  readonly paused: readonly string[];
}

function seriesBars(series: ProviderSeries | undefined): GradeMixBar[] {
  if (!series) return [];
  return [...series.points].reverse().map((point) => {
    const total = point.counts ? PROVIDER_GRADES.reduce((sum, grade) => sum + (point.counts?.[grade] ?? 0), 0) : 0;
    const rows = PROVIDER_GRADES.map((grade) => ({
      grade,
      count: point.counts?.[grade] ?? 0,
      share: total > 0 ? (point.counts?.[grade] ?? 0) / total : 0,
    }));
    const label = series.kind === 'latest' ? String(point.date.year) : point.period;
    return barFromRows(point.period, label, rows, {
      ...(point.paused
        ? { description: `${point.period}: no inspections (Ofsted paused them)` }
        : !point.counts
          ? { description: `${point.period}: not given` }
          : {}),
    });
  });
}

/** England's series for a type: the table of that type (a total table only when "all" is chosen, never added up). */
export function seriesModel(series: readonly ProviderSeries[], typeId: string | undefined): SeriesModel {
  const pick = (kind: ProviderSeries['kind']) =>
    series.find(
      (table) =>
        table.kind === kind &&
        (typeId
          ? !table.total && seriesTypeId(table) === typeId
          : table.total && /all providers/i.test(table.providers)),
    ) ?? (typeId ? undefined : undefined);
  const latest = pick('latest');
  const inYear = pick('in-year');
  return {
    ...(latest ? { latest } : {}),
    ...(inYear ? { inYear } : {}),
    latestBars: seriesBars(latest),
    inYearBars: seriesBars(inYear),
    paused: inYear ? inYear.points.filter((point) => point.paused).map((point) => point.period) : [],
  };
}

export const eventWords = (event: ProviderEvent) => `${event.type}, ${formatLong(event.date)}`;

/** The files of the events that set the providers' standing on the date (their latest full inspection, and any visit after). */
export function gradeFiles(providers: readonly Provider[], asAt?: PartialDate): Set<string> {
  const files = new Set<string>();
  for (const provider of providers) {
    const standing = standingOn(provider, asAt);
    if (standing.latestFull) files.add(standing.latestFull.source.file);
    if (standing.laterVisit) files.add(standing.laterVisit.source.file);
  }
  return files;
}

export interface HistoryPoint {
  readonly list: HeldProviderList;
  readonly count: ProviderGradeCount;
  readonly providers: number;
}

/**
 * The area's providers (of the chosen type) at each held list's date: each list's own providers, located there and
 * registered by its account, counted by their latest full-inspection grade on its date, events matched by URN.
 */
export function areaHistory(
  lists: readonly HeldProviderList[],
  onsCode: string,
  typeId: string | undefined,
): HistoryPoint[] {
  return byDate(lists).map((list) => {
    const located = ofType(locatedIn(providersOfList(lists, list.id).filter(isRegistered), onsCode), typeId);
    return { list, count: providerGradeCount(located, list.asAt), providers: located.length };
  });
}

export function historyBars(points: readonly HistoryPoint[]): GradeMixBar[] {
  return points.map((point) =>
    gradeBar({
      key: point.list.id,
      label: formatLong(point.list.asAt),
      count: point.count,
      providers: point.providers,
    }),
  );
}

/** "31 March 2023: Ofsted’s list" or "31 March 2022: your file “…”": the words of the as-at choice. */
export function listLabel(list: HeldProviderList): string {
  return list.origin === 'default'
    ? `${formatLong(list.asAt)}: Ofsted’s list`
    : `${formatLong(list.asAt)}: your file ${list.name ? `“${list.name}”` : list.files.map((file) => `“${file}”`).join(', ')}`;
}

/** The source line for figures from these lists: each list used named, the user's files by name, Ofsted's licence. */
export function listsSource(lists: readonly HeldProviderList[], files?: ReadonlySet<string>): string {
  const used = files ? lists.filter((list) => list.files.some((file) => files.has(file))) : lists;
  const cited = used.map(providerListCitation);
  const text = cited.length > 0 ? cited.join('; ') : 'no list held';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. ${OGL_ATTRIBUTION}`;
}
