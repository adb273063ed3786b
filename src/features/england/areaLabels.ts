// Judgement areas as a chart axis and a sentence name them: Ofsted's full titles are too long for either.
import type { JudgementArea } from '../../domain';

interface AreaNames {
  /** For axes, legends and table rows. */
  readonly short: string;
  /** To follow "judged good or outstanding for …". */
  readonly words: string;
}

const NAMES: Readonly<Record<string, AreaNames>> = {
  'overall-effectiveness': { short: 'Overall effectiveness', words: 'overall effectiveness' },
  'impact-of-leaders': { short: 'Impact of leaders', words: 'the impact of leaders' },
  'help-and-protection': { short: 'Help and protection', words: 'children who need help and protection' },
  'children-in-care': { short: 'Children in care', words: 'children in care' },
  'care-leavers': { short: 'Care leavers', words: 'care leavers' },
};

/** An area from a user's own file keeps its own words. */
export function shortAreaLabel(area: Pick<JudgementArea, 'id' | 'label'>): string {
  return NAMES[area.id]?.short ?? area.label;
}

export function areaWords(area: Pick<JudgementArea, 'id' | 'label'>): string {
  return NAMES[area.id]?.words ?? area.label;
}
