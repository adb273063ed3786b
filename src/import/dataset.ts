// Several imported files into one dataset: the same authority and the same inspection are held once.
import { authorityKey, normaliseAuthorityName, type Authority } from '../domain/authority';
import { AUTHORITY_ENDINGS } from '../domain/authorityChanges';
import type { Dataset } from '../domain/dataset';
import { FRAMEWORKS } from '../domain/framework';
import { inspectionId, type Inspection, type Judgement } from '../domain/inspection';
import { compareDates, formatIso } from '../domain/partialDate';
import type { ImportResult } from './importFile';
import type { ImportProblem } from './problem';

export interface BuildResult {
  readonly dataset: Dataset;
  /** Where two files disagree about the same inspection. */
  readonly conflicts: readonly ImportProblem[];
}

/** Authorities merged on ONS code, then LA number, then name, never across two different ONS codes. */
class AuthorityRegistry {
  private readonly entries: Authority[] = [];

  add(incoming: Authority): void {
    const index = this.entries.findIndex((entry) => sameAuthority(entry, incoming));
    if (index < 0) this.entries.push(incoming);
    else this.entries[index] = mergeAuthority(this.entries[index]!, incoming);
  }

  resolve(authority: Authority): Authority {
    return this.entries.find((entry) => sameAuthority(entry, authority)) ?? authority;
  }

  all(): Authority[] {
    return this.entries.map(withEnding);
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

function withEnding(authority: Authority): Authority {
  const ending = AUTHORITY_ENDINGS.find((known) => known.onsCode === authority.onsCode);
  return ending ? { ...authority, noLongerExists: true, ceasedOn: ending.ceasedOn } : authority;
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

/** Builds one dataset from successful imports, in the order given; failed imports contribute nothing. */
export function buildDataset(results: readonly ImportResult[]): BuildResult {
  const imported = results.filter((result): result is Extract<ImportResult, { ok: true }> => result.ok);
  const registry = new AuthorityRegistry();
  for (const result of imported) {
    for (const inspection of result.inspections) registry.add(inspection.authority);
    for (const measure of result.measures) registry.add(measure.authority);
  }
  const authorities = new Map<string, Authority>();
  for (const authority of registry.all()) authorities.set(authorityKey(authority), authority);
  const canonical = (authority: Authority) => authorities.get(authorityKey(registry.resolve(authority))) ?? authority;

  const conflicts: ImportProblem[] = [];
  const inspections = new Map<string, Inspection>();
  for (const result of imported) {
    for (const raw of result.inspections) {
      const inspection = { ...raw, authority: canonical(raw.authority) };
      const key = inspectionId(inspection);
      const held = inspections.get(key);
      inspections.set(key, held ? mergeInspection(held, inspection, conflicts) : inspection);
    }
  }
  const measures = imported.flatMap((result) => result.measures.map((measure) => ({ ...measure, authority: canonical(measure.authority) })));
  return {
    dataset: {
      authorities,
      // Stable sort keeps file order for inspections on the same date.
      inspections: [...inspections.values()].sort((a, b) => compareDates(a.date, b.date)),
      measures: measures.sort((a, b) => compareDates(a.date, b.date)),
      files: results.map((result) => result.file),
    },
    conflicts,
  };
}
