// Short names for judgement areas where space is tight (table column headings); the full wording stays elsewhere.
import type { JudgementArea } from '../../domain';

const SHORT: Readonly<Record<string, string>> = {
  'overall-effectiveness': 'Overall effectiveness',
  'impact-of-leaders': 'Impact of leaders',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
};

export function shortAreaLabel(area: JudgementArea): string {
  return SHORT[area.id] ?? area.label;
}
