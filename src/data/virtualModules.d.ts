// The default files' import results, embedded at build time by scripts/defaultDataPlugin.ts.
declare module 'virtual:default-imports' {
  const results: readonly import('../import').JsonResult[];
  export default results;
}

// The provider lists and national series, embedded by the same plugin into a chunk of their own.
declare module 'virtual:default-providers' {
  const providers: import('./defaultFiles').DefaultProviders;
  export default providers;
}
