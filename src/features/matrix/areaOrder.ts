// The order judgement areas take as rows or columns: Ofsted's known areas in their order, then others as first met.
import { KNOWN_AREAS, type Inspection, type JudgementArea } from '../../domain';

const KNOWN_ORDER = new Map(KNOWN_AREAS.map((area, index) => [area.id, index]));

export function areasOf(inspections: readonly Inspection[]): JudgementArea[] {
  const areas = new Map<string, JudgementArea>();
  for (const inspection of inspections) {
    for (const { area } of inspection.judgements) if (!areas.has(area.id)) areas.set(area.id, area);
  }
  const firstMet = [...areas.keys()];
  const position = (area: JudgementArea) => KNOWN_ORDER.get(area.id) ?? KNOWN_AREAS.length + firstMet.indexOf(area.id);
  return [...areas.values()].sort((a, b) => position(a) - position(b));
}
