// Strands: what can fairly be compared across frameworks that judged different things, held as data.
import type { FrameworkId } from './framework';
import type { Inspection, Outcome } from './inspection';
import { parseIso, sortKey, type PartialDate } from './partialDate';

export type StrandId = 'whole-service' | 'help-and-protection' | 'children-in-care';

export interface Strand {
  readonly id: StrandId;
  readonly label: string;
  /** As a sentence names it: "judged good or outstanding for …". */
  readonly words: string;
  /** The judgements that speak for the strand: a framework, and the area it judged. */
  readonly judgedBy: ReadonlyArray<{ readonly framework: FrameworkId; readonly area: string; readonly as: string }>;
  /** What the data cannot say about the strand, said rather than filled. */
  readonly gap?: string;
}

export const STRANDS: readonly Strand[] = [
  {
    id: 'whole-service',
    label: 'Whole service',
    words: 'the whole service (overall effectiveness)',
    judgedBy: [
      { framework: 'sif', area: 'overall-effectiveness', as: 'SIF overall effectiveness' },
      { framework: 'ilacs', area: 'overall-effectiveness', as: 'ILACS overall effectiveness' },
    ],
    gap: 'No inspection judged the whole service before the single inspection framework (from November 2013), and ILACS inspections from April 2026 give no overall grade.',
  },
  {
    id: 'help-and-protection',
    label: 'Help and protection',
    words: 'help and protection',
    judgedBy: [
      { framework: 'slac', area: 'safeguarding', as: 'SLAC overall effectiveness of safeguarding services' },
      {
        framework: 'cpi',
        area: 'overall-effectiveness',
        as: 'child protection inspections and re-inspections (CPI, CPRI)',
      },
      { framework: 'sif', area: 'help-and-protection', as: 'SIF children who need help and protection' },
      { framework: 'ilacs', area: 'help-and-protection', as: 'ILACS children who need help and protection' },
    ],
  },
  {
    id: 'children-in-care',
    label: 'Children in care',
    words: 'children in care',
    judgedBy: [
      { framework: 'slac', area: 'looked-after-children', as: 'SLAC services for looked after children' },
      { framework: 'tlac', area: 'overall-effectiveness', as: 'targeted looked after children inspections (TLAC)' },
      { framework: 'sif', area: 'children-in-care', as: 'SIF children looked after and achieving permanence' },
      { framework: 'ilacs', area: 'children-in-care', as: 'ILACS children in care' },
    ],
  },
];

/** ILACS inspections from this day give no overall effectiveness grade (Ofsted, November 2025). */
export const NO_OVERALL_GRADE_FROM: PartialDate = parseIso('2026-04-01')!;

/** The strand's outcome at this inspection, or undefined when the inspection did not judge the strand. */
export function strandOutcome(inspection: Inspection, strand: Strand): Outcome | undefined {
  for (const { framework, area } of strand.judgedBy) {
    if (framework !== inspection.framework) continue;
    const judgement = inspection.judgements.find((candidate) => candidate.area.id === area);
    if (judgement) return judgement.outcome;
  }
  return undefined;
}

/**
 * True for an inspection under a framework that would have judged the whole service, made after overall grades were
 * dropped (April 2026): it is the authority's latest word on the whole service, which is "no overall grade".
 */
export function givesNoOverallGrade(inspection: Inspection): boolean {
  return (
    inspection.framework === 'ilacs' &&
    sortKey(inspection.date) >= sortKey(NO_OVERALL_GRADE_FROM) &&
    inspection.judgements.some((judgement) => judgement.outcome.kind === 'graded')
  );
}

/**
 * Whether an inspection is an authority's word on the strand: it graded the strand, or (for the whole service) it gave
 * no overall grade after April 2026, which is its word that there is none.
 */
export function speaksForStrand(inspection: Inspection, strand: Strand): boolean {
  return (
    strandOutcome(inspection, strand)?.kind === 'graded' ||
    (strand.id === 'whole-service' && givesNoOverallGrade(inspection))
  );
}

/** The mapping in words, for the note under every figure that compares by strand. */
export function strandMappingNote(): string {
  return `Frameworks judged different things, so they are compared by strand. ${STRANDS.map((strand) => `${strand.label}: ${strand.judgedBy.map((entry) => entry.as).join('; ')}`).join('. ')}.`;
}
