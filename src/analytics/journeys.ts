// Each authority's graded inspections strand by strand, read as moves: from one grade to the next between consecutive
// inspections, and journeys from Inadequate to Good or better.
import {
  authorityKey,
  compareDates,
  firstDayNumber,
  GRADE_SCALES,
  gradeLabel,
  isLocalAuthority,
  speaksForStrand,
  stepOf,
  strandOutcome,
  type Authority,
  type Dataset,
  type GradeId,
  type Inspection,
  type PartialDate,
  type Strand,
} from '../domain';
import { REGION_NOT_RECORDED } from './areaDistributions';

/** A strand's word at one inspection: a grade, or (whole service, ILACS from April 2026) that it gave no overall grade. */
export type StepOutcome = GradeId | 'no-overall-grade';

export interface StrandStep {
  readonly inspection: Inspection;
  readonly outcome: StepOutcome;
  /** When the judgement became known: the report's publication date, else the inspection date. */
  readonly known: PartialDate;
}

/** One authority's inspections that spoke for a strand, oldest first. */
export interface StrandHistory {
  readonly key: string;
  readonly authority: Authority;
  /** Ofsted's region of the authority as the dataset lists it. */
  readonly region: string;
  readonly steps: readonly StrandStep[];
}

export interface Transition {
  readonly history: StrandHistory;
  readonly from: StrandStep;
  readonly to: StrandStep;
  /** Days from the earlier judgement becoming known to the later one. */
  readonly days: number;
}

export type JourneyStatus = 'reached' | 'still-below-good' | 'ceased';

/** From an Inadequate judgement (when no journey was under way) to the first later judgement of Good or Outstanding. */
export interface Journey {
  readonly history: StrandHistory;
  readonly start: StrandStep;
  /** Every later inspection of the strand up to and including the one judged Good or better (or the last held). */
  readonly through: readonly StrandStep[];
  readonly status: JourneyStatus;
  /** Days from the start to Good or better: only when reached. */
  readonly days?: number;
}

/** What followed one Inadequate judgement: the authority's next inspection of the strand, if any. */
export interface AfterInadequate {
  readonly history: StrandHistory;
  readonly judgement: StrandStep;
  readonly next?: StrandStep;
  /** Days to the next judgement becoming known: only when there was one. */
  readonly days?: number;
  /** Without a next inspection: still waiting at the data's last date, or the authority ceased first. */
  readonly status: 'reinspected' | 'not-yet' | 'ceased';
}

const SCALE = GRADE_SCALES['across-frameworks'];

/** An outcome as figures name it: the grade in its framework's words, or "No overall grade". */
export function outcomeLabel(outcome: StepOutcome): string {
  return outcome === 'no-overall-grade' ? 'No overall grade' : gradeLabel(outcome, SCALE);
}

export function isGoodOrBetter(outcome: StepOutcome): boolean {
  return outcome !== 'no-overall-grade' && stepOf(SCALE, outcome)?.goodOrBetter === true;
}

const knownOn = (inspection: Inspection): PartialDate => inspection.publicationDate ?? inspection.date;

export function daysBetween(from: StrandStep, to: StrandStep): number {
  return firstDayNumber(to.known) - firstDayNumber(from.known);
}

/**
 * Each local authority's inspections that graded the strand (or gave no overall grade), in the order they happened.
 * Authorities are keyed as the dataset keys them, so an authority made by a reorganisation (a new ONS code) has a
 * history of its own that starts at its first inspection; one that only changed code keeps one history.
 */
export function strandHistories(dataset: Dataset, strand: Strand): StrandHistory[] {
  const byKey = new Map<string, { authority: Authority; inspections: Inspection[] }>();
  for (const inspection of dataset.inspections) {
    if (!isLocalAuthority(inspection.authority) || !speaksForStrand(inspection, strand)) continue;
    const key = authorityKey(inspection.authority);
    const entry = byKey.get(key) ?? {
      authority: dataset.authorities.get(key) ?? inspection.authority,
      inspections: [],
    };
    entry.inspections.push(inspection);
    byKey.set(key, entry);
  }
  return [...byKey].map(([key, { authority, inspections }]) => ({
    key,
    authority,
    region: authority.region?.trim() || REGION_NOT_RECORDED,
    // A stable sort: inspections on one day keep the dataset's order.
    steps: [...inspections]
      .sort((a, b) => compareDates(a.date, b.date))
      .map((inspection) => {
        const outcome = strandOutcome(inspection, strand);
        return {
          inspection,
          outcome: outcome?.kind === 'graded' ? outcome.grade : 'no-overall-grade',
          known: knownOn(inspection),
        };
      }),
  }));
}

/** Every pair of consecutive inspections of the strand, of every authority. */
export function transitionsOf(histories: readonly StrandHistory[]): Transition[] {
  return histories.flatMap((history) =>
    history.steps.slice(1).map((to, index) => {
      const from = history.steps[index]!;
      return { history, from, to, days: daysBetween(from, to) };
    }),
  );
}

/** Journeys from Inadequate: one starts at an Inadequate judgement when none is under way, and ends at Good or better. */
export function journeysOf(histories: readonly StrandHistory[]): Journey[] {
  const journeys: Journey[] = [];
  for (const history of histories) {
    const { steps } = history;
    let index = 0;
    while (index < steps.length) {
      const start = steps[index]!;
      if (start.outcome !== 'inadequate') {
        index += 1;
        continue;
      }
      const endIndex = steps.findIndex((step, position) => position > index && isGoodOrBetter(step.outcome));
      const through = steps.slice(index + 1, endIndex < 0 ? steps.length : endIndex + 1);
      if (endIndex >= 0) {
        journeys.push({ history, start, through, status: 'reached', days: daysBetween(start, steps[endIndex]!) });
        index = endIndex + 1;
      } else {
        journeys.push({ history, start, through, status: history.authority.ceasedOn ? 'ceased' : 'still-below-good' });
        index = steps.length;
      }
    }
  }
  return journeys;
}

/** Every Inadequate judgement of the strand, with the authority's next inspection of it. */
export function afterInadequate(histories: readonly StrandHistory[]): AfterInadequate[] {
  return histories.flatMap((history) =>
    history.steps.flatMap((judgement, index): AfterInadequate[] => {
      if (judgement.outcome !== 'inadequate') return [];
      const next = history.steps[index + 1];
      if (next) return [{ history, judgement, next, days: daysBetween(judgement, next), status: 'reinspected' }];
      return [{ history, judgement, status: history.authority.ceasedOn ? 'ceased' : 'not-yet' }];
    }),
  );
}

/** The middle value (the mean of the two middle ones for an even count), or undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The latest date any record in the dataset carries (a report's publication, else an inspection): how far it reaches. */
export function dataReachesTo(dataset: Dataset): PartialDate | undefined {
  let latest: PartialDate | undefined;
  for (const inspection of dataset.inspections) {
    const date = knownOn(inspection);
    if (!latest || compareDates(date, latest) > 0) latest = date;
  }
  return latest;
}
