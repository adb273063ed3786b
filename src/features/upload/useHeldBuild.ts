// What became of each held file's inspections, and its clashes with what came before it: for "Your data".
import { useEffect, useMemo, useState } from 'react';
import { COMBINE_AT_ONCE } from '../../data/useCombinedDataset';
import type { Authority } from '../../domain';
import { buildFromGroups, buildFromGroupsInSlices, type BuildResult, type RecordGroup } from '../../import';

/**
 * The held groups built as the views build them, with every clash listed: at once when small, in slices when big.
 * Undefined while a big build is under way.
 */
export function useHeldBuild(groups: readonly RecordGroup[], codeBook: readonly Authority[]): BuildResult | undefined {
  const small = groups.reduce((sum, group) => sum + group.inspections.length, 0) <= COMBINE_AT_ONCE;
  const atOnce = useMemo(
    () => (small ? buildFromGroups(groups, { codeBook, clashes: true }) : undefined),
    [groups, small, codeBook],
  );
  const [sliced, setSliced] = useState<{ readonly groups: readonly RecordGroup[]; readonly built: BuildResult }>();

  useEffect(() => {
    if (small) return;
    const controller = new AbortController();
    buildFromGroupsInSlices(groups, { codeBook, clashes: true, signal: controller.signal }).then(
      (built) => setSliced({ groups, built }),
      // Stopped because what is held changed: the next build is already under way.
      () => undefined,
    );
    return () => controller.abort();
  }, [groups, small, codeBook]);

  if (atOnce) return atOnce;
  return sliced && sliced.groups === groups ? sliced.built : undefined;
}
