// Judgement areas: Ofsted's wordings (which change between files and years) mapped to one identity each.
import { formatLong, lastPossibleKey, parseIso, sortKey, type PartialDate } from './partialDate';

export interface JudgementArea {
  /** Stable identity: a known area's id, or a slug of an unfamiliar label. */
  readonly id: string;
  readonly label: string;
  /** Present only from this year on, where known. */
  readonly judgedFrom?: string;
}

interface KnownArea extends JudgementArea {
  readonly synonyms: readonly string[];
  /** For axes, legends and narrow table columns: Ofsted's full titles are too long for them (and for 320px). */
  readonly shortLabel: string;
  /** As a sentence names the area after "judged good or outstanding for …". */
  readonly words: string;
  /** Judged at the council's inspection but of another body (the LSCB review): shown, never in the council's grade mix. */
  readonly othersJudgement?: true;
}

/** The area a view shows when none is chosen: Ofsted's headline judgement. */
export const OVERALL_EFFECTIVENESS = 'overall-effectiveness';

export const KNOWN_AREAS: readonly KnownArea[] = [
  {
    id: OVERALL_EFFECTIVENESS,
    label: 'Overall effectiveness',
    synonyms: ['overall effectiveness', 'overall'],
    shortLabel: 'Overall effectiveness',
    words: 'overall effectiveness',
  },
  {
    id: 'impact-of-leaders',
    label: 'The impact of leaders on social work practice with children and families',
    synonyms: ['impact of leaders', 'leadership', 'leaders', 'leadership management and governance'],
    shortLabel: 'Impact of leaders',
    words: 'the impact of leaders',
  },
  {
    id: 'help-and-protection',
    label: 'The experiences and progress of children who need help and protection',
    synonyms: ['children who need help and protection', 'help and protection'],
    shortLabel: 'Help and protection',
    words: 'children who need help and protection',
  },
  {
    id: 'children-in-care',
    label: 'The experiences and progress of children in care',
    synonyms: [
      'children in care',
      'children looked after',
      'children in care and achieving permanence',
      'children looked after and achieving permanence',
      // ILACS before 2023 judged children in care and care leavers together.
      'children in care and care leavers',
      'in care',
    ],
    shortLabel: 'Children in care',
    words: 'children in care',
  },
  {
    id: 'care-leavers',
    label: 'The experiences and progress of care leavers',
    synonyms: ['care leavers'],
    judgedFrom: '2023-01-01',
    shortLabel: 'Care leavers',
    words: 'care leavers',
  },
  // The frameworks before ILACS judged areas of their own: never shown as an ILACS area of the same words.
  {
    id: 'safeguarding',
    label: 'Overall effectiveness of safeguarding services',
    synonyms: [
      'safeguarding overall effectiveness',
      'overall effectiveness of safeguarding',
      'safeguarding services overall effectiveness',
    ],
    shortLabel: 'Safeguarding',
    words: 'safeguarding',
  },
  {
    id: 'looked-after-children',
    label: 'Overall effectiveness of services for looked after children',
    synonyms: [
      'looked after children overall effectiveness',
      'children looked after overall effectiveness',
      'overall effectiveness of services for looked after children',
      'services for looked after children',
    ],
    shortLabel: 'Looked after children',
    words: 'services for looked after children',
  },
  {
    id: 'adoption-performance',
    label: 'Adoption performance',
    synonyms: ['adoption performance', 'cla sub adoption performance'],
    shortLabel: 'Adoption performance',
    words: 'adoption performance',
  },
  {
    id: 'sif-care-leavers',
    label: 'The experiences and progress of care leavers (single inspection framework)',
    synonyms: [],
    shortLabel: 'Care leavers (SIF)',
    words: 'care leavers (as the single inspection framework judged them)',
  },
  {
    id: 'lscb',
    label: 'Local Safeguarding Children Board: overall effectiveness',
    synonyms: ['lscb overall effectiveness', 'local safeguarding children board overall effectiveness', 'lscb'],
    shortLabel: 'LSCB (the board’s)',
    words: 'the Local Safeguarding Children Board',
    othersJudgement: true,
  },
];

/** Areas that one framework judged under another's words: the single inspection framework's care leavers judgement is its own. */
const AREA_IN_FRAMEWORK: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sif: { 'care-leavers': 'sif-care-leavers' },
};

/** The area as a given framework judged it: the same words can name different judgements in different frameworks. */
export function areaInFramework(area: JudgementArea, framework: string): JudgementArea {
  const id = AREA_IN_FRAMEWORK[framework]?.[area.id];
  const own = id ? byId.get(id) : undefined;
  return own ? { id: own.id, label: own.label } : area;
}

export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/^(the )?experiences and progress of /, '')
    .replace(/^(the )/, '')
    .trim();
}

const byWording = new Map<string, KnownArea>();
for (const area of KNOWN_AREAS) {
  byWording.set(normaliseLabel(area.label), area);
  for (const synonym of area.synonyms) byWording.set(normaliseLabel(synonym), area);
}
const byId = new Map(KNOWN_AREAS.map((area) => [area.id, area]));

/** The known area these words name, if any. */
export function knownArea(words: string): JudgementArea | undefined {
  const area = byWording.get(normaliseLabel(words));
  return area
    ? { id: area.id, label: area.label, ...(area.judgedFrom ? { judgedFrom: area.judgedFrom } : {}) }
    : undefined;
}

/** Any label becomes an area: known wordings map to their area, others keep their own words. */
export function judgementAreaFor(words: string): JudgementArea {
  const known = knownArea(words);
  if (known) return known;
  const label = words.trim().replace(/\s+/g, ' ');
  return { id: `custom:${normaliseLabel(label).replace(/\s+/g, '-')}`, label };
}

/** The area's short name (an axis, a column heading). An area from a user's own file keeps its own words. */
export function shortAreaLabel(area: Pick<JudgementArea, 'id' | 'label'>): string {
  return byId.get(area.id)?.shortLabel ?? area.label;
}

/** The area as a sentence names it: "judged good or outstanding for children in care". A user's own area keeps its own words. */
export function areaWords(area: Pick<JudgementArea, 'id' | 'label'>): string {
  return byId.get(area.id)?.words ?? area.label;
}

/**
 * False when the inspection certainly happened before the area was judged at all (care leavers before
 * 1 January 2023). A month-only date of January 2023 may fall after the start, so it counts as judged.
 */
export function areaExistedAt(area: JudgementArea, date: PartialDate): boolean {
  if (!area.judgedFrom) return true;
  const from = parseIso(area.judgedFrom);
  return from === undefined || lastPossibleKey(date) >= sortKey(from);
}

/**
 * For the areas among these that were judged only from a date (care leavers, from 1 January 2023), the note a figure
 * shows, worded from the area's own `judgedFrom` rather than written out by each view.
 */
export function judgedFromNotes(areaIds: Iterable<string>): string[] {
  const ids = new Set(areaIds);
  return KNOWN_AREAS.flatMap((area) => {
    const from = area.judgedFrom && ids.has(area.id) ? parseIso(area.judgedFrom) : undefined;
    return from
      ? [`The ${area.words} judgement exists only from ${formatLong(from)}: earlier inspections show it as not judged.`]
      : [];
  });
}

/** False for a judgement of another body made at the council's inspection (the LSCB review under SIF). */
export function countsForCouncil(area: Pick<JudgementArea, 'id'>): boolean {
  return !byId.get(area.id)?.othersJudgement;
}

/** Said wherever such a judgement is shown beside the council's own: why it is in no count of the council's grades. */
export function othersJudgementNotes(areaIds: Iterable<string>): string[] {
  for (const id of areaIds)
    if (!countsForCouncil({ id }))
      return [
        'The Local Safeguarding Children Board’s judgement, made at single inspections, is the board’s, not the council’s: it is shown, but left out of every count of the council’s grades.',
      ];
  return [];
}
