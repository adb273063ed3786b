// The user's saved comparator groups through react-query: read once, and saved or deleted as a whole list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './queryKeys';
import { withGroup, type SavedGroup, type SavedGroups } from './savedGroups';
import { userStore } from './useUserData';

async function readGroups(): Promise<SavedGroups> {
  const result = await (await userStore()).groups();
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export function useSavedGroups() {
  return useQuery({ queryKey: queryKeys.savedGroups(), queryFn: readGroups, staleTime: Infinity });
}

/** `save` adds (or replaces by name) a group; `remove` deletes one by name. Each reads the list afresh first, so another tab's group is kept. */
export function useChangeSavedGroups() {
  const client = useQueryClient();
  const change = async (next: (groups: readonly SavedGroup[]) => readonly SavedGroup[]) => {
    const store = await userStore();
    const current = await readGroups();
    const result = await store.saveGroups(next(current.groups));
    if (!result.ok) throw new Error(result.message);
    return store.persistent;
  };
  const onSettled = () => client.invalidateQueries({ queryKey: queryKeys.savedGroups() });
  return {
    save: useMutation({ mutationFn: (group: SavedGroup) => change((groups) => withGroup(groups, group)), onSettled }),
    remove: useMutation({
      mutationFn: (name: string) => change((groups) => groups.filter((group) => group.name !== name)),
      onSettled,
    }),
  };
}
