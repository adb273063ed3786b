// Inspection frameworks: which grade scale applies, and whether the event carries judgements at all.
import type { GradeScaleId } from './grade';
import { formatLong, type PartialDate } from './partialDate';

export type FrameworkId = 'joint-inspection' | 'slac' | 'cpi' | 'tlac' | 'sif' | 'ilacs' | 'ilacs-visit';

export interface Framework {
  readonly id: FrameworkId;
  readonly name: string;
  /** For narrow places (a card's timeline): the name people use for it. */
  readonly abbreviation: string;
  readonly scale: GradeScaleId;
  /** Visits (focused, monitoring) report findings but make no graded judgements. */
  readonly makesJudgements: boolean;
}

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  'joint-inspection': {
    id: 'joint-inspection',
    name: 'Joint inspection (before 2009)',
    abbreviation: 'Joint inspection',
    scale: 'four-point-adequate',
    makesJudgements: true,
  },
  slac: {
    id: 'slac',
    name: 'Inspection of safeguarding and looked after children services (2009 to 2012)',
    abbreviation: 'SLAC',
    scale: 'four-point-adequate',
    makesJudgements: true,
  },
  cpi: {
    id: 'cpi',
    name: 'Child protection inspection (2012 to 2013)',
    abbreviation: 'CPI',
    scale: 'four-point-adequate',
    makesJudgements: true,
  },
  tlac: {
    id: 'tlac',
    name: 'Targeted inspection of looked after children services (2013)',
    abbreviation: 'TLAC',
    scale: 'four-point-adequate',
    makesJudgements: true,
  },
  sif: {
    id: 'sif',
    name: 'Single inspection framework (2013 to 2017)',
    abbreviation: 'SIF',
    scale: 'sif-2013',
    makesJudgements: true,
  },
  ilacs: {
    id: 'ilacs',
    name: 'Inspection of local authority children’s services (ILACS, from 2018)',
    abbreviation: 'ILACS',
    scale: 'ilacs-2018',
    makesJudgements: true,
  },
  'ilacs-visit': {
    id: 'ilacs-visit',
    name: 'ILACS focused or monitoring visit (no judgements)',
    abbreviation: 'ILACS visit',
    scale: 'ilacs-2018',
    makesJudgements: false,
  },
};

/** Reads a framework from an inspection type's words, falling back to the date the inspection happened. */
export function frameworkFor(inspectionType: string | undefined, date: PartialDate): Framework {
  const type = (inspectionType ?? '').toLowerCase();
  if (type === '') return frameworkOfYear(date.year);
  if (/visit/.test(type)) return FRAMEWORKS['ilacs-visit'];
  if (/ilacs|local authority children/.test(type)) return FRAMEWORKS.ilacs;
  if (/single inspection|\bsif\b/.test(type)) return FRAMEWORKS.sif;
  if (/child protection|\bcpr?i\b/.test(type)) return FRAMEWORKS.cpi;
  // Before SLAC's words: "targeted looked after children" also says "looked after".
  if (/targeted|\btlac\b/.test(type)) return FRAMEWORKS.tlac;
  if (/safeguarding|looked after|\bslac\b/.test(type)) return FRAMEWORKS.slac;
  if (/joint/.test(type)) return FRAMEWORKS['joint-inspection'];
  return frameworkOfYear(date.year);
}

/** The framework in force in a year, for an inspection whose type does not say. */
function frameworkOfYear(year: number): Framework {
  if (year >= 2018) return FRAMEWORKS.ilacs;
  if (year >= 2013) return FRAMEWORKS.sif;
  if (year >= 2009) return FRAMEWORKS.slac;
  return FRAMEWORKS['joint-inspection'];
}

/**
 * The family an inspection belongs to: its framework, and whether it was a re-inspection. Two records of different
 * families are never the same event, however close their dates (a child protection re-inspection is not its first
 * inspection).
 */
/** "SIF re-inspection", "CPI": the framework's usual name, and whether the inspection was a re-inspection. */
export function familyAbbreviation(framework: FrameworkId, type: string): string {
  const { abbreviation } = FRAMEWORKS[framework];
  return inspectionFamily(framework, type).endsWith(':re-inspection') ? `${abbreviation} re-inspection` : abbreviation;
}

/** "4 October 2021: ILACS": an inspection's date and its framework's short name, for narrow places (a phone, a card). */
export function shortInspectionLabel(inspection: {
  readonly date: PartialDate;
  readonly framework: FrameworkId;
  readonly type: string;
}): string {
  return `${formatLong(inspection.date)}: ${familyAbbreviation(inspection.framework, inspection.type)}`;
}

export function inspectionFamily(framework: FrameworkId, type: string): string {
  return /\bre-?inspection\b|\bcpri\b/i.test(type) ? `${framework}:re-inspection` : framework;
}
