// The notes and source line of every figure that uses DfE's statistical neighbours: what the set is, how its numbers
// become today's authorities, and DfE's credit beside Ofsted's.
import { DFE_OGL_ATTRIBUTION, neighbourSet, type NeighbourSetId } from '../../domain';

export function neighbourNotes(setId: NeighbourSetId): string[] {
  const set = neighbourSet(setId);
  const basis =
    setId === 'sn2025' ? 'revised in May 2025 on 2021 Census data' : 'the April 2021 set, before the May 2025 revision';
  return [
    `Statistical neighbours are DfE’s children’s services statistical neighbour benchmarking (${set.label}, ${basis}): ten authorities per authority, SN1 the closest, each with DfE’s closeness band from “Extremely close” to “Not close”.`,
    'DfE lists authorities by LA number; each is shown as the authority that holds that number today (North Yorkshire, Somerset and Buckinghamshire keep their numbers under new ONS codes).',
    'The region is Ofsted’s region in the inspection data, not the DfE region in the neighbours file.',
  ];
}

/** Ofsted's source line (with its licence), then DfE's set and its licence. */
export function neighbourSource(inspectionSource: string, setId: NeighbourSetId): string {
  return `${inspectionSource} ${neighbourSet(setId).source}. ${DFE_OGL_ATTRIBUTION}`;
}
