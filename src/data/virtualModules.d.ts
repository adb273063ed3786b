// The default files' import results, embedded at build time by scripts/defaultDataPlugin.ts.
declare module 'virtual:default-imports' {
  const results: readonly import('../import').ImportResult[];
  export default results;
}
