// What a move and a journey are, in the words every figure built on them gives in its notes: one place for the rules.
import { formatLong, type Dataset, type Strand } from '../domain';

/** Which inspections count at all. */
export function countedRule(strand: Strand): string {
  return `Only inspections that judged ${strand.words} count. Focused and monitoring visits make no judgement and are not counted; nor is the review of the Local Safeguarding Children Board made at SIF inspections.`;
}

export function moveRule(strand: Strand): string {
  return `A move is a pair of consecutive inspections of one authority that both judged ${strand.words}, counted in the year the later report was published. ${countedRule(strand)}`;
}

export const SAME_LEVEL_RULE =
  'Grades are in each framework’s own words: Adequate (to 2013) and Requires improvement (from November 2013) are different grades, kept apart. Both are third of four, so a move between them counts as staying at the same level.';

export const JOURNEY_RULE =
  'A journey begins at an Inadequate judgement when none is already under way and ends at the first later judgement of Good or Outstanding; a further Inadequate judgement on the way belongs to the same journey. The journey is counted in the year its first Inadequate report was published.';

export const TIMING_RULE =
  'Times run from the publication of one report to the publication of the next (the inspection date where a source gives no publication date), because Ofsted’s table of inspections from 2009 to 2023 gives publication dates only.';

export const NO_OVERALL_GRADE_RULE =
  'An ILACS inspection from April 2026 gives no overall grade: for the whole service it counts as an inspection with “No overall grade”, never as a grade.';

/** Names the authorities made by a reorganisation that the data holds, each of which starts its own history. */
export function successorNote(dataset: Dataset): string {
  const started = [...dataset.authorities.values()].flatMap((authority) =>
    authority.startedOn ? [`${authority.name} (from ${formatLong(authority.startedOn)})`] : [],
  );
  const which = started.length > 0 ? ` (${started.join('; ')})` : '';
  return `An authority made by a reorganisation${which} starts with its own first inspection: nothing links it to the authorities it replaced, whose histories end when they ceased. An authority that only changed its code keeps one history.`;
}
