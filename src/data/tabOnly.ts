// Datasets the user chose to use in this tab only when the browser refused to keep them: in memory, gone when the tab closes.
import type { StoredDataset } from './storedDataset';

const held = new Map<string, StoredDataset>();

/** Said in the dataset's name, so every list of held data shows it is not kept (until "Your data" can show a tag). */
export const TAB_ONLY_SUFFIX = ' (this tab only)';

export const tabOnlyDatasets = {
  list: (): StoredDataset[] => [...held.values()],
  keep(dataset: StoredDataset): StoredDataset {
    const kept = dataset.name.endsWith(TAB_ONLY_SUFFIX)
      ? dataset
      : { ...dataset, name: `${dataset.name}${TAB_ONLY_SUFFIX}` };
    held.set(kept.id, kept);
    return kept;
  },
  /** True when the dataset was one of this tab's, and now has this choice for its clashes. */
  choose(id: string, onDuplicate: StoredDataset['onDuplicate']): boolean {
    const dataset = held.get(id);
    if (!dataset) return false;
    const { upgradedFromReplace: _asked, ...rest } = dataset;
    held.set(id, { ...rest, onDuplicate });
    return true;
  },
  /** True when the dataset was one of this tab's, and is now gone. */
  remove: (id: string): boolean => held.delete(id),
  clear: (): void => held.clear(),
};
