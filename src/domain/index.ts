// The domain vocabulary in one import.
export * from './authority';
export * from './authorityChanges';
export * from './authorityMatch';
export * from './authorityRegister';
export * from './closeness';
export * from './dataset';
export * from './framework';
export * from './grade';
export * from './inspection';
export * from './judgementArea';
export * from './partialDate';
export * from './provider';
export * from './providerLists';
export * from './sources';
export * from './manifest';
export * from './statisticalNeighbours';
export * from './strand';
