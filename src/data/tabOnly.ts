// What the user chose to use in this tab only when the browser refused to keep it (a dataset or a provider list): in
// memory, gone when the tab closes.
import type { StoredDataset } from './storedDataset';
import type { StoredProviderList } from './storedProviderList';

/** Said in the item's name, so every list of held data shows it is not kept (until "Your data" can show a tag). */
export const TAB_ONLY_SUFFIX = ' (this tab only)';

function tabOnly<Item extends { readonly id: string; readonly name: string }>() {
  const held = new Map<string, Item>();
  return {
    list: (): Item[] => [...held.values()],
    keep(item: Item): Item {
      const kept = item.name.endsWith(TAB_ONLY_SUFFIX) ? item : { ...item, name: `${item.name}${TAB_ONLY_SUFFIX}` };
      held.set(kept.id, kept);
      return kept;
    },
    /** True when the item was one of this tab's, and is now changed as `change` says. */
    update(id: string, change: (item: Item) => Item): boolean {
      const item = held.get(id);
      if (!item) return false;
      held.set(id, change(item));
      return true;
    },
    /** True when the item was one of this tab's, and is now gone. */
    remove: (id: string): boolean => held.delete(id),
    clear: (): void => held.clear(),
  };
}

const datasets = tabOnly<StoredDataset>();

export const tabOnlyDatasets = {
  ...datasets,
  /** True when the dataset was one of this tab's, and now has this choice for its clashes. */
  choose: (id: string, onDuplicate: StoredDataset['onDuplicate']): boolean =>
    datasets.update(id, ({ upgradedFromReplace: _asked, ...rest }) => ({ ...rest, onDuplicate })),
};

export const tabOnlyProviderLists = tabOnly<StoredProviderList>();
