// Several imported files into one dataset: the same authority and the same inspection are held once.
import { authorityKey, normaliseAuthorityName, type Authority } from '../domain/authority';
import { AUTHORITY_ENDINGS, startOfAuthority } from '../domain/authorityChanges';
import type { Dataset } from '../domain/dataset';
import { FRAMEWORKS } from '../domain/framework';
import { inspectionId, inspectionRef, type Inspection, type Judgement, type Measure } from '../domain/inspection';
import { compareDates, formatIso, sortKey } from '../domain/partialDate';
import type { ImportResult } from './importResult';
import type { ImportProblem } from './problem';
import { runInSlices, runToEnd, SLICE } from './slices';

export interface BuildResult {
  readonly dataset: Dataset;
  /** Where two files disagree about the same inspection. */
  readonly conflicts: readonly ImportProblem[];
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
    return { ...authority, onsCode: known.onsCode, ...(authority.region || !known.region ? {} : { region: known.region }) };
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
const isGenericType = (type: string) => type === 'ILACS inspection' || Object.values(FRAMEWORKS).some((framework) => framework.name === type);

function mergeInspection(held: Inspection, incoming: Inspection, conflicts: ImportProblem[]): Inspection {
  const judgements: Judgement[] = [...held.judgements];
  for (const judgement of incoming.judgements) {
    const index = judgements.findIndex((j) => j.area.id === judgement.area.id);
    const existing = index >= 0 ? judgements[index] : undefined;
    if (!existing) {
      judgements.push(judgement);
    } else if (existing.outcome.kind === 'not-judged' && judgement.outcome.kind === 'graded') {
      judgements[index] = judgement;
    } else if (existing.outcome.kind === 'graded' && judgement.outcome.kind === 'graded' && existing.outcome.grade !== judgement.outcome.grade) {
      const source = incoming.sources[0];
      const first = held.sources[0];
      conflicts.push({
        line: source?.line ?? 0,
        column: judgement.area.label,
        value: judgement.outcome.grade,
        message: `${source?.file ?? 'This file'} disagrees with ${first?.file ?? 'an earlier file'} (row ${first?.line ?? '?'}) about ${incoming.authority.name}'s inspection of ${formatIso(incoming.date)}; the earlier grade (${existing.outcome.grade}) was kept. Check which file is right.`,
        severity: 'warning',
      });
    }
  }
  return {
    ...held,
    type: isGenericType(held.type) && !isGenericType(incoming.type) ? incoming.type : held.type,
    ...((held.publicationDate ?? incoming.publicationDate) ? { publicationDate: held.publicationDate ?? incoming.publicationDate } : {}),
    judgements,
    ...((held.note ?? incoming.note) ? { note: held.note ?? incoming.note } : {}),
    sources: [...held.sources, ...incoming.sources],
  };
}

/** Records from one file, and what to do when they repeat an inspection already held. */
export interface RecordGroup {
  readonly file: string;
  readonly inspections: readonly Inspection[];
  readonly measures: readonly Measure[];
  /**
   * merge: combine judgements, keeping the earlier grade where files disagree (and report it);
   * replace: this file's record of the inspection wins whole; skip: the held record is kept.
   */
  readonly onDuplicate: 'merge' | 'replace' | 'skip';
}

/** Builds one dataset from successful imports, in the order given; failed imports contribute nothing. */
export function buildDataset(results: readonly ImportResult[]): BuildResult {
  const groups = results.flatMap((result): RecordGroup[] =>
    result.ok ? [{ file: result.file, inspections: result.inspections, measures: result.measures, onDuplicate: 'merge' }] : [],
  );
  return buildFromGroups(groups, { files: results.map((result) => result.file) });
}

export interface BuildOptions {
  /** The files the dataset says it holds; the groups' own files unless given. */
  readonly files?: readonly string[];
  /** Authorities known with their codes, for records that name an authority without one (see AuthorityRegistry). */
  readonly codeBook?: readonly Authority[];
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
export function buildFromGroupsInSlices(groups: readonly RecordGroup[], options: BuildOptions = {}): Promise<BuildResult> {
  return runInSlices(buildSteps(groups, options), options.signal);
}

/** One way of building, paused (yielding) after each slice of records; the at-once and sliced forms cannot disagree. */
function* buildSteps(groups: readonly RecordGroup[], { files = groups.map((group) => group.file), codeBook }: BuildOptions): Generator<void, BuildResult> {
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
  const inspections = new Map<string, Inspection>();
  for (const group of groups) {
    for (const raw of group.inspections) {
      const authority = canonical(raw.authority);
      const inspection = authority === raw.authority ? raw : { ...raw, authority };
      const key = inspectionId(inspection);
      const held = inspections.get(key);
      if (!held) inspections.set(key, inspection);
      else if (group.onDuplicate === 'merge') inspections.set(key, mergeInspection(held, inspection, conflicts));
      else if (group.onDuplicate === 'replace') {
        // Deleting first moves the replacement to the end, where its file's place in the order puts it.
        inspections.delete(key);
        inspections.set(key, inspection);
      }
      if (++done % SLICE === 0) yield;
    }
  }
  const measures = groups.flatMap((group) => group.measures.map((measure) => ({ ...measure, authority: canonical(measure.authority) })));
  yield;
  return {
    dataset: {
      authorities,
      inspections: byDate([...inspections.values()]),
      measures: measures.sort((a, b) => compareDates(a.date, b.date)),
      files,
    },
    conflicts,
  };
}

/**
 * Records in date order, those on the same date in the order given (as a stable sort by compareDates gives). Each
 * record's date key and place are packed into one number and sorted as numbers: a quarter of a million records sort
 * in a few milliseconds instead of a comparison function's hundreds.
 */
function byDate(records: Inspection[]): Inspection[] {
  const keys = new Float64Array(records.length);
  // sortKey is under 2^25 (year 2100 is 21,001,231) and a place under 2^27, so the pair fits a double's 53 bits exactly.
  const places = 2 ** 27;
  if (records.length >= places) return records.sort((a, b) => compareDates(a.date, b.date));
  records.forEach((record, place) => {
    keys[place] = sortKey(record.date) * places + place;
  });
  keys.sort();
  return Array.from(keys, (key) => records[key % places]!);
}

/**
 * The incoming inspections that repeat one already held in `held` (same authority, date and
 * framework), matching authorities by code or name as buildFromGroups does.
 */
export function findHeldDuplicates(held: readonly RecordGroup[], incoming: readonly Inspection[]): Inspection[] {
  return runToEnd(heldDuplicateSteps(held, incoming));
}

/**
 * findHeldDuplicates in slices with a pause between them, so a quarter of a million incoming inspections never hold
 * the page up for more than a few milliseconds at a time. Rejects with the signal's reason once it is aborted.
 */
export function findHeldDuplicatesInSlices(held: readonly RecordGroup[], incoming: readonly Inspection[], signal?: AbortSignal): Promise<Inspection[]> {
  return runInSlices(heldDuplicateSteps(held, incoming), signal);
}

/** One way of finding repeats, paused (yielding) after each slice of records. */
function* heldDuplicateSteps(held: readonly RecordGroup[], incoming: readonly Inspection[]): Generator<void, Inspection[]> {
  const registry = new AuthorityRegistry();
  let done = 0;
  for (const group of held) {
    for (const inspection of group.inspections) {
      registry.add(inspection.authority);
      if (++done % SLICE === 0) yield;
    }
  }
  for (const inspection of incoming) {
    registry.add(inspection.authority);
    if (++done % SLICE === 0) yield;
  }
  const keys = new Map<Authority, string>();
  const keyOf = (inspection: Inspection) => {
    let key = keys.get(inspection.authority);
    if (key === undefined) {
      key = authorityKey(registry.resolve(inspection.authority));
      keys.set(inspection.authority, key);
    }
    return `${key}|${inspectionRef(inspection)}`;
  };
  const heldKeys = new Set<string>();
  for (const group of held) {
    for (const inspection of group.inspections) {
      heldKeys.add(keyOf(inspection));
      if (++done % SLICE === 0) yield;
    }
  }
  const repeats: Inspection[] = [];
  for (const inspection of incoming) {
    if (heldKeys.has(keyOf(inspection))) repeats.push(inspection);
    if (++done % SLICE === 0) yield;
  }
  return repeats;
}
