// Every react-query key in one factory, so invalidation can never miss a spelling.
export const queryKeys = {
  all: ['scrutiny-lens'] as const,
  defaultDataset: () => [...queryKeys.all, 'dataset', 'default'] as const,
  userData: () => [...queryKeys.all, 'dataset', 'user'] as const,
  storeAbsent: () => [...queryKeys.all, 'store-absent'] as const,
  savedGroups: () => [...queryKeys.all, 'saved-groups'] as const,
  providers: () => [...queryKeys.all, 'providers', 'default'] as const,
};
