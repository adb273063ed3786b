// The default files' import results, embedded at build time by scripts/defaultDataPlugin.ts (see embeddedDefaults.ts).
declare module 'virtual:default-imports' {
  const embedded: import('./embeddedDefaults').EmbeddedDefaults;
  export default embedded;
}

// The provider lists and national series, embedded by the same plugin into a chunk of their own.
declare module 'virtual:default-providers' {
  const providers: import('./defaultFiles').DefaultProviders;
  export default providers;
}
