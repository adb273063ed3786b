// Several imported files into one dataset: the same authority and the same inspection (sameInspection.ts) are held once.
import {
  authorityKey,
  normaliseAuthorityName,
  type Authority,
  AUTHORITY_ENDINGS,
  startOfAuthority,
  type Dataset,
  FRAMEWORKS,
  inspectionRef,
  type DateClaim,
  type Inspection,
  type Judgement,
  type Measure,
  compareDates,
  formatIso,
  sortKey,
} from '../domain';
import type { ImportResult } from './importResult';
import type { ImportProblem } from './problem';
import { dayRange, knowsOnlyPublication, SameInspectionIndex } from './sameInspection';
import { runInSlices, runToEnd, SLICE } from './slices';

export interface BuildResult {
  readonly dataset: Dataset;
  /** Where two files disagree about the same inspection. */
  readonly conflicts: readonly ImportProblem[];
  /** What became of each group's inspections, in the order of the groups. */
  readonly groups: readonly GroupOutcome[];
  /** Every record of a later file that was an inspection already held (only when asked for: BuildOptions.clashes). */
  readonly clashes: readonly Clash[];
}

/** Authorities merged on ONS code, then LA number, then name, never across two different ONS codes. */
class AuthorityRegistry {
  private readonly entries: Authority[] = [];
  private readonly byName = new Map<string, Authority>();

  /**
   * `codeBook`: authorities known with their codes (the default data's), by which one named without a code or LA
   * number takes its code and region, so a file of names alone keys its authorities as every other file does.
   */
  constructor(codeBook: readonly Authority[] = []) {
    for (const known of codeBook) if (known.onsCode) this.byName.set(normaliseAuthorityName(known.name), known);
  }

  // Imported records share one object per authority, so a quarter of a million inspections bring only a few hundred
  // distinct objects: each is matched once. Adding the same object again changes nothing (merging is idempotent).
  private readonly added = new Set<Authority>();
  private resolved = new Map<Authority, Authority>();

  add(incoming: Authority): void {
    if (this.added.has(incoming)) return;
    this.added.add(incoming);
    this.resolved = new Map();
    const coded = this.withKnownCode(incoming);
    const index = this.entries.findIndex((entry) => sameAuthority(entry, coded));
    if (index < 0) this.entries.push(coded);
    else this.entries[index] = mergeAuthority(this.entries[index]!, coded);
  }

  private withKnownCode(authority: Authority): Authority {
    if (authority.onsCode || authority.laNumber || this.byName.size === 0) return authority;
    const known = this.byName.get(normaliseAuthorityName(authority.name));
    if (!known?.onsCode) return authority;
    return {
      ...authority,
      onsCode: known.onsCode,
      ...(authority.region || !known.region ? {} : { region: known.region }),
    };
  }

  resolve(authority: Authority): Authority {
    let found = this.resolved.get(authority);
    if (!found) {
      found = this.entries.find((entry) => sameAuthority(entry, authority)) ?? authority;
      this.resolved.set(authority, found);
    }
    return found;
  }

  all(): Authority[] {
    return this.entries.map(withChanges);
  }
}

function sameAuthority(a: Authority, b: Authority): boolean {
  if (a.onsCode && b.onsCode) return a.onsCode === b.onsCode;
  if (a.laNumber && b.laNumber) return a.laNumber === b.laNumber;
  return normaliseAuthorityName(a.name) === normaliseAuthorityName(b.name);
}

function mergeAuthority(held: Authority, incoming: Authority): Authority {
  return {
    name: held.onsCode || !incoming.onsCode ? held.name : incoming.name,
    ...((held.onsCode ?? incoming.onsCode) ? { onsCode: held.onsCode ?? incoming.onsCode } : {}),
    ...((held.laNumber ?? incoming.laNumber) ? { laNumber: held.laNumber ?? incoming.laNumber } : {}),
    ...((held.region ?? incoming.region) ? { region: held.region ?? incoming.region } : {}),
    ...(held.noLongerExists || incoming.noLongerExists ? { noLongerExists: true } : {}),
  };
}

/** Dates from the reorganisations we know of: when an authority ceased, or when one began. */
function withChanges(authority: Authority): Authority {
  const ending = AUTHORITY_ENDINGS.find((known) => known.onsCode === authority.onsCode);
  if (ending) return { ...authority, noLongerExists: true, ceasedOn: ending.ceasedOn };
  const startedOn = startOfAuthority(authority.onsCode);
  return startedOn ? { ...authority, startedOn } : authority;
}

/** A type the file actually gave beats the generic one we fill in when a table has no type column. */
const isGenericType = (type: string) =>
  type === 'ILACS inspection' || Object.values(FRAMEWORKS).some((framework) => framework.name === type);

/** Every date each source of a record gave: a record's own dates stand for all its sources until they disagree. */
function claimsOf(record: Inspection): DateClaim[] {
  if (record.dateClaims) return [...record.dateClaims];
  const onlyPublished = knowsOnlyPublication(record);
  return record.sources.flatMap((source): DateClaim[] => [
    ...(onlyPublished ? [] : [{ field: 'date' as const, date: record.date, source }]),
    ...(record.publicationDate ? [{ field: 'publicationDate' as const, date: record.publicationDate, source }] : []),
  ]);
}

/** Two claimed dates disagree when no day could be both (2012-06 and 2012-06-15 agree; 10 and 11 July do not). */
function disagree(claims: readonly DateClaim[], field: DateClaim['field']): boolean {
  const ranges = claims.filter((claim) => claim.field === field).map((claim) => dayRange(claim.date));
  return ranges.some((a) => ranges.some((b) => a.last < b.first));
}

function mergeInspection(held: Inspection, incoming: Inspection, conflicts: ImportProblem[]): Inspection {
  const judgements: Judgement[] = [...held.judgements];
  const source = incoming.sources[0];
  const first = held.sources[0];
  for (const judgement of incoming.judgements) {
    const index = judgements.findIndex((j) => j.area.id === judgement.area.id);
    const existing = index >= 0 ? judgements[index] : undefined;
    if (!existing) {
      judgements.push(judgement);
    } else if (existing.outcome.kind === 'not-judged' && judgement.outcome.kind === 'graded') {
      judgements[index] = judgement;
    } else if (
      existing.outcome.kind === 'graded' &&
      judgement.outcome.kind === 'graded' &&
      existing.outcome.grade !== judgement.outcome.grade
    ) {
      conflicts.push({
        line: source?.line ?? 0,
        column: judgement.area.label,
        value: judgement.outcome.grade,
        message: `${source?.file ?? 'This file'} disagrees with ${first?.file ?? 'an earlier file'} (row ${first?.line ?? '?'}) about ${incoming.authority.name}'s inspection of ${formatIso(incoming.date)}; the earlier grade (${existing.outcome.grade}) was kept. Check which file is right.`,
        severity: 'warning',
      });
    }
  }
  // The held record's dates come first; a record that knew only its report's date takes the other's inspection date.
  const date = knowsOnlyPublication(held) && !knowsOnlyPublication(incoming) ? incoming.date : held.date;
  const publicationDate = held.publicationDate ?? incoming.publicationDate;
  const claims = [...claimsOf(held), ...claimsOf(incoming)];
  const disagreeing = (['date', 'publicationDate'] as const).filter((field) => disagree(claims, field));
  for (const field of disagreeing) {
    conflicts.push({
      line: source?.line ?? 0,
      column: field === 'date' ? 'Date' : 'Publication date',
      value: formatIso(field === 'date' ? incoming.date : (incoming.publicationDate ?? incoming.date)),
      message: `${source?.file ?? 'This file'} and ${first?.file ?? 'an earlier file'} (row ${first?.line ?? '?'}) give different ${field === 'date' ? 'inspection' : 'publication'} dates for ${incoming.authority.name}'s inspection: both are kept and shown. Check the inspection report.`,
      severity: 'warning',
    });
  }
  return {
    ...held,
    type: isGenericType(held.type) && !isGenericType(incoming.type) ? incoming.type : held.type,
    date,
    ...(publicationDate ? { publicationDate } : {}),
    judgements,
    // Counts of every judgement (a panel's minutes) and the grades of some (Ofsted's table) are two views of one inspection: both kept.
    ...((held.summaryCounts ?? incoming.summaryCounts)
      ? { summaryCounts: held.summaryCounts ?? incoming.summaryCounts }
      : {}),
    ...((held.note ?? incoming.note) ? { note: held.note ?? incoming.note } : {}),
    sources: [...held.sources, ...incoming.sources],
    ...(held.dateClaims || disagreeing.length > 0 ? { dateClaims: claims } : {}),
  };
}

/** Records from one file, and what to do with those that are an inspection already held (see sameInspection.ts). */
export interface RecordGroup {
  readonly file: string;
  readonly inspections: readonly Inspection[];
  readonly measures: readonly Measure[];
  /**
   * merge: combine the two records, keeping the earlier grade where files disagree (and report it) and both dates
   * where they disagree (Ofsted's own files, merged with each other);
   * skip: the held record is kept whole and this file's is set aside (the user's files, unless they choose otherwise);
   * replace: this file's record is shown instead of the held one (only by the user's explicit choice).
   */
  readonly onDuplicate: 'merge' | 'replace' | 'skip';
}

/** A record of a later file that is the same inspection as one held when its file came. */
export interface Clash {
  /** The index of the later file's group. */
  readonly group: number;
  /** The held record as it stood: every earlier file's record of the inspection, merged. */
  readonly held: Inspection;
  readonly incoming: Inspection;
}

/** What became of one group's inspections. */
export interface GroupOutcome {
  /** Inspections no earlier file held. */
  readonly added: number;
  /** Held inspections this file's record was merged into ('merge'). */
  readonly merged: number;
  /** Held inspections this file's record is shown instead of ('replace'). */
  readonly replaced: number;
  /** This file's records of held inspections, not shown ('skip'). */
  readonly setAside: number;
}

/** Builds one dataset from successful imports, in the order given; failed imports contribute nothing. */
export function buildDataset(results: readonly ImportResult[]): BuildResult {
  const groups = results.flatMap((result): RecordGroup[] =>
    result.ok
      ? [{ file: result.file, inspections: result.inspections, measures: result.measures, onDuplicate: 'merge' }]
      : [],
  );
  return buildFromGroups(groups, { files: results.map((result) => result.file) });
}

export interface BuildOptions {
  /** The files the dataset says it holds; the groups' own files unless given. */
  readonly files?: readonly string[];
  /** Authorities known with their codes, for records that name an authority without one (see AuthorityRegistry). */
  readonly codeBook?: readonly Authority[];
  /** List every clash in the result (for the preview and "Your data"); the views need only the dataset. */
  readonly clashes?: boolean;
  readonly signal?: AbortSignal;
}

/** Builds one dataset from groups of records, in the order given. */
export function buildFromGroups(groups: readonly RecordGroup[], options: BuildOptions = {}): BuildResult {
  return runToEnd(buildSteps(groups, options));
}

/**
 * buildFromGroups with a pause after each slice of records, so combining a quarter of a million inspections never
 * holds the page up for long. Rejects with the signal's reason once it is aborted.
 */
export function buildFromGroupsInSlices(
  groups: readonly RecordGroup[],
  options: BuildOptions = {},
): Promise<BuildResult> {
  return runInSlices(buildSteps(groups, options), options.signal);
}

/** A record in the dataset being built, and where it stands in the order records came. */
interface Placed {
  record: Inspection;
  /** The last group one of whose records was matched to this one: a file's records are matched to a held record once. */
  claimedBy: number;
  place: number;
}

/**
 * One way of building, paused (yielding) after each slice of records; the at-once and sliced forms cannot disagree.
 * `lastOnlySought`: the last group's records are only looked for among the others' (what a search for clashes
 * needs), so they are neither kept, merged nor indexed, and no dataset is put together: its inspections are left empty.
 */
function* buildSteps(
  groups: readonly RecordGroup[],
  { files = groups.map((group) => group.file), codeBook, clashes: listClashes = false }: BuildOptions,
  lastOnlySought = false,
): Generator<void, BuildResult> {
  let done = 0;
  const registry = new AuthorityRegistry(codeBook);
  for (const group of groups) {
    for (const inspection of group.inspections) {
      registry.add(inspection.authority);
      if (++done % SLICE === 0) yield;
    }
    for (const measure of group.measures) registry.add(measure.authority);
  }
  const authorities = new Map<string, Authority>();
  for (const authority of registry.all()) authorities.set(authorityKey(authority), authority);
  // Records share authority objects, so each distinct one is looked up once.
  const canonicalOf = new Map<Authority, Authority>();
  const canonical = (authority: Authority) => {
    let found = canonicalOf.get(authority);
    if (!found) {
      found = authorities.get(authorityKey(registry.resolve(authority))) ?? authority;
      canonicalOf.set(authority, found);
    }
    return found;
  };

  const conflicts: ImportProblem[] = [];
  const clashes: Clash[] = [];
  const index = new SameInspectionIndex<Placed>();
  // The records in the order they came; a replaced record's old place is emptied and it moves to the end.
  const order: Array<Placed | undefined> = [];
  const outcomes = groups.map(() => ({ added: 0, merged: 0, replaced: 0, setAside: 0 }));
  for (const [g, group] of groups.entries()) {
    const outcome = outcomes[g]!;
    const onlySought = lastOnlySought && g === groups.length - 1;
    // A file's own records are told apart as the file tells them: only an exact repeat within it is the same record.
    const own = new Map<string, { readonly placed: Placed; readonly held: boolean }>();
    // Its new records are indexed once the file is done, so they are never compared with each other.
    const fresh: Array<readonly [string, Placed]> = [];
    for (const raw of group.inspections) {
      const authority = canonical(raw.authority);
      const key = authorityKey(authority);
      // The same as inspectionId of the record with its authority resolved; the record is copied with it only when
      // it is kept (finding it needs only its dates and family).
      const id = `${key}|${inspectionRef(raw)}`;
      const resolved = () => (authority === raw.authority ? raw : { ...raw, authority });
      const repeat = own.get(id);
      if (repeat) {
        if (repeat.held && listClashes) clashes.push({ group: g, held: repeat.placed.record, incoming: resolved() });
        if (repeat.held && group.onDuplicate === 'skip') outcome.setAside += 1;
        else if (!onlySought) repeat.placed.record = mergeInspection(repeat.placed.record, resolved(), conflicts);
      } else {
        const found = index.find(key, raw, (entry) => entry.value.claimedBy !== g);
        if (!found) {
          const placed: Placed = { record: onlySought ? raw : resolved(), claimedBy: -1, place: order.length };
          if (!onlySought) {
            order.push(placed);
            fresh.push([key, placed]);
          }
          own.set(id, { placed, held: false });
          outcome.added += 1;
        } else {
          const held = found.value;
          held.claimedBy = g;
          own.set(id, { placed: held, held: true });
          const inspection = resolved();
          if (listClashes) clashes.push({ group: g, held: held.record, incoming: inspection });
          if (group.onDuplicate === 'merge') {
            held.record = mergeInspection(held.record, inspection, conflicts);
            // A record that knew only its report's date may now know when the inspection began: filed by that.
            if (held.record.date !== found.inspection.date) index.move(found, held.record);
            outcome.merged += 1;
          } else if (group.onDuplicate === 'skip') {
            outcome.setAside += 1;
          } else {
            // Moved to the end, where its file's place in the order puts it.
            order[held.place] = undefined;
            held.place = order.length;
            order.push(held);
            held.record = inspection;
            index.move(found, inspection);
            outcome.replaced += 1;
          }
        }
      }
      if (++done % SLICE === 0) yield;
    }
    for (const [key, placed] of fresh) {
      index.add(key, placed.record, placed);
      if (++done % SLICE === 0) yield;
    }
  }
  if (lastOnlySought) {
    return { dataset: { authorities, inspections: [], measures: [], files }, conflicts, groups: outcomes, clashes };
  }
  const measures = groups.flatMap((group) =>
    group.measures.map((measure) => ({ ...measure, authority: canonical(measure.authority) })),
  );
  yield;
  const inspections: Inspection[] = [];
  for (const placed of order) if (placed) inspections.push(placed.record);
  return {
    dataset: {
      authorities,
      inspections: yield* byDate(inspections),
      measures: measures.sort((a, b) => compareDates(a.date, b.date)),
      files,
    },
    conflicts,
    groups: outcomes,
    clashes,
  };
}

/**
 * Records in date order, those on the same date in the order given (as a stable sort by compareDates gives). Each
 * record's date key and place are packed into one number and sorted as numbers: a quarter of a million records sort
 * in a few milliseconds instead of a comparison function's hundreds.
 */
function* byDate(records: Inspection[]): Generator<void, Inspection[]> {
  const keys = new Float64Array(records.length);
  // sortKey is under 2^25 (year 2100 is 21,001,231) and a place under 2^27, so the pair fits a double's 53 bits exactly.
  const places = 2 ** 27;
  if (records.length >= places) return records.sort((a, b) => compareDates(a.date, b.date));
  for (let place = 0; place < records.length; place++) {
    keys[place] = sortKey(records[place]!.date) * places + place;
    if ((place + 1) % SORT_SLICE === 0) yield;
  }
  keys.sort();
  yield;
  const sorted: Inspection[] = new Array<Inspection>(records.length);
  for (let at = 0; at < keys.length; at++) {
    sorted[at] = records[keys[at]! % places]!;
    if ((at + 1) % SORT_SLICE === 0) yield;
  }
  return sorted;
}

/** Records keyed or placed between pauses while sorting: each step is a few operations, so many more than SLICE. */
const SORT_SLICE = 50_000;

/** The file that stands for incoming records in a search for clashes: its records are set aside, never shown. */
const INCOMING = 'the file being previewed';

/**
 * The incoming inspections that are an inspection already held in `held` (sameInspection.ts), each beside the held
 * record, matching authorities by code or name as buildFromGroups does. Held records are those the views show from
 * `held`, so a clash shows exactly what the file's record would stand against.
 */
export function findHeldClashes(
  held: readonly RecordGroup[],
  incoming: readonly Inspection[],
  options: Omit<BuildOptions, 'clashes'> = {},
): Clash[] {
  return runToEnd(clashSteps(held, incoming, options));
}

/**
 * findHeldClashes in slices with a pause between them, so a quarter of a million incoming inspections never hold
 * the page up for more than a few milliseconds at a time. Rejects with the signal's reason once it is aborted.
 */
export function findHeldClashesInSlices(
  held: readonly RecordGroup[],
  incoming: readonly Inspection[],
  options: Omit<BuildOptions, 'clashes'> = {},
): Promise<Clash[]> {
  return runInSlices(clashSteps(held, incoming, options), options.signal);
}

/** The build itself, with the incoming records as a last file whose records are set aside: the rule cannot differ. */
function* clashSteps(
  held: readonly RecordGroup[],
  incoming: readonly Inspection[],
  options: Omit<BuildOptions, 'clashes'>,
): Generator<void, Clash[]> {
  const built = yield* buildSteps(
    [...held, { file: INCOMING, inspections: incoming, measures: [], onDuplicate: 'skip' }],
    { ...options, clashes: true },
    true,
  );
  return built.clashes.filter((clash) => clash.group === held.length);
}
