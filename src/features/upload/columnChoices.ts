// The roles a column can be given by hand in the preview, as select options and back.
import { KNOWN_AREAS, gradeLabel, type GradeId, PROVIDER_AREAS } from '../../domain';
import { FIELD_LABELS, measureFromHeading, type ColumnRole, type FieldId } from '../../import';

export interface ColumnChoice {
  readonly value: string;
  readonly label: string;
}

const FIELDS = Object.keys(FIELD_LABELS) as FieldId[];
const COUNT_GRADES: readonly GradeId[] = ['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate'];

export const NOT_USED = 'ignored';
const MEASURE = 'measure';

export function choiceValue(role: ColumnRole): string {
  switch (role.kind) {
    case 'field':
      return `field:${role.field}`;
    case 'area':
      return role.event === undefined ? `area:${role.area.id}` : `area:${role.area.id}@${role.event}`;
    case 'grade-count':
      return `count:${role.grade}`;
    case 'event-date':
      return `event-date:${role.event}:${role.date}`;
    case 'event-type':
      return `event-type:${role.event}`;
    case 'measure':
      return MEASURE;
    case 'provider-grade':
      return `provider:${role.area}`;
    case 'ignored':
      return NOT_USED;
  }
}

/** The role a choice names; a measure takes its name (and a % unit) from the column's heading. */
export function roleFromChoice(value: string, heading = ''): ColumnRole {
  if (value === MEASURE) return measureFromHeading(heading);
  // Split at the first colon only, so "count:good:extra" is an unknown id, not "count:good".
  const colon = value.indexOf(':');
  const kind = colon < 0 ? value : value.slice(0, colon);
  const id = colon < 0 ? undefined : value.slice(colon + 1);
  if (kind === 'field' && FIELDS.includes(id as FieldId)) return { kind: 'field', field: id as FieldId };
  if (kind === 'count' && COUNT_GRADES.includes(id as GradeId)) return { kind: 'grade-count', grade: id as GradeId };
  if (kind === 'provider' && PROVIDER_AREAS.some((area) => area.id === id))
    return { kind: 'provider-grade', area: id! };
  const area = KNOWN_AREAS.find((known) => known.id === id);
  const detected = readDetectedChoice(value);
  if (detected) return detected;
  if (kind === 'area' && area)
    return {
      kind: 'area',
      area: { id: area.id, label: area.label, ...(area.judgedFrom ? { judgedFrom: area.judgedFrom } : {}) },
    };
  return { kind: 'ignored', reason: 'chosen by hand' };
}

export const COLUMN_CHOICE_GROUPS: ReadonlyArray<{
  readonly label: string;
  readonly choices: readonly ColumnChoice[];
}> = [
  { label: 'Fields', choices: FIELDS.map((field) => ({ value: `field:${field}`, label: FIELD_LABELS[field] })) },
  {
    label: 'Judgement area columns (Ofsted’s layout)',
    choices: KNOWN_AREAS.map((area) => ({ value: `area:${area.id}`, label: area.label })),
  },
  {
    label: 'Counts of a grade',
    choices: COUNT_GRADES.map((grade) => ({ value: `count:${grade}`, label: `Number judged ${gradeLabel(grade)}` })),
  },
  {
    label: 'A figure beside each inspection (named by the column’s heading)',
    choices: [{ value: MEASURE, label: 'A measure beside the inspection' }],
  },
  {
    label: 'A provider’s grades (Ofsted’s provider lists)',
    choices: PROVIDER_AREAS.map((area) => ({ value: `provider:${area.id}`, label: `Provider grade: ${area.label}` })),
  },
];

export function describeRole(role: ColumnRole): string {
  switch (role.kind) {
    case 'field':
      return FIELD_LABELS[role.field];
    case 'area':
      return role.event === undefined
        ? `Judgement: ${role.area.label}`
        : `Inspection ${role.event + 1} on the row: ${role.area.label}`;
    case 'grade-count':
      return `Number judged ${gradeLabel(role.grade)}`;
    case 'event-date':
      return `Inspection ${role.event + 1} on the row: ${role.date === 'publication' ? 'publication date' : 'inspection date'}`;
    case 'event-type':
      return `Inspection ${role.event + 1} on the row: inspection type`;
    case 'measure':
      return `A measure beside the inspection: ${role.name}${role.unit ? ` (${role.unit})` : ''}`;
    case 'provider-grade':
      return `Provider grade: ${PROVIDER_AREAS.find((area) => area.id === role.area)?.label ?? role.area}`;
    case 'ignored':
      return `Not used (${role.reason})`;
  }
}

/** The roles of a row of several inspections, which the importer finds and the user may keep: "event-date:2:publication". */
function readDetectedChoice(value: string): ColumnRole | undefined {
  let m = /^event-date:(\d+):(inspection|publication)$/.exec(value);
  if (m) return { kind: 'event-date', event: Number(m[1]), date: m[2] as 'inspection' | 'publication' };
  if ((m = /^event-type:(\d+)$/.exec(value))) return { kind: 'event-type', event: Number(m[1]) };
  if ((m = /^area:([^@]+)@(\d+)$/.exec(value))) {
    const area = KNOWN_AREAS.find((known) => known.id === m![1]);
    return area ? { kind: 'area', area: { id: area.id, label: area.label }, event: Number(m[2]) } : undefined;
  }
  return undefined;
}

/** The roles the importer found for a row of several inspections, offered beside the usual ones so a column can keep or take one. */
export function detectedChoices(roles: readonly ColumnRole[]): ColumnChoice[] {
  const seen = new Map<string, string>();
  for (const role of roles) {
    if (role.kind === 'event-date' || role.kind === 'event-type' || (role.kind === 'area' && role.event !== undefined))
      seen.set(choiceValue(role), describeRole(role));
  }
  return [...seen].map(([value, label]) => ({ value, label }));
}
