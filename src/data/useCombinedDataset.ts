// The default data and the user's combined into one dataset: at once when small, in slices when big, so the page never stalls.
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../domain';
import { buildFromGroups, buildFromGroupsInSlices, type ImportResult } from '../import';
import { codeBookFor, combinedGroups, type DataSource } from './combine';
import type { StoredDataset } from './storedDataset';

/**
 * Up to this many records are combined in the render that needs them (a few milliseconds, and no flash of "loading"
 * when a small file is added or removed); above it, in slices between frames.
 */
export const COMBINE_AT_ONCE = 20_000;

interface Inputs {
  readonly defaults: readonly ImportResult[];
  readonly user: readonly StoredDataset[];
  readonly source: DataSource;
}

/** The combined dataset, or undefined while a big one is still being combined (or until there is anything to combine). */
export function useCombinedDataset(
  defaults: readonly ImportResult[] | undefined,
  user: readonly StoredDataset[] | undefined,
  source: DataSource,
): Dataset | undefined {
  const inputs = useMemo<Inputs | undefined>(
    () => (defaults && user ? { defaults, user, source } : undefined),
    [defaults, user, source],
  );
  const groups = useMemo(
    () => (inputs ? combinedGroups(inputs.defaults, inputs.user, inputs.source) : undefined),
    [inputs],
  );
  const codeBook = useMemo(() => (inputs ? codeBookFor(inputs.defaults, inputs.source) : []), [inputs]);
  const small =
    groups !== undefined && groups.reduce((sum, group) => sum + group.inspections.length, 0) <= COMBINE_AT_ONCE;
  const atOnce = useMemo(
    () => (groups && small ? buildFromGroups(groups, { codeBook }).dataset : undefined),
    [groups, small, codeBook],
  );
  const [sliced, setSliced] = useState<{ readonly groups: unknown; readonly dataset: Dataset }>();

  useEffect(() => {
    if (!groups || small) return;
    const controller = new AbortController();
    buildFromGroupsInSlices(groups, { codeBook, signal: controller.signal }).then(
      (built) => setSliced({ groups, dataset: built.dataset }),
      // Stopped because the data changed again: the next build is already under way.
      () => undefined,
    );
    return () => controller.abort();
  }, [groups, small, codeBook]);

  if (atOnce) return atOnce;
  return sliced && sliced.groups === groups ? sliced.dataset : undefined;
}
